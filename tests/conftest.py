"""Shared fixtures: one broker per test session, fresh topics and group per test; the coder
the unit tests of roles and wire copy use (every event kept, whatever its confidence).

The broker is the embedded Tansu unless TENSIONWATCH_TEST_BOOTSTRAP names a running one
(CI points it at the Apache Kafka broker that scripts/kafka-kraft starts).
"""

from __future__ import annotations

import gc
import json
import os
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tensionwatch.adapters.devbroker import EmbeddedBroker
from tensionwatch.domain.coder import Coder

pytest_plugins = ("tests.streaming",)


@pytest.fixture(scope="module")
def coder() -> Coder:
    """A coder that keeps every event (a test module may define its own to override it)."""
    return Coder(min_confidence=0.0)


class BrokerInfo:
    """Where the test broker is and what it can do."""

    def __init__(self, bootstrap: str, kind: str) -> None:
        self.bootstrap = bootstrap
        self.kind = kind

    @property
    def has_transactions(self) -> bool:
        """Apache Kafka has them; the embedded broker does not."""
        return self.kind == "kafka"


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerInfo]:
    """The session's broker: TENSIONWATCH_TEST_BOOTSTRAP, or an embedded Tansu."""
    external = os.environ.get("TENSIONWATCH_TEST_BOOTSTRAP")
    if external:
        yield BrokerInfo(external, os.environ.get("TENSIONWATCH_TEST_BROKER_KIND", "kafka"))
        return
    log = tmp_path_factory.mktemp("tansu") / "tansu.log"
    with EmbeddedBroker(log_path=log) as embedded:
        yield BrokerInfo(embedded.bootstrap, "tansu")


# Sockets that a client library (aiokafka, aiohttp) left open when a test's event loop closed,
# collected at that test's own teardown: "test id: warning" lines for the terminal summary.
LEFT_OPEN: list[str] = []


@pytest.fixture(autouse=True)
def collect_what_the_test_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each broker or end-to-end test (its event loop closed by then: this fixture is set
    up first, so torn down last), collect its garbage and list the sockets left unclosed.

    A transport whose close was still pending when the loop closed (a TLS shutdown, say) is
    reclaimed only by a full collection. Left to chance, that collection came in a later test
    (the coder's start-up calls gc.collect()), and pytest failed that test, which had no part
    in it, for an "unraisable" ResourceWarning. Here the leak is caught at the test that made
    it and printed in the summary, not raised; any other warning a finalizer gives still fails.
    """
    yield
    if "tests/unit" in str(request.path):
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        gc.collect()
    LEFT_OPEN.extend(f"{request.node.nodeid}: {w.message}" for w in caught)


@pytest.fixture
def unique() -> str:
    """A short random suffix for topic and group names, so tests never share state."""
    return uuid.uuid4().hex[:10]


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    """Faust's state directory for one test."""
    return str(tmp_path / "faust")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/integration needs a broker: mark it so."""
    for item in items:
        if "tests/integration" in str(item.path):
            item.add_marker(pytest.mark.integration)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the figures of the fault runs (duplicated and lost outputs, recovery times)."""
    from tests.faults import FIGURES

    if LEFT_OPEN:
        terminalreporter.section("sockets left open by client libraries (collected at teardown)")
        for line in LEFT_OPEN:
            terminalreporter.write_line(line)
    if not FIGURES:
        return
    terminalreporter.section("fault runs (outputs counted by identity)")
    for figures in FIGURES:
        terminalreporter.write_line(json.dumps(figures))
