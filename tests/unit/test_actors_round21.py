"""Wrong actor countries left by earlier rounds (round 21): international armed groups take the
country their story is set in, an explicit object outranks an implied target, an explicit
title outranks a dated role. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, coded_as, codes, country, events, in_sentence, of_type
from tests.unit.coding import article as events_of

LATER = date(2025, 11, 15)  # after Stoltenberg left NATO (2024) and Tusk the European Council


index = actor_index


# --- 1. an armed group with an international code fights in a country ---------------------------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Islamic State fighters ambushed a police patrol in northern Iraq on Friday.", "IRQ"),
        ("Al-Qaeda militants bombed a market in central Mali, killing nine people.", "MLI"),
        ("French jets struck al-Qaida fighters inside Niger overnight.", "NER"),
    ],
)
def test_an_international_group_takes_the_country_it_acts_in(
    coder: Coder, text: str, group: str
) -> None:
    event = of_type(events(coder, text), "ASSAULT")
    side = event.source if event.source and event.source.code.startswith("IMG") else event.target
    assert side is not None and side.code.startswith("IMG")
    assert country(side) == group


def test_an_international_group_takes_the_datelines_country(coder: Coder) -> None:
    body = (
        "NIAMEY, Niger (AP) — Islamic State fighters attacked a military convoy on Tuesday, "
        "killing 14 soldiers, officials said. The group also claimed an attack on a village."
    )
    for index in (0, 1):
        event = in_sentence(coder, body, index, "ASSAULT")
        assert event.source is not None and event.source.code == "IMGMUSISI"
        assert country(event.source) == "NER"


def test_an_international_group_struck_from_abroad_is_not_the_strikers(coder: Coder) -> None:
    # no place, no dateline: the story's setting is unknown, and the group is not American
    event = of_type(events(coder, "U.S. drones killed two al-Qaida commanders."), "ASSAULT")
    assert country(event.source) == "USA"
    assert country(event.target) is None


# --- 3. an object named right after the verb outranks a target the article implies -------------


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        (
            "MOSCOW (AP) — Authorities in Tiraspol accused Chisinau on Tuesday of planning "
            "a provocation against the separatist region.",
            "MDA",
            "MDA",
        ),
        (
            "ISTANBUL (AP) — Officials in Erbil accused Baghdad on Monday of withholding "
            "salaries owed to the Kurdish region. Iran and Turkey called for talks.",
            "IRQ",
            "IRQ",
        ),
    ],
)
def test_a_capital_named_as_the_object_stays_the_target(
    coder: Coder, body: str, source: str, target: str
) -> None:
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert country(event.source) == source
    assert country(event.target) == target


def test_a_capital_after_that_still_stands_for_the_speakers_state(coder: Coder) -> None:
    body = (
        "SEOUL (AP) — North Korea fired two missiles on Tuesday, South Korea's military said. "
        "Kim Yo Jong warned that Pyongyang would respond to the drills."
    )
    event = in_sentence(coder, body, 1, "THREATEN")
    assert country(event.target) != "PRK"


# --- 4. an organisation or country named with the title outranks a role dated for the day -------


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Former NATO chief Jens Stoltenberg criticised Hungary.",
            "NATO chief Jens Stoltenberg",
            "IGOWSTNAT",
        ),
        (
            "OSLO (AP) — Former NATO chief Jens Stoltenberg criticised Hungary.",
            "NATO chief Jens Stoltenberg",
            "IGOWSTNAT",
        ),
        (
            "Then European Council President Donald Tusk met the Turkish leader.",
            "European Council President Donald Tusk",
            "IGOEUREEC",
        ),
    ],
)
def test_the_title_the_sentence_gives_outranks_the_dated_role(
    index: ActorIndex, text: str, words: str, code: str
) -> None:
    assert codes(index, text, LATER)[words] == code


def test_a_person_with_his_own_countrys_title_keeps_the_dated_role(index: ActorIndex) -> None:
    found = codes(index, "Norwegian Finance Minister Jens Stoltenberg met bankers.", LATER)
    assert found["Norwegian Finance Minister Jens Stoltenberg"].startswith("NOR")
    assert codes(index, "Jens Stoltenberg met bankers.", LATER)["Jens Stoltenberg"] == "NORGOV"


def test_the_former_yugoslav_republic_is_macedonia(index: ActorIndex) -> None:
    found = codes(
        index, "Albania's premier praised the Former Yugoslav Republic of Macedonia.", LATER
    )
    assert found["Former Yugoslav Republic of Macedonia"] == "MKD"


# --- 2. a bare sector of a story filed from another capital is the story's country's ------------


def test_opposition_activists_in_a_report_from_another_capital(coder: Coder) -> None:
    body = (
        "MOSCOW (AP) — Belarusian police detained at least 40 people in Minsk on Sunday, "
        "a rights group said. Opposition activists accused the Belarusian authorities of "
        "torturing detainees. The Kremlin declined to comment."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "BLR"
    assert country(event.target) == "BLR"


def test_protesters_of_the_datelines_own_country_stay_its_own(coder: Coder) -> None:
    body = (
        "MOSCOW (AP) — Police detained dozens of protesters in Moscow on Sunday. "
        "Protesters accused the government of rigging the vote. Ukraine and Belarus said "
        "nothing, and Belarusian media ignored the rallies."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "RUS"


# --- "the court", "the agency": the organisation the story named, not the sector's country ------


def test_the_court_is_the_international_court_named_before(coder: Coder) -> None:
    body = (
        "THE HAGUE, Netherlands (AP) — The International Criminal Court issued an arrest "
        "warrant on Tuesday for a Sudanese militia commander. The court accused the commander "
        "of ordering attacks on civilians in Darfur."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.code == "IGOJUDICC"
    assert country(event.target) == "SDN"


def test_the_agency_its_chief_heads_is_no_target_of_his(coder: Coder) -> None:
    body = (
        "VIENNA (AP) — Iran barred two International Atomic Energy Agency "
        "inspectors from entering the country on Monday, the agency said. IAEA chief Rafael "
        "Grossi called the decision a serious blow to the agency's work in Iran."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.code.startswith("IGOUNO")
    assert coded_as([event]) == [("ACCUSE", "111", "IGOUNOIAE", "IRNGOV")]


def test_the_army_is_not_an_armed_group_named_army(coder: Coder) -> None:
    body = (
        "BANGKOK (AP) — The Arakan Army said it had seized a town in Myanmar's Rakhine state. "
        "The army accused the rebels of attacking civilians."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.code == "MMRMIL"


# --- a bare sector "on the X side" or "from the X side" of a border is X's ---------------------


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "PARAMARIBO, Suriname (AP) — Gunmen on the Guyanese side of the river shot at a "
            "Surinamese police boat on Friday, injuring two officers, officials said.",
            "GUY",
        ),
        (
            "KABUL (AP) — Militants from the Pakistani side of the border shelled an Afghan "
            "checkpoint on Monday, officials said.",
            "PAK",
        ),
        (
            "PORT-AU-PRINCE, Haiti (AP) — Police from Kenya fired on gang members in the "
            "capital on Friday, officials said.",
            "KEN",
        ),
    ],
)
def test_a_bare_sector_from_a_countrys_side_is_that_countrys(
    coder: Coder, body: str, source: str
) -> None:
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert country(event.source) == source


# --- a people that lives mostly in one country gives a bare sector that country ---------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("NEW DELHI (AP) — Baloch separatists attacked a gas pipeline on Monday.", "PAK"),
        ("ISLAMABAD (AP) — Kashmiri militants ambushed a police patrol on Monday.", "IND"),
        ("ANKARA (AP) — Uyghur activists accused the government of persecution on Monday.", "CHN"),
    ],
)
def test_a_community_before_a_bare_sector_gives_its_country(
    coder: Coder, text: str, source: str
) -> None:
    found = [e for e in events(coder, text) if e.source is not None]
    assert found and country(found[0].source) == source


def test_a_countrys_demonym_before_the_community_wins(coder: Coder) -> None:
    event = events(coder, "Iranian Baloch militants attacked a border post on Monday.")[0]
    assert country(event.source) == "IRN"


# --- "the ruling party" is its country's government ---------------------------------------------


def test_the_ruling_party_is_the_object_not_the_capital_after_toward(coder: Coder) -> None:
    body = (
        "YEREVAN, Armenia (AP) — Armenian police detained scores of protesters near the government "
        "building overnight. Demonstrators accused the ruling party of drifting toward Moscow."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "ARM"
    assert event.target is not None and event.target.code == "ARMGOV"


# --- a bare armed sector the sentence places abroad is of that country, not the dateline's ------


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (
            "WASHINGTON (AP) — U.S. forces killed four militants in an airstrike in Somalia on "
            "Sunday, the Pentagon said.",
            "SOM",
        ),
        (
            "PARIS (AP) — French troops killed dozens of jihadists in central Mali, the "
            "French army said on Monday.",
            "MLI",
        ),
    ],
)
def test_militants_struck_abroad_are_of_the_country_they_are_in(
    coder: Coder, body: str, target: str
) -> None:
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert country(event.target) == target


def test_rebels_at_talks_abroad_keep_their_country(coder: Coder) -> None:
    body = (
        "KHARTOUM, Sudan (AP) — Sudan's army accused rebel groups at peace talks in Kenya "
        "of breaking the truce on Monday."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert country(event.target) == "SDN"


# --- a country's money is no party ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The law sets fines of up to 500,000 euros (US$540,000) for unauthorised rallies.",
        "The loan, worth US$3 billion, was signed in the capital.",
        "Contractors were paid 12 million US dollars for the work.",
        "The clinics cost 40 million Canadian dollars to build.",
    ],
)
def test_a_currency_names_no_country(index: ActorIndex, text: str) -> None:
    assert codes(index, text, date(2025, 3, 1)) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US sent 300 tonnes of food to the region.", {"US": "USA"}),
        ("The U.S. pledged $50 million to the relief effort.", {"U.S.": "USA"}),
        ("Canadian troops arrived, dollars or no dollars.", {"Canadian troops": "CANMIL"}),
    ],
)
def test_the_country_beside_money_keeps_its_name(
    index: ActorIndex, text: str, expected: dict[str, str]
) -> None:
    assert codes(index, text, date(2025, 3, 1)) == expected


def test_a_pronoun_after_an_amount_in_dollars_is_not_the_united_states_codes_nothing(
    coder: Coder,
) -> None:
    body = (
        "LISBON (Reuters) — Portugal's government approved new fines for unlicensed protests on "
        "Thursday. The decree sets fines of up to 400,000 euros (US$430,000) for protests at "
        "airports. It sets fines of up to 20,000 euros for protests near ministries."
    )
    found = [e for e in events_of(coder, body) if e.sentence_index == 2]
    assert found == []
