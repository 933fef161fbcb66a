"""Score the coder against sentences people coded by hand.

Accepts JSONL in the three formats of `labelled` (PLOVER gold standard, PETRARCH-2 gold
standard, ConfliBERT CAMEO classes), one sentence per row.

Each sentence is coded alone, except the rows of one article (`article_id`, news-stream
format), which are coded in order with one article context; the coder's most confident
event is its prediction.

- Type scores (PLOVER type, PentaClass, CAMEO root, as far as the file labels them) are
  computed over the sentences people judged relevant; a sentence without an event counts as
  a miss of its class (prediction `-`). When people coded several events in a sentence the
  prediction is scored against the one of the same class if there is one, else the first.
- Relevance: the share of relevant sentences with an event, and of irrelevant ones without.
- Actor agreement, over correctly typed events: a side agrees when the coder's actor has the
  same country (first three letters of the code; organisations by their first six, "IGOUNO")
  as one of people's actors on that side, or when its words overlap theirs; a side people
  left empty agrees only with no actor. A code people left without a country ("---REB")
  agrees with an actor of no country and the same sector ("---": any actor of no country).
  For symmetric acts whose second party people put among the sources (or PETRARCH listed
  in both directions), the two sides may be swapped. "both" is the headline figure.
- Dyad (`scoring.dyad_right`): the prediction's type and both parties' countries right, over
  the sentences with an event (precision) and over the relevant sentences (recall).
- Reliability: the predictions by confidence, with the share right in each bin (right = the
  dyad right when the file labels actors, else the type right).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tensionwatch.domain.agreement import Agreement, actor_agrees, sides_agree
from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.labelled import (
    EvaluationError,
    GoldActor,
    GoldEvent,
    Row,
    load_rows,
    parse_row,
)
from tensionwatch.domain.models import Sentence, TensionEvent
from tensionwatch.domain.pipeline import code_sentences, new_context
from tensionwatch.domain.scoring import Judged, dyad_right, parties_right, reliability_lines

__all__ = [
    "NONE",
    "Agreement",
    "ClassScore",
    "EvaluationError",
    "GoldActor",
    "GoldEvent",
    "Metric",
    "Report",
    "Row",
    "actor_agrees",
    "evaluate",
    "load_rows",
    "parse_row",
    "render",
    "run_evaluation",
    "score",
]

NONE = "-"


@dataclass(frozen=True, slots=True)
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Metric:
    """Per-class scores, macro-F1 and confusion (gold, predicted) -> count for one label."""

    name: str
    classes: tuple[ClassScore, ...]
    macro_f1: float
    accuracy: float
    confusion: dict[tuple[str, str], int]


@dataclass(frozen=True, slots=True)
class Dyads:
    """Predictions with the type and both parties' countries right."""

    predicted: int = 0  # sentences with an event
    relevant: int = 0  # relevant sentences whose gold event names its parties
    right: int = 0
    typed: int = 0  # of the relevant ones, predictions of the right type

    @property
    def countries(self) -> float:
        """Both parties' countries right, among the predictions of the right type."""
        return self.right / self.typed if self.typed else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.relevant if self.relevant else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    """The scores of one labelled file."""

    path: str
    coder_version: str
    min_confidence: float
    wire_min_confidence: float
    rows: int
    relevant: int
    irrelevant: int
    relevant_with_event: float
    irrelevant_without_event: float
    metrics: tuple[Metric, ...]
    agreement: Agreement
    dyads: Dyads | None = None  # when the file labels actors
    judged: tuple[Judged, ...] = ()  # (confidence, type right, dyad right) of each prediction


# --- scoring -------------------------------------------------------------------------------


def predict(coder: Coder, rows: Sequence[Row]) -> list[TensionEvent | None]:
    """The coder's most confident event for each row (None when it finds no act); the rows
    of one article are coded in order with one context."""
    return [events[0] if events else None for _, _, _, events in coded(coder, rows)]


def coded(
    coder: Coder, rows: Sequence[Row]
) -> Iterator[tuple[Row, Sentence, ArticleContext, list[TensionEvent]]]:
    """Each row with its sentence, its article's context and the events the coder finds in
    it, row by row: the rows of one article are coded in order with one context."""
    for group in _articles(rows):
        sentences = [_sentence(row, index) for index, row in enumerate(group)]
        context = new_context(None, sentences)
        for row, sentence in zip(group, sentences, strict=True):
            events = code_sentences(coder, [sentence], row.published_at, context)
            yield row, sentence, context, events


