"""Fit the coder's confidence model on labelled news: whole articles and news-stream sets.

    python scripts/calibrate.py ARTICLES_FOLDER STREAM.jsonl [MORE.jsonl ...] [--check]

ARTICLES_FOLDER holds articles with every event labelled (`gold.json`, as for `tensionwatch
evaluate FOLDER`): each body event the coder emits (no threshold) is right when it is a real
act of its sentence with the right type (it matches a gold event by type, one to one; whether
the parties are right is scored apart, as the dyad). Each STREAM.jsonl (news_stream_dev's
format: the news stream, the wire-style sets) holds sentences labelled relevant or not with
their main event: the coder's top event of each sentence is right when the sentence is
relevant and the type matches. `--label dyad` asks for both parties' countries right too.

The model is a logistic regression over the features of `domain/confidence.py`, L2-penalised,
fitted by batch gradient descent (deterministic) with the signs every feature must have
(a vaguer trigger, a penalty, a missing party never raise confidence). The script prints a
leave-one-set-out check: for each set, the model fitted on the others is put in the coder,
which codes the set at the emission floors (`--floor`, `--wire-floor`), and the set's
reliability (calibration error, right = the type right, and against the dyad), the events
that pass, the dyad precision and recall (and irrelevant sentences left without an event)
are printed beside those of the current weights. Then it fits on all the sets and writes
`services/tensionwatch/domain/data/calibration.tsv` with the provenance of its data (not
with `--check`).
"""

from __future__ import annotations

import argparse
import math
import subprocess
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tensionwatch.domain import confidence
from tensionwatch.domain.article_eval import (
    assign,
    evaluate_articles,
    full_ok,
    load,
    place,
    type_ok,
)
from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tensionwatch.domain.evaluate import evaluate, matching_gold, predict
from tensionwatch.domain.labelled import load_rows
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.scoring import Judged, dyad_right, reliability, reliability_lines

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "services/tensionwatch/domain/data/calibration.tsv"
L2 = 1.0
STEPS = 4000
RATE = 0.5
# +1: the weight may not be negative; -1: not positive; 0: free.
SIGNS = {
    "weight": 1,
    "penalty": -1,
    "descriptive": -1,
    "fallback": -1,
    "hedged": -1,
    "acts": -1,
    "discount": -1,
    "source": 1,
    "target": 1,
    "distance": -1,
    "relevance": 1,
}
# (features, type right, dyad right)
Sample = tuple[list[float], bool, bool]


def article_samples(folder: Path) -> list[Sample]:
    """(features, rights) of every body event the coder emits on the folder's articles."""
    articles, gold, _ = load(folder)
    coder, recorder = _recording()
    samples: list[Sample] = []
    for article in articles:
        recorder.clear()
        coded = code_article(coder, article["id"], article["text"], title=article.get("title"))
        values = dict(recorder)
        golds = gold.get(article["id"], [])
        body = [e for e in coded.events if not e.headline]
        by_sentence: dict[object, list[dict[str, object]]] = {}
        for g in golds:
            by_sentence.setdefault(g["sentence_index"], []).append(g)
        for where, events in place(body, golds, article["text"]).items():
            here = by_sentence.get(where, [])
            typed = set(assign(here, events, type_ok).values())
            full = set(assign(here, events, full_ok).values())
            samples.extend(
                (values[e.event_id], j in typed, j in full) for j, e in enumerate(events)
            )
    return samples


def stream_samples(path: Path) -> list[Sample]:
    """(features, rights) of the coder's top event of every sentence that has one."""
    rows = load_rows(path)
    coder, recorder = _recording()
    predictions = predict(coder, rows)
    values = dict(recorder)
    samples: list[Sample] = []
    for row, predicted in zip(rows, predictions, strict=True):
        if predicted is None:
            continue
        gold = matching_gold(row, predicted, "plover") if row.relevant else None
        typed = gold is not None and gold.plover == predicted.plover_type
        dyad = gold is not None and typed and dyad_right(predicted, gold)
        samples.append((values[predicted.event_id], typed, dyad))
    return samples


def _recording() -> tuple[Coder, list[tuple[str, list[float]]]]:
    coder = Coder(min_confidence=0.0)
    recorder: list[tuple[str, list[float]]] = []
    coder.recorder = recorder
    return coder, recorder


def fit(samples: Sequence[Sample], label: int = 1) -> list[float]:
    """Logistic regression weights (the bias, feature 0, is not penalised), kept to SIGNS;
    `label` 1 fits the type right, 2 the dyad right."""
    n, k = len(samples), len(confidence.FEATURES)
    signs = [SIGNS.get(name, 0) for name in confidence.FEATURES]
    weights = [0.0] * k
    for _ in range(STEPS):
        gradient = [0.0] * k
        for sample in samples:
            values = sample[0]
            z = sum(w * v for w, v in zip(weights, values, strict=True))
            error = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - float(sample[label])
            for i, v in enumerate(values):
                gradient[i] += error * v
        for i in range(k):
            penalty = L2 * weights[i] if i else 0.0
            weights[i] -= RATE * (gradient[i] + penalty) / n
            if signs[i] * weights[i] < 0:
                weights[i] = 0.0
    return weights


