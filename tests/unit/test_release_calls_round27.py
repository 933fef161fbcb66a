"""A demand or an appeal for someone's release made by a press or trade body, with the people
held named only by a pronoun ("demanded her release"), is asked of the jailers: the speaker,
a private side, no longer makes it an aside. Every sentence in these tests was written for
them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, events

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "The Media Institute of Southern Africa demanded her immediate release on Tuesday.",
        "The broadcaster Canal 8 demanded the immediate release of its reporter.",
        "The newspaper El Universal called for his release.",
    ],
)
def test_release_demand_by_a_press_body_is_an_event(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert [e for e in found if e.cameo_code.startswith(("1053", "0253"))], found


def test_a_release_of_goods_by_a_firm_is_still_no_event(coder: Coder) -> None:
    found = events(coder, "The company said it had released its quarterly results on Tuesday.")
    assert not [e for e in found if e.cameo_code.startswith(("1053", "0253"))]
