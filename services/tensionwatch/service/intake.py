"""What every ingest door shares: splitting a payload into records, and checking each one.

A payload is one JSON article, a JSON array of them, or JSON lines (NDJSON). Each record is
checked exactly as the worker would check it (`parse_article`, `check_article`), so a record
the worker would dead-letter is refused at the door with the same reason instead. An accepted
record is published in this service's own field names, keyed by its article id.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from tensionwatch.domain.errors import InputError, TensionwatchError
from tensionwatch.domain.models import Article, DeadLetterReason
from tensionwatch.service.handler import Limits, check_article, parse_article


class PayloadError(TensionwatchError):
    """The payload as a whole cannot be split into records (e.g. a broken JSON array)."""


@dataclass(frozen=True, slots=True)
class Accepted:
    """A record that passed the checks: its position, its article id, key and value."""

    index: int
    id: str
    key: bytes
    value: bytes


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record refused at the door: its position, a reason code and a message."""

    index: int
    reason: str
    message: str


def split_records(payload: bytes, lines: bool = False) -> list[bytes]:
    """The records in a payload: the elements of a JSON array, one JSON document (even
    pretty-printed), or else each non-blank line. `lines` forces the last reading (NDJSON).

    Records keep their bytes; nothing is decoded that does not have to be.
    """
    text = payload.lstrip()
    if not text:
        raise PayloadError("the payload is empty")
    if not lines and text[:1] == b"[":
        try:
            items = orjson.loads(text)
        except orjson.JSONDecodeError as error:
            raise PayloadError(f"not a valid JSON array: {error}") from error
        return [orjson.dumps(item) for item in items]
    # Split at the newline byte only: U+2028 or a stray byte inside a record does not end it.
    records = [line for line in payload.split(b"\n") if line.strip()]
    if not lines and len(records) > 1 and not _is_json(records[0]):
        return [payload]  # one document over several lines (pretty-printed), however broken
    return records


def _is_json(raw: bytes) -> bool:
    try:
        orjson.loads(raw)
    except orjson.JSONDecodeError:
        return False
    return True


def check_record(index: int, raw: bytes, limits: Limits) -> Accepted | Rejected:
    """Check one record as the worker would; an accepted one in the service's field names."""
    if len(raw) > limits.max_record_bytes:
        message = f"record is {len(raw)} bytes, over the limit of {limits.max_record_bytes}"
        return Rejected(index, DeadLetterReason.OVERSIZE.value, message)
    try:
        article = parse_article(raw)
        check_article(article, limits)
    except InputError as error:
        return Rejected(index, error.reason, error.message)
    return accepted(index, article)


def accepted(index: int, article: Article) -> Accepted:
    """An accepted article as a record: keyed by its id, so a re-sent article lands on the
    same partition and codes to the same event ids."""
    value = article.model_dump_json(exclude_none=True).encode()
    return Accepted(index, article.id, article.id.encode(), value)


def check_payload(payload: bytes, limits: Limits, lines: bool = False) -> list[Accepted | Rejected]:
    """Every record of a payload, checked; PayloadError when it cannot be split at all."""
    return [check_record(i, raw, limits) for i, raw in enumerate(split_records(payload, lines))]
