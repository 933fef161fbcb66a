"""Recovery over transactional changelogs: a partition whose unread offsets are only markers is
settled; one with records still to read or apply is not."""

from __future__ import annotations

import asyncio
from collections import Counter
from types import SimpleNamespace
from typing import Any

from tensionwatch.stream.recovery import only_markers_left

A, B, C = ("changelog", 0), ("changelog", 1), ("changelog", 2)


class Consumer:
    def __init__(self, positions: dict[Any, int | None]) -> None:
        self.positions = positions

    async def position(self, tp: Any) -> int | None:
        return self.positions[tp]


def recovery(queued: int = 0) -> Any:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for item in range(queued):
        queue.put_nowait(item)
    return SimpleNamespace(
        tables=SimpleNamespace(changelog_queue=queue),
        # faust's highwater is the end offset minus one: ends 11, 21 and 31
        active_highwaters=Counter({A: 10, B: 20, C: 30}),
        active_offsets=Counter({A: 9, B: 20, C: 25}),
    )


async def test_a_partition_read_past_its_end_but_short_of_it_is_settled() -> None:
    # A: last record 9, marker at 10, position 11 (past the end); B: done; C: records unread
    consumer = Consumer({A: 11, B: 21, C: 26})
    assert await only_markers_left(recovery(), consumer) == {(A, 9)}


async def test_nothing_is_settled_while_records_wait_in_the_queue() -> None:
    consumer = Consumer({A: 11, B: 21, C: 26})
    assert await only_markers_left(recovery(queued=1), consumer) == set()


async def test_a_position_at_the_last_offset_is_not_past_the_end() -> None:
    consumer = Consumer({A: 10, B: 21, C: None})
    assert await only_markers_left(recovery(), consumer) == set()
