"""Actors, round 25: the agents of a state's police forces named by their service ("federal
agents", "immigration agents", "border agents") are its police (COP), as "security agent" was;
unnamed, their tear gas and arrests had no source and fell under the agency-copy floor.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder

LEAD = "WASHINGTON (Reuters) - The Department of Homeland Security gave no figures on Monday. "


coder = evaluation_coder


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Federal agents fired tear gas at crowds who blocked their vans in Denver.", "ASSAULT"),
        ("Immigration agents detained 35 workers at a meatpacking plant in Iowa.", "COERCE"),
        ("Border agents arrested two men near Laredo.", "COERCE"),
    ],
)
def test_agents_of_a_service_are_police(coder: Coder, text: str, plover: str) -> None:
    events = [e for e in article(coder, LEAD + text) if e.sentence_index == 1]
    assert events, text
    assert events[0].plover_type == plover
    assert events[0].source is not None
    assert (events[0].source.country, events[0].source.sector) == ("USA", "COP")
