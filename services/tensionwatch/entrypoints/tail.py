"""`tensionwatch tail TOPIC`: one readable line per record, filtered, or the records as JSON.

TOPIC is a topic name or its short name (`events`, `escalations`, `alerts`, `index`,
`clusters`, `dlq`, `articles`). On a terminal the evidence is highlighted in its sentence;
in a pipe it is marked «like this».
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from tensionwatch.adapters.topic_reader import Record, Start, topic_reader
from tensionwatch.domain.errors import TensionwatchError
from tensionwatch.settings import Settings

SHORT_NAMES = {"dlq": "dead_letters"}
EVIDENCE_STYLE = "bold yellow"


class TailError(TensionwatchError):
    """The command line asked for something tail cannot do."""


def topic_name(settings: Settings, name: str) -> str:
    """A short name (`events`, `alerts`, ...) as the configured topic name; others as given."""
    field = f"topic_{SHORT_NAMES.get(name, name)}"
    configured = getattr(settings, field, None)
    return configured if isinstance(configured, str) else name


@dataclass(frozen=True)
class Filters:
    """Which records to show; a record passes when it meets every filter given."""

    dyad: str | None = None
    actor: str | None = None
    types: frozenset[str] = frozenset()
    min_intensity: float | None = None
    alerts_only: bool = False
    escalation_min_intensity: float = 5.0

    def passes(self, value: Mapping[str, Any]) -> bool:
        """Whether `value` (a decoded record) meets every filter."""
        checks = (
            self.dyad is None or _same_dyad(str(value.get("dyad", "")), self.dyad),
            self.actor is None or self.actor.upper() in _actor_codes(value),
            not self.types or str(value.get("plover_type", "")).upper() in self.types,
            self.min_intensity is None or intensity(value) >= self.min_intensity,
            not self.alerts_only or self.is_alert(value),
        )
        return all(checks)

    def is_alert(self, value: Mapping[str, Any]) -> bool:
        """An alert record, or an event that escalates (quad 3-4, asserted, intense enough)."""
        if "alert_id" in value:
            return True
        return (
            int(value.get("quad_class", 0)) >= 3
            and value.get("modality") == "asserted"
            and intensity(value) >= self.escalation_min_intensity
        )


def _same_dyad(dyad: str, wanted: str) -> bool:
    return sorted(dyad.upper().split("|")) == sorted(wanted.upper().split("|"))


def _actor_codes(value: Mapping[str, Any]) -> set[str]:
    """Every code an actor filter can match: actor codes, their countries and prefixes."""
    codes: set[str] = set()
    for side in ("source", "target"):
        actor = value.get(side)
        if isinstance(actor, dict):
            for code in (actor.get("code"), actor.get("country")):
                if code:
                    codes.update(str(code)[:n].upper() for n in range(3, len(str(code)) + 1))
    codes.update(p for p in str(value.get("dyad", "")).upper().split("|") if p and p != "-")
    return codes


def intensity(value: Mapping[str, Any]) -> float:
    """How intense a record is: -Goldstein for an event or a cluster, the 24-hour conflict of
    an index record, the level of an alert."""
    if "goldstein" in value:
        return -float(value["goldstein"])
    conflict = value.get("conflict")
    if isinstance(conflict, Mapping) and isinstance(conflict.get("h24"), int | float):
        return float(conflict["h24"])
    level = value.get("level")
    return float(level) if isinstance(level, int | float) else 0.0


def highlighted(sentence: str, evidence: str) -> Text:
    """The sentence with its evidence styled: the evidence span where the sentence holds it
    whole, else each of its words."""
    text = Text(sentence)
    start = sentence.lower().find(evidence.lower()) if evidence.strip() else -1
    if start >= 0:
        text.stylize(EVIDENCE_STYLE, start, start + len(evidence))
    else:
        words = [w for w in evidence.split() if len(w) > 1 or w.isalnum()]
        text.highlight_words(words, style=EVIDENCE_STYLE, case_sensitive=False)
    return text


def marked(text: Text) -> str:
    """Evidence spans as «...», for output that is not a terminal."""
    plain = text.plain
    out, last = [], 0
    spans = [s for s in text.spans if s.style == EVIDENCE_STYLE]
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < last:
            continue
        out += [plain[last : span.start], "«", plain[span.start : span.end], "»"]
        last = span.end
    out.append(plain[last:])
    return "".join(out)


def describe(record: Record, value: Mapping[str, Any]) -> Text:
    """One readable line: time, dyad, type, then what the record says."""
    when = datetime.fromtimestamp(record.timestamp / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S")
    line = Text(f"{when}  ")
    if "reason" in value and "original" in value:
        line.append(f"DEAD LETTER {value['reason']}: {value.get('message', '')}", style="red")
    elif "cameo_code" in value:
        line.append_text(_event_line(value))
    elif "alert_id" in value:
        line.append_text(_alert_line(value))
    elif "cluster_id" in value and "mentions" in value:
        line.append_text(_cluster_line(value))
    elif "as_of" in value and isinstance(value.get("conflict"), Mapping):
        line.append_text(_index_line(value))
    else:
        line.append(f"{value.get('dyad', '')}  ")
        line.append(_compact(value, drop=("dyad",)))
    return line


def _alert_line(value: Mapping[str, Any]) -> Text:
    line = Text(f"{value.get('day', '-')}  {value.get('dyad', '?'):<9} ", style="")
    line.append(f"ALERT {str(value.get('severity', '')).upper()} ", style="bold red")
    line.append(f"{value.get('status', '')}  ")
    before, level = value.get("level_before"), value.get("level")
    if isinstance(before, int | float) and isinstance(level, int | float):
        line.append(f"conflict {before:.1f} → {level:.1f}  ")
    sources = value.get("sources")
    if isinstance(sources, list):
        line.append(f"{len(sources)} sources  ")
    line.append(f"{len(value.get('clusters') or [])} clusters", style="dim")
    return line


def _cluster_line(value: Mapping[str, Any]) -> Text:
    line = Text(f"{value.get('event_date', '-')}  {value.get('dyad', '?'):<9} ")
    line.append(f"CLUSTER root {value.get('cameo_root', '?')} ")
    line.append(
        f"{value.get('mentions')} mentions, {value.get('articles')} articles, "
        f"{value.get('sources')} sources  ",
        style="dim",
    )
    line.append(str(value.get("first_sentence", "")))
    return line


def _index_line(value: Mapping[str, Any]) -> Text:
    def h24(name: str) -> float:
        horizons = value.get(name)
        return float(horizons.get("h24", 0.0)) if isinstance(horizons, Mapping) else 0.0

    line = Text(f"{value.get('as_of', '-')}  {value.get('dyad', '?'):<9} INDEX ")
    line.append(f"tension {h24('tension'):+.2f}  conflict {h24('conflict'):.2f}  ")
    line.append(f"baseline {float(value.get('baseline') or 0):.2f}", style="dim")
    if value.get("escalated"):
        line.append("  ESCALATED", style="bold red")
    return line


def _event_line(value: Mapping[str, Any]) -> Text:
    date = value.get("event_date") or str(value.get("published_at") or "")[:10] or "-"
    source = _code(value.get("source"))
    target = _code(value.get("target"))
    line = Text(f"{date}  {value['dyad']:<9} {value['plover_type']:<10} ", style="")
    line.append(f"{source}→{target} g={float(value['goldstein']):+.1f}  ", style="dim")
    line.append_text(highlighted(str(value["sentence"]), str(value.get("evidence", ""))))
    return line


def _code(actor: object) -> str:
    return str(actor["code"]) if isinstance(actor, dict) else "-"


def _compact(value: Mapping[str, Any], drop: tuple[str, ...]) -> str:
    shown = {k: v for k, v in value.items() if k not in drop and not isinstance(v, list | dict)}
    return " ".join(f"{k}={v}" for k, v in shown.items())


async def tail(
    settings: Settings,
    topic: str,
    filters: Filters,
    start: Start,
    *,
    as_json: bool = False,
    until_end: bool = False,
    out: TextIO | None = None,
) -> int:
    """Print the records of `topic` that pass `filters`; returns how many were printed."""
    console = Console(file=out or sys.stdout, soft_wrap=True, highlight=False)
    name = topic_name(settings, topic)
    printed = 0
    async with topic_reader(settings, [name], start) as reader:
        what = "reading" if until_end else "following"
        print(f"tensionwatch: {what} {name}", file=sys.stderr, flush=True)
        records = reader.until_end() if until_end else reader.follow()
        async for record in records:
            value = _decode(record)
            if value is None:
                if filters != Filters(escalation_min_intensity=filters.escalation_min_intensity):
                    continue  # a filter cannot match what is not a JSON object
                value = {"not_json": (record.value or b"")[:200].decode(errors="replace")}
            elif not filters.passes(value):
                continue
            _print(console, record, value, as_json)
            printed += 1
    return printed


def _decode(record: Record) -> dict[str, Any] | None:
    try:
        value = json.loads(record.value or b"null")
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _print(console: Console, record: Record, value: dict[str, Any], as_json: bool) -> None:
    if as_json:
        key = record.key.decode(errors="replace") if record.key else None
        payload = {"topic": record.topic, "key": key, "value": value}
        console.file.write(json.dumps(payload, ensure_ascii=False) + "\n")
    elif console.is_terminal:
        console.print(describe(record, value))
    else:
        console.file.write(marked(describe(record, value)) + "\n")
    console.file.flush()
