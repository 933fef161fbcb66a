"""processing_guarantee=exactly_once: needs broker transactions (Apache Kafka, not Tansu)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from tensionwatch.stream.runner import running
from tests.conftest import BrokerInfo
from tests.fakes import KeywordCoder
from tests.streaming import SettingsFactory, prepared

pytestmark = pytest.mark.realkafka


async def test_exactly_once_workers_publish_committed_events(
    broker: BrokerInfo,
    make_settings: SettingsFactory,
    producer: AIOKafkaProducer,
) -> None:
    if not broker.has_transactions:
        pytest.skip("the embedded broker has no transactions (InitProducerId fails)")
    settings = make_settings(processing_guarantee="exactly_once")
    service = await prepared(settings, KeywordCoder())
    article = {"id": "eos-1", "body": "Troops shelled the town. Envoys met in Geneva."}
    async with running(service):
        await producer.send_and_wait(settings.topic_articles, json.dumps(article).encode())
        events = await _read_committed(broker, settings.topic_events, settings.partitions, 2)
    assert sorted(e["plover_type"] for e in events) == ["ASSAULT", "CONSULT"]


async def _read_committed(broker: BrokerInfo, topic: str, partitions: int, count: int) -> Any:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=broker.bootstrap, isolation_level="read_committed"
    )
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        values: list[Any] = []
        while len(values) < count:
            batch = await consumer.getmany(timeout_ms=30_000)
            assert batch, f"no committed events within 30s (got {len(values)} of {count})"
            values += [json.loads(r.value) for rs in batch.values() for r in rs]
        return values
    finally:
        await consumer.stop()
