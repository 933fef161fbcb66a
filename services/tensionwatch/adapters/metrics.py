"""Prometheus metrics named by the conventions: `tensionwatch_` prefix, base units, `_total`.

Every label takes values from a bounded set (PLOVER types, quad classes, reason codes, stages,
topics), never article ids or free text.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from tensionwatch import __version__
from tensionwatch.domain.models import DeadLetterReason, TensionEvent

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
