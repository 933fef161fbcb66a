"""Agency copy, round 27 (wirerel9): a spokesman confirming an act of force the story has told
("confirmed the arrests") does not do it again, and a reward offered "for information leading to
the arrest" threatens and arrests no one. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.pipeline import code_article
from tests.unit.coding import feed_floor_coder

PUBLISHED = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)
LEAD = (
    "LYON (Reuters) - French police detained 14 farmers who blocked a motorway near Lyon on "
    "Wednesday in protest at fuel taxes."
)


coder = feed_floor_coder


def second(coder: Coder, text: str) -> set[str]:
    """The types of the events coded on the sentence after the dateline lead."""
    events = code_article(coder, "a", f"{LEAD} {text}", published_at=PUBLISHED).events
    assert any(event.sentence_index == 0 for event in events)  # the lead keeps its arrest
    return {event.plover_type for event in events if event.sentence_index == 1}


@pytest.mark.parametrize(
    "text",
    [
        "A gendarmerie spokeswoman confirmed the detentions late on Wednesday.",
        "The regional prefect's office confirmed the arrests in a short statement.",
        "Prosecutors in Lyon confirmed the arrests but gave no names.",
    ],
)
def test_an_act_of_force_confirmed_again_is_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Lyon prosecutor offered a reward of 20,000 euros for information leading to the "
        "arrest of those responsible.",
        "Authorities have offered a bounty for the capture of the arsonists.",
    ],
)
def test_a_reward_for_an_arrest_is_no_threat_nor_arrest(coder: Coder, text: str) -> None:
    assert second(coder, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Police confirmed the arrest of two union leaders in Grenoble on Thursday.",
        "Police in Grenoble arrested two union leaders on Thursday.",
    ],
)
def test_an_arrest_told_with_its_own_detail_stays(coder: Coder, text: str) -> None:
    assert "COERCE" in second(coder, text)


def test_a_sentence_opening_on_days_earlier_is_background(coder: Coder) -> None:
    assert second(coder, "Two days earlier, riot police arrested 30 students in Lille.") == set()
    assert "COERCE" in second(coder, "Riot police arrested 30 students in Lille on Thursday.")


def test_a_person_ranked_by_an_arrest_is_described_not_arrested(coder: Coder) -> None:
    text = "The mayor of Lille is the first elected official to be detained in the protests."
    assert second(coder, text) == set()
    assert "COERCE" in second(coder, "The mayor of Lille was detained in the protests.")
