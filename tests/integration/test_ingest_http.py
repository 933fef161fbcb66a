"""POST /v1/articles on the worker's web server, against the real broker."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiohttp import ClientSession

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.openapi import openapi_document
from tensionwatch.adapters.topic_reader import Start, topic_reader
from tensionwatch.adapters.web import WebServer
from tensionwatch.bootstrap import ingest_routes
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running
from tests.conftest import BrokerInfo
from tests.fakes import KeywordCoder
from tests.streaming import SettingsFactory, prepared

TOKEN = "s3cret-token"  # noqa: S105 - a test token
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ROOT = Path(__file__).resolve().parents[2]
SHELLED = "Russian troops shelled the town on Monday."


async def articles_on_topic(settings: Settings) -> list[Any]:
    """Every record on the articles topic, from the beginning."""
    async with topic_reader(settings, [settings.topic_articles], Start(True)) as reader:
        return [record async for record in reader.until_end()]


async def test_a_mixed_batch_is_accepted_record_by_record_and_coded(
    make_settings: SettingsFactory, downstream_of: Any, broker: BrokerInfo
) -> None:
    settings = make_settings(ingest_token=TOKEN)
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    lines = [
        json.dumps({"id": "h-1", "body": SHELLED, "published_at": "2026-11-20T08:00:00Z"}),
        '{"id": "h-2", "body": ',  # cut off by the scraper
        json.dumps({"id": "h-3", "body": "  "}),
        json.dumps(  # news-please's field names
            {
                "maintext": "Envoys met in Geneva.",
                "date_publish": "2026-11-21 14:00:00",
                "source_domain": "example.org",
                "url": "https://example.org/geneva",
            }
        ),
    ]
    body = "\n".join(lines) + "\n"
    async with running(service), ClientSession() as http:
        url = f"{service.web.url}/v1/articles"
        async with http.post(url, data=body, headers=AUTH) as response:
            assert response.status == 202
            results = await response.json()
        await downstream.collect(3)  # h-1: an event and an escalation; geneva: an event
        async with http.get(f"{service.web.url}/metrics") as response:
            metrics = await response.read()
    accepted = results["accepted"]
    assert [a["index"] for a in accepted] == [0, 3]
    assert accepted[0]["id"] == "h-1" and accepted[1]["id"].startswith("art-")
    assert [(r["index"], r["reason"]) for r in results["rejected"]] == [
        (1, "invalid_json"),
        (2, "empty_body"),
    ]
    assert results["counts"] == {"accepted": 2, "rejected": 2}
    on_topic = await articles_on_topic(settings)
    assert sorted(r.key for r in on_topic) == sorted(a["id"].encode() for a in accepted)
    geneva = json.loads(next(r.value for r in on_topic if r.key != b"h-1"))
    assert geneva["body"] == "Envoys met in Geneva." and geneva["source"] == "example.org"
    events = downstream.on(settings.topic_events)
    assert sorted(e["article_id"] for e in events) == sorted(a["id"] for a in accepted)
    exported = metrics.decode()
    for line in (
        'tensionwatch_ingest_requests_total{status="202"} 1.0',
        'tensionwatch_ingest_records_total{result="accepted"} 2.0',
        'tensionwatch_ingest_records_total{result="invalid_json"} 1.0',
        'tensionwatch_ingest_records_total{result="empty_body"} 1.0',
    ):
        assert line in exported, line


async def test_one_object_and_a_json_array_are_both_taken(
    make_settings: SettingsFactory, broker: BrokerInfo
) -> None:
    settings = make_settings(ingest_token=TOKEN)
    server = WebServer(ingest_routes(settings), port=0)
    await ensure_topics(settings, [settings.topic_articles])
    await server.start()
    try:
        async with ClientSession() as http:
            url = f"{server.url}/v1/articles"
            one = {"id": "o-1", "body": SHELLED}
            async with http.post(url, json=one, headers=AUTH) as response:
                assert response.status == 202
                assert (await response.json())["accepted"] == [{"index": 0, "id": "o-1"}]
            pretty = json.dumps({"id": "o-2", "body": SHELLED}, indent=2)
            async with http.post(url, data=pretty, headers=AUTH) as response:
                assert (await response.json())["accepted"] == [{"index": 0, "id": "o-2"}]
            many = [{"id": "a-1", "body": SHELLED}, 42, {"id": "a-3", "body": SHELLED}]
            async with http.post(url, json=many, headers=AUTH) as response:
                results = await response.json()
    finally:
        await server.stop()
    assert [a["id"] for a in results["accepted"]] == ["a-1", "a-3"]
    assert [(r["index"], r["reason"]) for r in results["rejected"]] == [(1, "invalid_schema")]
    keys = sorted(r.key for r in await articles_on_topic(settings))
    assert keys == [b"a-1", b"a-3", b"o-1", b"o-2"]


async def test_resending_an_article_gives_the_same_key_and_the_same_event_ids(
    make_settings: SettingsFactory, downstream_of: Any, broker: BrokerInfo
) -> None:
    settings = make_settings(ingest_token=TOKEN)
    service = await prepared(settings, KeywordCoder())
    downstream = await downstream_of(settings)
    article = {"id": "again-1", "body": SHELLED}
    async with running(service), ClientSession() as http:
        for _ in range(2):
            async with http.post(
                f"{service.web.url}/v1/articles", json=article, headers=AUTH
            ) as response:
                assert response.status == 202
        await downstream.collect(4)
    on_topic = await articles_on_topic(settings)
    assert {(r.key, r.partition) for r in on_topic} == {(b"again-1", on_topic[0].partition)}
    event_ids = [e["event_id"] for e in downstream.on(settings.topic_events)]
    assert len(event_ids) == 2 and len(set(event_ids)) == 1


async def test_bad_tokens_big_bodies_and_broken_arrays_get_clear_errors(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings(ingest_token=TOKEN, ingest_max_body_bytes=4096)
    server = WebServer(ingest_routes(settings), port=0)
    await server.start()
    url = f"{server.url}/v1/articles"
    article = {"id": "t-1", "body": SHELLED}
    try:
        async with ClientSession() as http:
            for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
                async with http.post(url, json=article, headers=headers) as response:
                    assert response.status == 401
                    assert response.headers["WWW-Authenticate"] == "Bearer"
                    assert "token" in (await response.json())["error"]
            big = json.dumps({"id": "big", "body": "x" * 5000})
            async with http.post(url, data=big, headers=AUTH) as response:
                assert response.status == 413
                assert "4096" in (await response.json())["error"]

            async def chunks() -> Any:  # no Content-Length: the limit holds while reading
                for _ in range(10):
                    yield b"x" * 1000

            async with http.post(url, data=chunks(), headers=AUTH) as response:
                assert response.status == 413
            async with http.post(url, data="[{", headers=AUTH) as response:
                assert response.status == 400
                assert "JSON array" in (await response.json())["error"]
            async with http.post(url, data="", headers=AUTH) as response:
                assert response.status == 400
    finally:
        await server.stop()


async def test_ingest_is_off_without_a_token(make_settings: SettingsFactory) -> None:
    server = WebServer(ingest_routes(make_settings()), port=0)
    await server.start()
    try:
        async with ClientSession() as http:
            async with http.post(f"{server.url}/v1/articles", json={"body": "x"}) as response:
                assert response.status == 404
                assert "TENSIONWATCH_INGEST_TOKEN" in (await response.json())["error"]
    finally:
        await server.stop()


async def test_an_unreachable_broker_gets_503_and_nothing_is_called_accepted(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings(ingest_token=TOKEN, broker="127.0.0.1:1")
    server = WebServer(ingest_routes(settings), port=0)
    await server.start()
    try:
        async with ClientSession() as http:
            article = {"id": "lost?", "body": SHELLED}
            async with http.post(
                f"{server.url}/v1/articles", json=article, headers=AUTH
            ) as response:
                assert response.status == 503
                assert response.headers["Retry-After"] == "5"
                assert "broker" in (await response.json())["error"]
    finally:
        await server.stop()


async def test_the_openapi_description_is_served_and_matches_the_repository(
    make_settings: SettingsFactory,
) -> None:
    server = WebServer(ingest_routes(make_settings()), port=0)
    await server.start()
    try:
        async with ClientSession() as http:
            async with http.get(f"{server.url}/v1/openapi.json") as response:
                served = await response.json()
    finally:
        await server.stop()
    assert served == openapi_document()
    in_repo = json.loads((ROOT / "schemas" / "openapi.json").read_text(encoding="utf-8"))
    assert in_repo == served, "schemas/openapi.json is stale: run `tensionwatch schemas`"
