"""A record that kills the worker is quarantined, not read forever (issues 12 and 14)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.admin import ensure_topics
from tests.conftest import BrokerInfo
from tests.faults import Workers
from tests.poison_worker import POISONED
from tests.streaming import SettingsFactory

BEFORE = {"id": "before", "body": "Troops shelled the town."}
POISON = {"id": "poison", "body": "This one is poison."}
AFTER = {"id": "after", "body": "Envoys met in Geneva."}


@pytest.mark.slow
@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
async def test_a_record_that_kills_the_worker_twice_is_quarantined_and_the_rest_coded(
    broker: BrokerInfo,
    make_settings: SettingsFactory,
    downstream_of: Any,
    producer: AIOKafkaProducer,
    tmp_path: Path,
    guarantee: str,
) -> None:
    if guarantee == "exactly_once" and not broker.has_transactions:
        pytest.skip("the embedded broker has no transactions")
    settings = make_settings(processing_guarantee=guarantee)
    await ensure_topics(settings, [settings.topic_articles, *output_topics(settings)])
    for article in (BEFORE, POISON, AFTER):
        await producer.send_and_wait(
            settings.topic_articles, json.dumps(article).encode(), partition=0
        )
    downstream = await downstream_of(settings)
    # Without the tension stage: events go straight to their topic, so what is measured is the
    # quarantine alone, not also the stage's table recovery (which the embedded broker cuts
    # short: test_tension_workers.py).
    workers = Workers(
        settings, tmp_path, module="tests.poison_worker", TENSIONWATCH_TENSION_ENABLED="false"
    )
    try:
        for life in ("first", "second"):  # in its batch, then alone: two deaths
            workers.start(life)
            assert workers.wait(life, timeout=90) == POISONED, workers.tail()
        workers.start("third")
        # Each expected output waited for on its own topic: one topic's records can arrive
        # well before another's, so a count over all of them could stop short of the letter.
        await downstream.collect_on(settings.topic_dead_letters, 1, timeout=90)
        await downstream.collect_on(settings.topic_events, 2, timeout=90)
        await downstream.settle(1.0)
    finally:
        workers.stop_all()
    [letter] = downstream.on(settings.topic_dead_letters)
    assert letter["reason"] == "quarantined"
    assert json.loads(base64.b64decode(letter["original"], validate=True)) == POISON
    assert letter["source_offset"] == 1
    coded = sorted(e["article_id"] for e in downstream.on(settings.topic_events))
    assert coded == ["after", "before"], workers.tail()
    assert workers.exit_codes["third"] == 0


def output_topics(settings: Any) -> list[str]:
    return [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
