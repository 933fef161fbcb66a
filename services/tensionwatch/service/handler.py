"""One consumed record in, the records to publish out: validate, segment, code, route.

Bad input never raises out of `ArticleHandler.handle`: it becomes a dead letter with a
reason code and the original bytes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Literal

from pydantic import ValidationError

from tensionwatch.domain.errors import BudgetExceeded, InputError
from tensionwatch.domain.models import Article, DeadLetter, DeadLetterReason, TensionEvent
from tensionwatch.domain.pipeline import SentenceCoder, code_article
from tensionwatch.service.ports import LanguageDetector, MetricsPort
from tensionwatch.service.screening import (
    LanguageError,
    Text,
    check_language,
    detect_language,
    language_label,
    text_of,
)

OutputKind = Literal["event", "escalation", "dead_letter"]

#: A dead letter keeps at most this much of the original key (its size and hash are kept too),
#: and of the message.
KEY_MAX_BYTES = 1_024
MESSAGE_MAX_CHARS = 2_000
#: Kafka's per-record framing (lengths, attributes, timestamp and offset deltas) and the
#: record batch header, counted against the output limit.
RECORD_OVERHEAD_BYTES = 128

_BOM = b"\xef\xbb\xbf"

# `model_dump_json()` as bytes, without the str round trip (a fifth of its cost per event).
_event_json = TensionEvent.__pydantic_serializer__.to_json


@dataclass(frozen=True, slots=True)
class RecordMeta:
    """Where a consumed record came from."""

    topic: str
    partition: int
    offset: int
    key: bytes | None = None


@dataclass(frozen=True, slots=True)
class Output:
    """A record to publish: which downstream topic, its key and its serialized value; and
    its partition when the key must not choose it (a changelog follows its input partition)."""

    kind: OutputKind
    key: bytes
    value: bytes
    partition: int | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    """Input bounds; anything outside goes to the dead-letter topic."""

    max_record_bytes: int = 1_000_000
    max_body_chars: int = 200_000
    languages: tuple[str, ...] = ("en",)
    escalation_min_intensity: float = 5.0
    # A dead letter keeps at most this much of the original, and less when the whole record
    # (key and base64 value) would not fit under `max_output_record_bytes`.
    dead_letter_max_original_bytes: int = 600_000
    max_output_record_bytes: int = 1_000_000
    # Language detection reads this many characters from the start of the text.
    language_sample_chars: int = 1_000
    # Coding one article stops (and dead-letters it) once this much time has passed.
    time_budget_seconds: float = 1.0
    # An article's events beyond this many are dropped (and counted).
    max_events_per_article: int = 500


class ArticleHandler:
    """Turns one raw article record into event, escalation and dead-letter outputs."""

    def __init__(
        self,
        coder: SentenceCoder,
        metrics: MetricsPort,
        limits: Limits,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        detector: LanguageDetector | None = None,
        timer: Callable[[], float] = time.perf_counter,
        cpu_timer: Callable[[], float] = time.thread_time,
    ) -> None:
        self.coder = coder
        self.metrics = metrics
        self.limits = limits
        self.clock = clock
        self.detector = detector
        self.timer = timer
        self.cpu_timer = cpu_timer

    def handle(self, raw: bytes, meta: RecordMeta) -> list[Output]:
        """Process one record; failures become a single dead-letter output."""
        expired = self._budget()
        try:
            article = self._decode(raw)
            text = self._screen(article)
            outputs = self._code(article, text, expired)
            # Counted once coded: an article that times out or breaks the coder is a dead
            # letter instead, so accepted + dead-lettered = records taken.
            self.metrics.article_consumed()
            return outputs
        except LanguageError as error:
            reason = DeadLetterReason.UNSUPPORTED_LANGUAGE
            return [self._dead_letter(raw, meta, reason, error.message, error.detected)]
        except InputError as error:
            return [self._dead_letter(raw, meta, DeadLetterReason(error.reason), error.message)]
        except BudgetExceeded as error:
            budget = self.limits.time_budget_seconds
            message = f"coding took longer than the budget of {budget:g} s ({error})"
            return [self._dead_letter(raw, meta, DeadLetterReason.TIMEOUT, message)]
        except Exception as error:  # a coder bug must not stop the stream
            message = f"{type(error).__name__}: {error}"
            return [self._dead_letter(raw, meta, DeadLetterReason.PROCESSING_ERROR, message)]

    def _decode(self, raw: bytes) -> Article:
        started = time.perf_counter()
        if len(raw) > self.limits.max_record_bytes:
            raise InputError(
                DeadLetterReason.OVERSIZE,
                f"record is {len(raw)} bytes, over the limit of {self.limits.max_record_bytes}",
            )
        article = parse_article(raw)
        check_article(article, self.limits)
        self.metrics.stage_duration("decode", time.perf_counter() - started)
        return article

    def _screen(self, article: Article) -> Text:
        """The text to code (markup stripped), once its language is known to be configured."""
        started = time.perf_counter()
        text = text_of(article.body)
        if text.basis != "body":
            self.metrics.markup_stripped()
        detected = None
        if self.detector is not None and self.limits.language_sample_chars > 0:
            detected = detect_language(text.value, self.detector, self.limits.language_sample_chars)
            self.metrics.language_detected(language_label(detected, self.detector))
        check_language(article, detected, self.limits.languages)
        self.metrics.stage_duration("screen", time.perf_counter() - started)
        return text

    def _budget(self) -> Callable[[], bool]:
        """Whether the article's time is up: once it has run the budget in wall time (a cheap
        clock) *and* in this thread's CPU time, so that a host starved of CPU by other work
        does not turn ordinary articles into timeouts."""
        seconds = self.limits.time_budget_seconds
        wall, cpu = self.timer, self.cpu_timer
        wall_deadline, cpu_deadline = wall() + seconds, cpu() + seconds
        return lambda: wall() > wall_deadline and cpu() > cpu_deadline

    def _code(self, article: Article, text: Text, expired: Callable[[], bool]) -> list[Output]:
        started = time.perf_counter()
        coded = code_article(
            self.coder,
            article.id,
            text.value,
            title=article.title,
            published_at=article.published_at,
            expired=expired,
        )
        self.metrics.stage_duration("code", time.perf_counter() - started)
        self.metrics.sentences_segmented(len(coded.sentences))
        self.metrics.sentences_skipped(coded.skipped)
        events = coded.events
        if len(events) > self.limits.max_events_per_article:
            self.metrics.events_capped(len(events) - self.limits.max_events_per_article)
            events = events[: self.limits.max_events_per_article]
        if text.basis != "body":
            events = [
                event if event.headline else event.model_copy(update={"text_basis": text.basis})
                for event in events
            ]
        outputs: list[Output] = []
        # The tension stage counts an event's outlet and links its article.
        article_fields = {"outlet": article.source, "url": article.url}
        with_article = article.source is not None or article.url is not None
        for event in events:
            if with_article:
                event = event.model_copy(update=article_fields)
            self.metrics.event_coded(event)
            # Keyed by the dyad, so one dyad's events stay in order on one partition.
            key, value = event.dyad.encode(), _event_json(event)
            outputs.append(Output("event", key, value))
            if is_escalation(event, self.limits.escalation_min_intensity):
                self.metrics.escalation_raised()
                outputs.append(Output("escalation", key, value))
        return outputs

    def _dead_letter(
        self,
        raw: bytes,
        meta: RecordMeta,
        reason: DeadLetterReason,
        message: str,
        detected_language: str | None = None,
    ) -> Output:
        self.metrics.dead_lettered(reason)
        failed_at = self.clock()
        return dead_letter(raw, meta, reason, message, self.limits, failed_at, detected_language)


def dead_letter(
    raw: bytes,
    meta: RecordMeta,
    reason: DeadLetterReason,
    message: str,
    limits: Limits,
    failed_at: datetime,
    detected_language: str | None = None,
) -> Output:
    """The dead-letter record of `raw`, bounded by construction: its key and message are cut
    to fixed bounds, and its copy of the original to what still fits under
    `limits.max_output_record_bytes` (and `dead_letter_max_original_bytes`)."""
    original_key = meta.key
    letter = DeadLetter(
        reason=reason,
        message=message[:MESSAGE_MAX_CHARS],
        original=b"",
        original_size=len(raw),
        original_truncated=bool(raw),
        original_key=original_key[:KEY_MAX_BYTES] if original_key is not None else None,
        original_key_size=len(original_key) if original_key is not None else None,
        original_key_sha256=sha256(original_key).hexdigest() if original_key is not None else None,
        detected_language=detected_language,
        source_topic=meta.topic[:KEY_MAX_BYTES],
        source_partition=meta.partition,
        source_offset=meta.offset,
        failed_at=failed_at,
    )
    key = dead_letter_key(meta)
    # Standard base64 turns every 3 bytes into 4 characters, and the letter with an empty
    # original already holds every other byte of the record: what is left decides the cut.
    room = limits.max_output_record_bytes - RECORD_OVERHEAD_BYTES - len(key)
    room -= len(letter.model_dump_json())
    keep = min(len(raw), limits.dead_letter_max_original_bytes, max(room, 0) // 4 * 3)
    letter = letter.model_copy(
        update={"original": raw[:keep], "original_truncated": keep < len(raw)}
    )
    return Output("dead_letter", key, letter.model_dump_json().encode())


def dead_letter_key(meta: RecordMeta) -> bytes:
    """The original key when it is small, else the SHA-256 of it; the record's position when
    it had none."""
    if meta.key is None or meta.key == b"":
        return f"{meta.topic[:KEY_MAX_BYTES]}:{meta.partition}:{meta.offset}".encode()
    if len(meta.key) <= KEY_MAX_BYTES:
        return meta.key
    return b"sha256:" + sha256(meta.key).hexdigest().encode()


def parse_article(raw: bytes) -> Article:
    """Validate a raw record as an Article, naming what is wrong when it is not one. A leading
    UTF-8 byte order mark is ignored, as RFC 8259 allows."""
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return Article.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        if first["type"] == "json_invalid":
            message = (
                f"not valid JSON: {first['msg']} (a record is one whole JSON document: a "
                "pretty-printed file sent line by line is not)"
            )
            raise InputError(DeadLetterReason.INVALID_JSON, message) from error
        if first["type"] == "model_type":
            raise InputError(DeadLetterReason.INVALID_SCHEMA, "expected a JSON object") from error
        details = "; ".join(
            f"{'.'.join(str(p) for p in item['loc']) or 'record'}: {item['msg']}"
            for item in error.errors()[:5]
        )
        raise InputError(DeadLetterReason.INVALID_SCHEMA, details) from error


def check_article(article: Article, limits: Limits) -> None:
    """Reject articles the coder cannot use: empty, oversize or declared in another language
    (the text's own language is detected later, by the handler)."""
    if not article.body.strip():
        raise InputError(DeadLetterReason.EMPTY_BODY, "article body is empty")
    if len(article.body) > limits.max_body_chars:
        raise InputError(
            DeadLetterReason.OVERSIZE,
            f"body has {len(article.body)} characters, over the limit of {limits.max_body_chars}",
        )
    check_language(article, None, limits.languages)


def is_escalation(event: TensionEvent, min_intensity: float) -> bool:
    """A conflict act (quad 3-4), reported as news, at or above the intensity bound."""
    return (
        event.quad_class >= 3 and event.modality == "asserted" and -event.goldstein >= min_intensity
    )
