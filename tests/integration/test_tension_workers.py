"""The tension stage in worker processes: a SIGKILL and a restart, and two workers sharing
the topics (both answer every query alike)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.devbroker import free_port
from tensionwatch.adapters.queries import ANSWERED_BY
from tensionwatch.bench.stats import metric_sum
from tensionwatch.settings import Settings
from tests.conftest import BrokerInfo
from tests.fakes import ScriptCoder
from tests.integration.test_tension import DYAD, SCRIPTED, drained, last_by_key, publish
from tests.processes import SCRIPTED_WORKER, settings_env, start_module
from tests.streaming import SettingsFactory, prepared
from tests.tension_scenarios import WEEK, Run, coded, many_dyads, talks_to_shelling

pytestmark = pytest.mark.slow
START_TIMEOUT = 90.0


async def answer(http: aiohttp.ClientSession, url: str, timeout: float = 30.0) -> tuple[Any, str]:
    """The JSON of a 200 answer (retrying 503s, which a rebalance causes), and who gave it."""
    last = "no answer"
    try:
        async with asyncio.timeout(timeout):
            while True:
                try:
                    async with http.get(url) as response:
                        if response.status == 200:
                            return await response.json(), response.headers.get(ANSWERED_BY, "")
                        last = f"{response.status} {await response.text()}"
                        assert response.status == 503, last
                except aiohttp.ClientConnectionError as error:
                    last = repr(error)
                await asyncio.sleep(0.2)
    except TimeoutError:
        raise AssertionError(f"{url}: no answer in {timeout:.0f}s; last: {last}") from None


async def ready(http: aiohttp.ClientSession, port: int, worker: subprocess.Popen[bytes]) -> None:
    """Until the worker on `port` says it is ready."""
    async with asyncio.timeout(START_TIMEOUT):
        while True:
            assert worker.poll() is None, "the worker exited while starting"
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.2)


async def metrics(http: aiohttp.ClientSession, port: int, name: str) -> float:
    async with http.get(f"http://127.0.0.1:{port}/metrics") as response:
        return metric_sum(await response.text(), name)


def scripted_worker(
    settings: Settings, log: Path, port: int, **extra: str
) -> subprocess.Popen[bytes]:
    """A worker process with the scripted coder, serving on `port`."""
    env = settings_env(
        settings,
        data_dir=str(log.with_suffix(f".{port}.data")),
        language_sample_chars=str(settings.language_sample_chars),
        web_port=str(port),
        session_timeout_seconds="10",
        **extra,
    )
    return start_module(SCRIPTED_WORKER, env, log)


def stop(worker: subprocess.Popen[bytes], how: signal.Signals = signal.SIGTERM) -> None:
    if worker.poll() is None:
        worker.send_signal(how)
    worker.wait(timeout=30)


@pytest.mark.realkafka
async def test_a_killed_worker_recovers_its_tables_and_repeats_no_alert(
    broker: BrokerInfo,
    make_settings: SettingsFactory,
    downstream_of: Any,
    producer: AIOKafkaProducer,
    tmp_path: Path,
) -> None:
    if broker.kind == "tansu":
        pytest.skip(
            "the embedded broker reports a partition's end as its last record batch's start, "
            "so faust's recovery stops after the first batch of a changelog"
        )
    settings = make_settings(**SCRIPTED)
    await prepared(settings, ScriptCoder())  # creates the topics
    downstream = await downstream_of(settings, tension=True)
    articles = talks_to_shelling()
    first, last_day = articles[:-3], articles[-3:]
    index_url = "http://127.0.0.1:{port}/tension/dyads/" + quote(DYAD)
    log = tmp_path / "workers.log"
    async with aiohttp.ClientSession() as http:
        port = free_port()
        worker = scripted_worker(settings, log, port)
        try:
            await publish(producer, settings.topic_articles, first)
            await drained(downstream, settings, first)
            before, _ = await answer(http, index_url.format(port=port))
        finally:
            stop(worker, signal.SIGKILL)
        assert before["escalated_since"] == WEEK[5], log.read_text()[-3000:]

        port = free_port()
        worker = scripted_worker(settings, log, port)
        try:
            await ready(http, port, worker)
            recovered, _ = await answer(http, index_url.format(port=port))
            # The same articles again (a scraper's retry): every event is one it counted.
            await publish(producer, settings.topic_articles, first)
            replayed = await _replayed(http, port, len(coded(first)))
            recovery = await metrics(http, port, "tensionwatch_table_recovery_seconds_sum")
            await publish(producer, settings.topic_articles, last_day)
            expected = Run().feed(coded(articles)).final_index()[DYAD]
            after = await _settled(http, index_url.format(port=port), expected)
            await downstream.settle(1.5)
        finally:
            stop(worker)
    print(f"table recovery after SIGKILL: {recovery:.3f}s")  # noqa: T201 - a measured figure
    assert recovered == before, "the tables came back from their changelogs"
    assert replayed == {"counted": 0.0, "duplicate": float(len(coded(first)))}
    assert after == expected
    alerts = downstream.on(settings.topic_alerts)
    assert [a["status"] for a in alerts].count("raised") == 1
    assert all(a != b for a, b in zip(alerts, alerts[1:], strict=False)), "no alert repeated"


async def _replayed(http: aiohttp.ClientSession, port: int, events: int) -> dict[str, float]:
    """How the restarted worker's stage took the replayed events, once it has read them all."""
    name = 'tensionwatch_tension_events_total{outcome="%s"}'
    async with asyncio.timeout(60):
        while True:
            seen = {o: await metrics(http, port, name % o) for o in ("counted", "duplicate")}
            if sum(seen.values()) >= events:
                return seen
            await asyncio.sleep(0.2)


