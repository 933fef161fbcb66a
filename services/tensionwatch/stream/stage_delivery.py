"""The tension stage's delivery: each `tension.coded` partition's records in, the stage's
records and state out, and the offset committed with them, through the same sinks as the
coding agent (`sinks.py`: a consumer commit once the broker has everything, or one Kafka
transaction per input partition and batch).

Without transactions the order matters: a slice's records (events, clusters, index, alerts)
are acknowledged by the broker before its state goes to the changelogs, and the offset is
committed after both. A crash in between replays the slice against the old state, which
publishes the same records again (identical, keyed) and then keeps the state; a crash after
cannot lose a record. An alert is its own changelog record (`tension.alerts`), so it is never
published twice. The state in memory runs ahead of what is committed, so a failure to publish
that may pass (broker gone, leader moving, timeout) is retried in place without transactions:
the slice's records, already computed, are sent again with backoff (the ones delivered before
the failure a second time, identical and keyed; alerts already kept are left out) until they go
through. If that takes longer than the give-up time, or the group rebalances or the worker
stops meanwhile, the process ends (crash-only): the next owner recovers the tables from the
changelogs and reads the slice again. With transactions every such failure ends the process.

A refusal of records (too large for their topic, invalid) would repeat on every replay, so it
does not end the process. The slice is sent again one record at a time, each acknowledged
before the next; a refused record is replaced by an `output_rejected` dead letter holding it
(cut to fit, then bare, then nothing but a log line), and the slice is committed. With
transactions every refusal aborts the attempt, and the next one starts over with that record
replaced; without, the records already delivered go out a second time (identical and keyed),
except alerts already kept.

Without transactions the coding agent writes `tension.coded` with no gaps between offsets, so
offsets missing from what faust's consumer hands over were lost on the way: they are read
straight from the broker (`gap_reader.py`). With transactions the commit markers take offsets
and gaps are normal; only the first gap after each assignment is read, since that is where
faust's consumer drops records (around a rebalance).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from faust.types import TP, EventT

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.domain.models import DeadLetterReason
from tensionwatch.service.handler import RecordMeta, dead_letter
from tensionwatch.service.tension import EmitKind, StageResult, TensionStage
from tensionwatch.stream.delivery import TRANSIENT, Policy, meta_of
from tensionwatch.stream.gap_reader import Gaps
from tensionwatch.stream.outbox import Outbox, PublishRefused
from tensionwatch.stream.owner import PartitionOwner
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.sinks import Sink, Sinks
from tensionwatch.stream.tension_state import TensionTables
from tensionwatch.stream.tension_view import TensionView

log = logging.getLogger(__name__)

Event = EventT[bytes]
#: Outputs a reader of the public topics sees besides the events (the demo counts them).
VISIBLE: frozenset[EmitKind] = frozenset({"cluster", "index", "alert"})
#: A slice is processed in chunks of at most this many bytes of input: a stage catching up
#: takes batches of big records, and holds each chunk's outputs at once.
CHUNK_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class _Record:
    """One record of a slice as it goes out one at a time: an output or a changelog entry."""

    topic: str
    key: bytes
    value: bytes | None
    partition: int | None
    what: str  # "event", "cluster", "index", "alert", "dead_letter" or "state"
    origin: RecordMeta | None


class _Refused(Exception):  # noqa: N818 - an outcome: the attempt starts over
    """A record was refused inside a transaction, which is now doomed."""


@dataclass(frozen=True)
class StageParts:
    """What the delivery drives: the stage, its tables and view, what it counts."""

    stage: TensionStage
    tables: TensionTables
    view: TensionView
    metrics: PrometheusMetrics
    progress: Progress


class StageDelivery(PartitionOwner):
    """Runs batches for the `tension.coded` partitions this worker owns."""

    name = "tension"

    def __init__(
        self,
        parts: StageParts,
        sinks: Sinks,
        names: Mapping[EmitKind, str],
        topics: set[str],
        generation: Callable[[], int],
        gaps: Gaps | None = None,
        policy: Policy | None = None,
    ) -> None:
        super().__init__(topics, sinks, generation, gaps)
        self.parts = parts
        self.names = names
        self.policy = policy or Policy()  # how long a failing publish is retried

    async def _slice(self, tp: TP, records: list[Event]) -> None:
        parts = chunks(records, CHUNK_BYTES)
        results: list[StageResult] = []
        sink = await self.sinks.open(tp)
        try:
            for chunk in parts:
                results.append(self._process(chunk))
                await self._publish(sink.outbox, results[-1])
            await sink.commit(records[-1].message.offset + 1)
        except PublishRefused as refused:
            await sink.abort()
            log.warning("tension: the broker refused records of %s: %r", tp, refused)
            results += [self._process(chunk) for chunk in parts]  # the chunks not reached yet
            sink = await self._one_by_one(tp, records, self._plan(results))
        except TRANSIENT as error:
            await sink.abort()
            if self.sinks.transactional:
                raise
            results += [self._process(chunk) for chunk in parts]
            sink = await self._again(tp, records, self._plan(results), error)
        except BaseException:
            await sink.abort()
            raise
        self._next[tp] = records[-1].message.offset + 1
        self._counted(sink.outbox, records)

    def _process(self, chunk: Sequence[Event]) -> StageResult:
        """The stage's result for a chunk; its visible records counted before any is sent (the
        demo waits until it has seen as many as were counted)."""
        result = self.parts.stage.process([(e.value, meta_of(e)) for e in chunk])
        self.parts.progress.outputs += sum(1 for emit in result.outputs if emit.kind in VISIBLE)
        return result

    async def _publish(self, outbox: Outbox, result: StageResult) -> None:
        """Records first (alerts are their own state), then the tables' changelogs."""
        for emit in result.outputs:
            await outbox.put(self.names[emit.kind], emit.key, emit.value, partition=emit.partition)
        await outbox.flush()
        self._keep(result)
        for write in result.writes:
            topic, key, value = self.parts.tables.keep(write)
            await outbox.put(topic, key, value, partition=write.partition)

    def _keep(self, result: StageResult) -> None:
        """Remember the alerts once published, and show the new indexes."""
        for alert, partition in result.alerts:
            self.parts.tables.keep_alert(alert, partition)
        self.parts.view.indexed(result.indexes)

    async def _again(
        self, tp: TP, records: list[Event], plan: list[_Record], error: BaseException
    ) -> Sink:
        """Without transactions: send the slice's records again with backoff until they go
        through, and commit; returns the sink that committed. The failure is raised again once
        the give-up time has passed, or when the group moved on or the worker is stopping (the
        state in memory is ahead of the commit: only a restart puts them back together)."""
        last = records[-1].message
        deadline = time.monotonic() + self.policy.give_up_seconds
        for backoff in self.policy.backoffs():
            if self._leaving or self.generation() != self._generation:
                raise error
            if time.monotonic() + backoff > deadline:
                raise error
            log.warning("tension: publishing the records of %s failed, retrying: %r", tp, error)
            await asyncio.sleep(backoff)
            sink = await self.sinks.open(tp)
            try:
                for record in plan:
                    await sink.outbox.put(
                        record.topic, record.key, record.value, partition=record.partition
                    )
                await sink.commit(last.offset + 1)  # waits for every record first
            except PublishRefused as refused:
                await sink.abort()
                log.warning("tension: the broker refused records of %s: %r", tp, refused)
                return await self._one_by_one(tp, records, plan)
            except TRANSIENT as again:
                await sink.abort()
                error = again
            else:
                log.info("tension: the records of %s went through on a retry", tp)
                return sink
        raise error  # not reached: the backoffs do not end

    async def _one_by_one(self, tp: TP, records: list[Event], plan: list[_Record]) -> Sink:
        """Send the slice's records one at a time, refused ones replaced by dead letters, and
        commit; returns the sink that committed."""
        last = records[-1].message
        where = RecordMeta(last.topic, last.partition, last.offset)
        choice: dict[int, int] = {}  # position in the plan -> which of its options to send
        while True:
            sink = await self.sinks.open(tp)
            try:
                for position, record in enumerate(plan):
                    await self._send_one(sink.outbox, position, record, choice, where)
                await sink.commit(last.offset + 1)
                return sink
            except _Refused:
                await sink.abort()
            except BaseException:
                await sink.abort()
                raise

    def _plan(self, results: list[StageResult]) -> list[_Record]:
        """Every record of the slice in publishing order; the state kept in memory. Without
        transactions, alerts already kept were delivered: they are left out. Called once a
        slice: a second call would find every alert of the slice kept."""
        plan: list[_Record] = []
        tables = self.parts.tables
        for result in results:
            for emit in result.outputs:
                if (
                    emit.kind == "alert"
                    and not self.sinks.transactional
                    and tables.alert(emit.key.decode()) is not None
                ):
                    continue
                topic = self.names[emit.kind]
                plan.append(
                    _Record(topic, emit.key, emit.value, emit.partition, emit.kind, emit.origin)
                )
            self._keep(result)
            for write in result.writes:
                topic, key, value = tables.keep(write)
                plan.append(_Record(topic, key, value, write.partition, "state", None))
        return plan

    async def _send_one(
        self,
        outbox: Outbox,
        position: int,
        record: _Record,
        choice: dict[int, int],
        where: RecordMeta,
    ) -> None:
        """Send the record (or the letter that replaces it) and wait for the broker."""
        metrics = self.parts.metrics
        while True:
            options = self._options(record, where)
            pick = choice.get(position, 0)
            if pick >= len(options):
                log.error(
                    "tension: the broker refused a %s record for %s and each dead letter of "
                    "it; skipped",
                    record.what,
                    record.topic,
                )
                return
            topic, key, value, partition = options[pick]
            await outbox.put(topic, key, value, partition=partition)
            try:
                await outbox.flush()
            except PublishRefused:
                metrics.publish_refused(topic)
                choice[position] = pick + 1
                if self.sinks.transactional:
                    raise _Refused from None
                continue
            if pick > 0:
                metrics.dead_lettered(DeadLetterReason.OUTPUT_REJECTED)
            return

    def _options(
        self, record: _Record, where: RecordMeta
    ) -> list[tuple[str, bytes, bytes | None, int | None]]:
        """The record, then its dead letters: with as much of it as fits, then with none."""
        origin = record.origin or dataclasses.replace(where, key=record.key)
        message = (
            f"the broker refused this {record.what} record for {record.topic} (from "
            f"{origin.topic}:{origin.partition} up to offset {where.offset})"
        )
        letters = self.names["dead_letter"]
        limits = self.parts.stage.limits
        bare = dataclasses.replace(limits, dead_letter_max_original_bytes=0)
        now = datetime.now(UTC)
        reason = DeadLetterReason.OUTPUT_REJECTED
        raw = record.value or b""
        options: list[tuple[str, bytes, bytes | None, int | None]] = [
            (record.topic, record.key, record.value, record.partition)
        ]
        for cut in (limits, bare):
            letter = dead_letter(raw, origin, reason, message, cut, now)
            options.append((letters, letter.key, letter.value, None))
        return options

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
