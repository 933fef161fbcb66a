"""Agency copy's context judged not relevant that still got an event, round 33: what a report,
an inquiry or an investigation finds ("The U.N. report found that soldiers had attacked
civilians", "said in a report that ..."), an act in the simple present done every night or
day, a party's "history of" acts, what a measure or a motion would do, "one of the groups
fighting in ...", "the internationally backed government", and a request a court or a chamber
is to rule or vote on. Each has a near miss that stays an act. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second

recommended = recommended_coder

CAMP = (
    "EL FASHER, Sudan (Reuters) - Rapid Support Forces fighters shelled a displacement camp "
    "outside El Fasher on Tuesday, killing at least 14 people, aid workers said. "
)
GRID = (
    "KYIV (Reuters) - Russian forces struck an energy facility in the Kharkiv region on "
    "Monday, regional officials said. "
)
RAID = (
    "MOGADISHU (AP) - Somali troops clashed with al-Shabab militants near the town of Jowhar "
    "on Wednesday, a military official said. "
)
COURT = (
    "ISLAMABAD (Reuters) - Pakistan's army said on Thursday it had killed 12 militants in a "
    "raid in the northwest. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (CAMP, "The U.N. report found that both the army and the rebels had attacked civilians."),
        (CAMP, "An independent inquiry found that police had shot unarmed protesters."),
        (CAMP, "The investigation concluded that soldiers had killed 14 villagers."),
        (CAMP, "The commission found that security forces had tortured prisoners."),
        (
            CAMP,
            "Amnesty International said in a report that security forces had tortured detainees.",
        ),
    ],
)
def test_what_a_report_finds_is_background(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # the report's author acting, and a party's own count of its act
        (
            CAMP,
            "Amnesty International accused the paramilitaries of torturing detainees.",
            "ACCUSE",
        ),
        (CAMP, "Police said they had arrested 30 protesters in the capital.", "COERCE"),
        (CAMP, "Investigators arrested two soldiers on Monday.", "COERCE"),
    ],
)
def test_an_act_outside_a_finding_stays(
    recommended: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (GRID, "Russia fires dozens of drones at Ukraine every night."),
        (GRID, "Russian drones attack the city almost every night."),
        (GRID, "Police arrest dozens of protesters in the capital every weekend."),
    ],
)
def test_an_act_in_the_present_done_every_night_is_a_habit(
    recommended: Coder, lead: str, text: str
) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        (GRID, "Russian drones attacked the city overnight, the mayor said.", "ASSAULT"),
        (GRID, "Police arrested dozens of protesters in the capital on Saturday.", "COERCE"),
    ],
)
def test_the_nights_act_in_the_past_stays(
    recommended: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (GRID, "The two countries have a long history of border clashes."),
        (RAID, "The group has a long record of attacks on aid convoys."),
    ],
)
def test_a_history_of_acts_is_no_act(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


def test_the_days_clash_stays(recommended: Coder) -> None:
    text = "Troops of the two countries clashed on the border on Monday."
    assert "ASSAULT" in second(recommended, text, GRID)


@pytest.mark.parametrize(
    "text",
    [
        "The measure would impose sanctions on officials involved in the crackdown.",
        "The motion would expel the ambassador of any state that recognises the region.",
    ],
)
def test_what_a_measure_would_do_is_no_act(recommended: Coder, text: str) -> None:
    assert second(recommended, text, COURT) == []


def test_sanctions_imposed_stay(recommended: Coder) -> None:
    text = "Washington imposed sanctions on officials involved in the crackdown."
    assert "SANCTION" in second(recommended, text, COURT)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels are one of more than 100 armed groups fighting in the east.",
        "The group is one of several militias fighting the army in the region.",
        "Militias fighting in the region include several clan forces.",
    ],
)
def test_groups_described_as_fighting_report_no_battle(recommended: Coder, text: str) -> None:
    assert second(recommended, text, RAID) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups fighting the army attacked a village on Tuesday.",
        "Soldiers are fighting the militants on the outskirts of the town, residents said.",
    ],
)
def test_fighting_reported_stays(recommended: Coder, text: str) -> None:
    assert "ASSAULT" in second(recommended, text, RAID)


def test_an_adverb_and_backed_before_a_noun_names_it(recommended: Coder) -> None:
    text = "Al-Shabab has long sought to overthrow the internationally backed government."
    assert second(recommended, text, RAID) == []


def test_backing_given_stays(recommended: Coder) -> None:
    text = "The African Union backed the government's plan to hold elections on Monday."
    assert "SUPPORT" in second(recommended, text, RAID)


@pytest.mark.parametrize(
    "text",
    [
        "A court is due to rule on the government's request to ban the party on Wednesday.",
        "Parliament will vote on the president's request to extend the state of emergency.",
        "The committee is examining the government's demand for compensation.",
    ],
)
def test_a_request_a_court_or_chamber_weighs_is_not_reported(recommended: Coder, text: str) -> None:
    assert second(recommended, text, COURT) == []


def test_a_request_made_stays(recommended: Coder) -> None:
    text = "The government asked the Supreme Court on Tuesday to ban the party."
    assert "REQUEST" in second(recommended, text, COURT)


AID = (
    "CAIRO (Reuters) - Egyptian authorities arrested a prominent blogger on Sunday, his lawyer "
    "said. "
)
WAR = (
    "JERUSALEM (Reuters) - Israeli air strikes killed at least 25 people in the north of the "
    "enclave on Saturday, health officials said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Washington gives Cairo about $1.3 billion in military aid each year.",
        "Washington gives Cairo about $1.3 billion in military aid annually.",
    ],
)
def test_aid_given_every_year_is_a_habit(recommended: Coder, text: str) -> None:
    assert second(recommended, text, AID) == []


def test_aid_given_on_a_day_stays(recommended: Coder) -> None:
    text = "Washington gave Cairo $1.3 billion in military aid on Monday."
    assert "AID" in second(recommended, text, AID)


def test_what_the_attack_that_began_the_war_did_is_background(recommended: Coder) -> None:
    text = (
        "The war began when gunmen attacked border villages on Oct. 7, 2023, killing some "
        "1,200 people and taking 251 hostages."
    )
    assert second(recommended, text, WAR) == []


def test_the_days_attack_and_its_result_stay(recommended: Coder) -> None:
    text = "Gunmen attacked a border village on Sunday, killing 12 people and taking 20 hostages."
    assert "ASSAULT" in second(recommended, text, WAR)


@pytest.mark.parametrize(
    "text",
    [
        "Israel says it allows enough aid into the territory.",
        "The army says it releases detainees who are found to have no links to armed groups.",
    ],
)
def test_a_deed_a_party_says_it_does_is_its_practice(recommended: Coder, text: str) -> None:
    assert second(recommended, text, WAR) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The army says it has released 20 detainees.", "RETREAT"),
        ("Israel said it allowed 50 aid trucks into the territory on Sunday.", "RETREAT"),
    ],
)
def test_a_deed_done_stays(recommended: Coder, text: str, plover: str) -> None:
    assert plover in second(recommended, text, WAR)


SAHEL = (
    "BAMAKO (Reuters) - Jihadist fighters killed 12 soldiers in an attack on an army post in "
    "central Mali on Monday, the army said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists attack villages and kill civilians they accuse of helping the army.",
        "They kidnap villagers for ransom and burn granaries.",
        "Soldiers arrest young men they suspect of links to the militants.",
    ],
)
def test_a_deed_in_the_present_after_a_plural_subject_is_what_they_do(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, SAHEL) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The militants attacked two army posts in the region on Tuesday.", "ASSAULT"),
        ("Gunmen kidnapped 20 villagers in the region overnight.", "ASSAULT"),
    ],
)
def test_the_days_deed_in_the_past_stays(recommended: Coder, text: str, plover: str) -> None:
    assert plover in second(recommended, text, SAHEL)


def test_what_a_sanctions_package_would_do_is_no_act(recommended: Coder) -> None:
    text = "The package would target Russia's shadow fleet of oil tankers."
    assert second(recommended, text, SAHEL) == []
