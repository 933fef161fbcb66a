"""Wire once: build the coder, handler, metrics, app, topics, agents and web server together.

Tests swap in a fake coder through the same function.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import TYPE_CHECKING

import faust
from prometheus_client import CollectorRegistry

from tensionwatch.adapters import redaction
from tensionwatch.adapters.article_sink import ArticleSink
from tensionwatch.adapters.broker_watch import BrokerWatch
from tensionwatch.adapters.dashboard import DashboardRoutes
from tensionwatch.adapters.faust_metrics import seconds_faust_metrics
from tensionwatch.adapters.ingest import IngestRoutes
from tensionwatch.adapters.live import LiveHub
from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.adapters.queries import QueryRoutes
from tensionwatch.adapters.web import ProbeRoutes, Routes, WebServer
from tensionwatch.domain.pipeline import SentenceCoder
from tensionwatch.domain.tension.params import TensionParams
from tensionwatch.service.handler import ArticleHandler, Limits
from tensionwatch.service.ports import LanguageDetector
from tensionwatch.service.tension import TensionStage
from tensionwatch.settings import Settings
from tensionwatch.stream.agents import register_agents
from tensionwatch.stream.app import advertise, create_app
from tensionwatch.stream.delivery import Delivery
from tensionwatch.stream.peers import RouterPeers
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.readiness import Readiness
from tensionwatch.stream.stage_delivery import StageDelivery
from tensionwatch.stream.tension import register_tension
from tensionwatch.stream.tension_state import TensionTables, declare_tables
from tensionwatch.stream.tension_view import TensionView, owned_partitions
from tensionwatch.stream.topics import Topics, declare_topics

if TYPE_CHECKING:
    from tensionwatch.domain.coder import Coder


@dataclass(frozen=True)
class Service:
    """Everything a worker runs, wired together."""

    settings: Settings
    app: faust.App
    topics: Topics
    handler: ArticleHandler
    metrics: PrometheusMetrics
    web: WebServer
    progress: Progress
    readiness: Readiness
    broker: BrokerWatch
    delivery: Delivery
    tension: Tension | None = None


@dataclass(frozen=True)
class Tension:
    """The stateful stage, when it runs."""

    params: TensionParams
    stage: TensionStage
    tables: TensionTables
    view: TensionView
    progress: Progress
    delivery: StageDelivery


def limits_from(settings: Settings) -> Limits:
    """The handler's input bounds, from settings."""
    return Limits(
        max_record_bytes=settings.max_record_bytes,
        max_body_chars=settings.max_body_chars,
        languages=settings.languages,
        escalation_min_intensity=settings.escalation_min_intensity,
        dead_letter_max_original_bytes=settings.dead_letter_max_original_bytes,
        max_output_record_bytes=settings.max_output_record_bytes,
        language_sample_chars=settings.language_sample_chars,
        time_budget_seconds=settings.article_time_budget_seconds,
        max_events_per_article=settings.max_events_per_article,
    )


def ingest_routes(settings: Settings, registry: CollectorRegistry | None = None) -> IngestRoutes:
    """The HTTP ingest door, with its own acks=all producer (off without a token); its
    counters go to `registry` (none: not exported)."""
    token = settings.ingest_token.get_secret_value() if settings.ingest_token else None
    return IngestRoutes(
        ArticleSink(settings),
        limits_from(settings),
        token,
        settings.ingest_max_body_bytes,
        registry=registry,
    )


def build_detector(settings: Settings) -> LanguageDetector | None:
    """The language detector, its models loaded; None when detection is off."""
    if settings.language_sample_chars == 0:
        return None
    from tensionwatch.adapters.language import Cld2Detector

    return Cld2Detector(settings.languages)


def dashboard_routes(settings: Settings) -> DashboardRoutes:
    """The live dashboard: a hub following the events (and, where configured, the tension
    index, alerts and clusters) topics, and the page that shows it."""
    topics = {"event": settings.topic_events}
    kinds = (("index", "topic_index"), ("alert", "topic_alerts"), ("cluster", "topic_clusters"))
    for kind, field in kinds:
        name = getattr(settings, field, None)
        if isinstance(name, str):
            topics[kind] = name
    return DashboardRoutes(LiveHub(topics), settings, settings.dashboard_max_clients)


