"""Benchmark articles: seeded, seed-size (~3.5 KB, ~35 sentences) or a mix of sizes."""

from __future__ import annotations

import json
import random
from functools import cache
from importlib import resources

SEED_SIZE_BYTES = 3_300  # a body this size makes a ~3.5 KB record


@cache
def sentence_pool() -> tuple[str, ...]:
    """The bundled benchmark sentences."""
    text = resources.files("tensionwatch.bench").joinpath("data/sentences.txt").read_text("utf-8")
    return tuple(line for line in text.splitlines() if line and not line.startswith("#"))


def article_body(rng: random.Random, target_bytes: int) -> str:
    """Paragraphs of pool sentences until the body reaches `target_bytes`."""
    pool = sentence_pool()
    paragraphs: list[str] = []
    size = 0
    while size < target_bytes:
        paragraph = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def make_articles(count: int, mix: bool = False, seed: int = 7) -> list[bytes]:
    """`count` article records as JSON bytes; with `mix`, sizes from 0.5 KB to 14 KB."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    sizes = [500, 1_500, 3_500, 7_000, 14_000]
    records = []
    for number in range(count):
        target = rng.choice(sizes) if mix else SEED_SIZE_BYTES
        record = {
            "id": f"bench-{number}",
            "source": "bench.example",
            "body": article_body(rng, target),
            "published_at": "2026-11-20T08:00:00Z",
        }
        records.append(json.dumps(record).encode())
    return records
