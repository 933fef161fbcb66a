"""Bounded work and bad dates: one over-long sentence or one impossible date loses nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tensionwatch.domain.coder import PIECE_CHARS, Coder
from tensionwatch.domain.models import Sentence
from tensionwatch.domain.pipeline import code_article, new_context
from tensionwatch.domain.temporal import resolve_timing


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (date(9999, 12, 31), "They met tomorrow."),
        (date(9999, 12, 31), "Talks resume next month."),
        (date(9999, 12, 31), "They meet next Monday."),
        (date(1, 1, 1), "It began 999 years ago."),
        (date(1, 1, 1), "They met the day before yesterday."),
        (date(1, 1, 1), "It happened last year."),
    ],
)
def test_a_date_outside_the_calendar_is_dropped_not_raised(published: date, text: str) -> None:
    timing = resolve_timing(text, published)
    assert timing.event_date == published  # the relative date is dropped


def test_an_article_dated_at_the_end_of_time_keeps_its_events() -> None:
    coded = code_article(
        Coder(min_confidence=0.0),
        "a",
        # the lead may date its act before the day (round 40: a body sentence so dated is
        # background, docs/labelling.md point 30)
        "Iran condemned Israel 999 days ago. Russian troops shelled Kharkiv tomorrow.",
        published_at=datetime(9999, 12, 31, 23, 0, tzinfo=UTC),
    )
    assert {e.plover_type for e in coded.events} >= {"ASSAULT", "ACCUSE"}


def test_an_over_long_sentence_is_coded_piece_by_piece_with_true_offsets() -> None:
    unit = "Russia attacked Ukraine while Iran condemned Israel and the police arrested them. "
    text = unit.replace(". ", " ") * (3 * PIECE_CHARS // len(unit))
    sentence = Sentence(article_id="a", index=0, text=text, char_start=7, char_end=7 + len(text))
    events = Coder(min_confidence=0.0).code_sentence(sentence, None, new_context(None, [sentence]))
    assert len(text) > 2 * PIECE_CHARS and events
    assert all(len(event.sentence) <= PIECE_CHARS for event in events)
    assert all(text[e.char_start - 7 : e.char_end - 7] == e.evidence for e in events)
    assert len({(e.cameo_code, e.dyad) for e in events}) == len(events)  # each act once
