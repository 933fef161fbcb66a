"""`tensionwatch code`: one JSON line out per line in, through the stream's coding path."""

from __future__ import annotations

import io
import json

import pytest

from tensionwatch.entrypoints.cli import build_parser
from tensionwatch.entrypoints.offline import code_lines
from tests.fakes import KeywordCoder


def run(lines: list[str]) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    status = code_lines(lines, out, coder=KeywordCoder())
    return status, [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_input_line_gives_one_output_line_in_order() -> None:
    status, results = run(
        [
            '{"id": "a", "text": "Troops shelled the town. Envoys met later."}\n',
            '{"id": "b", "text": "The weather was fine."}\n',
        ]
    )
    assert status == 0
    assert [r["id"] for r in results] == ["a", "b"]
    assert [e["plover_type"] for e in results[0]["events"]] == ["ASSAULT", "CONSULT"]  # type: ignore[index]
    assert results[1]["events"] == []


def test_a_bad_line_gets_an_error_line_and_a_failing_status() -> None:
    status, results = run(['{"id": "a"}\n', "not json\n", "\n", '{"id": "c", "text": "ok"}\n'])
    assert status == 1
    assert len(results) == 4
    assert results[0] == {"id": "a", "events": [], "error": "text: Field required"}
    assert results[1]["id"] is None and "error" in results[1]
    assert "error" in results[2]
    assert results[3] == {"id": "c", "events": []}


def test_published_at_is_carried_into_events() -> None:
    _, [result] = run(['{"id": "a", "text": "Troops shelled it.", "published_at": "2026-11-02"}'])
    [event] = result["events"]  # type: ignore[misc]
    assert event["published_at"] == "2026-11-02T00:00:00Z"


def test_a_missing_input_file_is_one_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    from tensionwatch.entrypoints.cli import main

    assert main(["code", "/nonexistent/articles.jsonl"]) == 1
    assert "tensionwatch: error:" in capsys.readouterr().err


def test_the_title_is_coded_first_and_flagged_with_offsets_into_it() -> None:
    line = {"id": "a", "title": "  Troops shelled the port", "text": "Envoys met later."}
    _, [result] = run([json.dumps(line)])
    headline, body = result["events"]  # type: ignore[misc]
    assert headline["headline"] is True and body["headline"] is False
    assert line["title"][headline["char_start"] : headline["char_end"]] == "Troops shelled the port"
    assert headline["event_id"] != body["event_id"]


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--wire-min-confidence", "5", "5.0 is not between 0 and 1"),
        ("--min-confidence", "-0.1", "-0.1 is not between 0 and 1"),
        ("--min-confidence", "high", "not a number: 'high'"),
    ],
)
def test_an_evaluation_threshold_outside_0_to_1_is_one_clear_error(
    capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["evaluate", option, value, "set.jsonl"])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
    parsed = build_parser().parse_args(["evaluate", option, "0.5", "set.jsonl"])
    assert 0.5 in (parsed.min_confidence, parsed.wire_min_confidence)
