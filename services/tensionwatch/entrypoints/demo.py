"""`tensionwatch demo`: embedded broker, worker, sample articles in, coded events on screen."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TextIO

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import MessageSizeTooLargeError

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import EmbeddedBroker
from tensionwatch.bootstrap import Service, bootstrap
from tensionwatch.domain.errors import TensionwatchError
from tensionwatch.entrypoints.describe import describe
from tensionwatch.entrypoints.inputs import read_file
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running, until

ACCOUNTING_TIMEOUT_SECONDS = 120.0


class DemoError(TensionwatchError):
    """The demo pipeline did not account for every input record."""


@dataclass(frozen=True)
class DemoOptions:
    """What the command line asked for."""

    once: bool = False
    input: Path | None = None
    broker: str | None = None
    web_port: int = 6066
    published_at: str | None = None


def load_records(path: Path | None, published_at: str | None = None) -> list[bytes]:
    """Input records, read as `tensionwatch publish` reads them (`entrypoints/inputs.py`): each
    non-blank line of a JSON-lines file, as bytes, unchanged (whatever it holds: the worker
    judges it); a .txt file (UTF-8) as one article; a .json document as one record per
    article; or the bundled sample articles when no file is given."""
    if path is None:
        sample = resources.files("tensionwatch.entrypoints").joinpath("samples/articles.jsonl")
        return split_lines(sample.read_bytes())
    records = list(read_file(path, published_at))
    for record in records:
        if record.error:
            raise DemoError(f"{record.origin} is {record.error}")
    return [record.raw for record in records]


def split_lines(data: bytes) -> list[bytes]:
    """The non-blank lines of `data`, split at the newline byte only: U+2028, U+2029 or U+0085
    inside a JSON string do not end a record, and bytes that are not UTF-8 stay as they are."""
    return [line for line in data.split(b"\n") if line.strip()]


async def run_demo(options: DemoOptions, out: TextIO = sys.stdout) -> int:
    """Run the whole pipeline; with `once`, exit after every input record is accounted for."""
    records = load_records(options.input, options.published_at)
    with contextlib.ExitStack() as stack:
        bootstrap_servers = options.broker or stack.enter_context(EmbeddedBroker()).bootstrap
        data_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="tensionwatch-demo-"))
        settings = demo_settings(bootstrap_servers, data_dir, options)
        service = bootstrap(settings)
        await ensure_topics(settings, service.topics.names(), service.topics.compacted())
        async with running(service), _printer(service, out, options.once) as printer:
            _say(f"metrics: {service.web.url}/metrics  ready: {service.web.url}/readyz")
            _say(f"dashboard: {service.web.url}/dashboard  broker: {bootstrap_servers}")
            published = await _publish(settings, records)
            skipped = len(records) - published
            _say(
                f"published {published} article record(s) to {settings.topic_articles}"
                + (f", skipped {skipped} the broker refused" if skipped else "")
            )
            if not options.once:
                await _until_signalled(printer.gone)
                return 0
            accounted = asyncio.create_task(_await_accounting(service, printer, published))
            gone = asyncio.create_task(printer.gone.wait())
            await asyncio.wait([accounted, gone], return_when=asyncio.FIRST_COMPLETED)
            gone.cancel()
            if not printer.gone.is_set():
                await accounted  # its result, or its error
            accounted.cancel()
    return 0


async def _until_signalled(stop: asyncio.Event) -> None:
    """Wait for SIGINT or SIGTERM (or `stop`), so the worker and the broker stop in order."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    _say("running until Ctrl-C")
    try:
        await stop.wait()
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
    _say("stopping")


def demo_settings(bootstrap_servers: str, data_dir: str, options: DemoOptions) -> Settings:
    """Settings for one demo run. On a broker of the user's, topics get a run suffix so the
    demo neither reads old records nor writes into real topics."""
    run = uuid.uuid4().hex[:8]
    base = Settings(broker=bootstrap_servers)
    topics: dict[str, str] = {}
    if options.broker:
        topics = {
            name: f"{getattr(base, name)}.demo-{run}"
            for name in Settings.model_fields
            if name.startswith("topic_")
        }
    return base.model_copy(
        update={
            "app_id": f"tensionwatch-demo-{run}",
            "data_dir": data_dir,
            "web_port": options.web_port,
            # Tansu holds a join for half the rebalance timeout: keep the demo's start quick.
            "rebalance_timeout_seconds": 2.0,
            **topics,
        }
    )


async def _publish(settings: Settings, records: list[bytes]) -> int:
    """Publish every record; one the producer or the broker refuses as too large (Kafka
    takes ~1 MB a record by default) is reported and skipped. Returns how many went out."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers())
    await producer.start()
    published = 0
    try:
        for number, record in enumerate(records, start=1):
            try:
                await producer.send_and_wait(settings.topic_articles, record)
            except MessageSizeTooLargeError as error:
                _say(f"skipped input record {number} ({len(record):,} bytes), too large: {error}")
                continue
            published += 1
    finally:
        await producer.stop()
    return published


class _Printer:
    """Reads the downstream topics from the start and prints every record."""

    def __init__(self, consumer: AIOKafkaConsumer, out: TextIO, as_json: bool) -> None:
        self.consumer = consumer
        self.out = out
        self.as_json = as_json
        self.printed = 0
        self.gone = asyncio.Event()  # whoever read our output closed it (`demo | head`)

    async def run(self) -> None:
        async for record in self.consumer:
            value = json.loads(record.value)
            key = record.key.decode() if record.key else None
            if self.as_json:
                line = json.dumps({"topic": record.topic, "key": key, "value": value})
            else:
                line = describe(record.topic, value)
            try:
                print(line, file=self.out, flush=True)
            except BrokenPipeError:
                _silence(self.out)
                self.gone.set()
                return
            self.printed += 1


def _silence(out: TextIO) -> None:
    """Point a closed output at /dev/null, so the flush at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())


@contextlib.asynccontextmanager
async def _printer(service: Service, out: TextIO, as_json: bool) -> AsyncIterator[_Printer]:
    settings = service.settings
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(),
        enable_auto_commit=False,
        fetch_max_wait_ms=round(settings.fetch_max_wait_seconds * 1000),
    )
    await consumer.start()
    topics = [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
    if settings.tension_enabled:
        topics += [settings.topic_clusters, settings.topic_index, settings.topic_alerts]
    partitions = [TopicPartition(t, p) for t in topics for p in range(settings.partitions)]
    consumer.assign(partitions)
    await consumer.seek_to_beginning(*partitions)
    printer = _Printer(consumer, out, as_json)
    task = asyncio.create_task(printer.run())
    try:
        yield printer
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await consumer.stop()


async def _await_accounting(service: Service, printer: _Printer, inputs: int) -> None:
    """Wait until every input was processed and every output it caused was printed.

    With the tension stage, each coded event comes out once on the events topic (from the
    stage), and the stage adds the clusters, indexes and alerts it counted before sending."""
    progress = service.progress

    def expected() -> int:
        stage = service.tension.progress.outputs if service.tension else 0
        return progress.outputs + stage

    try:
        await until(
            lambda: progress.records >= inputs and printer.printed >= expected(),
            ACCOUNTING_TIMEOUT_SECONDS,
            "every input record to be accounted for",
        )
    except TensionwatchError as error:
        raise DemoError(
            f"{error}: {progress.records}/{inputs} records processed, "
            f"{printer.printed}/{expected()} outputs seen downstream"
        ) from error
    _say(f"done: {inputs} record(s) in, {expected()} record(s) out")


def _say(message: str) -> None:
    print(f"tensionwatch: {message}", file=sys.stderr, flush=True)
