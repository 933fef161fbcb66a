"""Targets left unnamed in domestic agency copy, round 26: a state's police, courts and
agencies acting on people named by what they do ("detained party workers", "sentenced a
theatre director", "fired tear gas and stun grenades at hooded youths"): their own people,
not no one; a state's reproach or refusal of a definite thing in a story of one country
("condemned the looting", "called the inquiry a witch hunt", "rejected calls to resign"):
aimed at its own people, not no one; an opposition's appeal that names its addressee by a
possessive ("called for his resignation"): at home. Every sentence in these tests was written
for them."""

from __future__ import annotations

from tensionwatch.domain import roles
from tensionwatch.domain.actor import Actor
from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad_in, in_sentence

# --- force and arrests on people named by a common noun: the state's own people -------------


def test_police_detaining_party_workers_detain_their_own_people(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Zambian police detained ruling party workers who had blocked a "
        "highway near the capital, a spokesman said."
    )
    assert dyad_in(coder, body, 0, "COERCE") == ("ZMB", "ZMB")


def test_a_court_jailing_a_novelist_and_a_painter_jails_its_own_people(coder: Coder) -> None:
    body = (
        "MINSK (Reuters) - A Belarusian court on Monday jailed a well-known novelist and a "
        "painter for five years on extremism charges."
    )
    assert dyad_in(coder, body, 0, "COERCE") == ("BLR", "BLR")


def test_tear_gas_and_water_cannon_at_hooded_students(coder: Coder) -> None:
    body = (
        "SANTIAGO (Reuters) - Chilean police fired tear gas and water cannon at hooded "
        "students who blocked the main avenue of the capital on Thursday."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("CHL", "CHL")


def test_tear_gas_to_disperse_a_crowd(coder: Coder) -> None:
    body = (
        "HARARE (AFP) - Zimbabwean riot police fired tear gas to disperse a crowd of vendors "
        "in central Harare on Wednesday."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("ZWE", "ZWE")


def test_foreign_people_are_not_the_states_own(coder: Coder) -> None:
    body = (
        "NAIROBI (Reuters) - Ugandan police detained several foreign workers at a mine near "
        "the border on Tuesday."
    )
    event = in_sentence(coder, body, 0, "COERCE")
    assert country(event.target) != "UGA"


# --- a reproach or refusal of a thing at home: the state's own people -----------------------


def test_condemning_the_burning_of_buses_at_home_targets_the_own_people(coder: Coder) -> None:
    body = (
        "HARARE (Reuters) - Zimbabwe's information minister on Tuesday condemned the burning "
        "of buses in Harare as criminal."
    )
    assert dyad_in(coder, body, 0, "ACCUSE") == ("ZWE", "ZWE")


def test_rejecting_calls_to_resign_at_home_answers_the_own_people(coder: Coder) -> None:
    body = (
        "BUCHAREST (Reuters) - Romania's prime minister on Monday rejected calls to resign "
        "over the collapse of a hospital roof in Iasi."
    )
    assert dyad_in(coder, body, 0, "REJECT") == ("ROU", "ROU")


def test_a_reproach_in_a_story_of_two_countries_is_not_aimed_at_home(coder: Coder) -> None:
    body = (
        "SANTIAGO (Reuters) - Argentina recalled its ambassador from Chile on Monday after a "
        "row over a border post. Chile's foreign minister criticised the decision as hasty."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("CHL", "ARG")


# --- an opposition's appeal through a possessive: at home -----------------------------------


def test_an_opposition_calling_for_his_resignation_asks_its_own_government(
    coder: Coder,
) -> None:
    body = (
        "ROME (Reuters) - Italy's culture minister admitted on Monday that he had used a state "
        "plane for a private trip. Opposition lawmakers called for his resignation."
    )
    assert dyad_in(coder, body, 1, "REQUEST") == ("ITA", "ITA")


def test_an_opposition_calling_for_an_inquiry_asks_no_one_in_particular(coder: Coder) -> None:
    body = (
        "TOKYO (Reuters) - A bridge collapsed in Osaka on Monday, killing four people. Japan's "
        "main opposition party called for an independent inquiry into the collapse."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert event.target is None


def test_a_reproach_reads_its_objects_determiner() -> None:
    minister = Actor(text="minister", code="ESPGOV", country="ESP", sector="GOV")
    words = "The minister condemned their walkout on Monday .".split()
    assert roles._home_reproach(minister, "ACCUSE", words, (2, 2), [("ESP", 3)]) == "ESP"
    words = "The minister condemned an attack on Monday .".split()
    assert roles._home_reproach(minister, "ACCUSE", words, (2, 2), [("ESP", 3)]) is None
    assert roles._home_reproach(minister, "ACCUSE", words, (2, 2), [("ESP", 3), ("FRA", 2)]) is None


# --- repression, like arrests: the people a state's police act on are that state's ---------


def test_tear_gas_by_a_states_police_falls_on_its_people_not_the_datelines(
    coder: Coder,
) -> None:
    body = (
        "BUDAPEST (Reuters) - Slovak riot police used tear gas to disperse hundreds of protesters "
        "who tried to storm a government building on Friday."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("SVK", "SVK")
