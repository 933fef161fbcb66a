"""Where one input partition's outputs go, and how its offset is committed with them.

* At-least-once: the outputs go out through faust's producer; once the broker has every one
  of them, the input offset is committed through faust's consumer.
* Exactly-once: one transactional producer per owned input partition, its transactional id
  made from the app id and that partition (`{app_id}-{topic}-{partition}`). A slice of a batch
  is one transaction: `begin`, the outputs (to whatever partitions their keys give),
  `send_offsets_to_transaction`, `commit`. A new owner of the partition starts a producer with
  the same id, which fences the old one: its open transaction is aborted, and whatever it tries
  next fails with ProducerFenced.

faust's own TransactionManager is not used: it picks the transaction from the partition of
each *output* record and commits each *input* partition in the transaction of that partition
number, so an article's events (keyed by dyad) and its offset land in different transactions.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, Protocol

import faust
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError, ProducerFenced
from faust.types import TP

from tensionwatch.adapters.admin import client_security
from tensionwatch.settings import Settings
from tensionwatch.stream.outbox import BatchProducer, Outbox, PublishError

log = logging.getLogger(__name__)

#: How long an abort may take before the producer is replaced instead.
ABORT_SECONDS = 10.0


class PartitionLost(Exception):  # noqa: N818 - an outcome, not a fault
    """The partition has a new owner (fenced, or the commit came after a rebalance)."""


class Sink(Protocol):
    """One input partition's outputs for one slice, committed together with its offset."""

    outbox: Outbox

    async def commit(self, next_offset: int) -> None: ...

    async def abort(self) -> None: ...


class Sinks(Protocol):
    """Opens a sink per slice; knows the committed offsets; owns per-partition resources."""

    transactional: bool  # an abort takes back what was sent

    async def open(self, tp: TP) -> Sink: ...

    async def committed(self, tp: TP) -> int | None: ...

    async def acquire(self, tps: set[TP]) -> None: ...

    async def release(self, tps: set[TP]) -> None: ...


#: Makes a slice's outbox on a producer (the coding agent's groups its coded events).
OutboxFactory = Callable[[BatchProducer], Outbox]


class AtLeastOnceSink:
    """Outputs through faust's producer; the offset committed once they are all delivered."""

    def __init__(
        self, producer: BatchProducer, offsets: ConsumerOffsets, tp: TP, outbox: OutboxFactory
    ) -> None:
        self.outbox = outbox(producer)
        self.offsets = offsets
        self.tp = tp

    async def commit(self, next_offset: int) -> None:
        """Wait for every output, then commit the offset; PartitionLost if rebalanced."""
        await self.outbox.flush()
        if not await self.offsets.commit({self.tp: next_offset}):
            raise PartitionLost(f"{self.tp} was reassigned before its commit")

    async def abort(self) -> None:
        """Nothing to undo: what was delivered stays (at least once)."""


class ConsumerOffsets:
    """Offsets through faust's consumer, which runs aiokafka's consumer in a thread of its own
    (the one place that knows faust's private path to it)."""

    def __init__(self, app: faust.App) -> None:
        self.app = app

    async def commit(self, offsets: dict[TP, int]) -> bool:
        """Commit `offsets`; False when the partitions were revoked meanwhile."""
        thread: Any = self.app.consumer._thread  # type: ignore[attr-defined]
        return bool(await thread.commit(offsets))

    async def committed(self, tp: TP) -> int | None:
        """The group's committed offset of `tp`, read from the broker (not a cache)."""
        thread: Any = self.app.consumer._thread  # type: ignore[attr-defined]
        consumer = thread._ensure_consumer()
        partition = TopicPartition(tp.topic, tp.partition)
        offset = await thread.call_thread(consumer.committed, partition)
        return int(offset) if offset is not None and offset >= 0 else None


class AtLeastOnceSinks:
    """Sinks on faust's producer."""

    transactional = False

    def __init__(
        self,
        producer: Callable[[], BatchProducer],
        offsets: ConsumerOffsets,
        outbox: OutboxFactory = Outbox,
    ) -> None:
        self.producer = producer
        self.offsets = offsets
        self.outbox = outbox

    async def open(self, tp: TP) -> Sink:
        """A sink on faust's (started) producer."""
        return AtLeastOnceSink(self.producer(), self.offsets, tp, self.outbox)

    async def committed(self, tp: TP) -> int | None:
        """The group's committed offset."""
        return await self.offsets.committed(tp)

    async def acquire(self, tps: set[TP]) -> None:
        """Nothing per partition."""

    async def release(self, tps: set[TP]) -> None:
        """Nothing per partition."""


