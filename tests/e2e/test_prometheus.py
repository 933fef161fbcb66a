"""Prometheus for real: the alert rules under promtool, and a live scrape of a worker."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
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

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"

pytestmark = pytest.mark.e2e


def test_alert_rules_are_valid_and_their_unit_tests_pass() -> None:
    promtool = require_binary("promtool")
    checked = subprocess.run(
        [promtool, "check", "rules", str(DEPLOY / "prometheus" / "alerts.yml")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = subprocess.run(
        [promtool, "test", "rules", "alerts_test.yml"],
        cwd=DEPLOY / "prometheus",
        capture_output=True,
        text=True,
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr


@pytest.mark.parametrize("config", ["prometheus/prometheus.yml", "compose/prometheus.yml"])
def test_the_shipped_scrape_configs_are_valid(config: str, tmp_path: Path) -> None:
    promtool = require_binary("promtool")
    shutil.copy(DEPLOY / config, tmp_path / "prometheus.yml")
    shutil.copy(DEPLOY / "prometheus" / "alerts.yml", tmp_path / "alerts.yml")
    checked = subprocess.run(
        [promtool, "check", "config", str(tmp_path / "prometheus.yml")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.slow
async def test_prometheus_scrapes_the_workers_domain_metrics(
    make_settings: SettingsFactory, broker: BrokerInfo, tmp_path: Path
) -> None:
    binary = require_binary("prometheus")
    settings = make_settings()
    service = await prepared(settings, KeywordCoder())
    async with running(service):
        port = free_port()
        process = start_prometheus(binary, tmp_path, service.web.port, port, "tensionwatch-e2e")
        try:
            await _publish(broker, settings.topic_articles)
            result = await _query_until(port, "tensionwatch_articles_consumed_total", "1")
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert result["metric"]["job"] == "tensionwatch-e2e"


async def _publish(broker: BrokerInfo, topic: str) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await producer.start()
    try:
        article = {"id": "e2e", "body": "Troops shelled the town."}
        await producer.send_and_wait(topic, json.dumps(article).encode())
    finally:
        await producer.stop()


async def _query_until(port: int, query: str, value: str, timeout: float = 40) -> Any:
    url = f"http://127.0.0.1:{port}/api/v1/query"
    async with asyncio.timeout(timeout), ClientSession() as http:
        while True:
            async with http.get(url, params={"query": query}) as response:
                if response.status == 503:  # Prometheus is still starting
                    await asyncio.sleep(0.5)
                    continue
                body = await response.json()
            results = body["data"]["result"]
            if results and results[0]["value"][1] == value:
                return results[0]
            await asyncio.sleep(0.5)
