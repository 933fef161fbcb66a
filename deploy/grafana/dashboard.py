"""The tensionwatch Grafana dashboard, built with Grafana's Foundation SDK.

`python deploy/grafana/dashboard.py` writes `deploy/grafana/dashboards/tensionwatch.json`, which
compose provisions; `--check` fails when the file differs from what this script builds (the
test suite runs it). Every panel's PromQL is run against a live worker by
tests/e2e/test_grafana_queries.py.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from grafana_foundation_sdk.builders import common, dashboard, prometheus, stat, timeseries
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models.dashboard import DataSourceRef, Threshold, ThresholdsMode

OUTPUT = Path(__file__).resolve().parent / "dashboards" / "tensionwatch.json"
DATASOURCE = DataSourceRef(type_val="prometheus", uid="${datasource}")
JOB = 'job=~"$job"'
RATE = "[$__rate_interval]"


@dataclass(frozen=True)
class Query:
    """One PromQL expression and the legend of its series."""

    expr: str
    legend: str


def percentiles(histogram: str, selector: str, by: str = "") -> list[Query]:
    """p50, p95 and p99 of a histogram over the rate window."""
    group = f"le, {by}" if by else "le"
    prefix = f"{{{{{by}}}}} " if by else ""
    return [
        Query(
            f"histogram_quantile({q}, sum by ({group}) "
            f"(rate({histogram}_bucket{{{selector}}}{RATE})))",
            f"{prefix}p{round(q * 100)}",
        )
        for q in (0.5, 0.95, 0.99)
    ]


@dataclass(frozen=True)
class PanelSpec:
    """A time-series panel: title, unit, queries, and what it is for."""

    title: str
    unit: str
    queries: list[Query]
    description: str
    stacked: bool = False


PANELS = [
    PanelSpec(
        "Throughput in and out",
        "reqps",
        [
            Query(f"sum(rate(tensionwatch_articles_consumed_total{{{JOB}}}{RATE}))", "articles in"),
            Query(
                f"sum by (topic) (rate(tensionwatch_records_produced_total{{{JOB}}}{RATE}))",
                "out: {{topic}}",
            ),
        ],
        "Articles accepted per second, and records published per second by topic.",
    ),
    PanelSpec(
        "Processing latency by stage",
        "s",
        percentiles("tensionwatch_processing_duration_seconds", JOB, by="stage"),
        "Time per record in each stage (decode, screen, code): p50, p95, p99.",
    ),
    PanelSpec(
        "Ingest to event delay",
        "s",
        percentiles("tensionwatch_event_delay_seconds", f'{JOB}, reference="ingest"'),
        "From the input record's timestamp to its events being acknowledged by the broker.",
    ),
    PanelSpec(
        "Consumer lag (records)",
        "short",
        [Query(f"sum by (topic) (tensionwatch_consumer_lag_records{{{JOB}}})", "{{topic}}")],
        "Records not yet processed, summed over the workers.",
    ),
    PanelSpec(
        "Consumer lag (seconds)",
        "s",
        [Query(f"max by (topic) (tensionwatch_consumer_lag_seconds{{{JOB}}})", "{{topic}}")],
        "Age of the oldest unprocessed record seen, the worst worker.",
    ),
    PanelSpec(
        "Dead letters by reason",
        "reqps",
        [
            Query(
                f"sum by (reason) (rate(tensionwatch_dead_letters_total{{{JOB}}}{RATE}))",
                "{{reason}}",
            )
        ],
        "Records sent to the dead-letter topic per second, by reason code.",
        stacked=True,
    ),
    PanelSpec(
        "Events by PLOVER type",
        "reqps",
        [
            Query(
                f"sum by (plover_type) (rate(tensionwatch_events_coded_total{{{JOB}}}{RATE}))",
                "{{plover_type}}",
            )
        ],
        "Coded events per second by PLOVER type.",
        stacked=True,
    ),
    PanelSpec(
        "Escalations and alerts",
        "reqps",
        [
            Query(f"sum(rate(tensionwatch_escalations_total{{{JOB}}}{RATE}))", "escalations"),
            Query(
                f"sum by (severity) (rate(tensionwatch_alerts_total{{{JOB}}}{RATE}))",
                "alerts: {{severity}}",
            ),
        ],
        "Events routed to the escalation topic, and tension alerts raised by severity.",
    ),
]

READINESS = PanelSpec(
    "Readiness per worker",
    "short",
    [
        Query(f"tensionwatch_ready{{{JOB}}}", "ready {{instance}}"),
        Query(f"tensionwatch_broker_reachable{{{JOB}}}", "broker {{instance}}"),
    ],
    "1 when the worker is ready (broker reachable, partitions assigned, recovered); "
    "broker 0 tells a broker outage from a rebalance.",
)


def targets(spec: PanelSpec) -> list[prometheus.Dataquery]:
    """The panel's queries, with reference ids A, B, ..."""
    return [
        prometheus.Dataquery()
        .expr(query.expr)
        .legend_format(query.legend)
        .ref_id(chr(ord("A") + number))
        .datasource(DATASOURCE)
        for number, query in enumerate(spec.queries)
    ]


