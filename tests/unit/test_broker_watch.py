"""A dead broker turns readiness off after a bounded time, with one log line per change."""

from __future__ import annotations

import asyncio
import logging

import pytest

from tensionwatch.adapters.broker_watch import BrokerWatch, probe
from tensionwatch.adapters.devbroker import free_port
from tensionwatch.adapters.logs import ClientLogThrottle
from tensionwatch.settings import Settings


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watch_with(clock: Clock, down_after: float = 5.0) -> BrokerWatch:
    settings = Settings(broker="127.0.0.1:9", broker_down_after_seconds=down_after)
    return BrokerWatch(settings, clock=clock)


def test_the_broker_is_down_once_it_failed_for_down_after_seconds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    watch = watch_with(clock)
    with caplog.at_level(logging.INFO, logger="tensionwatch"):
        for _ in range(5):
            watch.observe("KafkaConnectionError: refused")
            assert watch.up
            clock.now += 1
        watch.observe("KafkaConnectionError: refused")
        assert not watch.up
        for _ in range(100):
            clock.now += 1
            watch.observe("KafkaConnectionError: refused")
    [line] = [r.getMessage() for r in caplog.records]
    assert "unreachable for 5 s (KafkaConnectionError: refused): not ready" in line


def test_one_answer_brings_it_back_with_one_line(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    watch = watch_with(clock, down_after=2)
    for _ in range(4):
        watch.observe("refused")
        clock.now += 1
    watch.throttle.held = 17
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="tensionwatch"):
        watch.observe(None)
        watch.observe(None)
    assert watch.up
    [line] = [r.getMessage() for r in caplog.records]
    assert "reachable again after 4 s unreachable (17 Kafka client log records held back)" in line


def test_a_short_blip_does_not_count() -> None:
    clock = Clock()
    watch = watch_with(clock, down_after=3)
    watch.observe("refused")
    clock.now += 2
    watch.observe(None)
    clock.now += 2
    watch.observe("refused")
    clock.now += 2
    watch.observe("refused")
    assert watch.up


async def test_the_probe_reports_a_closed_port() -> None:
    port = free_port()
    error = await probe(Settings(broker=f"127.0.0.1:{port}"), timeout=2.0)
    assert error is not None and error.startswith(f"127.0.0.1:{port}: ConnectionRefusedError")


def record(message: str, level: int = logging.ERROR, name: str = "aiokafka") -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, ("x",), None)


def test_the_throttle_lets_one_line_per_template_through_per_window() -> None:
    clock = Clock()
    throttle = ClientLogThrottle(quiet=lambda: False, window=60, clock=clock)
    shown = []
    for second in range(100):
        for _ in range(10):  # aiokafka retries every 100 ms
            rec = record("Unable connect to node with id %s")
            if throttle.filter(rec):
                shown.append((second, rec.getMessage()))
        clock.now += 1
    assert shown == [
        (0, "Unable connect to node with id x"),
        (60, "Unable connect to node with id x [599 more like this in the last 60 s]"),
    ]


def test_the_throttle_holds_everything_back_while_quiet_and_counts_it() -> None:
    quiet = True
    throttle = ClientLogThrottle(quiet=lambda: quiet)
    assert not throttle.filter(record("Failed fetch messages from %s"))
    assert not throttle.filter(record("Heartbeat failed", logging.WARNING))
    assert throttle.filter(record("Discovered coordinator %s", logging.INFO))
    assert throttle.take_held() == 2
    quiet = False
    assert throttle.filter(record("Failed fetch messages from %s"))


def test_the_throttle_is_installed_on_the_client_loggers_while_the_watch_runs() -> None:
    watch = watch_with(Clock())
    client = logging.getLogger("aiokafka.consumer.fetcher")
    watch.throttle.install()
    try:
        assert watch.throttle in client.filters
    finally:
        watch.throttle.uninstall()
    assert watch.throttle not in client.filters


async def test_a_probe_cancelled_mid_request_closes_its_connection() -> None:
    """The watch is cancelled whenever the worker stops, often in the middle of a probe."""
    asked, closed = asyncio.Event(), asyncio.Event()

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await reader.read(1024):  # never answers; returns b"" once the client closes
            asked.set()
        closed.set()
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        task = asyncio.create_task(probe(Settings(broker=f"127.0.0.1:{port}"), timeout=10))
        # cancel once the request is on the wire (a fixed sleep could cancel before the connect
        # on a loaded machine, when no connection is open to close)
        await asyncio.wait_for(asked.wait(), 5)
        assert not task.done()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.wait_for(closed.wait(), 5)
