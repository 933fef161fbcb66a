"""Round 30, left1: background lines of agency copy that still yielded an act (sentences
written for these tests; docs/labelling.md, section 1: background, habits, a state): a habit
timed "at night", a war under way, an act of a year named, a standing criticism, an act
investigated. Each has a near miss that stays the day's act."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.pipeline import code_article
from tests.unit.coding import recommended_coder

LEAD = "KAMPALA, Uganda (AP) \u2014 Rebels attacked a police post in western Uganda on Monday."
LEAD_NO_DATELINE = "Rebels attacked a police post in western Uganda on Monday."


coder = recommended_coder


def _second(coder: Coder, text: str, lead: str = LEAD) -> list[str]:
    coded = code_article(coder, "t", f"{lead}\n\n{text}")
    return [event.cameo_code for event in coded.events if event.sentence_index == 1]


BACKGROUND = [
    # a habit timed by a time of day, no day of the story
    "The group's fighters often attack at night and withdraw into the forest.",
    "The militants usually strike at dawn and flee across the lake.",
    # a war under way
    "The army has been fighting the insurgents with the help of Tanzanian troops.",
    "The army is fighting on several fronts against the rebels.",
    # an act in a relative clause of an event of a year named
    "Memories of the 2016 crackdown, in which troops fired on protesters, remain raw.",
    "The 2011 uprising, during which soldiers shelled the town, left deep scars.",
    # an act after an event of a year named
    "Police detained 100 people after the 2019 attack on the same post.",
    # a standing criticism
    "The government's security policy was widely criticised by rights groups.",
    "The junta has been widely condemned for restricting the press.",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_is_no_act_in_agency_copy(coder: Coder, text: str) -> None:
    assert _second(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Memories of the 2016 crackdown, in which troops fired on protesters, remain raw.",
        "Police detained 100 people after the 2019 attack on the same post.",
        "The government's security policy was widely criticised by rights groups.",
        "The army has been fighting the insurgents with the help of Tanzanian troops.",
    ],
)
def test_background_is_no_act_in_news_site_copy(coder: Coder, text: str) -> None:
    assert _second(coder, text, LEAD_NO_DATELINE) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the day's acts
        # a state's troops firing on protesters repress them (labelling guide points 6 and 47:
        # 175, round 41)
        ("Troops fired on protesters in the capital on Tuesday.", "17"),
        ("The fighters attacked the town at night, police said.", "19"),
        ("The fighters often attack at night, and on Tuesday they struck a school.", "19"),
        ("Police detained 100 people after Friday's attack on the post.", "17"),
        ("Rights groups criticised the decree on Monday.", "11"),
        ("The decree was criticised by rights groups on Monday.", "11"),
        ("Soldiers fought the rebels on several fronts on Tuesday.", "19"),
        ("The army is fighting the rebels in the streets of the town on Tuesday.", "19"),
        ("On Tuesday, troops fired on protesters marking the 2016 crackdown.", "17"),
    ],
)
def test_the_days_act_stays(coder: Coder, text: str, root: str) -> None:
    found = _second(coder, text)
    assert found and found[0][:2] == root


def test_an_act_investigated_is_not_coded_again(coder: Coder) -> None:
    found = _second(coder, "Police said they were investigating the shooting.")
    assert found == []  # round 39: an inquiry naming no suspect is no act (guide point 24)
    found = _second(coder, "Prosecutors are investigating the killing of a journalist.")
    assert [code for code in found if code[:2] in ("18", "19")] == []


@pytest.mark.parametrize("lead", [LEAD, LEAD_NO_DATELINE])
@pytest.mark.parametrize(
    "text",
    [
        "The militia is believed to be holding 50 hostages.",
        "The rebels are thought to be holding at least 12 aid workers hostage.",
    ],
)
def test_a_state_supposed_is_no_act(coder: Coder, lead: str, text: str) -> None:
    assert _second(coder, text, lead) == []


def test_a_seizure_of_the_day_stays(coder: Coder) -> None:
    assert _second(coder, "The militia seized 50 hostages on Tuesday.", LEAD_NO_DATELINE)


@pytest.mark.parametrize(
    "text",
    [
        "The group frequently attacks convoys at night.",
        "The fighters often ambush army patrols on the main road.",
    ],
)
def test_a_habit_is_no_act_in_news_site_copy(coder: Coder, text: str) -> None:
    assert _second(coder, text, LEAD_NO_DATELINE) == []


def test_a_habit_with_the_days_act_keeps_an_assault(coder: Coder) -> None:
    text = "The fighters often attack at night, and on Tuesday they struck a school."
    found = _second(coder, text, LEAD_NO_DATELINE)
    assert found and all(code[:2] in ("18", "19") for code in found)
