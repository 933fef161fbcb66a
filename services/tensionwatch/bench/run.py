"""`tensionwatch bench`: every scenario against one broker, then JSON, PNG and a table."""

from __future__ import annotations

import asyncio
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from tensionwatch.bench.brokers import Broker, broker
from tensionwatch.bench.drain import Stage
from tensionwatch.bench.report import render_table, summarise, write_chart, write_json
from tensionwatch.bench.scenarios import Options, run_scenarios
from tensionwatch.settings import Settings

# Members must rejoin a rebalance within a heartbeat (3 s); the embedded broker holds each
# join for half this long, so the project's 10 s would add seconds to every start.
REBALANCE_TIMEOUT_SECONDS = 4.0


def run_bench(options: Options) -> Path:
    """Run the benchmark; returns the JSON file written."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = options.out / f"bench-{stamp}-{options.broker.replace(':', '_')}"
    log_dir = base.with_suffix(".logs")
    log_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings().model_copy(
        update={"rebalance_timeout_seconds": REBALANCE_TIMEOUT_SECONDS}
    )
    with broker(options.broker) as found:
        print(f"tensionwatch bench: broker {found.kind} at {found.bootstrap}", flush=True)
        stage = Stage(found.bootstrap, found.pid, settings, log_dir.resolve())
        results = asyncio.run(run_scenarios(stage, options))
    document: dict[str, Any] = {
        "options": {**vars(options), "skip": sorted(options.skip)},
        "environment": environment(found, settings),
        "results": results,
    }
    document["summary"] = summarise(results)
    path = write_json(document, base.with_suffix(".json"))
    write_chart(document, base.with_suffix(".png"))
    print(render_table(document))
    print(f"wrote {path} and {base.with_suffix('.png')} (process logs in {log_dir})")
    return path


def environment(found: Broker, settings: Settings) -> dict[str, Any]:
    """The host, versions, broker, settings that matter, and where everything ran."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "host": platform.node(),
        "cpu_count": os.cpu_count(),
        "usable_cores": cores,
        "cpu_model": _cpu_model(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "faust_streaming": metadata.version("faust-streaming"),
        "aiokafka": metadata.version("aiokafka"),
        "broker": {"kind": found.kind, "version": found.version, "bootstrap": found.bootstrap},
        "settings": settings.model_dump(
            include={"batch_max", "batch_within_seconds", "max_poll_records", "partitions"}
            | {"producer_linger_seconds", "producer_max_batch_bytes", "uvloop"}
            | {"commit_interval_seconds", "rebalance_timeout_seconds", "min_confidence"}
        ),
        "placement": (
            f"broker: {found.placement}; workers, baselines and the load generator: separate "
            f"Python processes on the same {cores}-core host over loopback, not pinned; "
            "coder alone: its own process pinned to one core; "
            "drain timing and /proc sampling: the bench process"
        ),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()
