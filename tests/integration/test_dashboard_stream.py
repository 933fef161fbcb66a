"""The dashboard's server side over real HTTP and a real broker: page, stream, catch-up, limits."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.web import WebServer
from tensionwatch.bootstrap import dashboard_routes
from tensionwatch.settings import Settings
from tests.streaming import SettingsFactory


def event(number: int) -> bytes:
    return json.dumps(
        {
            "event_id": f"ev-{number}",
            "dyad": "RUS|UKR",
            "plover_type": "ASSAULT",
            "goldstein": -10.0,
            "sentence": f"Troops shelled town {number}.",
            "evidence": "shelled",
        }
    ).encode()


async def sse(response: aiohttp.ClientResponse) -> AsyncIterator[dict[str, str]]:
    """Server-sent events as {id, event, data} (pings, which are comments, skipped)."""
    fields: dict[str, str] = {}
    async for raw in response.content:
        line = raw.decode().rstrip("\r\n")
        if not line:
            if "data" in fields:
                yield fields
            fields = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            fields[name] = value.removeprefix(" ")


async def started(settings: Settings) -> WebServer:
    tension = [settings.topic_index, settings.topic_alerts, settings.topic_clusters]
    await ensure_topics(settings, [settings.topic_events, *tension])
    server = WebServer(dashboard_routes(settings), port=0)
    await server.start()
    return server


async def wait_for_state(http: aiohttp.ClientSession, url: str, events: int) -> Any:
    async with asyncio.timeout(30):
        while True:
            async with http.get(f"{url}/dashboard/state") as response:
                state = await response.json()
            if len(state["events"]) >= events:
                return state
            await asyncio.sleep(0.2)


async def test_the_stream_sends_a_snapshot_then_live_events_then_catches_up_a_reconnect(
    make_settings: SettingsFactory, producer: AIOKafkaProducer
) -> None:
    settings = make_settings()
    server = await started(settings)
    try:
        async with aiohttp.ClientSession() as http:
            await producer.send_and_wait(settings.topic_events, event(1), key=b"RUS|UKR")
            await wait_for_state(http, server.url, 1)
            async with http.get(f"{server.url}/dashboard/stream") as response:
                assert response.headers["Content-Type"].startswith("text/event-stream")
                messages = sse(response)
                snapshot = await anext(messages)
                assert snapshot["event"] == "snapshot"
                assert [e["event_id"] for e in json.loads(snapshot["data"])["events"]] == ["ev-1"]
                await producer.send_and_wait(settings.topic_events, event(2), key=b"RUS|UKR")
                live = await anext(messages)
            assert (live["event"], json.loads(live["data"])["event_id"]) == ("event", "ev-2")
            # Gone for a while: two events pass, and one arrives again (a replayed article).
            for number in (3, 4, 3):
                await producer.send_and_wait(settings.topic_events, event(number), key=b"RUS|UKR")
            await wait_for_state(http, server.url, 4)
            headers = {"Last-Event-ID": live["id"]}
            async with http.get(f"{server.url}/dashboard/stream", headers=headers) as response:
                messages = sse(response)
                missed = [await anext(messages), await anext(messages)]
    finally:
        await server.stop()
    assert [(m["event"], json.loads(m["data"])["event_id"]) for m in missed] == [
        ("event", "ev-3"),
        ("event", "ev-4"),
    ]


async def test_the_page_and_its_vendored_files_are_served(make_settings: SettingsFactory) -> None:
    server = await started(make_settings())
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{server.url}/dashboard") as response:
                page = await response.text()
                assert response.status == 200 and "<title>tensionwatch" in page
            for path in ("vendor/uplot/uPlot.iife.min.js", "dashboard.js", "dashboard.css"):
                async with http.get(f"{server.url}/dashboard/static/{path}") as response:
                    assert response.status == 200, path
            assert "https://" not in page, "no CDN"
    finally:
        await server.stop()


async def test_clients_over_the_limit_get_503(make_settings: SettingsFactory) -> None:
    settings = make_settings(dashboard_max_clients=2)
    server = await started(settings)
    try:
        async with aiohttp.ClientSession() as http:
            first = await http.get(f"{server.url}/dashboard/stream")
            second = await http.get(f"{server.url}/dashboard/stream")
            third = await http.get(f"{server.url}/dashboard/stream")
            assert (first.status, second.status, third.status) == (200, 200, 503)
            assert third.headers["Retry-After"] == "10"
            for response in (first, second, third):
                response.close()
    finally:
        await server.stop()
