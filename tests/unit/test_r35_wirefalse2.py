"""Agency copy, round 35 (second wave): a dateline's month and day is no actor (the Phoenix
dictionary names Greek groups "May 15" and "May 98"; a name that is only a date or a number
is left out, a longer name keeps its date); a speaker set off by an aside tells the press
("X, who was in the courtroom, told reporters the verdict ...": X reports, the reporters are
no party); attacks given up with no determiner ("suspending attacks") are a de-escalation;
a warrant "for" a person dated by a month alone is background; and what a report dated
before the story's day said one was doing or would do ("said last week it was suspending
attacks") is background; and fighting that "spread" in an "as" clause with no party is
the circumstance of the news. Each has a near miss. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    coded_as,
    codes,
    country,
    evaluation_coder,
    events,
    of_type,
    recommended_coder,
    second,
    sides_of,
)

coder = evaluation_coder
recommended = recommended_coder
index = actor_index
DAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    "text",
    [
        "May 15 (Reuters) - Peru's Congress voted to impeach the president on Wednesday.",
        "LIMA, May 15 (Reuters) - Peru's Congress voted to impeach the president on Wednesday.",
        "Peru's Congress voted on May 15 to impeach the president.",
    ],
)
def test_a_month_and_day_is_no_actor(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and all(sides_of(event) == ("PER", "PER") for event in found)


@pytest.mark.parametrize("text", ["May 15", "May 98"])
def test_a_date_or_number_alone_names_no_actor(index: ActorIndex, text: str) -> None:
    assert codes(index, f"The talks were set for {text} at the latest.", DAY) == {}


def test_a_longer_name_keeps_its_date(index: ActorIndex) -> None:
    # the near miss: a group's name that only opens with a date is still the group
    assert codes(index, "The April 19 Movement laid down its arms.", DAY) == {
        "April 19 Movement": "COLREB"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Malaysian ambassador, who attended the hearing, told reporters the verdict was a "
        "travesty.",
        "The Malaysian ambassador to Cambodia, who sat in the courtroom, told reporters the "
        "verdict was a travesty.",
        "After the hearing, the Malaysian ambassador, who had attended it, told journalists the "
        "verdict was a travesty.",
    ],
)
def test_the_speaker_before_an_aside_tells_the_press(coder: Coder, text: str) -> None:
    found = of_type(events(coder, text), "ACCUSE")
    assert found.source is not None and found.source.sector == "GOV"
    assert country(found.source) == "MYS"
    assert coded_as([found])[0][:2] == ("ACCUSE", "111")
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # a verdict called a travesty is coded with no target (the court, JUD, by the guide).
    assert found.target is None or found.target.sector != "MED"


def test_the_reported_clause_keeps_its_own_parties(coder: Coder) -> None:
    text = (
        "The Malaysian ambassador, who attended the hearing, told reporters Cambodia had jailed "
        "the activist unfairly."
    )
    found = of_type(events(coder, text), "COERCE")
    assert country(found.source) == "KHM"


def test_a_recipient_that_is_no_press_is_no_report_to_it(coder: Coder) -> None:
    # the near miss: "told the court" is not the press, the rule keeps out of it
    text = (
        "The Malaysian ambassador, who attended the hearing, told the court Cambodia had "
        "jailed the activist unfairly."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # an envoy telling a court of a jailing is coded a jailing by the envoy's state.
    assert all(
        event.source is None or event.source.sector != "MED" for event in events(coder, text)
    )


LEAD = (
    "KAMPALA, Uganda (Reuters) - Ugandan police fired tear gas at opposition supporters in "
    "Kampala on Tuesday, witnesses said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The militia said it was suspending attacks on Turkish troops.",
        "The militia said it had halted shelling of the town.",
    ],
)
def test_attacks_given_up_without_a_determiner_are_a_de_escalation(coder: Coder, text: str) -> None:
    assert [event.cameo_code for event in events(coder, text)] == ["087"]


def test_attacks_resumed_stay_a_threat(coder: Coder) -> None:
    # the near miss: a resumption is no de-escalation
    found = events(coder, "The militia said it would resume attacks on Turkish troops.")
    assert [event.plover_type for event in found] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "A court in Kampala issued an arrest warrant for him in October.",
        "A court in Kampala issued an arrest warrant for the opposition leader in March.",
    ],
)
def test_a_warrant_dated_by_a_month_alone_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "A court in Kampala issued an arrest warrant for the opposition leader on Tuesday.",
        "A court in Kampala issued an arrest warrant for him over the killings in October.",
    ],
)
def test_a_warrant_of_the_day_or_for_a_dated_cause_stays(recommended: Coder, text: str) -> None:
    # near misses: the story's day; a month that dates the cause after "over"
    assert second(recommended, text, LEAD) == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group said last week it was suspending attacks on the army.",
        "The militia said last week it would attack any ship bound for the port.",
    ],
)
def test_what_a_report_of_last_week_said_one_was_doing_is_background(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group said on Tuesday it was suspending attacks on the army.",
        "The militia said it would attack any ship bound for the port.",
        "The army said on Monday it was withdrawing its troops from the border town.",
    ],
)
def test_what_is_said_on_the_day_stays(recommended: Coder, text: str) -> None:
    # near misses: the report is the story's own
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of residents have fled Gulu as the fighting spread.",
        "Hundreds of families have fled Gulu as fighting intensified.",
    ],
)
def test_fighting_growing_in_an_as_clause_is_the_circumstance(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of residents fled Gulu as the army shelled the town.",
        "Thousands of residents fled Gulu as fighting between the army and rebels spread.",
    ],
)
def test_an_as_clause_with_its_parties_keeps_its_act(recommended: Coder, text: str) -> None:
    # near misses: a party and its verb; the fighting's own parties
    assert second(recommended, text, LEAD) == ["ASSAULT"]
