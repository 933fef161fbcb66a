"""The rule coder: one sentence in, its political acts out as `TensionEvent`s.

1. Triggers: the lexicon's patterns found in the sentence; overlapping ones resolved in
   favour of the more specific (more words, then higher weight).
2. Modality: a negated cooperative act becomes a rejection (12x), a negated conflict act no
   event; an act governed by "urged/demanded/refused/threatened/agreed to" folds into the
   governing act (which takes a more specific code); "will/wants to/plans to" make a
   cooperative act an intention (03x) and a coercive one a threat (13x).
3. Actors from the actor index; source and target by word order (`roles`).
4. Time from `temporal`; acts dated well before publication are background.
5. Confidence from the pattern's weight, the actors found and their distance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Protocol

from tensionwatch.domain import cameo, modality, roles
from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.lexicon import (
    Lexicon,
    Match,
    Tokens,
    default_lexicon,
    fallback_lexicon,
    tokenize,
)
from tensionwatch.domain.models import Actor, Modality, Sentence, TensionEvent
from tensionwatch.domain.temporal import Timing, resolve_timing

VERSION = "tw-rules-0.3"
DISCARD = "---"
# The threshold the evaluation and the service settings should default to: it keeps about
# 95% of the acts people coded while dropping almost all events in non-political sentences.
RECOMMENDED_MIN_CONFIDENCE = 0.5
# Acts usually reported as background of an accusation, or in a reduced relative clause.
REPORTED_ROOTS = frozenset({"11", "14", "15", "17", "18", "19", "20"})
TRANSITIVE_ROOTS = frozenset({"11", "17", "18"})  # verbs that need an object: "jailed over"


class ActorFinder(Protocol):
    """Anything that finds actors in a text (the actor index, or a fake in tests)."""

    def find(self, text: str, on: date | None = None) -> Sequence[roles.Span]: ...


@dataclass(slots=True)
class Candidate:
    """An act found in the sentence, before actors and time are attached (refined in place)."""

    code: str
    weight: float
    first: int
    last: int
    start: int
    end: int
    head_end: int
    before: modality.Before
    modality: Modality = "asserted"
    hedged: bool = False
    negated: bool = False
    penalty: float = 0.0

    @property
    def root(self) -> str:
        return self.code[:2]


def select(matches: Sequence[Match]) -> list[Match]:
    """Non-overlapping matches, the more specific and heavier first; in sentence order."""
    if len(matches) == 1:
        return [] if matches[0].pattern.code == DISCARD else list(matches)
    taken: list[Match] = []
    for match in _ranked(matches):
        for other in taken:
            if match.last >= other.first and match.first <= other.last:
                break  # overlaps a match already taken
        else:
            taken.append(match)
    return sorted((m for m in taken if m.pattern.code != DISCARD), key=_FIRST)


def _ranked(matches: Sequence[Match]) -> list[Match]:
    """The matches by rank: tuples compared in C rather than a key function called per match
    (the index keeps equal ranks in their original order, as a stable sort would)."""
    keys = sorted([(m.pattern.rank, m.first, m.last, i) for i, m in enumerate(matches)])
    return [matches[key[3]] for key in keys]


_FIRST = attrgetter("first")


def _candidate(match: Match, tokens: Tokens) -> Candidate:
    pattern = match.pattern
    spans = tokens.spans
    modality_: Modality = "intended" if pattern.code.startswith("03") else "asserted"
    return Candidate(
        pattern.code,
        pattern.weight,
        match.first,
        match.last,
        spans[match.first][0],
        spans[match.last][1],
        spans[match.first][1],
        modality.Before(tokens.words, match.first),
        modality_,
    )


def _negate(candidates: list[Candidate], words: Sequence[str]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in candidates:
        if not modality.is_negated(candidate.before) or candidate.root == "12":
            kept.append(candidate)
            continue
        rejection = modality.shift("reject", candidate.code)
        if candidate.root in modality.COOPERATIVE_ROOTS and rejection:
            candidate.code, candidate.modality, candidate.negated = rejection, "asserted", True
            kept.append(candidate)
    return kept


def _governor(candidate: Candidate, kept: list[Candidate], words: Sequence[str]) -> int | None:
    for index in range(len(kept) - 1, -1, -1):
        governor = kept[index]
        frame = modality.frame_of(governor.code)
        if frame and modality.links(words, governor.last, candidate.first, frame):
            return index
    return None


def _govern(candidates: list[Candidate], words: Sequence[str]) -> list[Candidate]:
    """Fold acts governed by "urged/agreed/refused/threatened ... to" into the governor."""
    kept: list[Candidate] = []
    for candidate in candidates:
        index = _governor(candidate, kept, words)
        if index is None or _separate(kept[index], candidate):
            kept.append(candidate)
            continue
        governor = kept[index]
        code = _governed_code(governor, candidate)
        weight = max(governor.weight, candidate.weight) + 0.05
        governor.code = code or governor.code
        governor.weight = min(weight, 0.95)
        governor.end, governor.last = max(governor.end, candidate.end), candidate.last
    return kept


def _separate(governor: Candidate, candidate: Candidate) -> bool:
    return bool(modality.frame_of(candidate.code)) and candidate.root != governor.root


def _governed_code(governor: Candidate, candidate: Candidate) -> str | None:
    if candidate.root == governor.root:
        return candidate.code if len(candidate.code) >= len(governor.code) else governor.code
    frame = modality.frame_of(governor.code)
    if frame == "intend" and candidate.root in modality.MATERIAL_CONFLICT_ROOTS:
        frame = "threaten"  # "prepared to impose martial law", "vowed to fight"
    return modality.shift(frame, candidate.code) if frame else None


def _intend(candidate: Candidate, words: Sequence[str]) -> None:
    """Demands ("must"), plans and intentions ("will", "wants to") change the code."""
    if candidate.root == "03" or candidate.negated:
        return
    if modality.is_obliged(candidate.before) and candidate.root not in {"10", "02"}:
        candidate.code = modality.shift("demand", candidate.code) or "100"
        return
    if not modality.is_intended(candidate.before):
        return
    candidate.modality = "intended"
    candidate.hedged = modality.is_hedged(candidate.before)
    if candidate.root == "04" and modality.is_scheduled(candidate.before):
        return  # "will meet", "is due to visit": a scheduled meeting is coded as the meeting
    if candidate.root in modality.COOPERATIVE_ROOTS:
        candidate.code = modality.shift("intend", candidate.code) or candidate.code
    elif candidate.root in modality.MATERIAL_CONFLICT_ROOTS:
        candidate.code = modality.shift("threaten", candidate.code) or candidate.code


def find_candidates(
    tokens: Tokens, lexicon: Lexicon, fallback: Lexicon | None = None
) -> list[Candidate]:
    """The acts of a tokenized sentence with their modality, in sentence order.

    The fallback lexicon is tried only when the main one finds nothing.
    """
    matches = lexicon.find(tokens)
    if not matches and fallback is not None:
        matches = fallback.find(tokens)
    if not matches:
        return []
    words = tokens.words
    candidates = [_candidate(match, tokens) for match in select(matches)]
    candidates = _govern(_negate(candidates, words), words)
    _weigh(candidates)
    return candidates


def _backgrounded(candidate: Candidate, accused: bool) -> bool:
    """ "accused ... of the attack"; "a man jailed over ...": not the main act."""
    if candidate.root not in REPORTED_ROOTS:
        return False
    return accused or (candidate.root in TRANSITIVE_ROOTS and modality.is_reduced(candidate.before))


def _weigh(candidates: list[Candidate]) -> None:
    """Modality of each act, and how likely it is the sentence's main act."""
    previous: str | None = None
    accused = False
    for candidate in candidates:
        _intend(candidate, candidate.before.words)
        candidate.penalty = modality.salience_penalty(candidate.before, previous)
        if _backgrounded(candidate, accused):
            candidate.penalty += 0.15
        accused = accused or modality.frame_of(candidate.code) == "accuse"
        previous = candidate.code


