"""Agency phrasings of force posture, protest, coercion and criticism that gave no event
before round 27 (wire recall): forces moved or sent to a place, protesters blocking an
airport or a motorway, people bundled into vans or remanded in custody, lawmakers removed
from a chamber, flash-bangs and pepper balls fired at a crowd, a baton charge, trade frozen
with a country, a verdict called an act of vengeance, an arrest said to be a conspiracy.
Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    article,
    coded_as,
    country,
    evaluation_coder,
    events,
    first_act,
    in_sentence,
)

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Japan moved two destroyers and a squadron of fighter jets to Okinawa on Friday.",
        "Belarus moved paratroopers and artillery towards its southern border on Tuesday.",
        "Mexico shifted 3,000 national guard troops to the state of Sinaloa, the ministry said.",
    ],
)
def test_forces_moved_to_a_place_are_a_show_of_force(coder: Coder, text: str) -> None:
    act = first_act(coder, text)
    assert act is not None and act[0] == "MOBILIZE"


def test_wounded_soldiers_taken_to_hospital_are_no_deployment_codes_nothing(coder: Coder) -> None:
    found = events(coder, "Medics moved the wounded soldiers to a hospital in Madrid.")
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "MADRID, May 4 (Reuters) - Taxi drivers blocked the motorway to Madrid's Barajas "
        "airport on Monday in protest against ride-hailing licences.",
        "ROME, May 4 (Reuters) - Hundreds of striking dockers blocked the airport at Catania "
        "on Monday, halting flights for hours.",
    ],
)
def test_people_blocking_an_airport_or_a_motorway_protest(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "PROTEST")
    assert event.cameo_code == "144"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "MINSK, May 4 (Reuters) - Belarusian riot police bundled a dozen students into "
            "police vans outside the university on Monday.",
            "COERCE",
        ),
        (
            "ANKARA, May 4 (Reuters) - A Turkish court remanded the opposition mayor in "
            "custody on Monday pending trial.",
            "COERCE",
        ),
        (
            "ANKARA, May 4 (Reuters) - Turkish police forcibly removed opposition lawmakers "
            "from the assembly's budget committee on Monday.",
            "COERCE",
        ),
        (
            "PARIS, May 4 (Reuters) - French police fired pepper balls and flash-bang grenades "
            "at farmers outside the prefecture in Lyon on Monday.",
            "ASSAULT",
        ),
        (
            "ISTANBUL, May 4 (Reuters) - Turkish riot police charged the students with batons "
            "outside the university on Monday.",
            "ASSAULT",
        ),
    ],
)
def test_coercion_in_other_words(coder: Coder, text: str, plover: str) -> None:
    event = in_sentence(coder, text, 0, plover)
    assert country(event.target) is not None


def test_a_baton_charge_is_no_charge_in_court(coder: Coder) -> None:
    text = (
        "ISTANBUL, May 4 (Reuters) - Turkish riot police charged the students with batons "
        "outside the university on Monday."
    )
    assert coded_as(events(coder, text)) == [("ASSAULT", "175", "TURCOP", "TUREDU")]


def test_trade_frozen_with_a_country_is_a_sanction(coder: Coder) -> None:
    text = (
        "RIYADH, May 4 (Reuters) - Saudi Arabia froze all new trade and investment with "
        "Brazil on Monday, the state news agency said."
    )
    event = in_sentence(coder, text, 0, "SANCTION")
    assert (country(event.source), country(event.target)) == ("SAU", "BRA")


@pytest.mark.parametrize(
    "text",
    [
        "ROME, May 4 (Reuters) - Italy's opposition leader called the court's ruling an act "
        "of revenge by the government on Monday.",
        "ROME, May 4 (Reuters) - Italy's opposition said the arrest of its deputy leader was "
        "a political conspiracy by the government.",
    ],
)
def test_a_verdict_or_arrest_called_vengeance_or_a_conspiracy_accuses(
    coder: Coder, text: str
) -> None:
    event = in_sentence(coder, text, 0, "ACCUSE")
    assert country(event.source) == "ITA"


def test_forces_moved_to_a_place_in_an_earlier_month_are_background_codes_nothing(
    coder: Coder,
) -> None:
    # the "to" of place that ends the act is no word of the future ("agreed to meet in May")
    text = (
        "MEXICO CITY (Reuters) - Mexico moved 5,000 soldiers to its northern border in "
        "February as part of a deal with Washington, the ministry said."
    )
    assert article(coder, text) == []


def test_forces_moved_to_a_place_on_the_story_day_stay_news(coder: Coder) -> None:
    text = (
        "MEXICO CITY, May 4 (Reuters) - Mexico moved 5,000 soldiers to its northern border on "
        "Monday."
    )
    assert any(e.plover_type == "MOBILIZE" for e in article(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "ROME, May 4 (Reuters) - Italy's teachers' union threatened a nationwide strike over pay "
        "on Monday.",
        "MADRID, May 4 (Reuters) - Spanish dockers' unions threatened on Monday to block the "
        "ports of Valencia and Algeciras.",
    ],
)
def test_a_union_threatening_a_strike_or_a_blockade_is_political(coder: Coder, text: str) -> None:
    event = in_sentence(coder, text, 0, "THREATEN")
    assert country(event.source) in {"ITA", "ESP"}


def test_a_union_threatening_a_club_with_legal_action_stays_private_codes_nothing(
    coder: Coder,
) -> None:
    text = (
        "MADRID, May 4 (Reuters) - The players' union threatened legal action against the club "
        "over unpaid wages on Monday."
    )
    assert article(coder, text) == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "WARSAW, May 4 (Reuters) - A Russian military drone entered Polish airspace on "
            "Monday night, the Polish army said.",
            "RUS",
            "POL",
        ),
        (
            "TOKYO, May 4 (Reuters) - Chinese navy frigates entered Japan's territorial "
            "waters near the Osumi Strait on Monday, the defence ministry said.",
            "CHN",
            "JPN",
        ),
    ],
)
def test_entering_a_states_airspace_or_waters_is_a_show_of_force(
    coder: Coder, text: str, source: str, target: str
) -> None:
    event = in_sentence(coder, text, 0, "MOBILIZE")
    assert (country(event.source), country(event.target)) == (source, target)


def test_contacts_frozen_with_an_embassy_reduce_relations(coder: Coder) -> None:
    text = (
        "MEXICO CITY, May 4 (Reuters) - Mexico's president froze contacts with the Spanish "
        "embassy on Monday."
    )
    event = in_sentence(coder, text, 0, "SANCTION")
    assert country(event.target) == "ESP"


def test_an_act_called_regrettable_is_criticised(coder: Coder) -> None:
    text = (
        "TOKYO, May 4 (Reuters) - Japan's foreign minister told reporters on Monday that "
        "China's seizure of the trawler was deeply regrettable."
    )
    event = in_sentence(coder, text, 0, "ACCUSE")
    assert country(event.source) == "JPN"


def test_a_number_opening_the_sentence_after_a_dateline_is_no_given_name(coder: Coder) -> None:
    text = (
        "TOKYO, May 4 (Reuters) - Four Chinese coast guard ships entered Japanese territorial "
        "waters on Monday, the coast guard said."
    )
    event = in_sentence(coder, text, 0, "MOBILIZE")
    assert (country(event.source), country(event.target)) == ("CHN", "JPN")
