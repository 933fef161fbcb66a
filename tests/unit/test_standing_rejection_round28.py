"""A rejection or refusal in the simple present in agency copy, round 28: "The union rejects
the offer", "Ankara refuses to lift the ban" tell where a party stands (docs/labelling.md,
section 1: habits and standing positions); the day's rejection is told in the past and stays,
and so does a rejection told with the story's day. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

coder = evaluation_coder

LEAD = (
    "LYON, France (AFP) - French riot police fired tear gas at striking dock workers in "
    "Marseille on Thursday as they blocked the entrance to the port. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union rejects the government's plan to raise the retirement age.",
        "The mayor of Marseille rejects the interior minister's account of the clashes.",
        "The opposition Socialists reject the reform as an attack on workers.",
        "The port authority refuses to negotiate while the blockade lasts.",
    ],
)
def test_a_rejection_in_the_present_is_a_standing_position(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union rejected the government's plan to raise the retirement age.",
        "The dockers' union on Thursday rejected the government's offer of talks.",
        # round 55 (types55): an account rejected is a denial (guide point 46), and "has denied"
        # in agency copy a standing one (point 2; test_r55_types55): a plan rejected stays
        "The mayor of Marseille has rejected the interior minister's plan for the port.",
    ],
)
def test_the_days_rejection_stays(coder: Coder, text: str) -> None:
    assert "REJECT" in second(coder, text, LEAD)
