"""Round 29, feedrel14: lines of political news-site stories that hold no act (sentences
written for these tests; docs/labelling.md, section 1: plans, campaign talk)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, undated_codes

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "The minister hopes to sign a trade deal with Chile next year.",
        "Ghana hopes to meet Togo's leaders next month to discuss the border.",
        "The two sides hope to conclude a coast guard cooperation agreement by the end of the "
        "year.",
        "The foreign minister said he looked forward to meeting Peru's president in Lima.",
        "The government plans to send troops to Mali, officials said.",
        "Kenya's opposition leader pledged to abolish the housing levy if elected.",
        "Senegal's ruling party promised to build 100 new schools if it wins a majority in the "
        "legislative elections.",
        "A Leger poll released on Monday put the Liberals at 38 percent and the Conservatives at "
        "36 percent.",
    ],
)
def test_plans_and_campaign_talk_hold_no_act(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # near misses: an act done, an appeal naming its party, a refusal, a promise to a state
        ("Ghana expressed willingness to hold talks with Togo.", "03"),
        ("Ghana wants Togo to withdraw its troops from the border.", "02"),
        ("Ghana does not want to meet Togo's leaders, the minister said.", "12"),
        ("Peru's president promised Chile closer trade ties.", "03"),
        ("Police released 40 protesters detained outside parliament in Nairobi.", "08"),
        ("The Zambian president vowed to retaliate if Malawi attacked again.", "13"),
    ],
)
def test_acts_near_them_stay(coder: Coder, text: str, root: str) -> None:
    codes = undated_codes(coder, text)
    assert codes and codes[0][:2] == root, codes
