"""Round 40, wiremiss7: relevant agency sentences that yielded no event. A trigger that runs
from its subject's noun to a past verb ("the drones hit", "the warplanes bombed") holds the verb:
the noun after it ("sites", "camps", "villages") is that verb's object, not a noun the trigger
qualifies, so "said the drones hit camps of the militia" reports the strike (it was dropped as
"a protest group" is). Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import country, events_in, recommended_coder

coder = recommended_coder

GONDAR = (
    "ADDIS ABABA, June 3 (Reuters) - Ethiopian troops clashed with Fano militiamen in the "
    "Amhara region on Monday, the regional government said. "
)


def firsts(found: list[TensionEvent]) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country, target country) of the first event, if any."""
    if not found:
        return None
    return found[0].cameo_code, country(found[0].source), country(found[0].target)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The army said the drones hit camps of the militia near Bahir Dar.", "195"),
        ("A local official said the warplanes bombed villages east of Gondar.", "180"),
        ("The militia said the jets struck sites it used as depots.", "195"),
    ],
)
def test_a_weapon_and_its_verb_strike_the_noun_after_them(
    coder: Coder, text: str, first: str
) -> None:
    assert firsts(events_in(coder, GONDAR + text, 1)) == (first, "ETH", "ETH")
