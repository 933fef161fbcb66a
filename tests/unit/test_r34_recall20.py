"""Round 34, recall20: agency phrasings of clear acts that yielded no event or the wrong type:
force told by a speaker with a word of blame ("said X had carried out unprovoked shelling", "said
police had used excessive force") is the speaker's charge on its doer (112); troops sent with their
armoured vehicles, armoured units moved to a town and patrol boats sent to guard something are a
deployment (154), not arms supplied; "said any offensive would be met with a painful response"
and "said it would respond to the strikes" are threats (13). Each has a near miss that stays
without the act. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    article,
    coded_as,
    events,
    first_dyad,
    of_type,
    recommended_coder,
    types,
)

coder = recommended_coder


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Vietnam's foreign ministry said Laos had carried out unprovoked shelling that "
            "wounded two farmers.",
            ("VNM", "LAO"),
        ),
        (
            "Ghana's human rights commission said the police had used excessive force against "
            "peaceful marchers in Accra.",
            ("GHA", "GHA"),
        ),
        (
            "Kenya's defence ministry told reporters that Ethiopian forces were carrying out "
            "indiscriminate bombing near the border.",
            ("KEN", "ETH"),
        ),
    ],
)
def test_force_told_with_a_word_of_blame_is_the_speakers_charge(
    coder: Coder, text: str, pair: tuple[str, str]
) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert (dyad[0], dyad[2], dyad[3]) == ("ACCUSE", *pair)


def test_force_told_without_blame_stays_the_act(coder: Coder) -> None:
    text = "Vietnam's foreign ministry said Laotian artillery had shelled a border post overnight."
    assert types(coder, text) == {"ASSAULT"}


def test_force_without_a_speaker_is_no_charge_codes_nothing(coder: Coder) -> None:
    text = "The court ruled that the use of force at the march had not been excessive."
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent additional troops and armoured vehicles to the Mandera region, the defence "
        "ministry said.",
        "Rebel commanders moved armoured units to the lakeside town of Kalemie, residents said.",
        "Ecuador's navy sent three patrol boats to guard the oil terminal at Balao, the ministry "
        "said.",
    ],
)
def test_forces_sent_or_moved_are_a_deployment(coder: Coder, text: str) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert (dyad[0], dyad[1]) == ("MOBILIZE", "154")


def test_armoured_vehicles_sent_to_an_ally_stay_arms_supplied(coder: Coder) -> None:
    text = "Kenya sent 20 armoured vehicles to the Somali army, the defence ministry said."
    assert types(coder, text) == {"AID"}


def test_housing_units_moved_are_no_deployment(coder: Coder) -> None:
    text = "The developer moved 300 housing units to the market in Nairobi last year."
    assert events(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'A rebel spokesman said in a radio address that any army offensive would be met with "a '
        'painful response."',
        "Nepal's army chief said any incursion into the district will be met with force.",
        "A Taliban spokesman said the government would respond to the strikes.",
    ],
)
def test_force_promised_in_answer_is_a_threat(coder: Coder, text: str) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert dyad[0] == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the plan would be met with a lukewarm response from investors.",
        "Laos said it would respond to the proposal next week.",
    ],
)
def test_a_reception_or_a_reply_to_a_proposal_is_no_threat_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. mission said dozens of civilians had been killed in the raid and called for an "
        "investigation.",
        "Human Rights Watch said the marchers had been beaten and urged restraint.",
    ],
)
def test_a_call_after_a_reported_clause_and_a_bare_and_is_the_speakers(
    coder: Coder, text: str
) -> None:
    event = of_type(events(coder, text), "REQUEST")
    assert event.source is not None
    assert event.source.sector in ("IGO", "NGO")
    assert event.target is None  # the reported clause's victims are not the ones called on


def test_an_act_of_force_after_a_bare_and_keeps_the_reported_subject(coder: Coder) -> None:
    text = "The Zambian army said the rebels had stormed the town and burned the market."
    # Pinned to the part that is right by the guide (round 48's list):
    # one event a sentence; a stormed town is the country's.
    assert coded_as(events(coder, text))[0][:3] == ("ASSAULT", "190", "ZMBREB")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students defied a ban to march through central Lusaka on Sunday.",
        "Opposition supporters defied a curfew to take to the streets of the capital again.",
    ],
)
def test_a_ban_defied_to_march_is_the_protest(coder: Coder, text: str) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert (dyad[0], dyad[1]) == ("PROTEST", "141")


def test_a_ban_defied_alone_stays_a_rule_defied(coder: Coder) -> None:
    text = "The opposition party defied a court ban on its activities, the ministry said."
    assert types(coder, text) == {"REJECT"}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Minsk shut down the offices of two opposition newspapers on Tuesday.",
        "Authorities in Harare sealed the headquarters of the opposition party.",
    ],
)
def test_offices_shut_by_the_state_are_coercion(coder: Coder, text: str) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert (dyad[0], dyad[1]) == ("COERCE", "172")


@pytest.mark.parametrize(
    "text",
    [
        "The bank closed its offices in Nairobi last year.",
        "Authorities closed schools in the region because of the floods.",
    ],
)
def test_offices_or_schools_closed_for_business_or_weather_are_no_act_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert types(coder, text) == set()


def test_force_as_the_goal_of_a_deployment_is_no_act(coder: Coder) -> None:
    text = (
        "The army sent about 4,000 troops to the Chapare region to regain control of the area, "
        "the defence ministry said."
    )
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert dyad[0] == "MOBILIZE"
    assert "COERCE" not in types(coder, text)


def test_force_done_after_a_deployment_stays_an_act(coder: Coder) -> None:
    text = "Troops sent to the region last week recaptured the town of Ouahigouya on Sunday."
    assert "COERCE" in types(coder, text) or "ASSAULT" in types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fighters rounded up farmers harvesting maize near the village, residents said.",
        "Jihadist militants detained three aid workers near Timbuktu on Monday.",
    ],
)
def test_people_seized_by_rebels_are_abducted(coder: Coder, text: str) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert (dyad[0], dyad[1]) == ("ASSAULT", "181")


@pytest.mark.parametrize(
    "text",
    [
        "Police detained three aid workers near Timbuktu on Monday.",
        "The rebels captured two soldiers in an ambush near the border.",
    ],
)
def test_arrests_by_the_state_or_soldiers_captured_stay_arrests(coder: Coder, text: str) -> None:
    assert types(coder, text) == {"COERCE"}


def test_a_deployment_to_an_unknown_home_place_has_no_target(coder: Coder) -> None:
    body = (
        "LA PAZ, Bolivia (Reuters) - Bolivia's government declared a state of emergency in "
        "three provinces on Friday.\n\n"
        "The army sent 3,000 troops to Chimoré, the defence ministry said."
    )
    assert of_type(article(coder, body), "MOBILIZE").target is None


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda sent special forces to Bangui at Touadera's request, the Rwandan army said.",
        "Rwanda sent 500 troops to Bangui at the government's request.",
    ],
)
def test_troops_sent_at_a_possessive_request_are_aid(coder: Coder, text: str) -> None:
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert (dyad[0], dyad[1]) == ("AID", "074")


def test_troops_sent_with_a_request_elsewhere_stay_a_deployment(coder: Coder) -> None:
    text = "Rwanda sent troops to the border, and the minister said Kigali would request talks."
    dyad = first_dyad(coder, text)
    assert dyad is not None
    assert dyad[0] == "MOBILIZE"
