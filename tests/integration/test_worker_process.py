"""`tensionwatch worker` and `tensionwatch demo` as a new user runs them."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiohttp import ClientSession

from tensionwatch.adapters.devbroker import free_port
from tests.processes import (
    CLI,
    ExitedError,
    settings_env,
    start_module,
    start_worker,
    status,
    stop,
    until_status,
)
from tests.streaming import SettingsFactory

ROOT = Path(__file__).resolve().parents[2]


async def test_the_worker_starts_in_a_fresh_directory_with_the_default_data_dir(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    port = free_port()
    env = settings_env(make_settings(), web_port=str(port))
    assert "TENSIONWATCH_DATA_DIR" not in env
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, cwd=fresh)
    try:
        await until_status(f"http://127.0.0.1:{port}/readyz", 200, timeout=90, process=worker)
    except (TimeoutError, ExitedError):
        pytest.fail(log.read_text(errors="replace")[-3000:])
    finally:
        code = stop(worker)
    assert code == 0, log.read_text(errors="replace")[-3000:]
    assert (fresh / ".tw-run" / "data").is_dir()


async def test_a_sigterm_that_lands_during_an_assignment_stops_the_worker(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    """The assignment reaches the partition owners only after the SIGTERM: they take nothing,
    and the worker stops. Before the fix the owners read their offsets through a consumer
    thread that was stopping, the read never returned, and the worker was killed after its
    grace period (CI's exit code -9)."""
    flag = tmp_path / "sigterm-sent"
    worker, port, log = _held_worker(make_settings, tmp_path, flag)
    try:
        await until_status(f"http://127.0.0.1:{port}/healthz", 200, timeout=60, process=worker)
        # the group has assigned the partitions; the owners wait
        await _until_logged(log, "Executing _on_partitions_assigned")
        worker.terminate()
        flag.touch()
    finally:
        code = stop(worker)
    output = log.read_text(errors="replace")
    assert code == 0, output[-3000:]
    assert output.count("not taking") == 2, output[-3000:]


async def test_readyz_waits_until_the_partition_owners_have_taken_their_assignment(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    """faust ends the rebalance ("Worker ready") once recovery is done; the owners take their
    partitions and read their committed offsets later, in the group's assignment callback,
    which this worker holds until FLAG exists. /readyz and `tensionwatch_ready` say not ready
    until both owners (the coding agent's delivery, the tension stage's) own their partitions.
    Before, /readyz answered 200 about half a second before "delivery: own [...]"."""
    flag = tmp_path / "take-them"
    worker, port, log = _held_worker(make_settings, tmp_path, flag)
    base = f"http://127.0.0.1:{port}"
    try:
        await until_status(f"{base}/healthz", 200, timeout=60, process=worker)
        # faust has finished its part; the owners wait for the flag
        await _until_logged(log, "Worker ready")
        await asyncio.sleep(1.0)  # what faust does after "Worker ready" does not change it
        assert await status(f"{base}/readyz") == 503, log.read_text(errors="replace")[-3000:]
        assert "tensionwatch_ready 0.0" in await metrics(f"{base}/metrics")
        assert ": own " not in log.read_text(errors="replace")
        flag.touch()
        await until_status(f"{base}/readyz", 200, timeout=30, process=worker)
        assert "tensionwatch_ready 1.0" in await metrics(f"{base}/metrics")
        output = log.read_text(errors="replace")
        assert "delivery: own " in output and "tension: own " in output, output[-3000:]
    finally:
        code = stop(worker)
    assert code == 0, log.read_text(errors="replace")[-3000:]


async def metrics(url: str) -> str:
    async with ClientSession() as http, http.get(url) as response:
        return await response.text()


@pytest.mark.slow
async def test_an_unreachable_broker_ends_the_start_in_one_line_while_probes_answer(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    port = free_port()
    settings = make_settings(broker=f"127.0.0.1:{free_port()}")
    env = settings_env(settings, web_port=str(port), broker_connect_timeout_seconds="4")
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, cwd=tmp_path)
    try:
        await until_status(f"http://127.0.0.1:{port}/healthz", 200, timeout=60)
        assert await status(f"http://127.0.0.1:{port}/readyz") == 503
        code = worker.wait(timeout=60)
    finally:
        stop(worker)
    output = log.read_text(errors="replace")
    assert code == 1, output
    assert "Traceback" not in output, output
    assert output.count("waiting for the broker") == 1, output
    last = output.splitlines()[-1]
    assert last.startswith(f"tensionwatch: error: cannot reach the broker at {settings.broker} ")
    assert "(TENSIONWATCH_BROKER) after 4 s" in last


def test_ctrl_c_stops_the_demo_and_its_broker_within_seconds() -> None:
    """The terminal sends SIGINT to the whole foreground process group: the demo and, before
    the fix, the embedded broker too, which left the worker waiting 60 s on a dead broker."""
    demo = subprocess.Popen(  # noqa: S603
        [*CLI, "demo", "--web-port", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a process group of its own, like a shell job
    )
    assert demo.stderr is not None
    for line in demo.stderr:
        if "running until Ctrl-C" in line:
            break
    group_members = _processes_in_group(demo.pid)
    os.killpg(demo.pid, signal.SIGINT)
    started = time.monotonic()
    try:
        _, errors = demo.communicate(timeout=20)  # a hang guard; it takes about a second
    except subprocess.TimeoutExpired:
        os.killpg(demo.pid, signal.SIGKILL)
        demo.communicate()
        pytest.fail("the demo did not stop within 20 s of Ctrl-C")
    print(f"demo stopped {time.monotonic() - started:.1f} s after SIGINT to its group")
    assert demo.returncode == 0, errors
    assert "Traceback" not in errors and "KafkaConnectionError" not in errors, errors
    assert group_members == [demo.pid], "the embedded broker runs in a session of its own"


def _processes_in_group(group: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) == group:
                found.append(int(entry.name))
        except ProcessLookupError:
            continue
    return sorted(found)


def _held_worker(
    make_settings: SettingsFactory, tmp_path: Path, flag: Path
) -> tuple[subprocess.Popen[bytes], int, Path]:
    """A worker whose partition owners wait for `flag` (tests/late_assignment_worker.py): the
    process, its web port and its log."""
    port = free_port()
    env = settings_env(make_settings(), web_port=str(port))
    log = tmp_path / "worker.log"
    worker = start_module(
        [sys.executable, "-m", "tests.late_assignment_worker", str(flag)], env, log, cwd=ROOT
    )
    return worker, port, log


async def _until_logged(log: Path, text: str) -> None:
    """Wait (up to a minute) until `text` is in `log`; the test fails with the log's end if not."""
    for _ in range(600):
        if text in log.read_text(errors="replace"):
            return
        await asyncio.sleep(0.1)
    pytest.fail(log.read_text(errors="replace")[-3000:])
