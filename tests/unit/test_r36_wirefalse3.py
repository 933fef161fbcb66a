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
        "Under the deal, the rebels freed a soldier captured in the north.",
        "Under the constitution, the president sacked the army chief on Tuesday.",
    ],
)
def test_a_past_act_under_a_text_stays(coder: Coder, text: str) -> None:
    # near misses: a definite object, a past verb of the main clause
    assert second(coder, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader told the crowd that the party would hold rallies in every "
        "region on Saturday.",
        "The country's largest union announced a 24-hour general strike for next Thursday.",
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
