"""Article to coded events: the one path shared by the stream, the offline CLI and evaluation.

The headline is coded as the article's first sentence (flagged `headline`, its offsets into
the title), then the body's sentences in order, all with one `ArticleContext`, so that later
sentences can refer back to what the headline, the dateline and earlier sentences named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from tensionwatch.domain.context import ArticleContext, dateline_date, dateline_end
from tensionwatch.domain.errors import BudgetExceeded
from tensionwatch.domain.lexicon import fold
from tensionwatch.domain.models import Sentence, TensionEvent
from tensionwatch.domain.segmenter import segment, title_sentence


class SentenceCoder(Protocol):
    """Anything that codes one sentence into events (the rule coder, or a fake in tests).

    `context` is the article being coded; the coder reads and updates it (None: a sentence
    on its own)."""

    version: str

    def code_sentence(
        self,
        sentence: Sentence,
        published_at: datetime | None,
        context: ArticleContext | None = None,
    ) -> list[TensionEvent]: ...


@dataclass(frozen=True, slots=True)
class CodedText:
    """The sentences of an article (headline first, when it has one), the events coded from
    them in sentence order, and how many sentences were skipped as not political."""

    sentences: list[Sentence]
    events: list[TensionEvent]
    skipped: int = 0


def new_context(title: str | None, body_sentences: list[Sentence]) -> ArticleContext:
    """The context an article starts with: its title and its dateline, if it has them."""
    # the coder reads sentences with accented letters folded (`Coder.code_sentence`): so does
    # the context (its look-ahead over the article, the dateline)
    context = ArticleContext(title=fold(title) if title else title)
    texts = ([title] if title else []) + [s.text for s in body_sentences]
    context.texts = [fold(text) for text in texts]
    first = next((s for s in body_sentences if not s.is_heading), None)
    if first is not None:
        end, place = dateline_end(fold(first.text), first=True)
        context.dateline = place if end else ""
        context.month, context.day = dateline_date(fold(first.text)[:end])
    return context


def code_sentences(
    coder: SentenceCoder,
    sentences: list[Sentence],
    published_at: datetime | None,
    context: ArticleContext,
    expired: Callable[[], bool] | None = None,
) -> list[TensionEvent]:
    """Code sentences in order with one context; events keep sentence order.

    Raises BudgetExceeded once `expired()` says the article's time is up, asked before each
    sentence: every sentence is bounded (the segmenter caps its length), so one article
    cannot hold the worker much past its budget.
    """
    events: list[TensionEvent] = []
    for number, sentence in enumerate(sentences):
        if expired is not None and expired():
            raise BudgetExceeded(f"stopped before sentence {number + 1} of {len(sentences)}")
        events.extend(coder.code_sentence(sentence, published_at, context))
    return events


def code_article(
    coder: SentenceCoder,
    article_id: str,
    body: str,
    *,
    title: str | None = None,
    published_at: datetime | None = None,
    expired: Callable[[], bool] | None = None,
) -> CodedText:
    """Segment the title and body of an article and code every sentence, headline first
    (within the time `expired` allows, when given)."""
    body_sentences = segment(article_id, body)
    headline = title_sentence(article_id, title)
    sentences = [headline, *body_sentences] if headline is not None else body_sentences
    context = new_context(title, body_sentences)
    events = code_sentences(coder, sentences, published_at, context, expired)
    return CodedText(sentences, events, context.skipped)


def code_text(
    coder: SentenceCoder, article_id: str, body: str, published_at: datetime | None
) -> CodedText:
    """A body without a title: `code_article` with no headline."""
    return code_article(coder, article_id, body, published_at=published_at)
