"""Records the broker refuses: their article becomes an `output_rejected` dead letter, the
stream goes on, and the refusal is counted. On Apache Kafka, whose topics enforce
`max.message.bytes` (the embedded broker does not)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from tensionwatch.stream.runner import running, until
from tests.conftest import BrokerInfo
from tests.fakes import KeywordCoder
from tests.streaming import SettingsFactory, prepared

pytestmark = pytest.mark.realkafka

SHORT = {"id": "short", "body": "Troops shelled the town."}
LONG = {"id": "long", "body": "Troops shelled the town " + "and the hills " * 100 + "."}


@pytest.mark.parametrize("stage", ["coding agent", "tension stage"])
@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_an_article_whose_outputs_are_refused_is_dead_lettered_and_the_next_is_coded(
    broker: BrokerInfo,
    make_settings: SettingsFactory,
    downstream_of: Any,
    producer: AIOKafkaProducer,
    guarantee: str,
    stage: str,
) -> None:
    if not broker.has_transactions:
        pytest.skip("the embedded broker does not enforce max.message.bytes")
    # One record per producer batch; the events topic takes ~600-byte events, not ~2 KB ones.
    # Without the tension stage the coding agent publishes the events (and its refusal letters
    # hold the article); with it, the stage does (and its letters hold the refused event).
    with_stage = stage == "tension stage"
    settings = make_settings(
        processing_guarantee=guarantee, producer_max_batch_bytes=1024, tension_enabled=with_stage
    )
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        config = {"max.message.bytes": "1200"}
        await admin.create_topics([NewTopic(settings.topic_events, 2, 1, topic_configs=config)])
    finally:
        await admin.close()
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    async with running(service):
        for article in (SHORT, LONG, SHORT | {"id": "after"}):
            await producer.send_and_wait(
                settings.topic_articles, json.dumps(article).encode(), partition=0
            )
        await until(lambda: service.progress.records == 3, 60, "three articles committed")
        await downstream.settle(2.0)
    if with_stage:
        await until(
            lambda: len(downstream.on(settings.topic_events)) >= 2, 60, "the stage's events"
        )
        await downstream.settle(2.0)
    [letter] = downstream.on(settings.topic_dead_letters)
    assert letter["reason"] == "output_rejected"
    original = json.loads(base64.b64decode(letter["original"], validate=True))
    if with_stage:
        assert letter["source_topic"] == settings.topic_coded
        assert original["article_id"] == "long", "the letter holds the refused event"
    else:
        assert original == LONG
    coded = {e["article_id"] for e in downstream.on(settings.topic_events)}
    assert coded == {"short", "after"}, "the article after the refused one is coded"
    refusals = service.metrics.registry.get_sample_value(
        "tensionwatch_publish_refusals_total", {"topic": settings.topic_events}
    )
    assert refusals is not None and refusals >= 1
