"""Load generator and event reader for the latency scenario.

    TENSIONWATCH_*=... python -m tensionwatch.bench.latency --rate 100 --seconds 20

Produces seed-size articles to `topic_articles` at a fixed rate, stamping each one's send
time, reads `topic_events`, and prints one JSON line: produce→first-event latency
percentiles in ms over the articles that produced events.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from tensionwatch.bench.articles import make_articles
from tensionwatch.bench.kafka_io import TAIL_FETCH_WAIT_MS
from tensionwatch.bench.stats import percentile
from tensionwatch.settings import Settings

SETTLE_SECONDS = 3.0


class Arrivals:
    """First arrival time of an event, per article id."""

    def __init__(self, consumer: AIOKafkaConsumer) -> None:
        self.consumer = consumer
        self.first: dict[str, float] = {}

    async def run(self) -> None:
        while True:
            batch = await self.consumer.getmany(timeout_ms=100)
            now = time.time()
            for records in batch.values():
                for record in records:
                    article = orjson.loads(record.value)["article_id"]
                    self.first.setdefault(article, now)


async def generate(
    producer: AIOKafkaProducer, topic: str, rate: int, seconds: float
) -> dict[str, float]:
    """Send `rate` articles a second for `seconds`; returns send time per article id."""
    records = make_articles(int(rate * seconds), seed=11)
    sent: dict[str, float] = {}
    began = time.monotonic()
    for number, record in enumerate(records):
        delay = began + number / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        sent[f"bench-{number}"] = time.time()
        await producer.send(topic, record)
    await producer.flush()
    return sent


async def measure(settings: Settings, rate: int, seconds: float) -> dict[str, object]:
    """Run the generator and the reader together; summarise the latencies."""
    servers = settings.bootstrap_servers()
    producer = AIOKafkaProducer(bootstrap_servers=servers, acks="all")
    # A short fetch wait: a broker that holds empty fetches for the whole wait (the embedded
    # one) would otherwise add up to aiokafka's default 500 ms to every reading.
    consumer = AIOKafkaConsumer(
        bootstrap_servers=servers, enable_auto_commit=False, fetch_max_wait_ms=TAIL_FETCH_WAIT_MS
    )
    await producer.start()
    await consumer.start()
    try:
        tps = [TopicPartition(settings.topic_events, p) for p in range(settings.partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        arrivals = Arrivals(consumer)
        reader = asyncio.create_task(arrivals.run())
        sent = await generate(producer, settings.topic_articles, rate, seconds)
        await _settle(arrivals, len(sent))
        reader.cancel()
    finally:
        await producer.stop()
        await consumer.stop()
    return summarise(sent, arrivals.first, rate, seconds)


async def _settle(arrivals: Arrivals, expected: int) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while len(arrivals.first) < expected and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


def summarise(
    sent: dict[str, float], first: dict[str, float], rate: int, seconds: float
) -> dict[str, object]:
    """Percentiles of first-event latency in ms, and how many articles had events."""
    latencies = [(first[a] - t) * 1000 for a, t in sent.items() if a in first]
    return {
        "offered_articles_per_second": rate,
        "seconds": seconds,
        "articles_sent": len(sent),
        "articles_with_events": len(latencies),
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "p99_ms": percentile(latencies, 99),
        "max_ms": max(latencies, default=float("nan")),
    }


def main() -> None:
    """Entry point for `python -m`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    result = asyncio.run(measure(Settings(), args.rate, args.seconds))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
