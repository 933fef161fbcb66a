"""Soak: many articles, a share of them hostile, through one `tensionwatch worker` process;
every input accounted for at the end, and the worker's memory sampled all along.

`scripts/soak --broker kafka --articles 50000` (or `python -m tensionwatch.bench.soak`).
The backlog is produced while the worker runs. Every `--sample-seconds` the worker's RSS
(/proc) and its counters (/metrics) are read. Once the worker has taken every input (articles
accepted + dead letters = records sent) every output topic is read back and reconciled:

- in = accepted + dead-lettered + skipped (the worker skips nothing: skipped must be 0);
- the dead letters are exactly the hostile records whose case must end as one (a case that
  may time out may end either way), each once per input position;
- every event belongs to an article that was sent, and no event id appears twice.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import free_port
from tensionwatch.bench.articles import make_articles
from tensionwatch.bench.brokers import broker
from tensionwatch.bench.drain import WORKER, child_env, output_topics
from tensionwatch.bench.hostile import CODED, EVENTS, cases
from tensionwatch.bench.probes import scrape, wait_ready
from tensionwatch.bench.procs import Child
from tensionwatch.settings import Settings

CONSUMED = "tensionwatch_articles_consumed_total"
DEAD = "tensionwatch_dead_letters_total"
PRODUCED = "tensionwatch_records_produced_total"
Position = tuple[int, int]


@dataclass(frozen=True)
class Plan:
    """What to send: `records[i]` is hostile when `expect[i]` is not None; then it names the
    outcomes its case allows."""

    records: list[bytes]
    expect: list[frozenset[str] | None]


@dataclass
class Result:
    """The soak's figures."""

    sent: int = 0
    accepted: int = 0
    dead_lettered: int = 0
    skipped: int = 0
    dead_letters_by_reason: dict[str, int] = field(default_factory=dict)
    dead_letter_records: int = 0
    dead_letters_unexpected: int = 0
    dead_letters_missing: int = 0
    event_records: int = 0
    event_ids_duplicated: int = 0
    articles_with_events: int = 0
    events_of_unknown_articles: int = 0
    seconds: float = 0.0
    rss_mb: list[tuple[float, int, float]] = field(default_factory=list)  # (s, taken, MB)

    @property
    def reconciled(self) -> bool:
        """Every input accounted for, and the outputs are what the inputs must give."""
        return (
            self.sent == self.accepted + self.dead_lettered + self.skipped
            and self.dead_letter_records == self.dead_lettered
            and self.dead_letters_unexpected == 0
            and self.dead_letters_missing == 0
            and self.events_of_unknown_articles == 0
        )


def plan(count: int, hostile_every: int, seed: int = 11) -> Plan:
    """`count` records: mixed-size articles, with every `hostile_every`-th one replaced by the
    next record of the hostile cases, in turn."""
    records = make_articles(count, mix=True, seed=seed)
    expect: list[frozenset[str] | None] = [None] * count
    hostile = [(raw, case.outcomes) for case in cases() for raw in case.records]
    if hostile_every > 0:
        for turn, index in enumerate(range(hostile_every - 1, count, hostile_every)):
            records[index], expect[index] = hostile[turn % len(hostile)]
    return Plan(records, expect)


async def produce(bootstrap: str, topic: str, records: Sequence[bytes]) -> list[Position]:
    """Send every record; the (partition, offset) the broker gave each."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=1_048_576, acks="all"
    )
    await producer.start()
    try:
        futures = [await producer.send(topic, record) for record in records]
        sent = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [(metadata.partition, metadata.offset) for metadata in sent]


def rss_mb(pid: int) -> float:
    """Resident set size of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def run(settings: Settings, the_plan: Plan, sample_seconds: float, log_dir: Path) -> Result:
    """The soak on `settings`' broker and topics; the worker stopped afterwards."""
    result = Result(sent=len(the_plan.records))
    await ensure_topics(settings, [settings.topic_articles, *output_topics(settings)])
    port = free_port()
    own = settings.model_copy(update={"web_port": port})
    Path(own.data_dir).mkdir(parents=True, exist_ok=True)
    worker = Child("soak-worker", list(WORKER), child_env(own), log_dir)
    try:
        await wait_ready([worker], [port], 120.0)
        started = time.monotonic()
        sending = asyncio.create_task(
            produce(settings.bootstrap_servers()[0], settings.topic_articles, the_plan.records)
        )
        totals = await _sample(worker, port, result, started, sample_seconds, sending)
        positions = await sending
        result.seconds = time.monotonic() - started
    finally:
        worker.stop()
    result.accepted = int(totals[CONSUMED])
    result.dead_lettered = int(totals[DEAD])
    await _reconcile(settings, the_plan, positions, totals, result)
    return result


