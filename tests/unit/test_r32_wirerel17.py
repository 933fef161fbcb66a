"""Agency copy's background judged not relevant that still got an event, round 32: a main
clause in the perfect after an opening that names a span up to now ("Since the coup, security
forces have arrested more than 20,000 people", "Over the past decade, Beijing has expelled
...") tells what the period held, not the day's act (docs/labelling.md: habits and trends); an
act after "be to" is a plan or what a text provides ("Under the truce, Israeli troops were to
withdraw within 60 days", "He is to be tried in May"); and a standing designation in the
present passive ("The group is designated a terrorist organisation by the United States"). Each
has a near miss that stays an act. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second

recommended = recommended_coder

ARREST = (
    "HARARE (Reuters) - Zimbabwean police arrested 40 opposition activists at a rally in "
    "Harare on Saturday, their lawyers said. "
)
STRIKE = (
    "BEIRUT (AP) - An Israeli airstrike hit a car in southern Lebanon on Sunday, killing two "
    "people, Lebanon's health ministry said. "
)
CLASH = (
    "KHARTOUM, Sudan (AP) - Sudanese troops clashed with paramilitary fighters near the town of "
    "Bara on Monday, the army said. "
)
EXPULSION = (
    "BEIJING (AP) - China expelled a Canadian diplomat on Tuesday over what it called "
    "interference in its internal affairs, the foreign ministry said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (
            ARREST,
            "Since the disputed election, police have arrested hundreds of opposition members.",
        ),
        (ARREST, "Since January, police have detained more than 600 protesters in the capital."),
        (ARREST, "Since the strikes began in May, authorities have arrested some 900 workers."),
        (CLASH, "Since the truce collapsed, the army has shelled rebel districts of the city."),
        (CLASH, "For years, the paramilitaries have attacked convoys on the western highway."),
        (EXPULSION, "Over the past decade, Beijing has expelled several foreign correspondents."),
        (EXPULSION, "In recent years, China has detained a number of Canadian citizens."),
        (ARREST, "This year alone, police have arrested more than 300 activists."),
    ],
)
def test_a_perfect_after_a_span_opening_is_background(
    recommended: Coder, lead: str, text: str
) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # a day of the story named, or the simple past after a place or a day
        (ARREST, "Since Saturday, police have detained more than 60 protesters.", "COERCE"),
        (ARREST, "In Bulawayo, police have arrested 12 opposition supporters.", "COERCE"),
        (CLASH, "On Tuesday, the army shelled rebel positions north of the town.", "ASSAULT"),
    ],
)
def test_an_act_after_other_openings_stays(
    recommended: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (STRIKE, "Under the truce, Israeli troops were to withdraw from southern Lebanon."),
        (STRIKE, "Under the deal, Israeli forces were to pull out of five hilltop positions."),
        (ARREST, "The activists are to be charged with inciting public violence."),
        (EXPULSION, "The diplomat is to leave the country within 72 hours."),
    ],
)
def test_an_act_after_be_to_is_a_plan(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # the act itself, told in the past; "to blame" is an accusation, no plan
        (STRIKE, "Israeli troops withdrew from two positions in southern Lebanon.", "RETREAT"),
        (ARREST, "Police charged the activists with inciting public violence.", "COERCE"),
    ],
)
def test_the_act_itself_stays(recommended: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (CLASH, "The group is designated a terrorist organisation by the United States."),
        (CLASH, "The militia is designated as a terrorist group by Washington."),
    ],
)
def test_a_designation_in_the_present_is_a_standing(
    recommended: Coder, lead: str, text: str
) -> None:
    assert second(recommended, text, lead) == []


def test_a_designation_in_the_past_stays(recommended: Coder) -> None:
    text = "The United States designated the militia a terrorist organisation on Wednesday."
    assert second(recommended, text, CLASH) != []


KYIV = (
    "KYIV, Ukraine (AP) - Russia launched dozens of drones at Ukraine overnight, damaging homes "
    "in the Odesa region, officials said on Friday. "
)
GAZA = (
    "GAZA CITY (AP) - Israeli airstrikes killed 20 people in the Gaza Strip on Tuesday, "
    "hospital officials said. "
)
GOMA = (
    "GOMA, Congo (AP) - M23 rebels seized a town in eastern Congo on Wednesday after two days "
    "of fighting with the army, residents said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (ARREST, "It was not immediately clear how many people were detained."),
        (ARREST, "Police did not say how many opposition supporters were arrested."),
        (CLASH, "It was unclear how many fighters were killed in the attack."),
        (CLASH, "It remains unclear who fired the shells."),
    ],
)
def test_an_act_in_a_question_left_open_is_none(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # the question word names what the act was about, or a figure is given
        (ARREST, "Police said they had arrested 35 people, and it was unclear why.", "COERCE"),
        (ARREST, "Police said they had detained 35 opposition supporters.", "COERCE"),
    ],
)
def test_a_told_act_stays(recommended: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(recommended, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (GAZA, "Israel's offensive in Gaza has killed more than 60,000 Palestinians."),
        (KYIV, "The Russian bombardment has destroyed much of the town."),
        (KYIV, "The Russian bombardment of the grid has caused widespread blackouts."),
        (GOMA, "The rebels occupy about a third of the province."),
        (GOMA, "M23 fighters now control the main roads into the city."),
    ],
)
def test_a_toll_or_ground_held_is_background(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # a day of the story named, or the act itself
        (GAZA, "The Israeli offensive killed 30 militants in Rafah on Wednesday.", "ASSAULT"),
        (GAZA, "Israeli strikes have killed 12 people in Rafah since Tuesday.", "ASSAULT"),
        (KYIV, "Russian drone strikes have killed three people in Odesa.", "ASSAULT"),
        (GOMA, "The rebels captured a second town on Thursday, residents said.", "COERCE"),
    ],
)
def test_the_days_toll_or_capture_stays(
    recommended: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(recommended, text, lead)