class TransactionalSink:
    """One transaction on the partition's producer."""

    def __init__(self, producer: AIOKafkaProducer, owner: TransactionalSinks, tp: TP) -> None:
        self.producer = producer
        self.outbox = owner.outbox(producer)
        self.owner = owner
        self.tp = tp

    async def commit(self, next_offset: int) -> None:
        """Outputs delivered, offset added to the transaction, transaction committed."""
        try:
            await self.outbox.flush()
            offsets = {TopicPartition(self.tp.topic, self.tp.partition): next_offset}
            await self.producer.send_offsets_to_transaction(offsets, self.owner.settings.app_id)
            await self.producer.commit_transaction()
        except ProducerFenced as error:
            raise PartitionLost(f"{self.tp}: fenced by a newer owner") from error
        except PublishError as error:
            if isinstance(error.error, ProducerFenced):
                raise PartitionLost(f"{self.tp}: fenced by a newer owner") from error
            raise

    async def abort(self) -> None:
        """Abort the open transaction (nothing of it becomes visible), and have the producer
        replaced at the next `open`: after a failed batch its idempotent sequence numbers no
        longer match the broker's (OutOfOrderSequenceNumber), and when the abort itself fails
        the transaction's state is unknown. The new producer's InitProducerId aborts whatever
        is still open on the broker."""
        self.owner.broken.add(self.tp)
        try:
            if self.producer._txn_manager.is_in_transaction():  # noqa: SLF001
                await asyncio.wait_for(self.producer.abort_transaction(), ABORT_SECONDS)
        except ProducerFenced as error:
            raise PartitionLost(f"{self.tp}: fenced by a newer owner") from error
        except (KafkaError, OSError) as error:
            log.warning("delivery: abort on %s failed: %r", self.tp, error)


class TransactionalSinks:
    """One transactional producer per owned input partition."""

    transactional = True

    def __init__(
        self, settings: Settings, offsets: ConsumerOffsets, outbox: OutboxFactory = Outbox
    ) -> None:
        self.settings = settings
        self.offsets = offsets
        self.outbox = outbox
        self.producers: dict[TP, AIOKafkaProducer] = {}
        self.broken: set[TP] = set()

    def transactional_id(self, tp: TP) -> str:
        """Stable across workers and restarts, so a new owner fences the old one."""
        return f"{self.settings.app_id}-{tp.topic}-{tp.partition}"

    async def acquire(self, tps: set[TP]) -> None:
        """Start (and so fence the previous owner's) producers of newly owned partitions."""
        new = [tp for tp in tps if tp not in self.producers]
        started = await asyncio.gather(*(self._start(tp) for tp in new))
        self.producers.update(zip(new, started, strict=True))

    async def release(self, tps: set[TP]) -> None:
        """Stop the producers of partitions no longer owned."""
        stopping = [self.producers.pop(tp) for tp in tps if tp in self.producers]
        await asyncio.gather(*(p.stop() for p in stopping), return_exceptions=True)

    async def open(self, tp: TP) -> Sink:
        """Begin a transaction on the partition's producer (restarted if it failed)."""
        producer = self.producers.get(tp)
        if producer is None or tp in self.broken or producer._txn_manager.is_fatal_error():  # noqa: SLF001
            await self.release({tp})
            await self.acquire({tp})
            self.broken.discard(tp)
            producer = self.producers[tp]
        try:
            await producer.begin_transaction()
        except ProducerFenced as error:
            raise PartitionLost(f"{tp}: fenced by a newer owner") from error
        return TransactionalSink(producer, self, tp)

    async def committed(self, tp: TP) -> int | None:
        """The group's committed offset (read after `acquire` fenced the previous owner, it
        includes whatever that owner's last transaction committed)."""
        return await self.offsets.committed(tp)

    async def _start(self, tp: TP) -> AIOKafkaProducer:
        settings = self.settings
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.bootstrap_servers(),
            transactional_id=self.transactional_id(tp),
            enable_idempotence=True,
            acks="all",
            linger_ms=round(settings.producer_linger_seconds * 1000),
            max_batch_size=settings.producer_max_batch_bytes,
            max_request_size=settings.max_output_record_bytes + 65_536,
            **client_security(settings),
        )
        await producer.start()  # InitProducerId: bumps the epoch, aborts the zombie's transaction
        return producer
