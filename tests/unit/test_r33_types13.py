"""Event types, round 33 (helper types13). Every sentence here was written for these tests.

A promise, vow or agreement to cease one's own act ("promised to stop kidnapping civilians",
"agreed to stop firing rockets") is an intent to yield (035x, AGREE), not a threat of the act
ceased; stopping another side's act ("vowed to stop the rebels from attacking") stays a threat."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

wire_coder = recommended_coder  # the floors the held-out totals use


def top(coder: Coder, text: str) -> tuple[str, str] | None:
    """(PLOVER type, CAMEO code) of the first event."""
    found = events(coder, text)
    return (found[0].plover_type, found[0].cameo_code) if found else None


# --- a promise to cease one's own act ------------------------------------------------------------


def test_promised_to_stop_kidnapping_is_an_intent_to_yield(wire_coder: Coder) -> None:
    text = "The rebels promised to stop kidnapping civilians for ransom."
    assert top(wire_coder, text) == ("AGREE", "0356")


def test_agreed_to_stop_firing_rockets(coder: Coder) -> None:
    text = "The militants agreed to stop firing rockets at the border towns."
    assert top(coder, text) == ("AGREE", "0356")


def test_pledged_to_end_its_arrests(coder: Coder) -> None:
    text = "The junta pledged to end its arrests of journalists."
    found = top(coder, text)
    assert found is not None and found[0] == "AGREE"


def test_vowed_to_stop_another_sides_attacks_stays_a_threat(coder: Coder) -> None:
    text = "The army vowed to stop the rebels from attacking villages."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_vowed_to_keep_attacking_stays_a_threat(coder: Coder) -> None:
    text = "The rebels vowed to keep attacking army posts."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"
