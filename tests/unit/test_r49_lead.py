"""Round 49 (lead): people evacuated from their homes are no detainees.

miss49f's rule reads "was taken from his home" as a detention (guide point 6); taken from their
homes as a flood, fire or storm struck, or taken to safety, shelters or higher ground, they are
evacuated: the natural feed's disaster news must code nothing there.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, events, recommended_coder

__all__ = ["recommended_coder"]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of residents were taken from their homes as the river burst its banks on Sunday, "
        "the fire service said.",
        "Elderly villagers were taken from their homes to a school gym as the wildfire spread "
        "down the valley.",
        "About 40 families had been taken from their houses to shelters by boat by nightfall.",
        "Hundreds of people were taken from their homes after the earthquake cracked walls across "
        "the district.",
    ],
)
def test_an_evacuation_from_homes_codes_nothing(recommended_coder: Coder, text: str) -> None:
    assert events(recommended_coder, text) == []


def test_a_person_taken_from_his_home_is_still_detained(recommended_coder: Coder) -> None:
    found = events(
        recommended_coder,
        "The opposition organiser was taken from his home on Monday night, his wife said.",
    )
    assert [act[:2] for act in coded_as(found)] == [("COERCE", "173")]
