"""Helpers shared by the coder's role tests: code one sentence alone or a whole article, and
pick an event by type."""

from __future__ import annotations

from datetime import UTC, datetime

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import Actor, Sentence, TensionEvent
from tensionwatch.domain.pipeline import code_article

PUBLISHED = datetime(2024, 5, 15, 9, 0, tzinfo=UTC)


def country(actor: Actor | None) -> str | None:
    return actor.country if actor else None


def events(coder: Coder, text: str) -> list[TensionEvent]:
    """The events of one sentence coded alone (no article context)."""
    sentence = Sentence(article_id="t", index=3, text=text, char_start=0, char_end=len(text))
    return coder.code_sentence(sentence, PUBLISHED)


def of_type(found: list[TensionEvent], plover: str) -> TensionEvent:
    matching = [event for event in found if event.plover_type == plover]
    assert matching, f"no {plover} among {[e.plover_type for e in found]}"
    return matching[0]


def article(coder: Coder, body: str, title: str | None = None) -> list[TensionEvent]:
    """The events of a whole article (its title coded as the headline)."""
    return code_article(coder, "art", body, title=title, published_at=PUBLISHED).events
