"""Round 44, false44: false events on irrelevant sentences of copy the rules were not written on.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, undated_in

coder = recommended_coder


# --- a verb joined by "and" to a clause dated years back shares its past ----------------------


def test_and_after_year_dated_clause_is_background(coder: Coder) -> None:
    text = "The militia first entered Tarvanu in 2009, and expelled its mayor from the district."
    assert code_list(coder, text) == []


def test_and_after_dated_reported_clause_is_background(coder: Coder) -> None:
    text = (
        "The junta announced in July 2014 that the port workers' union was illegal, "
        "and detained its entire executive."
    )
    assert code_list(coder, text) == []


def test_and_with_story_day_keeps_the_act(coder: Coder) -> None:
    text = (
        "Police on Thursday detained a former mayor sought over a bribery case in 2019 "
        "and charged him with fraud."
    )
    assert code_list(coder, text)


def test_and_after_since_year_keeps_the_act(coder: Coder) -> None:
    text = (
        "Portugal has pressed for a new fisheries accord since talks stalled in September 2022 "
        "and summoned the Moroccan envoy to explain the delay."
    )
    assert code_list(coder, text)


# --- a relative clause on a noun dated by month and year --------------------------------------


def test_relative_on_month_year_dated_ambush_is_background(coder: Coder) -> None:
    text = (
        "Veterans gathered to remember an ambush on a supply column in November 1979 that "
        "killed eleven conscripts."
    )
    assert code_list(coder, text) == []


def test_relative_on_undated_war_keeps_the_act(coder: Coder) -> None:
    text = "Rebels attacked a frontier post on Sunday that guards the river crossing, killing six."
    assert code_list(coder, text)


# --- a bare "must" no one voices states a rule, not a demand ----------------------------------

MARCH = "Hundreds of protesters marched on the Senate in Corvala on Tuesday against the new law. "


def test_unvoiced_must_is_no_demand(coder: Coder) -> None:
    body = (
        MARCH + "By law, the police must free anyone held for more than two days without a charge."
    )
    assert undated_in(coder, body, 1) == []


def test_voiced_must_stays_a_demand(coder: Coder) -> None:
    body = MARCH + "Opposition leader Mara Tesfaye said the Senate must reject any extension."
    assert [event.cameo_code[:2] for event in undated_in(coder, body, 1)] == ["10"]


def test_quoted_must_stays_a_demand(coder: Coder) -> None:
    body = MARCH + '"The Senate must reject any extension of the curfew," one placard read.'
    assert [event.cameo_code[:2] for event in undated_in(coder, body, 1)] == ["10"]


# --- "later" than a past the sentence dates by a year -----------------------------------------


def test_later_after_a_year_is_background(coder: Coder) -> None:
    text = (
        "During the 2011 floods, the governor of Ruvena province clashed with the interior "
        "minister, who later dismissed him."
    )
    assert code_list(coder, text) == []


def test_later_without_a_year_keeps_the_act(coder: Coder) -> None:
    text = (
        "During the floods, the governor of Ruvena province clashed with the interior "
        "minister, who later dismissed him."
    )
    assert code_list(coder, text)


def test_later_after_a_deadline_year_keeps_the_act(coder: Coder) -> None:
    text = "The council vowed to hold a vote by 2027 but later banned the opposition party."
    assert code_list(coder, text)


# --- a capacity granted ("will be allowed to arrest") is no act done ---------------------------


def test_capacity_after_a_modal_is_no_act(coder: Coder) -> None:
    text = (
        "The interior minister told lawmakers that border guards will be allowed to seize "
        "trucks and arrest their drivers at any checkpoint."
    )
    assert code_list(coder, text) == []


def test_past_ability_keeps_the_act(coder: Coder) -> None:
    text = "Border guards were able to arrest the smugglers after a chase on Friday."
    assert code_list(coder, text) == ["173"]
