"""Round 31, feedrel17: news-site copy that gave false events or a wrong party (sentences
written for these tests; docs/labelling.md, section 1: business, animals, a speech's setting
and an office's running of itself are not acts between political actors)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, sides_of, undated, undated_codes

coder = recommended_coder


# "business leaders", "company bosses", "industry executives" are business people (BUS): a
# president meeting them at home is business, and the city they are met in is no party.
@pytest.mark.parametrize(
    "text",
    [
        "Mexico's president met business leaders in Monterrey on Wednesday to discuss investment.",
        "The Kenyan president met company bosses in Mombasa to discuss the new port.",
    ],
)
def test_business_leaders_met_at_home_are_no_event(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_another_countrys_business_leaders_keep_the_meeting(coder: Coder) -> None:
    found = undated(coder, "The Kenyan president met German business leaders on Wednesday.")
    assert found and found[0].cameo_code.startswith("04")
    assert sides_of(found[0]) == ("KEN", "DEU")


# Force used on an animal is no act between parties; force on a person stays.
@pytest.mark.parametrize(
    "text",
    [
        "Wildlife officials shot the animal with a tranquilliser dart in a garden in Nairobi.",
        "Police shot a leopard that had strayed into a village near Kampala.",
        "Rangers captured the escaped lion after two days on the loose in Johannesburg.",
    ],
)
def test_force_on_an_animal_is_no_event(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_force_on_a_gunman_keeps_its_event(coder: Coder) -> None:
    assert undated_codes(coder, "Kenyan police shot the gunman dead near the Nairobi mall.") != []


# "released from hospital" is a patient sent home and "freed up funds" money made available:
# no one set free (0841). Release from custody stays.
@pytest.mark.parametrize(
    "text",
    [
        "The former Brazilian president was released from hospital on Sunday, his office said.",
        "The Indian government freed up 2 billion dollars for flood relief in Assam.",
    ],
)
def test_a_patient_sent_home_or_money_freed_is_no_release(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_a_release_from_custody_keeps_its_event(coder: Coder) -> None:
    codes = undated_codes(coder, "Ugandan police released the opposition activist from custody.")
    assert codes and codes[0].startswith("084")


# An office giving its own staff their orders (an appeal, a demand or a warning to its bare
# "officials") runs itself; another country's officials stay (relevance.own_staff_order).
@pytest.mark.parametrize(
    "text",
    [
        "The chief minister of Bihar asked officials to speed up relief work in flooded villages.",
        "The Indian minister warned officials of strict action against negligence.",
        "The prime minister urged officials to crack down on hoarders.",
    ],
)
def test_orders_to_ones_own_officials_are_no_event(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_a_warning_to_another_countrys_officials_stays(coder: Coder) -> None:
    found = undated(coder, "The Indian foreign minister warned Chinese officials of consequences.")
    assert found and found[0].cameo_code.startswith("13")
    assert sides_of(found[0]) == ("IND", "CHN")


# The rally a politician addresses or speaks at is the setting of a speech, and a campaign or
# election rally canvasses votes: no protest (141), no meeting (040). A rally held to demand
# something stays a protest; so does force used on a campaign rally.
@pytest.mark.parametrize(
    "text",
    [
        "Addressing a rally in Jaipur, the Congress leader said the government had failed the "
        "youth of the country.",
        "The Indian prime minister addressed a rally in Varanasi on Sunday.",
        "Addressing supporters at a rally in Karachi, the party chief said his party would win.",
        "Addressing a public meeting in Patna, the chief minister said the state would get a new "
        "airport.",
        "At a campaign rally in Ohio, the US senator said he would cut taxes.",
    ],
)
def test_a_rally_addressed_is_no_protest(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_an_accusation_made_at_an_election_rally_is_the_only_event(coder: Coder) -> None:
    text = "Speaking at an election rally, the Indian prime minister accused the Congress party "
    found = undated(coder, text + "of insulting the army.")
    assert [event.plover_type for event in found] == ["ACCUSE"]


def test_a_rally_held_to_demand_stays_a_protest(coder: Coder) -> None:
    text = "Opposition supporters held a rally in Lahore on Sunday to demand fresh elections."
    assert [event.plover_type for event in undated(coder, text)][:1] == ["PROTEST"]


def test_tear_gas_fired_at_a_campaign_rally_is_the_only_event(coder: Coder) -> None:
    found = undated(coder, "Zimbabwean police fired tear gas at an opposition campaign rally.")
    assert [event.cameo_code[:2] for event in found] == ["17"]


# A state's named office and the state itself are one side (context.same_entity): the embassy
# hosting an event "between China and Kenya" is aimed at Kenya, not at China.
def test_a_states_office_does_not_target_its_own_state(coder: Coder) -> None:
    text = (
        "The Chinese Embassy in Nairobi hosted a reception on Friday to mark 60 years of "
        "relations between China and Kenya."
    )
    found = undated(coder, text)
    assert found and sides_of(found[0]) == ("CHN", "KEN")


def test_people_named_by_their_demonym_still_target_their_government(coder: Coder) -> None:
    text = "Thousands of Kenyans marched in Mombasa, demanding that the government scrap the tax."
    found = [event for event in undated(coder, text) if event.plover_type == "REQUEST"]
    assert found and sides_of(found[0]) == ("KEN", "KEN")


# A forecast or a projection turned down is a view of the economy, no proposal or demand
# rejected (12); a demand turned down stays a rejection.
@pytest.mark.parametrize(
    "text",
    [
        "Germany's economy minister rejected the central bank's forecast as too gloomy.",
        "The Indian finance minister dismissed the IMF's growth projections on Tuesday.",
    ],
)
def test_a_forecast_rejected_is_no_event(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_a_demand_rejected_stays_a_rejection(coder: Coder) -> None:
    codes = undated_codes(coder, "Kenya rejected the IMF's demand for new taxes on Tuesday.")
    assert codes and codes[0].startswith("12")
