"""Reading whole topics without a consumer group: for tail, export and the dashboard's bridge.

Every partition of each topic is assigned; reading starts at the beginning or at the end (or
`back` records before the end of each partition), and optionally stops at the end offsets
seen when reading began, so an export is a snapshot that finishes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaConnectionError
from aiokafka.structs import ConsumerRecord

from tensionwatch.adapters.admin import client_security
from tensionwatch.domain.errors import BrokerError, TensionwatchError
from tensionwatch.settings import Settings

METADATA_WAIT_SECONDS = 3.0

Record: TypeAlias = ConsumerRecord  # aiokafka's record: topic, partition, offset, key, value


class UnknownTopicError(TensionwatchError):
    """A topic asked for does not exist on the broker."""


@dataclass(frozen=True)
class Start:
    """Where to start each partition: its beginning, or `back` records before its end."""

    from_beginning: bool = False
    back: int = 0


async def partitions_of(settings: Settings, topics: Sequence[str]) -> list[TopicPartition]:
    """Every partition of `topics`, from the broker's metadata (the admin client's: the
    consumer's own metadata knows only topics it already reads). A topic created a moment ago
    may show no partitions until its leaders are elected: it is asked again for a while."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers(), **client_security(settings)
    )
    try:
        await _connect(admin.start(), settings)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + METADATA_WAIT_SECONDS
        while True:
            # Only topics that exist are described: describing a missing one can create it
            # (brokers with auto.create.topics.enable), and a typo must not make a topic.
            existing = set(await admin.list_topics()) & set(topics)
            described: dict[str, Any] = {t: {"partitions": []} for t in topics}
            if existing:
                described |= {d["topic"]: d for d in await admin.describe_topics(list(existing))}
            missing = [t for t in topics if not described[t]["partitions"]]
            if not missing:
                break
            if loop.time() > deadline:
                raise UnknownTopicError(f"no such topic on the broker: {', '.join(missing)}")
            await asyncio.sleep(0.2)
    finally:
        await admin.close()
    return [
        TopicPartition(topic, p["partition"])
        for topic in topics
        for p in sorted(described[topic]["partitions"], key=lambda p: p["partition"])
    ]


async def _connect(starting: Awaitable[None], settings: Settings) -> None:
    """Await a client's start; BrokerError naming the servers when they cannot be reached."""
    try:
        await starting
    except KafkaConnectionError as error:
        servers = ",".join(settings.bootstrap_servers())
        raise BrokerError(f"cannot reach the broker at {servers}: {error}") from error


async def _seek(consumer: AIOKafkaConsumer, partitions: list[TopicPartition], start: Start) -> None:
    if start.from_beginning:
        await consumer.seek_to_beginning(*partitions)
        return
    ends = await consumer.end_offsets(partitions)
    firsts = await consumer.beginning_offsets(partitions)
    for tp in partitions:
        consumer.seek(tp, max(firsts[tp], ends[tp] - start.back))


@contextlib.asynccontextmanager
async def topic_reader(
    settings: Settings, topics: Sequence[str], start: Start
) -> AsyncIterator[TopicReader]:
    """A started reader of `topics`, positioned as `start` says; stopped on exit."""
    partitions = await partitions_of(settings, topics)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(),
        enable_auto_commit=False,
        fetch_max_wait_ms=round(settings.fetch_max_wait_seconds * 1000),
        **client_security(settings),
    )
    try:
        await _connect(consumer.start(), settings)
        consumer.assign(partitions)
        await _seek(consumer, partitions, start)
        yield TopicReader(consumer, partitions)
    finally:
        await consumer.stop()


class TopicReader:
    """Records of the assigned partitions, as they come."""

    def __init__(self, consumer: AIOKafkaConsumer, partitions: list[TopicPartition]) -> None:
        self.consumer = consumer
        self.partitions = partitions

    async def follow(self, stop: asyncio.Event | None = None) -> AsyncIterator[Record]:
        """Every record from the start position on, until `stop` is set (or for ever)."""
        while stop is None or not stop.is_set():
            batch = await self.consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for record in records:
                    yield record

    async def until_end(self) -> AsyncIterator[Record]:
        """Every record up to each partition's end as it was when this was called.

        The end is the larger of ListOffsets' answer and the high watermark of the first fetch
        answer: the embedded broker answers ListOffsets with the last batch's base offset + 1,
        which stops short of a batch of several records; its fetch answers are right.
        """
        ends = await self.consumer.end_offsets(self.partitions)
        first_highwater: dict[TopicPartition, int] = {}
        remaining = set(self.partitions)
        while remaining:
            batch = await self.consumer.getmany(*remaining, timeout_ms=200)
            for tp in list(remaining):
                highwater = self.consumer.highwater(tp)
                if highwater is not None:
                    first_highwater.setdefault(tp, int(highwater))
                end = max(ends[tp], first_highwater.get(tp, 0))
                for record in batch.get(tp, []):
                    if record.offset < end:
                        yield record
                if tp in first_highwater and await self._position(tp) >= end:
                    remaining.discard(tp)

    async def _position(self, tp: TopicPartition) -> int:
        return int(await self.consumer.position(tp))
