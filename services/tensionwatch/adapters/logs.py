"""Logging set-up for the worker, and the throttle that keeps the Kafka client's retries quiet.

While a broker is down, aiokafka logs an error for every retry (`Unable connect to node with id
1` about ten times a second, 7,689 lines in a 100 s outage). The service says once that the
broker is down and once that it is back (`broker_watch`); the client's own warnings and errors
are let through once per message template and time window, and held back (counted) while the
broker is known to be down.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable

LEVELS = ("debug", "info", "warning", "error", "critical")
FORMAT = "[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s"

#: Loggers of the Kafka client and faust's driver for it. Logger filters see only the records
#: of their own logger, so each is named (the modules create them with `getLogger(__name__)`).
CLIENT_LOGGERS = (
    "aiokafka",  # aiokafka.client logs under this name
    "aiokafka.admin.client",
    "aiokafka.cluster",
    "aiokafka.conn",
    "aiokafka.consumer.consumer",
    "aiokafka.consumer.fetcher",
    "aiokafka.consumer.group_coordinator",
    "aiokafka.producer.producer",
    "aiokafka.producer.sender",
    "faust.transport.drivers.aiokafka",
    "faust.transport.consumer",
    "faust.transport.producer",
    "tensionwatch.adapters.live",  # the dashboard's topic reader retries a dead broker too
)


def configure_logging(level: str) -> None:
    """One stderr handler on the root logger, with the logger's name on every line."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())


class ClientLogThrottle(logging.Filter):
    """Lets one warning or error per (logger, level, template) through per `window` seconds,
    adding how many like it were held back; holds back all of them while `quiet()` is true."""

    def __init__(
        self,
        quiet: Callable[[], bool],
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.quiet = quiet
        self.window = window
        self.clock = clock
        self.held = 0
        self._last: dict[tuple[str, int, str], tuple[float, int]] = {}
        self._lock = threading.Lock()  # faust's consumer logs from its own thread

    def filter(self, record: logging.LogRecord) -> bool:
        """False to drop the record."""
        if record.levelno < logging.WARNING:
            return True
        with self._lock:
            if self.quiet():
                self.held += 1
                return False
            return self._once_per_window(record)

    def _once_per_window(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.levelno, str(record.msg))
        now = self.clock()
        shown_at, held = self._last.get(key, (None, 0))
        if shown_at is not None and now - shown_at < self.window:
            self._last[key] = (shown_at, held + 1)
            self.held += 1
            return False
        self._last[key] = (now, 0)
        if held:
            record.msg = f"{record.msg} [{held} more like this in the last {self.window:.0f} s]"
        return True

    def take_held(self) -> int:
        """How many records were held back since the last call."""
        with self._lock:
            held, self.held = self.held, 0
            return held

    def install(self) -> None:
        """Filter the Kafka client's loggers."""
        for name in CLIENT_LOGGERS:
            logging.getLogger(name).addFilter(self)

    def uninstall(self) -> None:
        """Stop filtering."""
        for name in CLIENT_LOGGERS:
            logging.getLogger(name).removeFilter(self)
