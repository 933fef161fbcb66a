"""Faults under load on Apache Kafka: kills, a scale-out and back, a broker restart.

Each run drains a backlog of seed-size articles (one in a hundred not JSON) through worker
processes while the fault happens, then counts every output by identity (`tests/faults.py`):
events and escalations by event id, dead letters by their original bytes. The figures of every
run are printed at the end of the session.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.settings import Settings
from tests.conftest import BrokerInfo
from tests.faults import FIGURES, Backlog, Tally, Workers, backlog, fill
from tests.kafka import KafkaBroker
from tests.streaming import SettingsFactory

pytestmark = [pytest.mark.realkafka, pytest.mark.slow]

#: The backlog of a run: long enough that each fault lands while the workers are at work and
#: outputs flow again after it (the recovery is timed). 1,200 where a second worker must join
#: and take partitions while the first still codes; half that where one worker is killed or the
#: broker restarted at a share of the backlog, whose count is not what is asserted.
ARTICLES = 1_200
SHORT = 600
PARTITIONS = 4
BATCH = 20  # TENSIONWATCH_BATCH_MAX of the workers (tests/faults.py)


@pytest.fixture
def kafka_only(broker: BrokerInfo) -> None:
    if not broker.has_transactions:
        pytest.skip("fault runs need Apache Kafka (transactions, a broker to restart)")


async def started(
    settings: Settings, read_committed: bool, articles: int = SHORT
) -> tuple[Backlog, Tally]:
    expected = backlog(articles)
    names = [
        settings.topic_articles,
        settings.topic_dead_letters,
        settings.topic_events,
        settings.topic_escalations,
    ]
    await ensure_topics(settings, names)
    await fill(settings.bootstrap_servers()[0], settings.topic_articles, expected.records)
    return expected, await Tally.start(settings, read_committed)


def outputs(expected: Backlog) -> int:
    return len(expected.events) + len(expected.escalations) + len(expected.letters)


async def progress(tally: Tally, share: float, expected: Backlog) -> None:
    """Wait until `share` of the expected outputs were read."""
    target = share * outputs(expected)
    await tally.until(lambda: tally.total() >= target, 180, f"{share:.0%} of the outputs")


async def recovery(tally: Tally, expected: Backlog) -> float | None:
    """Seconds from now until outputs flow again, once what was already out is read; None if
    the backlog was done first."""
    started = time.monotonic()
    while time.monotonic() - tally.last_growth < 0.5:
        await tally.poll(0.1)
    before = tally.total()
    done = tally.complete(expected)
    await tally.until(lambda: tally.total() > before or done, 180, "outputs after the fault")
    return None if done else round(time.monotonic() - started, 2)


async def finish(tally: Tally, expected: Backlog, workers: Workers) -> dict[str, dict[str, int]]:
    """Wait for every expected output, read a little longer for repeats, report."""
    try:
        await tally.until(lambda: tally.complete(expected), 240, "every expected output")
    except AssertionError as error:
        raise AssertionError(f"{error}\n{tally.report(expected)}\n{workers.tail()}") from None
    await tally.poll(2.0)
    figures: dict[str, dict[str, int]] = tally.report(expected)
    committed = await tally.inputs_committed()
    figures["input"] = {"records": len(expected.records), "committed": committed}
    assert committed == len(expected.records), f"every input committed: {figures}"
    return figures


def record(run: str, figures: dict[str, dict[str, int]], **extra: object) -> None:
    FIGURES.append({"run": run, "articles": figures["input"]["records"], **figures, **extra})


def none_lost_or_unexpected(figures: dict[str, dict[str, int]]) -> bool:
    outputs = [f for kind, f in figures.items() if kind != "input"]
    return all(f["lost"] == 0 and f["unexpected"] == 0 for f in outputs)


async def test_exactly_once_with_two_kills_publishes_every_output_once(
    kafka_only: None, make_settings: SettingsFactory, tmp_path: Path
) -> None:
    settings = make_settings(processing_guarantee="exactly_once", partitions=PARTITIONS)
    expected, tally = await started(settings, read_committed=True)
    workers = Workers(settings, tmp_path)
    recoveries = []
    try:
        workers.start("w1")
        for kill, share in ((1, 0.25), (2, 0.55)):
            await progress(tally, share, expected)
            workers.signal(f"w{kill}", signal.SIGKILL)
            workers.start(f"w{kill + 1}")
            recoveries.append(await recovery(tally, expected))
        figures = await finish(tally, expected, workers)
    finally:
        workers.stop_all()
        await tally.stop()
    record("exactly_once, 2 x SIGKILL", figures, recovery_seconds=recoveries)
    assert none_lost_or_unexpected(figures), figures
    assert all(f.get("duplicated", 0) == 0 for f in figures.values()), figures


async def test_at_least_once_one_to_two_to_one_workers_on_sigterm_repeats_nothing(
    kafka_only: None, make_settings: SettingsFactory, tmp_path: Path
) -> None:
    settings = make_settings(partitions=PARTITIONS)
    expected, tally = await started(settings, read_committed=False, articles=ARTICLES)
    workers = Workers(settings, tmp_path)
    try:
        workers.start("first")
        await progress(tally, 0.02, expected)
        workers.start("second")  # joins a few seconds later, while the first is at work
        await progress(tally, 0.6, expected)
        took = await workers.metric("second", "tensionwatch_articles_consumed_total")
        assert took > 0, "the second worker had partitions and coded some of the backlog"
        assert workers.signal("second", signal.SIGTERM) == 0, workers.tail()
        left = await recovery(tally, expected)
        figures = await finish(tally, expected, workers)
        assert workers.signal("first", signal.SIGTERM) == 0, workers.tail()
    finally:
        workers.stop_all()
        await tally.stop()
    record(
        "at_least_once, 1 -> 2 -> 1 workers (SIGTERM)",
        figures,
        second_worker_articles=took,
        recovery_seconds=[left],
    )
    assert none_lost_or_unexpected(figures), figures
    assert all(f.get("duplicated", 0) == 0 for f in figures.values()), figures


async def test_at_least_once_kill_loses_nothing_and_repeats_at_most_a_batch(
    kafka_only: None, make_settings: SettingsFactory, tmp_path: Path
) -> None:
    settings = make_settings(partitions=PARTITIONS)
    expected, tally = await started(settings, read_committed=False)
    workers = Workers(settings, tmp_path)
    try:
        workers.start("w1")
        await progress(tally, 0.4, expected)
        workers.signal("w1", signal.SIGKILL)
        workers.start("w2")
        recovered = await recovery(tally, expected)
        figures = await finish(tally, expected, workers)
    finally:
        workers.stop_all()
        await tally.stop()
    record("at_least_once, SIGKILL", figures, recovery_seconds=[recovered])
    assert none_lost_or_unexpected(figures), figures
    bound = BATCH * PARTITIONS * expected.most_per_article
    assert figures["event"]["duplicated"] <= bound, figures


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_a_broker_restart_under_load_loses_nothing(
    kafka_only: None, make_settings: SettingsFactory, tmp_path: Path, guarantee: str
) -> None:
    with KafkaBroker(tmp_path / "kafka") as kafka:
        settings = make_settings(
            broker=kafka.bootstrap, processing_guarantee=guarantee, partitions=PARTITIONS
        )
        expected, tally = await started(settings, read_committed=guarantee == "exactly_once")
        workers = Workers(settings, tmp_path)
        try:
            workers.start("w1")
            await progress(tally, 0.3, expected)
            stopped = time.monotonic()
            kafka.stop()
            time.sleep(3)
            kafka.start()
            outage = round(time.monotonic() - stopped, 2)
            recovered = await recovery(tally, expected)
            figures = await finish(tally, expected, workers)
        finally:
            workers.stop_all()
            await tally.stop()
    record(
        f"{guarantee}, broker stop and start",
        figures,
        broker_down_seconds=outage,
        recovery_seconds=[recovered],
    )
    assert none_lost_or_unexpected(figures), figures
    if guarantee == "exactly_once":
        assert all(f.get("duplicated", 0) == 0 for f in figures.values()), figures