def confidence(candidate: Candidate, found: roles.Roles, discount: float) -> float:
    """How sure the coder is: pattern weight, actors present, their distance, cues.

    `discount` is the sentence's: off-topic cues, a question."""
    score = 0.2 + 0.55 * candidate.weight
    score += 0.15 if found.source else 0.0
    score += 0.1 if found.target else -0.08 if found.source is None else 0.0
    score -= min(found.distance, 150) / 1500
    score -= 0.1 if candidate.hedged else 0.0
    score -= candidate.penalty
    score -= discount
    # Clamped to [0.01, 0.99] as min(max(score, 0.01), 0.99) would, without two calls.
    score = 0.01 if 0.01 > score else 0.99 if 0.99 < score else score
    return round(score, 3)


def _ceiling(candidate: Candidate, discount: float) -> float:
    """The best confidence `candidate` could reach, with both actors right at the trigger."""
    return 0.45 + 0.55 * candidate.weight - candidate.penalty - discount


# Rounding to 3 decimals can lift a score by 0.0005, float sums by far less: a candidate whose
# ceiling is this far below the threshold cannot reach it.
HOPELESS_MARGIN = 0.001


@dataclass(slots=True)
class _Scored:
    """A candidate that passed the threshold, with its actors and dyad."""

    score: float
    candidate: Candidate
    found: roles.Roles
    dyad: str

    def rank(self) -> tuple[float, int]:
        """Most confident first, then in sentence order."""
        return (-self.score, self.candidate.start)


