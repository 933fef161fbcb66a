"""Helpers for tests that run the service as its users do: as a process, watched over HTTP."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from aiohttp import ClientError, ClientSession, ClientTimeout

from tensionwatch.settings import Settings

CLI = [sys.executable, "-m", "tensionwatch.entrypoints.cli"]
#: A worker with the scripted test coder (tests/tension_worker.py).
SCRIPTED_WORKER = [sys.executable, "-m", "tests.tension_worker"]


def settings_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment of this process, plus the settings that name the test's broker,
    group and topics as `TENSIONWATCH_*` variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TENSIONWATCH_")}
    env.update({k: v for k, v in os.environ.items() if k.startswith("TENSIONWATCH_TEST_")})
    topics = [name for name in Settings.model_fields if name.startswith("topic_")]
    for name in ("broker", "app_id", *topics, "partitions", "rebalance_timeout_seconds"):
        env[f"TENSIONWATCH_{name.upper()}"] = str(getattr(settings, name))
    env.update({f"TENSIONWATCH_{k.upper()}": v for k, v in extra.items()})
    return env


def start_worker(
    env: dict[str, str], log: Path, cwd: Path, loglevel: str = "info"
) -> subprocess.Popen[bytes]:
    """`tensionwatch worker` in `cwd`, its output appended to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen(  # noqa: S603
            [*CLI, "worker", "--loglevel", loglevel],
            env=env,
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def start_module(
    command: list[str], env: dict[str, str], log: Path, cwd: Path | None = None
) -> subprocess.Popen[bytes]:
    """`command` (a worker of another module) in `cwd`, its output appended to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen(  # noqa: S603
            command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT
        )


async def status(url: str) -> int:
    """The HTTP status of a GET, or 0 when nothing answers."""
    try:
        async with (
            ClientSession(timeout=ClientTimeout(total=2)) as http,
            http.get(url) as response,
        ):
            return response.status
    except (ClientError, TimeoutError, OSError):
        return 0


class ExitedError(AssertionError):
    """The process under test exited while we waited for it."""


async def until_status(
    url: str, wanted: int, timeout: float, process: subprocess.Popen[bytes] | None = None
) -> float:
    """Poll until `url` answers `wanted`; the seconds it took. TimeoutError after `timeout`,
    ExitedError as soon as `process` has exited."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(timeout):
        while await status(url) != wanted:
            if process is not None and process.poll() is not None:
                raise ExitedError(f"exited with {process.returncode} while waiting for {url}")
            await asyncio.sleep(0.1)
    return loop.time() - start


def stop(process: subprocess.Popen[bytes], timeout: float = 30) -> int:
    """SIGTERM, then the exit code (SIGKILL if it does not stop in time)."""
    if process.poll() is None:
        process.terminate()
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.wait()
