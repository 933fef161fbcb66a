"""The agent: decode, call the service layer, send. Plus the lag timer."""

from __future__ import annotations

import time
from typing import Any

import faust

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.handler import ArticleHandler, Output, RecordMeta
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.topics import Topics


def register_agents(
    app: faust.App,
    topics: Topics,
    handler: ArticleHandler,
    metrics: PrometheusMetrics,
    progress: Progress,
    lag_interval_seconds: float = 5.0,
) -> None:
    """Attach the coding agent and the lag timer to `app`."""

    @app.agent(topics.articles, name="code-articles")
    async def code_articles(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            message = event.message
            meta = RecordMeta(message.topic, message.partition, message.offset, message.key)
            outputs = handler.handle(event.value, meta)
            await _publish(topics, outputs, metrics, message.timestamp)
            progress.processed(message.tp, message.offset, message.timestamp, len(outputs))

    @app.timer(interval=lag_interval_seconds)  # type: ignore[untyped-decorator]
    async def report_lag() -> None:
        for topic, (records, seconds) in progress.lag(app.consumer).items():
            metrics.consumer_lag(topic, records, seconds)


async def _publish(
    topics: Topics, outputs: list[Output], metrics: PrometheusMetrics, ingest_ts: float
) -> None:
    for output in outputs:
        topic = topics.for_output(output.kind)
        callback = _delay_observer(metrics, ingest_ts) if output.kind == "event" else None
        await topic.send(key=output.key, value=output.value, callback=callback)
        metrics.published(topic.get_topic_name())


def _delay_observer(metrics: PrometheusMetrics, ingest_ts: float) -> Any:
    def observe(_fut: Any) -> None:
        metrics.event_delay("ingest", time.time() - ingest_ts)

    return observe
