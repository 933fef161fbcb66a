"""News-site copy that is not politics, round 27 (feedrel9): fines on firms and people, rules
announced for the public with "will ban", a forecaster's warnings and permits as documents.
Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, type_list

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Italy's tax police fined the fashion designer 800,000 euros for unpaid duties.",
        "Spain's tax office fined the footballer 2 million euros over image rights.",
    ],
)
def test_a_fine_on_a_firm_or_a_person_at_home_is_no_event(coder: Coder, text: str) -> None:
    assert type_list(coder, text) == []


def test_a_fine_on_an_opposition_party_stays(coder: Coder) -> None:
    text = "A court in Minsk fined the opposition party for holding an unauthorised rally."
    assert "COERCE" in type_list(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Tour de France will ban spectators from carrying flares on the mountain stages.",
        "Tokyo will ban smoking on the streets around the main stations from April.",
    ],
)
def test_a_rule_announced_for_the_public_is_no_threat_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert type_list(coder, text) == []


def test_a_ban_announced_on_a_party_stays_a_threat(coder: Coder) -> None:
    text = "The interior ministry will ban the opposition party if it holds the rally, it said."
    assert "THREATEN" in type_list(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Meteo-France issued a storm warning for Brittany on Sunday.",
        "The state weather service issued a snowfall warning for Hokkaido.",
    ],
)
def test_a_forecasters_warning_is_no_threat_codes_nothing(coder: Coder, text: str) -> None:
    assert type_list(coder, text) == []


def test_a_permit_is_a_document(coder: Coder) -> None:
    # with the ban dropped, "without a permit" was read as a refusal to allow (124)
    text = "Officials will ban camping without a permit on the island from June."
    assert type_list(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the tyre factory in Clermont-Ferrand went on strike over the closure plan.",
        "Warehouse staff at the online retailer staged a walkout after the company cut bonuses.",
    ],
)
def test_a_strike_against_a_firm_is_no_event(coder: Coder, text: str) -> None:
    assert type_list(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the state-owned factory went on strike against the government's pension plan.",
        "Dockers went on strike on Monday against the new labour law.",
    ],
)
def test_a_strike_against_the_state_stays(coder: Coder, text: str) -> None:
    assert "PROTEST" in type_list(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Under Franco's dictatorship, police jailed thousands of trade unionists.",
        "During the military dictatorship, soldiers arrested the singer's brother in Sao Paulo.",
    ],
)
def test_acts_under_a_past_dictatorship_are_history(coder: Coder, text: str) -> None:
    assert type_list(coder, text) == []


def test_acts_after_another_opening_stay(coder: Coder) -> None:
    text = "During the rally, police arrested the opposition leader."
    assert "COERCE" in type_list(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "A retired nurse from Shizuoka reached the summit of Mount Fuji at the age of 95.",
        "Two Polish climbers reached the summit of Mont Blanc on Sunday.",
    ],
)
def test_a_mountain_summit_is_no_meeting_codes_nothing(coder: Coder, text: str) -> None:
    assert type_list(coder, text) == []
