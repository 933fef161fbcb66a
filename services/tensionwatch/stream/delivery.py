"""Delivery: each input partition's outputs and its offset, committed together, exactly once
per owner.

The agent hands every batch it takes to `Delivery.run`. A batch is split by input partition
(a *slice*); each slice is coded, its outputs go out through the partition's sink, and the
offset after its last record is committed with them (`sinks.py`: a consumer commit after
delivery, or one Kafka transaction). faust never commits the input topics: they are declared
without acks, so the offsets the group holds are exactly the ones committed here.

Ownership follows the group. On assignment the partitions are taken (exactly-once: their
transactional producers started, which fences any previous owner), their committed offsets
read, and anything below them skipped. On revocation, or SIGTERM, the slice in flight stops
at the next record, what was coded is flushed and committed, and only then is the partition
let go; records of a partition no longer owned, or fetched in an earlier generation, are
dropped (the next owner reads them from the committed offset).

Publish failures are sorted: a refusal of records (too large, invalid) re-sends the slice's
records one input at a time, and an input whose outputs are refused becomes an
`output_rejected` dead letter; any other failure is retried with backoff (and the worker is
not ready meanwhile) for at most `publish_give_up_seconds`, then the process exits without
committing. Attempt markers (`ledger.py`) make sure that never repeats on one record.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

from aiokafka.errors import KafkaError
from faust.types import TP, EventT

from tensionwatch.domain.models import DeadLetterReason
from tensionwatch.service.handler import Output, RecordMeta
from tensionwatch.stream.gap_reader import Gaps
from tensionwatch.stream.ledger import Ledger, Marker
from tensionwatch.stream.letters import Letters
from tensionwatch.stream.outbox import PublishError, PublishFailed, PublishRefused
from tensionwatch.stream.owner import PartitionOwner
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.sinks import Sink, Sinks

log = logging.getLogger(__name__)

#: Exit status of a worker that could not publish outputs (EX_SOFTWARE).
EXIT_PUBLISH_FAILED = 70

Handle = Callable[[bytes, RecordMeta], list[Output]]
#: Failures that may pass: retried with backoff until the give-up time.
TRANSIENT = (PublishFailed, KafkaError, OSError)
Event = EventT[bytes]


@dataclass(frozen=True, slots=True)
class Policy:
    """How long to retry a failing publish, and when a record is quarantined."""

    give_up_seconds: float = 120.0
    first_backoff_seconds: float = 0.2
    max_backoff_seconds: float = 5.0
    quarantine_after: int = 1
    attempt_seconds: float = 30.0

    def backoffs(self) -> Iterator[float]:
        """The waits before each retry: the first backoff, doubling up to the largest."""
        backoff = self.first_backoff_seconds
        while True:
            yield backoff
            backoff = min(backoff * 2, self.max_backoff_seconds)


class Delivery(PartitionOwner):
    """Runs batches for the partitions this worker owns; see the module's docstring."""

    name = "delivery"

    def __init__(
        self,
        handle: Handle,
        topics: set[str],
        sinks: Sinks,
        ledger: Ledger,
        letters: Letters,
        progress: Progress,
        policy: Policy,
        generation: Callable[[], int],
        gaps: Gaps | None = None,
    ) -> None:
        super().__init__(topics, sinks, generation, gaps)
        self.handle = handle
        self.ledger = ledger
        self.letters = letters
        self.progress = progress
        self.policy = policy
        self.exit: Callable[[BaseException], None] = exit_without_commit
        self._markers: dict[TP, Marker] = {}
        self._failing_since: float | None = None

    def healthy(self) -> bool:
        """False while a failed publish is being retried (for /readyz)."""
        return self._failing_since is None

    async def _taken(self, mine: set[TP]) -> None:
        """Read the partitions' attempt markers."""
        self._markers = await self.ledger.load(mine)

    # -- slices -----------------------------------------------------------------------------

    async def _slice(self, tp: TP, records: list[Event]) -> None:
        while records:
            if self._leaving:
                return
            marker = self._markers.get(tp)
            if marker is not None and marker.covers(records[0].message.offset):
                await self._alone(tp, records[0], None, marker)  # re-read after a death
                records = records[1:]
            else:
                await self._batch(tp, records)
                return

    async def _batch(self, tp: TP, records: list[Event]) -> None:
        """The fast path: code and send the whole slice, then one commit."""
        first, last = records[0].message.offset, records[-1].message.offset
        await self._mark(tp, Marker(first, last))
        outputs: list[list[Output]] = []
        sink = await self.sinks.open(tp)
        try:
            async with self._aborting(sink):
                for index, event in enumerate(records):
                    if self._leaving:
                        break
                    outputs.append(self.handle(event.value, meta_of(event)))
                    await self._put(sink, outputs[-1], index)
                await self._commit(sink, records[: len(outputs)], outputs)
            if len(outputs) < len(records):  # cut short by a hand-over: not a death
                done = records[len(outputs) - 1].message.offset if outputs else first - 1
                await self._mark(tp, Marker(first, done))
        except PublishRefused as refused:
            self._count_kept(sink)
            await self._after_refusal(tp, records[: len(outputs)], outputs, refused)
        except TRANSIENT as error:
            self._count_kept(sink)
            await self._retry(tp, records[: len(outputs)], outputs, error)

    def _count_kept(self, sink: Sink) -> None:
        """At-least-once keeps what a failed attempt delivered: count it."""
        if not self.sinks.transactional:
            self.letters.delivered(sink.outbox.delivered, [])

    @contextlib.asynccontextmanager
    async def _aborting(self, sink: Sink) -> AsyncIterator[None]:
        """Abort the sink when the block fails."""
        try:
            yield
        except BaseException:
            await sink.abort()
            raise

    async def _attempt(
        self,
        tp: TP,
        records: list[Event],
        outputs: list[list[Output]],
        send: bool = True,
        commit: bool = True,
    ) -> None:
        """Open a sink, send outputs already made (unless they were delivered), and commit
        (or, at-least-once only, just wait for their delivery)."""
        sink = await self.sinks.open(tp)
        try:
            async with self._aborting(sink):
                for index, produced in enumerate(outputs if send else []):
                    await self._put(sink, produced, index)
                if commit:
                    await self._commit(sink, records, outputs)
                else:
                    await sink.outbox.flush()
                    self.letters.delivered(sink.outbox.delivered, [])
        except (PublishRefused, *TRANSIENT):
            self._count_kept(sink)
            raise

    async def _commit(self, sink: Sink, records: list[Event], outputs: list[list[Output]]) -> None:
        """Commit the offset after `records` with their outputs (nothing if none were done)."""
        if not records:
            await sink.abort()
            return
        async with asyncio.timeout(self.policy.attempt_seconds):  # TimeoutError is transient
            await sink.commit(records[-1].message.offset + 1)
        self._failing_since = None
        tp = records[-1].message.tp
        self._next[tp] = records[-1].message.offset + 1
        ingest_times = []
        for event, produced in zip(records, outputs, strict=True):
            message = event.message
            self.progress.processed(tp, message.offset, message.timestamp, len(produced))
            if any(output.kind == "event" for output in produced):
                ingest_times.append(message.timestamp)
        self.letters.delivered(sink.outbox.delivered, ingest_times)

    async def _retry(
        self, tp: TP, records: list[Event], outputs: list[list[Output]], error: BaseException
    ) -> None:
        """Send the slice again with backoff until it goes through or the time is up."""
        deadline = self._failing(error)
        for backoff in self.policy.backoffs():
            if self._leaving:
                return
            await asyncio.sleep(backoff)
            try:
                await self._attempt(tp, records, outputs)
                return
            except PublishRefused as refused:
                await self._after_refusal(tp, records, outputs, refused)
                return
            except TRANSIENT as again:
                log.warning("delivery: publishing %s still fails: %r", tp, again)
                if time.monotonic() > deadline:
                    self.exit(again)  # the marker stays: the next start re-reads one by one
                    return

    async def _after_refusal(
        self, tp: TP, records: list[Event], outputs: list[list[Output]], refused: PublishError
    ) -> None:
        """Send again one input at a time; inputs whose outputs are refused are dead-lettered.

        Exactly-once re-sends every input, each in a transaction of its own (the slice's was
        aborted). At-least-once re-sends only the inputs that had a record in a refused batch
        (the rest were delivered), then commits the slice."""
        log.warning("delivery: the broker refused records of %s: %r", tp, refused)
        delivered = list(outputs)
        for index, event in enumerate(records):
            if self._leaving:
                return
            if self.sinks.transactional:
                await self._alone(tp, event, outputs[index], None)
            elif index in refused.sources:
                delivered[index] = await self._alone(tp, event, outputs[index], None, commit=False)
        if not self.sinks.transactional:
            await self._attempt(tp, records, delivered, send=False)

    async def _alone(
        self,
        tp: TP,
        event: Event,
        outputs: list[Output] | None,
        marker: Marker | None,
        commit: bool = True,
    ) -> list[Output]:
        """One input on its own: its outputs, then smaller dead letters while they are refused;
        a failure that lasts past the give-up time ends the process. Returns what went out."""
        reason: DeadLetterReason | None = None
        if outputs is None:
            outputs, reason = await self._careful(tp, event, marker)
        rejected = DeadLetterReason.OUTPUT_REJECTED
        candidates = [(reason, outputs)]
        candidates += [(rejected, [letter]) for letter in self.letters.rejected(event)]
        deadline: float | None = None
        while candidates and not self._leaving:
            reason, produced = candidates[0]
            try:
                await self._attempt(tp, [event], [produced], commit=commit)
                if reason is not None:
                    self.letters.sent(reason)
                return produced
            except PublishRefused:
                self.letters.refused(produced)
                candidates.pop(0)
            except TRANSIENT as error:
                deadline = deadline or self._failing(error)
                if time.monotonic() > deadline:
                    self.exit(error)
                    return []
                await asyncio.sleep(self.policy.first_backoff_seconds)
        if not candidates:
            log.error(
                "delivery: every output and dead letter of %s@%d was refused; skipped",
                tp,
                event.message.offset,
            )
            await self._attempt(tp, [event], [[]], commit=commit)
        return []

    async def _careful(
        self, tp: TP, event: Event, marker: Marker | None
    ) -> tuple[list[Output], DeadLetterReason | None]:
        """Code a record re-read after a death, or quarantine it after too many."""
        offset = event.message.offset
        strikes = marker.strikes_for(offset) if marker else 0
        if strikes >= self.policy.quarantine_after:
            log.error("delivery: quarantining %s@%d after %d strikes", tp, offset, strikes)
            return [self.letters.quarantined(event, strikes)], DeadLetterReason.QUARANTINED
        until = max(marker.last, marker.until) if marker else offset
        await self._mark(tp, Marker(offset, offset, until, strikes))
        return self.handle(event.value, meta_of(event)), None

    async def _mark(self, tp: TP, marker: Marker) -> None:
        """Write the marker before the records are touched; retried like a publish."""
        deadline: float | None = None
        while True:
            try:
                async with asyncio.timeout(self.policy.attempt_seconds):
                    await self.ledger.mark(tp, marker)
                break
            except TRANSIENT as error:
                deadline = deadline or self._failing(error)
                if time.monotonic() > deadline:
                    self.exit(error)
                    return
                await asyncio.sleep(self.policy.first_backoff_seconds)
        self._markers[tp] = marker

    async def _put(self, sink: Sink, outputs: list[Output], source: int) -> None:
        names = self.letters.names
        for output in outputs:
            topic = names[output.kind]
            await sink.outbox.put(topic, output.key, output.value, source, output.partition)

    def _failing(self, error: BaseException) -> float:
        """Note a failing publish; returns the time by which it must have gone through."""
        log.warning("delivery: publishing failed, retrying: %r", error)
        if self._failing_since is None:
            self._failing_since = time.monotonic()
        return self._failing_since + self.policy.give_up_seconds


def meta_of(event: Event) -> RecordMeta:
    """Where a consumed record came from."""
    message = event.message
    return RecordMeta(message.topic, message.partition, message.offset, message.key)


def exit_without_commit(error: BaseException) -> None:
    """End the process at once, committing nothing, so the slice is consumed again on restart
    (one record at a time, thanks to its marker)."""
    log.critical("could not publish outputs in time, exiting to retry them: %r", error)
    logging.shutdown()
    os._exit(EXIT_PUBLISH_FAILED)
