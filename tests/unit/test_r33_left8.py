"""Round 33, acts left unfound by the first wave: drones launched at a place ("launched 40
drones at the capital"), executions of people named by trade ("executed a doctor"), the
formal protest of "lodged stern representations", talks named as the subject of their own
start ("Talks between A and B resumed in C"), and battlefield fire "in response" (an attack,
not a launch shown off). Each has a near miss that stays without the act. Every sentence in
these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia launched 40 drones at Kharkiv overnight.", "RUS", "UKR"),
        ("Russia launched 35 Iranian-made drones at Odesa on Sunday night.", "RUS", "UKR"),
        ("Russia launched 52 drones and three missiles at Ukraine overnight.", "RUS", "UKR"),
    ],
)
def test_drones_launched_at_a_place_are_an_attack(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert first_dyad(coder, text) == ("ASSAULT", "190", source, target)


def test_a_drone_factory_making_drones_is_no_attack(coder: Coder) -> None:
    assert first_dyad(coder, "The plant near Kazan makes drones for the army.") is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran executed a French-Iranian doctor convicted of spying.", "IRN", "FRA"),
        ("Saudi Arabia executed two Yemeni fighters captured in the south.", "SAU", "YEM"),
    ],
)
def test_people_executed_by_trade_or_standing_are_killed(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert first_dyad(coder, text) == ("ASSAULT", "190", source, target)


def test_a_journalist_executed_is_killed(coder: Coder) -> None:
    found = first_dyad(coder, "Belarus executed a journalist convicted of treason.")
    assert found is not None and found[:3] == ("ASSAULT", "190", "BLR")


def test_a_plan_executed_is_no_killing(coder: Coder) -> None:
    assert first_dyad(coder, "The ministry executed a plan to cut waiting times.") is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China lodged stern representations with Japan over the remarks.", "CHN", "JPN"),
        ("Beijing made solemn representations to Manila about the collision.", "CHN", "PHL"),
        ("Vietnam lodged representations with China over the new fishing ban.", "VNM", "CHN"),
    ],
)
def test_representations_lodged_are_a_formal_protest(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert first_dyad(coder, text) == ("ACCUSE", "114", source, target)


def test_representations_to_a_council_are_no_protest(coder: Coder) -> None:
    text = "Residents made representations to the council over the parking plan."
    assert first_dyad(coder, text) is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Talks between Sudan's army and the RSF resumed in Jeddah on Sunday.", "SDN", "SDN"),
        ("Talks between Ethiopian and Eritrean delegations opened in Djibouti.", "ETH", "ERI"),
        ("Talks between Colombia's government and the ELN reopened in Caracas.", "COL", "COL"),
    ],
)
def test_talks_that_resume_or_open_are_a_negotiation(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert first_dyad(coder, text) == ("CONSULT", "046", source, target)


def test_talks_between_a_union_and_a_firm_are_no_political_act(coder: Coder) -> None:
    assert first_dyad(coder, "Talks between the union and the carmaker resumed on Monday.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fired dozens of rockets in response.",
        "Militants fired mortars in retaliation for the raid.",
    ],
)
def test_rockets_fired_in_response_are_an_attack(coder: Coder, text: str) -> None:
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "190")


def test_missiles_fired_in_response_to_drills_stay_a_show_of_force(coder: Coder) -> None:
    text = "North Korea fired two ballistic missiles in response to the joint drills."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("MOBILIZE", "150")