def series_panel(spec: PanelSpec) -> timeseries.Panel:
    """A time series with its legend as a table below."""
    panel = (
        timeseries.Panel()
        .title(spec.title)
        .description(spec.description)
        .unit(spec.unit)
        .datasource(DATASOURCE)
        .min(0)
        .span(12)
        .height(8)
        .legend(
            common.VizLegendOptions().show_legend(True).display_mode("table").placement("bottom")
        )
    )
    if spec.stacked:
        panel = panel.stacking(common.StackingConfig().mode("normal"))
    for target in targets(spec):
        panel = panel.with_target(target)
    return panel


def readiness_panel(spec: PanelSpec) -> stat.Panel:
    """One stat per worker and series: green 1, red 0."""
    panel = (
        stat.Panel()
        .title(spec.title)
        .description(spec.description)
        .datasource(DATASOURCE)
        .span(24)
        .height(5)
        .thresholds(
            dashboard.ThresholdsConfig()
            .mode(ThresholdsMode.ABSOLUTE)
            .steps([Threshold(value=None, color="red"), Threshold(value=1, color="green")])
        )
    )
    for target in targets(spec):
        panel = panel.with_target(target)
    return panel


def build() -> dashboard.Dashboard:
    """The whole board: readiness on top, then the flow, latency, lag and outcomes."""
    board = (
        dashboard.Dashboard("tensionwatch")
        .uid("tensionwatch")
        .description("News articles in, political tension events out: one Faust worker or many.")
        .tags(["tensionwatch", "kafka", "faust"])
        .refresh("30s")
        .time("now-1h", "now")
        .with_variable(
            dashboard.DatasourceVariable("datasource").label("Data source").type("prometheus")
        )
        .with_variable(
            dashboard.QueryVariable("job")
            .label("Job")
            .datasource(DataSourceRef(type_val="prometheus", uid="${datasource}"))
            .query("label_values(tensionwatch_build_info, job)")
            .multi(True)
            .include_all(True)
            .all_value(".+")
            .refresh(2)
        )
        .with_panel(readiness_panel(READINESS))
    )
    for spec in PANELS:
        board = board.with_panel(series_panel(spec))
    return board


def render() -> str:
    """The dashboard as Grafana's JSON, keys sorted."""
    return JSONEncoder(sort_keys=True, indent=2).encode(build().build()) + "\n"


def main(argv: list[str]) -> int:
    """Write the JSON, or with --check compare it with the committed file."""
    text = render()
    if "--check" in argv:
        if not OUTPUT.is_file() or OUTPUT.read_text("utf-8") != text:
            print(f"{OUTPUT} is out of date: run python deploy/grafana/dashboard.py")
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, "utf-8")
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