def _articles(rows: Sequence[Row]) -> list[list[Row]]:
    """Consecutive rows of one article together; a row without an article alone."""
    groups: list[list[Row]] = []
    for row in rows:
        if row.article_id and groups and groups[-1][0].article_id == row.article_id:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _sentence(row: Row, index: int) -> Sentence:
    fields = {
        "article_id": row.article_id or row.id or "eval",
        "index": index if row.article_id else 0,
        "text": row.text,
        "char_start": 0,
        "char_end": len(row.text),
    }
    return Sentence.validated(fields)


def _label(event: GoldEvent | TensionEvent | None, name: str) -> str | None:
    if event is None:
        return NONE
    if isinstance(event, TensionEvent):
        values = {
            "plover": event.plover_type,
            "penta": str(event.penta_class),
            "root": event.cameo_root,
        }
        return values[name]
    raw = {"plover": event.plover, "penta": event.penta, "root": event.root}[name]
    return None if raw is None else str(raw)


def matching_gold(row: Row, predicted: TensionEvent | None, name: str) -> GoldEvent:
    """The gold event a prediction is scored against: of the row's events of its class, one
    with the same parties if any (a row may hold two acts of one class between other
    parties), else the first of its class, else the row's first."""
    label = _label(predicted, name)
    same = [gold for gold in row.events if _label(gold, name) == label]
    if predicted is not None:
        for gold in same:
            if parties_right(predicted, gold):
                return gold
    return same[0] if same else row.events[0]


def score(name: str, pairs: Sequence[tuple[str, str]]) -> Metric:
    """Per-class precision/recall/F1 and macro-F1 over (gold, predicted) label pairs."""
    confusion = Counter(pairs)
    labels = sorted({gold for gold, _ in pairs})
    classes = tuple(_class_score(label, pairs) for label in labels)
    macro = sum(c.f1 for c in classes) / len(classes) if classes else 0.0
    accuracy = sum(1 for gold, pred in pairs if gold == pred) / len(pairs) if pairs else 0.0
    return Metric(name, classes, macro, accuracy, dict(confusion))


def _class_score(label: str, pairs: Sequence[tuple[str, str]]) -> ClassScore:
    tp = sum(1 for gold, pred in pairs if gold == label and pred == label)
    predicted = sum(1 for _, pred in pairs if pred == label)
    support = sum(1 for gold, _ in pairs if gold == label)
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClassScore(label, precision, recall, f1, support)


def _pairs(
    rows: Sequence[Row], predictions: Sequence[TensionEvent | None], name: str
) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for row, predicted in zip(rows, predictions, strict=True):
        if not row.relevant:
            continue
        gold = _label(matching_gold(row, predicted, name), name)
        if gold is not None:
            pairs.append((gold, _label(predicted, name) or NONE))
    return pairs


# --- actors --------------------------------------------------------------------------------


def agreement(
    rows: Sequence[Row], predictions: Sequence[TensionEvent | None], name: str
) -> Agreement:
    """Actor agreement over the events whose `name` label is right."""
    events = sources = targets = both = 0
    for row, predicted in zip(rows, predictions, strict=True):
        if predicted is None or not row.relevant:
            continue
        gold = matching_gold(row, predicted, name)
        if _label(gold, name) != _label(predicted, name):
            continue
        if not (gold.sources or gold.targets):
            continue
        source, target = sides_agree(predicted, gold, row)
        events, sources, targets = events + 1, sources + source, targets + target
        both += source and target
    return Agreement(events, sources, targets, both)


# --- the report ----------------------------------------------------------------------------


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def _labels_actors(rows: Sequence[Row]) -> bool:
    return any(gold.sources or gold.targets for row in rows for gold in row.events)


def _rights(row: Row, predicted: TensionEvent, name: str, actors: bool) -> tuple[bool, bool]:
    """(type right, dyad right) of a prediction on a relevant row."""
    gold = matching_gold(row, predicted, name)
    typed = _label(gold, name) == _label(predicted, name)
    return typed, actors and gold.plover is not None and dyad_right(predicted, gold)


def judge(
    rows: Sequence[Row], predictions: Sequence[TensionEvent | None], name: str
) -> tuple[Dyads | None, tuple[Judged, ...]]:
    """The dyad score (files with actors) and each prediction's (confidence, type right,
    dyad right)."""
    actors = _labels_actors(rows)
    judged: list[Judged] = []
    relevant = right = typed_count = 0
    for row, predicted in zip(rows, predictions, strict=True):
        labelled = row.relevant and any(g.sources or g.targets for g in row.events)
        relevant += labelled
        if predicted is None:
            continue
        typed, dyad = _rights(row, predicted, name, actors) if row.relevant else (False, False)
        judged.append((predicted.confidence, typed, dyad if actors else None))
        right += dyad and labelled
        typed_count += typed and labelled
    dyads = Dyads(len(judged), relevant, right, typed_count) if actors else None
    return dyads, tuple(judged)


