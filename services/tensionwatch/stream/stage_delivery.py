"""The tension stage's delivery: each `tension.coded` partition's records in, the stage's
records and state out, and the offset committed with them, through the same sinks as the
coding agent (`sinks.py`: a consumer commit once the broker has everything, or one Kafka
transaction per input partition and batch).

Without transactions the order matters: a slice's records (events, clusters, index, alerts)
are acknowledged by the broker before its state goes to the changelogs, and the offset is
committed after both. A crash in between replays the slice against the old state, which
publishes the same records again (identical, keyed) and then keeps the state; a crash after
cannot lose a record. An alert is its own changelog record (`tension.alerts`), so it is never
published twice. The state in memory runs ahead of what is committed, so any failure to
publish ends the process (crash-only): the next owner recovers the tables from the changelogs
and reads the slice again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from faust.types import TP, EventT

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.tension import EmitKind, StageResult, TensionStage
from tensionwatch.stream.delivery import meta_of
from tensionwatch.stream.outbox import Outbox
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.sinks import PartitionLost, Sinks
from tensionwatch.stream.tension_state import TensionTables
from tensionwatch.stream.tension_view import TensionView

log = logging.getLogger(__name__)

Event = EventT[bytes]
#: Outputs a reader of the public topics sees besides the events (the demo counts them).
VISIBLE: frozenset[EmitKind] = frozenset({"cluster", "index", "alert"})
#: A slice is processed in chunks of at most this many bytes of input: a stage catching up
#: takes batches of big records, and holds each chunk's outputs at once.
CHUNK_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class StageParts:
    """What the delivery drives: the stage, its tables and view, what it counts."""

    stage: TensionStage
    tables: TensionTables
    view: TensionView
    metrics: PrometheusMetrics
    progress: Progress


class StageDelivery:
    """Runs batches for the `tension.coded` partitions this worker owns."""

    def __init__(
        self,
        parts: StageParts,
        sinks: Sinks,
        names: Mapping[EmitKind, str],
        topics: set[str],
        generation: Callable[[], int],
    ) -> None:
        self.parts = parts
        self.sinks = sinks
        self.names = names
        self.topics = topics
        self.generation = generation
        self._lock = asyncio.Lock()
        self._owned: set[TP] = set()
        self._next: dict[TP, int] = {}
        self._generation = -1
        self._closed = False

    async def on_assigned(self, assigned: set[TP]) -> None:
        """Take the partitions (exactly-once: fence their previous owners' producers) and read
        their committed offsets."""
        mine = {tp for tp in assigned if tp.topic in self.topics}
        async with self._lock:
            self._generation = self.generation()
            await self.sinks.acquire(mine)
            committed = await asyncio.gather(*(self.sinks.committed(tp) for tp in mine))
            self._next = {tp: offset or 0 for tp, offset in zip(mine, committed, strict=True)}
            self._owned = mine

    async def on_revoked(self, revoked: set[TP]) -> None:
        """Let partitions go once the slice in flight has committed."""
        async with self._lock:
            self._owned.clear()
            await self.sinks.release({tp for tp in revoked if tp.topic in self.topics})

    async def on_shutdown(self) -> None:
        """Finish the slice in flight and take no more batches."""
        async with self._lock:
            self._closed = True
            owned, self._owned = self._owned, set()
            await self.sinks.release(owned)

    async def run(self, events: Sequence[Event]) -> None:
        """Deliver one batch, partition by partition."""
        async with self._lock:
            if self._closed:
                return
            for tp, records in self._slices(events):
                try:
                    await self._slice(tp, records)
                except PartitionLost as lost:
                    log.warning("tension: %s; leaving it to its new owner", lost)
                    self._owned.discard(tp)

    def _slices(self, events: Sequence[Event]) -> Iterator[tuple[TP, list[Event]]]:
        by_tp: dict[TP, list[Event]] = {}
        for event in events:
            message = event.message
            if message.tp not in self._owned or message.generation_id != self._generation:
                continue  # fetched before a rebalance: the owner reads it again
            if message.offset >= self._next.get(message.tp, 0):
                by_tp.setdefault(message.tp, []).append(event)
        return iter(by_tp.items())

    async def _slice(self, tp: TP, records: list[Event]) -> None:
        sink = await self.sinks.open(tp)
        try:
            for chunk in chunks(records, CHUNK_BYTES):
                result = self.parts.stage.process([(e.value, meta_of(e)) for e in chunk])
                await self._publish(sink.outbox, result)
            await sink.commit(records[-1].message.offset + 1)
        except BaseException:
            await sink.abort()
            raise
        self._next[tp] = records[-1].message.offset + 1
        self._counted(sink.outbox, records)

    async def _publish(self, outbox: Outbox, result: StageResult) -> None:
        """Records first (alerts are their own state), then the tables' changelogs."""
        parts = self.parts
        for emit in result.outputs:
            await outbox.put(self.names[emit.kind], emit.key, emit.value, partition=emit.partition)
        parts.progress.outputs += sum(1 for emit in result.outputs if emit.kind in VISIBLE)
        await outbox.flush()
        for alert, partition in result.alerts:
            parts.tables.keep_alert(alert, partition)
        parts.view.indexed(result.indexes)
        for write in result.writes:
            topic, key, value = parts.tables.keep(write)
            await outbox.put(topic, key, value, partition=write.partition)

    def _counted(self, outbox: Outbox, records: list[Event]) -> None:
        for event in records:
            message = event.message
            self.parts.progress.processed(message.tp, message.offset, message.timestamp, 0)
        for topic, count in outbox.records.items():
            self.parts.metrics.published(topic, count)


def chunks(events: Sequence[Event], max_bytes: int) -> Iterator[Sequence[Event]]:
    """Consecutive runs of `events` of at most `max_bytes` of values (at least one event)."""
    start, size = 0, 0
    for position, event in enumerate(events):
        size += len(event.value)
        if size > max_bytes and position > start:
            yield events[start:position]
            start, size = position, len(event.value)
    if start < len(events):
        yield events[start:]
