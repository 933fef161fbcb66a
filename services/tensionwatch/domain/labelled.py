"""Labelled sentences: the three JSONL formats people's codings come in, read into one model.

- PLOVER gold standard: `plover` (PLOVER 2.0 type), `source` / `target`: lists of
  `{text, code}`;
- PETRARCH-2 gold standard: `events`: list of `{cameo_code, source_code, target_code}`,
  an empty list marking a sentence without a political act; `date` (YYYYMMDD) of the story;
- ConfliBERT CAMEO classes: `penta` (PentaClass 0-4);
- news stream (whole articles, sentence by sentence): `relevant`, and for relevant rows the
  main event's `plover`, `cameo_root`, `source` / `target` (`{text, code, sector}` or null);
  `article_id` keeps the sentences of one article together, in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tensionwatch.domain import cameo
from tensionwatch.domain.errors import TensionwatchError


class EvaluationError(TensionwatchError):
    """A labelled file that cannot be read."""


@dataclass(frozen=True, slots=True)
class GoldActor:
    """An actor as people coded it: its words (when given) and its code."""

    text: str
    code: str


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One act as people coded it; labels a format does not give are None."""

    plover: str | None = None
    penta: int | None = None
    root: str | None = None
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """A labelled sentence: no gold events means people found no political act in it."""

    id: str
    text: str
    events: tuple[GoldEvent, ...]
    published_at: datetime | None = None
    article_id: str = ""  # rows of one article, in order, are coded with one context

    @property
    def relevant(self) -> bool:
        return bool(self.events)


def _actors(items: Iterable[dict[str, Any]]) -> tuple[GoldActor, ...]:
    return tuple(GoldActor(str(i.get("text") or ""), str(i.get("code") or "")) for i in items)


def _petr_event(item: dict[str, Any]) -> GoldEvent:
    code = str(item["cameo_code"])
    entry = cameo.lookup(code) if cameo.known(code) else None
    return GoldEvent(
        plover=entry.plover_type if entry else None,
        penta=entry.penta_class if entry else None,
        root=code[:2],
        sources=(GoldActor("", str(item.get("source_code") or "")),),
        targets=(GoldActor("", str(item.get("target_code") or "")),),
    )


def _published(raw: Any) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.strptime(str(raw)[:8], "%Y%m%d").replace(tzinfo=UTC)
    except ValueError:
        return None


def _stream_event(record: dict[str, Any]) -> tuple[GoldEvent, ...]:
    """A news-stream row's main event (none when people judged the sentence not relevant)."""
    if not record.get("relevant"):
        return ()
    plover = record.get("plover")
    root = str(record.get("cameo_root") or "") or None
    sides = [record.get(side) for side in ("source", "target")]
    sources, targets = (_actors([side]) if isinstance(side, dict) else () for side in sides)
    penta = cameo.lookup(root).penta_class if root and cameo.known(root) else None
    return (GoldEvent(plover, penta, root, sources, targets),)


def parse_row(record: dict[str, Any]) -> Row:
    """One JSONL record of any of the four formats."""
    if "relevant" in record:
        events = _stream_event(record)
    elif "events" in record:
        events = tuple(_petr_event(item) for item in record["events"])
    elif "plover" in record:
        gold = GoldEvent(
            plover=record["plover"],
            sources=_actors(record.get("source") or []),
            targets=_actors(record.get("target") or []),
        )
        events = (gold,)
    elif "penta" in record:
        events = (GoldEvent(penta=int(record["penta"])),)
    else:
        raise EvaluationError(f"row {record.get('id')!r} has no plover, events or penta label")
    return Row(
        str(record.get("id", "")),
        str(record["text"]),
        events,
        _published(record.get("date")),
        str(record.get("article_id") or ""),
    )


def load_rows(path: Path) -> list[Row]:
    """Every labelled sentence of a JSONL file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [parse_row(json.loads(line)) for line in lines if line.strip()]
    except (OSError, ValueError, KeyError) as error:
        raise EvaluationError(f"cannot read {path}: {error}") from error
