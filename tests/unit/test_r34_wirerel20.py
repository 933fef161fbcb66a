"""Agency copy's context judged not relevant that still got an event, round 34: an act dated by
a season gone ("last spring"); armed men a verb of having or visiting or a preposition governs,
described by "fighting" ("has 3,000 troops in Somalia fighting al-Shabab"); an attack whose claim
stands in a comma-set aside ("The attack, claimed by ..., was the deadliest"); a span after two
perfect verbs joined by "and" ("has expelled ... and detained ... in recent months"); a perfect
act counted ("has been convicted twice"); a perfect accusation with the accused's standing
denial ("..., which Kigali denies"); the judgement a ", a move X called ..." passes on an act
dated years back; and a legal measure one "faces". Each has a near miss that stays an act.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, of_type, recommended_coder, second, second_events

recommended = recommended_coder

LEAD = (
    "NAIROBI, Kenya (AP) - Kenyan police fired tear gas at opposition supporters in Nairobi on "
    "Tuesday, witnesses said. "
)
LUSAKA = (
    "LUSAKA, Zambia (Reuters) - Zambia's opposition called on Wednesday for a general strike "
    "to protest against the suspension of parliament, party officials said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (LEAD, "Uganda closed its border with Kenya for two weeks last spring after an outbreak."),
        (
            LEAD,
            "Kenyan police detained the opposition leader last winter during a rally in Kisumu.",
        ),
        (LEAD, "Kenya has about 3,000 troops in Somalia fighting al-Shabab under an AU mandate."),
        (
            LEAD,
            "The president was killed while inspecting troops fighting separatists in the east.",
        ),
        (LEAD, "The attack, claimed by al-Shabab, was the deadliest in the region this year."),
        (
            LEAD,
            "The attack, which was claimed by al-Shabab, was the deadliest in the region "
            "this year.",
        ),
        (
            LEAD,
            "The government has also expelled two Zambian reporters and detained several "
            "activists in recent months.",
        ),
        (LEAD, "The former vice president has been convicted twice on corruption charges."),
        (LEAD, "The opposition leader has been detained three times on charges of sedition."),
        (LEAD, "Uganda has accused Rwanda of training rebels, which Kigali denies."),
        (
            LEAD,
            "Kenya has accused Somalia of arming militias along the border, an accusation "
            "Mogadishu rejects.",
        ),
        (
            LUSAKA,
            "The president dissolved the assembly in 2019 and has since governed by decree, which "
            "critics describe as a power grab.",
        ),
        (LEAD, "The former minister faces an arrest warrant over the killings and lives abroad."),
        (
            LEAD,
            "Nairobi has since advised Kenyan citizens to avoid travel to Somalia and suspended "
            "flights to Mogadishu.",
        ),
    ],
)
def test_context_gets_no_event(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # the news's day, or no season gone
        (LEAD, "Uganda closed its border with Kenya on Wednesday after an outbreak.", "COERCE"),
        (LEAD, "The rebels captured the town during the last winter of the war.", "COERCE"),
        # "fighting" as the main verb, and a fight asked to stop
        (LEAD, "Kenyan soldiers are fighting al-Shabab near the border.", "ASSAULT"),
        (LEAD, "The envoy urged the troops to stop fighting.", "REQUEST"),
        # the attack itself
        (
            LEAD,
            "Al-Shabab militants attacked a police station in Mandera, killing four officers.",
            "ASSAULT",
        ),
        # an aside that tells how the attack was made is no claim
        (
            LEAD,
            "Two soldiers died in the ambush, which was staged with roadside bombs, the army said.",
            "ASSAULT",
        ),
        # no span: the two acts are news
        (
            LEAD,
            "The government has expelled two Zambian reporters and detained several activists.",
            "COERCE",
        ),
        (LEAD, "Police arrested the opposition leader twice on Tuesday.", "COERCE"),
        # a simple past accusation, or one of the news's day
        (LEAD, "Uganda accused Rwanda of training rebels, a charge Kigali denies.", "ACCUSE"),
        (
            LEAD,
            "Uganda on Tuesday accused Rwanda of training rebels, which Kigali denies.",
            "ACCUSE",
        ),
        # a move of the news's day
        (
            LUSAKA,
            "The president dissolved parliament on Tuesday, a move his opponents called a coup.",
            "COERCE",
        ),
        # no "since": the advisory and the suspension are news
        (
            LEAD,
            "Nairobi has advised Kenyan citizens to avoid travel to Somalia and suspended "
            "flights to Mogadishu.",
            "SANCTION",
        ),
        # the arrest is the act, the charges faced are not
        (
            LEAD,
            "Police arrested the former minister on Tuesday and he faces charges of treason.",
            "COERCE",
        ),
    ],
)
def test_near_misses_stay_acts(recommended: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(recommended, text, lead)


def test_a_move_of_the_day_keeps_its_accusation(recommended: Coder) -> None:
    found = second(
        recommended,
        "The president dissolved parliament, a move his opponents called a coup.",
        LUSAKA,
    )
    assert "ACCUSE" in found


BORDER = "DUSHANBE (AP) - Tajik and Kyrgyz border guards exchanged fire on Friday, officials said. "


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        # the party a deployment is sent to help is not its target
        (LEAD, "Kenya deployed soldiers to assist the police in handling the riots."),
        (LEAD, "Tanzania deployed soldiers to help police guard polling stations on Sunday."),
        (LEAD, "Zambia put its army on alert to back up police ahead of the vote."),
        # a region of the source's own country, known to the gazetteer or not, is where it goes
        (
            BORDER,
            "Tajikistan sent more troops and armoured vehicles to the Sughd region, the defence "
            "ministry said.",
        ),
    ],
)
def test_a_show_of_force_helping_or_at_home_has_no_target(
    recommended: Coder, lead: str, text: str
) -> None:
    event = of_type(second_events(recommended, text, lead), "MOBILIZE")
    assert event.target is None


def test_a_show_of_force_against_a_party_keeps_it(recommended: Coder) -> None:
    text = "Kenya deployed troops against al-Shabab militants in Lamu on Monday."
    event = of_type(second_events(recommended, text, LEAD), "MOBILIZE")
    assert country(event.target) == "SOM"


@pytest.mark.parametrize(
    "text",
    [
        # the police's appeal to the public in a crime report, and the patrols told with it
        "Police are appealing for witnesses after a shop window was broken on the high street.",
        "Investigators asked anyone who saw the car to contact them.",
        "Officers have stepped up patrols near the station and asked any witnesses to ring them.",
        # a violent act's noun as the name a speaker gives something
        "The minister called the report a political assassination of his character.",
    ],
)
def test_policing_appeals_and_violent_names_get_no_event(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Police urged protesters to leave the square on Tuesday.", "REQUEST"),
        ("The U.N. urged the government to come forward with a plan for talks.", "REQUEST"),
        # the thing named right after the verb is the act condemned
        ("The president called the attack a cowardly act of terrorism.", "ACCUSE"),
    ],
)
def test_appeals_and_namings_near_misses(recommended: Coder, text: str, plover: str) -> None:
    assert plover in second(recommended, text, LEAD)


def test_a_rejection_of_such_criticism_is_a_stance(recommended: Coder) -> None:
    text = "Ruto has dismissed such criticism, saying the police acted lawfully."
    assert second(recommended, text, LEAD) == []
    near = "Ruto on Tuesday dismissed the criticism, saying the police acted lawfully."
    assert "REJECT" in second(recommended, near, LEAD)
