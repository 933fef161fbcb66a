"""Parties, round 24: a concession a state makes to no one named is to its own people. Every
sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad_in, in_sentence


def test_a_lifted_ban_is_a_concession_to_the_states_own_people(coder: Coder) -> None:
    body = (
        "BRATISLAVA (Reuters) - Slovakia's government lifted a ban on online betting on "
        "Tuesday after weeks of protests."
    )
    assert dyad_in(coder, body, 0, "CONCEDE") == ("SVK", "SVK")


def test_a_sacked_minister_is_a_concession_to_the_leaders_own_people(coder: Coder) -> None:
    body = "Slovak Prime Minister Robert Fico sacked his interior minister on Friday."
    assert dyad_in(coder, body, 0, "CONCEDE") == ("SVK", "SVK")


def test_a_concession_to_a_named_country_keeps_it(coder: Coder) -> None:
    body = "Hungary's government lifted its ban on Polish grain on Monday."
    assert dyad_in(coder, body, 0, "CONCEDE") == ("HUN", "POL")


def test_a_withdrawal_is_no_concession_to_the_groups_own_people(coder: Coder) -> None:
    body = "Zambian rebels withdrew from the town on Monday."
    assert dyad_in(coder, body, 0, "RETREAT") == ("ZMB", None)


# --- "warned that the navy would seize any trawler": the navy acts, it is not threatened ------


def test_a_warning_that_ones_own_navy_would_act_aims_at_the_other_side(coder: Coder) -> None:
    body = (
        "HANOI (Reuters) - Vietnam accused China of harassing its fishing boats near the Paracels. "
        "China's foreign ministry rejected the accusation and said Vietnam's boats had entered "
        "Chinese waters. Vietnam's defence minister warned that the navy would escort every "
        "fishing boat that sailed to the islands."
    )
    assert dyad_in(coder, body, 2, "THREATEN") == ("VNM", "CHN")


def test_a_warning_that_ones_own_country_would_act_aims_at_the_other_side(coder: Coder) -> None:
    body = (
        "ATHENS (Reuters) - Greece accused Turkey of violating its airspace near Rhodes. Turkey "
        "rejected the accusation and said Greece had armed its islands. Greek Prime Minister "
        "Kyriakos Mitsotakis warned that Greece would defend every island."
    )
    assert dyad_in(coder, body, 2, "THREATEN") == ("GRC", "TUR")


def test_a_warning_about_ones_own_forces_at_home_keeps_them(coder: Coder) -> None:
    body = "Zambia's interior minister warned that the police would arrest anyone who rioted."
    event = in_sentence(coder, body, 0, "THREATEN")
    assert country(event.source) == "ZMB" and country(event.target) in ("ZMB", None)


# --- "Police denied using force": a charge at home, its accusers the country's own people ------


def test_police_denying_a_charge_at_home_answer_their_own_people(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Zambian police fired tear gas at students in Lusaka on Monday. "
        "Police denied using excessive force."
    )
    assert dyad_in(coder, body, 1, "REJECT") == ("ZMB", "ZMB")


def test_a_government_denying_any_involvement_at_home_answers_its_own_people(
    coder: Coder,
) -> None:
    body = "Zambia's government denied any involvement in the killing of the activist."
    assert dyad_in(coder, body, 0, "REJECT") == ("ZMB", "ZMB")


def test_a_denial_in_a_story_of_two_countries_answers_the_other(coder: Coder) -> None:
    body = (
        "WARSAW (Reuters) - Poland accused Belarus of pushing migrants over the border on Monday. "
        "Belarus denied any involvement."
    )
    assert dyad_in(coder, body, 1, "REJECT") == ("BLR", "POL")
