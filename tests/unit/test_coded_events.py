"""`TensionEvent.coded` (the coder's events, made without validation) gives the very record
`TensionEvent.validated` makes from the same fields: the same values of the same types, the
same field order (the JSON follows it), the same fields set."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import CODED_FIELDS, Actor, TensionEvent
from tensionwatch.domain.pipeline import code_article

ARTICLE = (
    "PARIS (Reuters) - French riot police fired tear gas at protesters in Paris on Tuesday, "
    "and the interior minister accused the opposition of stoking the unrest. "
    "The prime minister met union leaders on Wednesday and urged them to call off the strike. "
    "Japan's foreign minister condemned China's missile launch and summoned its ambassador."
)


def _same(coded: TensionEvent, validated: TensionEvent) -> None:
    assert coded == validated
    assert coded.model_dump_json() == validated.model_dump_json()
    assert list(coded.__dict__) == list(validated.__dict__) == list(TensionEvent.model_fields)
    assert coded.__pydantic_fields_set__ == validated.__pydantic_fields_set__
    assert [type(v) for v in coded.__dict__.values()] == [
        type(v) for v in validated.__dict__.values()
    ]


def test_the_coders_events_are_the_validated_records(coder: Coder) -> None:
    events = code_article(
        coder, "art-coded", ARTICLE, published_at=datetime(2026, 3, 3, tzinfo=UTC)
    ).events
    assert len(events) >= 3
    for event in events:
        fields = {name: getattr(event, name) for name in CODED_FIELDS}
        _same(event, TensionEvent.validated(fields))
        assert set(event.__pydantic_fields_set__) == set(CODED_FIELDS)


UNDATED = (
    "Spanish police detained an opposition leader in Madrid on Monday, and his party accused "
    "the government of persecution. "
    "In 2019, police arrested hundreds of protesters in Barcelona after the court sentenced "
    "nine separatist leaders. "
    "The prime minister said he would meet the party to discuss the arrest."
)


@pytest.mark.parametrize("published_at", [None, datetime(2026, 3, 3, 14, 30, tzinfo=UTC)])
def test_title_background_intended_and_undated_events_are_the_validated_records(
    coder: Coder, published_at: datetime | None
) -> None:
    """The fields the first article leaves at one value: events of the title, an article with
    no publication time (no event date, no `published_at`), a recalled act (background) and
    an intention."""
    events = code_article(
        coder,
        "art-coded-undated",
        UNDATED,
        title="Police detain Spanish opposition leader",
        published_at=published_at,
    ).events
    assert any(event.headline for event in events)
    assert any(event.modality == "intended" for event in events)
    if published_at is None:
        assert all(event.event_date is None or event.event_date.year == 2019 for event in events)
    else:
        assert any(event.modality == "background" for event in events)
    for event in events:
        fields = {name: getattr(event, name) for name in CODED_FIELDS}
        _same(event, TensionEvent.validated(fields))


def test_coded_fields_end_with_the_headline_and_leave_the_stages_fields_unset() -> None:
    assert CODED_FIELDS[0] == "event_id" and CODED_FIELDS[-1] == "headline"
    fields = {
        "event_id": "0" * 24,
        "article_id": "a",
        "sentence_index": 0,
        "char_start": 0,
        "char_end": 5,
        "sentence": "Paris protested.",
        "evidence": "protested",
        "cameo_code": "141",
        "cameo_root": "14",
        "plover_type": "PROTEST",
        "plover_mode": None,
        "quad_class": 3,
        "penta_class": 3,
        "goldstein": -6.5,
        "source": Actor(text="Paris", code="FRA", country="FRA"),
        "target": None,
        "dyad": "-|FRA",
        "modality": "asserted",
        "event_date": date(2026, 3, 3),
        "confidence": 0.7,
        "coder_version": "test",
        "published_at": None,
        "relevance": 1.0,
        "headline": False,
    }
    assert tuple(fields) == CODED_FIELDS
    coded = TensionEvent.coded(fields)
    _same(coded, TensionEvent.validated(fields))
    assert coded.text_basis == "body" and coded.cluster_id is None
    with pytest.raises(ValueError):  # frozen as a validated one is
        coded.dyad = "x"  # type: ignore[misc]
