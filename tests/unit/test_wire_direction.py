"""Direction of acts whose grammar turns the giver and receiver round: aid received "from" a
giver, people released "by" one side and returned "to" another, an amount "in aid to" a
country. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad, events, of_type

# --- "sent $20 million in aid to Yemen": the amount's phrase is the object, not an adverbial ---


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent $15 million in aid to Somalia on Tuesday.",
        "Norway gave 40 million euros in humanitarian assistance to Somalia after the drought.",
    ],
)
def test_aid_to_a_country_after_an_amount_targets_the_country(coder: Coder, text: str) -> None:
    assert dyad(coder, text, "AID") == ("NOR", "SOM")


# --- "received tanks from the United States": the giver is the source ---------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Estonia received a first batch of howitzers from France on Monday.", "FRA", "EST"),
        ("Zambia obtained a $1 billion loan from China to pay its debts.", "CHN", "ZMB"),
        ("Haiti accepted humanitarian aid from Canada after the earthquake.", "CAN", "HTI"),
    ],
)
def test_what_was_received_from_a_giver_is_the_givers_act(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert dyad(coder, text, "AID") == (source, target)


def test_aid_given_without_receiving_keeps_the_subject_as_giver(coder: Coder) -> None:
    text = "France delivered howitzers to Estonia on Monday."
    assert dyad(coder, text, "AID") == ("FRA", "EST")


# --- "were handed back to Laos by Vietnam": a release in the passive --------------------------


def test_captives_handed_back_by_a_side_are_released_by_that_side(coder: Coder) -> None:
    text = "Six Lao soldiers were handed back to Laos by Vietnamese border guards on Monday."
    assert dyad(coder, text, "RETREAT") == ("VNM", "LAO")


def test_captives_returned_in_an_exchange_are_released_by_the_other_side(coder: Coder) -> None:
    text = "Twenty Armenian prisoners were returned to Yerevan in a swap with Azerbaijan."
    assert dyad(coder, text, "RETREAT") == ("AZE", "ARM")


def test_captives_returned_are_released_by_the_foreign_speaker(coder: Coder) -> None:
    text = "Nine Indian fishermen were returned to India on Sunday, Sri Lanka's navy said."
    assert dyad(coder, text, "RETREAT") == ("LKA", "IND")


def test_a_speaker_of_the_captives_own_country_is_no_releaser(coder: Coder) -> None:
    text = "Nine Indian fishermen were returned to India on Sunday, India's foreign ministry said."
    assert country(of_type(events(coder, text), "RETREAT").source) != "IND"


def test_a_feeling_with_its_own_auxiliary_stays_the_subjects(coder: Coder) -> None:
    event = of_type(
        events(coder, "Ghana was outraged by the remarks of Togo's president."), "ACCUSE"
    )
    assert country(event.source) == "GHA"


# --- "at the hands of X" is a "by" agent; "suffered an attack" reads as a passive -----------


def test_killed_at_the_hands_of_forces_is_their_act(coder: Coder) -> None:
    text = "Three Sudanese villagers were killed at the hands of Chadian troops on Monday."
    assert dyad(coder, text, "ASSAULT") == ("TCD", "SDN")


def test_a_defeat_suffered_at_the_hands_of_a_group_is_the_groups_act(coder: Coder) -> None:
    text = "Burundi's army suffered a heavy defeat at the hands of Rwandan troops."
    assert dyad(coder, text, "ASSAULT") == ("RWA", "BDI")


def test_a_call_received_from_a_leader_is_the_callers(coder: Coder) -> None:
    text = "Kenya's president received a call from the Tanzanian president on Sunday."
    assert dyad(coder, text, "CONSULT") == ("TZA", "KEN")


def test_a_call_received_from_a_president_is_no_hosted_visit(coder: Coder) -> None:
    text = "Kenya's president received a call from the president of Tanzania on Sunday."
    event = of_type(events(coder, text), "CONSULT")
    assert event.cameo_code == "041"
    assert (country(event.source), country(event.target)) == ("TZA", "KEN")


def test_a_visitor_received_by_a_leader_is_the_hosts_guest(coder: Coder) -> None:
    text = "Oman's foreign minister was received by Egypt's president in Cairo on Sunday."
    event = of_type(events(coder, text), "CONSULT")
    assert (country(event.source), country(event.target)) == ("EGY", "OMN")


def test_things_received_by_an_office_are_no_visit(coder: Coder) -> None:
    assert not events(coder, "Hundreds of applications were received by the ministry.")


def test_an_accepted_invitation_is_the_accepters_act(coder: Coder) -> None:
    text = "Chile's president accepted an invitation from Modi to visit New Delhi."
    event = of_type(events(coder, text), "AGREE")
    assert (country(event.source), country(event.target)) == ("CHL", "IND")


def test_a_received_invitation_is_the_inviters_act(coder: Coder) -> None:
    text = "Chile's president received an invitation from Modi to visit New Delhi."
    event = of_type(events(coder, text), "AGREE")
    assert (country(event.source), country(event.target)) == ("IND", "CHL")
