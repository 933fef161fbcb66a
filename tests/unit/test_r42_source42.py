"""Round 42, source42: a longer name that starts after a shorter one's leading "The" wins
(the actor index), so a reference back to it takes the longer name's country."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, codes, events, recommended_coder

coder = recommended_coder
index = actor_index
DAY = date(2024, 5, 15)


def test_longer_name_after_the_wins(index: ActorIndex) -> None:
    found = codes(index, "The Islamic Resistance in Iraq posted a statement on Monday.", DAY)
    assert found == {"Islamic Resistance in Iraq": "IRQREB"}


def test_the_form_alone_keeps_its_code(index: ActorIndex) -> None:
    found = codes(index, "The Islamic Resistance posted a statement on Monday.", DAY)
    assert found == {"The Islamic Resistance": "LBNREB"}


def test_pronoun_takes_the_longer_name(coder: Coder) -> None:
    found = events(
        coder,
        "The Islamic Resistance in Iraq said it had fired two rockets at an airfield in Syria.",
    )
    assert found and found[0].source is not None
    assert found[0].source.country == "IRQ"
