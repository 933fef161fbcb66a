"""Do the coder's actors agree with people's? Words or country, side by side.

A side agrees when the coder's actor has the same country (first three letters of the code;
organisations by their first six, "IGOUNO", or by a later group of three, as the wire sets
code them: "UNO", "EUR", NATO's "NAT") as one of people's actors on that side, or when its
words overlap theirs; a side people left empty agrees only with no actor. A code people
left without a country ("---REB") agrees with an actor of no country and the same sector
("---": any actor of no country). For symmetric acts whose second party people put among the
sources (or PETRARCH listed in both directions), the two sides may be swapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tensionwatch.domain.labelled import GoldActor, GoldEvent, Row
from tensionwatch.domain.models import Actor, TensionEvent


@dataclass(frozen=True, slots=True)
class Agreement:
    """Actor agreement over correctly typed events."""

    events: int = 0
    source: int = 0
    target: int = 0
    both: int = 0

    def rate(self, count: int) -> float:
        return count / self.events if self.events else 0.0


def actor_key(code: str) -> str:
    """What two actor codes must share to agree: the country (first three letters), an
    organisation's first six ("IGOUNO"), or for an unknown country ("---REB") the sector."""
    code = code.upper()
    if code.startswith("IGO"):
        return code[:6]
    if code.startswith("---"):
        return code[3:6] or "---"
    return code if len(code) < 3 else code[:3]


def _keys(actor: Actor) -> set[str]:
    keys = {actor_key(actor.code)}
    code = actor.code.upper()
    if code.startswith("IGO"):  # people's "UNO" for "IGOUNO", "NAT" for NATO's "IGOWSTNAT"
        keys.update(code[i : i + 3] for i in range(3, len(code) - 2, 3))
    if actor.country:
        keys.add(actor_key(actor.country))
    else:
        keys.update({"---", (actor.sector or actor.code).upper()[:3]})
    return keys


def actor_agrees(predicted: Actor | None, gold: Sequence[GoldActor]) -> bool:
    """Whether a predicted side agrees with people's actors on that side (see module doc)."""
    if predicted is None or not gold:
        return predicted is None and not gold
    keys = _keys(predicted)
    words = predicted.text.lower()
    for actor in gold:
        if actor.code and actor_key(actor.code) in keys:
            return True
        text = actor.text.lower()
        if text and (words in text or text in words):
            return True
    return False


def sides_agree(predicted: TensionEvent, gold: GoldEvent, row: Row) -> tuple[bool, bool]:
    """(source agrees, target agrees), allowing swapped sides for symmetric codings."""
    direct = (
        actor_agrees(predicted.source, gold.sources),
        actor_agrees(predicted.target, gold.targets),
    )
    if all(direct):
        return direct
    return max([direct, *_swapped(predicted, gold, row)], key=sum)


def _swapped(predicted: TensionEvent, gold: GoldEvent, row: Row) -> list[tuple[bool, bool]]:
    options: list[tuple[bool, bool]] = []
    if len(gold.sources) > 1 and not gold.targets:
        for index, actor in enumerate(gold.sources):
            others = gold.sources[:index] + gold.sources[index + 1 :]
            options.append(
                (actor_agrees(predicted.source, others), actor_agrees(predicted.target, (actor,)))
            )
    for other in row.events:
        if other.root == gold.root and other is not gold:
            options.append(
                (
                    actor_agrees(predicted.source, other.sources),
                    actor_agrees(predicted.target, other.targets),
                )
            )
    options.append(
        (actor_agrees(predicted.source, gold.targets), actor_agrees(predicted.target, gold.sources))
    )
    return options[:-1] if not _symmetric(predicted) else options


def _symmetric(event: TensionEvent) -> bool:
    return event.cameo_root in {"03", "04", "05", "06"}
