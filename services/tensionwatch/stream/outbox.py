"""The outputs of one input batch, packed into Kafka record batches before they are sent.

`producer.send` costs a coroutine, a partitioner call (a pure-Python murmur2) and a delivery
future per record; an article makes dozens of records. The outbox appends each record to an
open `BatchBuilder` of its topic-partition (aiokafka's public batch API), hashes each distinct
key once a batch, and hands the producer whole batches: one future per batch. Records keep their
order within a partition, and the partition a key lands on is the Java client's (murmur2),
so downstream consumers see exactly what per-record sends would have produced.

Each record carries its *source* (the index of the input record it came from), so that when
the broker refuses a batch, the caller knows which inputs were in it (`PublishRefused`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from aiokafka import errors
from aiokafka.partitioner import murmur2

from tensionwatch.domain.errors import TensionwatchError

#: Broker answers that refuse the records themselves: sending them again cannot succeed.
REFUSALS: tuple[type[BaseException], ...] = (
    errors.MessageSizeTooLargeError,
    errors.RecordListTooLargeError,
    errors.CorruptRecordException,
    errors.InvalidTimestampError,
    errors.PolicyViolationError,
    errors.UnsupportedForMessageFormatError,
)


class BatchBuilder(Protocol):
    """The part of aiokafka's `BatchBuilder` the outbox uses."""

    def append(
        self, *, timestamp: float | None, key: bytes, value: bytes | None
    ) -> object | None: ...

    def record_count(self) -> int: ...


class BatchProducer(Protocol):
    """The part of `aiokafka.AIOKafkaProducer` the outbox uses."""

    def create_batch(self) -> BatchBuilder: ...

    async def send_batch(
        self, batch: BatchBuilder, topic: str, *, partition: int
    ) -> Awaitable[Any]: ...

    async def partitions_for(self, topic: str) -> set[int]: ...


class PublishError(TensionwatchError):
    """Some of an outbox's batches were not delivered."""

    def __init__(self, error: BaseException, sources: set[int]) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.error = error
        self.sources = sources  # the inputs with a record in an undelivered batch


class PublishRefused(PublishError):
    """The broker refused records (too large, invalid): sending them again cannot succeed."""


class PublishFailed(PublishError):
    """Delivery failed for a reason that may pass (broker unreachable, timeout, leader moving)."""


class UnknownPartition(TensionwatchError):
    """A record was meant for a partition its topic does not have (by the latest metadata)."""


def partition_of(key: bytes, partitions: int) -> int:
    """The partition the Java client's default partitioner gives a keyed record."""
    hashed: int = murmur2(key)
    return (hashed & 0x7FFFFFFF) % partitions


@dataclass(slots=True)
class _Open:
    batch: BatchBuilder
    sources: set[int]


class Outbox:
    """Collects records per topic-partition and sends them as record batches.

    `put` may send a full batch (and so wait for room in the producer's queue); `flush`
    sends the rest and waits until the broker has acknowledged every batch.
    """

    def __init__(self, producer: BatchProducer) -> None:
        self.producer = producer
        self._partitions: dict[str, int] = {}
        self._by_key: dict[tuple[str, bytes], int] = {}
        self._open: dict[tuple[str, int], _Open] = {}
        self._sent: list[tuple[Awaitable[Any], set[int], str, int]] = []
        self.records: dict[str, int] = {}  # records handed to the producer, by topic
        self.delivered: dict[str, int] = {}  # records the broker acknowledged, by topic

    async def put(
        self,
        topic: str,
        key: bytes,
        value: bytes | None,
        source: int = 0,
        partition: int | None = None,
        *,
        sources: Iterable[int] = (),
    ) -> None:
        """Add one record (to `partition`, else to its key's); sends that partition's batch
        first when it is full. A None value is a tombstone. `sources` names more inputs the
        record came from (a record that groups several)."""
        if partition is None:
            partition = self._by_key.get((topic, key))
        if partition is None:
            partition = await self._partition(topic, key)
        slot = (topic, partition)
        current = self._open.get(slot)
        if current is None:
            current = self._open[slot] = _Open(self.producer.create_batch(), set())
        if current.batch.append(timestamp=None, key=key, value=value) is None:  # full
            await self._send(slot, self._open.pop(slot))
            current = self._open[slot] = _Open(self.producer.create_batch(), set())
            current.batch.append(timestamp=None, key=key, value=value)  # an empty one takes any
        current.sources.add(source)
        current.sources.update(sources)

    async def flush(self) -> None:
        """Send every open batch and wait until the broker has all of them.

        Raises PublishRefused when the broker refused a batch's records, else PublishFailed
        when a batch was not delivered; either names the sources of every undelivered batch.
        """
        for slot in list(self._open):
            await self._send(slot, self._open.pop(slot))
        sent, self._sent = self._sent, []
        results = await asyncio.gather(*(f for f, *_ in sent), return_exceptions=True)
        failed = []
        for result, (_, sources, topic, count) in zip(results, sent, strict=True):
            if _is_error(result):
                failed.append((result, sources))
            else:
                self.delivered[topic] = self.delivered.get(topic, 0) + count
        if not failed:
            return
        sources = set().union(*(s for _, s in failed))
        refused = [r for r, _ in failed if isinstance(r, REFUSALS)]
        if refused:
            raise PublishRefused(refused[0], sources)
        raise PublishFailed(failed[0][0], sources)

    async def _send(self, slot: tuple[str, int], current: _Open) -> None:
        topic, partition = slot
        try:
            await self._check_partition(topic, partition)
            future = await self.producer.send_batch(current.batch, topic, partition=partition)
        except Exception as error:  # refused before it left (closed producer, queue timeout)
            future = _failed(error)
        count = current.batch.record_count()
        self._sent.append((future, current.sources, topic, count))
        self.records[topic] = self.records.get(topic, 0) + count

    async def _check_partition(self, topic: str, partition: int) -> None:
        """Raise UnknownPartition, naming what the metadata holds, unless `topic` has
        `partition` (after one metadata refresh): the producer would only assert it."""
        known = await self.producer.partitions_for(topic)
        if partition in known:
            return
        client = getattr(self.producer, "client", None)
        if client is not None:
            await client.force_metadata_update()
            known = await self.producer.partitions_for(topic)
            if partition in known:
                return
        raise UnknownPartition(f"{topic} has partitions {sorted(known)}, not {partition}")

    async def _partition(self, topic: str, key: bytes) -> int:
        count = self._partitions.get(topic)
        if count is None:
            count = self._partitions[topic] = len(await self.producer.partitions_for(topic))
        partition = self._by_key[(topic, key)] = partition_of(key, count)
        return partition


def _is_error(result: object) -> bool:
    return isinstance(result, BaseException)


def _failed(error: BaseException) -> asyncio.Future[Any]:
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    future.set_exception(error)
    return future
