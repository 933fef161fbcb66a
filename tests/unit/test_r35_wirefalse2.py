"""Agency copy, round 35 (second wave): a dateline's month and day is no actor (the Phoenix
dictionary names Greek groups "May 15" and "May 98"; a name that is only a date or a number
is left out, a longer name keeps its date), and a speaker set off by an aside tells
the press ("X, who was in the courtroom, told reporters the verdict ...": X reports, the
reporters are no party). Each has a near miss. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    codes,
    country,
    evaluation_coder,
    events,
    of_type,
    sides_of,
)

coder = evaluation_coder
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
    assert all(
        event.source is None or event.source.sector != "MED" for event in events(coder, text)
    )
