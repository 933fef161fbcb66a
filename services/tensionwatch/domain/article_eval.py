"""Score the coder on whole articles in which people coded every event of every sentence.

The labelled folder holds `articles.jsonl` (`id`, `title`, `text`), `gold.json`
(`{article_id: [gold events]}`, each with `sentence_index`, `char_start`/`char_end` of its
sentence, allowed `plover` types, allowed `source`/`target` actor keys, `required`) and
`nonpolitical.json` (ids of articles that report no political act).

Each article is coded whole (headline and body, one context). Body events are placed in the
gold sentence their sentence overlaps most (headline events are left out); within a
sentence, events and gold events are matched one to one, required gold events first. An
event matches a gold event when its PLOVER type is allowed (a gold `STATEMENT` is matched by
CAMEO 010) and so are its actor keys: the code's first three letters (an organisation's whole
`IGO...` code), else the country; `[]` as source means any, as target none; `NONE` in a list
accepts a missing actor.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.labelled import EvaluationError
from tensionwatch.domain.models import Actor, TensionEvent
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.scoring import Judged, reliability_lines

Gold = dict[str, Any]
Matcher = Callable[[Gold, TensionEvent], bool]


@dataclass(frozen=True, slots=True)
class ArticleReport:
    """Article-level figures: with actors, and by type alone."""

    path: str
    coder_version: str
    events: int
    required: int
    matched: int
    required_matched: int
    type_matched: int
    type_required_matched: int
    nonpolitical_events: int
    judged: tuple[Judged, ...]
    existing: int = 0  # events that are some act of their sentence, one to one, any type

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self, typed: bool = False) -> tuple[float, float, float]:
        """Precision, recall and F1 (with actors, or by type alone)."""
        hits = self.type_matched if typed else self.matched
        found = self.type_required_matched if typed else self.required_matched
        p = hits / self.events if self.events else 0.0
        r = found / self.required if self.required else 0.0
        return p, r, self._f1(p, r)


def actor_key(actor: Actor | None) -> str | None:
    """The key an emitted actor is compared by (see the module docstring)."""
    if actor is None:
        return None
    if actor.code:
        return actor.code if actor.code.startswith("IGO") else actor.code[:3]
    return actor.country or None


def _actor_ok(allowed: Sequence[str], actor: Actor | None, empty_means_any: bool) -> bool:
    key = actor_key(actor)
    if not allowed:
        return empty_means_any or key is None
    return "NONE" in allowed if key is None else key in allowed


def _any(gold: Gold, event: TensionEvent) -> bool:
    return True


def type_ok(gold: Gold, event: TensionEvent) -> bool:
    """The event's PLOVER type is one of the gold types (STATEMENT: CAMEO 010)."""
    types = {event.plover_type} | ({"STATEMENT"} if event.cameo_code == "010" else set())
    return bool(types & set(gold["plover"]))


def full_ok(gold: Gold, event: TensionEvent) -> bool:
    """Type and both actors allowed."""
    return (
        type_ok(gold, event)
        and _actor_ok(gold["source"], event.source, empty_means_any=True)
        and _actor_ok(gold["target"], event.target, empty_means_any=False)
    )


def assign(golds: Sequence[Gold], events: Sequence[TensionEvent], ok: Matcher) -> dict[int, int]:
    """Largest one-to-one matching in one sentence, required gold first: {gold: event}."""
    candidates = [[j for j, e in enumerate(events) if ok(g, e)] for g in golds]
    owner: dict[int, int] = {}

    def augment(gold: int, seen: set[int]) -> bool:
        for j in candidates[gold]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = gold
                    return True
        return False

    for gold in sorted(range(len(golds)), key=lambda i: (not golds[i]["required"], i)):
        augment(gold, set())
    return {gold: j for j, gold in owner.items()}


def _span(event: TensionEvent, body: str) -> tuple[int, int] | None:
    if event.headline:
        return None
    found = body.find(event.sentence)
    if found >= 0:
        return found, found + len(event.sentence)
    return event.char_start, event.char_end


