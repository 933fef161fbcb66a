"""The benchmark's pure figures: percentiles, drain windows, rates, metrics, the table."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tensionwatch.bench.articles import make_articles
from tensionwatch.bench.report import render_table, summarise, write_chart
from tensionwatch.bench.stats import Sample, drain_window, metric_sum, percentile, rate, ratio


def test_percentiles_interpolate_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == pytest.approx(50.5)
    assert percentile(values, 99) == pytest.approx(99.01)
    assert percentile([7.0], 95) == 7.0
    assert math.isnan(percentile([], 50))


def test_the_drain_window_takes_cpu_from_the_samples_around_it() -> None:
    samples = [
        Sample(10.0, {1: 0.0}),
        Sample(11.0, {1: 0.5}),
        Sample(13.0, {1: 2.5}),
        Sample(14.0, {1: 3.0}),
    ]
    window = drain_window(samples, start=11.2, end=12.9)
    assert window.seconds == pytest.approx(1.7)
    assert window.cpu == {1: pytest.approx(2.0)}


def test_rates_and_ratios_guard_against_empty_runs() -> None:
    assert rate(500, 2.0) == 250.0
    assert rate(0, 2.0) == 0.0
    assert rate(10, 0.0) == 0.0
    assert ratio(3.0, 4.0) == 0.75
    assert ratio(None, 4.0) is None
    assert ratio(3.0, 0.0) is None


def test_metric_sums_add_every_labelled_sample_of_one_name() -> None:
    text = (
        "# HELP tensionwatch_records_produced_total Records.\n"
        'tensionwatch_records_produced_total{topic="a"} 3.0\n'
        'tensionwatch_records_produced_total{topic="b"} 4.0\n'
        "tensionwatch_records_produced_created 1.7e9\n"
        "tensionwatch_sentences_total 35.0\n"
    )
    assert metric_sum(text, "tensionwatch_records_produced_total") == 7.0
    assert metric_sum(text, "tensionwatch_sentences_total") == 35.0


def test_seed_size_articles_are_about_three_and_a_half_kilobytes() -> None:
    sizes = [len(record) for record in make_articles(20)]
    assert all(3_300 <= size <= 4_200 for size in sizes)
    assert make_articles(3) == make_articles(3)


def _drain(per_second: float, sentences: float | None = None) -> dict[str, object]:
    return {
        "articles_per_second": per_second,
        "sentences_per_second": sentences,
        "seconds": 2.0,
        "worker_cpu_seconds": 1.8,
        "broker_cpu_seconds": 0.4,
        "worker_peak_rss_mb": 120.0,
    }


def test_the_summary_checks_every_target_and_the_table_shows_them() -> None:
    results: dict[str, dict[str, object]] = {
        "raw": _drain(10_000.0),
        "faust": _drain(4_000.0),
        "e2e-seed": _drain(200.0, 7_000.0),
        "scale-1": _drain(200.0),
        "scale-2": _drain(300.0),
        "coder": {"sentences_per_second": 14_000.0},
        "latency": {
            "offered_articles_per_second": 100,
            "p50_ms": 20.0,
            "p95_ms": 40.0,
            "p99_ms": 60.0,
            "articles_sent": 10,
            "articles_with_events": 10,
        },
    }
    summary = summarise(results)
    targets = {name: target["met"] for name, target in summary["targets"].items()}
    assert targets == {
        "framework_ratio": True,
        "e2e_seed_articles_per_second": False,
        "latency_p99_ms": True,
        "worker_peak_rss_mb": True,
        "scaling_ratio": True,
        "exactly_once_ratio": None,
    }
    assert summary["figures"]["coder_share_of_e2e_time"] == pytest.approx(0.5)
    document = {"results": results, "summary": summary, "environment": {"placement": "here"}}
    table = render_table(document)
    assert "faust" in table and "0.40" in table
    assert "e2e_seed_articles_per_second >= 250: 200.00 MISSED" in table
    assert "p99 60.0 ms" in table


def test_a_chart_is_drawn_for_a_latency_only_run(tmp_path: Path) -> None:
    latency = {"offered_articles_per_second": 100, "p50_ms": 20.0, "p95_ms": 40.0, "p99_ms": 60.0}
    document = {"results": {"latency": latency}, "environment": {"broker": {"kind": "kafka"}}}
    chart = write_chart(document, tmp_path / "bench.png")
    assert chart.stat().st_size > 1_000


def test_the_exactly_once_ratio_is_of_the_medians_of_the_alternating_drains() -> None:
    results: dict[str, dict[str, object]] = {
        "alo-1": _drain(200.0),
        "eos-1": _drain(150.0),
        "alo-2": _drain(240.0),
        "eos-2": _drain(170.0),
    }
    summary = summarise(results)
    assert summary["figures"]["exactly_once_ratio"] == pytest.approx(160.0 / 220.0)
    assert summary["targets"]["exactly_once_ratio"]["met"] is True
    document = {"results": results, "summary": summary, "environment": {"placement": "here"}}
    assert "eos-2" in render_table(document)
