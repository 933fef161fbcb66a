"""Table recovery over changelogs written in transactions (exactly-once mode).

faust takes a changelog partition as recovered once it has applied the record at the
partition's end offset minus one. A partition written in transactions ends with a commit (or
abort) marker, which takes an offset but is never handed to the reader, so that record never
comes and recovery waits for ever. faust settles this itself only in its own exactly-once mode
(`Recovery.detect_aborted_tx`, gated on `app.in_transaction`); this service keeps faust at least
once and writes its changelogs through its own transactional producers (`sinks.py`), so the
same settling is done here: a partition whose consumer position is already past its end, with
nothing left in the changelog queue on two looks in a row, is marked as read to its end.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import faust

log = logging.getLogger(__name__)

#: How often recovery is looked at while it runs.
CHECK_SECONDS = 1.0


def settle_transaction_markers(app: faust.App) -> None:
    """While a table recovery runs, mark partitions whose only unread offsets are
    transaction markers as recovered."""
    watcher: dict[str, asyncio.Task[None]] = {}

    async def assigned(_sender: Any, *_args: Any, **_kwargs: Any) -> None:
        task = watcher.get("task")
        if task is None or task.done():
            watcher["task"] = asyncio.ensure_future(_watch(app))

    async def stopping(_sender: Any, **_kwargs: Any) -> None:
        task = watcher.pop("task", None)
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.on_partitions_assigned.connect(assigned)  # type: ignore[arg-type]
    app.on_before_shutdown.connect(stopping)  # type: ignore[arg-type]


async def _watch(app: faust.App) -> None:
    recovery: Any = app.tables.recovery  # type: ignore[attr-defined]
    previous: set[tuple[Any, int]] = set()
    while True:
        await asyncio.sleep(CHECK_SECONDS)
        if not recovery.in_recovery:
            previous = set()
            continue
        stuck = await only_markers_left(recovery, app.consumer)
        for tp, offset in stuck & previous:  # the same on two looks: nothing was in flight
            if recovery.active_offsets[tp] == offset:
                highwater = recovery.active_highwaters[tp]
                log.info("recovery: %s ends with a transaction marker at %d", tp, highwater + 1)
                recovery.active_offsets[tp] = highwater
        previous = stuck


async def only_markers_left(recovery: Any, consumer: Any) -> set[tuple[Any, int]]:
    """(partition, offset applied) of the active changelog partitions short of their end
    whose records have all been read and applied: the consumer is past the end and the
    changelog queue is empty."""
    if recovery.tables.changelog_queue.qsize():
        return set()
    stuck = set()
    for tp, highwater in list(recovery.active_highwaters.items()):
        offset = recovery.active_offsets[tp]
        if highwater is None or offset is None or offset >= highwater:
            continue
        position = await consumer.position(tp)
        if position is not None and position > highwater:  # highwater is the end minus one
            stuck.add((tp, offset))
    return stuck
