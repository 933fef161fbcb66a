"""Benchmark the coder alone: sentences per second on one core, and peak resident memory.

    python scripts/bench_coder.py [SHARED_DIR] [--seconds 3]

Reads the labelled sentences of SHARED_DIR/eval/*.jsonl and the segmented sample article
SHARED_DIR/samples/article-dprk-russia-us.txt (default SHARED_DIR: ../shared next to the
repository). A development script: it only reads those files, and exits with a message when
they are absent.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
from datetime import UTC, datetime
from pathlib import Path

from tensionwatch.bench.coder import rate
from tensionwatch.bootstrap import build_coder
from tensionwatch.domain.models import Sentence
from tensionwatch.domain.segmenter import segment
from tensionwatch.settings import Settings

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = ("plover_gsr.jsonl", "petr2_gsr.jsonl", "conflibert_cameo_train.jsonl")
SAMPLE = "article-dprk-russia-us.txt"
PUBLISHED = datetime(2019, 4, 12, tzinfo=UTC)  # news always has a date; it speeds up `temporal`


def load_sentences(shared: Path) -> dict[str, list[Sentence]]:
    """The benchmark sentences by source name (sets that are missing are left out)."""
    found: dict[str, list[Sentence]] = {}
    for name in SETS:
        path = shared / "eval" / name
        if path.exists():
            texts = [
                json.loads(line)["text"]
                for line in path.read_text("utf-8").splitlines()
                if line.strip()
            ]
            found[name] = [
                Sentence(article_id=name, index=i, text=t, char_start=0, char_end=len(t))
                for i, t in enumerate(texts)
            ]
    sample = shared / "samples" / SAMPLE
    if sample.exists():
        found[SAMPLE] = segment("sample", sample.read_text("utf-8"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--min-confidence", type=float, default=0.0)
    args = parser.parse_args()
    sets = load_sentences(args.shared)
    if not sets:
        print(f"no benchmark data under {args.shared}; nothing to measure")
        sys.exit(0)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    # built as the worker builds it: its tables loaded, then frozen out of the collector's
    # full collections (`bootstrap.build_coder`); a coder built bare has its full collections
    # walk them (one cost about a fifth of a pass over these sentences)
    coder = build_coder(Settings(min_confidence=args.min_confidence))
    coder.code_sentence(
        Sentence(article_id="w", index=0, text="Warm up.", char_start=0, char_end=8), None
    )
    everything = [s for sentences in sets.values() for s in sentences]
    for name, sentences in {**sets, "all": everything}.items():
        per_second, _ = rate(coder, sentences, args.seconds, PUBLISHED, articles=False)
        print(f"{name:<32} {len(sentences):>6} sentences  {per_second:>10,.0f} sentences/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.1f} MB  (one core, coder version {coder.version})")


if __name__ == "__main__":
    main()
