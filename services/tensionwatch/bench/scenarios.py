"""The scenarios: baselines, the whole pipeline, latency, the coder alone, scaling."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from tensionwatch.bench.articles import make_articles
from tensionwatch.bench.drain import (
    READY_TIMEOUT_SECONDS,
    WORKER,
    Plan,
    Stage,
    child_env,
    create_topics,
    run_drain,
    scenario_settings,
    started,
)
from tensionwatch.bench.probes import wait_ready
from tensionwatch.bench.procs import cpu_seconds, peak_rss_mb, run_module

SCENARIOS = ("raw", "faust", "pipeline", "tension", "latency", "coder", "scaling", "delivery")
#: The stateful stage's cost is measured with the worker without and with it, alternating, on
#: the same articles (from 20 outlets over 14 days, so stories gather several sources).
TENSION_OFF: tuple[tuple[str, object], ...] = (("tension_enabled", False),)
RAW = ("tensionwatch.bench.passthrough",)
FAUST = ("tensionwatch.bench.faust_passthrough",)
LATENCY_RATE = 100


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    broker: str = "embedded"
    articles: int = 5000
    quick: bool = False
    out: Path = Path("bench-results")
    skip: frozenset[str] = frozenset()

    @property
    def latency_seconds(self) -> float:
        """How long the load generator runs."""
        return 5.0 if self.quick else 20.0

    @property
    def coder_seconds(self) -> float:
        """CPU seconds of coder timing."""
        return 1.0 if self.quick else 3.0

    @property
    def rounds(self) -> int:
        """Alternating rounds of the paired scenarios (tension, delivery): one when quick,
        which checks they run but gives no spread."""
        return 1 if self.quick else 2


async def run_scenarios(stage: Stage, options: Options) -> dict[str, Any]:
    """Every scenario not skipped, in order; each one's figures by name."""
    seed = make_articles(options.articles)
    plans = {
        "raw": [Plan("raw", RAW, seed)],
        "faust": [Plan("faust", FAUST, seed)],
        "pipeline": [
            Plan("e2e-seed", WORKER, seed),
            Plan("e2e-mixed", WORKER, make_articles(options.articles, mix=True)),
        ],
        "tension": tension_plans(
            make_articles(options.articles, outlets=20, days=14), options.rounds
        ),
        "scaling": [
            Plan("scale-1", WORKER, seed, workers=1, prefill=False),
            Plan("scale-2", WORKER, seed, workers=2, prefill=False),
        ],
    }
    results: dict[str, Any] = {}
    for scenario in SCENARIOS:
        if scenario in options.skip:
            continue
        _say(f"scenario {scenario}")
        if scenario == "latency":
            results["latency"] = await latency(stage, options.latency_seconds)
        elif scenario == "coder":
            results["coder"] = await coder_alone(options.coder_seconds)
        elif scenario == "delivery":
            if not await has_transactions(stage.bootstrap):
                _say("scenario delivery skipped: the broker has no transactions")
                continue
            results.update(await delivery_cost(stage, seed, options.rounds))
        else:
            for plan in plans[scenario]:
                results[plan.name] = asdict(await run_drain(stage, plan))
    return results


async def delivery_cost(stage: Stage, seed: list[bytes], rounds: int) -> dict[str, Any]:
    """The pipeline at-least-once and exactly-once, alternating (at-least-once first), on the
    same backlog: what the transactions cost, as a ratio of medians. Needs a broker with
    transactions."""
    results: dict[str, Any] = {}
    for round_ in range(1, rounds + 1):
        for guarantee in ("at_least_once", "exactly_once"):
            name = f"{'eos' if guarantee == 'exactly_once' else 'alo'}-{round_}"
            plan = Plan(name, WORKER, seed, guarantee=guarantee)
            results[name] = asdict(await run_drain(stage, plan))
    return results


async def has_transactions(bootstrap: str) -> bool:
    """Whether the broker answers InitProducerId (Apache Kafka does; the embedded one not)."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        transactional_id=f"bench-probe-{uuid.uuid4().hex[:8]}",
        request_timeout_ms=5_000,
    )
    try:
        await asyncio.wait_for(producer.start(), 15)
    except (KafkaError, OSError):
        return False
    finally:
        await producer.stop()
    return True


def tension_plans(articles: list[bytes], rounds: int) -> list[Plan]:
    """Stage off, stage on, off, on...: each pair measured back to back."""
    plans = []
    for round_ in range(1, rounds + 1):
        plans.append(Plan(f"tension-off-{round_}", WORKER, articles, overrides=TENSION_OFF))
        plans.append(Plan(f"tension-on-{round_}", WORKER, articles))
    return plans


async def latency(stage: Stage, seconds: float) -> dict[str, Any]:
    """A ready worker, articles offered at a fixed rate, produce→first-event latency."""
    settings = scenario_settings(stage, "latency")
    await create_topics(settings)
    with started(stage, settings, WORKER, 1) as (children, ports):
        await wait_ready(children, ports, READY_TIMEOUT_SECONDS)
        pid = children[0].pid
        began = (time.time(), cpu_seconds(pid), _cpu(stage.broker_pid))
        args = [
            "tensionwatch.bench.latency",
            "--rate",
            str(LATENCY_RATE),
            "--seconds",
            str(seconds),
        ]
        out = await asyncio.to_thread(run_module, args, child_env(settings), seconds + 120)
        elapsed = time.time() - began[0]
        result: dict[str, Any] = json.loads(out.splitlines()[-1])
        result["worker_cpu_cores"] = (cpu_seconds(pid) - began[1]) / elapsed
        if stage.broker_pid:
            result["broker_cpu_cores"] = (_cpu(stage.broker_pid) - began[2]) / elapsed
        result["worker_peak_rss_mb"] = peak_rss_mb(pid)
    return result


async def coder_alone(seconds: float) -> dict[str, Any]:
    """The coder on one pinned core, in its own process."""
    args = ["tensionwatch.bench.coder", "--seconds", str(seconds)]
    out = await asyncio.to_thread(run_module, args, {}, seconds * 4 + 120)
    result: dict[str, Any] = json.loads(out.splitlines()[-1])
    return result


def _cpu(pid: int | None) -> float:
    return cpu_seconds(pid) if pid else 0.0


def _say(message: str) -> None:
    print(f"tensionwatch bench: {message}", flush=True)
