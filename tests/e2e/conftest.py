"""End-to-end fixtures: external programs (Prometheus, promtool) the tests drive for real."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tensionwatch.adapters.devbroker import wait_for_port


def require_binary(name: str, package: str = "prometheus") -> str:
    """Path of `name`; skipped on a developer machine without it, a failure in CI."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (Debian package: {package}); .ci/run installs it"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def start_prometheus(
    binary: str, tmp: Path, target_port: int, port: int, job: str
) -> subprocess.Popen[bytes]:
    """A Prometheus on `port` scraping the worker's web port every second as `job`, its data
    and log under `tmp`; returned once it listens."""
    config = tmp / "prometheus.yml"
    config.write_text(
        "global: {scrape_interval: 1s}\n"
        "scrape_configs:\n"
        f"  - job_name: {job}\n"
        f"    static_configs: [{{targets: ['127.0.0.1:{target_port}']}}]\n",
        encoding="utf-8",
    )
    with (tmp / "prometheus.log").open("wb") as log:
        process = subprocess.Popen(  # noqa: S603
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={tmp / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    assert wait_for_port("127.0.0.1", port, 30), (tmp / "prometheus.log").read_text()
    return process
