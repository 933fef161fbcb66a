"""Agency copy's sentences judged not relevant that still got an event, round 31: an act's noun
right after a verb of saying is the subject of the reported clause, not the verb's object
("Officials said the attack bore the hallmarks of the group" reports no act, as "The attack
bore the hallmarks ..." does not); a claim of an attack told the other way round ("The attack
was claimed by ...", "The group later claimed the attack") follows an attack already reported,
as "claimed responsibility for the attack" does (docs/labelling.md, section 4, point 3); a
participle opening the sentence before a person's title ("Detained opposition leader ...")
names the person; and acts dated by last year's event or a year with a word before it ("during
last year's election campaign", "after the disputed 2020 election"). Each has a near miss that
stays an act. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, recommended_coder, second

coder = evaluation_coder
recommended = recommended_coder

RAID = (
    "JOS, Nigeria (AP) - Gunmen attacked a village in central Nigeria on Tuesday, killing at "
    "least 18 people, police said. "
)
BOMBING = (
    "MOGADISHU (Reuters) - A suicide bomber struck a police academy in the capital on Sunday, "
    "killing nine recruits, officials said. "
)
ARREST = (
    "HARARE (Reuters) - Zimbabwean police arrested 40 opposition activists at a rally in "
    "Harare on Saturday, their lawyers said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (RAID, "Officials said the attack bore the hallmarks of the militant group."),
        (RAID, "Police said the attack bore the hallmarks of a militant group."),
        (BOMBING, "A police spokesman said the bombing bore the hallmarks of the insurgents."),
        (BOMBING, "Officials said the blast bore the hallmarks of the militants."),
    ],
)
def test_a_said_noun_is_the_reported_subject(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # a party after the verb of saying, or a pattern that holds the reported verb
        (RAID, "The army said its aircraft struck the gunmen as they fled.", "ASSAULT"),
        (RAID, "Police said the gunmen attacked a second village on Wednesday.", "ASSAULT"),
        (RAID, "Officials said the militants attacked an army post overnight.", "ASSAULT"),
    ],
)
def test_a_reported_act_stays(recommended: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (RAID, "The attack was claimed by a local affiliate of the Islamic State group."),
        (BOMBING, "The bombing was claimed by the militant group al-Shabab."),
        (BOMBING, "Responsibility for the bombing was claimed by al-Shabab."),
        (RAID, "The Islamic State group later claimed the attack."),
        (BOMBING, "Al-Shabab claimed the bombing in a statement on its radio station."),
        (BOMBING, "Al-Shabab claimed Sunday's bombing."),
    ],
)
def test_a_claim_of_an_attack_told_is_no_act(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        # the claim tells the attack: an indefinite one, with its target and victims
        (
            RAID,
            "The Islamic State group claimed an attack on an army base in the north that killed "
            "12 soldiers.",
        ),
        (BOMBING, "Al-Shabab militants attacked an army base near the capital on Monday."),
    ],
)
def test_a_claim_that_tells_the_attack_stays(coder: Coder, lead: str, text: str) -> None:
    assert "ASSAULT" in second(coder, text, lead)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Detained opposition leader Tendai Moyo has been on hunger strike for two weeks.", []),
        (
            "Jailed activist Grace Banda appealed to supporters in a letter to remain peaceful.",
            ["REQUEST"],
        ),
    ],
)
def test_a_participle_opening_a_title_arrests_no_one(
    coder: Coder, text: str, coded: list[str]
) -> None:
    # a standing hunger strike codes nothing; the jailed activist's appeal stays an appeal
    assert second(coder, text, ARREST) == coded


def test_a_participle_opening_a_clause_stays(coder: Coder) -> None:
    assert "COERCE" in second(coder, "Police detained 12 more activists on Sunday.", ARREST)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at opposition supporters during last year's election campaign.",
        "Hundreds of opposition supporters were arrested after the disputed 2018 election.",
        "Soldiers opened fire on protesters after the failed 2017 coup, killing dozens.",
    ],
)
def test_an_act_of_a_past_years_event_is_background(coder: Coder, text: str) -> None:
    assert second(coder, text, ARREST) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at opposition supporters in Bulawayo on Sunday.",
        "Police arrested 12 more opposition supporters after the rally.",
    ],
)
def test_an_act_of_the_day_stays(coder: Coder, text: str) -> None:
    assert second(coder, text, ARREST) != []


DRILLS = (
    "BAKU (Reuters) - Armenia and Iran began joint military exercises near Azerbaijan's border "
    "on Tuesday, the Armenian defence ministry said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Baku views the drills as rehearsals for an invasion.",
        "Baku calls the exercises a provocation.",
        "Moscow describes the sanctions as illegal.",
        "Azerbaijan's government brands its critics foreign agents.",
    ],
)
def test_a_view_in_the_present_is_a_standing_one_codes_nothing(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, DRILLS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Baku on Wednesday called the exercises a rehearsal for an attack.",
        "Azerbaijan's foreign ministry called the drills a provocation.",
    ],
)
def test_a_verdict_of_the_day_stays(recommended: Coder, text: str) -> None:
    assert "ACCUSE" in second(recommended, text, DRILLS)


def test_a_headline_verdict_in_the_present_stays(recommended: Coder) -> None:
    found = article(
        recommended,
        "BAKU (Reuters) - Azerbaijan's parliament met on Tuesday to discuss the budget.",
        title="Azerbaijan brands Armenian drills a rehearsal for an attack",
    )
    assert any(e.sentence_index == 0 and e.plover_type == "ACCUSE" for e in found)
