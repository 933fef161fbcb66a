"""Broker-side fixtures (a pytest plugin): settings with fresh topics, a producer, a reader."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.bootstrap import Service, bootstrap
from tensionwatch.domain.pipeline import SentenceCoder
from tensionwatch.settings import Settings
from tests.conftest import BrokerInfo

SettingsFactory = Callable[..., Settings]


@pytest.fixture
def make_settings(broker: BrokerInfo, unique: str, data_dir: str) -> SettingsFactory:
    """Settings on the test broker with topic and group names of this test only."""

    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "broker": broker.bootstrap,
            "app_id": f"tw-test-{unique}",
            "data_dir": data_dir,
            "web_port": 0,
            "topic_articles": f"articles-{unique}",
            "topic_dead_letters": f"articles-{unique}.dlq",
            "topic_events": f"events-{unique}",
            "topic_escalations": f"escalations-{unique}",
            "topic_attempts": f"attempts-{unique}",
            "topic_coded": f"coded-{unique}",
            "topic_clusters": f"clusters-{unique}",
            "topic_index": f"index-{unique}",
            "topic_alerts": f"alerts-{unique}",
            "partitions": 2,
            "rebalance_timeout_seconds": 2.0,
            "commit_interval_seconds": 0.5,
        }
        return Settings(**(values | overrides))

    return make


class Downstream:
    """Reads the service's output topics from the beginning."""

    def __init__(self, consumer: AIOKafkaConsumer) -> None:
        self.consumer = consumer
        self.records: list[ConsumerRecord[bytes, bytes]] = []

    async def collect(
        self, count: int, timeout: float = 30.0
    ) -> list[ConsumerRecord[bytes, bytes]]:
        """Wait until `count` records have arrived in all; fail after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            while len(self.records) < count:
                batch = await self.consumer.getmany(timeout_ms=200)
                for records in batch.values():
                    self.records.extend(records)
        return self.records

    async def collect_on(self, topic: str, count: int, timeout: float = 30.0) -> list[Any]:
        """Wait until `count` records have arrived on `topic`; their decoded values."""
        async with asyncio.timeout(timeout):
            while len(self.on(topic)) < count:
                batch = await self.consumer.getmany(timeout_ms=200)
                for records in batch.values():
                    self.records.extend(records)
        return self.on(topic)

    async def settle(self, seconds: float = 1.5) -> list[ConsumerRecord[bytes, bytes]]:
        """Everything that arrives within `seconds`: to check nothing more came."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while loop.time() < deadline:
            batch = await self.consumer.getmany(timeout_ms=200)
            for records in batch.values():
                self.records.extend(records)
        return self.records

    def on(self, topic: str) -> list[Any]:
        """Decoded values that arrived on `topic`."""
        return [json.loads(r.value) for r in self.records if r.topic == topic]


@pytest.fixture
async def downstream_of(broker: BrokerInfo) -> AsyncIterator[Callable[..., Any]]:
    """Start a reader of the given settings' output topics (with `tension=True`, the tension
    stage's too)."""
    consumers: list[AIOKafkaConsumer] = []

    async def start(settings: Settings, tension: bool = False) -> Downstream:
        consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap, enable_auto_commit=False)
        await consumer.start()
        consumers.append(consumer)
        topics = [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
        if tension:  # the tension stage's outputs too
            topics += [settings.topic_clusters, settings.topic_index, settings.topic_alerts]
        partitions = [TopicPartition(t, p) for t in topics for p in range(settings.partitions)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        return Downstream(consumer)

    yield start
    for consumer in consumers:
        await consumer.stop()


@pytest.fixture
async def producer(broker: BrokerInfo) -> AsyncIterator[AIOKafkaProducer]:
    """A plain producer, as a scraper would use."""
    client = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
    await client.start()
    yield client
    await client.stop()


async def prepared(settings: Settings, coder: SentenceCoder | None = None) -> Service:
    """The service wired on `settings` (the real coder unless one is given), topics created."""
    service = bootstrap(settings, coder=coder)
    await ensure_topics(settings, service.topics.names(), service.topics.compacted())
    return service
