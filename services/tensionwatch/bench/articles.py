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


def make_articles(
    count: int, mix: bool = False, seed: int = 7, outlets: int = 1, days: int = 1
) -> list[bytes]:
    """`count` article records as JSON bytes; with `mix`, sizes from 0.5 KB to 14 KB; from
    `outlets` outlets, published over `days` days (in order, as a live stream would)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    sizes = [500, 1_500, 3_500, 7_000, 14_000]
    records = []
    for number in range(count):
        target = rng.choice(sizes) if mix else SEED_SIZE_BYTES
        day = 20 - days + 1 + number * days // max(count, 1)
        record = {
            "id": f"bench-{number}",
            "source": f"outlet{rng.randrange(outlets)}.example" if outlets > 1 else "bench.example",
            "body": article_body(rng, target),
            "published_at": f"2026-11-{day:02d}T08:00:00Z",
        }
        records.append(json.dumps(record).encode())
    return records
