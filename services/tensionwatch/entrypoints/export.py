"""`tensionwatch export`: events, clusters or index history from the topics, for analysts.

Reads the topic from its beginning up to its end at the moment the export starts (a
snapshot; the worker may go on writing), then writes CSV, Parquet (pyarrow, the `parquet`
extra) or, for events, GDELT 2.0's own event file format. Events follow GDELT's columns.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from tensionwatch.adapters.topic_reader import Start, UnknownTopicError, topic_reader
from tensionwatch.domain.errors import TensionwatchError
from tensionwatch.domain.models import Article
from tensionwatch.entrypoints.tail import topic_name
from tensionwatch.service.gdelt import EXTRA_COLUMNS, GDELT_COLUMNS, event_row
from tensionwatch.settings import Settings

KINDS = ("events", "clusters", "index")
FORMATS = ("csv", "parquet", "gdelt")


class ExportError(TensionwatchError):
    """The export cannot be written as asked."""


@dataclass(frozen=True)
class ExportOptions:
    """What to export, how, and where (`-` is stdout, for the text formats)."""

    kind: str
    format: str = "csv"
    output: str = "-"
    urls: bool = True


async def export(settings: Settings, options: ExportOptions, out: TextIO | None = None) -> int:
    """Write the export; returns the number of rows."""
    if options.format == "gdelt" and options.kind != "events":
        raise ExportError("the gdelt format is GDELT's event table: it holds events only")
    if options.format == "parquet" and options.output == "-":
        raise ExportError("Parquet is binary: give --output FILE")
    if options.output != "-" and not Path(options.output).parent.is_dir():
        raise ExportError(f"no such folder for the output: {Path(options.output).parent}")
    if options.kind == "events":
        rows = await _event_rows(settings, options.urls)
        columns = list(
            GDELT_COLUMNS if options.format == "gdelt" else GDELT_COLUMNS + EXTRA_COLUMNS
        )
    else:
        rows = await _flat_rows(settings, topic_name(settings, options.kind))
        columns = _columns(rows)
    _write(rows, columns, options, out or sys.stdout)
    return len(rows)


async def _values(settings: Settings, topic: str) -> list[tuple[int, dict[str, Any]]]:
    """(timestamp ms, value) of every JSON object on `topic`, up to its end now."""
    found: list[tuple[int, dict[str, Any]]] = []
    async with topic_reader(settings, [topic], Start(from_beginning=True)) as reader:
        async for record in reader.until_end():
            try:
                value = json.loads(record.value or b"null")
            except ValueError:
                continue  # the worker writes JSON only; anything else is not ours to export
            if isinstance(value, dict):
                found.append((record.timestamp, value))
    return found


async def _event_rows(settings: Settings, urls: bool) -> list[dict[str, Any]]:
    # One row per event id: a replayed article wrote the same events again, under the same ids.
    latest = {
        str(v.get("event_id")): (ts, v) for ts, v in await _values(settings, settings.topic_events)
    }
    events = list(latest.values())
    url_of = await _article_urls(settings) if urls else {}
    counts = await _cluster_counts(settings)
    return [
        event_row(
            value,
            added_ms=timestamp,
            url=url_of.get(str(value.get("article_id"))),
            counts=counts.get(str(value.get("cluster_id"))),
        )
        for timestamp, value in events
    ]


async def _article_urls(settings: Settings) -> dict[str, str]:
    """article id → url, from the articles topic (what is still on it)."""
    try:
        articles = await _values(settings, settings.topic_articles)
    except UnknownTopicError:
        return {}
    urls = {}
    for _, value in articles:
        try:
            article = Article.model_validate(value)  # the id the worker gave it, even if derived
        except ValidationError:
            continue
        if article.url:
            urls[article.id] = article.url
    return urls


async def _cluster_counts(settings: Settings) -> dict[str, tuple[int, int, int]]:
    """cluster id → (mentions, sources, articles), the latest record of each cluster."""
    topic = topic_name(settings, "clusters")
    if topic == "clusters":
        return {}  # no clusters topic configured
    try:
        clusters = await _values(settings, topic)
    except UnknownTopicError:
        return {}
    counts: dict[str, tuple[int, int, int]] = {}
    for _, value in clusters:
        if "cluster_id" in value:
            counts[str(value["cluster_id"])] = (
                int(value.get("mentions", 1)),
                int(value.get("sources", 1)),
                int(value.get("articles", 1)),
            )
    return counts


async def _flat_rows(settings: Settings, topic: str) -> list[dict[str, Any]]:
    rows = []
    for timestamp, value in await _values(settings, topic):
        time = datetime.fromtimestamp(timestamp / 1000, UTC).isoformat()
        rows.append({"record_time": time} | flatten(value))
    return rows


def flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted columns (`conflict.h24`); lists as JSON text."""
    flat: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            flat |= flatten(item, f"{name}.")
        elif isinstance(item, list):
            flat[name] = json.dumps(item, ensure_ascii=False)
        else:
            flat[name] = item
    return flat


def _columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _write(
    rows: list[dict[str, Any]], columns: list[str], options: ExportOptions, out: TextIO
) -> None:
    if options.format == "parquet":
        _write_parquet(rows, columns, Path(options.output))
        return
    with contextlib.ExitStack() as stack:
        handle = out
        if options.output != "-":
            path = Path(options.output)
            handle = stack.enter_context(path.open("w", newline="", encoding="utf-8"))
        if options.format == "gdelt":  # GDELT's files: tab-separated, no header, no quoting
            writer = csv.writer(
                handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
            )
        else:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row[c] for c in columns])


def _write_parquet(rows: list[dict[str, Any]], columns: list[str], path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise ExportError("Parquet needs pyarrow: pip install 'tensionwatch[parquet]'") from error
    table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    if not rows:
        table = pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, path)
