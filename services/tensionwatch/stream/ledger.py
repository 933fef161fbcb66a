"""Attempt markers: which input records were in flight when a worker died.

Before the worker processes a range of an input partition it writes a marker, and waits for
the broker to have it. A marker whose range is not yet committed when a partition is assigned
means the worker that had it died (crash, kill, lost session, exit): the range is then read
one record at a time, each record with a marker of its own, so the next death names the record
to blame. A record that was alone in flight `quarantine_after` times is quarantined.

The markers live in a compacted Kafka topic keyed by input partition, not in a local file: a
record that kills one worker is often handed to another (the group moves the partition), and a
pod that is rescheduled loses its disk. Any worker that gets the partition reads its history.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from faust.types import TP

from tensionwatch.adapters.admin import client_security
from tensionwatch.settings import Settings

log = logging.getLogger(__name__)

#: The attempts topic: compacted, one key per input partition, so a read at assignment sees
#: little more than the last marker of each.
TOPIC_CONFIG = {
    "cleanup.policy": "compact",
    "segment.ms": "600000",
    "min.cleanable.dirty.ratio": "0.1",
}


@dataclass(frozen=True, slots=True)
class Marker:
    """Offsets `first`..`last` of one input partition are in flight.

    `until` is the end of a range being re-read one record at a time (after a death), and
    `strikes` how many times the worker already died with this same record alone in flight.
    """

    first: int
    last: int
    until: int = -1
    strikes: int = 0

    @property
    def alone(self) -> bool:
        """One record in flight, in a range being re-read one record at a time."""
        return self.first == self.last and self.until >= self.last

    def covers(self, offset: int) -> bool:
        """Whether `offset` lies in the range this marker left unfinished."""
        return self.first <= offset <= max(self.last, self.until)

    def strikes_for(self, offset: int) -> int:
        """Deaths already counted against `offset` when the marker is found unfinished."""
        return self.strikes + 1 if self.alone and offset == self.first else 0


class Ledger(Protocol):
    """Where markers are kept (the Kafka topic below; a dict in unit tests)."""

    async def load(self, tps: Iterable[TP]) -> dict[TP, Marker]: ...

    async def mark(self, tp: TP, marker: Marker) -> None: ...


def marker_key(tp: TP) -> bytes:
    """The compaction key of an input partition (`:` never appears in a topic name)."""
    return f"{tp.topic}:{tp.partition}".encode()


class KafkaLedger:
    """Markers in a compacted topic; written with `send` (acks=all), read at assignment."""

    def __init__(
        self, settings: Settings, send: Callable[[str, bytes, bytes], Awaitable[Any]]
    ) -> None:
        self.settings = settings
        self.topic = settings.topic_attempts
        self._send = send
        self._created = False

    async def mark(self, tp: TP, marker: Marker) -> None:
        """Record the marker; returns once the broker has it."""
        await self._send(self.topic, marker_key(tp), json.dumps(asdict(marker)).encode())

    async def load(self, tps: Iterable[TP]) -> dict[TP, Marker]:
        """The last marker of each of `tps` (creating the topic the first time if needed)."""
        wanted = {marker_key(tp): tp for tp in tps}
        if not wanted:
            return {}
        if not self._created:
            await ensure_attempts_topic(self.settings)
            self._created = True
        found: dict[TP, Marker] = {}
        for key, value in await self._read_all():
            tp = wanted.get(key)
            if tp is not None:
                found[tp] = Marker(**json.loads(value))
        return found

    async def _read_all(self) -> list[tuple[bytes, bytes]]:
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_servers(),
            enable_auto_commit=False,
            **client_security(self.settings),
        )
        await consumer.start()
        try:
            partitions = consumer.partitions_for_topic(self.topic) or {0}
            tps = [TopicPartition(self.topic, p) for p in partitions]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            ends = await consumer.end_offsets(tps)
            records: list[tuple[bytes, bytes]] = []
            while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
                for batch in (await consumer.getmany(timeout_ms=1000)).values():
                    records += [(r.key, r.value) for r in batch if r.key and r.value]
            return records
        finally:
            await consumer.stop()


async def ensure_attempts_topic(settings: Settings) -> None:
    """Create the compacted attempts topic (one partition) when it does not exist."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers(), **client_security(settings)
    )
    await admin.start()
    try:
        if settings.topic_attempts in set(await admin.list_topics()):
            return
        topic = NewTopic(
            settings.topic_attempts, 1, settings.replication_factor, topic_configs=TOPIC_CONFIG
        )
        try:
            await admin.create_topics([topic])
        except TopicAlreadyExistsError:
            log.info("the attempts topic was created concurrently")
    finally:
        await admin.close()
