"""`tensionwatch demo --once` reads its input as bytes: the twelve-line hostile file of issue 12,
a record too large for the broker, and lines the text reader used to split or crash on."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tensionwatch.bench.hostile import GERMAN, GOOD_BODY, HTML_PAGE, article
from tensionwatch.entrypoints.demo import load_records, split_lines
from tests.conftest import BrokerInfo

#: Issue 12's twelve lines, and what the worker must make of each (None: coded).
HOSTILE_LINES: list[tuple[bytes, str | None]] = [
    (b"this is not JSON", "invalid_json"),
    (b'{"id": "h2", "title": "no body"}', "invalid_schema"),
    (b'{"id": "h3", "body": ["not", "a", "string"]}', "invalid_schema"),
    (b'{"id": "h4", "body": ""}', "empty_body"),
    (article(HTML_PAGE, "h5"), None),
    (article(GERMAN, "h6"), "unsupported_language"),
    (article("." * 50_000, "h7"), None),
    (article("x " * 350_000, "h8"), "oversize"),
    (b'{"id": "h9", "body": "Troops \\udc00 shelled the town."}', "invalid_json"),
    (b"[" + article(GOOD_BODY, "h10") + b"]", "invalid_schema"),
    (article(GOOD_BODY, "h11"), None),
    (b'{"id": "h12", "body": "\xff\xfe\xfd not UTF-8"}', "invalid_json"),
]


def run_demo(path: Path, broker: BrokerInfo) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", "demo", "--once"]
    command += ["--web-port", "0", "--input", str(path)]
    if broker.kind != "tansu":
        command += ["--broker", broker.bootstrap]
    return subprocess.run(command, capture_output=True, timeout=240, check=False)  # noqa: S603


def test_lines_split_at_the_newline_byte_only_and_keep_their_bytes(tmp_path: Path) -> None:
    inside = json.dumps({"body": "a\u2028b\u2029c\u0085d"}, ensure_ascii=False).encode()
    raw = b"\xff\xfe not UTF-8\n" + inside + b"\r\n\n   \n" + b"last"
    assert split_lines(raw) == [b"\xff\xfe not UTF-8", inside + b"\r", b"last"]
    path = tmp_path / "in.jsonl"
    path.write_bytes(raw)
    assert load_records(path) == split_lines(raw)


@pytest.mark.slow
def test_the_twelve_line_hostile_file_is_accounted_for_line_by_line(
    broker: BrokerInfo, tmp_path: Path
) -> None:
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(line for line, _ in HOSTILE_LINES) + b"\n")
    result = run_demo(path, broker)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    letters = [r["value"] for r in records if r["topic"].startswith("news.articles.dlq")]
    by_original = {}
    for letter in letters:
        original = base64.b64decode(letter["original"], validate=True)
        line = next(line for line, _ in HOSTILE_LINES if line.startswith(original))
        by_original[line] = letter
    expected = {line: reason for line, reason in HOSTILE_LINES if reason}
    assert {line: letter["reason"] for line, letter in by_original.items()} == expected
    assert len(letters) == len(expected) >= 9
    assert by_original[HOSTILE_LINES[5][0]]["detected_language"] == "de"
    events = [r["value"] for r in records if r["topic"].startswith("tension.events")]
    assert {"h5", "h11"} <= {event["article_id"] for event in events}


@pytest.mark.slow
def test_a_record_too_large_for_the_broker_is_reported_and_skipped(
    broker: BrokerInfo, tmp_path: Path
) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(article("y " * 600_000, "huge") + b"\n" + article(GOOD_BODY, "ok"))
    result = run_demo(path, broker)
    errors = result.stderr.decode(errors="replace")
    assert result.returncode == 0, errors[-3000:]
    assert "skipped input record 1 (1,200,0" in errors
    assert "published 1 article record(s)" in errors and "skipped 1" in errors
    events = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert events and {event["article_id"] for event in events} == {"ok"}
