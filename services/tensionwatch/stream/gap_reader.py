"""Records of one partition read straight from the broker, to fill the offsets faust's consumer
skipped. It drops records in runs: around a rebalance, what it fetched while the recovery's
seek to the committed offsets was under way (seen on Kafka 4.1 after a scale-in: a few records
in a thousand, once the rest of a partition; its log with `DEVLOG=1` says `DROPPED MESSAGE
ROFF`), and, right after a worker's start, the rest of a fetched batch it stopped handing over
(seen on Kafka 4.1 in the exactly-once kill test: four coded records, then the next ones came).
The coding agent and the tension stage check that each partition's records follow on from the
last one done (`Gaps.filled`), and read a partition that stays behind its high-water mark with
nothing arriving (`Gaps.tail`).

The reader is a plain aiokafka consumer without a group: assigned the one partition, moved to
the first offset wanted, read until the last. Started per use: it runs only when records went
missing. Offsets can also hold nothing for good reasons (transaction markers, compaction,
retention):
* an input written in transactions (`markers=True`) has a marker after each transaction's
  records, so a gap of one offset is taken for a marker and only longer gaps are read (a run
  of dropped records takes their marker's offset too);
* a partition whose gaps turn out empty `GIVE_UP_AFTER` times in a row is no longer checked.
The first gap after each assignment is read in every case: records just after the committed
offset are the ones dropped around a rebalance.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError
from faust.types import TP

from tensionwatch.adapters.admin import client_security
from tensionwatch.settings import Settings

log = logging.getLogger(__name__)

#: Longest a read of missing records may take (a TimeoutError past it).
READ_SECONDS = 30.0
#: Gaps of a partition found empty this many times in a row: its gaps are not losses.
GIVE_UP_AFTER = 3
#: A partition behind its high-water mark with no record arriving this long is read directly,
#: at most `TAIL_RECORDS` at a time (the consumer may just be slow to hand them over).
IDLE_SECONDS = 10.0
TAIL_RECORDS = 100


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    """The parts of a faust message that delivery reads once a record is in a slice."""

    topic: str
    partition: int
    offset: int
    timestamp: float
    key: bytes | None

    @property
    def tp(self) -> TP:
        """The record's topic and partition."""
        return TP(self.topic, self.partition)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A record read here, shaped like the faust events an agent takes from its stream."""

    value: bytes
    message: FetchedMessage


class GapReader:
    """Reads offsets [start, end) of a partition."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def __call__(self, tp: TP, start: int, end: int) -> list[Fetched]:
        """The records of `tp` from `start` up to (not including) `end` that the broker still
        holds; fewer when offsets in between hold none (deleted, or transaction markers)."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_servers(),
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            max_partition_fetch_bytes=self.settings.max_output_record_bytes + 65_536,
            **client_security(self.settings),
        )
        partition = TopicPartition(tp.topic, tp.partition)
        await consumer.start()
        try:
            consumer.assign([partition])
            found: list[Fetched] = []
            async with asyncio.timeout(READ_SECONDS):
                # Not past the last stable offset: an open transaction's records are not read.
                stable = (await consumer.end_offsets([partition]))[partition]
                end = min(end, stable)
                consumer.seek(partition, start)
                while start < end and await consumer.position(partition) < end:
                    batches = await consumer.getmany(partition, timeout_ms=1_000)
                    for record in batches.get(partition, []):
                        if start <= record.offset < end and record.value is not None:
                            message = FetchedMessage(
                                tp.topic,
                                tp.partition,
                                record.offset,
                                record.timestamp / 1000,
                                record.key,
                            )
                            found.append(Fetched(record.value, message))
            return found
        finally:
            await consumer.stop()


#: Reads offsets [start, end) of a partition: records shaped like a stream's events.
Reader = Callable[[TP, int, int], Awaitable[Sequence[Any]]]


class Gaps:
    """Fills, per partition, the offsets the consumer skipped; see the module's docstring."""

    def __init__(self, reader: Reader, name: str, markers: bool = False) -> None:
        self.reader = reader
        self.name = name  # who reads, for the log
        self.markers = markers  # the input is written in transactions: gaps are normal
        self._empty: dict[TP, int] = {}  # gaps found empty in a row
        self._seen: dict[TP, float] = {}  # when records of a partition last arrived
        self._tail: dict[TP, tuple[int, int]] = {}  # the last (start, mark) read
        self._fresh: set[TP] = set()  # assigned, no record done since

    def assigned(self, tps: set[TP]) -> None:
        """Start afresh on a new assignment."""
        now = time.monotonic()
        self._seen = dict.fromkeys(tps, now)
        self._tail.clear()
        self._fresh = set(tps)

    def _checked(self, tp: TP, gap: int) -> bool:
        """Whether `gap` offsets missing before a record of `tp` are read (module docstring)."""
        if tp in self._fresh:
            return True
        if self.markers:
            return gap > 1
        return self._empty.get(tp, 0) < GIVE_UP_AFTER

    async def filled(self, tp: TP, start: int, records: list[Any]) -> list[Any]:
        """`records` (in offset order, from `start` on) with the offsets missing before and
        between them read from the broker and put in their place."""
        self._seen[tp] = time.monotonic()
        filled: list[Any] = []
        cursor = start
        for event in records:
            offset = event.message.offset
            if offset > cursor and self._checked(tp, offset - cursor):
                found = await self._read(tp, cursor, offset)
                log.log(
                    logging.WARNING if found else logging.DEBUG,
                    "%s: %s records %d..%d did not arrive from the consumer; read %d of them "
                    "directly",
                    self.name,
                    tp,
                    cursor,
                    offset - 1,
                    len(found),
                )
                filled.extend(found)
            self._fresh.discard(tp)
            filled.append(event)
            cursor = offset + 1
        return filled

    async def tail(self, tp: TP, start: int, end: int | None) -> list[Any]:
        """The records from `start` towards the high-water mark `end` (at most `TAIL_RECORDS`)
        when the partition has had nothing for `IDLE_SECONDS`; never twice for one start and
        mark."""
        now = time.monotonic()
        idle = now - self._seen.get(tp, now) >= IDLE_SECONDS
        if end is None or end <= start or not idle or self._tail.get(tp) == (start, end):
            return []
        self._tail[tp] = (start, end)
        try:
            found = await self._read(tp, start, min(end, start + TAIL_RECORDS))
        except (TimeoutError, KafkaError, OSError) as error:  # tried again at the next look
            log.warning("%s: reading %s directly failed: %r", self.name, tp, error)
            self._tail.pop(tp, None)
            return []
        if found:
            log.warning(
                "%s: %s had no records for %.0f s while %d..%d were not done; read %d of them "
                "directly",
                self.name,
                tp,
                IDLE_SECONDS,
                start,
                end - 1,
                len(found),
            )
        return found

    async def _read(self, tp: TP, start: int, end: int) -> list[Any]:
        found = list(await self.reader(tp, start, end))
        if found:
            self._empty[tp] = 0
            return found
        self._empty[tp] = self._empty.get(tp, 0) + 1
        if self._empty[tp] == GIVE_UP_AFTER and not self.markers:
            log.warning(
                "%s: %s's gaps held no records %d times in a row (transaction markers, "
                "compaction or retention): only the first after an assignment is checked",
                self.name,
                tp,
                GIVE_UP_AFTER,
            )
        return found