def tension_params(settings: Settings) -> TensionParams:
    """The tension maths' bounds and thresholds, from settings (history: the lateness bound
    plus two months, enough for the baseline and the 30-day horizon)."""
    return TensionParams(
        lateness_days=settings.tension_lateness_days,
        history_days=settings.tension_lateness_days + 60,
        alert_min_level=settings.tension_alert_min_level,
        alert_ratio=settings.tension_alert_ratio,
    )


def build_coder(settings: Settings) -> Coder:
    """The production coder, with the configured confidence thresholds and veto."""
    from tensionwatch.domain.coder import Coder

    # Loaded here, at start-up, so the first batch does not pay for it.
    coder = Coder(
        min_confidence=settings.min_confidence,
        wire_min_confidence=settings.wire_min_confidence,
        trained_veto=settings.trained_veto,
    ).load()
    # What is loaded so far (modules, lexicons, patterns, the gazetteer) lives as long as the
    # process. Frozen, it leaves the collector's generations, so a full collection walks only
    # what coding allocates since: one such walk over the whole heap cost about 175M
    # instructions, 7% of coding the benchmark's first 20 articles three times. Garbage from
    # start-up is collected first: frozen, it would never be.
    gc.collect()
    gc.freeze()
    return coder


def bootstrap(settings: Settings, coder: SentenceCoder | None = None) -> Service:
    """Build the whole service; nothing connects until the app starts."""
    redaction.install(settings)  # before any client exists that could log a secret
    coder = coder or build_coder(settings)
    registry = CollectorRegistry()
    metrics = PrometheusMetrics(registry, coder_version=coder.version)
    app = create_app(settings)
    if settings.faust_sensors:
        from faust.sensors.prometheus import PrometheusMonitor

        app.monitor = PrometheusMonitor(metrics=seconds_faust_metrics(registry))
    topics = declare_topics(app, settings)
    handler = ArticleHandler(
        coder, metrics, limits_from(settings), detector=build_detector(settings)
    )
    progress = Progress()
    broker = BrokerWatch(settings)
    readiness = Readiness(app, broker_up=lambda: broker.up)
    metrics.ready.set_function(lambda: float(readiness()))
    metrics.broker_reachable.set_function(lambda: float(broker.up))
    delivery = register_agents(app, settings, topics, handler, metrics, progress)
    readiness.require(delivery.healthy)
    readiness.require(delivery.settled)
    doors: list[Routes] = [ProbeRoutes(registry, readiness), ingest_routes(settings, registry)]
    if settings.dashboard:
        doors.append(dashboard_routes(settings))
    tension = None
    if topics.tension is not None:
        tension = wire_tension(app, settings, topics, metrics, limits_from(settings))
        readiness.require(tension.delivery.settled)
        doors.append(QueryRoutes(tension.view, RouterPeers(app, settings.partitions), readiness))
    web = WebServer(
        *doors,
        host=settings.web_host,
        port=settings.web_port,
        on_bound=lambda url: advertise(app, settings, url),
    )
    app.add_dependency(web)
    app.add_dependency(broker)
    return Service(
        settings, app, topics, handler, metrics, web, progress, readiness, broker, delivery, tension
    )


def wire_tension(
    app: faust.App, settings: Settings, topics: Topics, metrics: PrometheusMetrics, limits: Limits
) -> Tension:
    """The tension stage's tables, stage, view and agent."""
    assert topics.tension is not None  # noqa: S101 - called only when the stage is on
    params = tension_params(settings)
    tables = declare_tables(app, settings, topics.tension)
    stage = TensionStage(params, tables, metrics, limits)
    view = TensionView(tables, params)
    view.partitions = owned_partitions(app)
    progress = Progress()
    delivery = register_tension(app, settings, topics, stage, tables, view, metrics, progress)
    return Tension(params, stage, tables, view, progress, delivery)
