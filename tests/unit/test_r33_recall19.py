"""Round 33, recall on news copy: relevant sentences that gave no event. Forces raised
("called up 5,000 reservists", "ordered a general mobilisation", "rushed troops to"), drills
begun with agency copy's other verbs ("launched large-scale drills", "carried out exercises"),
a party subject before a hyphenated object ("China's military launched large-scale drills":
the verb was read as a noun, "a military launch"), crowds gathered anywhere to demand and
people who join a march, and a speaker's charge of war crimes or of meddling. Each has a near
miss that stays without the act. Every sentence in these tests was written for them (places
outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    article,
    code_list,
    country,
    events_in,
    first_act,
    first_dyad,
    recommended_coder,
    types,
)

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Poland called up 5,000 reservists for training exercises.",
        "The army called up 10,000 reservists on Sunday.",
        "Israel called up reservists ahead of a possible ground offensive.",
        "Ukraine ordered a general mobilisation on Friday.",
        "India rushed additional troops to the border after the clashes.",
    ],
)
def test_forces_raised_or_rushed_are_a_mobilisation(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("MOBILIZE", "15")


def test_a_player_called_up_from_the_reserves_is_no_mobilisation_codes_nothing(
    coder: Coder,
) -> None:
    text = "The coach called up two strikers from the reserves for Saturday's match."
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Japan's navy launched live-fire drills off Okinawa on Friday.",
        "The navy carried out exercises in the Black Sea on Tuesday.",
        "Russia's Pacific Fleet kicked off drills near the Kuril Islands.",
    ],
)
def test_drills_launched_or_carried_out_are_a_show_of_force(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("MOBILIZE", "15")


def test_a_party_subject_before_a_hyphenated_object_acts(coder: Coder) -> None:
    """'China's military launched large-scale drills ..., sending warships': the drill is the
    main act; the verb is no noun ("a military launch") because a hyphenated word follows."""
    body = (
        "TAIPEI (Reuters) - China's military launched round-the-clock drills near Taiwan's "
        "outlying islands on Saturday, sending drones and coast guard cutters toward Kinmen."
    )
    found = article(coder, body)
    assert found and found[0].plover_type == "MOBILIZE"
    assert (country(found[0].source), country(found[0].target)) == ("CHN", "TWN")


def test_a_launch_named_after_military_stays_a_noun_codes_nothing(coder: Coder) -> None:
    text = "The military launch site near the coast was damaged by the storm."
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered in Yerevan to demand the prime minister's resignation.",
        "Thousands of people joined a march through Warsaw on Sunday.",
        "Hundreds of students joined the protests in the capital.",
    ],
)
def test_crowds_gathered_to_demand_or_joining_a_march_protest(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("PROTEST", "14")


def test_leaders_gathered_to_call_for_a_truce_do_not_protest(coder: Coder) -> None:
    text = "European leaders gathered in Brussels to call for a ceasefire in Gaza."
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # leaders gathered to call for a truce may make an appeal (02).
    assert "PROTEST" not in types(coder, text)


def test_war_crimes_told_by_a_speaker_are_the_speakers_charge(coder: Coder) -> None:
    text = "Ukraine's president said Moscow had committed war crimes in the region."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "UKR", "RUS")


def test_meddling_told_by_a_speaker_is_the_speakers_charge(coder: Coder) -> None:
    text = "Beijing said Washington was interfering in its internal affairs."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "CHN", "USA")


def test_a_denial_of_meddling_is_no_charge_codes_nothing(coder: Coder) -> None:
    text = "Moscow said it had never interfered in the election."
    assert types(coder, text) == set()


def test_war_crimes_investigated_are_no_charge(coder: Coder) -> None:
    """An inquiry (090) opened into possible crimes charges no one with them (no 112)."""
    text = "The court said it was investigating possible war crimes in the region."
    assert code_list(coder, text) == ["090"]


@pytest.mark.parametrize(
    "text",
    [
        "Warships were dispatched to the Gulf on Thursday.",
        "Soldiers were stationed outside government buildings after the coup.",
        "North Korea staged an artillery drill near the border.",
        "North Korea test-launched a new solid-fuel missile on Friday.",
    ],
)
def test_forces_moved_in_the_passive_drills_and_test_launches_mobilise(
    coder: Coder, text: str
) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("MOBILIZE", "15")


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were sent to hospital after the accident.",
        "The students held a fire drill on Monday.",
        "The firm held an evacuation drill at the plant.",
    ],
)
def test_soldiers_sent_to_hospital_and_fire_drills_are_no_show_of_force_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert types(coder, text) == set()


def test_unrest_incited_told_by_a_speaker_is_the_speakers_charge(coder: Coder) -> None:
    text = "Moscow said Kyiv was inciting violence against Russian speakers."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "RUS", "UKR")


def test_responsibility_laid_on_a_party_by_a_speaker_is_a_charge(coder: Coder) -> None:
    body = (
        "Iran's foreign ministry issued a statement on Sunday. The statement said Israel bore "
        "full responsibility for the consequences of the strike."
    )
    found = events_in(coder, body, 1)
    assert found and (found[0].cameo_code, country(found[0].target)) == ("112", "ISR")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said rising prices were stoking fears of unrest.",
        "The minister said the government bore no responsibility for the floods.",
    ],
)
def test_fears_stoked_and_responsibility_disowned_are_no_charge_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert code_list(coder, text) == []
