"""The raw baseline: an aiokafka consume→produce passthrough, batched like the worker.

    TENSIONWATCH_*=... python -m tensionwatch.bench.passthrough

Reads `topic_articles`, copies every value to `topic_events`, and commits a batch's offsets
only after the broker has acknowledged all of its outputs. Runs until SIGTERM.
"""

from __future__ import annotations

import asyncio
import signal

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from tensionwatch.entrypoints.worker import new_event_loop
from tensionwatch.settings import Settings


def clients(settings: Settings) -> tuple[AIOKafkaConsumer, AIOKafkaProducer]:
    """A consumer and a producer with the worker's batch, fetch and linger settings."""
    consumer = AIOKafkaConsumer(
        settings.topic_articles,
        bootstrap_servers=settings.bootstrap_servers(),
        group_id=settings.app_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=settings.max_poll_records,
        fetch_max_bytes=settings.consumer_max_fetch_bytes,
        fetch_max_wait_ms=round(settings.fetch_max_wait_seconds * 1000),
        session_timeout_ms=int(settings.session_timeout_seconds * 1000),
        rebalance_timeout_ms=int(settings.rebalance_timeout_seconds * 1000),
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers(),
        linger_ms=int(settings.producer_linger_seconds * 1000),
        max_batch_size=settings.producer_max_batch_bytes,
        acks="all",
    )
    return consumer, producer


async def passthrough(settings: Settings, stop: asyncio.Event) -> None:
    """Copy batches until `stop` is set."""
    consumer, producer = clients(settings)
    await consumer.start()
    await producer.start()
    try:
        while not stop.is_set():
            batch = await consumer.getmany(
                timeout_ms=int(settings.batch_within_seconds * 1000), max_records=settings.batch_max
            )
            futures = [
                await producer.send(settings.topic_events, record.value, key=record.key)
                for records in batch.values()
                for record in records
            ]
            if futures:
                await asyncio.gather(*futures)
                await consumer.commit()
    finally:
        await producer.stop()
        await consumer.stop()


async def main_async() -> None:
    """Run until SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await passthrough(Settings(), stop)


def main() -> None:
    """Entry point for `python -m`."""
    settings = Settings()
    loop = new_event_loop(settings.uvloop)
    loop.run_until_complete(main_async())


if __name__ == "__main__":
    main()
