"""Round 46 (lead): the "since" of a record ("the country's first strike since 1982", "its worst
year since 2019") measures how long the record stands and dates no act of the sentence
(temporal._record_since). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.temporal import resolve_timing
from tests.unit.coding import PUBLISHED, dated, events, recommended_coder

__all__ = ["recommended_coder"]

DAY = date(2026, 5, 14)  # a Thursday


def test_a_records_since_dates_no_act(recommended_coder: Coder) -> None:
    text = (
        "Dock workers threatened to stage a national stoppage, the sector's first since 1997, "
        "unless the cabinet withdrew the port bill."
    )
    found = dated(recommended_coder, text)
    assert found, "the threat is coded"
    assert all(when == PUBLISHED.date() for _, when, _ in found), found
    assert all(kind != "background" for _, _, kind in found), found


def test_records_in_each_form_leave_the_day_of_publication() -> None:
    for text in (
        "Farmers held the largest rally in the provincial capital since October.",
        "It was the first time since 2011 that the navy had boarded a foreign trawler.",
        "The clashes were the bloodiest since 2018 in the border district.",
        "Turnout was its lowest since 2002, officials said.",
    ):
        assert resolve_timing(text, DAY).event_date == DAY, text


def test_a_record_passes_on_to_the_acts_own_day() -> None:
    text = "The heaviest shelling since March hit the town on Tuesday."
    assert resolve_timing(text, DAY).event_date == date(2026, 5, 12)


def test_near_miss_a_plain_since_still_dates_the_span() -> None:
    assert resolve_timing("Militia fighters have held the pass since 2017.", DAY).event_date == (
        date(2017, 1, 1)
    )
    opened = resolve_timing("Since February the ministry has deported 300 migrants.", DAY)
    assert opened.event_date == date(2026, 2, 1)


def test_near_miss_a_record_in_another_clause_does_not_undate() -> None:
    # a comma closes the record's clause: the "since" after it dates the act again
    text = "It was the first such case, and prosecutors have held him since 2016."
    assert resolve_timing(text, DAY).event_date == date(2016, 1, 1)


# Round 46 (lead): "The" and a plain noun that an old gang or armed group called itself ("The
# Foundation", "The Cornerstone", "The Avengers") is no alias (scripts/build_phoenix_actors.py,
# NOT_ALIASES): "The Foundation for ..." was read as a Chicago gang, USAREB.


def test_a_foundation_is_not_an_armed_group(recommended_coder: Coder) -> None:
    text = "The Foundation for Judicial Independence criticised the Guatemalan government."
    found = events(recommended_coder, text)
    assert found, "the criticism is coded"
    source = found[0].source
    assert source is not None and source.code != "USAREB", source
    assert not source.code.startswith("USA"), source


def test_near_miss_the_groups_own_name_is_still_read(recommended_coder: Coder) -> None:
    found = events(recommended_coder, "El Rukn gunmen attacked a police station in Chicago.")
    assert found and found[0].source is not None and found[0].source.code == "USAREB", found


# Round 46 (lead, from speed46's report): a time word with a letter the case-blind regex takes
# for an ASCII one but whose lower case is not in the tables ("nıght", dotless i) raised
# KeyError out of resolve_timing; it now dates nothing and the next expression is read.


def test_a_time_word_with_a_dotless_i_dates_nothing_and_raises_nothing() -> None:
    text = "Police detained ten people last n\u0131ght, a day before the vote on Tuesday."
    assert resolve_timing(text, DAY).event_date == date(2026, 5, 12)
    assert resolve_timing("They met ton\u0131ght, the day of the vote.", DAY).event_date == DAY


def test_near_miss_the_plain_spelling_stilldated() -> None:
    assert resolve_timing("Police detained ten people last night.", DAY).event_date == date(
        2026, 5, 13
    )
