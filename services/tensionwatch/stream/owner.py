"""Partition ownership shared by the coding agent's delivery and the tension stage's.

Both follow the consumer group the same way. On assignment the partitions of their input
topics are taken (`Sinks.acquire`: exactly-once fences the previous owner's producers) and
their committed offsets read; a batch is split into one slice per owned partition, keeping only
records of the current generation at or past the next offset; on revocation or shutdown the
slice in flight finishes (the subclasses look at `_leaving` between records) and only then are
the partitions let go. A partition found lost in the middle of a slice is left to its new owner.

What a slice does is the subclass's: `_slice`. What else an assignment reads is `_taken`.

`settled` tells readiness whether the owner has finished taking what the group last assigned:
faust declares the worker ready (recovery done, "Worker ready") while the owners may still be
reading their offsets in the assignment callback, about half a second later on a small worker.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterator, Sequence
from typing import Any

import faust
from faust.types import TP, EventT

from tensionwatch.stream.gap_reader import Gaps
from tensionwatch.stream.sinks import PartitionLost, Sinks

log = logging.getLogger(__name__)

Event = EventT[bytes]


class PartitionOwner:
    """Takes, slices and lets go the partitions of `topics`; `name` prefixes its log lines."""

    name = "owner"

    def __init__(
        self,
        topics: set[str],
        sinks: Sinks,
        generation: Callable[[], int],
        gaps: Gaps | None,
    ) -> None:
        self.topics = topics
        self.sinks = sinks
        self.generation = generation
        self.gaps = gaps  # fills offsets faust's consumer skipped (`gap_reader.py`)
        self._lock = asyncio.Lock()
        self._owned: set[TP] = set()
        self._next: dict[TP, int] = {}
        self._generation = -1
        # The generation whose assignment was taken in full (offsets read); -1 after a
        # revocation or the shutdown, when nothing taken is held any more.
        self._taken_generation = -1
        self._closed = False
        # Both are set before the lock is taken, so that work in flight stops at once.
        self._stopping = False  # the worker is shutting down
        self._revoking = False  # the group is taking partitions away

    @property
    def _leaving(self) -> bool:
        """True while the work in flight should end: a shutdown or a revocation is waiting."""
        return self._stopping or self._revoking

    # -- ownership --------------------------------------------------------------------------

    async def on_assigned(self, assigned: set[TP]) -> None:
        """Take the partitions and read their committed offsets (and what `_taken` reads)."""
        mine = {tp for tp in assigned if tp.topic in self.topics}
        async with self._lock:
            if self._stopping:
                # An assignment that arrives once the shutdown has begun takes nothing: the
                # consumer thread it would read the offsets through may be stopping, and a call
                # into a stopped thread never returns (the worker then outlives its SIGTERM).
                log.info("%s: not taking %d partitions: stopping", self.name, len(mine))
                return
            generation = self._generation = self.generation()
            await self.sinks.acquire(mine)
            await self._taken(mine)
            committed = await asyncio.gather(*(self.sinks.committed(tp) for tp in mine))
            self._next = {tp: offset or 0 for tp, offset in zip(mine, committed, strict=True)}
            self._owned = mine
            if self.gaps is not None:
                self.gaps.assigned(mine)
            self._taken_generation = generation
        log.info("%s: own %s (generation %d)", self.name, sorted(mine), self._generation)

    async def on_revoked(self, revoked: set[TP]) -> None:
        """Let partitions go once the slice in flight has committed what it did."""
        self._revoking = True
        self._taken_generation = -1
        try:
            async with self._lock:
                self._owned.clear()
                await self.sinks.release({tp for tp in revoked if tp.topic in self.topics})
        finally:
            self._revoking = False

    async def on_shutdown(self) -> None:
        """Finish the slice in flight, commit, and take no more batches."""
        self._stopping = True
        self._taken_generation = -1
        async with self._lock:
            self._closed = True
            owned, self._owned = self._owned, set()
            await self.sinks.release(owned)

    def settled(self) -> bool:
        """True once the partitions of the group's latest assignment are taken and their
        committed offsets read (for /readyz). The consumer learns the new generation before
        faust calls any assignment callback, so this is false from then until `on_assigned`
        has finished with it, and from a revocation or the shutdown on."""
        return self._taken_generation >= 0 and self._taken_generation == self.generation()

    # -- batches ----------------------------------------------------------------------------

    async def run(self, events: Sequence[Event]) -> None:
        """Deliver one batch, slice by slice; any unexpected error ends the process."""
        async with self._lock:
            if self._closed:
                return
            for tp, records in self._slices(events):
                if self._leaving:
                    return
                if self.gaps is not None:
                    records = await self.gaps.filled(tp, self._next.get(tp, 0), records)
                await self._owned_slice(tp, records)

    async def catch_up(self, highwater: Callable[[TP], int | None]) -> None:
        """Read directly what a partition idle behind its high-water mark did not get."""
        if self.gaps is None:
            return
        async with self._lock:
            for tp in sorted(self._owned):
                if self._closed or self._leaving:
                    return
                records = await self.gaps.tail(tp, self._next.get(tp, 0), highwater(tp))
                if records:
                    await self._owned_slice(tp, records)

    async def _owned_slice(self, tp: TP, records: list[Event]) -> None:
        try:
            await self._slice(tp, records)
        except PartitionLost as lost:
            log.warning("%s: %s; leaving it to its new owner", self.name, lost)
            self._owned.discard(tp)

    def _slices(self, events: Sequence[Event]) -> Iterator[tuple[TP, list[Event]]]:
        by_tp: dict[TP, list[Event]] = {}
        for event in events:
            message = event.message
            tp = message.tp
            if tp not in self._owned or message.generation_id != self._generation:
                continue  # fetched before a rebalance: the owner reads it again
            records = by_tp.setdefault(tp, [])
            floor = records[-1].message.offset + 1 if records else self._next.get(tp, 0)
            if message.offset >= floor:  # not done yet, nor a repeat within the batch
                records.append(event)
        return iter((tp, records) for tp, records in by_tp.items() if records)

    # -- what subclasses do -----------------------------------------------------------------

    async def _taken(self, mine: set[TP]) -> None:
        """Read what else the new partitions need, after they are acquired (nothing here)."""

    async def _slice(self, tp: TP, records: list[Event]) -> None:
        """Process one partition's records and commit the offset after them."""
        raise NotImplementedError


