"""Every query of the Grafana dashboard returns data from real Prometheus scraping a live worker.

The queries are read from the dashboard JSON that compose provisions, so what is checked is
what ships. Grafana's variables are given values as Grafana would: `$job` the scrape job,
`$__rate_interval` a window of several scrapes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.devbroker import free_port
from tensionwatch.stream.runner import running
from tests.conftest import BrokerInfo
from tests.e2e.conftest import require_binary, start_prometheus
from tests.fakes import KeywordCoder
from tests.streaming import SettingsFactory, prepared

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "tensionwatch.json"
JOB = "tensionwatch"

pytestmark = pytest.mark.e2e


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, PromQL) for every target of every panel."""
    board = json.loads(DASHBOARD.read_text("utf-8"))
    return [(p["title"], t["expr"]) for p in board["panels"] for t in p["targets"]]


def as_grafana_runs_it(expr: str) -> str:
    return expr.replace("$__rate_interval", "15s").replace("$job", JOB)


def test_the_dashboard_json_is_what_the_generator_builds() -> None:
    checked = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "deploy" / "grafana" / "dashboard.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_dashboard_has_a_panel_for_each_view_the_operator_needs() -> None:
    titles = {title for title, _ in dashboard_queries()}
    assert titles == {
        "Readiness per worker",
        "Throughput in and out",
        "Processing latency by stage",
        "Ingest to event delay",
        "Consumer lag (records)",
        "Consumer lag (seconds)",
        "Dead letters by reason",
        "Events by PLOVER type",
        "Escalations and alerts",
    }


@pytest.mark.slow
async def test_every_dashboard_query_returns_data_from_a_live_worker(
    make_settings: SettingsFactory, broker: BrokerInfo, tmp_path: Path
) -> None:
    binary = require_binary("prometheus")
    settings = make_settings(lag_interval_seconds=1.0)
    service = await prepared(settings, KeywordCoder())
    async with running(service):
        port = free_port()
        prometheus = start_prometheus(binary, tmp_path, service.web.port, port, JOB)
        feeder = asyncio.create_task(feed(broker, settings.topic_articles))
        try:
            results = {}
            for _title, expr in dashboard_queries():
                results[expr] = await until_data(port, as_grafana_runs_it(expr))
        finally:
            feeder.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await feeder
            prometheus.terminate()
            prometheus.wait(timeout=10)
    assert len(results) == len({expr for _, expr in dashboard_queries()})


async def feed(broker: BrokerInfo, topic: str) -> None:
    """Articles that escalate, talks, and a record that is not JSON, a few a second."""
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        number = 0
        while True:
            number += 1
            body = "Troops shelled the town. The ministers met in Geneva."
            article = {"id": f"g{number}", "body": body}
            await producer.send_and_wait(topic, json.dumps(article).encode())
            if number % 5 == 0:
                await producer.send_and_wait(topic, b"{not json")
            await asyncio.sleep(0.2)
    finally:
        await producer.stop()


async def until_data(port: int, query: str, timeout: float = 60) -> list[Any]:
    """The query's result once it has a series with a number (not NaN) in it."""
    url = f"http://127.0.0.1:{port}/api/v1/query"
    body: dict[str, Any] = {}
    try:
        async with asyncio.timeout(timeout), ClientSession() as http:
            while True:
                async with http.get(url, params={"query": query}) as response:
                    if response.status == 503:  # Prometheus is still starting
                        await asyncio.sleep(0.5)
                        continue
                    body = await response.json()
                assert body["status"] == "success", body
                results: list[Any] = body["data"]["result"]
                if any(not math.isnan(float(r["value"][1])) for r in results):
                    return results
                await asyncio.sleep(0.5)
    except TimeoutError:
        pytest.fail(f"no data in {timeout:.0f}s for {query}: {body}")
