"""Hand-written fakes for the domain and producer seams."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiokafka.errors import MessageSizeTooLargeError

from tensionwatch.domain.models import Actor, DeadLetterReason, Sentence, TensionEvent


class KeywordCoder:
    """Codes an ASSAULT (CAMEO 190) from RUS on UKR for every sentence saying `shelled`,
    and a CONSULT (040) for every sentence saying `met`; nothing otherwise."""

    version = "keyword-fake-1"

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None, context: object = None
    ) -> list[TensionEvent]:
        """Events for the keywords found in the sentence."""
        events = []
        if "shelled" in sentence.text:
            events.append(_event(sentence, published_at, "190", "ASSAULT", 4, 4, -10.0, "shelled"))
        if "met" in sentence.text.split():
            events.append(_event(sentence, published_at, "040", "CONSULT", 1, 1, 1.0, "met"))
        return events


class ExplodingCoder:
    """Raises on every sentence: stands in for a coder bug."""

    version = "exploding-fake-1"

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None, context: object = None
    ) -> list[TensionEvent]:
        """Always fails."""
        raise ZeroDivisionError("the coder broke")


def _event(
    sentence: Sentence,
    published_at: datetime | None,
    code: str,
    plover: str,
    quad: int,
    penta: int,
    goldstein: float,
    evidence: str,
) -> TensionEvent:
    source = Actor(text="Russia", code="RUS", country="RUS")
    target = Actor(text="Ukraine", code="UKR", country="UKR")
    dyad = TensionEvent.dyad_of(source, target)
    return TensionEvent(
        event_id=TensionEvent.make_id(
            sentence.article_id, sentence.index, code, dyad, sentence.headline
        ),
        article_id=sentence.article_id,
        sentence_index=sentence.index,
        char_start=sentence.char_start,
        char_end=sentence.char_end,
        sentence=sentence.text,
        evidence=evidence,
        cameo_code=code,
        cameo_root=code[:2],
        plover_type=plover,
        quad_class=quad,
        penta_class=penta,
        goldstein=goldstein,
        source=source,
        target=target,
        dyad=dyad,
        event_date=None,
        confidence=0.9,
        coder_version="keyword-fake-1",
        published_at=published_at,
        headline=sentence.headline,
    )


class RecordingMetrics:
    """Remembers what the handler measured."""

    def __init__(self) -> None:
        self.articles = 0
        self.sentences = 0
        self.skipped = 0
        self.events: list[str] = []
        self.escalations = 0
        self.dead_letters: list[DeadLetterReason] = []
        self.stages: list[str] = []
        self.languages: list[str] = []
        self.markup = 0
        self.capped = 0

    def article_consumed(self) -> None:
        self.articles += 1

    def sentences_segmented(self, count: int) -> None:
        self.sentences += count

    def sentences_skipped(self, count: int) -> None:
        self.skipped += count

    def event_coded(self, event: TensionEvent) -> None:
        self.events.append(event.plover_type)

    def escalation_raised(self) -> None:
        self.escalations += 1

    def dead_lettered(self, reason: DeadLetterReason) -> None:
        self.dead_letters.append(reason)

    def stage_duration(self, stage: str, seconds: float) -> None:
        self.stages.append(stage)

    def language_detected(self, language: str) -> None:
        self.languages.append(language)

    def markup_stripped(self) -> None:
        self.markup += 1

    def events_capped(self, dropped: int) -> None:
        self.capped += dropped


class FakeBatch:
    """A record batch that holds `capacity` records (an empty one takes any record)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.records: list[tuple[bytes, bytes]] = []

    def append(self, *, timestamp: float | None, key: bytes, value: bytes) -> object | None:
        if self.records and len(self.records) >= self.capacity:
            return None
        self.records.append((key, value))
        return object()

    def record_count(self) -> int:
        return len(self.records)


class FakeBatchProducer:
    """Keeps the batches it is sent; their futures fail when a record's value has `fail_on`."""

    def __init__(
        self,
        partitions: int = 4,
        capacity: int = 3,
        fail_on: bytes | None = None,
        error: Callable[[], BaseException] = MessageSizeTooLargeError,
    ):
        self.partitions = partitions
        self.capacity = capacity
        self.fail_on = fail_on
        self.error = error
        self.sent: list[tuple[str, int, list[tuple[bytes, bytes]]]] = []

    def create_batch(self) -> FakeBatch:
        return FakeBatch(self.capacity)

    async def send_batch(self, batch: FakeBatch, topic: str, *, partition: int) -> Any:
        self.sent.append((topic, partition, batch.records))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self.fail_on and any(self.fail_on in value for _, value in batch.records):
            future.set_exception(self.error())
        else:
            future.set_result(None)
        return future

    async def partitions_for(self, topic: str) -> set[int]:
        return set(range(self.partitions))

    def records(self, topic: str) -> list[tuple[int, bytes, bytes]]:
        """(partition, key, value) of every record sent to `topic`, in send order."""
        return [
            (partition, key, value)
            for sent_topic, partition, batch in self.sent
            if sent_topic == topic
            for key, value in batch
        ]
