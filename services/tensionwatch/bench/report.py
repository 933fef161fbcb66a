"""The result: derived figures and targets, the JSON file, the PNG chart, the table."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from tensionwatch.bench.stats import ratio

TENSION = tuple(f"tension-{arm}-{n}" for n in (1, 2) for arm in ("off", "on"))
THROUGHPUT = ("raw", "faust", "e2e-seed", "e2e-mixed", *TENSION, "scale-1", "scale-2")
DELIVERY = ("alo-1", "eos-1", "alo-2", "eos-2")
TARGETS = {
    "framework_ratio": (">=", 0.30),
    "e2e_seed_articles_per_second": (">=", 250.0),
    "latency_p99_ms": ("<=", 100.0),
    "worker_peak_rss_mb": ("<=", 300.0),
    "scaling_ratio": (">=", 1.4),
    "exactly_once_ratio": (">=", 0.6),
}


def summarise(results: dict[str, Any]) -> dict[str, Any]:
    """Ratios to the raw baseline, the coder's share, scaling, and each target met or not."""
    raw = _aps(results, "raw")
    for name in THROUGHPUT + DELIVERY:
        if name in results:
            results[name]["ratio_to_raw"] = ratio(_aps(results, name), raw)
    coder = results.get("coder", {}).get("sentences_per_second")
    e2e = results.get("e2e-seed", {}).get("sentences_per_second")
    figures = {
        "framework_ratio": ratio(_aps(results, "faust"), raw),
        "e2e_seed_articles_per_second": _aps(results, "e2e-seed"),
        "latency_p99_ms": results.get("latency", {}).get("p99_ms"),
        "worker_peak_rss_mb": _peak_rss(results),
        "scaling_ratio": ratio(_aps(results, "scale-2"), _aps(results, "scale-1")),
        "coder_share_of_e2e_time": ratio(e2e, coder),
        "exactly_once_ratio": ratio(_median(results, "eos"), _median(results, "alo")),
        "tension_stage_ratio": tension_ratio(results),
        "tension_stage_cpu_ratio": tension_cpu_ratio(results),
    }
    return {"figures": figures, "targets": _targets(figures)}


def tension_ratio(results: dict[str, Any]) -> float | None:
    """Articles/s with the tension stage over without it (each arm's mean over the rounds)."""
    return _arms(results, lambda r: r["articles_per_second"])


def tension_cpu_ratio(results: dict[str, Any]) -> float | None:
    """Worker CPU seconds per article with the tension stage over without it: the cost
    without the other processes' share of the cores (the measure a busy host distorts least)."""
    return _arms(results, lambda r: r["worker_cpu_seconds"] / r["articles"])


def _arms(results: dict[str, Any], figure: Any) -> float | None:
    on = [figure(results[n]) for n in TENSION if "-on-" in n and n in results]
    off = [figure(results[n]) for n in TENSION if "-off-" in n and n in results]
    if not on or not off:
        return None
    return ratio(sum(on) / len(on), sum(off) / len(off))


def _aps(results: dict[str, Any], name: str) -> float | None:
    value = results.get(name, {}).get("articles_per_second")
    return float(value) if value is not None else None


def _median(results: dict[str, Any], prefix: str) -> float | None:
    """Median articles/s of the delivery scenario's drains of one mode."""
    rates = sorted(v for n in DELIVERY if n.startswith(prefix) and (v := _aps(results, n)))
    if not rates:
        return None
    middle = len(rates) // 2
    return rates[middle] if len(rates) % 2 else (rates[middle - 1] + rates[middle]) / 2


def _peak_rss(results: dict[str, Any]) -> float | None:
    peaks = [r["worker_peak_rss_mb"] for r in results.values() if "worker_peak_rss_mb" in r]
    return max(peaks) if peaks else None


def _targets(figures: dict[str, Any]) -> dict[str, Any]:
    targets = {}
    for name, (op, bound) in TARGETS.items():
        value = figures.get(name)
        met = None
        if value is not None and not math.isnan(value):
            met = value >= bound if op == ">=" else value <= bound
        targets[name] = {"target": f"{op} {bound:g}", "value": value, "met": met}
    return targets


