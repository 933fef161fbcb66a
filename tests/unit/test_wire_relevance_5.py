"""Relevance in agency copy, fifth round (`relevance.agency_aside`): in an article with a
dateline, a crowd's aim told in the past progressive ("were demanding"), an act in a "when"
clause hung on a year and an act counted in rounds or times over a present perfect hold no
event (docs/labelling.md, section 1: background, habits). The same acts reported as the
day's news keep theirs. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.relevance import agency_aside
from tests.unit.coding import article, events

LEAD = (
    "DODOMA, Tanzania (AP) — Tanzanian police detained 30 opposition supporters outside the "
    "electoral commission on Thursday, the party said. "
)


def sentence_events(coder: Coder, body: str, index: int) -> list[str]:
    return [e.plover_type for e in article(coder, body) if e.sentence_index == index]


# --- a crowd's aim in the past progressive --------------------------------------------------


def test_a_demand_in_the_past_progressive_is_the_protests_aim(coder: Coder) -> None:
    body = LEAD + "The demonstrators were demanding the release of jailed activists."
    assert sentence_events(coder, body, 1) == []


def test_a_demand_made_keeps_its_event(coder: Coder) -> None:
    body = LEAD + "The opposition demanded the release of the jailed activists."
    assert sentence_events(coder, body, 1) == ["REQUEST"]


def test_the_aim_rule_needs_the_past_progressive() -> None:
    words = "The crowd were demanding a recount".split()
    assert agency_aside("100", words, 3, 3)
    assert not agency_aside("100", "The crowd is demanding a recount".split(), 3, 3)


# --- an act in a "when" clause hung on a year -----------------------------------------------


def test_an_act_in_a_when_clause_after_a_year_is_a_time_reference(coder: Coder) -> None:
    body = LEAD + (
        "The party has boycotted parliament since 2021, when soldiers arrested its leader."
    )
    assert sentence_events(coder, body, 1) == []


def test_an_act_in_a_when_clause_after_a_day_keeps_its_event(coder: Coder) -> None:
    body = LEAD + (
        "Police arrested the party leader late on Thursday, when he landed in the capital."
    )
    assert sentence_events(coder, body, 1) == ["COERCE"]


# --- acts counted in rounds or times --------------------------------------------------------

TALKS = (
    "NAIROBI, Kenya (Reuters) — Kenya accused Somalia on Monday of violating its airspace, "
    "the foreign ministry said. "
)


def test_talks_counted_in_rounds_are_a_tally(coder: Coder) -> None:
    body = TALKS + "The two countries have held three rounds of talks on the maritime border."
    assert sentence_events(coder, body, 1) == []


def test_talks_held_on_the_day_keep_their_event(coder: Coder) -> None:
    body = TALKS + "Kenyan and Somali officials held talks on the maritime border on Tuesday."
    assert sentence_events(coder, body, 1) == ["CONSULT"]


# --- a plain comment, optimism or pessimism ------------------------------------------------

VOTE = (
    "HONIARA, Solomon Islands (Reuters) — Solomon Islands lawmakers voted on Monday to remove "
    "the speaker of parliament, the clerk's office said. "
)


def test_optimism_in_agency_copy_is_a_plain_statement(coder: Coder) -> None:
    body = VOTE + "The prime minister told reporters he was confident his coalition would hold."
    assert sentence_events(coder, body, 1) == []


def test_an_accusation_in_the_same_place_keeps_its_event(coder: Coder) -> None:
    body = VOTE + "The prime minister accused the opposition of bribing lawmakers."
    assert sentence_events(coder, body, 1) == ["ACCUSE"]


def test_optimism_outside_agency_copy_is_left_to_the_type_sets(coder: Coder) -> None:
    text = "The Ruritanian minister said he was confident that the talks would succeed."
    assert [e.cameo_code for e in events(coder, text)] == ["013"]
