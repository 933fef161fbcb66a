"""Broker-side helpers of the benchmark: fill a backlog, follow commits, tail outputs."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

FILL_LINGER_MS = 10
FILL_BATCH_BYTES = 1024 * 1024
TAIL_FETCH_WAIT_MS = 20
TAIL_FETCH_BYTES = 4 * 1024 * 1024


async def fill(bootstrap: str, topic: str, records: Sequence[bytes]) -> None:
    """Produce `records` to `topic` and wait until the broker has every one."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        linger_ms=FILL_LINGER_MS,
        max_batch_size=FILL_BATCH_BYTES,
        acks="all",
    )
    await producer.start()
    try:
        futures = [await producer.send(topic, record) for record in records]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


class Committed:
    """Reads a consumer group's committed offsets (without joining the group): how many
    input records are done."""

    def __init__(self, bootstrap: str, group: str, topic: str, partitions: int) -> None:
        self.partitions = [TopicPartition(topic, p) for p in range(partitions)]
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False
        )

    async def __aenter__(self) -> Committed:
        await self.consumer.start()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.consumer.stop()

    async def total(self) -> int:
        """Committed records of the input topic over every partition (0 before a commit)."""
        total = 0
        for tp in self.partitions:
            try:
                offset = await self.consumer.committed(tp)
            except KafkaError:
                return 0
            total += max(int(offset or 0), 0)
        return total


class Tail:
    """Reads the output topics as records arrive: how many, the first one's create time and
    when the last one arrived here (it is readable once the broker has acknowledged it)."""

    def __init__(
        self, bootstrap: str, topics: Sequence[str], partitions: int, committed: bool = False
    ) -> None:
        self.partitions = [TopicPartition(t, p) for t in topics for p in range(partitions)]
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=bootstrap,
            enable_auto_commit=False,
            # Exactly-once outputs count once their transaction is committed.
            isolation_level="read_committed" if committed else "read_uncommitted",
            fetch_max_wait_ms=TAIL_FETCH_WAIT_MS,
            max_partition_fetch_bytes=TAIL_FETCH_BYTES,
        )
        self.count = 0
        self.by_partition: dict[TopicPartition, tuple[int, int]] = {}  # records, next offset
        self.first_created = float("inf")
        self.last_arrived = 0.0
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Tail:
        await self.consumer.start()
        self.consumer.assign(self.partitions)
        await self.consumer.seek_to_beginning(*self.partitions)
        self._task = asyncio.create_task(self._run())
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.consumer.stop()

    async def _run(self) -> None:
        while True:
            batch = await self.consumer.getmany(timeout_ms=100, max_records=10_000)
            for tp, records in batch.items():
                seen = self.by_partition.get(tp, (0, 0))[0]
                self.by_partition[tp] = (seen + len(records), records[-1].offset + 1)
            stamps = [r.timestamp for records in batch.values() for r in records]
            if stamps:
                self.last_arrived = time.time()
                self.count += len(stamps)
                self.first_created = min(self.first_created, min(stamps) / 1000)

    async def report(self) -> str:
        """Per partition: records read, the next offset to read and the broker's end offset
        (to tell a reader that fell behind from records that never reached the broker)."""
        ends = await self.consumer.end_offsets(self.partitions)
        lines = []
        for tp in self.partitions:
            seen, position = self.by_partition.get(tp, (0, 0))
            lines.append(f"{tp.topic}[{tp.partition}] read {seen} next {position} end {ends[tp]}")
        return "\n".join(lines)
