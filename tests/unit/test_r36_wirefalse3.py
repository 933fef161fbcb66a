"""Agency copy, round 36: false events on sentences that report no act of the day. An "after",
"when" or "before" clause joined to a clause dated by a year is the same past; an act's noun
dated by a year with one word between ("the 2024 student protests") names an earlier act; a
sentence that opens "In the weeks since," tells what has gone on since; under a constitution,
"a lawmaker arrested" is the text's case; a protest or strike on the calendar is a plan even
with its day named. Each has a near miss. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, recommended_coder, second

coder = evaluation_coder
recommended = recommended_coder

LEAD = (
    "ACCRA, Ghana (Reuters) - Ghanaian police fired tear gas at opposition supporters in "
    "Accra on Tuesday, witnesses said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks of fighting in March 2023 killed 60 people and displaced thousands "
        "before a truce was mediated by Nigeria.",
        "Three weeks of fighting in March 2023 killed 60 people before Nigeria mediated a truce.",
        "The two armies fought their worst clashes in August 2022 before Senegal and Gambia "
        "mediated a ceasefire.",
    ],
)
def test_a_clause_joined_to_a_dated_clause_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two armies clashed on Tuesday before Senegal mediated a ceasefire.",
        "Police arrested leaders of the 2019 protests on Tuesday after they marched on parliament.",
    ],
)
def test_a_clause_joined_to_the_day_keeps_its_act(recommended: Coder, text: str) -> None:
    # near misses: the day's clause, and a year that only names a noun ("the 2019 protests")
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The National Renewal Party, formed by leaders of the 2022 student protests, is "
        "expected to name its candidates next month.",
        "The Freedom Front, founded by veterans of the 2021 farmers' protests, will contest "
        "the election.",
        "Opposition leader John Mensah, a veteran of the 2019 student protests, addressed the "
        "crowd.",
    ],
)
def test_a_noun_dated_by_a_year_over_one_word_is_an_earlier_act(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) == []


def test_a_year_before_a_noun_that_is_no_act_leaves_the_day_act(recommended: Coder) -> None:
    # near miss: the year dates "budget", the march is the day's
    text = "Students marched on parliament on Tuesday against the 2025 education budget."
    assert second(recommended, text, LEAD) == ["PROTEST"]


def test_a_sentence_opening_on_the_weeks_since_is_context(recommended: Coder) -> None:
    text = (
        "In the weeks since, Accra has demanded an apology, urged its citizens to avoid travel "
        "to Togo and suspended imports of Togolese cement."
    )
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "In the days since, Accra has suspended imports of Togolese cement.",
        "In the weeks since the vote, Accra has suspended imports of Togolese cement.",
    ],
)
def test_days_since_or_a_named_start_keep_the_act(recommended: Coder, text: str) -> None:
    # near misses: the story's own last turn; "since" with its own reference point
    assert second(recommended, text, LEAD) == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Under Ghana's constitution, a lawmaker sentenced to more than a year in prison loses "
        "his seat.",
        "Under Zambia's constitution, parliament can vote to free a lawmaker arrested while in "
        "office.",
    ],
)
def test_a_case_under_a_constitution_is_no_act(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal, the rebels freed a soldier captured in the north on Tuesday.",
        "Under the constitution, the president sacked the army chief on Tuesday.",
    ],
)
def test_a_past_act_under_a_text_stays(coder: Coder, text: str) -> None:
    # near misses: a definite object, a past verb of the main clause; round 57 (false57): a
    # deed done under a deal with no day of the story named is the deal carried out before the
    # news (39 of 39 open sentences opening "Under" are irrelevant), so the deal's near miss
    # names its day
    assert second(coder, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader told the crowd that the party would hold rallies in every "
        "region on Saturday.",
        "The teachers' federation announced a two-day national strike for next Wednesday.",
        "The opposition will hold rallies across the country on Saturday, its leader said.",
    ],
)
def test_a_protest_on_the_calendar_is_a_plan(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "The country's largest union held a 24-hour general strike on Thursday.",
        "The union warned it would hold a general strike on Monday unless wages rose.",
        "Thousands of workers went on strike for a third day on Tuesday.",
    ],
)
def test_a_protest_held_or_threatened_stays(recommended: Coder, text: str) -> None:
    # near misses: the strike held, a threat of one, a strike "for a third day"
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "The rebel commander was sentenced to 20 years in prison for crimes including arson "
            "and attacks on police.",
            ["COERCE"],
        ),
        (
            "The militia's founder was jailed in 2023 for offences including extortion and "
            "attacks on soldiers.",
            [],
        ),
    ],
)
def test_an_act_listed_among_the_offences_is_no_act(
    recommended: Coder, text: str, coded: list[str]
) -> None:
    # the sentence is the act, the offences listed none; a jailing dated 2023 is background
    assert second(recommended, text, LEAD) == coded


def test_acts_listed_after_a_count_of_acts_stay(recommended: Coder) -> None:
    # near miss: "including" after acts, not after an offence
    text = "Rebels carried out several attacks on Tuesday, including an assault on a police post."
    assert second(recommended, text, LEAD) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria has been leading diplomatic efforts to help the junta secure the lifting of "
        "regional sanctions.",
        "Senegal led efforts to win the release of the detained soldiers.",
    ],
)
def test_an_act_that_efforts_are_to_win_is_their_goal(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


def test_an_act_won_stays(recommended: Coder) -> None:
    # near miss: the release itself, secured
    text = "Senegal secured the release of the detained soldiers on Tuesday."
    assert second(recommended, text, LEAD) == ["RETREAT"]


def test_a_meeting_in_a_clause_of_time_is_on_the_calendar_codes_nothing(recommended: Coder) -> None:
    text = (
        "The foreign minister said he would raise the attack with African Union ministers "
        "when they meet in Addis Ababa on Monday."
    )
    assert second(recommended, text, LEAD) == []


def test_a_meeting_held_stays(recommended: Coder) -> None:
    # near miss: a past meeting is the day's act
    text = "The foreign minister met African Union ministers in Addis Ababa on Tuesday."
    assert second(recommended, text, LEAD) == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Among the strikers' demands was the release of the union's leader.",
        "Among their demands is the resignation of the interior minister.",
    ],
)
def test_a_noun_act_in_an_among_opening_is_one_of_a_list(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Among those arrested was the opposition leader.",
        "Among the sites hit was a base of the militia near the border, the group said.",
    ],
)
def test_a_participle_in_an_among_opening_stays(recommended: Coder, text: str) -> None:
    # near misses: "those arrested", "the sites hit" report the act
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "Gulu, a market town on the main road north, saw its worst violence since March, when "
        "fighting in Kitgum killed at least eight people.",
        "The town saw its worst violence since March, when militias clashed in the capital.",
    ],
)
def test_a_when_clause_defining_a_date_is_a_time_reference(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


def test_a_when_clause_after_the_day_stays(recommended: Coder) -> None:
    # near miss: the story's own day before the comma
    text = "Police fired tear gas on Tuesday, when protesters marched on parliament."
    assert "PROTEST" in second(recommended, text, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "A high court is due to weigh a motion from her family seeking her release on Friday.",
        "The court is expected to rule on a petition demanding his release.",
    ],
)
def test_a_participle_in_the_object_of_a_scheduled_verb_is_no_act(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) == []


def test_a_participle_of_a_clause_on_the_day_stays(recommended: Coder) -> None:
    # near miss: nothing scheduled
    text = (
        "The opposition leader addressed the crowd on Tuesday, demanding the release of his aides."
    )
    assert second(recommended, text, LEAD) != []


def test_a_participle_of_a_spanned_perfect_clause_is_background(recommended: Coder) -> None:
    text = (
        "Ghana has stepped up patrols along its border with Togo in recent years, blaming "
        "armed gangs for much of the smuggling."
    )
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana stepped up patrols along its border with Togo on Tuesday, blaming armed gangs "
        "for the smuggling.",
        "Ghana has stepped up patrols along its border with Togo, blaming armed gangs for the "
        "smuggling.",
    ],
)
def test_a_participle_of_a_clause_with_no_span_stays(recommended: Coder, text: str) -> None:
    # near misses: the day's act; a perfect with no span
    assert "ACCUSE" in second(recommended, text, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "The general, who seized power in a 2017 coup, at first conceded defeat but later "
        "rejected the results.",
        "President Adjei, who took office in 2019, at first freed several journalists and "
        "allowed opposition newspapers to reopen.",
    ],
)
def test_a_sequence_told_from_at_first_is_history(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


def test_at_first_light_is_a_time_of_the_day(recommended: Coder) -> None:
    # near miss: "at first light" is no sequence
    text = "At first light on Tuesday, troops attacked the rebel camp."
    assert second(recommended, text, LEAD) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A truce between the sides expired last week, and fighting between the rebels and "
        "government troops had continued in the north.",
        "The Qatar-mediated ceasefire has mostly held, though occasional skirmishes have "
        "continued near the border.",
    ],
)
def test_an_act_that_has_continued_is_a_state(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


def test_clashes_that_continued_on_the_day_stay(recommended: Coder) -> None:
    # near miss: no perfect, the day's clashes
    text = "Clashes between rebels and troops continued on Tuesday in the north."
    assert second(recommended, text, LEAD) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana has carried out hundreds of strikes in Togo since Eyadema's fall and has sent "
        "troops into a buffer zone in the south.",
        "Accra has also advised its citizens against travelling to Togo and has suspended "
        "imports of Togolese cement since the dispute erupted.",
    ],
)
def test_perfects_joined_by_and_has_share_their_span(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Accra has advised its citizens against travelling to Togo and has suspended imports "
        "of Togolese cement.",
        "Accra has suspended imports of Togolese cement since Monday and has summoned the "
        "ambassador.",
    ],
)
def test_perfects_joined_with_no_span_or_a_recent_start_stay(recommended: Coder, text: str) -> None:
    # near misses: no span; a span from the story's own day
    assert "SANCTION" in second(recommended, text, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "Benin's navy said its boats had been on a routine patrol near Cotonou.",
        "Thousands of displaced families streamed back to northern Togo and Lome's suburbs, "
        "many finding their homes destroyed.",
    ],
)
def test_a_routine_act_or_a_state_found_is_no_deed(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


def test_a_judgement_of_what_would_violate_is_no_act(coder: Coder) -> None:
    text = "Opposition groups say a third term for President Mensah would violate the constitution."
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents found their homes destroyed by the army on Tuesday.",
        "Opposition groups say the president violated the constitution.",
    ],
)
def test_a_state_with_its_agent_or_a_violation_told_stays(coder: Coder, text: str) -> None:
    # near misses: the destroyer named; a violation said to have happened
    assert second(coder, text, LEAD) != []
