"""Round 53 (speed53): the same output with fewer instructions.

`relevance.article_frames` read every sentence of an article with two regexes, `_TOKEN.findall`
(its words) and `_DIGIT.search` (whether it holds a digit), tried at every character. ASCII text
is now read without them (`_words`: the characters no word holds made spaces, the text split,
each piece less the marks before its first letter; `_has_digit`: ten substring tests); text
with other characters still goes through the regexes. These tests hold both to the regexes'
answers, on hand-made forms and on every short text of the characters that matter."""

from __future__ import annotations

from itertools import product

import pytest

from tensionwatch.domain.relevance import (
    _DIGIT,
    _TOKEN,
    _has_digit,
    _words,
    article_frames,
    verdict_on,
)

FORMS = [
    "",
    "   ",
    "Officials in Lusaka denied the report.",
    "The anti-graft court's ruling -- issued late -- was 'final', aides said.",
    "'-Quoted' words, -dashes- and ''marks'' open and close them.",
    "A 27-year-old F-16 pilot and G7 envoys met at 09:30 on 4/5.",
    "rock--paper'-scissors",
    "--- '' - '",
    "Tabs\tand\nnew lines\x1fand\x0bcontrol\x7fcharacters",
    "x",
    "-x",
    "x-",
    "'",
    "Ministers met in Bogotá; the envoy’s aide said 'no'.",
    "Le président a dit « non » à Genève",
]


@pytest.mark.parametrize("text", FORMS)
def test_words_are_the_regex_words(text: str) -> None:
    assert _words(text) == _TOKEN.findall(text)


def test_words_on_every_short_text() -> None:
    # every text of up to five of these characters (letters of both cases, the marks a word
    # holds, a space, a comma, a tab, a digit, a dash and an accented letter other text holds)
    alphabet = "aZ'- ,\t7\u2013\u00e9"
    for size in range(6):
        for letters in product(alphabet, repeat=size):
            text = "".join(letters)
            assert _words(text) == _TOKEN.findall(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no digits at all",
        "in 2019",
        "Flight 7",
        "0",
        "nine9",
        "Arabic-Indic \u0663 digit",  # a decimal digit `\d` reads, not ASCII
        "a superscript\u00b2 is no decimal digit",
        "caf\u00e9 without digits",
        "caf\u00e9 at 8",
    ],
)
def test_has_digit_is_the_regex(text: str) -> None:
    assert _has_digit(text) is (_DIGIT.search(text) is not None)


def test_frames_and_verdict_read_the_same_words() -> None:
    # the crime story's cues read through `_words` (a hyphenated age, a court's words)
    story = [
        "A 34-year-old man was charged with burglary at a Leeds warehouse.",
        "Magistrates remanded the 34-year-old in custody, police said.",
        "A 19-year-old woman was later arrested over the break-in.",
    ]
    assert article_frames(story).crime
    assert verdict_on("was Convicted of graft")
    assert not verdict_on("was-convicted-later")  # one word, as the regex reads it
