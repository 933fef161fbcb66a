"""Parties, round 24: a state's organs acting on people no party names ("accused the
organisers", "detained several people") act on their own country's people; an act in a
"who" clause about such people is not the main clause subject's. Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, country, dyad_in, events, of_type

# --- a state's own people, named by a common noun ------------------------------------------


def test_an_accusation_of_unnamed_organisers_stays_at_home(coder: Coder) -> None:
    body = (
        "ATHENS (Reuters) - Turkish President Tayyip Erdogan met Greek Prime Minister Kyriakos "
        "Mitsotakis in Ankara on Monday. Mitsotakis accused the organisers of seeking to provoke "
        "violence at the farmers' rally in Athens."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("GRC", "GRC")


def test_groups_with_a_political_colour_are_the_states_own(coder: Coder) -> None:
    body = (
        "SANTIAGO (AP) - Argentina's foreign minister met Chilean officials on Monday. "
        "Chilean President Gabriel Boric accused far-right groups of trying to sow chaos."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("CHL", "CHL")


def test_police_detaining_people_detain_their_own_country_s_people(coder: Coder) -> None:
    body = (
        "VILNIUS (Reuters) - Lithuania summoned Belarus's envoy on Tuesday. Belarusian police "
        "detained several people who gathered outside the court in Minsk."
    )
    assert dyad_in(coder, body, 1, "COERCE") == ("BLR", "BLR")


def test_people_of_a_named_country_keep_that_country(coder: Coder) -> None:
    body = (
        "WARSAW (Reuters) - Poland accused Belarus of pushing migrants over the border. Polish "
        "police detained several Belarusian people near the border crossing."
    )
    assert dyad_in(coder, body, 1, "COERCE")[1] != "POL"


def test_foreign_groups_are_not_the_states_own(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Zambian police fired tear gas at students in Lusaka. Zambian President "
        "Hakainde Hichilema accused foreign groups of funding the unrest."
    )
    assert dyad_in(coder, body, 1, "ACCUSE")[1] != "ZMB"


# --- "supporters who blocked roads": the clause's subject is not the police -----------------


def test_an_act_in_a_who_clause_is_not_the_main_subjects(coder: Coder) -> None:
    text = "Angolan police fired tear gas at supporters who blocked roads in Luanda."
    found = events(coder, text)
    # Pinned to the part that is right by the guide (round 48's list):
    # one event a sentence; the blockade in the who-clause is a second.
    assert coded_as(found)[0] == ("ASSAULT", "175", "AGOCOP", "AGOOPP")


def test_a_named_party_before_who_still_acts(coder: Coder) -> None:
    text = (
        "Romanian police detained opposition leader Calin Georgescu, who urged supporters to march."
    )
    event = of_type(events(coder, text), "REQUEST")
    assert country(event.source) == "ROU"


# --- a protest against a measure is against the protesters' own government ------------------


def test_a_protest_against_a_blocs_trade_deal_is_at_home(coder: Coder) -> None:
    body = (
        "DUBLIN (Reuters) - Irish farmers drove tractors into central Dublin on Monday to protest "
        "against the European Union's trade deal with Australia."
    )
    assert dyad_in(coder, body, 0, "PROTEST") == ("IRL", "IRL")


def test_a_protest_against_foreign_imports_is_at_home(coder: Coder) -> None:
    body = (
        "BUCHAREST (Reuters) - Romanian farmers blocked border crossings on Tuesday in protest "
        "against cheap Brazilian beef imports."
    )
    assert dyad_in(coder, body, 0, "PROTEST")[1] == "ROU"


def test_a_protest_against_a_states_act_stays_at_that_state(coder: Coder) -> None:
    body = (
        "CANBERRA (Reuters) - Hundreds of Australians rallied outside the embassy in Canberra "
        "on Saturday to protest against China's crackdown on activists."
    )
    assert dyad_in(coder, body, 0, "PROTEST")[1] == "CHN"


# --- people no party names pressing their own state ------------------------------------------


def test_protest_leaders_pressing_their_president_are_of_his_country(coder: Coder) -> None:
    body = (
        "BUCHAREST (Reuters) - Thousands of Romanian teachers marched in Bucharest on Monday "
        "over pay. Protest leaders called on President Nicusor Dan to dismiss the education "
        "minister."
    )
    assert dyad_in(coder, body, 1, "REQUEST") == ("ROU", "ROU")


def test_an_unnamed_subject_pressing_a_foreign_state_stays_unnamed(coder: Coder) -> None:
    body = (
        "HANOI (Reuters) - Vietnamese fishermen rallied in Da Nang on Monday. The chairman of "
        "the regional commission urged Beijing to free the crew."
    )
    assert dyad_in(coder, body, 1, "REQUEST")[0] != "VNM"
