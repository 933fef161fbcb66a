"""Event types, round 31 (helper types11): "opposed to" right after a noun describes a side by
its stance ("rebels opposed to the junta attacked a post": the attack is the act, no rejection).
Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, recommended_coder

wire_coder = recommended_coder  # the floors the held-out totals use


def top(coder: Coder, text: str) -> tuple[str, str, str | None, str | None] | None:
    """(PLOVER type, CAMEO code, source country, target country) of the first event."""
    found = events(coder, text)
    if not found:
        return None
    event = found[0]
    return event.plover_type, event.cameo_code, country(event.source), country(event.target)


# --- "opposed to" after a noun: a stance describing a side, not a rejection ---------------------


def test_rebels_opposed_to_a_junta_attack(coder: Coder) -> None:
    text = "Rebels opposed to Myanmar's junta attacked an army post near the border."
    found = top(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "190")


def test_protesters_opposed_to_a_mine_block_a_road(coder: Coder) -> None:
    text = "Kenyan protesters opposed to the mine blocked the road to the site."
    assert top(coder, text) == ("PROTEST", "144", "KEN", None)


def test_lawmakers_opposed_to_a_bill_walk_out(wire_coder: Coder) -> None:
    text = "Kenyan lawmakers opposed to the bill walked out of the chamber."
    found = top(wire_coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_a_crowd_opposed_to_a_constitution_marches(coder: Coder) -> None:
    text = "Thousands of Kenyans opposed to the new constitution marched in Nairobi."
    found = top(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


def test_a_party_that_opposed_a_bill_still_rejects_it(coder: Coder) -> None:
    # near miss: the verb "opposed" (no "to") and "strongly opposed" stay rejections
    strongly = "Kenya's opposition strongly opposed the tax increase."
    assert {event.plover_type for event in events(coder, strongly)} == {"REJECT"}
    found = top(coder, "Zambia's opposition opposed the constitutional amendment in parliament.")
    assert found is not None and found[0] == "REJECT"


def test_a_government_opposed_to_a_plan_still_rejects_it(coder: Coder) -> None:
    # near miss: "is opposed to" states the government's own stance
    found = top(coder, "Egypt is opposed to the dam plan, the foreign minister told Ethiopia.")
    assert found is not None and found[:2] == ("REJECT", "120")
