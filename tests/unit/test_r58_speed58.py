"""Round 58, speed58: the same output with fewer instructions.

The actor index's agent words in lower case (`forms.folded`) are found by `gazetteer.Words`,
a lookup of each word of the text by the forms' first words, not by the trie-shaped regex
`actor_data.spaced_pattern` entered at every non-word character. These tests hold `Words` to
the regex's answers: leftmost, longest, whole words, not overlapping."""

from __future__ import annotations

import random
import re

import pytest

from tensionwatch.domain.actor_data import load_forms, spaced_pattern
from tensionwatch.domain.gazetteer import Words


def _by_regex(forms: list[str], text: str) -> list[tuple[int, int, str]]:
    """What the regex finds: each match opens with the character before its form (a space put
    before the text), so the form's span in the text is the match's less one at the end."""
    found = spaced_pattern(forms).finditer(" " + text)
    return [(m.start(), m.end() - 1, text[m.start() : m.end() - 1]) for m in found]


# Invented forms sharing first words: a word alone and with words after it, forms that end
# in a dot or go on after a hyphen, a slash or an underscore, a form that is a prefix of another
# and a one-letter word.
_FORMS = [
    "warden",
    "warden corps",
    "warden corps reserve",
    "wardens",
    "harbour guard",
    "harbour guard.",
    "harbour-guard",
    "sentry",
    "sentry/patrol",
    "sentry_unit",
    "v.o.",
    "v",
    "élite guard",
    "9th cohort",
]


@pytest.mark.parametrize(
    "text",
    [
        "the warden corps reserve and the wardens met a warden corps officer.",
        'a warden, two wardens; (warden corps) "sentry" and the harbour guard.',
        "the harbour-guard and harbour guard. units met the harbour guardsmen",
        "sentry/patrol, sentry_unit and sentry_units and sentry_ and _sentry and sentry.",
        "v.o. and v and v.o and the élite guard of the 9th cohort's  warden",
        "wardenx, xwarden, warden-corps, warden's corps, warden’s sentry",
        "warden corps reserves, warden corps reserve_ and warden corps reserve.",
        "  warden  corps  ",
        "warden",
        "",
        " ",
        "v",
        "sentry\nwarden\tcorps",
    ],
)
def test_words_find_what_the_regex_finds(text: str) -> None:
    assert Words(_FORMS).find(text) == _by_regex(_FORMS, text)


def test_words_find_what_the_regex_finds_in_generated_texts() -> None:
    """Texts made of the forms, pieces of them and non-word characters, joined every way."""
    words = Words(_FORMS)
    pattern = spaced_pattern(_FORMS)
    rng = random.Random(58)  # noqa: S311 - a fixed sample, not a secret
    extra = [" ", "  ", ",", ".", "-", "_", "'", "’", "(", ")", "/", "x", "s", "9", "é", "\n"]
    for _ in range(20_000):
        pieces = []
        for _ in range(rng.randint(1, 7)):
            form = rng.choice(_FORMS)
            pieces.append(form if rng.random() < 0.6 else form[: rng.randint(0, len(form))])
            pieces.append("".join(rng.choice(extra) for _ in range(rng.randint(0, 3))))
        text = "".join(pieces)
        found = pattern.finditer(" " + text)
        expected = [(m.start(), m.end() - 1, text[m.start() : m.end() - 1]) for m in found]
        assert words.find(text) == expected, text


@pytest.fixture(scope="module")
def agent_words() -> tuple[Words, re.Pattern[str]]:
    forms = list(load_forms().folded)
    return Words(forms), spaced_pattern(forms)


@pytest.mark.parametrize(
    "text",
    [
        "riot police fired tear gas as security forces and the army moved in, officials said.",
        "the interior ministry's spokesman said troops, police and border guards were deployed.",
        "rebels and government soldiers clashed; the prime minister's office said (in a statement)",
        "the defence minister-designate met opposition lawmakers and the state-run media.",
        "protesters and civil-society groups marched on parliament, the ruling party said",
    ],
)
def test_words_find_what_the_regex_finds_with_the_agent_words(
    agent_words: tuple[Words, re.Pattern[str]], text: str
) -> None:
    words, pattern = agent_words
    found = pattern.finditer(" " + text)
    expected = [(m.start(), m.end() - 1, text[m.start() : m.end() - 1]) for m in found]
    assert expected  # each sentence holds agent words
    assert words.find(text) == expected


def test_words_refuses_a_form_not_starting_with_a_word_character() -> None:
    with pytest.raises(ValueError):
        Words(["-guard"])
