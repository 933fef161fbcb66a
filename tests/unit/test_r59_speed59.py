"""Round 59, speed59: the same output with fewer instructions.

`Names.find_with` read the words it looks up (those opening with a capital, and the few
lower-case first words that do not only go on with a capital) from its regex `_scan`, which
tested every character of the text for its opening class. In an ASCII text it now finds them
by `str.find` in the text's kinds of characters (`Names._scan_words`, `_kinds_table`,
`_marked_words`); any other text keeps the regex. These tests hold `_scan_words` to `_scan`'s
matches, on invented forms and on the real table."""

from __future__ import annotations

import random

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.gazetteer import Names, _kinds_table, _marked_words


def _by_regex(names: Names, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in names._scan.finditer(text)]


# Invented forms: capitalised first words, lower-case and digit-led first words that are
# looked for as words ("chief warden", "9th Cohort", "van Rook": not every form goes on with a
# capital) and particles looked for behind a capital ("al Harbour", "de Vries"), a first word
# with an underscore and one with a non-ASCII capital.
_FORMS = [
    "Harbour Guard",
    "Harbour",
    "chief warden",
    "chief",
    "9th Cohort",
    "9th cohort",
    "van Rook",
    "van der Rook",
    "al Harbour",
    "de Vries",
    "x_unit",
    "Ørsted Guard",
    "uWarden",
]


@pytest.fixture(scope="module")
def names() -> Names:
    return Names(_FORMS)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Guard met the chief warden and the 9th Cohort in Portmere.",
        "Harbour",
        "chief",
        "a chiefly warden, a mischief, chief-warden, (chief) and chief.",
        "van Rook and van der Rook met al Harbour, de Vries and Xvan van.",
        "x_unit, x_units and _x_unit; uWarden and UWarden and auWarden",
        "the U.S.-backed Harbour-Guard, NATO's HQ and McRook's 9th-Cohort",
        "  Harbour  Guard  ",
        "Harbour\nGuard\tchief\nvan",
        "",
        " ",
        "A",
        "a",
        "9th 9th9 99th _9th 9th_",
        'He said: "Chief Rook (of the Harbour) told 3 chiefs."',
    ],
)
def test_scan_words_find_what_the_regex_finds(names: Names, text: str) -> None:
    assert text.isascii()
    assert names._scan_words(text) == _by_regex(names, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ørsted Guard met the chief warden.",  # a capital not in ASCII
        "Harbour’s chief and van Rook’s “Guard”",  # curly quotes
        "Ålesund, Harbour and the élite chief",
    ],
)
def test_a_text_not_in_ascii_keeps_the_regex(names: Names, text: str) -> None:
    assert names._scan_words(text) == _by_regex(names, text)


def test_scan_words_find_what_the_regex_finds_in_generated_texts(names: Names) -> None:
    """ASCII texts made of the forms, pieces of them and non-word characters, joined every
    way (every word start, capital or not, inside a word or after any separator)."""
    rng = random.Random(59)  # noqa: S311 - a fixed sample, not a secret
    ascii_forms = [form for form in _FORMS if form.isascii()]
    extra = [" ", "  ", ",", ".", "-", "_", "'", "(", ")", "/", "x", "s", "9", "A", "\n", "\t"]
    for _ in range(20_000):
        pieces = []
        for _ in range(rng.randint(1, 7)):
            form = rng.choice(ascii_forms)
            pieces.append(form if rng.random() < 0.6 else form[rng.randint(0, len(form)) :])
            pieces.append("".join(rng.choice(extra) for _ in range(rng.randint(0, 3))))
        text = "".join(pieces)
        assert names._scan_words(text) == _by_regex(names, text), text


def test_scan_words_on_random_ascii_characters(names: Names) -> None:
    rng = random.Random(5959)  # noqa: S311 - a fixed sample, not a secret
    alphabet = "aAcCuUvVxX9_ -.,'\"()\n\t" + "".join(chr(code) for code in range(32, 127, 7))
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert names._scan_words(text) == _by_regex(names, text), text


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex.load()


@pytest.mark.parametrize(
    "text",
    [
        "Chief Justice Ama Oduya of the Supreme Court met van Aalst and the UN envoy.",
        "Officials in al Qaeda-held areas said the de Klerk Foundation would meet on 3 May.",
        "The U.S.-led coalition and Russia's army (the VDV) moved 400 troops, chief of staff said.",
        'Kenya\'s "chief" negotiator and uMkhonto we Sizwe veterans met in Nairobi.',
    ],
)
def test_scan_words_with_the_real_table(index: ActorIndex, text: str) -> None:
    names: Names = index._names
    assert names._scan_words(text) == _by_regex(names, text)
    assert names.find_with(index._gazetteer, text) == (
        names.find(text),
        index._gazetteer.find(text),
    )


def test_kinds_table_marks_capitals_first_characters_and_word_characters() -> None:
    table = _kinds_table({"c", "9", "_"})
    kinds = "Cat cut 9 x_Y, é".encode("ascii", "replace").translate(table).decode("ascii")
    assert kinds == "Aaa raa r arA   "


def test_marked_words_spans() -> None:
    assert _marked_words("Aaa aa A Aa", "A", " A") == [(0, 3), (7, 8), (9, 11)]
    assert _marked_words("aA  Aa ", "A", " A") == [(4, 6)]
    assert _marked_words("aa ra r", "r", " r") == [(3, 5), (6, 7)]
    assert _marked_words("", "A", " A") == []
