"""Draining a backlog with measured subprocesses, timed the same way for every scenario.

The benchmark tails the output topics while the measured processes drain the backlog. The
window runs from the create time of the first output record (stamped by the measured
process's producer as it sends the output of the first record it consumed) to the moment
the last output arrived at the tail (records are readable once the broker acknowledged
them). The drain is over once the group has committed every input record (outputs are
acknowledged before offsets are committed, in every scenario) and the tail has every output
(N for a passthrough, the worker's `records_produced_total` for the pipeline). The embedded
broker misreports end offsets, so they are not used. CPU seconds of the workers, the broker
and the benchmark come from /proc, sampled every 25 ms, at the samples bracketing the
window; peak RSS is the worker's VmHWM.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import free_port
from tensionwatch.bench.errors import BenchError
from tensionwatch.bench.kafka_io import Committed, Tail, fill
from tensionwatch.bench.probes import scrape, wait_ready
from tensionwatch.bench.procs import Child, cpu_seconds, peak_rss_mb
from tensionwatch.bench.stats import Sample, Window, drain_window, rate
from tensionwatch.settings import Settings
from tensionwatch.stream.topics import TABLE_CLUSTERS, TABLE_DYADS, changelog_name

POLL_SECONDS = 0.025
COUNT_TIMEOUT_SECONDS = 15.0
COMMIT_POLL_EVERY = 8  # samples between two looks at the committed offsets
READY_TIMEOUT_SECONDS = 90.0
ENV_FIELDS = (
    "tension_enabled",
    "broker",
    "app_id",
    "data_dir",
    "web_port",
    "partitions",
    "rebalance_timeout_seconds",
    "processing_guarantee",
    *(name for name in Settings.model_fields if name.startswith("topic_")),
)
WORKER = ("tensionwatch.entrypoints.cli", "worker", "--loglevel", "warning")
SENTENCES = "tensionwatch_sentences_total"
PRODUCED = "tensionwatch_records_produced_total"


@dataclass(frozen=True)
class Plan:
    """One drain: which module, how many processes, which records, pre-filled or not."""

    name: str
    module: Sequence[str]
    records: Sequence[bytes]
    workers: int = 1
    prefill: bool = True
    guarantee: str = "at_least_once"
    overrides: tuple[tuple[str, object], ...] = ()  # settings of this drain only

    @property
    def pipeline(self) -> bool:
        """True for the real worker (outputs and sentences come from its metrics)."""
        return tuple(self.module) == WORKER


@dataclass(frozen=True)
class Drain:
    """What one drain measured."""

    name: str
    workers: int
    articles: int
    seconds: float
    articles_per_second: float
    outputs: int
    sentences: int | None
    sentences_per_second: float | None
    worker_cpu_seconds: float
    broker_cpu_seconds: float | None
    bench_cpu_seconds: float
    worker_peak_rss_mb: float


@dataclass(frozen=True)
class Stage:
    """Where the scenarios run: the broker, base settings, where logs go."""

    bootstrap: str
    broker_pid: int | None
    settings: Settings
    log_dir: Path


def scenario_settings(
    stage: Stage,
    name: str,
    guarantee: str = "at_least_once",
    overrides: tuple[tuple[str, object], ...] = (),
) -> Settings:
    """Fresh topics and a fresh consumer group for one scenario."""
    suffix = f"{name}-{os.urandom(4).hex()}"
    return stage.settings.with_topic_prefix(f"bench.{suffix}").model_copy(
        update={
            "processing_guarantee": guarantee,
            "broker": stage.bootstrap,
            "app_id": f"bench-{suffix}",
            "data_dir": str(stage.log_dir / "data" / suffix),
            **dict(overrides),
        }
    )


def child_env(settings: Settings) -> dict[str, str]:
    """TENSIONWATCH_* variables that make a subprocess use `settings`."""
    return {f"TENSIONWATCH_{field.upper()}": str(getattr(settings, field)) for field in ENV_FIELDS}


def output_topics(settings: Settings) -> list[str]:
    """Every topic the worker (or a passthrough, on `topic_events`) writes: with the tension
    stage, its hand-over topic, outputs and changelogs too (all count in the worker's
    `records_produced_total`)."""
    topics = [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
    if settings.tension_enabled:
        topics += [settings.topic_coded, *tension_outputs(settings)]
    return topics


def tension_outputs(settings: Settings) -> list[str]:
    """The tension stage's outputs and changelogs (compacted)."""
    changelogs = [changelog_name(settings, table) for table in (TABLE_DYADS, TABLE_CLUSTERS)]
    return [settings.topic_clusters, settings.topic_index, settings.topic_alerts, *changelogs]


async def create_topics(settings: Settings) -> None:
    """The input and output topics of a scenario, compacted where the worker's are."""
    compacted = tension_outputs(settings)[1:] if settings.tension_enabled else []
    await ensure_topics(settings, [settings.topic_articles, *output_topics(settings)], compacted)


