"""Round 47, speed47a: the same output with fewer instructions.

`gazetteer.Names.find` tries only the forms that go on as the text does after their first
word (kept by their next two characters), not every form of that word."""

from __future__ import annotations

import random
import re

import pytest

from tensionwatch.domain.gazetteer import Names

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
