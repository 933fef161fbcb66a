"""`tensionwatch code`: the stream's coding path, offline, one JSON line in and one out."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tensionwatch.domain.models import TensionEvent, as_utc
from tensionwatch.domain.pipeline import SentenceCoder, code_article


class TextRecord(BaseModel):
    """One input line of `tensionwatch code`."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    text: str
    title: str | None = None
    published_at: datetime | None = Field(default=None)


def code_lines(source: Iterable[str], out: TextIO, coder: SentenceCoder | None = None) -> int:
    """Code every line; a bad line gets `{"id", "events": [], "error"}` and exit status 1."""
    if coder is None:
        from tensionwatch.bootstrap import build_coder
        from tensionwatch.settings import Settings

        coder = build_coder(Settings())
    failures = 0
    for number, line in enumerate(source, start=1):
        result = _code_line(coder, line)
        if "error" in result:
            failures += 1
            print(f"tensionwatch: line {number}: {result['error']}", file=sys.stderr)
        out.write(orjson.dumps(result).decode() + "\n")
    return 1 if failures else 0


def _code_line(coder: SentenceCoder, line: str) -> dict[str, object]:
    try:
        record = TextRecord.model_validate_json(line)
    except ValidationError as error:
        return {"id": _best_effort_id(line), "events": [], "error": _first_error(error)}
    coded = code_article(
        coder,
        record.id,
        record.text,
        title=record.title,
        published_at=as_utc(record.published_at),
    )
    return {"id": record.id, "events": [_event_dict(e) for e in coded.events]}


def _event_dict(event: TensionEvent) -> object:
    return orjson.loads(event.model_dump_json())


def _best_effort_id(line: str) -> object:
    try:
        parsed = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    return parsed.get("id") if isinstance(parsed, dict) else None


def _first_error(error: ValidationError) -> str:
    item = error.errors()[0]
    where = ".".join(str(p) for p in item["loc"]) or "line"
    return f"{where}: {item['msg']}"
