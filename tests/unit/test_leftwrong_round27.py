"""Sentences the last rounds' notes say the coder still got wrong (round 27, issue 8): people
named by their trade refusing an offer, a party's officer before an unknown name, private
persons known worldwide, a parliament dissolved, a sit-in occupation, a conviction, and a
passive remand in custody. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder, in_sentence

coder = evaluation_coder

# --- 1. people named by their trade ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "LYON, France (AFP) - The farmers rejected the offer on Tuesday.",
        "SEVILLE, Spain (Reuters) - The olive farmers rejected the offer and kept their tractors "
        "on the motorway.",
        "BOLOGNA, Italy (Reuters) - The rice farmers rejected the offer after a night of talks.",
    ],
)
def test_trade_people_refusing_an_offer_refuse_their_state(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "REJECT")
    assert event.source is not None and event.source.sector == "CVL"
    assert event.target is not None and event.target.sector == "GOV"
    assert country(event.target) == country(event.source)


def test_residents_at_large_stay_private(coder: Coder) -> None:
    found = article(coder, "TURIN, Italy (Reuters) - Residents rejected the offer.")
    assert not [e for e in found if e.plover_type == "REJECT"]


# --- 2. a party's officer before an unknown name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "PARIS (AFP) - Brothers of Italy chairman Marco Venturelli accused the French "
            "minister of meddling.",
            "ITA",
        ),
        (
            "MADRID (Reuters) - Morena party chairwoman Elena Quiroga accused Spanish "
            "prosecutors of bias.",
            "MEX",
        ),
    ],
)
def test_a_party_officer_takes_the_partys_country_and_sector(
    coder: Coder, text: str, home: str
) -> None:
    event = in_sentence(coder, text, 0, "ACCUSE")
    assert event.source is not None
    # the party's sector, written `OPP` for a party of no known role (round 45, sector45)
    assert (country(event.source), event.source.sector) == (home, "OPP")


# --- 4. private persons known worldwide -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI (Reuters) - Elon Musk accused the Indian telecoms regulator of stalling.",
        "CANBERRA (Reuters) - Mark Zuckerberg criticised the Australian government's news law.",
    ],
)
def test_a_private_person_known_worldwide_keeps_his_country(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "ACCUSE")
    assert event.source is not None
    assert (country(event.source), event.source.sector) == ("USA", "BUS")


# --- 5. dissolving a body -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("ROME (Reuters) - The president dissolved parliament on Thursday.", "ITA"),
        ("TOKYO (Reuters) - The prime minister dissolved the lower house on Friday.", "JPN"),
    ],
)
def test_a_dissolved_parliament_is_the_target(coder: Coder, text: str, home: str) -> None:
    event = in_sentence(coder, text, 0, "COERCE")
    assert event.cameo_root == "17"
    assert event.target is not None
    assert (country(event.target), event.target.sector) == (home, "LEG")


def test_a_leader_dissolving_his_own_government_is_no_act(coder: Coder) -> None:
    found = article(coder, "MADRID (Reuters) - The prime minister dissolved his government.")
    assert not [e for e in found if e.cameo_code.startswith("172")]


# --- 6. a sit-in occupation ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (AFP) - Students occupied the rectorate of a Lyon university in protest at the "
        "fee rise.",
        "NAPLES, Italy (Reuters) - Dockers occupied the port authority offices overnight in "
        "protest over layoffs.",
    ],
)
def test_occupying_a_building_in_protest_is_a_protest(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "PROTEST")
    assert event.cameo_root == "14"
    assert not [e for e in article(coder, text) if e.cameo_root == "19"]


def test_troops_occupying_ground_stay_territory_taken(coder: Coder) -> None:
    text = "MOSCOW (Reuters) - Russian troops occupied two villages near the front."
    assert [e for e in article(coder, text) if e.cameo_code == "192"]


# --- 7. a conviction ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (Reuters) - A Turkish court convicted the opposition mayor of insulting a "
        "prosecutor.",
        "MINSK (Reuters) - A Belarusian court convicted two journalists of extremism.",
    ],
)
def test_a_conviction_is_legal_action(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "COERCE")
    assert event.cameo_code == "173"
    assert event.source is not None and event.source.sector == "JUD"


# --- 8. a passive remand in custody ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI (Reuters) - The student leader was remanded in custody for 14 days on Monday.",
        "MADRID (Reuters) - The former minister was remanded in custody over alleged bribes.",
    ],
)
def test_a_passive_remand_in_agency_copy_is_the_act(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "COERCE")
    assert event.cameo_code == "173"
    assert event.source is not None and event.source.sector == "JUD"
    assert event.target is not None and country(event.target) == country(event.source)
