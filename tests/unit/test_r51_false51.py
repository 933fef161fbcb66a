"""Round 51 (false51): false events on sentences that report no political act, by mechanism.

Sentences written for the classes (none copied from the labelled sets): meetings, visits and
drills on the calendar and the purpose of a planned journey (docs/labelling.md, section 1:
plans and schedules), a weather front as the subject of a threat and a colour-graded warning
(section 1: weather; point 33: safety advice), and a noun naming the kind of party a subject is
("is one of X's largest donors": a standing role). Each class has near misses that stay coded.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, events, first_codes, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish foreign minister is due to meet his Greek counterpart in Athens next week.",
        "Lavrov said he would meet the Chinese envoy in Moscow on Friday.",
        "The two defence chiefs will hold talks in Seoul later this month.",
        "The Estonian president will visit Kyiv on Thursday.",
        "The African Union will send envoys to Juba next month to discuss the ceasefire with the "
        "rebels.",
        "ECOWAS will send a mediation mission to Conakry next week.",
        "Spanish and French warships are due to take part in the exercises from Monday to "
        "Wednesday.",
        "Finnish jets are scheduled to take part in the drills off Estonia.",
    ],
)
def test_a_meeting_journey_or_drill_on_the_calendar_is_a_plan(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_the_same_meetings_and_drills_done_or_agreed_stay_coded(coder: Coder) -> None:
    assert first_codes(
        coder, "The Turkish foreign minister met his Greek counterpart in Athens on Tuesday."
    ) == ("040", "TURGOV", "GRCGOV")
    assert first_codes(coder, "Lavrov agreed to meet the Chinese envoy in Moscow on Friday.") == (
        "036",
        "RUSGOV",
        "CHNGOV",
    )
    assert first_codes(
        coder, "Spanish and French warships took part in the exercises on Monday."
    ) == ("150", "ESPMIL", None)
    # a purpose of a journey made, not planned
    assert coded_as(
        events(coder, "The Arab League sent a delegation to Khartoum to discuss the truce.")
    )[0][:2] == ("CONSULT", "042")


def test_a_planned_protest_on_a_condition_stays_a_threat(coder: Coder) -> None:
    text = (
        "Protesters said they would hold another sit-in outside parliament on Friday if the "
        "arrested students were not freed."
    )
    assert first_codes(coder, text)[0] == "133"


@pytest.mark.parametrize(
    "text",
    [
        "A cold front threatened to bury the mountain passes under a metre of snow.",
        "Heavy rain threatens to swamp the Irrawaddy delta by Friday.",
        "Portugal's civil protection agency issued an orange warning for the Algarve.",
        "The environment agency has put the north under a red warning as the monsoon nears.",
    ],
)
def test_weather_fronts_and_colour_warnings_are_no_acts(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_fronts_and_warnings_of_parties_stay_coded(coder: Coder) -> None:
    assert first_codes(coder, "The rebels' National Front threatened to attack the capital.")[
        0
    ] == ("138")
    assert first_codes(coder, "Beijing issued a stern warning to Manila over the reef.") == (
        "130",
        "CHNGOV",
        "PHLGOV",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Japan is one of Cambodia's largest aid donors.",
        "Norway remains one of Ukraine's biggest donors.",
        "Kuwait is among the largest donors to the agency.",
    ],
)
def test_a_noun_naming_what_a_party_is_reports_no_act(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_acts_beside_a_kind_noun_stay_coded(coder: Coder) -> None:
    assert first_codes(coder, "Japan donated 20 ambulances to Cambodia on Monday.") == (
        "070",
        "JPNGOV",
        "KHMGOV",
    )
    assert first_codes(
        coder, "Egypt, one of the main mediators, hosted talks between Hamas and Israel in Cairo."
    )[0].startswith("04")


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire was supposed to let food convoys reach besieged villages in Sennar.",
        "Relief lorries finally reached besieged Kadugli on Sunday.",
        "Families fled besieged neighbourhoods of Goma overnight.",
        "Volunteer doctors travelled into blockaded districts of the city on Monday.",
    ],
)
def test_a_participle_naming_a_place_after_a_verb_of_going_is_no_act(
    coder: Coder, text: str
) -> None:
    assert coded_as(events(coder, text)) == []


def test_the_participle_as_the_main_verb_stays_the_act(coder: Coder) -> None:
    assert first_codes(coder, "RSF fighters besieged towns across North Kordofan on Tuesday.")[
        0
    ].startswith("19")
    assert first_codes(coder, "Police detained protesters in Nairobi on Tuesday.") == (
        "173",
        "KENCOP",
        "KENCVL",
    )
    # the release is the act, the participle only names who was freed
    assert first_codes(coder, "The army freed detained protesters on Tuesday.")[0] == "0841"


@pytest.mark.parametrize(
    "text",
    [
        "Of the bloc's members, only Hungary recognises the new government in Niamey.",
        "The island has been split for decades, and only Ankara recognises the northern state.",
        "Chad shelters some 700,000 Sudanese refugees in camps near Adre.",
        "Uganda hosts about 1.6 million refugees from South Sudan and Congo.",
    ],
)
def test_a_standing_recognition_or_shelter_in_the_present_is_no_act(
    coder: Coder, text: str
) -> None:
    assert coded_as(events(coder, text)) == []


def test_a_recognition_said_or_done_and_a_visit_hosted_stay_coded(coder: Coder) -> None:
    assert first_codes(coder, "Paris said it recognises the new government in Niamey.")[:2] == (
        "054",
        "FRAGOV",
    )
    assert first_codes(coder, "France recognised the State of Palestine on Monday.")[0] == "054"
    assert first_codes(coder, "Egypt hosts the Sudanese army chief for talks in Cairo.")[:2] == (
        "043",
        "EGYGOV",
    )


DERBY = (
    "Nacional beat Penarol 3-1 in the Montevideo derby on Sunday, with two goals in the last ten "
    "minutes. The home side's striker scored twice from the penalty spot after the referee "
    "awarded two spot kicks. "
)
DERBY_END = " The win lifts Nacional two points clear at the top of the league table."


@pytest.mark.parametrize(
    "text",
    [
        'The president of Penarol called the referee\'s decision "a theft" and said the club '
        "would appeal.",
        "Penarol's president said the club would lodge a complaint with the Uruguayan Football "
        'Association and called the second penalty "a theft".',
    ],
)
def test_a_clubs_president_on_the_sports_pages_is_no_government(coder: Coder, text: str) -> None:
    found = [e for e in article(coder, DERBY + text + DERBY_END) if e.sentence_index == 2]
    assert coded_as(found) == []


def test_a_tennis_court_on_the_sports_pages_is_no_judiciary(coder: Coder) -> None:
    body = (
        "Carlos Alcaraz beat Jannik Sinner in five sets to win the French Open final on Sunday. "
        "The Spaniard saved three championship points in the fourth set before taking the fifth "
        "7-6. Spanish sports papers praised the comeback, printing pictures of the champion "
        "kneeling on the court. Alcaraz will rise to second in the world rankings on Monday."
    )
    assert coded_as([e for e in article(coder, body) if e.sentence_index == 2]) == []


def test_a_president_in_a_political_story_still_accuses(coder: Coder) -> None:
    body = (
        "Uruguay's opposition won a majority in the senate on Sunday. "
        'The president called the court\'s decision to annul the count "a theft" on Monday.'
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.cameo_root, e.source.sector if e.source else None) for e in found][:1] == [
        ("11", "GOV")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The PPP said it would challenge the arrests in the Sindh High Court.",
        "The opposition bloc said it would contest the arrests before the Supreme Court.",
    ],
)
def test_an_act_challenged_in_court_is_no_act_of_the_day(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_an_act_challenged_outside_a_court_stays(coder: Coder) -> None:
    text = "The opposition challenged the arrests of its leaders and called for their release."
    assert [code for _, code, _, _ in coded_as(events(coder, text))][:1] == ["173"]
