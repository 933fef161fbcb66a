"""Round 51 (lead): two of the round's new lines overlapped older ones and broke their tests.

A 172 line for media premises closed by the state also named stations and broadcasters, which
the 1721 line (media shut down) already codes, and won over it with a lower confidence ("The
authorities shut down two independent radio stations" fell under the agency floor); stations are
the 1721 line's again, which now also knows sealing and padlocking. A rally line for crowds
gathered outside a state's house coded ministers gathered there "for a group photograph"; a
gathering for a photograph, a ceremony or a dinner is no rally. Every sentence was written for
these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second_events

coder = recommended_coder

LEAD = "BISSAU (Reuters) - Guinea-Bissau's cabinet met on Monday to discuss the budget. "


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers sealed two private radio stations in the capital on Tuesday.",
        "Police padlocked the independent television station on Tuesday.",
        "The authorities shut down two independent radio stations on Tuesday.",
    ],
)
def test_media_stations_sealed_or_shut_by_the_state_are_coerced(coder: Coder, text: str) -> None:
    found = [(e.plover_type, e.cameo_code[:2]) for e in second_events(coder, text, LEAD)]
    assert ("COERCE", "17") in found


@pytest.mark.parametrize(
    "text",
    [
        "Regional leaders gathered outside the presidency for a family photo on Friday.",
        "Ambassadors gathered outside the parliament for the opening ceremony.",
    ],
)
def test_a_gathering_for_a_photograph_or_ceremony_is_no_rally(coder: Coder, text: str) -> None:
    assert "PROTEST" not in {e.plover_type for e in second_events(coder, text, LEAD)}


def test_a_crowd_gathered_outside_the_ministry_still_rallies(coder: Coder) -> None:
    text = "Several hundred nurses gathered outside the health ministry on Tuesday."
    assert "PROTEST" in {e.plover_type for e in second_events(coder, text, LEAD)}


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers held talks on matters including migration and fighting piracy.",
        "The envoys agreed to cooperate on combating violent extremism in the region.",
    ],
)
def test_combating_terrorism_as_a_topic_is_no_fighting(text: str) -> None:
    """Once a planned meeting was no longer coded, the bare 'combat' line's 190 was the only
    event of such a sentence in the shared ConfliBERT set; a fight against terrorism or
    extremism is a cause, as a fight against crime or disease is (the 'fight' line knew it)."""
    every_event = Coder(min_confidence=0.0, wire_min_confidence=0.0)
    assert "ASSAULT" not in {e.plover_type for e in second_events(every_event, text, LEAD)}
