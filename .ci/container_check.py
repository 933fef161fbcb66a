"""CI: a worker running in a container is ready, and an article published to it comes out as
events. With --prometheus, Prometheus scrapes that worker too. Prints what it measured."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

ARTICLE = "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, Kyiv said."


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our URL
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


async def until(check: object, what: str, timeout: float) -> float:
    started = time.monotonic()
    while not check():  # type: ignore[operator]
        if time.monotonic() - started > timeout:
            raise SystemExit(f"container check: gave up after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.5)
    return time.monotonic() - started


async def events_of(broker: str, article_id: str, timeout: float) -> list[dict[str, object]]:
    producer = AIOKafkaProducer(bootstrap_servers=broker)
    await producer.start()
    try:
        article = {"id": article_id, "body": ARTICLE, "published_at": "2026-11-24T09:00:00Z"}
        await producer.send_and_wait("news.articles", json.dumps(article).encode())
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        "tension.events", bootstrap_servers=broker, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        async with asyncio.timeout(timeout):
            async for record in consumer:
                event = json.loads(record.value)
                if event["article_id"] == article_id:
                    return [event]
    finally:
        await consumer.stop()
    return []


def prometheus_says(base: str, query: str) -> bool:
    url = f"{base}/api/v1/query?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our URL
            result = json.load(response)["data"]["result"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(result) and all(float(r["value"][1]) == 1.0 for r in result)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--probes", required=True, help="http://host:port of the worker")
    parser.add_argument("--broker", required=True)
    parser.add_argument("--prometheus", help="http://host:port of a Prometheus scraping it")
    args = parser.parse_args()
    ready = await until(lambda: status(f"{args.probes}/readyz") == 200, "/readyz 200", 180)
    article_id = f"ci-{uuid.uuid4().hex[:8]}"
    started = time.monotonic()
    events = await events_of(args.broker, article_id, timeout=60)
    if not events:
        raise SystemExit("container check: no event came out for the article")
    figures = {
        "ready_after_seconds": round(ready, 1),
        "article_to_event_seconds": round(time.monotonic() - started, 2),
        "event": f"{events[0]['cameo_code']} {events[0]['plover_type']} {events[0]['dyad']}",
    }
    if args.prometheus:
        query = 'up{job="tensionwatch"} and on(instance) tensionwatch_ready == 1'
        figures["prometheus_sees_ready_after_seconds"] = round(
            await until(lambda: prometheus_says(args.prometheus, query), "Prometheus", 90), 1
        )
    print("container check:", json.dumps(figures))


if __name__ == "__main__":
    asyncio.run(main())
