"""schemas/article.json accepts what the worker accepts: news-please's records included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic import ValidationError

from tensionwatch.domain.models import Article
from tensionwatch.entrypoints.demo import load_records

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schemas" / "article.json").read_text("utf-8")
)

# Shaped like a file news-please writes (written for this test, not copied from one).
NEWS_PLEASE = {
    "authors": ["A. Writer"],
    "date_download": "2026-11-25 10:02:11",
    "date_modify": None,
    "date_publish": "2026-11-25 09:00:00",
    "description": "Troops moved overnight.",
    "filename": "https%3A%2F%2Fnews.example%2Fworld%2Fborder.json",
    "image_url": None,
    "language": "en",
    "localpath": None,
    "maintext": "Troops shelled the border town on Tuesday, officials said.",
    "source_domain": "news.example",
    "text": None,
    "title": "Shelling at the border",
    "title_page": None,
    "title_rss": None,
    "url": "https://news.example/world/border",
}


def schema_accepts(record: dict[str, Any]) -> bool:
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return validator.is_valid(record)


def model_accepts(record: dict[str, Any]) -> bool:
    try:
        Article.model_validate_json(json.dumps(record))
    except ValidationError:
        return False
    return True


RECORDS = [
    NEWS_PLEASE,
    {"id": "a1", "body": "Text.", "published_at": "2026-11-25T09:00:00Z"},
    {"article_id": "a2", "content": "Text.", "published": "2026-11-25"},
    {"uuid": "a3", "text": "Text.", "date": "2026-11-25 09:00", "headline": "H"},
    {"title": "no body at all"},
    {"body": 42},
    {"maintext": "Text.", "date_publish": "Tuesday"},
    {"body": "Text.", "published_at": "2026-11-25T09:00:00+01:00"},
    {"body": "Text.", "id": "x" * 300},
]


@pytest.mark.parametrize("record", RECORDS, ids=range(len(RECORDS)))
def test_the_schema_and_the_model_agree(record: dict[str, Any]) -> None:
    assert schema_accepts(record) == model_accepts(record)


def test_a_news_please_record_is_valid_against_the_schema() -> None:
    assert schema_accepts(NEWS_PLEASE)
    assert Article.model_validate(NEWS_PLEASE).body.startswith("Troops shelled")


def test_the_schema_names_every_alias_of_the_body() -> None:
    for alias in ("body", "maintext", "text", "content"):
        assert alias in SCHEMA["properties"]


def test_a_pretty_printed_news_please_file_is_one_record_for_the_demo(tmp_path: Path) -> None:
    path = tmp_path / "border.json"
    path.write_text(json.dumps(NEWS_PLEASE, indent=4), encoding="utf-8")
    [record] = load_records(path)
    assert json.loads(record) == NEWS_PLEASE


def test_a_json_array_file_is_one_record_per_item(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([NEWS_PLEASE, {"body": "b"}], indent=2), encoding="utf-8")
    assert [json.loads(r) for r in load_records(path)] == [NEWS_PLEASE, {"body": "b"}]


def test_a_json_file_of_json_lines_is_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"body": "a"}\n{"body": "b"}\n', encoding="utf-8")
    assert load_records(path) == [b'{"body": "a"}', b'{"body": "b"}']
