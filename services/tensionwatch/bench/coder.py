"""The coder alone on the benchmark articles' sentences, pinned to one core.

    python -m tensionwatch.bench.coder [--articles 200] [--seconds 3] [--core N]

Prints one JSON line: sentences per CPU second (the loop of scripts/bench_coder.py).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import UTC, datetime
from itertools import groupby
from operator import attrgetter

import orjson

from tensionwatch.bench.articles import make_articles
from tensionwatch.bootstrap import build_coder
from tensionwatch.domain.models import Sentence
from tensionwatch.domain.pipeline import SentenceCoder, new_context
from tensionwatch.domain.segmenter import segment
from tensionwatch.settings import Settings

PUBLISHED = datetime(2026, 11, 20, 8, tzinfo=UTC)  # the bench articles' published_at


def rate(
    coder: SentenceCoder,
    sentences: list[Sentence],
    seconds: float,
    published: datetime,
    articles: bool = True,
) -> tuple[float, int]:
    """Sentences per CPU second over repeated passes lasting at least `seconds` of CPU,
    and the events coded. With `articles`, each article's sentences are coded in order with
    one article context, as the service codes them; without, each sentence alone."""
    groups = _articles(sentences) if articles else [[s] for s in sentences]
    coded = 0
    events = 0
    began = time.process_time()
    while True:
        for group in groups:
            context = new_context(None, group) if articles else None
            for sentence in group:
                events += len(coder.code_sentence(sentence, published, context))
        coded += len(sentences)
        elapsed = time.process_time() - began
        if elapsed >= seconds:
            return coded / elapsed, events


def _articles(sentences: list[Sentence]) -> list[list[Sentence]]:
    return [list(group) for _, group in groupby(sentences, key=attrgetter("article_id"))]


def bench_sentences(articles: int) -> list[Sentence]:
    """The segmented sentences of the first `articles` seed-size bench articles."""
    sentences: list[Sentence] = []
    for record in make_articles(articles):
        article = orjson.loads(record)
        sentences.extend(segment(article["id"], article["body"]))
    return sentences


def main() -> None:
    """Entry point for `python -m`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--core", type=int, default=None)
    args = parser.parse_args()
    core = args.core if args.core is not None else max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    sentences = bench_sentences(args.articles)
    coder = build_coder(Settings())
    rate(coder, sentences[:50], 0.2, PUBLISHED)  # warm caches
    per_second, events = rate(coder, sentences, args.seconds, PUBLISHED)
    result = {"sentences_per_second": per_second, "sentences": len(sentences), "core": core}
    print(json.dumps({**result, "coder_version": coder.version, "events": events}))


if __name__ == "__main__":
    main()
