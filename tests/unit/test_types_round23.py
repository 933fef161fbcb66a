"""Event types that news copy mixes up (round 23): a diplomatic protest lodged by summoning a
high commissioner, what protesters demand while they march, the act reported first rather than
one told in a "saying" clause after it, a policy dropped, units put on alert, a blockade
cleared by police. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, first_act, of_type

# --- 1. summoning a high commissioner or a chargé d'affaires is a protest lodged (11) -----------


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka's foreign ministry summoned India's high commissioner on Monday to protest "
        "against the incursion.",
        "Dhaka summoned the Pakistani deputy high commissioner over the remarks.",
        "The ministry summoned the Danish chargé d'affaires to protest the burning of a Koran.",
    ],
)
def test_summoning_a_commissioner_is_an_accusation(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("ACCUSE", "11", 3)


def test_a_bare_protest_verb_is_still_a_protest(coder: Coder) -> None:
    text = "Farmers gathered outside the ministry in Colombo on Monday to protest against the ban."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("PROTEST", "14")


# --- 2. what protesters want is the protest's content ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people marched in central Dhaka on Friday demanding the minister's "
        "resignation.",
        "Hundreds of nurses rallied outside the health ministry to demand higher pay.",
        "Students demonstrated in Conakry on Tuesday calling for the release of their leaders.",
    ],
)
def test_a_demand_made_in_a_march_is_the_march(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == ("14", "PROTEST")


def test_a_demand_of_its_own_after_a_march_stays_a_demand(coder: Coder) -> None:
    text = (
        "Opposition supporters marched through Lusaka on Saturday, and the party's leader "
        "later demanded that the president resign."
    )
    assert "REQUEST" in {event.plover_type for event in events(coder, text)}


# --- 3. one event a sentence: the act reported first, not one told in a "saying" clause ----------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Addis Ababa welcomed the deal, saying Cairo had agreed to share data on the dam.",
            "SUPPORT",
        ),
        (
            "Hun Sen thanked Beijing, saying China had sent doctors and vaccines to Cambodia.",
            "SUPPORT",
        ),
    ],
)
def test_an_act_told_in_a_saying_clause_comes_second(coder: Coder, text: str, plover: str) -> None:
    found = events(coder, text)
    assert len(found) == 2 and found[0].plover_type == plover  # the other is still coded


# --- 4. a policy dropped, a key demand named in passing ------------------------------------------


def test_a_bill_scrapped_is_a_concession(coder: Coder) -> None:
    text = "Nigeria's government scrapped the fuel tax bill on Thursday after a week of strikes."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("CONCEDE", "08")


def test_a_key_demand_named_in_passing_is_no_demand(coder: Coder) -> None:
    text = (
        "The Kenyan government dismissed the police chief on Tuesday, a key demand of the "
        "opposition."
    )
    assert {event.plover_type for event in events(coder, text)} == {"COERCE"}


def test_a_key_demand_accepted_is_still_yielding(coder: Coder) -> None:
    text = "Sri Lanka's cabinet met the key demands of the striking doctors on Monday."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[1] == "08"


# --- 5. shows of force and coercion worded at length ----------------------------------------------


def test_units_put_on_alert_at_length_are_a_show_of_force(coder: Coder) -> None:
    text = "Thailand's army put its units along the border with Cambodia on high alert."
    mobilize = of_type(events(coder, text), "MOBILIZE")
    assert mobilize.evidence.startswith("put")  # the order, not the bare noun "high alert"


def test_a_blockade_cleared_by_police_is_coercion(coder: Coder) -> None:
    text = "Bolivian police cleared a blockade near Cochabamba on Friday, arresting 20 people."
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == ("17", "COERCE")
    assert country(found[0].source) == "BOL"


def test_a_unanimous_vote_to_demand_is_a_demand(coder: Coder) -> None:
    text = "Peru's Congress voted unanimously to demand the release of the detained lawmakers."
    request = of_type(events(coder, text), "REQUEST")
    assert request.cameo_root == "10"


# --- 6. a protest lodged in the passive, aid named after its amount -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thailand's ambassador in Phnom Penh was summoned to protest the shelling.",
        "The Nigerien chargé d'affaires in Abuja had been summoned on Thursday over the border "
        "raid.",
    ],
)
def test_an_envoy_summoned_in_the_passive_is_an_accusation(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ACCUSE", "11")


@pytest.mark.parametrize(
    "text",
    [
        "Norway gave the Sudanese Red Crescent 20 million kroner of aid for the displaced.",
        "The Gulf state gave the Yemeni government more than 300 million dollars of aid for "
        "reconstruction.",
    ],
)
def test_aid_named_after_its_amount_is_aid(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("AID", "07")


# --- 7. a conversation reported first, a cordon by police ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Japan's foreign minister spoke to her South Korean counterpart on Monday and urged "
            "Seoul to keep the agreement.",
            "040",
        ),
        (
            "The Indian and Chinese commanders spoke over a hotline on Tuesday and agreed to pull "
            "back their troops.",
            "041",
        ),
    ],
)
def test_a_conversation_reported_first_is_the_act(coder: Coder, text: str, code: str) -> None:
    assert first_act(coder, text) == ("CONSULT", code, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian president spoke to reporters in Belgrade on Monday.",
        "Kenya's president spoke to the nation on Sunday evening.",
    ],
)
def test_speaking_to_the_press_or_the_nation_is_no_consultation_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert events(coder, text) == []


def test_roads_blocked_by_police_are_coercion_not_protest(coder: Coder) -> None:
    text = (
        "Riot police blocked roads leading to the opposition party's offices and detained 12 "
        "activists."
    )
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("COERCE", "17")
    protest = first_act(coder, "Truckers blocked roads leading to the capital on Monday.")
    assert protest is not None and protest[0] == "PROTEST"


# --- 8. an act in a subordinate clause after the first act is its circumstance ------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Peru's interior minister resigned on Friday as protesters threatened to march on "
            "Congress.",
            "RETREAT",
        ),
        (
            "Opposition supporters clashed with police in Dhaka after the court ordered the "
            "release of the former minister.",
            "PROTEST",  # unarmed people fighting police riot (145; round 28)
        ),
        (
            "The Houthis said they would keep attacking ships while Israel continued its "
            "offensive in Gaza.",
            "THREATEN",
        ),
    ],
)
def test_an_act_in_a_clause_of_circumstance_comes_second(
    coder: Coder, text: str, plover: str
) -> None:
    found = events(coder, text)
    assert len(found) == 2 and found[0].plover_type == plover


# --- 9. political backing extended is support, not aid -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties extended full support to the cabinet over the border dispute and "
        "condemned the shelling.",
        "Ankara offered its unwavering support to Baku.",
    ],
)
def test_backing_extended_is_support(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("SUPPORT", "05", 1)


def test_money_extended_as_support_is_still_aid(coder: Coder) -> None:
    text = "The European Union extended financial support to the Palestinian Authority."
    assert first_act(coder, text, "cameo_root") == ("AID", "07", 2)
