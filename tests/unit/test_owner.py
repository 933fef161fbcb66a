"""Partition ownership shared by both deliveries: which records make a slice, when work stops,
and what a revocation or a shutdown leaves behind."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from faust.types import TP

from tensionwatch.stream.owner import PartitionOwner, connect
from tensionwatch.stream.sinks import PartitionLost
from tests.unit.test_delivery import FakeEvent, FakeMessage

A0, A1, OTHER = TP("in", 0), TP("in", 1), TP("elsewhere", 0)


class Sinks:
    def __init__(self, committed: dict[TP, int]) -> None:
        self.offsets = committed
        self.acquired: list[set[TP]] = []
        self.released: list[set[TP]] = []

    async def acquire(self, tps: set[TP]) -> None:
        self.acquired.append(set(tps))

    async def release(self, tps: set[TP]) -> None:
        self.released.append(set(tps))

    async def committed(self, tp: TP) -> int | None:
        return self.offsets.get(tp)


class Recorder(PartitionOwner):
    """Records each slice's partition and offsets; can lose a partition or hook a slice."""

    def __init__(self, sinks: Sinks, generation: int = 3) -> None:
        super().__init__({"in"}, sinks, lambda: generation, None)  # type: ignore[arg-type]
        self.slices: list[tuple[TP, list[int]]] = []
        self.lose: set[TP] = set()
        self.during: Any = None

    async def _slice(self, tp: TP, records: list[Any]) -> None:
        if tp in self.lose:
            raise PartitionLost(f"{tp} moved")
        self.slices.append((tp, [r.message.offset for r in records]))
        if self.during is not None:
            await self.during()


def record(tp: TP, offset: int, generation: int = 3) -> FakeEvent:
    return FakeEvent(b"{}", FakeMessage(tp.topic, tp.partition, offset, generation))


async def test_a_slice_holds_this_generations_records_from_the_committed_offset_on() -> None:
    owner = Recorder(Sinks({A0: 5}))
    await owner.on_assigned({A0, A1, OTHER})
    assert owner._owned == {A0, A1}, "only partitions of its own topics are taken"
    batch = [
        record(A0, 4),  # below the committed offset: done before
        record(A0, 5),
        record(A0, 5),  # a repeat within the batch
        record(A0, 6),
        record(A1, 0, generation=2),  # fetched before the rebalance
        record(A1, 1),
        record(OTHER, 9),
    ]
    await owner.run(batch)
    assert owner.slices == [(A0, [5, 6]), (A1, [1])]


async def test_a_lost_partition_is_left_to_its_new_owner_and_the_rest_goes_on() -> None:
    owner = Recorder(Sinks({}))
    await owner.on_assigned({A0, A1})
    owner.lose = {A0}
    await owner.run([record(A0, 0), record(A1, 0)])
    assert owner.slices == [(A1, [0])] and owner._owned == {A1}


async def test_a_revocation_waiting_for_the_lock_stops_the_batch_after_the_slice_in_flight() -> (
    None
):
    sinks = Sinks({})
    owner = Recorder(sinks)
    await owner.on_assigned({A0, A1})
    revoking: list[asyncio.Task[None]] = []

    async def revoke_meanwhile() -> None:
        revoking.append(asyncio.create_task(owner.on_revoked({A0, A1})))
        await asyncio.sleep(0)  # the revocation now waits for the lock
        assert owner._leaving

    owner.during = revoke_meanwhile
    await owner.run([record(A0, 0), record(A1, 0)])
    await revoking[0]
    assert owner.slices == [(A0, [0])], "the second slice was not started"
    assert sinks.released == [{A0, A1}] and owner._owned == set()
    assert not owner._leaving, "once the partitions are gone, the next assignment may work"


async def test_a_shutdown_closes_for_good() -> None:
    sinks = Sinks({})
    owner = Recorder(sinks)
    await owner.on_assigned({A0})
    await owner.on_shutdown()
    await owner.on_revoked({A0})  # faust revokes on the way out too
    await owner.run([record(A0, 0)])
    assert owner.slices == [] and owner._leaving
    assert sinks.released == [{A0}, {A0}]


class NoReads(Sinks):
    """Fails the test on any read: an assignment after the shutdown must not read offsets."""

    async def committed(self, tp: TP) -> int | None:
        raise AssertionError(f"read the offset of {tp} after the shutdown")


async def test_an_assignment_after_the_shutdown_takes_nothing_and_reads_nothing() -> None:
    sinks = NoReads({})
    owner = Recorder(sinks)
    await owner.on_shutdown()
    await owner.on_assigned({A0, A1})
    assert owner._owned == set()
    assert sinks.acquired == [], "no producer fenced for partitions it will not own"


class FakeApp:
    """What `connect` uses of faust's app: three signals and `should_stop`."""

    def __init__(self) -> None:
        self.should_stop = False
        self.receivers: dict[str, Any] = {}
        for name in ("on_partitions_assigned", "on_partitions_revoked", "on_before_shutdown"):
            setattr(self, name, _Signal(self.receivers, name))


class _Signal:
    def __init__(self, receivers: dict[str, Any], name: str) -> None:
        self.receivers, self.name = receivers, name

    def connect(self, receiver: Any) -> None:
        self.receivers[self.name] = receiver


class CancelledRead(Sinks):
    """The offset read ends in CancelledError, as a call into a stopping consumer thread does,
    although the caller's task was not cancelled."""

    async def committed(self, tp: TP) -> int | None:
        future = asyncio.get_running_loop().create_future()
        future.cancel()
        return await future  # type: ignore[no-any-return]


async def test_a_read_cancelled_from_outside_ends_quietly_during_a_shutdown() -> None:
    app = FakeApp()
    owner = Recorder(CancelledRead({}))
    connect(app, owner)  # type: ignore[arg-type]
    app.should_stop = True
    await app.receivers["on_partitions_assigned"](app, {A0})
    assert owner._owned == set()


async def test_a_read_cancelled_from_outside_is_an_error_while_running() -> None:
    """Not a CancelledError: faust catches Exception only, and aiokafka's coordinator would take
    a CancelledError for its own and leave the rebalance unfinished (a silent stall)."""
    app = FakeApp()
    owner = Recorder(CancelledRead({}))
    connect(app, owner)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="cancelled from outside"):
        await app.receivers["on_partitions_assigned"](app, {A0})


async def test_the_callbacks_own_cancellation_goes_through() -> None:
    app = FakeApp()
    started = asyncio.Event()

    class Blocked(Sinks):
        async def committed(self, tp: TP) -> int | None:
            started.set()
            await asyncio.Event().wait()
            return None

    connect(app, Recorder(Blocked({})))  # type: ignore[arg-type]
    app.should_stop = True  # even during a shutdown, a cancelled callback stays cancelled
    task = asyncio.ensure_future(app.receivers["on_partitions_assigned"](app, {A0}))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
