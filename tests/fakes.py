"""Hand-written fakes for the domain and producer seams."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, ClassVar

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
        self.records: list[tuple[bytes, bytes | None]] = []

    def append(self, *, timestamp: float | None, key: bytes, value: bytes | None) -> object | None:
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


def coded_event(
    article_id: str,
    day: str,
    code: str = "190",
    outlet: str | None = "wire.example",
    sides: tuple[str, str] = ("RUS", "UKR"),
    sentence: str = "Troops shelled the town.",
    modality: str = "asserted",
    index: int = 0,
) -> TensionEvent:
    """A coded event as the coding agent publishes it, the act taken from the CAMEO table."""
    from tensionwatch.domain.cameo import lookup

    entry = lookup(code)
    source = Actor(text=sides[0], code=sides[0], country=sides[0])
    target = Actor(text=sides[1], code=sides[1], country=sides[1])
    dyad = TensionEvent.dyad_of(source, target)
    return TensionEvent.model_validate(
        {
            "event_id": TensionEvent.make_id(article_id, index, code, dyad),
            "article_id": article_id,
            "sentence_index": index,
            "char_start": 0,
            "char_end": len(sentence),
            "sentence": sentence,
            "evidence": "x",
            "cameo_code": code,
            "cameo_root": entry.root,
            "plover_type": entry.plover_type,
            "quad_class": entry.quad_class,
            "penta_class": entry.penta_class,
            "goldstein": entry.goldstein,
            "source": source,
            "target": target,
            "dyad": dyad,
            "modality": modality,
            "event_date": day,
            "confidence": 0.9,
            "coder_version": "test",
            "published_at": f"{day}T12:00:00Z",
            "outlet": outlet,
            "url": f"https://{outlet or 'x.example'}/{article_id}",
        }
    )


class MemoryTensionStore:
    """The tension stage's tables as dicts; `keep` applies a batch's result as the stream
    layer does."""

    def __init__(self) -> None:
        self.clusters: dict[str, Any] = {}
        self.dyads: dict[str, Any] = {}
        self.alerts: dict[str, Any] = {}

    def cluster(self, key: str) -> Any:
        return self.clusters.get(key)

    def dyad(self, dyad: str) -> Any:
        return self.dyads.get(dyad)

    def alert(self, alert_id: str) -> Any:
        return self.alerts.get(alert_id)

    def keep(self, result: Any) -> None:
        for alert, _partition in result.alerts:
            self.alerts[alert.alert_id] = alert
        for write in result.writes:
            table = self.dyads if write.table == "dyads" else self.clusters
            if write.value is None:
                table.pop(write.key, None)
            else:
                table[write.key] = write.value


class TensionMetrics:
    """Remembers what the tension stage measured."""

    def __init__(self) -> None:
        self.outcomes: list[str] = []
        self.cluster_sources: list[int] = []
        self.index_updates = 0
        self.alerts: list[str] = []

    def tension_events(self, outcome: str, count: int) -> None:
        self.outcomes.extend([outcome] * count)

    def cluster_published(self, sources: int) -> None:
        self.cluster_sources.append(sources)

    def index_updated(self) -> None:
        self.index_updates += 1

    def alert_published(self, alert: Any) -> None:
        self.alerts.append(f"{alert.status}:{alert.alert_id}")


class ScriptCoder:
    """Codes sentences written as `SRC VERB TGT [on YYYY-MM-DD]` (three-letter codes): met
    (040), negotiated with (046), accused (112), threatened (138), shelled (194). The date
    defaults to the publication day."""

    version = "script-fake-1"
    VERBS: ClassVar[dict[str, str]] = {
        "met": "040",
        "negotiated with": "046",
        "accused": "112",
        "threatened": "138",
        "shelled": "194",
    }
    PATTERN = re.compile(
        r"\b([A-Z]{3}) (met|negotiated with|accused|threatened|shelled) ([A-Z]{3})"
        r"(?: on (\d{4}-\d{2}-\d{2}))?"
    )

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None, context: object = None
    ) -> list[TensionEvent]:
        """One event per scripted clause of the sentence."""
        events = []
        for source, verb, target, day in self.PATTERN.findall(sentence.text):
            when = day or (published_at.date().isoformat() if published_at else None)
            event = coded_event(
                sentence.article_id,
                when or "2026-01-01",
                code=self.VERBS[verb],
                outlet=None,
                sides=(source, target),
                sentence=sentence.text,
                index=sentence.index,
            )
            events.append(
                event.model_copy(
                    update={
                        "published_at": published_at,
                        "event_date": date.fromisoformat(when) if when else None,
                        "url": None,
                        "char_start": sentence.char_start,
                        "char_end": sentence.char_end,
                        "coder_version": self.version,
                    }
                )
            )
        return events