def write_json(document: dict[str, Any], path: Path) -> Path:
    """The whole result as indented JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    return path


def render_table(document: dict[str, Any]) -> str:
    """A short plain-text table of the scenarios, then latency, coder and targets."""
    results = document["results"]
    lines = [
        f"{'scenario':<13} {'articles/s':>10} {'sent./s':>9} {'vs raw':>7} "
        f"{'worker cpu':>10} {'broker cpu':>10} {'RSS MB':>7}"
    ]
    for name in THROUGHPUT + DELIVERY:
        if name in results:
            lines.append(_row(name, results[name]))
    lines.extend(_extras(document))
    return "\n".join(lines)


def _row(name: str, r: dict[str, Any]) -> str:
    seconds = r["seconds"]
    broker = r.get("broker_cpu_seconds")
    return (
        f"{name:<13} {r['articles_per_second']:>10,.0f} {_num(r.get('sentences_per_second')):>9} "
        f"{_num(r.get('ratio_to_raw'), '.2f'):>7} {r['worker_cpu_seconds'] / seconds:>9.2f}c "
        f"{_num(broker / seconds if broker is not None else None, '.2f'):>9}c "
        f"{r['worker_peak_rss_mb']:>7.0f}"
    )


def _extras(document: dict[str, Any]) -> list[str]:
    results = document["results"]
    figures = document["summary"]["figures"]
    lines = []
    if "latency" in results:
        lat = results["latency"]
        lines.append(
            f"latency at {lat['offered_articles_per_second']} articles/s: "
            f"p50 {lat['p50_ms']:.1f} ms  p95 {lat['p95_ms']:.1f} ms  p99 {lat['p99_ms']:.1f} ms "
            f"({lat['articles_with_events']}/{lat['articles_sent']} articles with events)"
        )
    if figures.get("tension_stage_ratio") is not None:
        lines.append(
            f"tension stage: {figures['tension_stage_ratio']:.3f}× the articles/s and "
            f"{_num(figures.get('tension_stage_cpu_ratio'), '.3f')}× the worker CPU per article "
            "of the worker without it (means of the rounds, same articles)"
        )
    if "coder" in results:
        lines.append(
            f"coder alone (1 core): {results['coder']['sentences_per_second']:,.0f} sentences/s; "
            f"share of e2e time {_num(figures.get('coder_share_of_e2e_time'), '.0%')}"
        )
    for name, target in document["summary"]["targets"].items():
        verdict = {True: "met", False: "MISSED", None: "n/a"}[target["met"]]
        lines.append(f"target {name} {target['target']}: {_num(target['value'], '.2f')} {verdict}")
    lines.append(f"placement: {document['environment']['placement']}")
    return lines


def _num(value: float | None, spec: str = ",.0f") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return format(value, spec)


def write_chart(document: dict[str, Any], path: Path) -> Path:
    """Bar chart of articles/s per throughput scenario, each labelled with its ratio to raw."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    results = document["results"]
    names = [n for n in THROUGHPUT if n in results]
    figure, (left, right) = pyplot.subplots(1, 2, figsize=(12, 4.5), width_ratios=[3, 1])
    bars = left.bar(names, [results[n]["articles_per_second"] for n in names], color="#4c72b0")
    labels = [_num(results[n].get("ratio_to_raw"), ".2f") + "× raw" for n in names]
    left.bar_label(bars, labels=labels, fontsize=8)
    if names:  # a log axis needs data (a latency-only run has none)
        left.set_yscale("log")  # baselines run ~100x faster than the pipeline
    left.set_ylabel("articles/s, log scale (drain of a backlog)")
    left.set_title(f"tensionwatch bench: {document['environment']['broker']['kind']} broker")
    _latency_panel(right, results.get("latency"))
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    pyplot.close(figure)
    return path


def _latency_panel(axes: Any, latency: dict[str, Any] | None) -> None:
    axes.set_title("produce → first event")
    if not latency:
        axes.set_axis_off()
        return
    names = ["p50", "p95", "p99"]
    bars = axes.bar(names, [latency[f"{n}_ms"] for n in names], color="#dd8452")
    axes.bar_label(bars, fmt="%.0f", fontsize=8)
    axes.axhline(TARGETS["latency_p99_ms"][1], color="grey", linestyle="--", linewidth=1)
    axes.set_ylabel(f"ms at {latency['offered_articles_per_second']} articles/s")
