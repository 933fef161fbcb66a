"""Is the broker reachable? A fresh connection and a metadata request every second.

The consumer and producer retry a dead broker forever without telling anyone, so the worker
looked ready through a whole outage. This watch says when the broker has been unreachable for
`TENSIONWATCH_BROKER_DOWN_AFTER_SECONDS`: readiness turns false, one warning is logged, and the
Kafka client's own retry errors are held back (`ClientLogThrottle`) until it answers again, when
one line says so.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from aiokafka.conn import create_conn
from aiokafka.errors import KafkaError
from aiokafka.protocol.metadata import MetadataRequest
from mode import Service

from tensionwatch.adapters.admin import client_security
from tensionwatch.adapters.logs import ClientLogThrottle
from tensionwatch.domain.errors import BrokerError
from tensionwatch.settings import Settings

log = logging.getLogger(__name__)

CHECK_INTERVAL_SECONDS = 1.0
PROBE_TIMEOUT_SECONDS = 3.0


async def probe(settings: Settings, timeout: float = PROBE_TIMEOUT_SECONDS) -> str | None:
    """None when a new connection to a bootstrap server gets the cluster's metadata in time;
    otherwise what went wrong (with the last server tried)."""
    errors = []
    for server in settings.bootstrap_servers():
        host, _, port = server.rpartition(":") if ":" in server else (server, "", "9092")
        error = await _ask_for_metadata(host.strip("[]"), int(port), settings, timeout)
        if error is None:
            return None
        errors.append(error)
    return "; ".join(errors)


async def _ask_for_metadata(host: str, port: int, settings: Settings, timeout: float) -> str | None:
    conn = None
    try:
        async with asyncio.timeout(timeout):
            # create_conn closes what it opened if it fails or is cancelled part-way.
            conn = await create_conn(
                host, port, request_timeout_ms=round(timeout * 1000), **client_security(settings)
            )
            await conn.send(MetadataRequest([]))
    except (KafkaError, OSError, TimeoutError) as error:
        return f"{host}:{port}: {describe(error)}"
    finally:
        if conn is not None:
            conn.close()
    return None


def describe(error: BaseException) -> str:
    """`Type: message`, once (aiokafka's messages already start with their type)."""
    name = type(error).__name__
    text = str(error)
    return text if text.startswith(name) else f"{name}: {text}".rstrip(": ")


async def wait_until_reachable(settings: Settings) -> None:
    """Return once the broker answers; BrokerError after `broker_connect_timeout_seconds`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + settings.broker_connect_timeout_seconds
    error = await probe(settings)
    if error is not None:
        log.warning("waiting for the broker at %s (%s)", settings.broker, error)
    while error is not None:
        if loop.time() >= deadline:
            raise BrokerError(
                f"cannot reach the broker at {settings.broker} (TENSIONWATCH_BROKER) after "
                f"{settings.broker_connect_timeout_seconds:.0f} s: {error}"
            )
        await asyncio.sleep(CHECK_INTERVAL_SECONDS)
        error = await probe(settings)


class BrokerWatch(Service):
    """Probes the broker while the worker runs; `up` is false once it has failed for long."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.settings = settings
        self.clock = clock
        self.up = True
        self.throttle = ClientLogThrottle(quiet=lambda: not self.up)
        self._failing_since: float | None = None

    async def on_start(self) -> None:
        """Quiet the client's retry errors from now on."""
        self.throttle.install()

    async def on_stop(self) -> None:
        """Give the client's loggers back."""
        self.throttle.uninstall()

    @Service.task
    async def _watch(self) -> None:
        while not self.should_stop:
            self.observe(await probe(self.settings))
            await self.sleep(CHECK_INTERVAL_SECONDS)

    def observe(self, error: str | None) -> None:
        """Take one probe's outcome; log only when the state changes."""
        now = self.clock()
        if error is None:
            if not self.up:
                self._recovered(now)
            self.up = True
            self._failing_since = None
            return
        if self._failing_since is None:
            self._failing_since = now
        if self.up and now - self._failing_since >= self.settings.broker_down_after_seconds:
            self.up = False
            self.throttle.take_held()
            log.warning(
                "broker at %s unreachable for %.0f s (%s): not ready until it answers; "
                "the Kafka client's retry errors are held back meanwhile",
                self.settings.broker,
                now - self._failing_since,
                error,
            )

    def _recovered(self, now: float) -> None:
        down_for = now - (self._failing_since or now)
        log.warning(
            "broker at %s reachable again after %.0f s unreachable "
            "(%d Kafka client log records held back)",
            self.settings.broker,
            down_for,
            self.throttle.take_held(),
        )
