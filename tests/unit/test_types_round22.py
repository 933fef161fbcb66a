"""Event types that real wire copy mixes up (round 22): a denial worded as a verdict on the
accusation, retaliation announced as "countermeasures", travel and trade sanctions on another
country, a show of force "toward" a country. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events

# --- 1. "called the allegations baseless": a denial, not a criticism -----------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Pakistan's foreign office called the allegations baseless and urged New Delhi to "
            "stop its campaign.",
            "PAK",
            "IND",
        ),
        ("The Chinese embassy in Manila called the reports fabricated.", "CHN", None),
        ("Beijing said the accusations were groundless and urged Tokyo to stop.", "CHN", "JPN"),
        ("The Kremlin described the claims as absurd.", "RUS", None),
    ],
)
def test_a_verdict_on_an_accusation_is_a_denial(
    coder: Coder, text: str, source: str, target: str | None
) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_code, found[0].plover_type) == ("016", "REJECT")
    assert country(found[0].source) == source
    assert country(found[0].target) == target


def test_a_measure_called_groundless_is_rejected(coder: Coder) -> None:
    found = events(coder, "Minsk called the expulsion of its diplomats groundless.")
    assert found and (found[0].cameo_root, found[0].plover_type) == ("12", "REJECT")
    assert country(found[0].source) == "BLR"


def test_charges_against_others_called_baseless_stay_a_criticism(coder: Coder) -> None:
    # the speaker is not the accused: no denial
    found = events(coder, "Amnesty called the charges against the journalists baseless.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # charges called baseless also code a phone call (041).
    assert all(event.cameo_code != "016" for event in found)


# --- 2. "vowed to take countermeasures": a threat ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beijing vowed to take resolute countermeasures if Washington approved the sale.",
        "Moscow said it would take retaliatory measures against the expulsions.",
        "Tehran pledged to take reciprocal measures against London.",
    ],
)
def test_countermeasures_announced_are_a_threat(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == ("13", "THREATEN")


# --- 3. travel and trade sanctions on another country ------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States imposed visa bans on 20 Nicaraguan officials.", "USA", "NIC"),
        ("Estonia imposed entry bans on six Georgian officials.", "EST", "GEO"),
        ("Turkey's parliament voted to suspend all trade with Israel.", "TUR", "ISR"),
        ("Ankara halted trade with Israel on Thursday.", "TUR", "ISR"),
    ],
)
def test_a_travel_or_trade_ban_on_a_country_is_a_sanction(
    coder: Coder, text: str, source: str, target: str
) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_code, found[0].plover_type) == ("163", "SANCTION")
    assert (country(found[0].source), country(found[0].target)) == (source, target)


# --- 4. a show of force "toward" a country ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China sent warships and fighter jets toward Taiwan on Monday.", "CHN", "TWN"),
        ("Russia sent tanks and troops toward the Ukrainian border.", "RUS", "UKR"),
    ],
)
def test_jets_sent_toward_a_country_are_a_show_of_force(
    coder: Coder, text: str, source: str, target: str
) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == ("15", "MOBILIZE")
    assert (country(found[0].source), country(found[0].target)) == (source, target)


def test_jets_sent_to_a_country_stay_arms_supplied(coder: Coder) -> None:
    found = events(coder, "The Netherlands sent fighter jets to Ukraine.")
    assert found and (found[0].cameo_code, found[0].plover_type) == ("072", "AID")


# --- 5. "welcomed X and urged Y": the praise, reported first, is the act -----------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Somalia's president thanked Cairo for its help and called on Addis Ababa to leave.",
            "SOM",
            "EGY",
        ),
        (
            "Washington praised the truce and urged Israel and Hezbollah to respect it.",
            "USA",
            "ISR",
        ),
    ],
)
def test_praise_before_an_appeal_is_the_act(
    coder: Coder, text: str, source: str, target: str
) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_code, found[0].plover_type) == ("051", "SUPPORT")
    assert (country(found[0].source), country(found[0].target)) == (source, target)
    assert any(event.plover_type == "REQUEST" for event in found)  # the appeal is still coded


def test_a_welcome_step_but_an_appeal_stays_the_appeal(coder: Coder) -> None:
    # "called the releases a welcome step but urged": no praise verb, and a contrast
    text = (
        "Britain's foreign secretary called the ceasefire a welcome step but urged Moscow to leave."
    )
    found = events(coder, text)
    assert found and found[0].plover_type == "REQUEST"


# --- 6. "marched to protest the arrest": the protest is the act --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Georgians marched through Tbilisi on Sunday to protest the arrest of the "
        "opposition leader.",
        "Opposition supporters in Dhaka rallied outside the court to protest the jailing of "
        "their leader.",
    ],
)
def test_a_protest_outranks_the_act_it_protests(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == ("14", "PROTEST")


def test_an_arrest_of_protesters_stays_the_arrest(coder: Coder) -> None:
    found = events(coder, "Police in Nairobi arrested dozens of protesters on Tuesday.")
    assert found and (found[0].cameo_root, found[0].plover_type) == ("17", "COERCE")


# --- 7. "raided the camp, detaining 14": the participle after a comma is not the main act --------


@pytest.mark.parametrize(
    ("text", "root", "plover"),
    [
        (
            "Israeli forces raided a refugee camp near Nablus, detaining 14 Palestinians.",
            "19",
            "ASSAULT",
        ),
        (
            "Protesters marched through Lima on Saturday, demanding the president's resignation.",
            "14",
            "PROTEST",
        ),
    ],
)
def test_a_participle_after_a_comma_yields_to_the_act_before(
    coder: Coder, text: str, root: str, plover: str
) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == (root, plover)
    assert len({event.cameo_root for event in found}) == 2  # the participle's act is still coded


# --- 8. crowds in the street without a protest verb ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands of Armenians took to the streets of Yerevan on Sunday.", "141"),
        ("Tens of thousands of Serbians poured into the streets of Novi Sad.", "141"),
        ("Hundreds of teachers picketed the education ministry in Lagos.", "141"),
        ("Thousands of Georgians formed a human chain along the main avenue of Tbilisi.", "141"),
        (
            "Hundreds of opposition supporters gathered outside the court in Dhaka in protest.",
            "141",
        ),
        ("Workers at Nigeria's state oil company walked off the job on Monday.", "143"),
    ],
)
def test_a_crowd_in_the_street_is_a_protest(coder: Coder, text: str, code: str) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_code, found[0].plover_type) == (code, "PROTEST")


def test_fans_celebrating_in_the_streets_are_no_protest_codes_nothing(coder: Coder) -> None:
    text = "Thousands of fans took to the streets of Buenos Aires to celebrate the World Cup win."
    assert events(coder, text) == []


# --- 9. shows of force, veiled threats and territory handed back, in the wire's other words -----


@pytest.mark.parametrize(
    ("text", "root", "plover"),
    [
        (
            "The United States flew B-52 bombers over the Korean Peninsula on Friday.",
            "15",
            "MOBILIZE",
        ),
        ("A Canadian frigate sailed through the Taiwan Strait on Sunday.", "15", "MOBILIZE"),
        ("Iran unveiled a new long-range attack drone on Thursday.", "15", "MOBILIZE"),
        ("Washington sent a nuclear-powered submarine to the port of Busan.", "15", "MOBILIZE"),
        ("Ankara said it would not hesitate to use force against the militants.", "13", "THREATEN"),
        ("The White House said all options were on the table regarding Iran.", "13", "THREATEN"),
        ("Armenia handed back four villages to Azerbaijan on Tuesday.", "08", "RETREAT"),
    ],
)
def test_other_wordings_of_a_known_act(coder: Coder, text: str, root: str, plover: str) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_root, found[0].plover_type) == (root, plover)


def test_displaced_people_returning_to_their_villages_is_no_territory_handed_back_codes_nothing(
    coder: Coder,
) -> None:
    text = "Thousands of displaced Armenians returned to their villages in Tavush on Monday."
    assert events(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cuba granted amnesty to 500 prisoners on Friday.",
        "Myanmar's junta announced an amnesty for 9,000 prisoners.",
    ],
)
def test_an_amnesty_granted_is_a_release(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and (found[0].cameo_code, found[0].plover_type) == ("0841", "RETREAT")
