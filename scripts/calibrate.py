"""Fit the coder's confidence model on labelled news: whole articles and a news stream.

    python scripts/calibrate.py ARTICLES_FOLDER STREAM.jsonl

ARTICLES_FOLDER holds articles with every event labelled (`gold.json`, as for `tensionwatch
evaluate FOLDER`): each body event the coder emits (no threshold) is right when it is a real
act of its sentence with the right type (it matches a gold event by type, one to one; whether
the parties are right is scored apart, as the dyad). STREAM.jsonl holds news-stream sentences
labelled relevant or not with their main event: the coder's top event of each sentence is
right when the sentence is relevant and the type matches.

The model is a logistic regression over the features of `domain/confidence.py`, L2-penalised,
fitted by batch gradient descent (deterministic) with the signs every feature must have
(a vaguer trigger, a penalty, a missing party never raise confidence). The script prints the
reliability of each set under the model fitted on the other one (the held-out check), then
fits on both and writes `services/tensionwatch/domain/data/calibration.tsv` with the
provenance of its data.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from tensionwatch.domain import confidence
from tensionwatch.domain.article_eval import assign, load, place, type_ok
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.evaluate import matching_gold, predict
from tensionwatch.domain.labelled import load_rows
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.scoring import reliability_lines

OUT = Path(__file__).resolve().parents[1] / "services/tensionwatch/domain/data/calibration.tsv"
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
Sample = tuple[list[float], bool]


def article_samples(folder: Path) -> list[Sample]:
    """(features, right) of every body event the coder emits on the folder's articles."""
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
            matched = set(assign(by_sentence.get(where, []), events, type_ok).values())
            samples.extend((values[e.event_id], j in matched) for j, e in enumerate(events))
    return samples


def stream_samples(path: Path) -> list[Sample]:
    """(features, right) of the coder's top event of every sentence that has one."""
    rows = load_rows(path)
    coder, recorder = _recording()
    predictions = predict(coder, rows)
    values = dict(recorder)
    samples: list[Sample] = []
    for row, predicted in zip(rows, predictions, strict=True):
        if predicted is None:
            continue
        right = row.relevant and matching_gold(row, predicted, "plover").plover == (
            predicted.plover_type
        )
        samples.append((values[predicted.event_id], right))
    return samples


def _recording() -> tuple[Coder, list[tuple[str, list[float]]]]:
    coder = Coder(min_confidence=0.0)
    recorder: list[tuple[str, list[float]]] = []
    coder.recorder = recorder
    return coder, recorder


def fit(samples: list[Sample]) -> list[float]:
    """Logistic regression weights (the bias, feature 0, is not penalised), kept to SIGNS."""
    n, k = len(samples), len(confidence.FEATURES)
    signs = [SIGNS.get(name, 0) for name in confidence.FEATURES]
    weights = [0.0] * k
    for _ in range(STEPS):
        gradient = [0.0] * k
        for values, right in samples:
            z = sum(w * v for w, v in zip(weights, values, strict=True))
            error = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - float(right)
            for i, v in enumerate(values):
                gradient[i] += error * v
        for i in range(k):
            penalty = L2 * weights[i] if i else 0.0
            weights[i] -= RATE * (gradient[i] + penalty) / n
            if signs[i] * weights[i] < 0:
                weights[i] = 0.0
    return weights


def score(weights: list[float], values: list[float]) -> float:
    return confidence.Model(tuple(weights)).score(values)


def held_out(name: str, weights: list[float], samples: list[Sample]) -> None:
    judged = [(score(weights, values), right, None) for values, right in samples]
    print("\n".join(reliability_lines(judged, f"{name}, model fitted on the other set")))


HEADER = """# Weights of the coder's confidence model (domain/confidence.py): logistic regression,
# L2 {l2}, signs constrained, fitted by scripts/calibrate.py with tensionwatch {version} on
# {articles} events of the 17 labelled articles of article_events_dev and the top events of
# {stream} sentences of news_stream_dev ({right} of {total} right: a real act of its sentence
# with the right type). Texts from eventdata/ConfliBERT @0b630014, pretrain-corpora/Samples
# (GPL-3.0, copyright with the outlets); labels hand-made for this project (CC BY 4.0). Only
# these numbers are derived from that data.
feature\tweight
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("stream", type=Path)
    args = parser.parse_args()
    articles, stream = article_samples(args.articles), stream_samples(args.stream)
    held_out(args.stream.name, fit(articles), stream)
    held_out(args.articles.name, fit(stream), articles)
    both = articles + stream
    weights = fit(both)
    header = HEADER.format(
        l2=L2,
        version=Coder.version,
        articles=len(articles),
        stream=len(stream),
        right=sum(r for _, r in both),
        total=len(both),
    )
    with OUT.open("w", encoding="utf-8") as out:
        out.write(header)
        for name, weight in zip(confidence.FEATURES, weights, strict=True):
            out.write(f"{name}\t{weight:.4f}\n")
    fitted = [(score(weights, values), right, None) for values, right in both]
    print("\n".join(reliability_lines(fitted, "both sets, the model written")))


if __name__ == "__main__":
    main()
