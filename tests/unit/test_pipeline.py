"""The article path: headline first, then the body, with one context."""

from __future__ import annotations

from datetime import datetime

from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.models import Sentence, TensionEvent
from tensionwatch.domain.pipeline import code_article


class RecordingCoder:
    """Remembers which sentences it saw, with which context."""

    version = "recording-1"

    def __init__(self) -> None:
        self.seen: list[tuple[Sentence, ArticleContext | None]] = []

    def code_sentence(
        self,
        sentence: Sentence,
        published_at: datetime | None,
        context: ArticleContext | None = None,
    ) -> list[TensionEvent]:
        self.seen.append((sentence, context))
        if context is not None:
            context.skipped += 1
        return []


def test_the_headline_comes_first_and_every_sentence_shares_one_context() -> None:
    coder = RecordingCoder()
    body = "SEOUL: The North fired a missile. Tokyo protested."
    coded = code_article(coder, "a1", body, title="North Korea fires missile")
    texts = [sentence.text for sentence, _ in coder.seen]
    assert texts == [
        "North Korea fires missile",
        "SEOUL: The North fired a missile.",
        "Tokyo protested.",
    ]
    assert coder.seen[0][0].headline and not coder.seen[1][0].headline
    contexts = {id(context) for _, context in coder.seen}
    assert len(contexts) == 1
    context = coder.seen[0][1]
    assert context is not None and context.title == "North Korea fires missile"
    assert context.dateline == "SEOUL"
    assert coded.skipped == 3 and len(coded.sentences) == 3


def test_an_article_without_a_title_starts_with_its_body() -> None:
    coder = RecordingCoder()
    code_article(coder, "a1", "Envoys met.", title="   ")
    assert [sentence.text for sentence, _ in coder.seen] == ["Envoys met."]
