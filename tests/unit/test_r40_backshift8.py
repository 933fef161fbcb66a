"""Round 40, backshift8: the past perfect of reported speech is the report's tense, not a date
(docs/labelling.md, section 4, point 31). A count of people held that a speaker reports in the
past perfect "since" an event of the story ("said 300 people had been arrested since the
election") is the day's count, an arrest (point 21), no standing act over a span; held since a
month or a year, a single person held, the narration's past perfect and a toll stay as they
were (the narration and the toll are other rules' and pinned here as the rule's neighbours). The
backshifted reports the coder already read as the simple past are pinned beside it.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, sides_of

coder = recommended_coder

LILONGWE = (
    "LILONGWE, May 14 (Reuters) - Malawian police fired tear gas at opposition supporters "
    "marching on parliament in Lilongwe on Tuesday. "
)


def second(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of the report's second
    sentence."""
    found = [e for e in article(coder, LILONGWE + text) if e.sentence_index == 1]
    return [(e.cameo_code, *sides_of(e)) for e in found]


def test_a_reported_count_of_arrests_since_the_story_began_is_an_arrest(coder: Coder) -> None:
    text = "The police chief said more than 300 people had been arrested since the election."
    assert second(coder, text) == [("173", "MWI", "MWI")]


def test_a_reported_count_of_abductions_since_then_is_the_news(coder: Coder) -> None:
    text = "Police said at least five officers had been abducted in several towns since then."
    assert [code for code, *_ in second(coder, text)] == ["181"]


def test_a_count_held_since_a_month_stays_background(coder: Coder) -> None:
    text = "The police chief said more than 300 people had been arrested since March."
    assert second(coder, text) == []


def test_one_person_held_since_the_election_stays_a_standing_detention(coder: Coder) -> None:
    text = "The police chief said the activist had been detained since the election."
    assert second(coder, text) == []


def test_the_narrations_count_since_the_election_stays_background(coder: Coder) -> None:
    text = "More than 300 people had been arrested since the election."
    assert second(coder, text) == []


def test_a_reported_toll_since_the_election_stays_a_figure(coder: Coder) -> None:
    text = "The police chief said more than 30 people had been killed since the election."
    assert second(coder, text) == []


def test_a_reported_act_in_the_past_perfect_is_coded_as_the_simple_past(coder: Coder) -> None:
    for verb in ("had expelled", "expelled"):
        text = f"Malawi's foreign ministry said it {verb} two Zimbabwean diplomats."
        assert second(coder, text) == [("161", "MWI", "ZWE")], verb


def test_a_reported_count_of_arrests_in_the_past_perfect_is_an_arrest(coder: Coder) -> None:
    text = "Police said 40 protesters had been arrested in Lilongwe."
    assert second(coder, text) == [("173", "MWI", "MWI")]
