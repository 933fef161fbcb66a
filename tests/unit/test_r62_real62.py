"""Round 62 (real62): parties and factions named by a modifier.

"Leaders of the main parties denounced the raid", "The leaders representing different parties
backed the talks", "Leaders of two factions denied the claim": a party named by a modifier
other than "political" is the story's party (`PTY`, as "political parties" is), and factions
are an armed group (`REB`, as militias are), so the act has its source; an accusation of armed
factions targets them, not a side the article's other acts suggest. Bare "parties" ("urged all
parties", "the warring parties") is no actor of its own."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, events, recommended_coder

coder = recommended_coder
index = actor_index


def _sources(coder: Coder, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country, e.source.sector) for e in events(coder, text) if e.source]


def test_leaders_of_the_main_parties_are_the_parties(coder: Coder) -> None:
    text = "Leaders of the main parties in Zambia denounced the arrest of the opposition leader."
    assert ("ZMB", "PTY") in _sources(coder, text)


def test_leaders_representing_different_parties_are_the_parties(coder: Coder) -> None:
    text = (
        "The leaders representing different parties in Malawi condemned the attack on the police."
    )
    assert ("MWI", "PTY") in _sources(coder, text)


def test_leaders_of_factions_are_an_armed_group(coder: Coder) -> None:
    text = "Leaders of two factions in Libya denied any part in the shelling of the airport."
    assert ("LBY", "REB") in _sources(coder, text)


def test_accused_armed_factions_are_the_target(coder: Coder) -> None:
    text = "Libya's interior ministry accused Misrata-based armed factions of shelling the airport."
    found = [e for e in events(coder, text) if e.cameo_root == "11"]
    assert found and found[0].target is not None
    assert (found[0].target.country, found[0].target.sector) == ("LBY", "REB")


def test_bare_parties_are_no_actor(index: ActorIndex) -> None:
    text = "The envoy urged all parties to respect the truce."
    assert all("parties" not in m.actor.text for m in index.find(text))
