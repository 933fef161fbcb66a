"""Round 55 (speed55b): cuts that must code exactly as before.

`lexicon.Tokens` reads ASCII text piece by piece between spaces (`_split_tokens`), trying
`_TOKEN` only on pieces that are not letters and digits alone; its tokens and offsets must be
the regex's over the whole text, whatever the text."""

from __future__ import annotations

import random

import pytest

from tensionwatch.domain.lexicon import _TOKEN, Tokens, _split_tokens

TEXTS = [
    "Chile's navy sent an additional 2,500 sailors to the strait on Friday.",
    "The 1,000,000-strong reserve (mobilised in 2019) was stood down; 12,34 is no number.",
    'Peru said: "We reject the decision," adding that 7,000,1234 troops -- not 3,000, -- stay.',
    "Officials in\tLima\nand La Paz signed the co-operation deal at 9:30 a.m. ('provisional').",
    "A 1,234,567th vote, 1,2345 and 12,345,67 were counted by the U.N.-backed body's staff.",
    "-- - ' '' -' 'x x- -x 5,000x 5,000,000, ,5,000 a1,000 1,000a",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_split_tokens_are_the_regex_tokens(text: str) -> None:
    assert _split_tokens(text) == _TOKEN.findall(text)


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_offsets_point_at_their_words(text: str) -> None:
    tokens = Tokens(text)
    assert tokens.words == [token.lower() for token in _TOKEN.findall(text)]
    assert [text[start:end].lower() for start, end in tokens.spans] == tokens.words


def test_thousands_stay_one_token() -> None:
    assert Tokens("Bolivia moved 4,500 police to the border").words[2] == "4,500"
    assert Tokens("Bolivia moved 4,500, then 200 police").words[2:4] == ["4,500", ","]


def test_random_ascii_text_splits_as_the_regex() -> None:
    alphabet = "aZ09'-,;:()\".!?$%/&_ \t\n\x1c" + "mq7" * 4
    chance = random.Random(55)  # noqa: S311 - a fixed sample of texts, no secret
    for _ in range(20000):
        text = "".join(chance.choice(alphabet) for _ in range(chance.randint(0, 24)))
        assert _split_tokens(text) == _TOKEN.findall(text), text
