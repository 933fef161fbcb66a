"""Evaluation of the coder against labelled files in the three supported formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tensionwatch.domain.article_eval import evaluate_articles, render_articles
from tensionwatch.domain.coder import Coder
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
from tensionwatch.domain.scoring import reliability, side_right


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


def test_actor_agreement_of_an_organisation_by_its_three_letter_group() -> None:
    # the wire sets code the UN "UNO" and NATO "NAT" (sector IGO), as the dyad score reads them
    un = Actor(text="The United Nations", code="IGOUNO", country=None, sector="IGO")
    nato = Actor(text="the alliance", code="IGOWSTNAT", country=None, sector="IGO")
    assert actor_agrees(un, [GoldActor("", "UNO")])
    assert actor_agrees(nato, [GoldActor("", "NAT")])
    assert actor_agrees(un, [GoldActor("", "IGOUNO")])
    assert not actor_agrees(un, [GoldActor("", "EUR")])


STREAM_ROWS = [
    {
        "id": "s1",
        "article_id": "a1",
        "text": "Chilean police arrested twelve Bolivian smugglers on Monday.",
        "relevant": True,
        "plover": "COERCE",
        "cameo_root": "17",
        "source": {"text": "Chilean police", "code": "CHL", "sector": "COP"},
        "target": {"text": "Bolivian smugglers", "code": "BOL", "sector": "CRM"},
    },
    {
        "id": "s2",
        "article_id": "a1",
        "text": "The football season opens in Santiago next week.",
        "relevant": False,
    },
    {
        "id": "s3",
        "article_id": "a2",
        "text": "Peru accused Ecuador of moving troops to the border.",
        "relevant": True,
        "plover": "ACCUSE",
        "cameo_root": "11",
        "source": {"text": "Peru", "code": "PER", "sector": "GOV"},
        "target": {"text": "Chile", "code": "CHL", "sector": "GOV"},
    },
]


def test_stream_rows_are_scored_by_type_and_both_countries(tmp_path: Path) -> None:
    report = run_evaluation(write(tmp_path, STREAM_ROWS))
    assert report.relevant == 2 and report.irrelevant == 1
    assert report.dyads is not None
    # The arrest has the right type and parties; the accusation's target is not the gold's.
    assert (report.dyads.right, report.dyads.predicted, report.dyads.relevant) == (1, 2, 2)
    assert report.dyads.precision == pytest.approx(0.5)
    assert sorted(dyad is True for _, _, dyad in report.judged) == [False, True]
    assert all(typed for _, typed, _ in report.judged)
    text = render(report)
    assert "dyad (type and both parties' countries right): precision 0.500" in text
    assert "reliability" in text


def test_rows_of_one_article_are_kept_together_in_order(tmp_path: Path) -> None:
    rows = load_rows(write(tmp_path, STREAM_ROWS))
    assert [row.article_id for row in rows] == ["a1", "a1", "a2"]
    assert rows[0].events[0].penta == 4 and rows[0].events[0].root == "17"
    assert rows[1].events == ()


def test_a_country_side_agrees_by_its_first_three_letters_or_organisation_code() -> None:
    police = Actor(text="police", code="CHLCOP", country="CHL", sector="COP")
    un = Actor(text="UN", code="IGOUNO", country=None, sector="IGO")
    assert side_right(police, [GoldActor("", "CHL")])
    assert not side_right(police, [GoldActor("", "PER")])
    assert side_right(un, [GoldActor("", "UNO")])
    assert side_right(un, [GoldActor("", "IGOUNO")])
    assert side_right(None, []) and not side_right(police, [])
    assert side_right(police, [GoldActor("someone", "")])  # no code: cannot be judged wrong
    rebels = Actor(text="rebels", code="REB", country=None, sector="REB")
    assert side_right(rebels, [GoldActor("", "---REB")])


def test_reliability_bins_share_right_by_confidence() -> None:
    bins, error = reliability(
        [(0.55, True, None), (0.58, False, None), (0.95, True, True), (1.0, True, False)]
    )
    assert [(b.low, b.events, b.right, b.dyad) for b in bins] == [
        (0.5, 2, 0.5, None),
        (0.9, 2, 1.0, 0.5),
    ]
    assert error == pytest.approx((2 * abs(0.565 - 0.5) + 2 * abs(0.975 - 1.0)) / 4)


def _article_folder(tmp_path: Path) -> Path:
    body = (
        "LIMA: Peru accused Ecuador of smuggling arms.\n\n"
        "The weather was mild and the markets were calm."
    )
    first = body.index(".") + 1
    gold = {
        "p1": [
            {
                "gold_id": "G1",
                "sentence_index": 0,
                "required": True,
                "plover": ["ACCUSE"],
                "source": ["PER"],
                "target": ["ECU"],
                "char_start": 0,
                "char_end": first,
            },
            {
                "gold_id": "G2",
                "sentence_index": 0,
                "required": True,
                "plover": ["ASSAULT"],
                "source": ["ECU"],
                "target": [],
                "char_start": 0,
                "char_end": first,
            },
        ],
        "np1": [],
    }
    articles = [
        {"id": "p1", "title": "Peru accuses Ecuador", "text": body},
        {"id": "np1", "title": "Scores", "text": "The home side won the cup final 2-1."},
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    (tmp_path / "nonpolitical.json").write_text(json.dumps(["np1"]))
    return tmp_path


def test_a_folder_of_articles_is_scored_event_by_event(tmp_path: Path) -> None:
    report = evaluate_articles(_article_folder(tmp_path), Coder(min_confidence=0.5))
    assert report.required == 2
    assert report.events >= 1 and report.required_matched == 1
    precision, recall, _ = report.figures()
    assert recall == pytest.approx(0.5)
    assert precision == pytest.approx(1 / report.events)
    assert report.nonpolitical_events == 0
    assert "type alone" in render_articles(report)


def test_a_prediction_is_scored_against_the_gold_act_of_its_class_with_its_parties(
    tmp_path: Path,
) -> None:
    # two expulsions in one row: the coder's (Ecuador -> Colombia) is the second one coded
    row = {
        "id": "e3",
        "text": "Ecuador expelled a Colombian diplomat on Monday.",
        "date": "20240102",
        "events": [
            {"cameo_code": "161", "source_code": "PER", "target_code": "BOLGOV"},
            {"cameo_code": "161", "source_code": "ECU", "target_code": "COLGOV"},
        ],
    }
    report = run_evaluation(write(tmp_path, [row]))
    assert report.dyads is not None
    assert (report.dyads.right, report.dyads.predicted) == (1, 1)
    swapped = dict(row, events=row["events"][:1])
    report = run_evaluation(write(tmp_path, [swapped]))
    assert report.dyads is not None
    assert (report.dyads.right, report.dyads.predicted) == (0, 1)
