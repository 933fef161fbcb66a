"""Round 29, recall: agency phrasings of real acts that gave no event at the recommended
floors (in agency copy the score must reach 0.55): a request of a party named at length
("asked the government of X to release him"), a petition, a trip "for talks", a deal
"inked", thanks for a named kind of help, "hit back at", a detainee "held incommunicado",
radio stations shut down. Each has a near miss that stays without the act. Every sentence in
these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, country, events, recommended_coder, second, second_events

coder = recommended_coder

LEAD = "HARARE, Zimbabwe (Reuters) - Zimbabwe's cabinet met on Tuesday to discuss the budget. "
FINNISH = "HELSINKI (Reuters) - Finland's government met on Monday to discuss the budget. "


def _types(coder: Coder, text: str, lead: str = LEAD) -> list[str]:
    return second(coder, text, lead)


@pytest.mark.parametrize(
    "text",
    [
        "Finland's foreign ministry said it had asked the government of President Emmerson "
        "Mnangagwa to release the two researchers.",
        "The bishops asked the transitional authorities in the capital to free the detained "
        "students.",
    ],
)
def test_a_request_of_a_party_named_at_length_is_an_appeal(coder: Coder, text: str) -> None:
    assert "REQUEST" in _types(coder, text)


def test_asked_whether_they_would_release_is_no_appeal_codes_nothing(coder: Coder) -> None:
    text = "Reporters asked whether the government planned to release the two researchers."
    assert _types(coder, text) == []


def test_a_petition_to_parliament_is_an_appeal(coder: Coder) -> None:
    text = "Civil society groups petitioned parliament to scrap the new broadcasting bill."
    assert "REQUEST" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Finland's foreign minister flew to Tashkent for talks with her Uzbek counterpart.",
        "Finland's president travelled to Ashgabat on a two-day visit, his office said.",
    ],
)
def test_a_trip_for_talks_is_a_visit(coder: Coder, text: str) -> None:
    found = [e for e in second_events(coder, text, FINNISH) if e.plover_type == "CONSULT"]
    assert found and country(found[0].source) == "FIN"


def test_a_holiday_trip_is_no_visit_codes_nothing(coder: Coder) -> None:
    text = "Thousands of Finns flew to the Canary Islands on a package holiday this winter."
    assert _types(coder, text, FINNISH) == []


def test_a_deal_inked_is_signed(coder: Coder) -> None:
    text = "Zimbabwe and Botswana inked a deal on Friday to build a new bridge over the river."
    assert "SUPPORT" in _types(coder, text)


def test_thanks_for_help_is_praise_of_the_helper(coder: Coder) -> None:
    found = second_events(coder, "The minister thanked Finland for its donation of food aid.", LEAD)
    support = [e for e in found if e.plover_type == "SUPPORT"]
    assert support and country(support[0].target) == "FIN"


def test_thanks_for_coming_is_no_praise_codes_nothing(coder: Coder) -> None:
    text = "The minister thanked reporters for coming to the briefing."
    assert _types(coder, text) == []


def test_hit_back_at_is_criticism_not_a_strike(coder: Coder) -> None:
    text = "The foreign ministry hit back at the European Union, calling its statement biased."
    types = _types(coder, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_held_incommunicado_is_a_detention(coder: Coder) -> None:
    text = "Police held the opposition spokesman incommunicado for three days, his lawyer said."
    assert "COERCE" in _types(coder, text)


def test_radio_stations_shut_down_are_censored(coder: Coder) -> None:
    text = "The authorities shut down two independent radio stations on Wednesday."
    assert "COERCE" in _types(coder, text)


def test_petrol_stations_closed_are_no_censorship_codes_nothing(coder: Coder) -> None:
    text = "Owners closed dozens of petrol stations across the capital as fuel ran out."
    assert _types(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The military struck rebel positions near the town overnight.", "ASSAULT"),
        ("The military sent reinforcements to the northern province.", "MOBILIZE"),
        ("The military held exercises near the border on Tuesday.", "MOBILIZE"),
        ("The military shot down a drone over the capital.", "ASSAULT"),
    ],
)
def test_the_military_before_an_irregular_past_is_the_party(
    coder: Coder, text: str, plover: str
) -> None:
    """ "The military struck ...": "military" is the subject of an irregular past tense, as it
    is of "accused", not a modifier of the noun after it ("military drills")."""
    found = [e for e in second_events(coder, text, LEAD) if e.plover_type == plover]
    assert found and country(found[0].source) == "ZWE"


def test_military_drills_stay_a_modifier_with_their_own_party(coder: Coder) -> None:
    text = "Zimbabwe's neighbours said the military drills near the border were provocative."
    found = second_events(coder, text, LEAD)
    # Pinned to the part that is right by the guide (round 48's list):
    # the neighbours accuse Zimbabwe, not the reverse.
    assert [act[:2] for act in coded_as(found)] == [("ACCUSE", "111")]


@pytest.mark.parametrize(
    "text",
    [
        "Zimbabwean troops massed along the eastern border, officials said.",
        "The army has been massing tanks near the frontier for a week.",
    ],
)
def test_massed_troops_are_a_show_of_force(coder: Coder, text: str) -> None:
    assert "MOBILIZE" in _types(coder, text)


def test_mass_graves_of_soldiers_are_no_build_up_codes_nothing(coder: Coder) -> None:
    text = "Investigators found mass graves of soldiers near the old airstrip."
    assert _types(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners said the new broadcasting law was an assault on civil liberties.",
        "The opposition said the arrests were an attack on democracy.",
    ],
)
def test_an_act_called_an_attack_on_a_freedom_is_criticism(coder: Coder, text: str) -> None:
    """ "said the law was an assault on civil liberties": a verdict on the act, like "was
    unjust", in news-site copy (no dateline); not an assault."""
    found = events(coder, text)
    assert found and found[0].plover_type == "ACCUSE"


def test_an_attack_on_a_patrol_stays_no_criticism(coder: Coder) -> None:
    found = events(coder, "Gunmen carried out an attack on a police patrol near the market.")
    assert coded_as(found) == [("ASSAULT", "190", "REB", "COP")]
