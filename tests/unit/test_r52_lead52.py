"""Round 52 (lead): the wider margin types52 gave a show of force before a verbal act took
troops sent to train another state's soldiers for a show of force. Roots 06-08 are below 14 but
material cooperation, not the refusals, threats or accusations the margin was written for: a
deployment whose purpose is training or help stays the aid (types51's troops sent to help).
Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_act, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Twenty British army instructors deployed to Kenya's military academy to train 300 "
        "Kenyan officers for six weeks.",
        "Forty French soldiers deployed to Benin's northern garrison to train Beninese troops "
        "in bomb disposal.",
    ],
)
def test_troops_deployed_to_train_another_states_soldiers_are_aid(coder: Coder, text: str) -> None:
    act = first_act(coder, text)
    assert act is not None
    assert (act[0], act[1][:2]) == ("AID", "07")


def test_a_patrol_before_a_refusal_is_still_the_show_of_force(coder: Coder) -> None:
    """types52's rule itself, kept: the act of force told first wins over the refusal after it."""
    text = (
        "A Chinese coast guard vessel patrolled inside Philippine waters near the shoal and "
        "ignored repeated radio calls from a Philippine navy ship."
    )
    act = first_act(coder, text)
    assert act is not None
    assert (act[0], act[1][:2]) == ("MOBILIZE", "15")
