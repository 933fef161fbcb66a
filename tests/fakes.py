"""Hand-written fakes for the domain seams."""

from __future__ import annotations

from datetime import datetime

from tensionwatch.domain.models import Actor, DeadLetterReason, Sentence, TensionEvent


class KeywordCoder:
    """Codes an ASSAULT (CAMEO 190) from RUS on UKR for every sentence saying `shelled`,
    and a CONSULT (040) for every sentence saying `met`; nothing otherwise."""

    version = "keyword-fake-1"

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None
    ) -> list[TensionEvent]:
        """Events for the keywords found in the sentence."""
        events = []
        if "shelled" in sentence.text:
            events.append(_event(sentence, published_at, "190", "ASSAULT", 4, 4, -10.0, "shelled"))
        if "met" in sentence.text.split():
            events.append(_event(sentence, published_at, "040", "CONSULT", 1, 1, 1.0, "met"))
        return events


class ExplodingCoder:
    """Raises on every sentence: stands in for a coder bug."""

    version = "exploding-fake-1"

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None
    ) -> list[TensionEvent]:
        """Always fails."""
        raise ZeroDivisionError("the coder broke")


def _event(
    sentence: Sentence,
    published_at: datetime | None,
    code: str,
    plover: str,
    quad: int,
    penta: int,
    goldstein: float,
    evidence: str,
) -> TensionEvent:
    source = Actor(text="Russia", code="RUS", country="RUS")
    target = Actor(text="Ukraine", code="UKR", country="UKR")
    dyad = TensionEvent.dyad_of(source, target)
    return TensionEvent(
        event_id=TensionEvent.make_id(sentence.article_id, sentence.index, code, dyad),
        article_id=sentence.article_id,
        sentence_index=sentence.index,
        char_start=sentence.char_start,
        char_end=sentence.char_end,
        sentence=sentence.text,
        evidence=evidence,
        cameo_code=code,
        cameo_root=code[:2],
        plover_type=plover,
        quad_class=quad,
        penta_class=penta,
        goldstein=goldstein,
        source=source,
        target=target,
        dyad=dyad,
        event_date=None,
        confidence=0.9,
        coder_version="keyword-fake-1",
        published_at=published_at,
    )


class RecordingMetrics:
    """Remembers what the handler measured."""

    def __init__(self) -> None:
        self.articles = 0
        self.sentences = 0
        self.events: list[str] = []
        self.escalations = 0
        self.dead_letters: list[DeadLetterReason] = []
        self.stages: list[str] = []

    def article_consumed(self) -> None:
        self.articles += 1

    def sentences_segmented(self, count: int) -> None:
        self.sentences += count

    def event_coded(self, event: TensionEvent) -> None:
        self.events.append(event.plover_type)

    def escalation_raised(self) -> None:
        self.escalations += 1

    def dead_lettered(self, reason: DeadLetterReason) -> None:
        self.dead_letters.append(reason)

    def stage_duration(self, stage: str, seconds: float) -> None:
        self.stages.append(stage)
