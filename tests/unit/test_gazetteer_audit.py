"""The audit of the actor dictionaries (round 20): places resolve to their own country, words
and people's names are not taken for places, armed groups named like blocs are rebels of their
country, and office holders of 2024-2026 have their country and sector. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, article, codes, country, events, of_type

DAY = date(2025, 11, 15)


index = actor_index


# --- a city is a place of its own country, not an unknown party of the article's ---------------


def test_a_ukrainian_city_struck_by_russia_is_ukraines(coder: Coder) -> None:
    found = events(coder, "Russian drones struck Sumy overnight, killing two people.")
    event = of_type(found, "ASSAULT")
    assert (country(event.source), country(event.target)) == ("RUS", "UKR")


def test_a_city_shared_with_a_bigger_namesake_is_the_one_in_the_news(index: ActorIndex) -> None:
    found = codes(index, "Ukrainian troops pulled back from Pokrovsk and Myrnohrad on Friday.", DAY)
    assert found["Pokrovsk"] == "UKR" and found["Myrnohrad"] == "UKR"


def test_the_sudanese_town_of_bara_is_not_the_nepalese_district(coder: Coder) -> None:
    body = "The Rapid Support Forces attacked the town of Bara in North Kordofan, killing 40."
    event = of_type(article(coder, body), "ASSAULT")
    assert (event.source and event.source.code, country(event.target)) == ("SDNREB", "SDN")


def test_gaza_and_west_bank_towns_are_palestinian(index: ActorIndex) -> None:
    found = codes(
        index, "Strikes hit Khan Younis and Deir al-Balah as raids went on in Jenin.", DAY
    )
    assert {found["Khan Younis"], found["Deir al-Balah"], found["Jenin"]} == {"PSE"}


def test_a_foreign_city_named_in_passing_takes_its_own_country(index: ActorIndex) -> None:
    found = codes(index, "Protesters gathered in Gjilan and in Soroti on Sunday.", DAY)
    assert (found["Gjilan"], found["Soroti"]) == ("XKX", "UGA")


def test_disputed_places_follow_the_administering_country(index: ActorIndex) -> None:
    found = codes(index, "Shelling was reported in Karabakh, in Tiraspol and in Muzaffarabad.", DAY)
    assert (found["Karabakh"], found["Tiraspol"], found["Muzaffarabad"]) == ("AZE", "MDA", "PAK")


# --- words, names and continents are not cities -------------------------------------------------


def test_english_words_and_given_names_are_not_cities(index: ActorIndex) -> None:
    text = "Officials in Mobile said Florence Ruskin would speak, and Asia watched."
    found = codes(index, text, DAY)
    assert not {"Mobile", "Florence", "Asia", "Ruskin"} & set(found)


def test_a_leaders_surname_is_not_a_chinese_city(index: ActorIndex) -> None:
    found = codes(index, "Moldovan President Maia Sandu spoke in Chisinau on Monday.", DAY)
    assert found["Moldovan President Maia Sandu"] == "MDAGOV"


def test_a_holiday_is_not_a_party_of_the_articles_country_codes_nothing(coder: Coder) -> None:
    body = (
        "Workers at the warehouse in Koblenz stopped work on Monday. "
        "The strike at the German site could last over Easter, the union said."
    )
    parties = [e.target.text for e in article(coder, body) if e.target]
    assert parties == []


# --- groups named like blocs: rebels or the opposition of their country -----------------------


def test_a_congolese_rebel_alliance_named_in_full_is_a_rebel_group(index: ActorIndex) -> None:
    found = codes(index, "The Alliance Fleuve Congo captured Walikale on Wednesday.", DAY)
    assert (found["Alliance Fleuve Congo"], found["Walikale"]) == ("CODREB", "COD")


def test_the_rebel_alliance_is_rebels_not_a_bloc(coder: Coder) -> None:
    body = (
        "NATO and the European Union called for calm in eastern Congo. "
        "The rebel alliance seized the town of Uvira on Wednesday."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "COERCE")
    assert event.source is not None and event.source.code == "CODREB"
    assert "alliance" in event.source.text


def test_myanmars_exile_government_and_ethnic_armies(index: ActorIndex) -> None:
    found = codes(
        index, "The National Unity Government praised the Three Brotherhood Alliance.", DAY
    )
    assert found["National Unity Government"] == "MMROPP"
    assert found["Three Brotherhood Alliance"] == "MMRREB"


# --- office holders of 2024-2026 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Eyal Zamir", "ISRMIL"),
        ("Asaad al-Shaibani", "SYRGOV"),
        ("Volker Turk", "IGOUNO"),
        ("Badr Abdelatty", "EGYGOV"),
        ("Ibrahim Traore", "BFAGOV"),
        ("Hassan Sheikh Mohamud", "SOMGOV"),
        ("Luis Montenegro", "PRTGOV"),
        ("Ararat Mirzoyan", "ARMGOV"),
        ("Marine Le Pen", "FRAOPP"),
        ("Hussein al-Sheikh", "PSEGOV"),
        ("Tulsi Gabbard", "USASPY"),
        ("Toshimitsu Motegi", "JPNGOV"),
        ("Jens Stoltenberg", "NORGOV"),
        ("Dina Boluarte", "PER"),
        ("Pope Leo XIV", "VATREL"),
    ],
)
def test_office_holders_in_the_news(index: ActorIndex, name: str, code: str) -> None:
    assert codes(index, f"Yesterday {name} spoke to reporters.", DAY).get(name) == code


# --- country words that name no party ----------------------------------------------------------


def test_a_pro_or_anti_country_adjective_gives_no_country(index: ActorIndex) -> None:
    found = codes(index, "Pro-Russian separatists clashed with anti-Israel protesters.", DAY)
    assert found == {"separatists": "REB", "protesters": "OPP"}


def test_a_country_name_that_starts_a_persons_name_is_no_country(index: ActorIndex) -> None:
    found = codes(index, "Jordan Peterson and Chad Mitchell spoke after Israel Police did.", DAY)
    assert found == {"Israel Police": "ISRCOP"}


def test_a_country_name_before_a_weekday_is_still_the_country(coder: Coder) -> None:
    event = of_type(events(coder, "Israel Friday reimposed a blockade on the West Bank."), "COERCE")
    assert (country(event.source), country(event.target)) == ("ISR", "PSE")


def test_a_community_between_country_and_agent_keeps_the_country(index: ActorIndex) -> None:
    found = codes(index, "Iraqi Kurdish forces met Syrian Druze fighters near the border.", DAY)
    assert found == {"Iraqi Kurdish forces": "IRQMIL", "Syrian Druze fighters": "SYRREB"}


def test_breakaway_regions_adjectives_are_their_countrys(index: ActorIndex) -> None:
    found = codes(index, "Transnistrian troops and South Ossetian police were on alert.", DAY)
    assert found == {"Transnistrian troops": "MDAMIL", "South Ossetian police": "GEOCOP"}


def test_phoenix_places_that_are_words_or_given_names_are_left_out(index: ActorIndex) -> None:
    text = "Male students met Vladimir Sokolov and Andy Murray at Nasser Hospital."
    found = {match.actor.country for match in index.find(text, DAY)}
    assert not {"MDV", "RUS", "AUS", "EGY"} & found


def test_armed_groups_named_after_places_or_countries_are_their_own(index: ActorIndex) -> None:
    text = "The Azov brigade, the Syrian National Army and the National Resistance Front fought."
    found = codes(index, text, DAY)
    assert found == {
        "Azov brigade": "UKRMIL",
        "Syrian National Army": "SYRREB",
        "National Resistance Front": "AFGREB",
    }


def test_a_place_that_ends_a_persons_name_is_no_country(index: ActorIndex) -> None:
    found = codes(index, "The striker Jose Lima met Tom Holland in Northern Gaza on Sunday.", DAY)
    assert found == {"Gaza": "PSE"}


def test_legislatures_and_institutions_are_their_countrys(index: ActorIndex) -> None:
    found = codes(index, "The Knesset, the Sejm and India's External Affairs Ministry met.", DAY)
    assert found["Knesset"] == "ISRLEG" and found["Sejm"] == "POLLEG"
    assert found["External Affairs Ministry"] == "INDGOV"


def test_a_news_agency_in_a_dateline_names_no_country(index: ActorIndex) -> None:
    found = codes(
        index, "SRINAGAR, India, May 3 (Xinhua) -- Police fired tear gas at protesters.", DAY
    )
    assert "Xinhua" not in found


def test_a_carrier_named_after_a_president_is_american(index: ActorIndex) -> None:
    found = codes(index, "The aircraft carrier George Washington arrived in Busan on Friday.", DAY)
    assert found["George Washington"] == "USA" and found["Busan"] == "KOR"


def test_a_phoenix_place_named_like_a_larger_town_elsewhere_is_that_town(
    index: ActorIndex,
) -> None:
    assert codes(index, "Gunmen attacked Bida on Monday.", DAY).get("Bida") == "NGA"