async def _settled(http: aiohttp.ClientSession, url: str, expected: Any) -> Any:
    """The dyad's index once it equals `expected`, else as it stands after 60 s. The last
    day's events reach the stage in more than one slice (one per partition, or again after a
    retry), so the day turns before all of them are counted."""
    deadline = asyncio.get_running_loop().time() + 60
    while True:
        index, _ = await answer(http, url)
        if index == expected or asyncio.get_running_loop().time() > deadline:
            return index
        await asyncio.sleep(0.2)


async def test_two_workers_sharing_the_topics_answer_every_dyad_alike(
    make_settings: SettingsFactory,
    downstream_of: Any,
    producer: AIOKafkaProducer,
    tmp_path: Path,
) -> None:
    # Production timeouts: members must finish a rebalance (a slice in flight, recovery) in time.
    settings = make_settings(partitions=4, rebalance_timeout_seconds=10.0, **SCRIPTED)
    await prepared(settings, ScriptCoder())
    downstream = await downstream_of(settings, tension=True)
    articles = many_dyads()
    ports = [free_port(), free_port()]
    workers = [
        scripted_worker(settings, tmp_path / f"w{n}.log", port) for n, port in enumerate(ports)
    ]
    try:
        async with aiohttp.ClientSession() as http:
            for port, worker in zip(ports, workers, strict=True):
                await ready(http, port, worker)
            await publish(producer, settings.topic_articles, articles)
            await drained(downstream, settings, articles)
            expected = last_by_key(downstream.on(settings.topic_index), "dyad")
            lists = [await answer(http, _url(p, "/tension/dyads?limit=1000")) for p in ports]
            alerts = [await answer(http, _url(p, "/tension/alerts")) for p in ports]
            singles = {
                (dyad, port): await answer(http, _url(port, f"/tension/dyads/{quote(dyad)}"))
                for dyad in expected
                for port in ports
            }
    finally:
        for worker in workers:
            stop(worker)
    assert len(expected) == 12
    assert lists[0][0] == lists[1][0]
    assert {item["dyad"]: item for item in lists[0][0]["items"]} == expected
    assert alerts[0][0] == alerts[1][0]
    assert all(body == expected[dyad] for (dyad, _), (body, _) in singles.items())
    answered_by = {by for _, by in singles.values()}
    assert answered_by == {f"http://127.0.0.1:{port}" for port in ports}, "both hold dyads"


def _url(port: int, path: str) -> str:
    return f"http://127.0.0.1:{port}{path}"
