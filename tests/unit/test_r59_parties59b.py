"""Round 59 (parties59b): wrong parties in the older open sets.

A craft shadowed is the show of force's target (docs/labelling.md 2: "to shadow"), also when
it is named by its class ("two coast guard cutters") or as a patrol ("the Moldovan patrol"):
the noun "patrol" alone does not make the shadowed side the doer."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, recommended_coder

coder = recommended_coder


# a patrol shadowed: the shadowing craft's state is the doer, the patrol's the target
def test_patrol_shadowed_is_the_target(coder: Coder) -> None:
    text = "Two Romanian naval vessels shadowed the Moldovan patrol for several hours."
    assert dyad(coder, text, "MOBILIZE") == ("ROU", "MDA")


# cutters shadowed: named by their class
def test_cutters_shadowed_are_the_target(coder: Coder) -> None:
    text = "Three Estonian gunboats shadowed two Russian coast guard cutters off the island."
    assert dyad(coder, text, "MOBILIZE") == ("EST", "RUS")
