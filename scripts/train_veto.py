"""Train the coder's learned veto on labelled sentence sets (round 35).

    python scripts/train_veto.py STREAM.jsonl [MORE.jsonl ...] [--check]

Each STREAM.jsonl holds sentences labelled relevant or not (news_stream_dev's format: the
wire-style and news-site sets of `tests/data`, `news_stream_dev`). The coder (at the
recommended thresholds, with no veto) codes every set; each event it emits is a sample,
labelled 1 when its sentence reports no political act. A logistic model over the event's
features (`domain/veto.py`: the score and its features, the kind of copy, the sentence's place
in its article, the act's root and modality, the parties' sectors and whether they were found;
a category is a feature where it has at least `MIN_COUNT` events) is fitted by Newton's method
with an L2 penalty of `PENALTY` (the bias is not penalised), in plain Python: deterministic.
The threshold is the one (on a grid of hundredths) that leaves the most irrelevant sentences
without an event while costing at most `BUDGET` of the relevant sentences their event in each
kind of copy (articles with a dateline, articles without: counted apart since round 39, so
that agency copy, where the veto seldom fires, does not lend its share of the budget to
news-site copy) and not lowering dyad precision, on the same sets. Written to
`services/tensionwatch/domain/data/veto.tsv` with the sets, the coder version and the date;
`--check` retrains and fails when the stored file differs (the date aside).
"""

from __future__ import annotations

import argparse
import datetime
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from tensionwatch.domain import confidence, veto
from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tensionwatch.domain.evaluate import _rights, coded, load_rows
from tensionwatch.domain.labelled import Row

DATA = Path(__file__).resolve().parents[1] / "services/tensionwatch/domain/data/veto.tsv"
PENALTY = 1.0
MIN_COUNT = 5
BUDGET = 0.002
GRID = tuple(i / 100 for i in range(1, 100))

# one sentence: (relevant, [(features, dyad right)], ...) with features as {name: value}
Event = tuple[dict[str, float], bool]
Sentence = tuple[bool, list[Event]]
# its kind of copy: True for an article that opens with a dateline
Kinds = Sequence[bool]


def samples(path: Path, coder: Coder) -> list[tuple[Sentence, bool]]:
    """Each sentence of the set, with the features of the events the coder emits, in order,
    and whether its article opens with a dateline."""
    recorded: list[tuple[str, list[float]]] = []
    coder.recorder = recorded  # the features of each event coded, by its id
    model = confidence.model()
    out: list[tuple[Sentence, bool]] = []
    for row, sentence, context, events in coded(coder, load_rows(path)):
        values = dict(recorded)
        recorded.clear()
        items: list[Event] = []
        for rank, event in enumerate(events):
            found = veto.features(
                event,
                model.score(values[event.event_id]),
                values[event.event_id],
                bool(context.dateline),
                sentence.index,
                len(context.texts),
                rank,
                len(events),
            )
            items.append((found, _dyad_right(row, event)))
        out.append(((row.relevant, items), bool(context.dateline)))
    return out


def _dyad_right(row: Row, event: object) -> bool:
    return row.relevant and _rights(row, event, "plover", True)[1]  # type: ignore[arg-type]


def vocabulary(sentences: Sequence[Sentence]) -> list[str]:
    """The numeric features, then the categories seen at least `MIN_COUNT` times, sorted."""
    counts = Counter(name for _, events in sentences for found, _ in events for name in found)
    categories = sorted(
        name for name, n in counts.items() if name not in veto.NUMERIC and n >= MIN_COUNT
    )
    return [*veto.NUMERIC, *categories]


