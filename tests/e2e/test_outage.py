"""A Kafka outage, for real: Apache Kafka stopped under a running worker, then started again.

Readiness turns off within a bounded time, the log says so once (not once per retry), and the
worker recovers by itself when the broker is back on the same port. `OUTAGE_SECONDS=100
python -m pytest tests/e2e/test_outage.py -s` prints the figures for a longer outage.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from aiohttp import ClientSession

from tensionwatch.adapters.devbroker import free_port
from tensionwatch.settings import Settings
from tests.processes import settings_env, start_worker, stop, until_status

ROOT = Path(__file__).resolve().parents[2]
KAFKA_KRAFT = ROOT / "scripts" / "kafka-kraft"
DOWN_AFTER_SECONDS = 5.0  # the default of TENSIONWATCH_BROKER_DOWN_AFTER_SECONDS
# A probe each second that may itself wait 3 s for an answer, after the 5 s.
BOUND_SECONDS = DOWN_AFTER_SECONDS + 1 + 3
SETTLE_SECONDS = 5.0

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def require_java() -> None:
    if shutil.which("java") and shutil.which("mvn"):
        return
    if os.environ.get("CI"):
        pytest.fail("java and mvn are needed for scripts/kafka-kraft; .ci/run installs them")
    pytest.skip("java and mvn are needed for scripts/kafka-kraft")


def kafka(command: str, directory: Path) -> str:
    done = subprocess.run(  # noqa: S603
        [str(KAFKA_KRAFT), command, "--dir", str(directory)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def log_lines(log: Path) -> list[str]:
    return log.read_text(errors="replace").splitlines()


def records(lines: list[str]) -> list[str]:
    """Log records: a traceback's or a stack dump's lines belong to the record above them."""
    return [line for line in lines if line.startswith("[")]


async def ready_gauge(url: str) -> float:
    async with ClientSession() as http, http.get(url) as response:
        text = await response.text()
    [line] = [x for x in text.splitlines() if x.startswith("tensionwatch_ready ")]
    return float(line.split()[1])


async def test_a_kafka_outage_turns_readiness_off_then_on_by_itself(
    tmp_path: Path, unique: str
) -> None:
    require_java()
    outage = float(os.environ.get("OUTAGE_SECONDS", "20"))
    directory = tmp_path / "kafka"
    bootstrap = kafka("start", directory)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(broker=bootstrap, app_id=f"tw-outage-{unique}", partitions=2)
    env = settings_env(settings, web_port=str(port), data_dir=str(tmp_path / "data"))
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, cwd=tmp_path)
    try:
        await until_status(f"{base}/readyz", 200, timeout=120, process=worker)
        await asyncio.sleep(SETTLE_SECONDS)  # an outage of a worker at work, not mid-start
        before = len(log_lines(log))
        kafka("stop", directory)
        stopped = time.monotonic()
        to_not_ready = await until_status(f"{base}/readyz", 503, timeout=60, process=worker)
        assert await ready_gauge(f"{base}/metrics") == 0.0
        await asyncio.sleep(max(outage - (time.monotonic() - stopped), 0))
        during = log_lines(log)[before:]
        assert kafka("start", directory) == bootstrap, "restarted on the same port"
        restarted = time.monotonic()
        to_ready = await until_status(f"{base}/readyz", 200, timeout=120, process=worker)
        assert await ready_gauge(f"{base}/metrics") == 1.0
        after = log_lines(log)[before:]
    finally:
        code = stop(worker)
        kafka("stop", directory)
    print(
        json.dumps(
            {
                "outage_seconds": round(restarted - stopped, 1),
                "seconds_to_503_after_broker_stopped": round(to_not_ready, 1),
                "seconds_to_200_after_broker_restarted": round(to_ready, 1),
                "log_records_during_outage": len(records(during)),
                "log_lines_during_outage": len(during),
                "log_bytes_during_outage": sum(len(line) + 1 for line in during),
            }
        )
    )
    assert to_not_ready <= BOUND_SECONDS, to_not_ready
    assert len(records(during)) <= 20, "\n".join(during)
    assert sum("unreachable for" in line for line in during) == 1, "\n".join(during)
    assert sum("reachable again" in line for line in after) == 1, "\n".join(after)
    assert code == 0, "\n".join(log_lines(log)[-40:])
