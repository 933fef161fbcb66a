"""Background in agency copy, round 27: an act's noun dated before the story's day ("the
October raid", "in a 2019 coup"), tallies over the months after an earlier event, states ("the
party is banned"), the content of a charge ("on charges of organising protests") and acts
avoided ("fled to avoid arrest") report no act of the story's day. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import Sentence
from tests.unit.coding import feed_floor_coder

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


coder = feed_floor_coder


def types(coder: Coder, text: str) -> set[str]:
    sentence = Sentence(article_id="t", index=0, text=text, char_start=0, char_end=len(text))
    return {event.plover_type for event in coder.code_sentence(sentence, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        # an act's noun dated by a month or a year
        "The mayor's office said two officers were wounded in the October raid.",
        "The junta seized power in a 2019 coup, the third in a decade.",
        # a tally over the months after an earlier event, or the past months
        "More than 2,000 students were detained in the months after the strike.",
        "The party said 40 of its members had been detained in the past month.",
        # a state, not an act
        "The opposition movement is still banned in Belarus.",
        "The opposition party remains banned in the country.",
        # the content of a charge
        "He is serving an eight-year term on charges of bribery and organising protests.",
        # an act avoided
        "The former governor fled to Mexico to avoid arrest and has lived there since.",
        "The activist crossed into Poland to avoid being deported.",
    ],
)
def test_background_acts_are_not_coded(coder: Coder, text: str) -> None:
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a year or month naming what the act is about, not the act
        ("The president defended Moscow over claims of meddling in the 2020 vote.", "SUPPORT"),
        ("Police raided the offices of a party founded in the 2019 protests.", "COERCE"),
        # a charge the act itself brings, a state the act puts someone in
        ("Prosecutors charged the mayor with inciting riots on Tuesday.", "COERCE"),
        ("Police detained the opposition leader in Minsk on Monday.", "COERCE"),
        # an avoided act's own act stays
        ("Troops withdrew from the town on Sunday to avoid civilian casualties.", None),
    ],
)
def test_acts_of_the_day_stay(coder: Coder, text: str, plover: str | None) -> None:
    found = types(coder, text)
    assert found, text
    if plover is not None:
        assert plover in found


@pytest.mark.parametrize(
    "text",
    [
        "Relations between the two neighbours soured after their troops clashed in the mountains.",
        "Ties between Rome and Paris have been strained since Italy closed its ports to the ships.",
        "Relations improved when the two leaders signed a friendship treaty.",
    ],
)
def test_acts_in_a_sentence_on_how_relations_stand_are_context(coder: Coder, text: str) -> None:
    assert types(coder, text) == set()


def test_relations_as_the_object_of_an_act_stay(coder: Coder) -> None:
    text = "Spain severed relations with the junta on Monday after troops fired on protesters."
    assert types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The measures freeze the bank accounts of nine generals and bar them from travel.",
        "The new sanctions target two shipping firms and their owners.",
    ],
)
def test_what_a_measure_does_in_the_present_is_its_content(coder: Coder, text: str) -> None:
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The government imposed sanctions that freeze the bank accounts of nine generals.",
        "The ban took effect on Monday and police arrested 20 people in the capital.",
    ],
)
def test_imposing_a_measure_stays_an_act(coder: Coder, text: str) -> None:
    assert types(coder, text)
