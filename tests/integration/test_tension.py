"""The tension stage on a real broker: clusters, one alert for a rise, order-free results,
recovery after SIGKILL, and queries answered alike by two workers."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import quote

import aiohttp
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.queries import ANSWERED_BY
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running
from tests.fakes import ScriptCoder
from tests.streaming import Downstream, SettingsFactory, prepared
from tests.tension_scenarios import (
    WEEK,
    Run,
    coded,
    records,
    talks_to_shelling,
    three_outlets_one_act,
)

DYAD = "RUS|UKR"
#: The scripted sentences ("RUS shelled UKR on ...") are not a language CLD2 can tell: the
#: workers of these tests take the articles' declared language.
SCRIPTED = {"language_sample_chars": 0}


def last_by_key(values: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """The last value of each key, as a compacted topic keeps it."""
    return {value[key]: value for value in values}


def live_alerts(values: list[dict[str, Any]]) -> dict[str, Any]:
    """Each alert as its last record left it, without its status; withdrawn ones left out."""
    final = last_by_key(values, "alert_id")
    return {
        key: {k: v for k, v in alert.items() if k != "status"}
        for key, alert in final.items()
        if alert["status"] != "withdrawn"
    }


async def publish(producer: AIOKafkaProducer, topic: str, articles: list[dict[str, Any]]) -> None:
    for raw in records(articles):
        await producer.send_and_wait(topic, raw)


async def drained(downstream: Downstream, settings: Settings, articles: list[Any]) -> None:
    """Until every event of the articles came out of the stage, and what it sent with the
    last of them (index, alerts) has arrived too."""
    await downstream.collect_on(settings.topic_events, len(coded(articles)), timeout=90)
    await downstream.settle(1.5)


async def get(http: aiohttp.ClientSession, url: str) -> tuple[int, Any, str]:
    async with http.get(url) as response:
        return response.status, await response.json(), response.headers.get(ANSWERED_BY, "")


async def test_three_outlets_reporting_one_act_give_one_cluster_with_the_right_counts(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    settings = make_settings(**SCRIPTED)
    service = await prepared(settings, ScriptCoder())
    downstream = await downstream_of(settings, tension=True)
    articles = three_outlets_one_act()
    async with running(service), aiohttp.ClientSession() as http:
        await publish(producer, settings.topic_articles, articles)
        await drained(downstream, settings, articles)
        path = f"{service.web.url}/tension/dyads/{quote(DYAD)}/clusters"
        status, answer, _ = await get(http, path)
    events = downstream.on(settings.topic_events)
    assert len({event["cluster_id"] for event in events}) == 1
    assert sum(1 for event in events if event["first_report"]) == 1
    cluster = downstream.on(settings.topic_clusters)[-1]
    assert (cluster["mentions"], cluster["articles"], cluster["sources"]) == (6, 4, 3)
    assert cluster["source_names"] == ["daily.example", "herald.example", "wire.example"]
    assert {r.key for r in downstream.records if r.topic == settings.topic_clusters} == {b"RUS|UKR"}
    assert status == 200 and answer["items"] == [cluster]


async def test_a_week_turning_from_talks_to_shelling_raises_one_alert(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    settings = make_settings(**SCRIPTED)
    service = await prepared(settings, ScriptCoder())
    downstream = await downstream_of(settings, tension=True)
    articles = talks_to_shelling()
    async with running(service), aiohttp.ClientSession() as http:
        for raw in records(articles):  # one partition: coded in publication order
            await producer.send_and_wait(settings.topic_articles, raw, partition=0)
        await drained(downstream, settings, articles)
        status, answer, _ = await get(http, f"{service.web.url}/tension/alerts")
    alerts = downstream.on(settings.topic_alerts)
    assert [a["alert_id"] for a in alerts if a["status"] == "raised"] == [f"{DYAD}@{WEEK[5]}"]
    assert {a["status"] for a in alerts} <= {"raised", "updated"}
    index = last_by_key(downstream.on(settings.topic_index), "dyad")[DYAD]
    assert index["as_of"] == WEEK[6] and index["escalated_since"] == WEEK[5]
    assert status == 200 and answer["items"] == [alerts[-1]]


async def test_the_same_articles_shuffled_give_the_same_index_and_alerts(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer, unique: str
) -> None:
    articles = talks_to_shelling()
    finals = []
    for run, order in (("ordered", articles), ("shuffled", _shuffled(articles))):
        settings = _renamed(make_settings(**SCRIPTED), run)
        service = await prepared(settings, ScriptCoder())
        downstream = await downstream_of(settings, tension=True)
        async with running(service):
            await publish(producer, settings.topic_articles, order)
            await drained(downstream, settings, articles)
        index = last_by_key(downstream.on(settings.topic_index), "dyad")
        finals.append((index, live_alerts(downstream.on(settings.topic_alerts))))
    reference = Run().feed(coded(articles))
    assert finals[0] == finals[1] == (reference.final_index(), reference.live_alerts())
    assert len(finals[0][1]) == 1


def _shuffled(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    order = articles[:]
    random.Random(9).shuffle(order)  # noqa: S311 - a reproducible order
    assert order != articles
    return order


def _renamed(settings: Settings, run: str) -> Settings:
    names = {name: f"{getattr(settings, name)}-{run}" for name in Settings.model_fields}
    keep = {name: value for name, value in names.items() if name.startswith("topic_")}
    return settings.model_copy(update=keep | {"app_id": f"{settings.app_id}-{run}"})