def score(weights: Sequence[float], values: list[float]) -> float:
    return confidence.Model(tuple(weights)).score(values)


@contextmanager
def weighted(weights: Sequence[float] | None) -> Iterator[None]:
    """The coder scoring with `weights` (None: the current model) while inside."""
    if weights is None:
        yield
        return
    current: Callable[[], confidence.Model] = confidence.model
    confidence.model = lambda: confidence.Model(tuple(weights))  # type: ignore[assignment]
    try:
        yield
    finally:
        confidence.model = current  # type: ignore[assignment]


def at_floor(path: Path, weights: Sequence[float] | None, floors: tuple[float, float]) -> str:
    """One line: what the coder emits on `path` at the floors with `weights`."""
    coder = Coder(min_confidence=floors[0], wire_min_confidence=floors[1])
    with weighted(weights):
        if path.is_dir():
            report = evaluate_articles(path, coder)
            p, r, _ = report.figures()
            return _line(report.judged, f"dyad P {p:.3f} R {r:.3f}")
        result = evaluate(load_rows(path), coder, str(path))
    dyads = result.dyads
    tail = f"dyad P {dyads.precision:.3f} R {dyads.recall:.3f}" if dyads else "dyad -"
    return _line(result.judged, f"{tail}  irrelevant->none {result.irrelevant_without_event:.3f}")


def _line(judged: Sequence[Judged], tail: str) -> str:
    _, typed = reliability(judged)
    _, dyad = reliability([(c, bool(d), None) for c, _, d in judged])
    return f"events {len(judged):>4}  CE type {typed:.3f}  CE dyad {dyad:.3f}  {tail}"


HEADER = """# Weights of the coder's confidence model (domain/confidence.py): logistic regression,
# L2 {l2}, signs constrained, fitted by scripts/calibrate.py with tensionwatch {version}
# (coder commit {commit}) on {sets}
# ({right} of {total} right: {label}). Texts of article_events_dev and news_stream_dev from
# eventdata/ConfliBERT @0b630014, pretrain-corpora/Samples (GPL-3.0, copyright with the
# outlets); their labels and the wire-style sets written for this project (CC BY 4.0). Only
# these numbers are derived from that data.
feature\tweight
"""
LABELS = {
    1: "a real act of its sentence with the right type",
    2: "the right type and both parties' countries right",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("streams", type=Path, nargs="+")
    parser.add_argument("--label", choices=("type", "dyad"), default="type")
    parser.add_argument("--floor", type=float, default=RECOMMENDED_MIN_CONFIDENCE)
    parser.add_argument("--wire-floor", type=float, default=RECOMMENDED_WIRE_MIN_CONFIDENCE)
    parser.add_argument("--check", action="store_true", help="print the check, write nothing")
    args = parser.parse_args()
    label = 2 if args.label == "dyad" else 1
    floors = (args.floor, args.wire_floor)
    paths: list[Path] = [args.articles, *args.streams]
    sets = [article_samples(args.articles)] + [stream_samples(p) for p in args.streams]
    print(f"leave one set out (label: {LABELS[label]}; floors {floors[0]}, {floors[1]}):")
    for index, path in enumerate(paths):
        others = [s for i, samples in enumerate(sets) if i != index for s in samples]
        weights = fit(others, label)
        print(f"{path.name}:")
        print(f"  current weights  {at_floor(path, None, floors)}")
        print(f"  fitted on others {at_floor(path, weights, floors)}")
    everything = [s for samples in sets for s in samples]
    weights = fit(everything, label)
    fitted = [(score(weights, s[0]), s[1], s[2]) for s in everything]
    print("\n".join(reliability_lines(fitted, "all sets, no floor, the model fitted on all")))
    print("\n".join(f"{n}\t{w:.4f}" for n, w in zip(confidence.FEATURES, weights, strict=True)))
    if args.check:
        return
    commit = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    counts = [f"{len(sets[0])} events of the articles of {paths[0].name}"]
    counts += [
        f"the top events of {len(s)} sentences of {p.name}"
        for p, s in zip(paths[1:], sets[1:], strict=True)
    ]
    header = HEADER.format(
        l2=L2,
        version=Coder.version,
        commit=commit or "unknown",
        sets=",\n# ".join(counts),
        right=sum(s[label] for s in everything),
        total=len(everything),
        label=LABELS[label],
    )
    with OUT.open("w", encoding="utf-8") as out:
        out.write(header)
        for name, weight in zip(confidence.FEATURES, weights, strict=True):
            out.write(f"{name}\t{weight:.4f}\n")


if __name__ == "__main__":
    main()
