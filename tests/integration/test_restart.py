"""At-least-once across a crash: a worker killed mid-backlog loses nothing on restart."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import free_port
from tensionwatch.settings import Settings
from tests.integration.test_demo import ARTICLE_TEXT
from tests.processes import settings_env
from tests.streaming import SettingsFactory

ARTICLES = 2_000  # several seconds of work, so the kill lands mid-backlog


def worker_env(settings: Settings, port: int) -> dict[str, str]:
    return settings_env(
        settings,
        data_dir=settings.data_dir,
        web_port=str(port),
        session_timeout_seconds="6",
        batch_max="20",
    )


def start_worker(settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "tensionwatch.entrypoints.cli",
                "worker",
                "--loglevel",
                "warning",
            ],
            env=worker_env(settings, free_port()),
            stdout=out,
            stderr=subprocess.STDOUT,
        )


@pytest.mark.slow
async def test_a_killed_worker_loses_no_article_on_restart(
    make_settings: SettingsFactory,
    downstream_of: Any,
    producer: AIOKafkaProducer,
    tmp_path: Path,
) -> None:
    settings = make_settings()
    await ensure_topics(
        settings,
        [
            settings.topic_articles,
            settings.topic_dead_letters,
            settings.topic_events,
            settings.topic_escalations,
        ],
    )
    for number in range(ARTICLES):
        record = {"id": f"r-{number}", "body": ARTICLE_TEXT}
        await producer.send(settings.topic_articles, json.dumps(record).encode())
    await producer.flush()
    downstream = await downstream_of(settings)
    log = tmp_path / "worker.log"

    first = start_worker(settings, log)
    try:
        # Part-way through the backlog, counted on the events topic alone: escalations can
        # arrive first, and a count over every topic would then stop before any event.
        await downstream.collect_on(settings.topic_events, 50, timeout=60)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    seen_before_kill = len({e["article_id"] for e in downstream.on(settings.topic_events)})
    assert 0 < seen_before_kill < ARTICLES, "the kill must land mid-backlog"
    second = start_worker(settings, log)
    try:
        await _until_every_article_seen(downstream, settings.topic_events, timeout=150)
    finally:
        second.terminate()
        second.wait(timeout=30)

    events = downstream.on(settings.topic_events)
    by_id: dict[str, Any] = {}
    for event in events:
        assert by_id.setdefault(event["event_id"], event) == event, "a replay is identical"
    assert {e["article_id"] for e in events} == {f"r-{n}" for n in range(ARTICLES)}, log.read_text(
        errors="replace"
    )[-2000:]


async def _until_every_article_seen(downstream: Any, topic: str, timeout: float) -> None:
    async with asyncio.timeout(timeout):
        while len({e["article_id"] for e in downstream.on(topic)}) < ARTICLES:
            await downstream.settle(0.5)
