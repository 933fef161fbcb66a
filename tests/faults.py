"""A harness for fault runs: worker processes, a backlog with known outputs, and a tally of
what came out, counted by event id (events, escalations) and by original (dead letters).

The expected outputs come from the same handler the worker runs, called in this process: an
output missing from the tally is lost, one seen twice is duplicated, one not expected at all
would be a replay under a new id.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from aiohttp import ClientSession
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from tensionwatch.adapters.devbroker import free_port
from tensionwatch.bench.articles import make_articles
from tensionwatch.bootstrap import build_coder, limits_from
from tensionwatch.service.handler import ArticleHandler, RecordMeta
from tensionwatch.service.ports import NullMetrics
from tensionwatch.settings import Settings

#: Figures of every fault run of the session, printed at its end (tests/conftest.py).
FIGURES: list[dict[str, Any]] = []

BAD_EVERY = 100  # one record in this many is not JSON, and must end as a dead letter


@dataclass(frozen=True)
class Backlog:
    """Input records and the outputs the service must publish for them, once each."""

    records: list[bytes]
    events: frozenset[str]
    escalations: frozenset[str]
    letters: frozenset[bytes]
    most_per_article: int  # outputs of the article that makes the most


@cache
def backlog(count: int) -> Backlog:
    """`count` seed-size articles (~6 ms of coding each), one in BAD_EVERY not JSON."""
    records = make_articles(count)
    for index in range(0, count, BAD_EVERY):
        records[index] = f"not json {index}".encode()
    handler = ArticleHandler(build_coder(Settings()), NullMetrics(), limits_from(Settings()))
    per_article = [handler.handle(r, RecordMeta("t", 0, n)) for n, r in enumerate(records)]
    outputs = [output for article in per_article for output in article]
    ids = {kind: frozenset(_id(o.value) for o in outputs if o.kind == kind) for kind in KINDS}
    letters = frozenset(r for r in records if r.startswith(b"not json"))
    most = max(len(article) for article in per_article)
    return Backlog(records, ids["event"], ids["escalation"], letters, most)


KINDS = ("event", "escalation")


def _id(value: bytes) -> str:
    return str(json.loads(value)["event_id"])


async def fill(bootstrap: str, topic: str, records: list[bytes]) -> None:
    """Produce the backlog, keyed so that it spreads over the partitions."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await producer.start()
    try:
        for number, record in enumerate(records):
            await producer.send(topic, record, key=f"k{number}".encode())
        await producer.flush()
    finally:
        await producer.stop()


