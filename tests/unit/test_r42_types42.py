"""Round 42 (types42): event types chosen wrongly in the open sets, by class. Every sentence
here is written for the test (other people, places and wording than any labelled row)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder

# --- confidence taken back from a government is a no-confidence vote (guide points 23, 36) ----


def test_confidence_withdrawn_from_a_cabinet_is_a_censure(coder: Coder) -> None:
    text = "After a stormy debate, Slovenian deputies withdrew their confidence in the cabinet."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("ACCUSE", "111", "SVN")


def test_troops_withdrawn_stay_a_retreat(coder: Coder) -> None:
    found = first_dyad(coder, "The Chilean army withdrew its troops from the border town.")
    assert found is not None and found[:2] == ("RETREAT", "087")


# --- drills held around a place are a show of force, joint or not (150) ----------------------


def test_joint_drills_near_a_place_are_a_show_of_force(coder: Coder) -> None:
    text = (
        "Iranian naval and air units are holding joint exercises close to the Strait of Hormuz, "
        "state television said."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("MOBILIZE", "150", "IRN")


def test_joint_drills_of_two_partners_stay_cooperation(coder: Coder) -> None:
    found = first_dyad(coder, "Indian and French warships held joint drills in the Arabian Sea.")
    assert found is not None and found[:2] == ("COOPERATE", "062")


# --- the police's crowd control told first, with its purpose, is the act (guide point 42) ----


def test_tear_gas_fired_to_disperse_a_crowd_that_rioted_is_the_polices_act(coder: Coder) -> None:
    text = (
        "Gendarmes lobbed tear gas to scatter several hundred demonstrators who set fire to a "
        "customs office near the border at Kidira."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "175")


def test_a_riot_told_before_the_tear_gas_stays_the_crowds(coder: Coder) -> None:
    text = (
        "Protesters torched a bus outside the ministry in Abuja before police fired tear gas to "
        "disperse them."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "145")


# --- force announced against those who defy is a threat (130) -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A police spokeswoman in Kitwe said officers would deal firmly with looters and arsonists.",
        'The governor of Copperbelt said troops would "deal decisively" with looters in Ndola.',
    ],
)
def test_would_deal_firmly_with_is_a_threat(coder: Coder, text: str) -> None:
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("THREATEN", "130")


def test_dealt_firmly_with_told_done_is_no_threat_codes_nothing(coder: Coder) -> None:
    found = first_dyad(coder, "Police in Lusaka dealt firmly with looters on Monday.")
    assert found is None


# --- troops sent to another state go to its side (074 AID, guide section 4) --------------------


def test_soldiers_sent_to_another_state_are_help(coder: Coder) -> None:
    text = "Rwanda has dispatched 600 soldiers to the Central African Republic, its army said."
    assert first_dyad(coder, text) == ("AID", "074", "RWA", "CAF")


@pytest.mark.parametrize(
    "text",
    [
        "Chad sent 800 soldiers into Niger on Monday.",
        "Chad sent 800 soldiers to the border with Niger on Monday.",
    ],
)
def test_soldiers_sent_into_a_state_or_to_a_border_stay_a_deployment(
    coder: Coder, text: str
) -> None:
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("MOBILIZE", "154")


# --- a force sent on request: its force is the goal, the help the act -------------------------


def test_a_force_sent_to_crush_a_mutiny_is_the_help_not_the_crushing(coder: Coder) -> None:
    text = (
        "Troops of a West African contingent, deployed at the request of Guinea-Bissau's "
        "president to quell an army revolt, reached Bissau on Tuesday."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("AID", "074")


def test_a_force_that_crushed_a_mutiny_did_so(coder: Coder) -> None:
    found = first_dyad(coder, "The army's special force crushed a mutiny in Banjul on Sunday.")
    assert found is not None and found[:2] == ("ASSAULT", "175")


# --- an expulsion of diplomats a state announces is its decision (161), not a threat ----------


def test_an_announced_expulsion_of_diplomats_is_the_sanction(coder: Coder) -> None:
    text = "Ottawa announced it would expel India's envoy over the affair."
    assert first_dyad(coder, text) == ("SANCTION", "161", "CAN", "IND")


def test_an_expulsion_warned_of_stays_a_threat(coder: Coder) -> None:
    text = "Latvia warned it would expel Belarusian diplomats if the border incidents continued."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "THREATEN"


# --- a shooting claimed is the attack (labelling guide 4.3) -----------------------------------


def test_a_claimed_shooting_is_the_attack(coder: Coder) -> None:
    text = "In a video, a jihadist cell claimed responsibility for the stabbing of a magistrate."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "180")


def test_a_claim_naming_no_attack_stays_a_claim(coder: Coder) -> None:
    found = first_dyad(coder, "The militia claimed responsibility in a statement posted online.")
    # Pinned to the part that is right by the guide (round 48's list):
    # the militia is the source.
    assert found is not None and found[:2] == ("CONCEDE", "015")


# --- a body's own session and its chair are no consultation ----------------------------------


def test_a_meeting_chaired_by_an_official_gives_way_to_what_was_decided(coder: Coder) -> None:
    text = (
        "Senegal's defence council held an extraordinary meeting chaired by the president and "
        "then denounced Mali's seizure of the border post."
    )
    assert first_dyad(coder, text) == ("ACCUSE", "111", "SEN", "MLI")


def test_a_meeting_with_a_foreign_minister_stays_a_consultation(coder: Coder) -> None:
    text = "Japan's foreign minister held a meeting with her Australian counterpart in Tokyo."
    assert first_dyad(coder, text) == ("CONSULT", "040", "JPN", "AUS")


# --- a scene visited is no visit to a party; "would pay a heavy price" is a threat ------------


def test_a_scene_visited_is_no_visit_codes_nothing(coder: Coder) -> None:
    found = first_dyad(coder, "The king visited the scene of the blast in Amman on Sunday.")
    assert found is None


def test_the_speaker_threatens_the_side_that_would_pay(coder: Coder) -> None:
    text = "Mali's junta leader said Senegal would pay dearly for sheltering the plotters."
    assert first_dyad(coder, text) == ("THREATEN", "130", "MLI", "SEN")


def test_a_visit_to_a_capital_stays_a_visit(coder: Coder) -> None:
    text = "Pakistan's prime minister visited Kabul for talks with the Taliban."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("CONSULT", "042")


def test_salaries_paid_are_no_threat_codes_nothing(coder: Coder) -> None:
    found = first_dyad(coder, "The government said it would pay the salaries of striking nurses.")
    assert found is None


# --- two acts of one side told in a row: the first is the sentence's (guide section 1) -------


def test_the_first_of_two_acts_of_one_side_leads(coder: Coder) -> None:
    text = (
        "Bolivia's government ordered troops to the Chapare region and promised aid to farmers "
        "hit by the floods."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("MOBILIZE", "154")


def test_a_later_act_of_another_side_gives_way_to_the_first_clause(coder: Coder) -> None:
    # round 53 (types53): two main clauses joined by ", and", each with a subject of its own,
    # are labelled by the first (guide section 1); this test asserted Lima's recall until then
    text = (
        "Bolivia closed two border crossings with Peru, and Lima recalled its ambassador from "
        "La Paz."
    )
    assert first_dyad(coder, text) == ("COERCE", "191", "BOL", "PER")


# --- a crowd that burns riots (guide point 42), however far its verb ---------------------------


def test_protesters_who_burned_tyres_rioted(coder: Coder) -> None:
    text = "Protesters in the northern suburbs of the capital Conakry burned tyres on Tuesday."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "145")


def test_soldiers_who_burned_homes_destroyed_them(coder: Coder) -> None:
    found = first_dyad(
        coder, "Soldiers in the northern suburbs of the town burned dozens of homes."
    )
    assert found is not None and found[:2] == ("ASSAULT", "1712")
