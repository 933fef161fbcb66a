"""Evaluation of the coder against labelled files in the three supported formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tensionwatch.domain.evaluate import (
    NONE,
    EvaluationError,
    GoldActor,
    actor_agrees,
    load_rows,
    render,
    run_evaluation,
    score,
)
from tensionwatch.domain.models import Actor


def write(tmp_path: Path, rows: list[dict[str, Any]]) -> Path:
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


PLOVER_ROWS = [
    {
        "id": "p1",
        "text": "Chilean police arrested twelve students in Santiago.",
        "plover": "COERCE",
        "source": [{"text": "Chilean police", "code": "CHLCOP"}],
        "target": [{"text": "students", "code": "CHLEDU"}],
    },
    {
        "id": "p2",
        "text": "Peru accused Bolivia of smuggling weapons.",
        "plover": "ACCUSE",
        "source": [{"text": "Peru", "code": "PER"}],
        "target": [{"text": "Bolivia", "code": "BOL"}],
    },
    {
        "id": "p3",
        "text": "The weather in Lima was mild.",
        "plover": "CONSULT",
        "source": [{"text": "Lima", "code": "PER"}],
        "target": [],
    },
]
PETR_ROWS = [
    {
        "id": "e1",
        "text": "Ecuador expelled a Colombian diplomat on Monday.",
        "date": "20240102",
        "events": [{"cameo_code": "161", "source_code": "ECU", "target_code": "COLGOV"}],
    },
    {
        "id": "e2",
        "text": "The orchestra played Mozart to a full hall.",
        "date": "20240102",
        "events": [],
    },
]
PENTA_ROWS = [
    {
        "id": "c1",
        "text": "Rebels ambushed an army convoy near Goma, killing nine soldiers.",
        "penta": 4,
    },
    {"id": "c2", "text": "Uruguay and Paraguay signed a trade agreement.", "penta": 1},
]


def test_score_gives_per_class_and_macro_f1() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("B", NONE)]
    metric = score("plover", pairs)
    by_label = {c.label: c for c in metric.classes}
    assert by_label["A"].precision == pytest.approx(1.0)
    assert by_label["A"].recall == pytest.approx(0.5)
    assert by_label["B"].precision == pytest.approx(0.5)
    assert metric.macro_f1 == pytest.approx((2 / 3 + 0.5) / 2)
    assert metric.accuracy == pytest.approx(0.5)
    assert metric.confusion[("B", NONE)] == 1


def test_plover_file_scores_type_and_actors(tmp_path: Path) -> None:
    report = run_evaluation(write(tmp_path, PLOVER_ROWS))
    plover = report.metrics[0]
    assert plover.name == "plover"
    assert report.relevant == 3
    assert plover.confusion[("COERCE", "COERCE")] == 1
    assert plover.confusion[("ACCUSE", "ACCUSE")] == 1
    assert plover.confusion[("CONSULT", NONE)] == 1
    assert report.agreement.events == 2
    assert report.agreement.source == 2


def test_petrarch_file_scores_relevance_and_cameo_root(tmp_path: Path) -> None:
    report = run_evaluation(write(tmp_path, PETR_ROWS))
    names = [metric.name for metric in report.metrics]
    assert names == ["plover", "penta", "root"]
    assert report.irrelevant == 1
    assert report.irrelevant_without_event == pytest.approx(1.0)
    assert report.relevant_with_event == pytest.approx(1.0)
    root = report.metrics[2]
    assert root.confusion[("16", "16")] == 1


def test_penta_file_scores_penta_class(tmp_path: Path) -> None:
    report = run_evaluation(write(tmp_path, PENTA_ROWS))
    assert [metric.name for metric in report.metrics] == ["penta"]
    assert report.metrics[0].macro_f1 == pytest.approx(1.0)
    text = render(report)
    assert "penta: macro-F1 1.000" in text
    assert "confusion" in text


def test_dates_of_petrarch_rows_become_publication_times(tmp_path: Path) -> None:
    rows = load_rows(write(tmp_path, PETR_ROWS))
    assert rows[0].published_at is not None and rows[0].published_at.year == 2024
    assert not rows[1].relevant


def test_unlabelled_row_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        load_rows(write(tmp_path, [{"id": "x", "text": "No label here."}]))


def test_actor_agreement_by_country_or_words() -> None:
    actor = Actor(text="Colombian diplomat", code="COLGOV", country="COL", sector="GOV")
    assert actor_agrees(actor, [GoldActor("", "COL")])
    assert actor_agrees(actor, [GoldActor("a Colombian diplomat", "")])
    assert not actor_agrees(actor, [GoldActor("", "ECU")])
    assert not actor_agrees(actor, [])
    assert actor_agrees(None, [])
