"""Prometheus metrics named by the conventions: `tensionwatch_` prefix, base units, `_total`.

Every label takes values from a bounded set (PLOVER types, quad classes, reason codes, stages,
topics), never article ids or free text.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from tensionwatch import __version__
from tensionwatch.domain.models import Alert, DeadLetterReason, TensionEvent

_SOURCES_BUCKETS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)
_RECOVERY_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)
_DURATION_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_DELAY_BUCKETS = (
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1,
    2.5,
    5,
    10,
    30,
    60,
    300,
    3600,
    21600,
    86400,
    604800,
)


class PrometheusMetrics:
    """The service's own metrics, registered in one registry (shared with faust's sensors)."""

    def __init__(self, registry: CollectorRegistry, coder_version: str = "") -> None:
        self.registry = registry
        ns = "tensionwatch"
        Info(
            "build", "Version of the service and of its coder.", namespace=ns, registry=registry
        ).info({"version": __version__, "coder_version": coder_version})
        self.articles = Counter(
            "articles_consumed", "Articles decoded and accepted.", namespace=ns, registry=registry
        )
        self.sentences = Counter(
            "sentences",
            "Sentences segmented from accepted articles.",
            namespace=ns,
            registry=registry,
        )
        self.skipped = Counter(
            "sentences_skipped",
            "Sentences whose acts were all judged not political (crime, sport, business, ...).",
            namespace=ns,
            registry=registry,
        )
        self.events = Counter(
            "events_coded",
            "Events coded, by PLOVER type and QuadClass.",
            ["plover_type", "quad_class"],
            namespace=ns,
            registry=registry,
        )
        self.escalations = Counter(
            "escalations", "Events routed to the escalation topic.", namespace=ns, registry=registry
        )
        self.dead_letters = Counter(
            "dead_letters",
            "Records sent to the dead-letter topic.",
            ["reason"],
            namespace=ns,
            registry=registry,
        )
        self.languages = Counter(
            "articles_by_language",
            "Articles by the language detected in their text (`und`: too short to judge, or "
            "undecided); rejected ones included.",
            ["language"],
            namespace=ns,
            registry=registry,
        )
        self.markup = Counter(
            "markup_bodies",
            "Article bodies that were HTML or XML-like markup, coded from their text.",
            namespace=ns,
            registry=registry,
        )
        self.capped = Counter(
            "events_dropped",
            "Events dropped because their article had more than the per-article cap.",
            namespace=ns,
            registry=registry,
        )
        self.duration = Histogram(
            "processing_duration_seconds",
            "Time spent per stage.",
            ["stage"],
            namespace=ns,
            registry=registry,
            buckets=_DURATION_BUCKETS,
        )
        self.delay = Histogram(
            "event_delay_seconds",
            "Delay from a reference time to the event being published.",
            ["reference"],
            namespace=ns,
            registry=registry,
            buckets=_DELAY_BUCKETS,
        )
        self.produced = Counter(
            "records_produced",
            "Records published, by topic.",
            ["topic"],
            namespace=ns,
            registry=registry,
        )
        self.refused = Counter(
            "publish_refusals",
            "Records the broker refused (too large, invalid), by topic.",
            ["topic"],
            namespace=ns,
            registry=registry,
        )
        self.lag = Gauge(
            "consumer_lag_records",
            "Records not yet processed, by topic.",
            ["topic"],
            namespace=ns,
            registry=registry,
        )
        self.lag_seconds = Gauge(
            "consumer_lag_seconds",
            "Age of the oldest unprocessed record seen, by topic.",
            ["topic"],
            namespace=ns,
            registry=registry,
        )
        self.ready = Gauge(
            "ready",
            "1 once partitions are assigned and recovery is done, while the broker answers.",
            namespace=ns,
            registry=registry,
        )
        self.broker_reachable = Gauge(
            "broker_reachable",
            "0 once the broker has been unreachable for TENSIONWATCH_BROKER_DOWN_AFTER_SECONDS.",
            namespace=ns,
            registry=registry,
        )
        for reason in DeadLetterReason:
            self.dead_letters.labels(reason=reason.value)
        self._tension_metrics(ns, registry)
        # labels() costs microseconds; the hot path looks children up here instead.
        self._events_by_type: dict[tuple[str, int], Any] = {}
        self._produced_by_topic: dict[str, Any] = {}

    def article_consumed(self) -> None:
        """Count an accepted article."""
        self.articles.inc()

    def sentences_segmented(self, count: int) -> None:
        """Count an article's sentences."""
        self.sentences.inc(count)

    def sentences_skipped(self, count: int) -> None:
        """Count sentences skipped as not political."""
        self.skipped.inc(count)

    def event_coded(self, event: TensionEvent) -> None:
        """Count an event by its type."""
        key = (event.plover_type, event.quad_class)
        child = self._events_by_type.get(key)
        if child is None:
            child = self.events.labels(plover_type=key[0], quad_class=str(key[1]))
            self._events_by_type[key] = child
        child.inc()

    def escalation_raised(self) -> None:
        """Count an escalation."""
        self.escalations.inc()

    def dead_lettered(self, reason: DeadLetterReason) -> None:
        """Count a dead letter by its reason."""
        self.dead_letters.labels(reason=reason.value).inc()

    def language_detected(self, language: str) -> None:
        """Count an article by its detected language (a code from the detector's set)."""
        self.languages.labels(language=language).inc()

    def markup_stripped(self) -> None:
        """Count a body that was markup."""
        self.markup.inc()

    def events_capped(self, dropped: int) -> None:
        """Count the events an article had beyond the cap."""
        self.capped.inc(dropped)

    def stage_duration(self, stage: str, seconds: float) -> None:
        """Observe how long a stage took."""
        self.duration.labels(stage=stage).observe(seconds)

    def published(self, topic: str, count: int = 1) -> None:
        """Count records published to a topic."""
        child = self._produced_by_topic.get(topic)
        if child is None:
            child = self._produced_by_topic[topic] = self.produced.labels(topic=topic)
        child.inc(count)

    def publish_refused(self, topic: str) -> None:
        """Count one record the broker refused."""
        self.refused.labels(topic=topic).inc()

    def event_delay(self, reference: str, seconds: float) -> None:
        """Observe the delay from `reference` ("ingest" or "published") to emit."""
        self.delay.labels(reference=reference).observe(max(seconds, 0.0))

    def consumer_lag(self, topic: str, records: int, seconds: float) -> None:
        """Set the lag of a topic, in records and in seconds."""
        self.lag.labels(topic=topic).set(records)
        self.lag_seconds.labels(topic=topic).set(seconds)

    def _tension_metrics(self, ns: str, registry: CollectorRegistry) -> None:
        self.alerts = Counter(
            "alerts",
            "Escalation alerts raised, by severity.",
            ["severity"],
            namespace=ns,
            registry=registry,
        )
        self.alert_revisions = Counter(
            "alert_revisions",
            "Alerts republished after later reports: updated or withdrawn.",
            ["status"],
            namespace=ns,
            registry=registry,
        )
        self.index_updates = Counter(
            "index_updates", "Dyad index records published.", namespace=ns, registry=registry
        )
        self.cluster_sources = Histogram(
            "cluster_sources",
            "Distinct sources of a story cluster, each time it is published.",
            namespace=ns,
            registry=registry,
            buckets=_SOURCES_BUCKETS,
        )
        self.table_recovery = Histogram(
            "table_recovery_seconds",
            "Time from partition assignment to the tension tables being recovered.",
            namespace=ns,
            registry=registry,
            buckets=_RECOVERY_BUCKETS,
        )
        self.tension_outcomes = Counter(
            "tension_events",
            "Coded events the tension stage read, by outcome: counted, duplicate (a replay), "
            "undated, too_late (past the lateness bound), dead_letter.",
            ["outcome"],
            namespace=ns,
            registry=registry,
        )
        for severity in ("elevated", "high", "critical"):
            self.alerts.labels(severity=severity)
        for outcome in ("counted", "duplicate", "undated", "too_late", "dead_letter"):
            self.tension_outcomes.labels(outcome=outcome)

    def tension_events(self, outcome: str, count: int) -> None:
        """Count events the tension stage read, by outcome."""
        self.tension_outcomes.labels(outcome=outcome).inc(count)

    def cluster_published(self, sources: int) -> None:
        """Observe a published cluster's distinct sources."""
        self.cluster_sources.observe(sources)

    def index_updated(self) -> None:
        """Count a published dyad index."""
        self.index_updates.inc()

    def alert_published(self, alert: Alert) -> None:
        """Count an alert record: raised by severity, otherwise as a revision."""
        if alert.status == "raised":
            self.alerts.labels(severity=alert.severity).inc()
        else:
            self.alert_revisions.labels(status=alert.status).inc()

    def table_recovered(self, seconds: float) -> None:
        """Observe a table recovery's duration."""
        self.table_recovery.observe(seconds)
