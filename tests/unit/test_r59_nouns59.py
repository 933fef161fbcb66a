"""Round 59 (nouns59): a bare force noun the article named before with a state keeps that
state after rebels named with another country ("the Polisario ... targeted the army" after
"Moroccan army positions")."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, first_sides, undated_in

coder = evaluation_coder

# the rebels' country is no state's army: "army" repeats the army named with its state
_SHELLED = (
    "Separatist guerrillas shelled Moroccan army outposts close to the berm overnight, the "
    "Moroccan armed forces said on Thursday. The Polisario said its fighters had targeted the "
    "bunkers of the occupation army close to Mahbes."
)


def test_force_noun_named_with_a_state_keeps_it_after_rebels(coder: Coder) -> None:
    found = first_sides(undated_in(coder, _SHELLED, 1))
    assert found is not None and found[1:] == ("ESH", "MAR")
