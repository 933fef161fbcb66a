"""The outputs of one input batch, packed into Kafka record batches before they are sent.

`producer.send` costs a coroutine, a partitioner call (a pure-Python murmur2) and a delivery
future per record; an article makes dozens of records. The outbox appends each record to an
open `BatchBuilder` of its topic-partition (aiokafka's public batch API), hashes each distinct
key once a batch, and hands the producer whole batches: one future per batch. Records keep their
order within a partition, and the partition a key lands on is the Java client's (murmur2),
so downstream consumers see exactly what per-record sends would have produced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, Protocol

from aiokafka.partitioner import murmur2


class BatchBuilder(Protocol):
    """The part of aiokafka's `BatchBuilder` the outbox uses."""

    def append(self, *, timestamp: float | None, key: bytes, value: bytes) -> object | None: ...

    def record_count(self) -> int: ...


class BatchProducer(Protocol):
    """The part of `aiokafka.AIOKafkaProducer` the outbox uses."""

    def create_batch(self) -> BatchBuilder: ...

    async def send_batch(
        self, batch: BatchBuilder, topic: str, *, partition: int
    ) -> Awaitable[Any]: ...

    async def partitions_for(self, topic: str) -> set[int]: ...


def partition_of(key: bytes, partitions: int) -> int:
    """The partition the Java client's default partitioner gives a keyed record."""
    hashed: int = murmur2(key)
    return (hashed & 0x7FFFFFFF) % partitions


class Outbox:
    """Collects records per topic-partition and sends them as record batches.

    `put` may send a full batch (and so wait for room in the producer's queue); `flush`
    sends the rest and waits until the broker has acknowledged every batch.
    """

    def __init__(self, producer: BatchProducer) -> None:
        self.producer = producer
        self._partitions: dict[str, int] = {}
        self._by_key: dict[tuple[str, bytes], int] = {}
        self._open: dict[tuple[str, int], BatchBuilder] = {}
        self._sent: list[Awaitable[Any]] = []
        self.records: dict[str, int] = {}  # records handed to the producer, by topic

    async def put(self, topic: str, key: bytes, value: bytes) -> None:
        """Add one record; sends its partition's batch first when that batch is full."""
        partition = self._by_key.get((topic, key))
        if partition is None:
            partition = await self._partition(topic, key)
        slot = (topic, partition)
        batch = self._open.get(slot)
        if batch is None:
            batch = self._open[slot] = self.producer.create_batch()
        if batch.append(timestamp=None, key=key, value=value) is None:  # full
            await self._send(slot, self._open.pop(slot))
            batch = self._open[slot] = self.producer.create_batch()
            batch.append(timestamp=None, key=key, value=value)  # an empty batch takes any record

    async def flush(self) -> None:
        """Send every open batch and wait until the broker has all of them."""
        for slot in list(self._open):
            await self._send(slot, self._open.pop(slot))
        sent, self._sent = self._sent, []
        await asyncio.gather(*sent)

    async def _send(self, slot: tuple[str, int], batch: BatchBuilder) -> None:
        topic, partition = slot
        self._sent.append(await self.producer.send_batch(batch, topic, partition=partition))
        self.records[topic] = self.records.get(topic, 0) + batch.record_count()

    async def _partition(self, topic: str, key: bytes) -> int:
        count = self._partitions.get(topic)
        if count is None:
            count = self._partitions[topic] = len(await self.producer.partitions_for(topic))
        partition = self._by_key[(topic, key)] = partition_of(key, count)
        return partition
