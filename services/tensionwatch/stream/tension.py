"""The tension agent: batches of `tension.coded` handed to the stage's delivery
(`stage_delivery.py`), and the tables' recovery timer."""

from __future__ import annotations

import logging
import time
from typing import Any

import faust

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.tension import EmitKind, TensionStage
from tensionwatch.settings import Settings
from tensionwatch.stream.agents import kafka_producer
from tensionwatch.stream.delivery import Policy, exit_without_commit
from tensionwatch.stream.gap_reader import GapReader, Gaps
from tensionwatch.stream.owner import connect
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.sinks import (
    AtLeastOnceSinks,
    ConsumerOffsets,
    Sinks,
    TransactionalSinks,
)
from tensionwatch.stream.stage_delivery import StageDelivery, StageParts
from tensionwatch.stream.tension_state import TensionTables
from tensionwatch.stream.tension_view import TensionView
from tensionwatch.stream.topics import Topics

log = logging.getLogger(__name__)


def register_tension(
    app: faust.App,
    settings: Settings,
    topics: Topics,
    stage: TensionStage,
    tables: TensionTables,
    view: TensionView,
    metrics: PrometheusMetrics,
    progress: Progress,
) -> StageDelivery:
    """Attach the tension agent (reading `tension.coded`) and its recovery timer to `app`."""
    assert topics.tension is not None  # noqa: S101 - only called with the stage on
    coded = topics.tension.coded
    offsets = ConsumerOffsets(app)
    sinks: Sinks
    if settings.processing_guarantee == "exactly_once":
        sinks = TransactionalSinks(settings, offsets)
    else:
        sinks = AtLeastOnceSinks(lambda: kafka_producer(app), offsets)
    delivery = StageDelivery(
        StageParts(stage, tables, view, metrics, progress),
        sinks,
        output_names(topics),
        {coded.get_topic_name()},
        generation=lambda: int(app.consumer_generation_id),
        # Without transactions the coded records follow one another with no gap in offsets;
        # with them every commit leaves a marker, and only the first gap after an assignment
        # is read (where faust's consumer drops records).
        gaps=Gaps(
            GapReader(settings), "tension", markers=settings.processing_guarantee == "exactly_once"
        ),
        policy=Policy(give_up_seconds=settings.publish_give_up_seconds),
    )

    @app.agent(coded, name="tension")
    async def tension(stream: faust.StreamT[bytes]) -> None:
        take_events = stream.take_events  # type: ignore[attr-defined]
        batches = take_events(settings.batch_max, within=settings.batch_within_seconds)
        async for events in batches:
            try:
                await delivery.run(events)
            except Exception as error:  # a publish failure that may pass, or a bug
                exit_without_commit(error)

    @app.timer(interval=settings.lag_interval_seconds)  # type: ignore[untyped-decorator]
    async def report_stage_lag() -> None:
        for topic, (records, seconds) in progress.lag(app.consumer, delivery.topics).items():
            metrics.consumer_lag(topic, records, seconds)
        try:
            await delivery.catch_up(app.consumer.highwater)
        except Exception as error:  # the state may be ahead of the commit: crash-only
            exit_without_commit(error)

    connect(app, delivery, before=view.forget)
    time_recovery(app, tables, metrics)
    return delivery


def output_names(topics: Topics) -> dict[EmitKind, str]:
    """Topic name of each kind of stage output."""
    assert topics.tension is not None  # noqa: S101 - only called with the stage on
    return {
        "event": topics.events.get_topic_name(),
        "cluster": topics.tension.clusters.get_topic_name(),
        "index": topics.tension.index.get_topic_name(),
        "alert": topics.tension.alerts.get_topic_name(),
        "dead_letter": topics.dead_letters.get_topic_name(),
    }


def time_recovery(app: faust.App, tables: TensionTables, metrics: PrometheusMetrics) -> None:
    """Observe how long each table recovery takes, from assignment to recovered."""
    assigned_at = [time.monotonic()]

    async def on_assigned(_sender: Any, *_args: Any, **_kwargs: Any) -> None:
        assigned_at[0] = time.monotonic()

    async def on_recovered() -> None:
        seconds = time.monotonic() - assigned_at[0]
        metrics.table_recovered(seconds)
        log.info("tension tables recovered in %.3fs: %d dyads", seconds, len(tables.dyads.data))

    app.on_partitions_assigned.connect(on_assigned)  # type: ignore[arg-type]
    tables.dyads.on_recover(on_recovered)
