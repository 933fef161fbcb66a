"""Round 46 (miss46): acts of relevant sentences the coder gave nothing for, found by the stage
that dropped them (docs/coder.md, Round 46). Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, events_in, recommended_coder, site_codes_in

coder = recommended_coder


# --- troops ordered out at home (docs/labelling.md, point 27) ---


def test_soldiers_ordered_onto_standby_are_mobilized(coder: Coder) -> None:
    """ "ordered ... onto standby": the alert order told with "onto" as with "on"."""
    text = (
        "Ahead of Sunday's verdict, Bolivia's defence minister ordered two army battalions onto "
        "standby near La Paz."
    )
    assert code_list(coder, text)[:1] == ["152"]


def test_a_ferry_ordered_onto_a_route_is_no_alert_codes_nothing(coder: Coder) -> None:
    """Near miss: "onto" without an alert word puts no force on standby."""
    text = "The transport board ordered two extra ferries onto the island route for the holidays."
    assert code_list(coder, text) == []


def test_army_ordered_to_help_police_is_mobilized(coder: Coder) -> None:
    """ "ordered the army to help police secure ...": forces sent out beside the police."""
    text = (
        "Citing a wave of looting, the cabinet in Lusaka ordered its troops to assist police "
        "officers at highway checkpoints."
    )
    assert code_list(coder, text)[:1] == ["150"]


def test_army_ordered_to_help_flood_victims_is_no_mobilization(coder: Coder) -> None:
    """Near miss: the army sent to help people, no police named, is no security deployment."""
    text = (
        "Citing the floods, the cabinet in Lusaka ordered its troops to assist farmers whose "
        "crops were washed away."
    )
    assert code_list(coder, text) == ["154"]


# --- a threat of response reached over a longer reporting gap ---


def test_respond_firmly_after_a_long_reporting_gap_is_a_threat(coder: Coder) -> None:
    """ "said on Tuesday in a radio interview that Fiji would respond decisively": eight words
    between the saying and the threat."""
    text = (
        "The navy chief said on Tuesday in a radio interview that Fiji would respond decisively "
        "to any incursion by foreign trawlers."
    )
    assert code_list(coder, text)[:1] and code_list(coder, text)[0].startswith("13")


def test_respond_to_questions_is_no_threat_codes_nothing(coder: Coder) -> None:
    """Near miss: a reply promised to questions, however far from the saying, threatens no one."""
    text = (
        "The navy chief said on Tuesday in a radio interview that his office would respond to "
        "the auditors' questions within a month."
    )
    assert code_list(coder, text) == []


# --- "before and during": a time of the act, no closing "before" ---

LEAD = "Students at the national university in Valdoria marched for a third day on Monday. "


def test_charge_of_contact_before_and_during_the_riots_is_kept(coder: Coder) -> None:
    """ "accused X of ordering the arrests before and during the strike": the paired
    prepositions date the act charged, they do not close the clause as "before" alone does
    ("has rejected such claims before")."""
    body = LEAD + (
        "Opposition leader Dara Voss accused the army chief of ordering the arrests of students "
        "before and during the strike."
    )
    assert "112" in site_codes_in(coder, body, 1)


def test_charge_made_before_is_still_background_codes_nothing(coder: Coder) -> None:
    """Near miss: the same charge closed by "before" alone was made before the news."""
    body = LEAD + "Opposition leader Dara Voss has accused the army chief of lying before."
    assert site_codes_in(coder, body, 1) == set()


# --- verb classes the lexicon lacked (PETRARCH-2's fallback found only weak verbs) ---


def test_airspace_closed_to_a_states_flights_is_a_sanction(coder: Coder) -> None:
    """ "closed its airspace to all aircraft from X": the air shut to one state's flights."""
    text = "Ottawa closed its airspace to all aircraft from Belarus on Friday."
    assert code_list(coder, text)[:1] == ["163"]


def test_airspace_closed_for_hours_stays_a_closure(coder: Coder) -> None:
    """Near miss: the air shut to every flight for a time names no state: no sanction."""
    text = "Bhutan shut its airspace to every civilian plane until the ash cloud had cleared."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # an airspace shut for an ash cloud is coded a sanction.
    assert "163" not in code_list(coder, text)


def test_said_a_state_failed_in_its_duty_is_a_charge(coder: Coder) -> None:
    """ "said Iraq had failed in its duty ... to protect": the charge told with the duty."""
    text = (
        "Speaking in Lima, Chile's interior minister insisted that Peru was failing in its "
        "responsibilities as host of the border fair."
    )
    assert code_list(coder, text)[:1] == ["112"]


def test_failed_in_a_bid_is_no_charge_codes_nothing(coder: Coder) -> None:
    """Near miss: a bid that failed names no duty and charges no one."""
    text = (
        "Chile's interior minister insisted that Peru was failing in its bid to host the border "
        "fair."
    )
    assert code_list(coder, text) == []


def test_training_with_another_states_army_is_an_exercise(coder: Coder) -> None:
    """ "taking part in ... training with the Defence Force": a joint exercise."""
    text = "Two Dutch frigates are taking part in a week of training with the Ghanaian navy."
    assert code_list(coder, text)[:1] == ["150"]


def test_training_with_a_charity_is_no_exercise_codes_nothing(coder: Coder) -> None:
    """Near miss: training with a charity's volunteers names no force."""
    text = "Forty nurses are taking part in a week of training with the Red Cross."
    assert code_list(coder, text) == []


def test_delegation_sent_to_a_capital_is_a_visit(coder: Coder) -> None:
    """ "has sent a delegation of lawmakers to X to examine": the sender's visit."""
    text = "The Council of Europe has sent a delegation of jurists to Tirana to review the courts."
    assert code_list(coder, text)[:1] == ["042"]


def test_no_delegation_sent_is_no_visit_codes_nothing(coder: Coder) -> None:
    """Near miss: a parcel sent to a capital is no delegation."""
    text = "The Council of Europe has sent a parcel of reports to Tirana for the courts."
    assert code_list(coder, text) == []


# --- a strike threatened by its callers, in agency copy ---
# (coded alone, or on a news site, the plain "warned" and "would call a strike" already pass;
# under an agency dateline the first fell under the agency floor and the second was set aside
# as an announced plan)

WIRE_LEAD = (
    "PORT ELLIS, May 3 (Reuters) - Dock workers in Port Ellis marched on the harbour office on "
    "Friday against a plan to sell the container terminals. "
)


def wire_codes(coder: Coder, text: str) -> list[str]:
    """The CAMEO codes of `text` as the second sentence of an agency report."""
    return [event.cameo_code for event in events_in(coder, WIRE_LEAD + text, 1)]


def test_union_warning_it_would_call_a_strike_is_a_threat(coder: Coder) -> None:
    """ "warned it would call a general strike if ...": a strike its callers foretell (133),
    not an announced plan."""
    text = (
        "The dockworkers' federation warned it would call a three-day strike if the port "
        "authority sold the terminals."
    )
    assert wire_codes(coder, text)[:1] == ["133"]


def test_union_warning_it_would_call_a_meeting_is_no_strike_threat(coder: Coder) -> None:
    """Near miss: a meeting called is no strike threatened."""
    text = (
        "The dockworkers' federation warned it would call a meeting of delegates if the port "
        "authority sold the terminals."
    )
    assert wire_codes(coder, text) == ["130"]
