"""Reading article records from files, folders and stdin, as bytes, for the CLI doors.

One reader for `tensionwatch publish` and `tensionwatch demo --input`: JSON lines (`.jsonl`,
`.ndjson`, or any other file), news-please JSON files (one article, pretty-printed or not, or
an array), `.txt` files (one article each, its id the file's stem) and whole folders of them.
Records are bytes as read, split at the newline byte only: a line that is not UTF-8 or not
JSON is still a record, for the checks downstream to refuse with a reason.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tensionwatch.domain.errors import TensionwatchError
from tensionwatch.service.intake import PayloadError, split_records

#: Suffixes read inside a folder; other files there (news-please's .html copies) are skipped.
FOLDER_SUFFIXES = (".json", ".jsonl", ".ndjson", ".txt")
STDIN = "-"


class MissingInputError(TensionwatchError):
    """Some input paths do not exist; the message names each."""


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One record and where it came from (`file`, `file:line` or `file[index]`)."""

    origin: str
    raw: bytes
    size: int  # bytes of input this record accounts for, for progress
    error: str | None = None  # why this input is no record at all (a .txt that is not UTF-8)


def check_paths(paths: Iterable[str]) -> list[Path]:
    """The input paths, every one existing (or `-`); MissingInputError naming the others."""
    checked = [Path(p) for p in paths]
    missing = [str(p) for p in checked if str(p) != STDIN and not p.exists()]
    if missing:
        raise MissingInputError(f"no such file or folder: {', '.join(missing)}")
    return checked


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files to read (folders walked, sorted) and files skipped in folders."""
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            (files if child.suffix.lower() in FOLDER_SUFFIXES else skipped).append(child)
    return files, skipped


def read_file(
    path: Path, published_at: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[InputRecord]:
    """The records of one file (`-` is stdin)."""
    if str(path) == STDIN:
        yield from _read_payload("<stdin>", (stdin or sys.stdin.buffer).read())
    elif path.suffix.lower() == ".txt":
        yield _text_article(path, published_at)
    elif path.suffix.lower() == ".json":
        yield from _read_payload(str(path), path.read_bytes())
    else:
        yield from _read_lines(path)


def _read_lines(path: Path) -> Iterator[InputRecord]:
    """JSON lines, streamed: a large file is never held whole."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():  # split at the newline byte only; every other byte is kept
                yield InputRecord(f"{path}:{number}", line.rstrip(b"\n"), len(line))
            # blank lines are not records


def _read_payload(name: str, payload: bytes) -> Iterator[InputRecord]:
    try:
        records = split_records(payload)
    except PayloadError:
        # Not splittable (a broken array, an empty file): one record, for the checks to refuse.
        records = [payload]
    share = len(payload) // max(len(records), 1)
    if len(records) == 1:
        yield InputRecord(name, records[0], len(payload))
        return
    for index, record in enumerate(records):
        yield InputRecord(f"{name}[{index}]", record, share)


def _text_article(path: Path, published_at: str | None) -> InputRecord:
    """A `.txt` file as one article, its id the file's stem; a file that is not UTF-8 is a
    record with an error, for the caller to refuse by name."""
    raw = path.read_bytes()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputRecord(str(path), b"", len(raw), error=f"not UTF-8 text: {error}")
    article = {"id": path.stem, "body": body}
    if published_at:
        article["published_at"] = published_at
    return InputRecord(str(path), json.dumps(article).encode(), len(raw))


def read_inputs(
    paths: Iterable[Path], published_at: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[InputRecord]:
    """Every record of every file, in order (folders expanded)."""
    files, _ = expand(paths)
    for path in files:
        yield from read_file(path, published_at, stdin)
