"""The agent: decode, call the service layer, send. Plus the lag timer.

At-least-once (the default) takes records in batches: every output of a batch is sent, and
the batch's input offsets are acknowledged only after the broker has acknowledged all of
those outputs, which go out as whole record batches (`outbox.py`) rather than one send per
record; see the README's Performance section. Exactly-once keeps faust's per-record
transactional path.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import get_args

import faust
from faust.types import EventT

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.handler import ArticleHandler, Output, OutputKind, RecordMeta
from tensionwatch.settings import Settings
from tensionwatch.stream.outbox import BatchProducer, Outbox
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
    names = {kind: topics.for_output(kind).get_topic_name() for kind in get_args(OutputKind)}
    publisher = Publisher(names, metrics, lambda: kafka_producer(app))

    if settings.processing_guarantee == "exactly_once":

        @app.agent(topics.articles, name="code-articles")
        async def code_articles(stream: faust.StreamT[bytes]) -> None:
            async for event in stream.events():
                outputs = handler.handle(event.value, _meta(event))
                await send_in_transaction(topics, metrics, outputs)
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
    outbox = publisher.outbox()
    coded_ingest_times: list[float] = []
    for event in events:
        outputs = handler.handle(event.value, _meta(event))
        await publisher.put(outbox, outputs)
        if any(output.kind == "event" for output in outputs):
            coded_ingest_times.append(event.message.timestamp)
        _note(progress, event, len(outputs))
    await publisher.flush(outbox)
    publisher.delivered(coded_ingest_times)


class Publisher:
    """Sends a batch's outputs to their topics through an outbox, and counts them."""

    def __init__(
        self,
        names: Mapping[OutputKind, str],
        metrics: PrometheusMetrics,
        producer: Callable[[], BatchProducer],
    ) -> None:
        self.names = names
        self.metrics = metrics
        self.producer = producer

    def outbox(self) -> Outbox:
        """An empty outbox on the (started) producer, for one batch of input records."""
        return Outbox(self.producer())

    async def put(self, outbox: Outbox, outputs: list[Output]) -> None:
        """Add outputs to the outbox (which sends a batch whenever one fills up)."""
        for output in outputs:
            await outbox.put(self.names[output.kind], output.key, output.value)

    async def flush(self, outbox: Outbox) -> None:
        """Send the outbox's last batches, wait for the broker's acks, count what was sent."""
        await outbox.flush()
        for topic, count in outbox.records.items():
            self.metrics.published(topic, count)

    def delivered(self, ingest_times: list[float]) -> None:
        """Observe, once per article with events, the delay from ingest until its events were
        handed over (delivered, for batches; in the transaction, for exactly-once)."""
        now = time.time()
        for ingest_ts in ingest_times:
            self.metrics.event_delay("ingest", now - ingest_ts)


async def send_in_transaction(
    topics: Topics, metrics: PrometheusMetrics, outputs: list[Output]
) -> None:
    """Send through faust's topic API, which joins the current transaction."""
    for output in outputs:
        topic = topics.for_output(output.kind)
        await topic.send(key=output.key, value=output.value)
        metrics.published(topic.get_topic_name())


def kafka_producer(app: faust.App) -> BatchProducer:
    """The AIOKafkaProducer inside the app's (started) faust producer, which keeps it
    private; it is the producer faust configured from the settings."""
    return app.producer._ensure_producer()  # type: ignore[attr-defined,no-any-return]


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
