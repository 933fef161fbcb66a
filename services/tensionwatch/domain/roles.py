"""Who did it and to whom: source and target actors of a trigger from word order.

Active voice: the source is the nearest actor before the trigger that does not sit in a
prepositional phrase ("in Moscow"), the target the first actor after it. Passive voice
("was attacked by X"): the source follows "by", the target precedes. Symmetric acts (meet,
agree, cooperate) with "X and Y" before the trigger, or "between X and Y" after it, name both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple, Protocol

from tensionwatch.domain.lexicon import Tokens
from tensionwatch.domain.models import Actor

SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
MEDIATING_CODES = frozenset({"045", "038", "039", "043", "028", "108"})
DATELINE_CHARS = 40
NEAR_ENOUGH = 60  # characters: a named actor this close beats a bare agent word
PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "with",
        "from",
        "to",
        "of",
        "for",
        "against",
        "near",
        "on",
        "into",
        "by",
        "toward",
        "towards",
        "over",
        "across",
        "inside",
        "outside",
        "between",
        "among",
    }
)
BE_WORDS = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"})
IRREGULAR_PARTICIPLES = frozenset(
    {
        "shot",
        "held",
        "hit",
        "struck",
        "taken",
        "beaten",
        "seen",
        "caught",
        "brought",
        "sent",
        "thrown",
        "bought",
        "sold",
        "slain",
        "stabbed",
        "frozen",
        "broken",
        "given",
        "met",
    }
)
_CONJOINED = re.compile(r"^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


class Span(Protocol):
    """A found actor: `actor` with its character span in the sentence."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def actor(self) -> Actor: ...


class Roles(NamedTuple):
    """The two sides of an act and how far (in characters) they stand from its trigger."""

    source: Actor | None
    target: Actor | None
    distance: int


class Context:
    """A sentence's text and tokens, to look up the words before a character offset."""

    __slots__ = ("dateline", "starts", "text", "words")

    def __init__(self, tokens: Tokens) -> None:
        self.text = tokens.text
        self.words = tokens.words
        self.starts = list(map(itemgetter(0), tokens.spans))
        self.dateline = _dateline_end(self.text)

    def before(self, offset: int, count: int) -> list[str]:
        """The `count` words (lowercased) that end before character `offset`."""
        index = bisect_left(self.starts, offset)
        return self.words[index - count if index > count else 0 : index]


def _after_preposition(context: Context, span: Span) -> bool:
    words = context.before(span.start, 2)
    return bool(words) and (
        words[-1] in PREPOSITIONS
        or (len(words) == 2 and words[0] in PREPOSITIONS and words[1] == "the")
    )


def is_passive(context: Context, start: int) -> bool:
    """Whether the trigger is a past participle after a form of "be" ("was attacked")."""
    following = context.before(start + 1, 1)
    head = following[0] if following else ""
    if not (head.endswith(("ed", "en")) or head in IRREGULAR_PARTICIPLES):
        return False
    return any(word in BE_WORDS for word in context.before(start, 2))


def _subject(context: Context, before: Sequence[Span]) -> Span | None:
    for span in reversed(before):
        if not _after_preposition(context, span):
            return span
    return before[-1] if before else None


def _agent(text: str, end: int, after: Sequence[Span]) -> Span | None:
    for span in after:
        between = text[end : span.start].lower().split()
        if "by" in between[-3:] and len(between) <= 8:
            return span
    return None


def _named(span: Span) -> bool:
    return bool(span.actor.country) or len(span.actor.code) > 3


def _other(spans: Sequence[Span], source: Span | None) -> Span | None:
    """The first actor after the trigger that is not the source; a country or organisation
    close behind a bare agent word ("its troops to Lebanon") is preferred to it."""
    others = [s for s in spans if source is None or s.actor.code != source.actor.code]
    if not others:
        return None
    first = others[0]
    if not _named(first):
        for span in others[1:]:
            if span.start - first.end > NEAR_ENOUGH:
                break
            if _named(span):
                return span
    return first


def _pair_before(text: str, before: Sequence[Span]) -> tuple[Span, Span] | None:
    """The two actors nearest the trigger, when they are joined by "and" ("X and Y met")."""
    if len(before) >= 2 and _CONJOINED.match(text[before[-2].end : before[-1].start]):
        return before[-2], before[-1]
    return None


def _pair_between(context: Context, after: Sequence[Span]) -> tuple[Span, Span] | None:
    for left, right in zip(after, after[1:], strict=False):
        lead = context.before(left.start, 2)
        if "between" in lead and _CONJOINED.match(context.text[left.end : right.start]):
            return left, right
    return None


def _symmetric(
    context: Context, before: Sequence[Span], after: Sequence[Span]
) -> tuple[Span, Span] | None:
    return _pair_before(context.text, before) or _pair_between(context, after)


_NOBODY = Roles(None, None, 0)


def assign(context: Context, spans: Sequence[Span], start: int, end: int, code: str) -> Roles:
    """Source and target of the trigger at text[start:end] with CAMEO code `code`."""
    if not spans:
        return _NOBODY  # what the rules below come to without actors, without running them
    text = context.text
    dateline = context.dateline
    before = [span for span in spans if dateline <= span.start and span.end <= start]
    after = [span for span in spans if span.start >= end]
    symmetric = code[:2] in SYMMETRIC_ROOTS and code[:3] not in MEDIATING_CODES
    pair = _symmetric(context, before, after) if symmetric else None
    source: Span | None
    target: Span | None
    if pair is not None:
        source, target = pair
    elif is_passive(context, start):
        source = _agent(text, end, after)
        target = _subject(context, before)
    else:
        source = _subject(context, before)
        target = _other(after, source)
    return Roles(
        source.actor if source else None,
        target.actor if target else None,
        _distance(start, end, source, target),
    )


def _dateline_end(text: str) -> int:
    """Where a dateline ("GAZA CITY, Palestinian Territories:") ends; 0 without one."""
    colon = text.find(":", 0, DATELINE_CHARS)
    return colon + 1 if colon > 0 and text[:colon].count(" ") <= 4 else 0


def _distance(start: int, end: int, source: Span | None, target: Span | None) -> int:
    gap = 0
    for span in (source, target):
        if span is not None:  # the larger of the gaps before and after (no max(): hot path)
            before, after = start - span.end, span.start - end
            further = before if before > after else after
            gap = further if further > gap else gap
    return gap
