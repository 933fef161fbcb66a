"""The records' contracts and the JSON Schemas generated from them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from tensionwatch.domain.models import Actor, Article, DeadLetter, DeadLetterReason, TensionEvent
from tensionwatch.entrypoints.schemas import drifted, render_schemas, write_schemas
from tensionwatch.settings import Settings

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_schemas_in_the_repository_match_the_models() -> None:
    assert drifted(SCHEMAS) == [], "run `tensionwatch schemas` and commit the result"


def test_a_changed_schema_file_counts_as_drift(tmp_path: Path) -> None:
    write_schemas(tmp_path)
    (tmp_path / "tension_event.json").write_text("{}", encoding="utf-8")
    assert drifted(tmp_path) == ["tension_event.json"]


def test_every_published_record_has_a_schema() -> None:
    assert set(render_schemas()) == {
        "article.json",
        "sentence.json",
        "tension_event.json",
        "dead_letter.json",
        "openapi.json",  # the HTTP ingest door's description
        "cluster.json",
        "dyad_index.json",
        "alert.json",
        "tension_api.openapi.json",
    }


def test_article_takes_the_service_field_names() -> None:
    article = Article.model_validate(
        {
            "id": "a",
            "url": "u",
            "source": "s",
            "title": "t",
            "body": "b",
            "published_at": "2026-11-01T10:00:00+01:00",
            "language": "EN",
        }
    )
    assert article.published_at == datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert article.language == "en"


def test_naive_publication_times_are_taken_as_utc() -> None:
    article = Article.model_validate({"body": "b", "date_publish": "2019-04-12 09:12:00"})
    assert article.published_at == datetime(2019, 4, 12, 9, 12, tzinfo=UTC)


def test_an_article_without_id_gets_one_from_its_url() -> None:
    one = Article.model_validate({"url": "https://x/1", "body": "first"})
    same = Article.model_validate({"url": "https://x/1", "body": "edited"})
    assert one.id == same.id and one.id.startswith("art-")


def test_records_are_frozen() -> None:
    article = Article.model_validate({"body": "b"})
    with pytest.raises(ValidationError):
        article.body = "changed"  # type: ignore[misc]


def test_dead_letter_keeps_arbitrary_bytes_through_json() -> None:
    letter = DeadLetter(
        reason=DeadLetterReason.INVALID_JSON,
        message="m",
        original=b"\xff\x00{",
        original_size=3,
        source_topic="t",
        source_partition=0,
        source_offset=1,
        failed_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert DeadLetter.model_validate_json(letter.model_dump_json()).original == b"\xff\x00{"


def test_dyad_keys_are_undirected_and_name_missing_sides() -> None:
    rus, ukr = (
        Actor(text="Russia", code="RUS", country="RUS"),
        Actor(text="Kyiv", code="UKRGOV", country="UKR", sector="GOV"),
    )
    assert TensionEvent.dyad_of(rus, ukr) == TensionEvent.dyad_of(ukr, rus) == "RUS|UKR"
    assert TensionEvent.dyad_of(rus, None) == "-|RUS"
    igo = Actor(text="NATO", code="IGOWSTNAT", sector="IGO")
    assert TensionEvent.dyad_of(igo, rus) == "IGOWSTNAT|RUS"


def test_event_ids_depend_on_article_sentence_and_act_only() -> None:
    one = TensionEvent.make_id("a", 3, "190", "RUS|UKR")
    assert one == TensionEvent.make_id("a", 3, "190", "RUS|UKR")
    assert one != TensionEvent.make_id("a", 4, "190", "RUS|UKR")
    assert one != TensionEvent.make_id("a", 3, "193", "RUS|UKR")


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSIONWATCH_BROKER", "kafka://k1:9092, k2:9093")
    monkeypatch.setenv("TENSIONWATCH_TOPIC_EVENTS", "ev")
    monkeypatch.setenv("TENSIONWATCH_SASL_PASSWORD", "hunter2")
    settings = Settings()
    assert settings.bootstrap_servers() == ["k1:9092", "k2:9093"]
    assert settings.faust_broker() == "kafka://k1:9092;kafka://k2:9093"
    assert settings.topic_events == "ev"
    assert "hunter2" not in repr(settings)


def test_settings_reject_an_unknown_processing_guarantee(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSIONWATCH_PROCESSING_GUARANTEE", "at_most_once")
    with pytest.raises(ValidationError):
        Settings()