class Coder:
    """Codes sentences into events with the project's trigger lexicon and actor index."""

    version: str = VERSION

    def __init__(
        self,
        *,
        min_confidence: float = 0.0,
        actors: ActorFinder | None = None,
        lexicon: Lexicon | None = None,
        fallback: Lexicon | None | bool = True,
    ) -> None:
        """`lexicon` defaults to the project's; `fallback=True` adds the PETRARCH-derived
        verb lexicon for sentences the main one finds nothing in (False: none)."""
        self.min_confidence = min_confidence
        self._actors = actors
        self._lexicon = lexicon
        self._fallback = fallback

    @property
    def actors(self) -> ActorFinder:
        if self._actors is None:
            from tensionwatch.domain.actors import default_index

            self._actors = default_index()
        return self._actors

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = default_lexicon()
        return self._lexicon

    @property
    def fallback(self) -> Lexicon | None:
        if self._fallback is True:
            self._fallback = fallback_lexicon()
        return self._fallback if isinstance(self._fallback, Lexicon) else None

    def load(self) -> Coder:
        """Load the lexicons and the actor index now rather than on the first sentence."""
        _ = (self.actors, self.lexicon, self.fallback)
        return self

    def code_sentence(
        self,
        sentence: Sentence,
        published_at: datetime | None,
        context: ArticleContext | None = None,
    ) -> list[TensionEvent]:
        """The acts of one sentence, most confident first (none when it names no act)."""
        tokens = tokenize(sentence.text)
        candidates = find_candidates(tokens, self.lexicon, self.fallback)
        if not candidates:
            return []  # no act: the sentence's cues need not be looked at
        discount = modality.sentence_discount(tokens.words, sentence.text)
        if not any(_ceiling(c, discount) >= self.min_confidence for c in candidates):
            return []  # no act could pass: skip the actor and date look-ups
        published = published_at.date() if published_at else None
        timing = resolve_timing(sentence.text, published)
        spans = self.actors.find(sentence.text, timing.event_date or published)
        best: dict[tuple[str, str], _Scored] = {}
        clause = roles.Context(tokens)
        hopeless = self.min_confidence - HOPELESS_MARGIN
        for candidate in candidates:
            if max(_ceiling(candidate, discount), 0.01) < hopeless:
                continue  # its confidence would fall below the threshold whoever the actors
            found = roles.assign(clause, spans, candidate.start, candidate.head_end, candidate.code)
            score = confidence(candidate, found, discount)
            if score < self.min_confidence:
                continue
            dyad = TensionEvent.dyad_of(found.source, found.target)
            key = (candidate.code, dyad)
            if key not in best or best[key].score < score:
                best[key] = _Scored(score, candidate, found, dyad)
        ranked = sorted(best.values(), key=_Scored.rank)
        return [self._event(sentence, published_at, scored, timing) for scored in ranked]

    def _event(
        self, sentence: Sentence, published_at: datetime | None, scored: _Scored, timing: Timing
    ) -> TensionEvent:
        candidate, found, dyad = scored.candidate, scored.found, scored.dyad
        entry = cameo.lookup(candidate.code)
        mode: Modality = "background" if timing.background else candidate.modality
        fields = {  # a literal: dict(**keywords) costs three times as much
            "event_id": TensionEvent.make_id(
                sentence.article_id, sentence.index, entry.code, dyad, sentence.headline
            ),
            "article_id": sentence.article_id,
            "sentence_index": sentence.index,
            "char_start": sentence.char_start + candidate.start,
            "char_end": sentence.char_start + candidate.end,
            "sentence": sentence.text,
            "evidence": sentence.text[candidate.start : candidate.end],
            "cameo_code": entry.code,
            "cameo_root": entry.root,
            "plover_type": entry.plover_type,
            "plover_mode": entry.plover_mode,
            "quad_class": entry.quad_class,
            "penta_class": entry.penta_class,
            "goldstein": entry.goldstein,
            "source": found.source,
            "target": found.target,
            "dyad": dyad,
            "modality": mode,
            "event_date": timing.event_date,
            "confidence": scored.score,
            "coder_version": self.version,
            "published_at": published_at,
            "headline": sentence.headline,
        }
        return TensionEvent.validated(fields)


def actor_country(actor: Actor | None) -> str | None:
    """The country (or organisation) code an actor stands for, for comparisons."""
    if actor is None:
        return None
    return actor.country or actor.code[:3] or None
