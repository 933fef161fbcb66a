"""`tensionwatch publish FILE...`: articles from files, folders or stdin onto the input topic.

Every record is checked as the worker would check it; a refused one is reported with its
origin and reason and not sent. Sent records are acknowledged by the broker (`acks=all`)
before they count. A progress bar (rate, ETA) is drawn only on a terminal.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from tensionwatch.adapters.article_sink import ArticleSink
from tensionwatch.entrypoints.inputs import InputRecord, check_paths, expand, read_file
from tensionwatch.service.handler import Limits
from tensionwatch.service.intake import Accepted, Rejected, check_record
from tensionwatch.settings import Settings

BATCH = 500
SHOWN_REJECTIONS = 20


@dataclass
class Tally:
    """What happened to the records of one run."""

    sent: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # origin, reason, message
    skipped_files: list[Path] = field(default_factory=list)

    def reject(self, origin: str, reason: str, message: str) -> None:
        """Count one refused record."""
        self.rejected.append((origin, reason, message))


class _RateColumn(ProgressColumn):
    """Articles per second since the start (rich's own speed column counts bytes here)."""

    def render(self, task: Task) -> Text:
        records = int(task.fields.get("records", 0))
        elapsed = task.elapsed or 0.0
        rate = f"{records / elapsed:,.0f}/s" if elapsed > 0 else "-/s"
        return Text(f"{records:,} articles {rate}")


async def publish_paths(
    settings: Settings,
    limits: Limits,
    paths: list[str],
    *,
    published_at: str | None = None,
    stdin: BinaryIO | None = None,
    err: TextIO | None = None,
) -> Tally:
    """Check and send every record of `paths` (`-` = stdin); the tally of what happened."""
    files, skipped = expand(check_paths(paths))
    tally = Tally(skipped_files=skipped)
    console = Console(file=err or sys.stderr)
    total = None if any(str(p) == "-" for p in files) else sum(p.stat().st_size for p in files)
    sink = ArticleSink(settings)
    await sink.start()
    try:
        with _progress(console) as progress:
            task = progress.add_task("publish", total=total, records=0)
            batch: list[tuple[str, Accepted]] = []
            for record in _records(files, published_at, stdin):
                result = _check(record, limits)
                if isinstance(result, Rejected):
                    tally.reject(record.origin, result.reason, result.message)
                else:
                    batch.append((record.origin, result))
                if len(batch) >= BATCH:
                    await _send(sink, batch, tally)
                    batch = []
                progress.update(task, advance=record.size, records=tally.sent + len(batch))
            await _send(sink, batch, tally)
            progress.update(task, records=tally.sent)
    finally:
        await sink.stop()
    return tally


def _check(record: InputRecord, limits: Limits) -> Accepted | Rejected:
    if record.error:
        return Rejected(0, "invalid_text", record.error)
    return check_record(0, record.raw, limits)


def _records(
    files: list[Path], published_at: str | None, stdin: BinaryIO | None
) -> Iterator[InputRecord]:
    for path in files:
        yield from read_file(path, published_at, stdin)


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]publish"),
        BarColumn(),
        TaskProgressColumn(),
        _RateColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=False,
    )


async def _send(sink: ArticleSink, batch: list[tuple[str, Accepted]], tally: Tally) -> None:
    if not batch:
        return
    outcomes = await sink.publish([accepted for _, accepted in batch])
    for (origin, _), error in zip(batch, outcomes, strict=True):
        if error is None:
            tally.sent += 1
        else:
            tally.reject(origin, "not_published", f"the broker refused it: {error!r}")


def summary(tally: Tally, topic: str) -> str:
    """The closing report: sent, rejected by reason, the first refused records."""
    lines = [
        f"tensionwatch: sent {tally.sent} article(s) to {topic}, rejected {len(tally.rejected)}"
    ]
    for reason, count in sorted(Counter(r for _, r, _ in tally.rejected).items()):
        lines.append(f"  {reason}: {count}")
    for origin, reason, message in tally.rejected[:SHOWN_REJECTIONS]:
        lines.append(f"  {origin}: {reason}: {message}")
    if len(tally.rejected) > SHOWN_REJECTIONS:
        lines.append(f"  ... and {len(tally.rejected) - SHOWN_REJECTIONS} more")
    if tally.skipped_files:
        names = ", ".join(str(p) for p in tally.skipped_files[:5])
        more = "" if len(tally.skipped_files) <= 5 else ", ..."
        lines.append(f"  skipped {len(tally.skipped_files)} file(s) in folders: {names}{more}")
    return "\n".join(lines)
