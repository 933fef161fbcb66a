"""Round 47 (miss47w): acts of relevant agency sentences the coder gave nothing for, sorted by
the stage that dropped them (no trigger, the agency floor, a plan aside) and fixed by class:
a court's order to hold someone, blows and scuffles, a crowd gathered against a ban, naval
craft sent to a place, aid carried or promised, a backed strike, a welcomed ruling, a show of
force or a strike threatened on a condition. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, second, second_events

coder = recommended_coder

LEAD = (
    "TEGUCIGALPA, March 4 (Reuters) - Honduran police detained two union organisers in San Pedro "
    "Sula on Monday, their federation said. "
)


def _second_codes(coder: Coder, text: str, lead: str = LEAD) -> list[str]:
    return [event.cameo_code for event in second_events(coder, text, lead)]


# --- a court's order to hold someone (173) ---


def test_judge_ordering_a_person_held_is_a_detention(coder: Coder) -> None:
    text = "A magistrate in Comayagua ordered the former customs chief held in custody for 60 days."
    assert _second_codes(coder, text)[:1] == ["173"]


def test_ordered_held_passive_is_a_detention(coder: Coder) -> None:
    text = "The two councillors were ordered held pending a hearing on graft charges next month."
    assert code_list(coder, text)[:1] == ["173"]


def test_orders_held_in_reserve_is_no_detention_codes_nothing(coder: Coder) -> None:
    """Near miss: a noun "orders" and "held in" is a measure kept back, no one detained."""
    text = "The finance office said the import orders would be held in reserve until the spring."
    assert code_list(coder, text) == []


# --- blows and scuffles (18), a crowd's scuffle (14) ---


def test_guards_punching_and_kicking_is_an_assault(coder: Coder) -> None:
    text = (
        "Honduran soldiers scuffled with Nicaraguan border police at the Guasaule crossing, "
        "punching and kicking two of them, a witness said."
    )
    assert "ASSAULT" in second(coder, text, LEAD)


def test_crowd_scuffle_after_a_rally_stays_a_protest(coder: Coder) -> None:
    """Near miss: a crowd that gathered and then scuffled with gendarmes rallied (141)."""
    text = (
        "Hundreds of his supporters gathered outside the tribunal in Tegucigalpa, singing and "
        "waving flags, and later scuffled with gendarmes."
    )
    assert second(coder, text, LEAD) == ["PROTEST"]


# --- a crowd gathered against a ban (141) ---


def test_gathering_despite_a_ban_is_a_protest(coder: Coder) -> None:
    text = (
        "About two thousand people gathered in Morazan Square despite a ban on street meetings, "
        "some holding flags."
    )
    assert _second_codes(coder, text)[:1] == ["141"]


def test_gathering_with_no_ban_is_no_protest_codes_nothing(coder: Coder) -> None:
    """Near miss: a crowd gathered at a square, nothing defied."""
    text = "About two thousand people gathered in Morazan Square for the Easter procession."
    assert _second_codes(coder, text) == []


# --- naval craft sent to a place (154) ---


def test_patrol_ships_sent_to_a_reef_are_a_deployment(coder: Coder) -> None:
    text = "The Honduran navy sent three patrol boats to the Swan Islands on Tuesday."
    assert "MOBILIZE" in second(coder, text, LEAD)


def test_patrol_ships_sent_to_rescue_are_no_deployment_codes_nothing(coder: Coder) -> None:
    """Near miss: craft sent to look for fishermen lost at sea."""
    text = (
        "The Honduran navy sent three patrol boats to search for eleven fishermen missing off "
        "La Ceiba."
    )
    assert second(coder, text, LEAD) == []


# --- aid carried and aid promised (07, 03) ---


def test_planes_carrying_relief_supplies_deliver_aid(coder: Coder) -> None:
    text = "Two Mexican air force planes carrying tents and medicines landed in Tegucigalpa."
    assert code_list(coder, text)[:1] == ["070"]


def test_a_state_that_would_send_supplies_offers_aid(coder: Coder) -> None:
    text = "Guatemala's foreign ministry said it would send relief supplies to Honduras at once."
    assert _second_codes(coder, text)[:1] == ["033"]


def test_a_state_that_would_send_troops_makes_a_plan(coder: Coder) -> None:
    """Near miss: troops a state would send are a plan told (docs/labelling.md, section 1)."""
    text = "Guatemala's defence ministry said it would send 900 more troops to the border area."
    assert _second_codes(coder, text) == []


# --- support told by its object (051) ---


def test_party_backing_a_strike_supports_it(coder: Coder) -> None:
    text = "The opposition Liberal Party backed the strike called by the dockers' union."
    assert second(coder, text, LEAD)[:1] == ["SUPPORT"]


def test_welcoming_a_verdict_is_support(coder: Coder) -> None:
    text = "Opposition deputies welcomed the ruling."
    assert second(coder, text, LEAD)[:1] == ["SUPPORT"]


def test_welcoming_delegates_is_no_verdict_welcomed_codes_nothing(coder: Coder) -> None:
    """Near miss: guests welcomed to a conference are no court's decision backed."""
    text = "The organisers welcomed the delegates to the coffee growers' fair in Copan."
    assert second(coder, text, LEAD) == []


# --- a condition makes a show of force or a strike a threat (13) ---


def test_alert_promised_if_others_act_is_a_threat(coder: Coder) -> None:
    text = (
        "The defence minister said he would put the border brigades on full alert if the raids "
        "on Honduran farms went on."
    )
    assert (_second_codes(coder, text) or ["-"])[0].startswith("13")


def test_alert_announced_with_no_condition_is_no_threat(coder: Coder) -> None:
    """Near miss: the same alert told with no condition is no threat."""
    text = "The defence minister said the border brigades had been put on full alert."
    assert _second_codes(coder, text) == ["152"]


def test_strike_resumed_if_promises_are_broken_is_a_threat(coder: Coder) -> None:
    text = (
        "The teachers' union said its members would resume the strike if the ministry broke "
        "its word."
    )
    assert "133" in _second_codes(coder, text)


def test_strike_resumed_with_no_condition_is_a_plan_codes_nothing(coder: Coder) -> None:
    """Near miss: a strike the union would resume, no condition named, is a plan."""
    text = "The teachers' union said its members would resume the strike after the holidays."
    assert _second_codes(coder, text) == []


# --- a response promised (130) and a refusal told to an envoy (114) ---


def test_saying_its_capital_would_respond_is_a_threat(coder: Coder) -> None:
    text = (
        "The Peruvian embassy in Quito called the expulsions baseless and said Lima would respond."
    )
    assert "130" in _second_codes(coder, text)


def test_would_respond_to_a_letter_is_no_threat_codes_nothing(coder: Coder) -> None:
    """Near miss: a reply promised to a letter threatens no one."""
    text = "The labour ministry said it would respond to the union's letter before Friday."
    assert _second_codes(coder, text) == []


def test_telling_an_envoy_a_conduct_is_not_accepted_is_a_complaint(coder: Coder) -> None:
    text = (
        "Foreign Minister Eduardo Reina told the Nicaraguan ambassador that Honduras would not "
        "accept any more incursions by its border police."
    )
    assert _second_codes(coder, text)[:1] == ["114"]


def test_telling_an_envoy_of_a_visit_is_no_complaint(coder: Coder) -> None:
    """Near miss: a plan told to the envoy is no complaint."""
    text = (
        "Foreign Minister Eduardo Reina told the Nicaraguan ambassador that Honduras would host "
        "the customs talks in April."
    )
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # an envoy told of talks to be hosted may be a consultation (04).
    assert "114" not in _second_codes(coder, text)
