"""Hostile input through a real broker, one test per case of `tensionwatch.bench.hostile`.

One worker (the real coder and language detector) serves the whole module; cases go one after
another to partition 0, so each case's outputs are told apart by count. Every case must end as
events, a coded article, or a dead letter with a reason and the original bytes; no output may
exceed 1 MB; and the worker must go on consuming. Per-case times: `scripts/hostile`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from tensionwatch.bench.hostile import CODED, EVENTS, GOOD_BODY, Case, article, cases, long_cases
from tensionwatch.bootstrap import Service
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running, until
from tests.conftest import BrokerInfo
from tests.streaming import prepared

MAX_RECORD = 1_000_000
module = pytest.mark.asyncio(loop_scope="module")


@dataclass
class Harness:
    """A running worker, a producer, and a reader of everything the worker publishes."""

    service: Service
    producer: AIOKafkaProducer
    consumer: AIOKafkaConsumer
    received: list[ConsumerRecord[bytes, bytes]]

    @property
    def settings(self) -> Settings:
        return self.service.settings

    async def run(self, raw: bytes) -> tuple[int, list[ConsumerRecord[bytes, bytes]]]:
        """Send one record to partition 0; its offset and its outputs, once all arrived."""
        progress = self.service.progress
        outputs_before, seen = progress.outputs, len(self.received)
        topic = self.settings.topic_articles
        sent = await self.producer.send_and_wait(topic, raw, partition=0)
        done = lambda: (progress.next_offset(topic, 0) or 0) > sent.offset  # noqa: E731
        await until(done, 60.0, f"offset {sent.offset} to be processed")
        expected = progress.outputs - outputs_before
        await until(lambda: len(self.received) - seen >= expected, 60.0, "its outputs")
        return sent.offset, self.received[seen : seen + expected]


def hostile_settings(broker: BrokerInfo, data_dir: Path, **overrides: Any) -> Settings:
    unique = uuid.uuid4().hex[:10]
    values: dict[str, Any] = {
        "broker": broker.bootstrap,
        "app_id": f"tw-hostile-{unique}",
        "data_dir": str(data_dir),
        "web_port": 0,
        "partitions": 1,
        "rebalance_timeout_seconds": 2.0,
        "commit_interval_seconds": 0.5,
    }
    return Settings(**(values | overrides)).with_topic_prefix(unique)


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def harness(
    broker: BrokerInfo, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Harness]:
    settings = hostile_settings(broker, tmp_path_factory.mktemp("hostile"))
    async with started(settings) as running_harness:
        yield running_harness


@contextlib.asynccontextmanager
async def started(settings: Settings) -> AsyncIterator[Harness]:
    service = await prepared(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers())
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(),
        enable_auto_commit=False,
        fetch_max_bytes=4 * MAX_RECORD,
        max_partition_fetch_bytes=2 * MAX_RECORD,
    )
    await producer.start()
    await consumer.start()
    outputs = [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
    partitions = [TopicPartition(topic, 0) for topic in outputs]
    consumer.assign(partitions)
    await consumer.seek_to_beginning(*partitions)
    received: list[ConsumerRecord[bytes, bytes]] = []

    async def read() -> None:
        async for record in consumer:
            received.append(record)

    reader = asyncio.create_task(read())
    try:
        async with running(service):
            yield Harness(service, producer, consumer, received)
    finally:
        reader.cancel()
        await asyncio.gather(reader, return_exceptions=True)
        await consumer.stop()
        await producer.stop()


def outcome_of(harness: Harness, records: list[ConsumerRecord[bytes, bytes]]) -> str:
    letters = [r for r in records if r.topic == harness.settings.topic_dead_letters]
    if letters:
        assert len(records) == 1, "a dead-lettered record has nothing else"
        return str(json.loads(letters[0].value or b"")["reason"])
    return EVENTS if records else CODED


def check_dead_letter(harness: Harness, raw: bytes, offset: int, case: Case, value: bytes) -> None:
    letter = json.loads(value)
    original = base64.b64decode(letter["original"], validate=True)
    assert original == raw[: len(original)] and letter["original_size"] == len(raw)
    assert letter["original_truncated"] == (len(original) < len(raw))
    assert (letter["source_topic"], letter["source_offset"]) == (
        harness.settings.topic_articles,
        offset,
    )
    assert letter["message"]
    if case.language is not None:
        assert letter["detected_language"] == case.language


@module
@pytest.mark.parametrize("case", cases(), ids=[case.name for case in cases()])
async def test_a_hostile_record_ends_as_events_or_a_dead_letter_and_the_worker_goes_on(
    harness: Harness, case: Case
) -> None:
    event_ids = []
    for raw in case.records:
        offset, outputs = await harness.run(raw)
        outcome = outcome_of(harness, outputs)
        allowed = case.outcomes | ({EVENTS} if CODED in case.outcomes else set())
        assert outcome in allowed, f"{case.name}: {outcome}"
        assert all(len(r.key or b"") + len(r.value or b"") <= MAX_RECORD for r in outputs)
        if outcome not in (EVENTS, CODED):
            check_dead_letter(harness, raw, offset, case, outputs[0].value or b"")
        event_ids.append(
            sorted(
                json.loads(r.value or b"")["event_id"]
                for r in outputs
                if r.topic == harness.settings.topic_events
            )
        )
    assert all(ids == event_ids[0] for ids in event_ids), "a replayed article has the same ids"


@module
async def test_after_every_hostile_case_a_good_article_is_still_coded(harness: Harness) -> None:
    _, outputs = await harness.run(article(GOOD_BODY, "after-all"))
    assert outcome_of(harness, outputs) == EVENTS


@pytest.mark.slow
@module
async def test_heavy_records_do_not_starve_the_heartbeat_and_the_committed_offset_moves(
    broker: BrokerInfo, tmp_path: Path
) -> None:
    """50,000 dots and 900 KB without a sentence end, under limits that let both be coded:
    no rebalance (a session expiry would revoke the partitions) and the group's committed
    offset passes both."""
    settings = hostile_settings(
        broker,
        tmp_path,
        max_record_bytes=MAX_RECORD,
        max_body_chars=MAX_RECORD,
        session_timeout_seconds=6.0,
    )
    async with started(settings) as harness:
        revoked: list[object] = []

        async def on_revoked(*_args: Any, **_kwargs: Any) -> None:
            revoked.append(_args)

        harness.service.app.on_partitions_revoked.connect(on_revoked)  # type: ignore[arg-type]
        last = 0
        for case in long_cases():
            last, outputs = await harness.run(case.records[0])
            assert outcome_of(harness, outputs) in case.outcomes | {EVENTS}
        await asyncio.sleep(settings.session_timeout_seconds)
        tp = TopicPartition(settings.topic_articles, 0)
        committed = await committed_offset(settings, tp)
        assert committed is not None and committed > last
        assert revoked == [], "the session expired and the group rebalanced"


async def committed_offset(settings: Settings, tp: TopicPartition) -> int | None:
    reader = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(),
        group_id=settings.app_id,
        enable_auto_commit=False,
    )
    await reader.start()
    try:
        async with asyncio.timeout(20):
            return await reader.committed(tp)  # type: ignore[no-any-return]
    finally:
        await reader.stop()
