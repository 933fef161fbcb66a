"""Office holders the actor table lacked (round 24): a later paragraph names them by surname
alone ("Kiir said", "Fico accused"), and without a row the event lost a party. The table now
covers heads of state and government since 2022, foreign and defence ministers and main
opposition leaders over the world's countries, and parties, armed groups and international
bodies that news names without a country word. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, codes, country, events, in_sentence, of_type

LATE_2025 = date(2025, 11, 15)


index = actor_index


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        ("Kiir dismissed the army chief on Monday.", "Kiir", "SSDGOV"),
        ("Mnangagwa pardoned 4,000 prisoners.", "Mnangagwa", "ZWEGOV"),
        ("Hichilema flew to Lusaka after the summit.", "Hichilema", "ZMBGOV"),
        ("Lourenco hosted the talks.", "Lourenco", "AGOGOV"),
        ("Ndayishimiye closed the border.", "Ndayishimiye", "BDIGOV"),
        ("Randrianirina named a new cabinet.", "Randrianirina", "MDGGOV"),
        ("Fico accused the opposition of plotting a coup.", "Fico", "SVKGOV"),
        ("Mitsotakis telephoned the Cypriot president.", "Mitsotakis", "GRCGOV"),
        ("Feijoo demanded an early election.", "Feijoo", "ESPOPP"),
        ("Bolojan defended the budget cuts.", "Bolojan", "ROUGOV"),
        ("Poilievre attacked the budget.", "Poilievre", "CANOPP"),
        ("Marles inspected the submarine base.", "Marles", "AUSGOV"),
        ("Bullrich ordered the police onto the bridge.", "Bullrich", "ARGGOV"),
        ("Tokayev signed the decree.", "Tokayev", "KAZGOV"),
        ("Muizzu rejected the request.", "Muizzu", "MDVGOV"),
        ("Mahama appealed for calm.", "Mahama", "GHAGOV"),
        ("Lissu was taken back to his cell.", "Lissu", "TZAOPP"),
        ("Kyagulanyi addressed supporters in Kampala.", "Kyagulanyi", "UGAOPP"),
        ("Nasirzadeh flew to Beijing.", "Nasirzadeh", "IRNGOV"),
        ("Skerrit declared a state of emergency.", "Skerrit", "DMAGOV"),
        ("Whipps welcomed the patrol boats.", "Whipps", "PLWGOV"),
    ],
)
def test_a_surname_alone_has_its_country_and_sector(
    index: ActorIndex, text: str, surname: str, code: str
) -> None:
    assert codes(index, text, LATE_2025).get(surname) == code


@pytest.mark.parametrize(
    ("text", "day", "surname", "code"),
    [
        ("Rajoelina called a news conference.", date(2024, 6, 1), "Rajoelina", "MDGGOV"),
        ("Randrianirina seized power.", date(2025, 10, 15), "Randrianirina", "MDGMIL"),
        ("Bayrou called a confidence vote.", date(2025, 8, 1), "Bayrou", "FRAGOV"),
        ("Machar was put under house arrest.", date(2025, 3, 27), "Machar", "SSDGOV"),
        ("Machar's trial opened.", date(2025, 11, 1), "Machar", "SSDOPP"),  # after his suspension
        ("Bolsonaro was sentenced.", date(2025, 9, 11), "Bolsonaro", "BRAOPP"),
    ],
)
def test_a_surname_takes_the_role_held_on_the_day(
    index: ActorIndex, text: str, day: date, surname: str, code: str
) -> None:
    assert codes(index, text, day).get(surname) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Alliance of Sahel States recalled its envoys.",
            "Alliance of Sahel States",
            "IGOWAFAES",
        ),
        ("The Popular Party filed a complaint.", "Popular Party", "ESPPTY"),
        ("Chadema boycotted the vote.", "Chadema", "TZAPTY"),
        ("The Oromo Liberation Army ambushed a bus.", "Oromo Liberation Army", "ETHREB"),
        ("UNESCO condemned the killing of the journalist.", "UNESCO", "IGOUNODEV"),
    ],
)
def test_parties_groups_and_bodies_named_without_a_country_word(
    index: ActorIndex, text: str, name: str, code: str
) -> None:
    assert codes(index, text, LATE_2025).get(name) == code


def test_names_shared_with_places_or_other_figures_stay_out(index: ActorIndex) -> None:
    # Masisi is a territory of North Kivu as well as Botswana's former president's surname;
    # Chapo, Mozambique's president, is also a Mexican drug lord's nickname.
    assert codes(index, "Rebels shelled Masisi on Sunday.", LATE_2025).get("Masisi") == "COD"
    assert "Chapo" not in codes(index, "Chapo was extradited.", LATE_2025)


def test_a_later_paragraph_by_surname_keeps_both_countries(coder: Coder) -> None:
    body = (
        "BUJUMBURA, Burundi (Reuters) — Burundi's President Evariste Ndayishimiye met Zambian "
        "President Hakainde Hichilema in Bujumbura on Thursday. Ndayishimiye accused Kagame of "
        "arming rebels on the border."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert (country(event.source), country(event.target)) == ("BDI", "RWA")


def test_a_sentence_naming_two_leaders_by_surname_has_both_parties(coder: Coder) -> None:
    event = of_type(events(coder, "Fico accused Orban of blocking the pipeline deal."), "ACCUSE")
    assert (country(event.source), country(event.target)) == ("SVK", "HUN")
