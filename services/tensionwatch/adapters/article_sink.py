"""Publishing checked articles to the input topic, each acknowledged by every in-sync replica.

Shared by the HTTP ingest door and `tensionwatch publish`. With `acks=all` a record counts as
accepted only once the broker has it on every in-sync replica. The producer is not idempotent
(the embedded broker has no InitProducerId): a retry after a lost acknowledgement may write a
record twice, which is harmless here, since a re-sent article is (same key, same event ids).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.admin import client_security
from tensionwatch.domain.errors import BrokerError
from tensionwatch.service.intake import Accepted
from tensionwatch.settings import Settings


class ArticleSink:
    """An aiokafka producer for the articles topic, started on first use."""

    def __init__(self, settings: Settings, topic: str | None = None) -> None:
        self.settings = settings
        self.topic = topic or settings.topic_articles
        self._producer: AIOKafkaProducer | None = None
        self._lock = asyncio.Lock()

    async def start(self) -> None:
        """Connect (once); BrokerError when the broker cannot be reached."""
        async with self._lock:
            if self._producer is not None:
                return
            producer = AIOKafkaProducer(
                bootstrap_servers=self.settings.bootstrap_servers(),
                acks="all",
                linger_ms=round(self.settings.producer_linger_seconds * 1000),
                max_request_size=max(self.settings.max_record_bytes + 4096, 1_048_576),
                **client_security(self.settings),
            )
            try:
                await producer.start()
            except Exception as error:
                await producer.stop()
                servers = ",".join(self.settings.bootstrap_servers())
                raise BrokerError(f"cannot reach the broker at {servers}: {error}") from error
            self._producer = producer

    async def stop(self) -> None:
        """Flush and disconnect."""
        async with self._lock:
            if self._producer is not None:
                await self._producer.stop()
                self._producer = None

    async def publish(self, records: Sequence[Accepted]) -> list[BaseException | None]:
        """Send every record and wait for the broker's acknowledgements; for each record,
        None when the broker has it, else the error that kept it out."""
        await self.start()
        assert self._producer is not None  # noqa: S101 - set by start()
        pending: list[asyncio.Future[object] | BaseException] = []
        for record in records:
            try:
                pending.append(await self._producer.send(self.topic, record.value, key=record.key))
            except Exception as error:  # refused before sending (size, closed producer)
                pending.append(error)
        return [await _outcome(item) for item in pending]


async def _outcome(item: asyncio.Future[object] | BaseException) -> BaseException | None:
    if isinstance(item, BaseException):
        return item
    try:
        await item
    except Exception as error:
        return error
    return None
