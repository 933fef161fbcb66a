"""`python -m tests.late_assignment_worker FLAG`: the worker, with each partition owner's
assignment held until the file FLAG exists and then a little longer, so that a test can put a
SIGTERM between the group's assignment and the owners' reading of their offsets: the window in
which a worker once outlived its SIGTERM (an offset read through faust's consumer thread after
the thread had begun to stop never returned)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from faust.types import TP

from tensionwatch.entrypoints.worker import run_worker
from tensionwatch.settings import Settings
from tensionwatch.stream.owner import PartitionOwner

_take = PartitionOwner.on_assigned


async def _late(owner: PartitionOwner, assigned: set[TP]) -> None:
    flag = Path(sys.argv[1])
    while not flag.exists():
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)  # the shutdown has begun and reached the consumer thread
    await _take(owner, assigned)


if __name__ == "__main__":
    PartitionOwner.on_assigned = _late  # type: ignore[method-assign]
    run_worker(Settings(), loglevel="info")
