"""Round 50 (speed50): the same output with fewer instructions.

Each test holds a fast path to the slow one it replaces: `clause_words.round3` to
`round(x, 3)` bit for bit, `temporal.resolve_timing`'s search skipped to the next anchor after
an expression that does not resolve to `finditer`'s walk of every word, and `lexicon.Match`, a
plain class, to what the acts read of it."""

from __future__ import annotations

import math
import re
import struct
from datetime import date

import pytest

from tensionwatch.domain import temporal
from tensionwatch.domain.acts import select
from tensionwatch.domain.clause_words import round3
from tensionwatch.domain.lexicon import Match, default_lexicon, tokenize
from tensionwatch.domain.temporal import Timing, resolve_timing

PUBLISHED = date(2025, 3, 14)  # a Friday


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


def _edges() -> list[float]:
    """Thousandths, the halves between them and their neighbouring floats, and odd values."""
    values = [0.0, -0.0, 1.0, 1.5, -0.25, 2.0005, math.inf, -math.inf, 5e-324, 1e-300]
    for k in range(1001):
        for step in (0.0, 0.5, 0.4999999995, 0.5000000005, 0.25):
            x = (k + step) / 1000
            values += [x, math.nextafter(x, 0.0), math.nextafter(x, 2.0)]
    values += [(index * 0.6180339887498949) % 1.0 for index in range(20000)]
    return values


def test_round3_is_round_to_three_places_bit_for_bit() -> None:
    for value in _edges():
        assert _bits(round3(value)) == _bits(round(value, 3)), value


def test_round3_keeps_the_sign_of_zero_and_nan() -> None:
    assert _bits(round3(-0.0)) == _bits(-0.0)
    assert _bits(round3(-0.0001)) == _bits(round(-0.0001, 3))
    assert math.isnan(round3(math.nan))


def _walked(text: str, published: date | None) -> Timing:
    """`resolve_timing` as it was: `finditer` tries every word after the first start."""
    grammar = temporal._grammar()
    if not any(literal in text for literal in grammar.literals):
        return temporal._undated(published)
    hint = grammar.precheck.search(text)
    if hint is None:
        return temporal._undated(published)
    start = temporal._first_start(
        text, max(0, hint.start() - temporal._LOOKBACK), hint.end() + 8, grammar
    )
    for match in grammar.combined.finditer(text, start):
        kind = match.lastgroup or ""
        detail = grammar.patterns[kind].match(text, match.start())
        resolved = temporal._resolve(kind, detail, published) if detail else None
        if resolved is not None and not temporal._record_since(text, match.start()):
            return Timing(resolved[0], temporal._is_background(resolved, published))
    return temporal._undated(published)


# Written for these tests: a record's "since" (dates nothing) before a date, expressions that
# do not resolve before one that does, capitals read after a hint, text other than ASCII.
SENTENCES = [
    "Its worst flood since 1998 hit the delta, and the ministry reopened roads on Tuesday.",
    "The port's busiest month since March came as dockers struck on 3 February.",
    "The league's first season since 2011 ended; the strike began last week.",
    "Crews worked for weeks and months on the dam BEFORE THE COLLAPSE ON MONDAY.",
    "Farmers who marched for a week blocked the bridge ON 12 JANUARY 2024.",
    "Its largest rally since 2019 filled the square “late last night”, organisers said.",
    "The council’s biggest budget since 2010 passed; the mayor resigned in February.",
    "Its deadliest year since 1982 ended, and the army withdrew 1850-01-01 anyway.",
    "A day of talks, a night of shelling, and no statement — then on 4 April a truce.",
    "Their longest strike since 2001 ended today, the union said.",
    "Its worst year since 2019, the agency said, with no new talks planned.",
    "Workers who struck for a month and a year walked out again.",
    "Its busiest day since 1990 ſince week came and went.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("published", [PUBLISHED, date(2019, 4, 12), None])
def test_timing_skips_to_the_next_anchor_with_the_same_answer(
    text: str, published: date | None
) -> None:
    assert resolve_timing(text, published) == _walked(text, published)


def test_timing_reads_the_expression_after_a_record_since() -> None:
    text = "Its worst flood since 1998 hit the delta, and the ministry reopened roads on 3 March."
    assert resolve_timing(text, PUBLISHED).event_date == date(2025, 3, 3)


def test_timing_reads_capitals_after_an_expression_that_does_not_resolve() -> None:
    # "since 2001" is a record's and dates nothing; the capitals after it are read case-blind
    text = "Their longest strike since 2001 ended ON MONDAY, the union said."
    assert resolve_timing(text, PUBLISHED).event_date == date(2025, 3, 10)


def test_timing_of_a_record_alone_is_the_publication_date() -> None:
    text = "Its worst year since 2019, the agency said, with no new talks planned."
    assert resolve_timing(text, PUBLISHED) == Timing(PUBLISHED)


def test_match_is_read_by_attribute() -> None:
    matches = default_lexicon().find(tokenize("Police arrested two protesters in the capital."))
    assert matches and all(isinstance(m, Match) for m in matches)
    assert [(m.pattern.code, m.first, m.last) for m in select(matches)] == [("173", 1, 1)]


def test_select_orders_plain_matches_by_their_first_word() -> None:
    lexicon = default_lexicon()
    found = lexicon.find(tokenize("Kessan condemned the raid and Vardo accused Kessan."))
    chosen = select(found)
    assert [m.first for m in chosen] == sorted(m.first for m in chosen)
    assert [m.pattern.code[:3] for m in chosen] == ["111", "190", "112"]


def test_no_regex_is_asked_for_a_sentence_without_time_words() -> None:
    assert re.search(r"\d", "No time word here.") is None
    assert resolve_timing("No time word here.", PUBLISHED) == Timing(PUBLISHED)