@contextlib.contextmanager
def started(
    stage: Stage, settings: Settings, module: Sequence[str], count: int
) -> Iterator[tuple[list[Child], list[int]]]:
    """`count` processes of `module`, each with its own web port and data dir; stopped after."""
    children: list[Child] = []
    ports: list[int] = []
    try:
        for index in range(count):
            ports.append(free_port())
            own = settings.model_copy(
                update={"web_port": ports[-1], "data_dir": f"{settings.data_dir}/w{index}"}
            )
            Path(own.data_dir).mkdir(parents=True, exist_ok=True)
            name = f"{settings.app_id}-{index}"
            children.append(Child(name, list(module), child_env(own), stage.log_dir))
        yield children, ports
    finally:
        for child in children:
            child.stop()


async def run_drain(stage: Stage, plan: Plan) -> Drain:
    """Fill (before or after start), drain, measure; every process stopped afterwards."""
    settings = scenario_settings(stage, plan.name, plan.guarantee, plan.overrides)
    await create_topics(settings)
    if plan.prefill:
        await fill(stage.bootstrap, settings.topic_articles, plan.records)
    with started(stage, settings, plan.module, plan.workers) as (children, ports):
        if not plan.prefill:
            await wait_ready(children, ports, READY_TIMEOUT_SECONDS)
            await fill(stage.bootstrap, settings.topic_articles, plan.records)
        return await _measure(stage, plan, settings, children, ports)


async def _measure(
    stage: Stage, plan: Plan, settings: Settings, children: list[Child], ports: list[int]
) -> Drain:
    pids = [child.pid for child in children]
    watched = [*pids, os.getpid(), *([stage.broker_pid] if stage.broker_pid else [])]
    timeout = max(120.0, len(plan.records) / 20)
    committed_only = plan.guarantee == "exactly_once"
    tail = Tail(stage.bootstrap, output_topics(settings), settings.partitions, committed_only)
    group = Committed(
        stage.bootstrap, settings.app_id, settings.topic_articles, settings.partitions
    )
    async with tail, group:
        watch = _Watch(children, watched, time.monotonic() + timeout)
        await watch.until(lambda: group.total(), len(plan.records), "committed inputs")
        outputs = len(plan.records)
        if plan.pipeline:
            if settings.tension_enabled:
                await _until_stage_done(stage, settings, ports, watch)
            outputs = int((await scrape(ports, [PRODUCED]))[PRODUCED])
        try:
            await watch.until(_counted(tail), outputs, "outputs at the tail")
        except BenchError as error:
            raise BenchError(f"{error}\n{await tail.report()}") from error
        window = drain_window(watch.samples, tail.first_created, tail.last_arrived)
    rss = max(peak_rss_mb(pid) for pid in pids)
    sentences = int((await scrape(ports, [SENTENCES]))[SENTENCES]) if plan.pipeline else None
    return _drain(stage, plan, window, tail.count, pids, sentences, rss)


async def _until_stage_done(
    stage: Stage, settings: Settings, ports: list[int], watch: _Watch
) -> None:
    """Until the tension stage has committed every record the coding agent handed it."""
    coded = f'{PRODUCED}{{topic="{settings.topic_coded}"}}'
    handed = int((await scrape(ports, [coded]))[coded])
    stage_group = Committed(
        stage.bootstrap, settings.app_id, settings.topic_coded, settings.partitions
    )
    async with stage_group:
        await watch.until(lambda: stage_group.total(), handed, "committed coded records")


def _counted(tail: Tail) -> Callable[[], Awaitable[int]]:
    async def count() -> int:
        return tail.count

    return count


class _Watch:
    """Samples CPU every 25 ms while waiting for a count to reach a goal."""

    def __init__(self, children: list[Child], pids: list[int], deadline: float) -> None:
        self.children = children
        self.pids = pids
        self.deadline = deadline
        self.samples: list[Sample] = []

    async def until(self, count: Callable[[], Awaitable[int]], goal: int, what: str) -> None:
        """Sample until `count()` (asked every few samples) reaches `goal`."""
        done = 0
        while True:
            self.samples.append(Sample(time.time(), {p: cpu_seconds(p) for p in self.pids}))
            if len(self.samples) % COMMIT_POLL_EVERY == 0:
                done = await asyncio.wait_for(count(), COUNT_TIMEOUT_SECONDS)
                if done >= goal:
                    return
            dead = [child for child in self.children if not child.alive()]
            if dead:
                raise BenchError(f"{dead[0].name} exited during the drain:\n{dead[0].tail()}")
            if time.monotonic() > self.deadline:
                raise BenchError(f"drain not done in time: {done}/{goal} {what}")
            await asyncio.sleep(POLL_SECONDS)


def _drain(
    stage: Stage,
    plan: Plan,
    window: Window,
    outputs: int,
    pids: list[int],
    sentences: int | None,
    rss: float,
) -> Drain:
    articles = len(plan.records)
    broker = window.cpu.get(stage.broker_pid) if stage.broker_pid else None
    return Drain(
        name=plan.name,
        workers=plan.workers,
        articles=articles,
        seconds=window.seconds,
        articles_per_second=rate(articles, window.seconds),
        outputs=outputs,
        sentences=sentences,
        sentences_per_second=rate(sentences, window.seconds) if sentences else None,
        worker_cpu_seconds=sum(window.cpu.get(pid, 0.0) for pid in pids),
        broker_cpu_seconds=broker,
        bench_cpu_seconds=window.cpu.get(os.getpid(), 0.0),
        worker_peak_rss_mb=rss,
    )