def place(
    events: Sequence[TensionEvent], golds: Sequence[Gold], body: str
) -> dict[object, list[TensionEvent]]:
    """Body events by the gold sentence they overlap most (else by their own span)."""
    spans = {g["sentence_index"]: (g["char_start"], g["char_end"]) for g in golds}
    placed: dict[object, list[TensionEvent]] = defaultdict(list)
    for event in events:
        span = _span(event, body)
        if span is None:
            continue
        best, overlap = None, 0
        for index, (a, b) in spans.items():
            shared = min(b, span[1]) - max(a, span[0])
            if shared > overlap:
                best, overlap = index, shared
        placed[best if best is not None else span].append(event)
    return placed


def load(folder: Path) -> tuple[list[dict[str, Any]], dict[str, list[Gold]], set[str]]:
    """The articles, the gold events by article, and the non-political article ids."""
    try:
        lines = (folder / "articles.jsonl").read_text("utf-8").splitlines()
        articles = [json.loads(line) for line in lines if line.strip()]
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
        nonpolitical_path = folder / "nonpolitical.json"
        nonpolitical = (
            set(json.loads(nonpolitical_path.read_text("utf-8")))
            if nonpolitical_path.exists()
            else set()
        )
    except (OSError, ValueError) as error:
        raise EvaluationError(f"cannot read the labelled articles in {folder}: {error}") from error
    gold = {key: value for key, value in gold.items() if not key.startswith("_")}
    return articles, gold, nonpolitical


def evaluate_articles(folder: Path, coder: Coder) -> ArticleReport:
    """Code every article of `folder` and score the events against its gold."""
    articles, gold, nonpolitical = load(folder)
    counts: dict[str, int] = defaultdict(int)
    judged: list[Judged] = []
    for article in articles:
        coded = code_article(
            coder, article["id"], article["text"], title=article.get("title") or None
        )
        golds = gold.get(article["id"], [])
        body = [e for e in coded.events if not e.headline]
        counts["events"] += len(body)
        counts["nonpolitical"] += len(body) if article["id"] in nonpolitical else 0
        counts["required"] += sum(g["required"] for g in golds)
        _score_article(golds, place(body, golds, article["text"]), counts, judged)
    return ArticleReport(
        str(folder),
        coder.version,
        counts["events"],
        counts["required"],
        counts["matched"],
        counts["required_matched"],
        counts["type_matched"],
        counts["type_required_matched"],
        counts["nonpolitical"],
        tuple(judged),
        counts["existing"],
    )


def _score_article(
    golds: Sequence[Gold],
    placed: dict[object, list[TensionEvent]],
    counts: dict[str, int],
    judged: list[Judged],
) -> None:
    by_sentence: dict[object, list[Gold]] = defaultdict(list)
    for g in golds:
        by_sentence[g["sentence_index"]].append(g)
    for where, events in placed.items():
        sentence_golds = by_sentence.get(where, [])
        full = assign(sentence_golds, events, full_ok)
        typed = assign(sentence_golds, events, type_ok)
        matched = set(full.values())
        real = set(typed.values())
        judged.extend((e.confidence, j in real, j in matched) for j, e in enumerate(events))
        counts["matched"] += len(full)
        counts["required_matched"] += sum(sentence_golds[g]["required"] for g in full)
        counts["type_matched"] += len(typed)
        counts["type_required_matched"] += sum(sentence_golds[g]["required"] for g in typed)
        counts["existing"] += len(assign(sentence_golds, events, _any))


def render_articles(report: ArticleReport) -> str:
    """The article report as text."""
    p, r, f = report.figures()
    tp, tr, tf = report.figures(typed=True)
    share = report.nonpolitical_events / report.events if report.events else 0.0
    existing = report.existing / report.events if report.events else 0.0
    lines = [
        f"folder: {report.path}  coder: {report.coder_version}",
        f"events: {report.events}  required gold events: {report.required}",
        f"with actors (type and both parties right): precision {p:.3f}  recall {r:.3f}  "
        f"F1 {f:.3f}  ({report.matched} matched, {report.required_matched} required)",
        f"type alone: precision {tp:.3f}  recall {tr:.3f}  F1 {tf:.3f}",
        f"existence: {existing:.3f} of the events are acts of their sentence (one to one, any "
        f"type)",
        f"events in non-political articles: {report.nonpolitical_events} ({share:.3f})",
    ]
    what = "right = a real act of the right type; dyad = both parties right too"
    lines.extend(reliability_lines(report.judged, what))
    return "\n".join(lines)