def fit(sentences: Sequence[Sentence], names: Sequence[str]) -> list[float]:
    """L2-penalised logistic regression by Newton's method, on sparse rows."""
    index = {name: i for i, name in enumerate(names)}
    rows: list[tuple[list[tuple[int, float]], float]] = []
    for relevant, events in sentences:
        for found, _ in events:
            x = [(index[k], v) for k, v in found.items() if k in index and v != 0.0]
            rows.append((sorted(x), 0.0 if relevant else 1.0))
    d = len(names)
    w = [0.0] * d
    for _ in range(100):
        grad = [PENALTY * w[i] if i else 0.0 for i in range(d)]
        hess = [[0.0] * d for _ in range(d)]
        for i in range(1, d):
            hess[i][i] = PENALTY
        for x, y in rows:
            z = sum(w[i] * v for i, v in x)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
            g, h = p - y, p * (1.0 - p)
            for i, vi in x:
                grad[i] += g * vi
                row = hess[i]
                for j, vj in x:
                    row[j] += h * vi * vj
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-10:
            break
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def totals(
    sentences: Sequence[Sentence], judged: Sequence[list[float]], t: float, kinds: Kinds
) -> tuple[list[int], dict[bool, int]]:
    """[relevant with an event, irrelevant without, events, right dyads] with events whose
    probability is over `t` vetoed (the sentence's first event left is its prediction), and
    the relevant sentences with an event by kind of copy."""
    rel_ev = irr_none = pred = right = 0
    by_kind = dict.fromkeys(kinds, 0)
    for (relevant, events), probs, kind in zip(sentences, judged, kinds, strict=True):
        kept = next((e for e, p in zip(events, probs, strict=True) if p <= t), None)
        pred += kept is not None
        if relevant:
            rel_ev += kept is not None
            by_kind[kind] += kept is not None
            right += kept is not None and kept[1]
        else:
            irr_none += kept is None
    return [rel_ev, irr_none, pred, right], by_kind


def threshold(sentences: Sequence[Sentence], judge: veto.Veto, kinds: Kinds) -> float:
    """The threshold of the most irrelevant sentences cleared within `BUDGET` of each kind of
    copy's relevant sentences (ties: the lower threshold)."""
    judged = [[judge.probability(found) for found, _ in events] for _, events in sentences]
    relevant = Counter(k for (r, _), k in zip(sentences, kinds, strict=True) if r)
    (_, irr0, pred0, right0), kept0 = totals(sentences, judged, 1.0, kinds)
    best, chosen = 0, 1.0
    for t in GRID:
        (_, irr_none, pred, right), kept = totals(sentences, judged, t, kinds)
        lost = max((kept0[k] - kept[k]) / n for k, n in relevant.items())
        if lost > BUDGET or right * pred0 < right0 * pred:
            continue
        if irr_none - irr0 > best or (irr_none - irr0 == best and best > 0 and t < chosen):
            best, chosen = irr_none - irr0, t
    return chosen


def render(names: Sequence[str], w: Sequence[float], t: float, paths: Sequence[Path]) -> str:
    sets = ", ".join(p.stem for p in paths)
    head = [
        "# The coder's learned veto (docs/coder.md, A trained veto, round 35): logistic weights",
        "# over domain/veto.py's features of an event (probability that its sentence reports no",
        "# political act) and the threshold over which the event is dropped. Written by",
        "# scripts/train_veto.py (--check retrains and compares); numbers only, fitted on hand",
        "# labels made for this project (CC BY 4.0) over the project's own sets (MIT) and",
        "# news_stream_dev (texts eventdata/ConfliBERT, GPL-3.0, copyright with the outlets).",
        f"# sets: {sets}",
        f"# penalty {PENALTY}, categories seen {MIN_COUNT}+ times, budget {BUDGET} of each kind",
        f"# coder: {Coder.version}",
        f"# date: {datetime.date.today().isoformat()}",
        "feature\tweight",
        f"threshold\t{t:.2f}",
    ]
    return "\n".join([*head, *(f"{n}\t{v:.6f}" for n, v in zip(names, w, strict=True))]) + "\n"


def _undated(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("# date:"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("streams", type=Path, nargs="+")
    parser.add_argument("--check", action="store_true", help="retrain, compare, write nothing")
    args = parser.parse_args()
    coder = Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
        trained_veto=False,
    )
    sampled = [s for path in args.streams for s in samples(path, coder)]
    sentences = [s for s, _ in sampled]
    names = vocabulary(sentences)
    w = fit(sentences, names)
    judge = veto.Veto(dict(zip(names, w, strict=True)), 1.0)
    t = threshold(sentences, judge, [k for _, k in sampled])
    text = render(names, w, t, args.streams)
    events = sum(len(e) for _, e in sentences)
    print(f"{len(sentences)} sentences, {events} events, {len(names)} features, threshold {t}")
    if args.check:
        stored = DATA.read_text("utf-8") if DATA.is_file() else ""
        if _undated(stored) != _undated(text):
            sys.exit(f"{DATA} differs from a retrained veto")
        print("veto.tsv is reproduced")
        return
    DATA.write_text(text, "utf-8")


if __name__ == "__main__":
    main()