def evaluate(rows: Sequence[Row], coder: Coder, path: str = "") -> Report:
    """Score `coder` on labelled rows."""
    predictions = predict(coder, rows)
    names = [n for n in ("plover", "penta", "root") if _pairs(rows, predictions, n)]
    relevant = [p for r, p in zip(rows, predictions, strict=True) if r.relevant]
    irrelevant = [p for r, p in zip(rows, predictions, strict=True) if not r.relevant]
    type_name = names[0] if names else "plover"
    dyads, judged = judge(rows, predictions, type_name)
    return Report(
        path=path,
        coder_version=coder.version,
        min_confidence=coder.min_confidence,
        wire_min_confidence=coder.wire_min_confidence,
        rows=len(rows),
        relevant=len(relevant),
        irrelevant=len(irrelevant),
        relevant_with_event=_rate(sum(p is not None for p in relevant), len(relevant)),
        irrelevant_without_event=_rate(sum(p is None for p in irrelevant), len(irrelevant)),
        metrics=tuple(score(name, _pairs(rows, predictions, name)) for name in names),
        agreement=agreement(rows, predictions, type_name),
        dyads=dyads,
        judged=judged,
    )


def run_evaluation(
    path: Path,
    *,
    min_confidence: float = RECOMMENDED_MIN_CONFIDENCE,
    wire_min_confidence: float = RECOMMENDED_WIRE_MIN_CONFIDENCE,
    coder: Coder | None = None,
) -> Report:
    """Load a labelled JSONL file and score the coder (a default `Coder` keeping events of at
    least `min_confidence`, `wire_min_confidence` in articles with a dateline) on it."""
    coder = coder or Coder(min_confidence=min_confidence, wire_min_confidence=wire_min_confidence)
    return evaluate(load_rows(path), coder, str(path))


def _metric_lines(metric: Metric) -> list[str]:
    lines = [
        f"{metric.name}: macro-F1 {metric.macro_f1:.3f}  accuracy {metric.accuracy:.3f}",
        f"  {'class':<12}{'prec':>7}{'rec':>7}{'F1':>7}{'n':>6}",
    ]
    for c in metric.classes:
        lines.append(
            f"  {c.label:<12}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.support:>6}"
        )
    return lines + _confusion_lines(metric)


def _confusion_lines(metric: Metric) -> list[str]:
    gold = sorted({g for g, _ in metric.confusion})
    predicted = sorted({p for _, p in metric.confusion} | set(gold))
    width = max(5, *(len(label) + 1 for label in predicted))
    lines = [
        "  confusion (rows gold, columns predicted):",
        "  " + " " * 12 + "".join(f"{label[: width - 1]:>{width}}" for label in predicted),
    ]
    for g in gold:
        counts = "".join(f"{metric.confusion.get((g, p), 0):>{width}}" for p in predicted)
        lines.append(f"  {g:<12}{counts}")
    return lines


def _relevance_line(report: Report) -> str:
    irrelevant = (
        f"{report.irrelevant_without_event:.3f}" if report.irrelevant else "n/a (no such rows)"
    )
    return (
        f"relevant with an event: {report.relevant_with_event:.3f}  "
        f"irrelevant without an event: {irrelevant}"
    )


def _agreement_line(a: Agreement) -> str:
    if not a.events:
        return "actor agreement: n/a (no actor labels, or no correctly typed event)"
    return (
        f"actor agreement on {a.events} correctly typed events: source {a.rate(a.source):.3f}  "
        f"target {a.rate(a.target):.3f}  both {a.rate(a.both):.3f}"
    )


def _dyad_line(dyads: Dyads | None) -> str:
    if dyads is None:
        return "dyad: n/a (no actor labels)"
    return (
        f"dyad (type and both parties' countries right): precision {dyads.precision:.3f} "
        f"({dyads.right}/{dyads.predicted} sentences with an event)  recall "
        f"{dyads.recall:.3f} (of {dyads.relevant} relevant sentences); both countries right on "
        f"{dyads.countries:.3f} of the {dyads.typed} of the right type"
    )


def render(report: Report) -> str:
    """The report as a text table."""
    lines = [
        f"file: {report.path}  coder: {report.coder_version}  "
        f"min_confidence: {report.min_confidence} (with a dateline: "
        f"{max(report.min_confidence, report.wire_min_confidence)})",
        f"sentences: {report.rows}  relevant: {report.relevant}  irrelevant: {report.irrelevant}",
        _relevance_line(report),
        _agreement_line(report.agreement),
        _dyad_line(report.dyads),
    ]
    what = "right = the type right; dyad = both parties' countries right too"
    lines.extend(reliability_lines(report.judged, what))
    for metric in report.metrics:
        lines.append("")
        lines.extend(_metric_lines(metric))
    return "\n".join(lines)
