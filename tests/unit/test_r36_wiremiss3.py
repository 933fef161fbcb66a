"""Round 36, wiremiss3: relevant agency sentences that yielded no event. "The army said it
struck ..." reads the pronoun as the speaker itself after an irregular past as after a past in
"-ed" ("said it killed"), so the act is not marked down as a guess from the article; an
"until" before a day ("adjourned the hearing until Wednesday and rejected ...") bounds the act
before it, and makes no condition of the act after it. Patterns a word or a gap short: a state's
ships (coast guard, navy) that "entered" waters named by who claims or closes them show force
(150), "held five hours of talks with" is a meeting (040), and protesters who "banged pots and
pans" (141), "fired fireworks at" police or "pushed through" a police line (145) protest; "said it
targeted militants" (no article before the armed men) and "targeted a Hezbollah operative" strike
(190); "had spoken by phone with" is a call (041) as "spoke by phone" is; a crowd that "rallied" or
"gathered" outside parliament or Congress protests (141) before the charge or demand told after
it, and the same crowd gathered there "to welcome" a team does not; prison sentences "upheld"
against opponents on appeal are passed again (173).
Each has a near miss that keeps its old reading. Every sentence in these tests was written for
them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, recommended_coder
from tests.unit.coding import first_sides as firsts

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str, lead: str = "") -> list[TensionEvent]:
    """The events of `text` as the last sentence of an agency report (after `lead`)."""
    body = (
        f"{dateline}, June 3 (Reuters) - {lead} {text}"
        if lead
        else f"{dateline}, June 3 (Reuters) - {text}"
    )
    found = article(coder, body)
    last = 1 if lead else 0
    return [event for event in found if event.sentence_index == last]


LEAD_LEBANON = "Israeli warplanes flew over southern Lebanon for a second day on Tuesday."
LEAD_SUDAN = "Fighting went on around the city."


@pytest.mark.parametrize(
    ("dateline", "lead", "text", "dyad"),
    [
        (
            "JERUSALEM",
            LEAD_LEBANON,
            "The Israeli military said it struck Hezbollah fighters who were moving rockets "
            "near the border.",
            ("190", "ISR", "LBN"),
        ),
        (
            "KHARTOUM",
            LEAD_SUDAN,
            "The Sudanese army said it struck RSF positions in Omdurman overnight.",
            ("190", "SDN", "SDN"),
        ),
    ],
)
def test_said_it_with_an_irregular_past_is_the_speakers_own_deed(
    coder: Coder, dateline: str, lead: str, text: str, dyad: tuple[str, str, str]
) -> None:
    assert firsts(wire(coder, dateline, text, lead)) == dyad


def test_said_it_would_strike_keeps_its_doubt(coder: Coder) -> None:
    text = (
        "The Israeli military said it would strike Hezbollah fighters who approached its positions."
    )
    assert wire(coder, "JERUSALEM", text, LEAD_LEBANON) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Tunisian court adjourned the trial of opposition leader Rached Ghannouchi until Monday "
        "and rejected a defence request for his release.",
        "A Tunisian court postponed the hearing until March 4 and rejected a request to free "
        "the opposition leader on bail.",
    ],
)
def test_an_until_before_a_day_bounds_the_act_before_it_not_the_next(
    coder: Coder, text: str
) -> None:
    found = firsts(wire(coder, "TUNIS", text))
    assert found is not None and found[:2] == ("1243", "TUN")


def test_an_until_before_a_clause_is_still_a_condition(coder: Coder) -> None:
    text = "Ghannouchi said he would stay in the country until the court released his aides."
    assert wire(coder, "TUNIS", text) == []


def test_coast_guard_ships_entering_claimed_waters_show_force(coder: Coder) -> None:
    text = (
        "Chinese coast guard vessels entered Vietnamese-claimed waters near the Paracel Islands "
        "on Tuesday, Vietnam's foreign ministry said."
    )
    assert firsts(wire(coder, "HANOI", text)) == ("150", "CHN", "VNM")


def test_fishing_boats_entering_waters_are_no_show_of_force(coder: Coder) -> None:
    text = (
        "Dozens of fishing vessels entered the waters of the bay to shelter from the typhoon on "
        "Tuesday, port officials said."
    )
    assert wire(coder, "HANOI", text) == []


def test_hours_of_talks_held_with_a_leader_are_a_meeting(coder: Coder) -> None:
    text = (
        "U.S. envoy Steve Witkoff held more than five hours of talks with President Vladimir Putin "
        "in the Kremlin on Thursday."
    )
    assert firsts(wire(coder, "MOSCOW", text)) == ("040", "USA", "RUS")


@pytest.mark.parametrize(
    ("dateline", "text", "code"),
    [
        ("SANTIAGO", "Protesters banged pots and pans outside the presidential palace.", "141"),
        (
            "TBILISI",
            "Demonstrators fired fireworks at police lines outside parliament, the interior "
            "ministry said.",
            "145",
        ),
        (
            "BELGRADE",
            "A few demonstrators broke through a cordon of riot police and tried to storm the city "
            "hall.",
            "145",
        ),
    ],
)
def test_a_crowds_noisy_or_forceful_protest_is_coded(
    coder: Coder, dateline: str, text: str, code: str
) -> None:
    found = firsts(wire(coder, dateline, text))
    assert found is not None and found[0] == code


def test_a_bill_pushed_through_is_no_riot_codes_nothing(coder: Coder) -> None:
    text = "Lawmakers pushed through a budget bill late on Tuesday."
    assert wire(coder, "BELGRADE", text) == []


def test_militants_targeted_with_no_article_are_struck(coder: Coder) -> None:
    text = (
        "Pakistan's army said it targeted militants who were preparing attacks on security posts "
        "in North Waziristan."
    )
    found = firsts(wire(coder, "PESHAWAR", text))
    assert found is not None and found[:2] == ("190", "PAK")


def test_a_campaign_that_targeted_fighters_is_no_strike(coder: Coder) -> None:
    text = "A new recruitment campaign targeted fighters who had left the group, a researcher said."
    assert wire(coder, "PESHAWAR", text) == []


def test_a_call_told_in_the_perfect_with_spoken_is_a_call(coder: Coder) -> None:
    text = (
        "Romania's president said he had spoken by phone with the NATO secretary-general about "
        "the debris found near Galati."
    )
    found = firsts(wire(coder, "BUCHAREST", text))
    assert found is not None and found[:2] == ("041", "ROU")


def test_a_speech_given_to_reporters_is_no_call_codes_nothing(coder: Coder) -> None:
    text = "President Klaus Iohannis had spoken to reporters before the summit."
    assert wire(coder, "BUCHAREST", text) == []


def test_a_crowd_rallying_outside_parliament_comes_before_its_charge(coder: Coder) -> None:
    lead = "Kenya's parliament passed the finance bill on Tuesday."
    text = (
        "In Nairobi, several thousand people rallied outside parliament at a protest called by "
        "the opposition, accusing President William Ruto of betraying young voters."
    )
    found = wire(coder, "NAIROBI", text, lead)
    assert [event.cameo_code for event in found][:1] == ["141"]


def test_a_crowd_gathered_outside_congress_to_demand_protests(coder: Coder) -> None:
    lead = "The president faced fresh calls to quit on Monday."
    text = (
        "Hundreds of people gathered outside the presidential palace on Sunday to demand his "
        "resignation."
    )
    assert firsts(wire(coder, "BOGOTA", text, lead)) == ("141", "COL", "COL")


def test_a_crowd_gathered_outside_congress_to_welcome_a_team_is_no_protest(coder: Coder) -> None:
    text = "Hundreds of people gathered outside Congress to welcome the returning football team."
    assert wire(coder, "BOGOTA", text) == []


def test_sentences_upheld_on_appeal_are_passed_again(coder: Coder) -> None:
    text = (
        "A Thai appeals court on Friday upheld heavy prison sentences against 12 opposition "
        "activists convicted of insulting the monarchy, their lawyers said."
    )
    assert firsts(article(coder, f"BANGKOK (AFP) - {text}")) == ("173", "THA", "THA")


def test_a_ban_upheld_on_appeal_stays_a_ban(coder: Coder) -> None:
    text = (
        "A Thai appeals court on Friday upheld a ban on the opposition party's former leaders, "
        "their lawyers said."
    )
    found = article(coder, f"BANGKOK (AFP) - {text}")
    assert [event.cameo_code for event in found][:1] == ["1722"]
