"""Round 60, speed60: the same output with fewer instructions.

`names._runs` read the capitalised runs of a sentence from the regex `names._RUN`, which
tests every character of the text for its opening capital and pays a match object for each
run. In an ASCII text the runs are now found by `str.find` in the text's kinds of characters
(`names._run_spans`, `_RUN_KINDS`); any other text keeps the regex. These tests hold
`_run_spans` to `_RUN`'s matches, on sentences written for them and on generated strings.

`existence.background` looked for a year (`existence._YEAR`) by searching every sentence that
reached its dated tests; a year needs "19" or "20", so two substring tests now skip the search
in a sentence without them (`existence._holds_year`). These tests hold it to the search."""

from __future__ import annotations

import random

import pytest

from tensionwatch.domain.context import NAME_PARTICLES
from tensionwatch.domain.existence import _YEAR, _holds_year
from tensionwatch.domain.names import _RUN, _RUN_KINDS, _run_spans, _runs


def _by_regex(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _RUN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Workers Union met the Coastal Renewal Party in Portmere on Friday.",
        "Envoy Marta de la Vega spoke with Abu Salim bin Harith and Jan van der Rook.",
        "Talks between Mira al-Qasimi, Omar el-Badri and al-Nour ended, al-but not al-x.",
        "The U.S.-backed Harbour-Guard, NATO's HQ, McRook's 9th-Cohort and AT&T's unit",
        "Rio de la de Vega, Port of the Bay and the Bank of the and of the Rook",
        'the iPhone, x.Rook, x&Rook, _Rook, 9Rook, \'Rook, -Rook, (Rook) and "Rook"',
        "Harbour  Guard\tUnion \t Party\nCouncil",
        "Harbour de  Vega and Harbour de\tla\tVega; Harbour del Vega, Harbour de-la Vega",
        "Harbour al Vega, Harbour al-  Vega, Harbour al-",
        "Harbour de",
        "Harbour ",
        "",
        " ",
        "A",
        "a",
        "Rook.",
        "A B C D E F G H I J",
        "the Workers Party and the Farmers Alliance agreed",
    ],
)
def test_run_spans_find_what_the_regex_finds(text: str) -> None:
    assert text.isascii()
    assert _run_spans(text) == _by_regex(text)


@pytest.mark.parametrize(
    "text",
    [
        "Envoy Søren Ålund met the Harbour Guard.",  # capitals and letters not in ASCII
        "Harbour’s Guard and the “Coastal Party”",  # curly quotes (a run's word holds ’)
        "Élise de la Vega and Ibn Saʿid",
        "Rook\u00a0Guard and Rook\u2003Guard",  # blanks the regex does not take
    ],
)
def test_run_spans_outside_ascii_keep_the_regex(text: str) -> None:
    assert not text.isascii()
    assert _run_spans(text) == _by_regex(text)


_PIECES = [
    "Rook",
    "ROOK",
    "U.S.",
    "AT&T",
    "al-Vega",
    "el-Vega",
    "al-",
    "el-",
    "al-x",
    "x.Rook",
    "iRook",
    "McRook",
    "O'Rook",
    "de-la",
    "Rook-",
    "'s",
    "A",
    "Z",
    "x",
    "9",
    "_",
    "'",
    "-",
    ".",
    "&",
    ",",
    "(",
    '"',
    " ",
    "  ",
    "\t",
    "\n",
    " \t ",
    *sorted(NAME_PARTICLES),
    *sorted(word[:1].upper() + word[1:] for word in NAME_PARTICLES),
    "dex",
    "vans",
    "thee",
]


def test_run_spans_on_generated_texts_of_pieces() -> None:
    rng = random.Random(60)  # noqa: S311 - a fixed sample, not a secret
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert _run_spans(text) == _by_regex(text), text


def test_run_spans_on_random_ascii_strings() -> None:
    rng = random.Random(6060)  # noqa: S311 - a fixed sample, not a secret
    alphabet = "AZaz09_'-.&& \t\n,;()\"/$Rdelan"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _run_spans(text) == _by_regex(text), text


def test_run_kinds_mark_each_ascii_character() -> None:
    for code in range(128):
        char = chr(code)
        kind = chr(_RUN_KINDS[code])
        if "A" <= char <= "Z":
            assert kind == "A", char
        elif char.isalnum() or char in "_'-":
            assert kind == "a", char
        elif char in ".&":
            assert kind == ".", char
        else:
            assert kind == " ", char


def test_runs_split_two_names_joined_by_and_the() -> None:
    text = "Officials said the Harbour Workers Union and the Coastal Renewal Party met in Portmere."
    spans = [text[start:end] for start, end in _runs(text)]
    assert spans == ["Officials", "Harbour Workers Union", "Coastal Renewal Party", "Portmere."]


@pytest.mark.parametrize(
    "text",
    [
        "The envoys met in Portmere in 2019 and again in 2021.",
        "The envoys met in Portmere in 1998.",
        "The pact of 2003 lapsed.",
        "About 20 soldiers and 19 police officers were hurt.",
        "Troops seized 120 rifles and 1,900 rounds near kilometre 2,019.",
        "Rebels held 1902 square miles; 200 people fled; 20x19 units.",
        "20192020",
        "19",
        "20",
        "199",
        "2x20",
        "The envoys met in Portmere on Friday.",
        "",
    ],
)
def test_holds_year_as_the_regex(text: str) -> None:
    assert _holds_year(text) == (_YEAR.search(text) is not None)


def test_holds_year_on_generated_texts() -> None:
    rng = random.Random(606)  # noqa: S311 - a fixed sample, not a secret
    alphabet = "0123456789 ,.-a"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert _holds_year(text) == (_YEAR.search(text) is not None), text
