"""Round 42, false42: false events, acts coded in sentences that report no political act.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder

coder = recommended_coder

LEAD = (
    "MOMBASA, May 14 (Reuters) - Kenyan police fired tear gas at dairy farmers marching on "
    "the county offices on Tuesday. "
)


def codes_of(coder: Coder, body: str, index: int = 1) -> list[str]:
    """The CAMEO codes of the article's sentence `index`."""
    return [e.cameo_code for e in article(coder, body) if e.sentence_index == index]


# --- a lawsuit announced is a plan (docs/labelling.md, section 1: plans) -------------------


def test_case_to_be_taken_to_court_is_a_plan(coder: Coder) -> None:
    body = LEAD + "The dairy cooperative said it would take the case to the High Court."
    assert codes_of(coder, body) == []


def test_lawsuit_to_be_filed_is_a_plan(coder: Coder) -> None:
    body = LEAD + "The dairy cooperative said it would sue the county's livestock office."
    assert codes_of(coder, body) == []


def test_lawsuit_filed_is_still_legal_action(coder: Coder) -> None:
    """Near miss: the case brought, not announced, stays a lawsuit (115)."""
    body = LEAD + "The farmers' union filed a lawsuit against the interior ministry."
    assert codes_of(coder, body) == ["115"]


def test_case_taken_to_court_is_still_legal_action(coder: Coder) -> None:
    """Near miss: "took the case to" the court, done, is legal action too."""
    body = LEAD + "The dairy cooperative took the case to the High Court on Wednesday."
    assert codes_of(coder, body) == ["115"]


def test_recall_announced_is_still_a_measure(coder: Coder) -> None:
    """Near miss: other acts of root 11-16 announced with "would" keep their coding."""
    body = LEAD + "Tanzania said it would recall its envoy from Nairobi over the shooting."
    assert codes_of(coder, body) != []