async def _sample(
    worker: Child,
    port: int,
    result: Result,
    started: float,
    every: float,
    sending: asyncio.Task[list[Position]],
) -> dict[str, float]:
    """Sample RSS and counters until the worker has taken every input."""
    deadline = started + 300.0 + result.sent / 2  # a floor of 2 articles/s: a loaded host
    names = [CONSUMED, DEAD]
    while True:
        if not worker.alive():
            raise RuntimeError(f"the worker exited:\n{worker.tail()}")
        totals = await scrape([port], names)
        taken = int(totals[CONSUMED] + totals[DEAD])
        result.rss_mb.append((time.monotonic() - started, taken, rss_mb(worker.pid)))
        if taken >= result.sent and sending.done():
            return await _settled(port, [*names, PRODUCED])
        if time.monotonic() > deadline:
            curve_so_far = "\n".join(f"  {t:7.0f} {n:8,} {mb:7.1f}" for t, n, mb in curve(result))
            raise RuntimeError(f"only {taken} of {result.sent} taken in time:\n{curve_so_far}")
        await asyncio.sleep(every)


async def _settled(port: int, names: list[str]) -> dict[str, float]:
    """The counters once they stop moving: an article counts as taken when it is coded, its
    outputs when its offset is committed with them, a moment later."""
    last = await scrape([port], names)
    while True:
        await asyncio.sleep(1.0)
        now = await scrape([port], names)
        if now == last:
            return now
        last = now


async def _reconcile(
    settings: Settings,
    the_plan: Plan,
    positions: list[Position],
    totals: dict[str, float],
    result: Result,
) -> None:
    letters, events = await read_outputs(settings, int(totals[PRODUCED]))
    sources = Counter((letter["source_partition"], letter["source_offset"]) for letter in letters)
    result.dead_letter_records = len(letters)
    result.dead_letters_by_reason = dict(Counter(letter["reason"] for letter in letters))
    must = {positions[i] for i, allowed in enumerate(the_plan.expect) if _must_die(allowed)}
    may = {positions[i] for i, allowed in enumerate(the_plan.expect) if allowed is not None}
    result.dead_letters_missing = len(must - set(sources))
    result.dead_letters_unexpected = sum(n for pos, n in sources.items() if pos not in may)
    result.dead_letters_unexpected += sum(n - 1 for n in sources.values())
    sent_ids = {_article_id(raw) for raw in the_plan.records}
    # Hostile cases repeat (and one sends its article twice): only articles sent once count.
    once = {
        _article_id(raw)
        for raw, allowed in zip(the_plan.records, the_plan.expect, strict=True)
        if not allowed
    }
    ids = Counter(event["event_id"] for event in events if event["article_id"] in once)
    with_events = {event["article_id"] for event in events}
    result.event_records = len(events)
    result.event_ids_duplicated = sum(n - 1 for n in ids.values())
    result.articles_with_events = len(with_events)
    result.events_of_unknown_articles = len(with_events - sent_ids)


def _must_die(allowed: frozenset[str] | None) -> bool:
    return allowed is not None and not allowed & {CODED, EVENTS, "timeout"}


def _article_id(raw: bytes) -> str | None:
    try:
        value = json.loads(raw.removeprefix(b"\xef\xbb\xbf"))
    except (ValueError, RecursionError):  # the hostile records are hostile to us too
        return None
    found = value.get("id") if isinstance(value, dict) else None
    return found if isinstance(found, str) else None


