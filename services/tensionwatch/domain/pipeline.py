"""Article text to coded events: the one path shared by the stream and the offline CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from tensionwatch.domain.models import Sentence, TensionEvent
from tensionwatch.domain.segmenter import segment


class SentenceCoder(Protocol):
    """Anything that codes one sentence into events (the rule coder, or a fake in tests)."""

    version: str

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None
    ) -> list[TensionEvent]: ...


@dataclass(frozen=True, slots=True)
class CodedText:
    """The sentences of a text and the events coded from them, in sentence order."""

    sentences: list[Sentence]
    events: list[TensionEvent]


def code_text(
    coder: SentenceCoder, article_id: str, body: str, published_at: datetime | None
) -> CodedText:
    """Segment `body` and code every sentence; events keep sentence order."""
    sentences = segment(article_id, body)
    events: list[TensionEvent] = []
    for sentence in sentences:
        events.extend(coder.code_sentence(sentence, published_at))
    return CodedText(sentences, events)
