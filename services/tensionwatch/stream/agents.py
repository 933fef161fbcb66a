"""The agent: take batches, hand them to delivery. Plus the lag timer.

Both processing modes take records in batches; `delivery.py` codes each batch partition by
partition, publishes the outputs through the outbox and commits the input offsets with them
(a consumer commit after delivery, or one Kafka transaction per input partition and batch).
"""

from __future__ import annotations

import logging
from typing import get_args

import faust

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.handler import ArticleHandler, OutputKind
from tensionwatch.settings import Settings
from tensionwatch.stream.coded import grouping
from tensionwatch.stream.delivery import Delivery, Policy, exit_without_commit
from tensionwatch.stream.gap_reader import GapReader, Gaps
from tensionwatch.stream.ledger import KafkaLedger
from tensionwatch.stream.letters import Letters
from tensionwatch.stream.outbox import BatchProducer, Outbox
from tensionwatch.stream.owner import connect
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.sinks import (
    AtLeastOnceSinks,
    ConsumerOffsets,
    Sinks,
    TransactionalSinks,
)
from tensionwatch.stream.topics import Topics

log = logging.getLogger(__name__)


def register_agents(
    app: faust.App,
    settings: Settings,
    topics: Topics,
    handler: ArticleHandler,
    metrics: PrometheusMetrics,
    progress: Progress,
) -> Delivery:
    """Attach the coding agent and the lag timer to `app`; returns its delivery."""
    names = {kind: topics.for_output(kind).get_topic_name() for kind in get_args(OutputKind)}
    inputs = {topics.articles.get_topic_name()}
    tension = topics.tension is not None
    delivery = build_delivery(app, settings, handler, metrics, progress, names, inputs, tension)

    @app.agent(topics.articles, name="code-articles")
    async def code_articles(stream: faust.StreamT[bytes]) -> None:
        # take_events is on faust's Stream, not on its StreamT protocol.
        take_events = stream.take_events  # type: ignore[attr-defined]
        async for events in take_events(settings.batch_max, within=settings.batch_within_seconds):
            try:
                await delivery.run(events)
            except Exception as error:  # a bug: nothing of the batch may be acknowledged
                exit_without_commit(error)

    @app.timer(interval=settings.lag_interval_seconds)  # type: ignore[untyped-decorator]
    async def report_lag() -> None:
        for topic, (records, seconds) in progress.lag(app.consumer, inputs).items():
            metrics.consumer_lag(topic, records, seconds)
        try:
            await delivery.catch_up(app.consumer.highwater)
        except Exception as error:  # a bug: nothing of the batch may be acknowledged
            exit_without_commit(error)

    return delivery


def build_delivery(
    app: faust.App,
    settings: Settings,
    handler: ArticleHandler,
    metrics: PrometheusMetrics,
    progress: Progress,
    names: dict[OutputKind, str],
    inputs: set[str],
    tension: bool = False,
) -> Delivery:
    """Delivery for the configured guarantee, connected to the app's rebalance signals."""
    offsets = ConsumerOffsets(app)
    # With the tension stage, a slice's events go to it as one record per dyad (coded.py).
    outbox = grouping(names["event"], settings.max_output_record_bytes) if tension else Outbox
    sinks: Sinks
    if settings.processing_guarantee == "exactly_once":
        sinks = TransactionalSinks(settings, offsets, outbox)
    else:
        sinks = AtLeastOnceSinks(lambda: kafka_producer(app), offsets, outbox)

    async def send(topic: str, key: bytes, value: bytes) -> None:
        await kafka_producer(app).send_and_wait(topic, value, key=key)  # type: ignore[attr-defined]

    policy = Policy(
        give_up_seconds=settings.publish_give_up_seconds,
        quarantine_after=settings.quarantine_after,
        attempt_seconds=settings.publish_attempt_seconds,
    )
    delivery = Delivery(
        handler.handle,
        inputs,
        sinks,
        KafkaLedger(settings, send),
        Letters(handler.limits, metrics, names),
        progress,
        policy,
        generation=lambda: int(app.consumer_generation_id),
        gaps=Gaps(GapReader(settings), "delivery"),
    )
    connect(app, delivery)
    return delivery


def kafka_producer(app: faust.App) -> BatchProducer:
    """The AIOKafkaProducer inside the app's (started) faust producer, which keeps it
    private; it is the producer faust configured from the settings."""
    return app.producer._ensure_producer()  # type: ignore[attr-defined,no-any-return]
