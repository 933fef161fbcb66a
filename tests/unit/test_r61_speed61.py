"""Round 61, speed61: the same output with fewer instructions.

`names.MONEY` (a currency after a unit's or a run's end) was matched at the end of every
entity unit and every capitalised run, about 2,000 instructions a match compiled, though most
ends are followed by punctuation or by one space and a word no currency word opens.
`names.money_at` answers those ends without the regex (`_MONEY_HEADS`, the first two letters
of each currency word) and asks the regex everywhere else. These tests hold it to the regex.

`gazetteer.Gazetteer.walk` read the word after each gazetteer word with the regex
`gazetteer._NEXT`; `gazetteer._next_word` reads it by character tests. These tests hold it to
the regex's span.

`context._NAME_WORD.findall` ran on every person, titled name and organisation the article
notes, again for the same actors; `context._name_words` caches it. These tests hold it to the
regex."""

from __future__ import annotations

import random

import pytest

from tensionwatch.domain.context import _NAME_WORD, _name_words
from tensionwatch.domain.gazetteer import _NEXT, _next_word
from tensionwatch.domain.names import _CURRENCIES, _MONEY_HEADS, MONEY, money_at

_MONEY_TEXTS = [
    "fines of up to 250,000 pounds (US$310,000) were imposed",
    "an offer worth 2.3 billion Swiss francs and 12 billion CFA francs",
    "40 million New Zealand dollars, Egyptian pounds and Russian roubles",
    "the Kenyan won and the Brazilian real; Indian rupees; rupee; rupiah, ringgit",
    "Japan  yen, Japan\tyen, Japan\nyen, Japan\u00a0yen, Japan\u2009euros",
    "Canada dollarsign, Canada dollar-based, Canada dollar_x, Canada dollars9",
    "Norway kroner krone kronor krona kr, Ghana cedi cedis ce, Zambia kwacha kw",
    "Peru soles so, Romania lei le, Bulgaria leva, Bangladesh taka ta, Myanmar kyat ky",
    "Chad Dollars, Chad DOLLARS, Chad dOllars, Chad dollar's, Chad 'dollars'",
    "Mexico $, Mexico$5, Mexico C$, the end of the text is Mexico",
    "Ukraine hryvnia hryvnias, Georgia lari, Armenia drams, Turkmenistan manat manats",
    "Kazakhstan tenge, Ethiopia birr, Venezuela bolivars, Paraguay guarani guaranis",
    "",
    " ",
    "  ",
    " d",
    " do",
    " dol",
    "$",
    "yen",
    " yen",
    " lei",
    " leis",
]


@pytest.mark.parametrize("text", _MONEY_TEXTS)
def test_money_at_answers_as_the_regex_at_every_position(text: str) -> None:
    for at in range(len(text) + 2):
        assert money_at(text, at) == (MONEY.match(text, at) is not None), (text, at)


def test_money_at_finds_a_currency_after_a_country_word() -> None:
    text = "a grant of 40 million New Zealand dollars to Tonga"
    assert money_at(text, text.index(" dollars"))
    assert not money_at(text, text.index(" to"))
    assert money_at("paid US$5", len("paid US"))


def test_money_heads_open_every_currency_word() -> None:
    words = _CURRENCIES.split("|")
    assert len(words) > 30
    for word in words:
        letters = word.rstrip("?")
        assert letters.isalpha() and letters.islower() and len(letters) >= 3, word
        assert word[:2] in _MONEY_HEADS
    assert len(_MONEY_HEADS) == len({word[:2] for word in words})


_PIECES = [
    " ",
    "  ",
    "\t",
    "\n",
    "\u00a0",
    "$",
    ",",
    ".",
    "-",
    "'",
    "’",
    "&",
    "_",
    "9",
    "é",
    "Dollars",
    "dollars",
    "dollar",
    "do",
    "dx",
    "yen",
    "ye",
    "lei",
    "le",
    "leva",
    "ky",
    "kyats",
    "soles",
    "so",
    "rand",
    "ra",
    "x",
    "Harbour",
    "al-Nour",
    "U.S.",
    "AT&T",
]


def _generated(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))


def test_money_at_on_generated_texts() -> None:
    rng = random.Random(61)  # noqa: S311 - a fixed sample, not a secret
    for _ in range(20_000):
        text = _generated(rng)
        for at in range(len(text) + 1):
            assert money_at(text, at) == (MONEY.match(text, at) is not None), (text, at)


def test_money_at_on_random_ascii_strings() -> None:
    rng = random.Random(6161)  # noqa: S311 - a fixed sample, not a secret
    alphabet = [chr(code) for code in range(9, 127)]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for at in range(len(text) + 1):
            assert money_at(text, at) == (MONEY.match(text, at) is not None), (text, at)


def _next_by_regex(text: str, at: int) -> tuple[int, int]:
    match = _NEXT.match(text, at)
    return (-1, -1) if match is None else match.span(1)


_NEXT_TEXTS = [
    "Port of Spain",
    "Port  of\tSpain",
    "Port \t Harbour-Guard's U.S. AT&T x.y_z 9th",
    "Port , Spain",
    "Port ,Spain",
    "Port \n Spain",
    "Port\u00a0Spain",
    "Port -Spain",
    "Port _Spain",
    "Port 9",
    "Port Ålund Søren’s",
    "Port Spain.",
    "Port Spain!",
    "Port ",
    "Port",
    "",
    " ",
    "\t",
]


@pytest.mark.parametrize("text", _NEXT_TEXTS)
def test_next_word_as_the_regex_at_every_position(text: str) -> None:
    for at in range(len(text) + 2):
        assert _next_word(text, at) == _next_by_regex(text, at), (text, at)


def test_next_word_takes_the_glued_word() -> None:
    text = "Bank of al-Nour's U.S. branch"
    assert _next_word(text, len("Bank")) == (5, 7)
    assert _next_word(text, len("Bank of")) == (8, 17)
    assert _next_word(text, len("Bank of al-Nour's")) == (18, 22)
    assert _next_word(text, len("Bank of al-Nour's U.S. branch")) == (-1, -1)


def test_next_word_on_generated_texts() -> None:
    rng = random.Random(616)  # noqa: S311 - a fixed sample, not a secret
    for _ in range(20_000):
        text = _generated(rng)
        for at in range(len(text) + 1):
            assert _next_word(text, at) == _next_by_regex(text, at), (text, at)


def test_next_word_on_random_strings() -> None:
    rng = random.Random(61616)  # noqa: S311 - a fixed sample, not a secret
    alphabet = [chr(code) for code in range(9, 127)] + ["’", "é", "\u00a0", "٣", "²"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for at in range(len(text) + 1):
            assert _next_word(text, at) == _next_by_regex(text, at), (text, at)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Dickon Mitchell's government",
        "Harbour Freight Lines",
        "the Coastal Renewal Party",
        "Jean-Pierre O'Rook and McRook",
        "Envoy Søren Ålund",
        "Li Qiang",
        "UN envoy",
        "officials",
        "",
        "Mitchell’s aides",
    ],
)
def test_name_words_as_the_regex(text: str) -> None:
    assert _name_words(text) == tuple(_NAME_WORD.findall(text))
    assert _name_words(text) == tuple(_NAME_WORD.findall(text))  # from the cache


def test_name_words_on_generated_texts() -> None:
    rng = random.Random(6116)  # noqa: S311 - a fixed sample, not a secret
    pieces = [" ", "-", "'", "’", "Harbour", "Li", "McRook", "rook", "Abc", "AB", "9", "é"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert _name_words(text) == tuple(_NAME_WORD.findall(text)), text
