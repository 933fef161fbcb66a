"""The batch step of the agent: every output sent, and failures surface before any ack."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from prometheus_client import CollectorRegistry

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.handler import ArticleHandler, Limits, OutputKind
from tensionwatch.stream.agents import Publisher, process_batch
from tensionwatch.stream.progress import Progress
from tests.fakes import FakeBatchProducer, KeywordCoder, RecordingMetrics


@dataclass
class FakeMessage:
    topic: str
    partition: int
    offset: int
    key: bytes | None = None
    timestamp: float = 0.0

    @property
    def tp(self) -> tuple[str, int]:
        return (self.topic, self.partition)


@dataclass
class FakeEvent:
    value: bytes
    message: FakeMessage


NAMES: dict[OutputKind, str] = {"event": "ev", "escalation": "esc", "dead_letter": "dlq"}


class DelayRecorder(PrometheusMetrics):
    """Real metrics, plus the delays observed."""

    def __init__(self) -> None:
        super().__init__(CollectorRegistry())
        self.delays: list[float] = []

    def event_delay(self, reference: str, seconds: float) -> None:
        self.delays.append(seconds)


def publisher(producer: FakeBatchProducer) -> tuple[Publisher, DelayRecorder]:
    metrics = DelayRecorder()
    return Publisher(NAMES, metrics, lambda: producer), metrics


def events(*bodies: str) -> list[FakeEvent]:
    return [
        FakeEvent(json.dumps({"id": f"a{n}", "body": body}).encode(), FakeMessage("in", 0, n))
        for n, body in enumerate(bodies)
    ]


def handler() -> ArticleHandler:
    return ArticleHandler(KeywordCoder(), RecordingMetrics(), Limits())


async def test_a_batch_sends_every_output_and_notes_progress() -> None:
    producer, progress = FakeBatchProducer(), Progress()
    sends, metrics = publisher(producer)
    batch = events("Troops shelled it.", "Envoys met in Geneva.", "Nothing here.")
    await process_batch(batch, handler(), sends, progress)  # type: ignore[arg-type]
    assert [len(producer.records(name)) for name in NAMES.values()] == [2, 1, 0]
    assert (progress.records, progress.outputs) == (3, 3)
    assert len(metrics.delays) == 2, "one delay per article with events"
    assert metrics.produced.labels(topic="ev")._value.get() == 2


async def test_a_refused_output_fails_the_batch() -> None:
    sends, metrics = publisher(FakeBatchProducer(fail_on=b"CONSULT"))
    batch = events("Troops shelled it.", "Envoys met in Geneva.")
    with pytest.raises(RuntimeError, match="MessageSizeTooLarge"):
        await process_batch(batch, handler(), sends, Progress())  # type: ignore[arg-type]
    assert metrics.delays == [], "no delay is observed for an undelivered batch"