@dataclass
class Tally:
    """What arrived on the output topics, counted by identity."""

    consumer: AIOKafkaConsumer
    settings: Settings
    counts: dict[str, Counter[Any]] = field(default_factory=dict)
    last_growth: float = field(default_factory=time.monotonic)

    @classmethod
    async def start(cls, settings: Settings, read_committed: bool) -> Tally:
        """A reader of the output topics from their beginning."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.bootstrap_servers(),
            enable_auto_commit=False,
            isolation_level="read_committed" if read_committed else "read_uncommitted",
            max_partition_fetch_bytes=4 * 1024 * 1024,
        )
        await consumer.start()
        topics = [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
        tps = [TopicPartition(t, p) for t in topics for p in range(settings.partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        return cls(consumer, settings, {t: Counter() for t in topics})

    async def poll(self, seconds: float) -> None:
        """Read for `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            batches = await self.consumer.getmany(timeout_ms=200, max_records=20_000)
            for records in batches.values():
                for record in records:
                    self.counts[record.topic][self._identity(record.topic, record.value)] += 1
                if records:
                    self.last_growth = time.monotonic()

    def _identity(self, topic: str, value: bytes) -> Any:
        if topic == self.settings.topic_dead_letters:
            return base64.b64decode(json.loads(value)["original"], validate=True)
        return _id(value)

    def total(self) -> int:
        """Records read so far, all topics."""
        return sum(sum(c.values()) for c in self.counts.values())

    async def until(self, condition: Callable[[], bool], timeout: float, what: str) -> float:
        """Poll until `condition`; returns the seconds it took."""
        started = time.monotonic()
        while not condition():
            assert time.monotonic() - started < timeout, f"{what}: not within {timeout}s"
            await self.poll(0.3)
        return time.monotonic() - started

    def complete(self, expected: Backlog) -> bool:
        """Every expected output seen at least once."""
        return all(not lost for lost in self._lost(expected).values())

    def _lost(self, expected: Backlog) -> dict[str, int]:
        s = self.settings
        return {
            "event": len(expected.events - set(self.counts[s.topic_events])),
            "escalation": len(expected.escalations - set(self.counts[s.topic_escalations])),
            "dead_letter": len(expected.letters - set(self.counts[s.topic_dead_letters])),
        }

    def report(self, expected: Backlog) -> dict[str, dict[str, int]]:
        """Per kind: records read, distinct, duplicated, lost, and unexpected identities."""
        s = self.settings
        wanted = {
            "event": (s.topic_events, expected.events),
            "escalation": (s.topic_escalations, expected.escalations),
            "dead_letter": (s.topic_dead_letters, expected.letters),
        }
        lost = self._lost(expected)
        figures = {}
        for kind, (topic, ids) in wanted.items():
            counts = self.counts[topic]
            figures[kind] = {
                "records": sum(counts.values()),
                "duplicated": sum(counts.values()) - len(counts),
                "lost": lost[kind],
                "unexpected": len(set(counts) - set(ids)),
            }
        return figures

    async def inputs_committed(self, timeout: float = 60) -> int:
        """Input records the group has committed, once that stops growing (or `timeout`): an
        input without outputs is accounted for by its committed offset."""
        admin = AIOKafkaAdminClient(bootstrap_servers=self.settings.bootstrap_servers())
        await admin.start()
        try:
            deadline, last, seen = time.monotonic() + timeout, -1, 0
            while time.monotonic() < deadline:
                offsets = await admin.list_consumer_group_offsets(self.settings.app_id)
                seen = sum(
                    meta.offset
                    for tp, meta in offsets.items()
                    if tp.topic == self.settings.topic_articles
                )
                if seen == last:
                    return seen
                last = seen
                await asyncio.sleep(1.0)
            return seen
        finally:
            await admin.close()

    async def stop(self) -> None:
        """Close the reader."""
        await self.consumer.stop()


def worker_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment of a worker process on `settings`."""
    env = dict(os.environ)
    env.update(
        {
            "TENSIONWATCH_BROKER": settings.broker,
            "TENSIONWATCH_APP_ID": settings.app_id,
            "TENSIONWATCH_DATA_DIR": settings.data_dir,
            "TENSIONWATCH_WEB_PORT": str(free_port()),
            "TENSIONWATCH_PARTITIONS": str(settings.partitions),
            "TENSIONWATCH_PROCESSING_GUARANTEE": settings.processing_guarantee,
            "TENSIONWATCH_REBALANCE_TIMEOUT_SECONDS": "10",
            "TENSIONWATCH_SESSION_TIMEOUT_SECONDS": "6",
            "TENSIONWATCH_BATCH_MAX": "20",
        }
    )
    # Every topic, the tension stage's too: with the defaults, the workers of every test would
    # share one hand-over topic and read (and publish) each other's events.
    env.update(
        {
            f"TENSIONWATCH_{name.upper()}": str(getattr(settings, name))
            for name in Settings.model_fields
            if name.startswith("topic_")
        }
    )
    env.update(extra)
    return env


class Workers:
    """Worker processes of one test, each logging to its own file."""

    def __init__(
        self,
        settings: Settings,
        logs: Path,
        module: str = "tensionwatch.entrypoints.cli",
        **extra: str,
    ) -> None:
        self.settings = settings
        self.module = module
        self.logs = logs
        self.extra = extra
        self.running: dict[str, subprocess.Popen[bytes]] = {}
        self.ports: dict[str, int] = {}
        self.exit_codes: dict[str, int] = {}

    def start(self, name: str) -> None:
        """Start a worker called `name`."""
        command = [sys.executable, "-m", self.module]
        if self.module == "tensionwatch.entrypoints.cli":
            command += ["worker", "--loglevel", "warning"]
        env = worker_env(self.settings, **self.extra)
        self.ports[name] = int(env["TENSIONWATCH_WEB_PORT"])
        with (self.logs / f"{name}.log").open("ab") as out:
            self.running[name] = subprocess.Popen(  # noqa: S603
                command,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait(self, name: str, timeout: float = 60) -> int:
        """Wait for the worker to end by itself; returns its exit code."""
        self.exit_codes[name] = self.running.pop(name).wait(timeout=timeout)
        return self.exit_codes[name]

    def signal(self, name: str, sig: signal.Signals, timeout: float = 60) -> int:
        """Send `sig` to the worker and wait for it to end; returns its exit code."""
        process = self.running.pop(name)
        process.send_signal(sig)
        self.exit_codes[name] = process.wait(timeout=timeout)
        return self.exit_codes[name]

    async def metric(self, name: str, sample: str) -> float:
        """A sample (without labels) from the worker's /metrics."""
        url = f"http://127.0.0.1:{self.ports[name]}/metrics"
        async with ClientSession() as http, http.get(url) as response:
            text = await response.text()
        for line in text.splitlines():
            if line.startswith(sample + " "):
                return float(line.split()[1])
        raise AssertionError(f"{sample} not in {name}'s metrics")

    def stop_all(self) -> None:
        """SIGTERM whatever still runs (SIGKILL after 30 s)."""
        for name in list(self.running):
            try:
                self.signal(name, signal.SIGTERM, timeout=30)
            except subprocess.TimeoutExpired:
                self.signal(name, signal.SIGKILL)

    def tail(self) -> str:
        """The end of every log, for a failure message."""
        return "\n".join(
            f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}"
            for log in sorted(self.logs.glob("*.log"))
        )


async def wait_for(seconds: float) -> None:
    """Sleep (a named pause in a scenario)."""
    await asyncio.sleep(seconds)
