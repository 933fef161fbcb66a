"""Scores shared by the evaluations: who-did-it-to-whom at country level, and calibration.

- `dyad_right`: an event counts only when its type is right and both parties' countries
  match people's (organisations by their CAMEO code: `IGOUNO` and `UNO` agree, and
  `IGOWSTNAT` and `NAT`); a side
  people left empty must be empty; a side they named without a code accepts any actor, and
  one they coded without a country ("---REB") an actor without one.
  Symmetric acts (meetings, agreements, cooperation, fighting) may have their sides swapped.
- `reliability`: events grouped by confidence, with the share right (a real act of the right
  type, what the confidence estimates) and the share with the dyad right too; a calibrated
  coder is right about as often as it says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tensionwatch.domain.cameo import SYMMETRIC_ROOTS
from tensionwatch.domain.labelled import GoldActor, GoldEvent
from tensionwatch.domain.models import Actor, TensionEvent

SYMMETRIC_CODES = frozenset({"190", "193"})  # fighting, clashes: either side first
BIN_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def country_key(code: str | None) -> str | None:
    """What two codes must share: the country (first three letters), or for an organisation
    the three letters after `IGO` ("IGOUNO" and "UNO" agree)."""
    if not code:
        return None
    code = code.upper()
    if code.startswith("---"):
        return ""  # people coded no country: only an actor without one agrees
    if code.startswith("IGO"):
        return code[3:6] or code
    return code[:3]  # "NGOHRIAMN" (Amnesty) and a bare "NGO" both give "NGO"


def actor_key(actor: Actor | None) -> str | None:
    """The country key of a coded actor: its code's, else its country's."""
    if actor is None:
        return None
    if actor.code.upper().startswith("IGO"):
        return country_key(actor.code)
    return country_key(actor.country)


def side_right(predicted: Actor | None, gold: Sequence[GoldActor]) -> bool:
    """One side at country level: no gold actor wants no actor; a gold actor without a code
    accepts anything; otherwise the country keys must agree."""
    if not gold:
        return predicted is None
    keys = {country_key(actor.code) for actor in gold}
    if None in keys:
        return True
    key = actor_key(predicted)
    if key in keys or (key is None and "" in keys):
        return True
    if predicted is None:
        return False
    if not keys.isdisjoint(INTERNATIONAL) and international(predicted):
        return True  # "IGO" or "NGO" alone: some international body, named or not
    return not keys.isdisjoint(igo_groups(predicted.code))


INTERNATIONAL = frozenset({"IGO", "NGO"})  # a gold code naming no body


def international(actor: Actor) -> bool:
    """A body of no country: an intergovernmental or a named non-governmental organisation."""
    return actor.country is None and actor.code[:3].upper() in INTERNATIONAL


def igo_groups(code: str) -> set[str]:
    """An organisation's later three-letter groups: NATO's `IGOWSTNAT` is people's `NAT`
    (its key, the first group, is the region `WST`)."""
    code = code.upper()
    if not code.startswith("IGO"):
        return set()
    return {code[i : i + 3] for i in range(6, len(code) - 2, 3)}


def symmetric(event: TensionEvent) -> bool:
    """Acts whose two parties may be named in either order."""
    return event.cameo_root in SYMMETRIC_ROOTS or event.cameo_code in SYMMETRIC_CODES


def parties_right(event: TensionEvent, gold: GoldEvent) -> bool:
    """Both parties' countries right (either order for symmetric acts)."""
    if side_right(event.source, gold.sources) and side_right(event.target, gold.targets):
        return True
    return symmetric(event) and (
        side_right(event.source, gold.targets) and side_right(event.target, gold.sources)
    )


def dyad_right(event: TensionEvent, gold: GoldEvent) -> bool:
    """The type and both parties' countries right."""
    return event.plover_type == gold.plover and parties_right(event, gold)


Judged = tuple[float, bool, bool | None]  # confidence, right, dyad right (None: unknown)


@dataclass(frozen=True, slots=True)
class Bin:
    """Events whose confidence lies in [low, high): how many, how sure, how often right
    (and with the dyad right too, when known)."""

    low: float
    high: float
    events: int
    mean_confidence: float
    right: float
    dyad: float | None


def reliability(judged: Sequence[Judged]) -> tuple[list[Bin], float]:
    """Bins of judged events and the expected calibration error (the mean gap between
    confidence and share right, weighted by events)."""
    bins: list[Bin] = []
    gap = 0.0
    for low, high in zip(BIN_EDGES, BIN_EDGES[1:], strict=False):
        inside = [j for j in judged if low <= j[0] < high or (high == 1.0 and j[0] == 1.0)]
        if not inside:
            continue
        mean = sum(j[0] for j in inside) / len(inside)
        right = sum(j[1] for j in inside) / len(inside)
        dyads = [j[2] for j in inside if j[2] is not None]
        dyad = sum(dyads) / len(dyads) if dyads else None
        bins.append(Bin(low, high, len(inside), mean, right, dyad))
        gap += len(inside) * abs(mean - right)
    return bins, gap / len(judged) if judged else 0.0


def reliability_lines(judged: Sequence[Judged], what: str) -> list[str]:
    """The reliability table as text."""
    bins, error = reliability(judged)
    lines = [
        f"reliability ({what}; {len(judged)} events, calibration error {error:.3f}):",
        f"  {'confidence':<12}{'events':>7}{'mean':>7}{'right':>7}{'dyad':>7}",
    ]
    for b in bins:
        span = f"{b.low:.1f}-{b.high:.1f}"
        dyad = f"{b.dyad:>7.3f}" if b.dyad is not None else f"{'-':>7}"
        lines.append(f"  {span:<12}{b.events:>7}{b.mean_confidence:>7.3f}{b.right:>7.3f}{dyad}")
    return lines