async def read_outputs(settings: Settings, expected: int) -> tuple[list[Any], list[Any]]:
    """Every dead letter and event (decoded), once `expected` output records have been read
    from the three output topics."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(),
        enable_auto_commit=False,
        fetch_max_bytes=16 * 1_048_576,
        max_partition_fetch_bytes=4 * 1_048_576,
    )
    await consumer.start()
    letters: list[Any] = []
    events: list[Any] = []
    try:
        tps = [TopicPartition(t, p) for t in output_topics(settings) for p in _parts(settings)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        read = 0
        async with asyncio.timeout(600):
            while read < expected:
                for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                    read += len(records)
                    if tp.topic == settings.topic_dead_letters:
                        letters += [json.loads(r.value or b"") for r in records]
                    elif tp.topic == settings.topic_events:
                        events += [_event_keys(r.value or b"") for r in records]
    finally:
        await consumer.stop()
    return letters, events


def _parts(settings: Settings) -> range:
    return range(settings.partitions)


def _event_keys(value: bytes) -> dict[str, str]:
    event = json.loads(value)
    return {"event_id": event["event_id"], "article_id": event["article_id"]}


def curve(result: Result, points: int = 20) -> Iterator[tuple[float, int, float]]:
    """About `points` samples of the RSS curve, evenly spread, the last one included."""
    samples = result.rss_mb
    step = max(len(samples) // points, 1)
    yield from samples[::step]
    if samples and (len(samples) - 1) % step:
        yield samples[-1]


def slope(samples: list[tuple[float, int, float]]) -> tuple[float, float]:
    """Least-squares slope of RSS over the second half of the samples: MB per 10,000 articles
    taken, and MB per minute."""
    half = samples[len(samples) // 2 :]
    if len(half) < 2:
        return 0.0, 0.0
    memory = [s[2] for s in half]
    return _fit([s[1] for s in half], memory) * 10_000, _fit([s[0] for s in half], memory) * 60


def _fit(xs: list[float] | list[int], ys: list[float]) -> float:
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return 0.0
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread


def report(result: Result) -> str:
    """The figures, the curve and the reconciliation, as text."""
    rss = [s[2] for s in result.rss_mb]
    per_articles, per_minute = slope(result.rss_mb)
    lines = [
        f"sent {result.sent:,} in {result.seconds:.0f} s "
        f"({result.sent / max(result.seconds, 1e-9):.0f} articles/s)",
        f"accounted: {result.accepted:,} accepted + {result.dead_lettered:,} dead-lettered "
        f"+ {result.skipped} skipped = {result.accepted + result.dead_lettered + result.skipped:,}",
        f"dead letters on the topic: {result.dead_letter_records:,} "
        f"{dict(sorted(result.dead_letters_by_reason.items()))}",
        f"  unexpected {result.dead_letters_unexpected}, missing {result.dead_letters_missing}",
        f"events: {result.event_records:,} records from {result.articles_with_events:,} articles; "
        f"duplicated ids {result.event_ids_duplicated}, "
        f"of unknown articles {result.events_of_unknown_articles}",
        f"RSS MB: start {rss[0]:.0f}, peak {max(rss):.0f}, end {rss[-1]:.0f}; slope over the "
        f"second half {per_articles:+.2f} MB per 10,000 articles ({per_minute:+.2f} MB/min)",
        "curve (seconds, articles taken, RSS MB):",
        *(f"  {t:7.0f} {n:8,} {mb:7.1f}" for t, n, mb in curve(result)),
        f"RECONCILED: {result.reconciled}",
    ]
    return "\n".join(lines)


def soak_settings(bootstrap: str, run_dir: Path) -> Settings:
    """Fresh topics (every one, the tension stage's and the attempts topic too: a soak must
    read no other run's records) and a fresh group for one soak."""
    suffix = f"soak-{time.strftime('%Y%m%d-%H%M%S')}-{os.urandom(3).hex()}"
    return Settings(
        broker=bootstrap, app_id=f"tw-{suffix}", data_dir=str(run_dir / "data")
    ).with_topic_prefix(suffix)


def main(argv: Sequence[str] | None = None) -> int:
    """`scripts/soak`: run, print the figures, write them as JSON."""
    parser = argparse.ArgumentParser(prog="soak", description=__doc__.split("\n")[0])
    parser.add_argument("--broker", default="embedded", help="embedded, kafka or HOST:PORT")
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--hostile-every", type=int, default=20, help="0: no hostile records")
    parser.add_argument("--sample-seconds", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args(argv)
    run_dir = args.out / f"soak-{time.strftime('%Y%m%d-%H%M%S')}"
    run_dir.mkdir(parents=True, exist_ok=True)
    the_plan = plan(args.articles, args.hostile_every)
    with broker(args.broker) as found:
        settings = soak_settings(found.bootstrap, run_dir)
        result = asyncio.run(run(settings, the_plan, args.sample_seconds, run_dir))
    text = report(result)
    print(f"broker: {found.version}\n{text}")
    (run_dir / "soak.json").write_text(json.dumps(asdict(result) | {"broker": found.version}))
    return 0 if result.reconciled else 1


if __name__ == "__main__":
    raise SystemExit(main())
