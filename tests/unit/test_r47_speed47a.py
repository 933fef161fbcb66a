"""Round 47, speed47a: the same output with fewer instructions.

`gazetteer.Names.find` tries only the forms that go on as the text does after their first
word (kept by their next two characters), not every form of that word; `references.resolve`
runs the sea and "firm" regexes on a sentence only when one of their words is in it, and
`_communities` tests its peoples' names as substrings; `existence.background` asks its word
questions of the sentence's set of words, not of its list."""

from __future__ import annotations

import random
import re

import pytest

from tensionwatch.domain import existence, references
from tensionwatch.domain.gazetteer import Names
from tensionwatch.domain.lexicon import tokenize

_WORD_CHAR = re.compile(r"\w")


def _plain_find(forms: list[str], text: str) -> list[tuple[int, int, str]]:
    """What `Names.find` found before: every form of the word tried longest first."""
    by_word: dict[str, list[str]] = {}
    for form in forms:
        first = re.match(r"\w+", form)
        assert first is not None
        by_word.setdefault(first.group(), []).append(form)
    groups = {word: sorted(group, key=len, reverse=True) for word, group in by_word.items()}
    found: list[tuple[int, int, str]] = []
    done = 0
    for match in re.finditer(r"(?<!\w)\w+", text):
        start, word_end = match.span()
        if start < done or match.group() not in groups:
            continue
        for form in groups[match.group()]:
            end = start + len(form)
            if text.startswith(form, start) and _WORD_CHAR.match(text, end) is None:
                found.append((start, end, form))
                done = end
                break
    return found


# Invented forms sharing first words: continuations that differ after one character, a form
# one character longer than its word, the word alone, and forms that are prefixes of others.
_FORMS = [
    "Tarvel",
    "Tarvel Isles",
    "Tarvel Island",
    "Tarvel Islanders Union",
    "Tarvel.",
    "Tarvel-North",
    "Tarvel's Guard",
    "Quenby",
    "Quenby Hills",
    "Quenby Hill Road",
    "al Marwen",
    "al Marwen Brigade",
    "Osk",
    "Osk.",
    "Osk R",
]


@pytest.mark.parametrize(
    "text",
    [
        "Boats from the Tarvel Islanders Union docked at Tarvel Island on Sunday.",
        "The Tarvel Isles council met the Tarvel. guard and Tarvel-North elders.",
        "Tarvel's Guard patrolled Quenby Hill Road, then Quenby Hills, then Quenby.",
        "Envoys of al Marwen Brigade met al Marwen; Osk R and Osk. and Osk signed.",
        "Tarvelx, Quenbys, Tarvel Islandx and Osk Rx are no forms; Tarvel Islander is one word on.",
        "Tarvel",
        "Tarvel ",
        "Osk R",
    ],
)
def test_names_find_finds_what_trying_every_form_finds(text: str) -> None:
    assert Names(_FORMS).find(text) == _plain_find(_FORMS, text)


def test_names_find_on_shuffled_words_matches_every_form_tried() -> None:
    names = Names(_FORMS)
    pieces = [*_FORMS, "Isles", "Island", "Hill", "Road", "Union", "x", ",", ".", "-", "'s"]
    rng = random.Random(47)  # noqa: S311
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "  ", ". "]) for _ in range(6))
        assert names.find(text) == _plain_find(_FORMS, text), text


def test_names_find_takes_the_longest_form_that_goes_on_as_the_text() -> None:
    names = Names(_FORMS)
    text = "Crews sailed to Tarvel Island, not to the Tarvel Islands."
    # "Tarvel Island" whole; "Tarvel Islands" is no form and "Tarvel Island" ends inside a word
    assert names.find(text) == [(16, 29, "Tarvel Island"), (42, 48, "Tarvel")]


def test_names_find_word_alone_when_no_longer_form_fits() -> None:
    names = Names(["Brandmoor Council", "Brandmoor"])
    assert names.find("Brandmoor Councils voted.") == [(0, 9, "Brandmoor")]
    assert names.find("Brandmoorish votes.") == []


@pytest.mark.parametrize(
    ("text", "sea", "firm"),
    [
        ("Trawlers crossed the Velmar Sea at dawn.", True, False),
        ("Velmar vowed a firm response to the blockade.", False, True),
        ("The Velmar fleet docked at noon.", False, False),
    ],
)
def test_sea_and_firm_words_gate_their_regexes(text: str, sea: bool, firm: bool) -> None:
    """A sentence without the words runs neither regex: none of their matches could be in it."""
    assert any(word in text for word in references._SEA_WORDS) is sea
    assert ("firm" in text) is firm
    assert (references._SEA.search(text) is not None) is sea
    assert (references._ADJECTIVE_FIRM.search(text) is not None) is firm


def test_sea_words_are_the_sea_regex_words() -> None:
    assert references._SEA.pattern == r"\s+(?:" + "|".join(references._SEA_WORDS) + r")\b"


def test_community_names_are_the_community_regex_words() -> None:
    assert references._COMMUNITY_WORDS.pattern == "|".join(references._COMMUNITY_NAMES)
    text = "Tibetan herders and Chechen traders met in the square."
    found = {word for word in references._COMMUNITY_NAMES if word in text}
    assert found == {"Tibetan", "Chechen"}
    assert references._COMMUNITY_WORDS.search("Herders and traders met.") is None


# Heads `background` reads as background in invented sentences, as main's list tests read them
# before this change (cue words "expected", "when", "after", "first", "continued", "and",
# "years" in and out of the clauses their rules read).
@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            "The talks were expected to resume when the envoys returned after the holiday.",
            [5, 6, 7, 8, 9, 10, 11, 12],
        ),
        ("Ministers met after the first round of efforts continued and were due to end.", []),
        ("Farmers have blocked the roads for years, and the minister resigned.", [0, 1, 2, 3, 4]),
        ("The ministry said police arrested the protest organisers on the square.", []),
        (
            "Since the rebels first seized the port in 2019, the navy has shelled it when ships"
            " came.",
            [2, 3, 4, 5, 6, 7, 8, 16, 17],
        ),
        ("Weeks after the vote, the council was expected to dismiss the mayor.", [10, 11, 12]),
        ("When the march ended, police had detained the organisers, the ministry said.", [3]),
    ],
)
def test_background_reads_its_cue_words_from_the_word_set(text: str, heads: list[int]) -> None:
    words = tokenize(text).words
    found = [head for head in range(len(words)) if existence.background(words, head, head, text)]
    assert found == heads
