"""The service layer: one raw record in, routed outputs out."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from tensionwatch.domain.models import DeadLetter, DeadLetterReason, TensionEvent
from tensionwatch.service.handler import ArticleHandler, Limits, Output, RecordMeta, dead_letter
from tests.fakes import ExplodingCoder, KeywordCoder, RecordingMetrics

META = RecordMeta("news.articles", 2, 41, b"k1")
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def make_handler(coder: object = None, **limits: object) -> tuple[ArticleHandler, RecordingMetrics]:
    metrics = RecordingMetrics()
    handler = ArticleHandler(
        coder or KeywordCoder(),
        metrics,
        Limits(**limits),  # type: ignore[arg-type]
        clock=lambda: NOW,
    )
    return handler, metrics


def article(**fields: object) -> bytes:
    record = {"id": "a1", "body": "Troops shelled the town. Leaders met in Geneva."} | fields
    return json.dumps(record).encode()


def test_an_article_yields_events_and_escalations_keyed_by_dyad() -> None:
    handler, metrics = make_handler()
    outputs = handler.handle(article(), META)
    assert [o.kind for o in outputs] == ["event", "escalation", "event"]
    assert {o.key for o in outputs} == {b"RUS|UKR"}
    first = TensionEvent.model_validate_json(outputs[0].value)
    assert (first.plover_type, first.sentence_index, first.article_id) == ("ASSAULT", 0, "a1")
    assert metrics.articles == 1 and metrics.sentences == 2 and metrics.escalations == 1


def test_a_cooperative_event_is_not_an_escalation() -> None:
    handler, _ = make_handler()
    outputs = handler.handle(article(body="Leaders met in Geneva."), META)
    assert [o.kind for o in outputs] == ["event"]


def test_the_escalation_bound_is_configurable() -> None:
    handler, _ = make_handler(escalation_min_intensity=10.5)
    outputs = handler.handle(article(body="Troops shelled the town."), META)
    assert [o.kind for o in outputs] == ["event"]


def test_news_please_records_are_accepted() -> None:
    handler, _ = make_handler()
    record = {
        "maintext": "Troops shelled the town.",
        "date_publish": "2026-11-20 10:00:00",
        "source_domain": "example.org",
        "url": "https://example.org/a",
    }
    outputs = handler.handle(json.dumps(record).encode(), META)
    event = TensionEvent.model_validate_json(outputs[0].value)
    assert event.article_id.startswith("art-")
    assert event.published_at == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", DeadLetterReason.INVALID_JSON),
        (b"\xff\xfe\x00garbage", DeadLetterReason.INVALID_JSON),
        (b"[1, 2, 3]", DeadLetterReason.INVALID_SCHEMA),
        (b'{"id": "x", "title": "no body"}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"id": "x", "body": 42}', DeadLetterReason.INVALID_SCHEMA),
        (b'{"id": "x", "body": "   \\n  "}', DeadLetterReason.EMPTY_BODY),
        (b'{"id": "x", "body": "Hola.", "language": "es"}', DeadLetterReason.UNSUPPORTED_LANGUAGE),
    ],
)
def test_bad_input_becomes_one_dead_letter_with_reason_and_original_bytes(
    raw: bytes, reason: DeadLetterReason
) -> None:
    handler, metrics = make_handler()
    [output] = handler.handle(raw, META)
    letter = DeadLetter.model_validate_json(output.value)
    assert output.kind == "dead_letter"
    assert letter.reason is reason
    assert letter.original == raw
    assert (letter.source_topic, letter.source_partition, letter.source_offset) == (
        "news.articles",
        2,
        41,
    )
    assert letter.message
    assert metrics.dead_letters == [reason]


def test_oversize_records_are_dead_lettered_before_parsing() -> None:
    handler, _ = make_handler(max_record_bytes=50)
    [output] = handler.handle(article(body="x" * 100), META)
    letter = DeadLetter.model_validate_json(output.value)
    assert letter.reason is DeadLetterReason.OVERSIZE
    assert "over the limit of 50" in letter.message


def test_oversize_bodies_are_dead_lettered() -> None:
    handler, _ = make_handler(max_body_chars=10)
    [output] = handler.handle(article(), META)
    assert DeadLetter.model_validate_json(output.value).reason is DeadLetterReason.OVERSIZE


def test_a_coder_failure_is_a_processing_error_dead_letter() -> None:
    handler, _ = make_handler(ExplodingCoder())
    [output] = handler.handle(article(), META)
    letter = DeadLetter.model_validate_json(output.value)
    assert letter.reason is DeadLetterReason.PROCESSING_ERROR
    assert "ZeroDivisionError: the coder broke" in letter.message


def test_dead_letters_are_keyed_by_the_original_key_or_position() -> None:
    handler, _ = make_handler()
    assert handler.handle(b"nope", META)[0].key == b"k1"
    [output] = handler.handle(b"nope", RecordMeta("t", 0, 7))
    assert output.key == b"t:0:7"


def test_replaying_an_article_gives_the_same_event_ids() -> None:
    handler, _ = make_handler()
    first = [o.value for o in handler.handle(article(), META)]
    again = [o.value for o in handler.handle(article(), META)]
    assert first == again


def test_a_huge_oversize_record_keeps_its_head_and_says_it_was_cut() -> None:
    handler, _ = make_handler(max_record_bytes=100, dead_letter_max_original_bytes=64)
    raw = article(body="y" * 500)
    [output] = handler.handle(raw, META)
    letter = DeadLetter.model_validate_json(output.value)
    assert letter.original == raw[:64]
    assert letter.original_truncated and letter.original_size == len(raw)


def test_a_dead_letter_under_the_bound_keeps_every_byte() -> None:
    handler, _ = make_handler()
    [output] = handler.handle(b"{broken", META)
    letter = DeadLetter.model_validate_json(output.value)
    assert (letter.original, letter.original_size, letter.original_truncated) == (
        b"{broken",
        7,
        False,
    )


def record_size(output: Output) -> int:
    return len(output.key) + len(output.value)


def test_a_dead_letter_of_a_huge_key_and_body_fits_the_output_limit() -> None:
    """The crash loop of the delivery issue: a 300 KB key and a 590 KB body that is not JSON
    made a 1.49 MB dead letter, which the broker refused."""
    handler, _ = make_handler(max_record_bytes=1_000_000)
    key, raw = b"k" * 300_000, b"\xfe" + b"x" * 590_000
    [output] = handler.handle(raw, RecordMeta("news.articles", 0, 9, key))
    assert record_size(output) <= Limits().max_output_record_bytes
    letter = DeadLetter.model_validate_json(output.value)
    assert letter.reason is DeadLetterReason.INVALID_JSON
    assert letter.original == raw and not letter.original_truncated  # 787 KB in base64
    assert letter.original_key == key[:1024] and letter.original_key_size == len(key)
    assert letter.original_key_sha256 == hashlib.sha256(key).hexdigest()
    assert output.key == b"sha256:" + hashlib.sha256(key).hexdigest().encode()


@pytest.mark.parametrize("limit", [16_384, 100_000, 1_000_000])
def test_every_field_at_its_largest_still_fits_the_limit(limit: int) -> None:
    """The largest key, topic name and message the handler can be given, with a record far
    over the limit: the dead letter is cut to fit whatever the limit."""
    topic = "t" * 5_000
    meta = RecordMeta(topic, 2**31 - 1, 2**63 - 1, b"\x00" * 1_000_000)
    letter_output = dead_letter(
        b"\x01" * 2_000_000,
        meta,
        DeadLetterReason.PROCESSING_ERROR,
        "\x00" * 1_000_000,  # JSON writes each as \u0000: six characters a character
        Limits(max_output_record_bytes=limit, dead_letter_max_original_bytes=10**9),
        NOW,
    )
    assert record_size(letter_output) <= limit
    letter = DeadLetter.model_validate_json(letter_output.value)
    assert len(letter.message) == 2_000 and letter.original_truncated
    assert letter.original == b"\x01" * len(letter.original)


def test_dead_letters_travel_as_standard_base64_and_are_read_strictly() -> None:
    handler, _ = make_handler()
    raw = b"\xfb\xff\xfe not json"  # encodes to "+" and "/" in standard base64
    [output] = handler.handle(raw, META)
    encoded = json.loads(output.value)["original"]
    assert "+" in encoded or "/" in encoded
    assert base64.b64decode(encoded, validate=True) == raw
    urlsafe = json.loads(output.value) | {"original": base64.urlsafe_b64encode(raw).decode()}
    with pytest.raises(ValidationError, match="not standard base64"):
        DeadLetter.model_validate(urlsafe)