def connect(
    app: faust.App, owner: PartitionOwner, before: Callable[[], None] | None = None
) -> None:
    """Follow the group: take partitions on assignment (after `before`, if given), let them go
    on revocation and on shutdown."""

    async def assigned(_sender: Any, assigned: set[TP], **_kwargs: Any) -> None:
        if before is not None:
            before()
        await _uncancelled(app, owner, "taking partitions", owner.on_assigned(assigned))

    async def revoked(_sender: Any, revoked: set[TP], **_kwargs: Any) -> None:
        await _uncancelled(app, owner, "letting partitions go", owner.on_revoked(revoked))

    async def stopping(_sender: Any, **_kwargs: Any) -> None:
        await _uncancelled(app, owner, "stopping", owner.on_shutdown())

    app.on_partitions_assigned.connect(assigned)  # type: ignore[arg-type]
    app.on_partitions_revoked.connect(revoked)  # type: ignore[arg-type]
    app.on_before_shutdown.connect(stopping)  # type: ignore[arg-type]


async def _uncancelled(
    app: faust.App, owner: PartitionOwner, doing: str, work: Coroutine[Any, Any, None]
) -> None:
    """Await `work` (a group callback) without letting a CancelledError that is not ours out.

    The callbacks read the broker through faust's consumer thread. When that thread stops in the
    middle of a read (a SIGTERM during a rebalance), the read ends in CancelledError although
    this task was not cancelled. Let out, it travels back through faust (which catches
    Exception only) into aiokafka's coordinator, which takes it for its own cancellation: the
    rebalance ends unfinished, the worker neither consumes nor stops, and it was killed after
    its grace period. So: this task's own cancellation goes on; a stranger's during a shutdown
    ends the callback (nothing is owned, nothing was committed); a stranger's otherwise is an
    error, which faust turns into a crash and a restart instead of a silent stall.
    """
    try:
        await work
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            raise
        if app.should_stop or owner._stopping:
            log.info("%s: %s was interrupted by the shutdown", owner.name, doing)
            return
        raise RuntimeError(f"{owner.name}: {doing} was cancelled from outside") from None
