"""Relevance in agency copy, fifth round (`relevance.agency_aside`): in an article with a
dateline, a crowd's aim told in the past progressive ("were demanding") holds no event
(docs/labelling.md, section 1: background). The same demand made as the day's news keeps
its event. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.relevance import agency_aside
from tests.unit.coding import types_in

LEAD = (
    "DODOMA, Tanzania (AP) — Tanzanian police detained 30 opposition supporters outside the "
    "electoral commission on Thursday, the party said. "
)


# --- a crowd's aim in the past progressive --------------------------------------------------


def test_a_demand_in_the_past_progressive_is_the_protests_aim(coder: Coder) -> None:
    body = LEAD + "The demonstrators were demanding the release of jailed activists."
    assert types_in(coder, body, 1) == []


def test_a_demand_made_keeps_its_event(coder: Coder) -> None:
    body = LEAD + "The opposition demanded the release of the jailed activists."
    assert types_in(coder, body, 1) == ["REQUEST"]


def test_the_aim_rule_needs_the_past_progressive() -> None:
    words = "The crowd were demanding a recount".split()
    assert agency_aside("100", words, 3, 3)
    assert not agency_aside("100", "The crowd is demanding a recount".split(), 3, 3)
