"""The agent: decode, call the service layer, send. Plus the lag timer.

At-least-once (the default) takes records in batches: every output of a batch is sent, and
the batch's input offsets are acknowledged only after the broker has acknowledged all of
those outputs. Per-record `await topic.send` costs faust a tenth of its client's throughput;
see the README's Performance section. Exactly-once keeps faust's per-record transactional path.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Sequence
from typing import Any

import faust
from faust.types import EventT

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.handler import ArticleHandler, Output, RecordMeta
from tensionwatch.settings import Settings
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.topics import Topics

log = logging.getLogger(__name__)

#: Exit status of a worker that could not publish outputs (EX_SOFTWARE).
EXIT_PUBLISH_FAILED = 70


def register_agents(
    app: faust.App,
    settings: Settings,
    topics: Topics,
    handler: ArticleHandler,
    metrics: PrometheusMetrics,
    progress: Progress,
) -> None:
    """Attach the coding agent and the lag timer to `app`."""
    publisher = Publisher(app, topics, metrics)

    if settings.processing_guarantee == "exactly_once":

        @app.agent(topics.articles, name="code-articles")
        async def code_articles(stream: faust.StreamT[bytes]) -> None:
            async for event in stream.events():
                outputs = handler.handle(event.value, _meta(event))
                await publisher.send_in_transaction(outputs)
                if any(output.kind == "event" for output in outputs):
                    publisher.delivered([event.message.timestamp])
                _note(progress, event, len(outputs))

    else:

        @app.agent(topics.articles, name="code-articles")
        async def code_articles_batched(stream: faust.StreamT[bytes]) -> None:
            # take_events is on faust's Stream, not on its StreamT protocol.
            take_events = stream.take_events  # type: ignore[attr-defined]
            batches = take_events(settings.batch_max, within=settings.batch_within_seconds)
            async for events in batches:
                try:
                    await process_batch(events, handler, publisher, progress)
                except Exception as error:  # the broker refused an output
                    exit_without_commit(error)  # leaving the loop normally would ack the batch

    @app.timer(interval=settings.lag_interval_seconds)  # type: ignore[untyped-decorator]
    async def report_lag() -> None:
        for topic, (records, seconds) in progress.lag(app.consumer).items():
            metrics.consumer_lag(topic, records, seconds)


async def process_batch(
    events: Sequence[EventT[bytes]],
    handler: ArticleHandler,
    publisher: Publisher,
    progress: Progress,
) -> None:
    """Handle every record of a batch, then wait until the broker has every output."""
    pending: list[Awaitable[Any]] = []
    coded_ingest_times: list[float] = []
    for event in events:
        outputs = handler.handle(event.value, _meta(event))
        pending.extend(await publisher.send(outputs))
        if any(output.kind == "event" for output in outputs):
            coded_ingest_times.append(event.message.timestamp)
        _note(progress, event, len(outputs))
    await asyncio.gather(*pending)
    publisher.delivered(coded_ingest_times)


class Publisher:
    """Sends outputs to their topics and counts them."""

    def __init__(self, app: faust.App, topics: Topics, metrics: PrometheusMetrics) -> None:
        self.app = app
        self.topics = topics
        self.metrics = metrics
        self.names = {
            kind: topics.for_output(kind).get_topic_name()
            for kind in ("event", "escalation", "dead_letter")
        }

    async def send(self, outputs: list[Output]) -> list[Awaitable[Any]]:
        """Hand outputs to the producer; the returned futures resolve once the broker has them."""
        futures = []
        for output in outputs:
            name = self.names[output.kind]
            futures.append(
                await self.app.producer.send(name, output.key, output.value, None, None, None)
            )
            self.metrics.published(name)
        return futures

    def delivered(self, ingest_times: list[float]) -> None:
        """Observe, once per article with events, the delay from ingest until its events were
        handed over (delivered, for batches; in the transaction, for exactly-once)."""
        now = time.time()
        for ingest_ts in ingest_times:
            self.metrics.event_delay("ingest", now - ingest_ts)

    async def send_in_transaction(self, outputs: list[Output]) -> None:
        """Send through faust's topic API, which joins the current transaction."""
        for output in outputs:
            topic = self.topics.for_output(output.kind)
            await topic.send(key=output.key, value=output.value)
            self.metrics.published(topic.get_topic_name())


def exit_without_commit(error: BaseException) -> None:
    """End the process at once, committing nothing, so the failed batch is consumed again
    on restart (crash-only: faust acks a batch whose loop body raised, which would lose it)."""
    log.critical("could not publish a batch's outputs, exiting to retry it: %r", error)
    logging.shutdown()
    os._exit(EXIT_PUBLISH_FAILED)


def _meta(event: EventT[bytes]) -> RecordMeta:
    message = event.message
    return RecordMeta(message.topic, message.partition, message.offset, message.key)


def _note(progress: Progress, event: EventT[bytes], outputs: int) -> None:
    message = event.message
    progress.processed(message.tp, message.offset, message.timestamp, outputs)
