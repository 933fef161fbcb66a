"""Round 46, speed46: the same output with fewer instructions.

`temporal` reads its date regex case-blind but spelt case-sensitive (`_case_blind`), skips the
regex for sentences holding no precheck literal, and starts the search at the first anchor
less `_ANCHOR_REACH` rather than at the hint less `_LOOKBACK`."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tensionwatch.domain import temporal
from tensionwatch.domain.gazetteer import Gazetteer, Names
from tensionwatch.domain.temporal import resolve_timing

PUBLISHED = date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "since week",
        "SINCE WEEK",
        "ſince week",  # long s: re.IGNORECASE reads it as "s"
        "since wee\u212a",  # Kelvin sign: read as "k"
        "last nıght",  # dotless i: read as "i"
        "LAST N\u0130GHT",  # dotted capital I: read as "i"
        "last nigth",
        "since week May",
        "since week MAY",
    ],
)
def test_case_blind_matches_what_ignorecase_matches(text: str) -> None:
    source = r"\b(?:since|last) (?:week|night)\b(?: (?-i:May))?"
    blind = re.compile(temporal._case_blind(source))
    ignoring = re.compile(source, re.IGNORECASE)
    found, expected = blind.match(text), ignoring.match(text)
    assert (found and found.span()) == (expected and expected.span())


def test_case_blind_keeps_case_sensitive_groups() -> None:
    blind = re.compile(temporal._case_blind(r"in (?-i:May)"))
    assert blind.match("IN May") is not None
    assert blind.match("in MAY") is None
    assert blind.flags & re.IGNORECASE == 0


@pytest.mark.parametrize("source", [r"(?i:x)", r"[a-z]", r"x{a}", r"(x)"])
def test_case_blind_refuses_syntax_it_does_not_read(source: str) -> None:
    with pytest.raises(ValueError):
        temporal._case_blind(source)


def test_search_starts_at_first_anchor_less_its_reach() -> None:
    text = "Dockworkers in the northern harbour walked out over pay and rosters last week."
    hint = text.index("week")
    start = temporal._first_start(text, 0, hint + 12, temporal._grammar())
    assert start == hint - temporal._ANCHOR_REACH
    assert start <= text.index("last week")


def test_search_start_never_passes_the_longest_expression() -> None:
    text = "Farmers blocked roads through the second half of April."
    hint = text.index("Apr")
    start = temporal._first_start(text, 0, hint + 11, temporal._grammar())
    assert start <= text.index("the second half")
    assert resolve_timing(text, PUBLISHED).event_date == date(2024, 4, 16)


def test_search_start_is_kept_for_text_other_than_ascii() -> None:
    text = "Les dockers de Brest ont fait grève ce week-end et lundi dernier, last week."
    hint = text.index("week")
    assert temporal._first_start(text, 3, hint + 12, temporal._grammar()) == 3


def test_capitals_are_read_only_after_a_precheck_word() -> None:
    # "MONDAY" holds no precheck literal ("day" is case-sensitive there), so alone it dates
    # nothing; after "week" the case-blind regex reads it: the round-45 oddity, kept
    alone = "TEACHERS MARCHED TO THE ASSEMBLY ON MONDAY"
    assert resolve_timing(alone, PUBLISHED).event_date == PUBLISHED
    hinted = "Teachers who struck for a week marched to the assembly ON MONDAY"
    assert resolve_timing(hinted, PUBLISHED).event_date == date(2025, 3, 10)


def test_sentence_without_precheck_literal_is_undated() -> None:
    text = "The ferry operator cancelled its crossings after the storm warning."
    assert not any(literal in text for literal in temporal._grammar().literals)
    assert resolve_timing(text, PUBLISHED) == temporal.Timing(PUBLISHED)


def test_names_find_reads_each_word_from_its_span() -> None:
    names = Names(["Vardo Bay", "Vardo", "Lunmark"])
    text = "Ferries left Vardo Bay for Lunmark, not Vardomark."
    assert names.find(text) == [(13, 22, "Vardo Bay"), (27, 34, "Lunmark")]


def test_gazetteer_find_reads_each_word_from_its_span() -> None:
    table = Gazetteer(["St Orlan", "Orlan Valley"])
    text = "Pilgrims reached St. Orlan. Then the Orlan Valley farms."
    assert table.find(text) == [(17, 26, "St Orlan"), (37, 49, "Orlan Valley")]
