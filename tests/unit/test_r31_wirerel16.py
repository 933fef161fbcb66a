"""Agency copy's sentences judged not relevant that still got an event, round 31 (second wave):
a past act on an election named by its year ("rejected the results of the 2019 election"),
people who "remain in custody" (a state, not an arrest), an act of a "previous" or "earlier"
offer or attack, how an old unrest "began when" police acted, and a measure named by what a
party calls it ("Caracas calls the sanctions illegal"). Each has a near miss that stays an act
(a day of the story named, no year, a new offer, a measure imposed). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second

recommended = recommended_coder

ARREST = (
    "LUSAKA (Reuters) - Zambian police arrested 30 opposition supporters at a rally in Lusaka "
    "on Saturday, their lawyers said. "
)
TRUCE = (
    "JUBA (AP) - South Sudan's army rejected a ceasefire offer from rebel forces on Tuesday, a "
    "military spokesman said. "
)
SANCTIONS = (
    "CARACAS (Reuters) - Venezuela's foreign minister on Monday condemned new U.S. sanctions "
    "on the state oil company. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition rejected the results of the 2016 election, saying the vote was rigged.",
        "The party boycotted the 2011 presidential election.",
        "Its leader disputed the outcome of the 2021 polls in court.",
    ],
)
def test_a_past_act_on_a_years_election_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, ARREST) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "The opposition rejected the results of the election, saying the vote was rigged.",
            "REJECT",
        ),
        ("The opposition on Sunday rejected the results of the 2026 election.", "REJECT"),
    ],
)
def test_an_election_without_a_year_or_with_a_day_stays(
    recommended: Coder, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, ARREST)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven of the activists remain in police custody, the lawyers said.",
        "Several party officials are still in detention.",
        "Two of its leaders remain behind bars.",
    ],
)
def test_people_still_held_is_a_state_codes_nothing(recommended: Coder, text: str) -> None:
    assert second(recommended, text, ARREST) == []


def test_people_taken_into_custody_stay(recommended: Coder) -> None:
    text = "Police arrested 12 more activists on Sunday and took them into custody."
    assert "COERCE" in second(recommended, text, ARREST)


@pytest.mark.parametrize(
    "text",
    [
        "A previous ceasefire proposal was rejected by the rebels.",
        "An earlier peace offer was rejected by the government.",
    ],
)
def test_a_previous_offer_rejected_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, TRUCE) == []


def test_a_new_offer_rejected_stays(recommended: Coder) -> None:
    text = "The rebels rejected a new proposal from regional mediators on Wednesday."
    assert "REJECT" in second(recommended, text, TRUCE)


@pytest.mark.parametrize(
    "text",
    [
        "The unrest began when police shot dead a student at a checkpoint.",
        "The protests started after security forces killed two traders in the market.",
    ],
)
def test_how_an_unrest_began_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, ARREST) == []


def test_a_day_of_the_story_keeps_how_protests_began(recommended: Coder) -> None:
    text = "Protests began on Monday when police shot dead a student in the capital."
    assert "ASSAULT" in second(recommended, text, ARREST)


@pytest.mark.parametrize(
    "text",
    [
        "Caracas calls the sanctions an act of economic war.",
        "The government describes the sanctions as illegal.",
    ],
)
def test_a_measure_named_is_no_sanction_codes_nothing(recommended: Coder, text: str) -> None:
    assert second(recommended, text, SANCTIONS) == []


def test_a_measure_imposed_stays(recommended: Coder) -> None:
    text = "The United States imposed the sanctions on Friday after a disputed vote."
    assert "SANCTION" in second(recommended, text, SANCTIONS)


WAR = "BUKAVU, Congo (AP) - Rebels seized a village in eastern Congo on Tuesday, residents said. "


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and the rebels has raged since 2021.",
        "Fighting between the army and the rebels has raged in the east for more than two years.",
    ],
)
def test_fighting_over_a_span_is_the_wars_state(recommended: Coder, text: str) -> None:
    assert second(recommended, text, WAR) == []


def test_clashes_since_a_recent_day_stay(recommended: Coder) -> None:
    text = "Clashes between the army and the rebels have killed 40 people since Sunday."
    assert "ASSAULT" in second(recommended, text, WAR)


DEPLOY = (
    "MAPUTO (Reuters) - Mozambican troops attacked an insurgent base in the north on Friday, "
    "the army said. "
)


def test_the_purpose_of_a_dated_deed_is_no_act_codes_nothing(recommended: Coder) -> None:
    text = "Malawi sent troops to the province in 2019 to help fight the militants."
    assert second(recommended, text, DEPLOY) == []


def test_the_purpose_of_an_undated_deed_stays(recommended: Coder) -> None:
    text = "Malawi sent more troops to the province to help fight the militants."
    assert "MOBILIZE" in second(recommended, text, DEPLOY)
