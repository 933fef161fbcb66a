"""The batch step of the agent: every output sent, and failures surface before any ack."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

import pytest

from tensionwatch.service.handler import ArticleHandler, Limits, Output
from tensionwatch.stream.agents import process_batch
from tensionwatch.stream.progress import Progress
from tests.fakes import KeywordCoder, RecordingMetrics


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


class FakePublisher:
    """Resolves each send at once, or fails the ones whose value contains `fail_on`."""

    def __init__(self, fail_on: bytes | None = None) -> None:
        self.sent: list[Output] = []
        self.fail_on = fail_on
        self.delivered_for: list[float] | None = None

    async def send(self, outputs: list[Output]) -> list[Any]:
        futures = []
        for output in outputs:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            if self.fail_on and self.fail_on in output.value:
                future.set_exception(RuntimeError("MessageSizeTooLarge"))
            else:
                future.set_result(None)
            self.sent.append(output)
            futures.append(future)
        return futures

    def delivered(self, ingest_times: list[float]) -> None:
        self.delivered_for = list(ingest_times)


def events(*bodies: str) -> list[FakeEvent]:
    return [
        FakeEvent(json.dumps({"id": f"a{n}", "body": body}).encode(), FakeMessage("in", 0, n))
        for n, body in enumerate(bodies)
    ]


def handler() -> ArticleHandler:
    return ArticleHandler(KeywordCoder(), RecordingMetrics(), Limits())


async def test_a_batch_sends_every_output_and_notes_progress() -> None:
    publisher, progress = FakePublisher(), Progress()
    batch = events("Troops shelled it.", "Envoys met in Geneva.", "Nothing here.")
    await process_batch(batch, handler(), publisher, progress)  # type: ignore[arg-type]
    assert [o.kind for o in publisher.sent] == ["event", "escalation", "event"]
    assert (progress.records, progress.outputs) == (3, 3)
    assert publisher.delivered_for == [0.0, 0.0], "one delay per article with events"


async def test_a_refused_output_fails_the_batch() -> None:
    publisher = FakePublisher(fail_on=b"CONSULT")
    batch = events("Troops shelled it.", "Envoys met in Geneva.")
    with pytest.raises(RuntimeError, match="MessageSizeTooLarge"):
        await process_batch(batch, handler(), publisher, Progress())  # type: ignore[arg-type]
    assert publisher.delivered_for is None, "no delay is observed for an undelivered batch"
