"""An act dated by a year after a list of nouns, round 28: "imposed tariffs on rice and
soybeans in 2019", "duties and quotas on ...": the "and" joins the nouns of one phrase, so the
year still dates the act, which is background in agency copy (docs/labelling.md, section 1);
the day's act stays, and an "and" opening a second clause does not carry its year back.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

coder = evaluation_coder

LEAD = (
    "NEW DELHI (Reuters) - India and China agreed on Tuesday to resume direct flights and to "
    "ease visa rules, the foreign ministry said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "India imposed tariffs on Chinese steel and solar panels in 2019 after a border clash.",
        "New Delhi imposed duties and import curbs on Chinese steel, glass, tyres and chemicals "
        "in 2020 after the clash in the Galwan valley.",
    ],
)
def test_a_list_does_not_cut_the_year_off_the_act(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "India imposed tariffs on Chinese steel and solar panels on Tuesday.",
        "India imposed tariffs on Chinese steel and solar panels, a move first floated in 2019.",
    ],
)
def test_the_days_act_stays(coder: Coder, text: str) -> None:
    assert "SANCTION" in second(coder, text, LEAD)
