"""The whole path on a real broker: article in, events, escalations and dead letters out."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from aiokafka import AIOKafkaProducer
from faust.types import TP
from prometheus_client import CollectorRegistry

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import free_port
from tensionwatch.adapters.web import ProbeRoutes, WebServer
from tensionwatch.bench.articles import make_articles
from tensionwatch.bootstrap import bootstrap
from tensionwatch.service.handler import RecordMeta
from tensionwatch.stream.app import consumer_fetcher
from tensionwatch.stream.outbox import partition_of
from tensionwatch.stream.runner import running, until
from tests.conftest import BrokerInfo
from tests.fakes import KeywordCoder
from tests.processes import settings_env, start_worker, stop
from tests.streaming import SettingsFactory, prepared

ARTICLE = {
    "id": "it-1",
    "body": "Troops shelled the town on Monday. Envoys met in Geneva.",
    "published_at": "2026-11-20T08:00:00Z",
}


async def test_an_article_in_gives_events_and_an_escalation_out(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    settings = make_settings()
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    async with running(service):
        await producer.send_and_wait(settings.topic_articles, json.dumps(ARTICLE).encode())
        await downstream.collect(3)
    events = downstream.on(settings.topic_events)
    escalations = downstream.on(settings.topic_escalations)
    assert sorted(e["plover_type"] for e in events) == ["ASSAULT", "CONSULT"]
    assert [e["cameo_code"] for e in escalations] == ["190"]
    assert {r.key for r in downstream.records} == {b"RUS|UKR"}
    assert all(e["article_id"] == "it-1" for e in events)


async def test_bad_payloads_go_to_the_dead_letter_topic_and_the_worker_goes_on(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    settings = make_settings(max_record_bytes=2_000)
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    bad = {
        b"{truncated": "invalid_json",
        b'{"id": "n", "title": "no body"}': "invalid_schema",
        b'{"id": "e", "body": " "}': "empty_body",
        json.dumps({"id": "big", "body": "x" * 3_000}).encode(): "oversize",
        b'{"id": "fr", "body": "Bonjour.", "language": "fr"}': "unsupported_language",
    }
    async with running(service):
        for raw in bad:
            await producer.send_and_wait(settings.topic_articles, raw, partition=0)
        await producer.send_and_wait(
            settings.topic_articles, json.dumps(ARTICLE).encode(), partition=0
        )
        await downstream.collect(len(bad) + 3)
    letters = downstream.on(settings.topic_dead_letters)
    by_original = {
        base64.b64decode(letter["original"], validate=True): letter for letter in letters
    }
    assert {raw: by_original[raw]["reason"] for raw in bad} == bad
    assert all(letter["source_topic"] == settings.topic_articles for letter in letters)
    assert sorted(letter["source_offset"] for letter in letters) == list(range(len(bad)))
    assert len(downstream.on(settings.topic_events)) == 2, "the good article after them is coded"


async def test_metrics_expose_the_domain_counters_and_faust_sensors(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    settings = make_settings()
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    async with running(service), ClientSession() as http:
        await producer.send_and_wait(settings.topic_articles, json.dumps(ARTICLE).encode())
        await producer.send_and_wait(settings.topic_articles, b"not json")
        await downstream.collect(4)
        # The outputs are visible before the commit that counts them returns.
        await until(lambda: service.progress.records == 2, 10, "both records committed")
        async with http.get(f"{service.web.url}/metrics") as response:
            assert response.status == 200
            text = await response.text()
    expected = [
        "tensionwatch_articles_consumed_total 1.0",
        "tensionwatch_sentences_total 2.0",
        'tensionwatch_events_coded_total{plover_type="ASSAULT",quad_class="4"} 1.0',
        'tensionwatch_dead_letters_total{reason="invalid_json"} 1.0',
        "tensionwatch_escalations_total 1.0",
        'tensionwatch_processing_duration_seconds_count{stage="code"} 1.0',
        "tensionwatch_event_delay_seconds_bucket",
        "tensionwatch_consumer_lag_records",
        "tensionwatch_build_info",
        "faust_messages_received_total",
    ]
    missing = [line for line in expected if line not in text]
    assert missing == []


async def test_readyz_flips_to_ready_after_partitions_are_assigned(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings()
    service = await prepared(settings, KeywordCoder())
    assert not service.readiness()
    async with running(service), ClientSession() as http:
        async with http.get(f"{service.web.url}/readyz") as response:
            assert response.status == 200
        async with http.get(f"{service.web.url}/healthz") as response:
            assert response.status == 200
    assert service.readiness.assigned


async def test_readyz_answers_503_until_the_worker_has_partitions(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings()
    service = bootstrap(settings, coder=KeywordCoder())
    early = WebServer(ProbeRoutes(CollectorRegistry(), service.readiness), port=0)
    await early.start()
    try:
        async with ClientSession() as http:
            async with http.get(f"{early.url}/readyz") as response:
                assert response.status == 503
            async with http.get(f"{early.url}/healthz") as response:
                assert response.status == 200
            await ensure_topics(settings, service.topics.names(), service.topics.compacted())
            async with running(service), http.get(f"{early.url}/readyz") as response:
                assert response.status == 200
    finally:
        await early.stop()


async def test_readyz_goes_503_in_a_rebalance_until_the_owners_have_taken_their_partitions(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    """A second worker joins: faust ends the rebalance ("Worker ready": recovery done,
    `app.rebalancing` false again) while the first worker's delivery is still taking its
    partitions in the assignment callback, held here. Before, the first worker answered 200
    throughout that wait; now it is not ready until the owner has read its offsets."""
    settings = make_settings()
    service = await prepared(settings, KeywordCoder())
    app, owner = service.app, service.delivery
    held, taking = asyncio.Event(), asyncio.Event()
    take = owner.on_assigned

    async def held_take(assigned: set[TP]) -> None:
        taking.set()
        await held.wait()
        await take(assigned)

    log = tmp_path / "second.log"
    async with running(service):
        assert service.readiness()
        rebalances = app.rebalancing_count
        owner.on_assigned = held_take  # type: ignore[method-assign]
        env = settings_env(settings, web_port=str(free_port()))
        second = start_worker(env, log, cwd=tmp_path)
        try:
            await until(taking.is_set, 90, "the rebalance to reach the delivery")
            recovery: Any = getattr(app.tables, "recovery")  # noqa: B009

            def faust_done() -> bool:
                ended = app.rebalancing_count > rebalances and not app.rebalancing
                return ended and bool(recovery.completed.is_set())

            await until(faust_done, 30, "faust to end the rebalance")
            await asyncio.sleep(0.5)
            assert not service.readiness(), "the delivery has not taken its partitions yet"
            async with ClientSession() as http, http.get(f"{service.web.url}/readyz") as got:
                assert got.status == 503
            held.set()
            await until(service.readiness, 30, "the delivery to take its partitions")
        finally:
            held.set()
            code = stop(second)
    assert code == 0, log.read_text(errors="replace")[-3000:]


async def test_each_dyad_keeps_its_partition_and_its_order(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    settings = make_settings(partitions=4)
    service = await prepared(settings)  # the real coder: many dyads, many events per article
    downstream = await downstream_of(settings)
    records = make_articles(8)
    expected: dict[bytes, list[str]] = {}
    for number, raw in enumerate(records):
        for output in service.handler.handle(raw, RecordMeta(settings.topic_articles, 0, number)):
            if output.kind == "event":
                expected.setdefault(output.key, []).append(json.loads(output.value)["event_id"])
    async with running(service):
        for raw in records:  # one input partition: the worker codes them in this order
            await producer.send_and_wait(settings.topic_articles, raw, partition=0)
        await downstream.collect_on(settings.topic_events, sum(map(len, expected.values())))
    arrived: dict[bytes, list[str]] = {}
    for record in downstream.records:
        if record.topic == settings.topic_events:
            assert record.key is not None and record.value is not None
            assert record.partition == partition_of(record.key, 4), record.key
            arrived.setdefault(record.key, []).append(json.loads(record.value)["event_id"])
    assert len(expected) > 4, "the articles name several dyads"
    assert arrived == expected


async def test_the_consumer_holds_empty_fetches_only_as_long_as_configured(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings(fetch_max_wait_seconds=0.2)
    service = await prepared(settings, KeywordCoder())

    def fetch_wait_ms() -> int | None:
        return getattr(consumer_fetcher(service.app), "_fetch_max_wait_ms", None)

    async with running(service):
        await until(lambda: fetch_wait_ms() == 200, 10.0, "the fetch wait to be set")


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_a_record_whose_dead_letter_would_be_too_large_does_not_stop_the_worker(
    broker: BrokerInfo,
    make_settings: SettingsFactory,
    downstream_of: Any,
    producer: AIOKafkaProducer,
    guarantee: str,
) -> None:
    """A 300 KB key and a 590 KB body that is not JSON (890 KB, which the broker takes) once
    made a 1.49 MB dead letter: the broker refused it, the worker exited and, restarted,
    read the same record again. Now the dead letter is cut to fit and the stream goes on
    (in-process: an exit would end the test run)."""
    if guarantee == "exactly_once" and not broker.has_transactions:
        pytest.skip("the embedded broker has no transactions")
    settings = make_settings(max_record_bytes=1_000_000, processing_guarantee=guarantee)
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    key, raw = b"k" * 300_000, b"\xfe" + b"x" * 590_000
    async with running(service):
        await producer.send_and_wait(settings.topic_articles, raw, key=key, partition=0)
        await producer.send_and_wait(
            settings.topic_articles, json.dumps(ARTICLE).encode(), partition=0
        )
        await downstream.collect(3, timeout=60)
    [letter] = [r for r in downstream.records if r.topic == settings.topic_dead_letters]
    assert letter.key is not None and letter.value is not None
    assert len(letter.key) + len(letter.value) <= 1_000_000
    decoded = json.loads(letter.value)
    assert base64.b64decode(decoded["original"], validate=True) == raw
    assert decoded["original_key_size"] == len(key)
    assert decoded["reason"] == "invalid_json"
    assert len(downstream.on(settings.topic_events)) == 2, "the next article is coded"
