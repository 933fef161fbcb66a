"""`promtool check metrics` accepts everything the worker exports, faust's sensors included."""

from __future__ import annotations

import subprocess

import pytest
from prometheus_client import generate_latest

from tensionwatch.bootstrap import bootstrap
from tensionwatch.settings import Settings
from tests.e2e.conftest import require_binary
from tests.fakes import KeywordCoder

pytestmark = pytest.mark.e2e


def test_promtool_accepts_the_exposition_with_every_faust_sensor_observed() -> None:
    promtool = require_binary("promtool")
    service = bootstrap(Settings(), coder=KeywordCoder())
    for metric in service.app.monitor._metrics:
        if getattr(metric, "_labelnames", ()):
            metric = metric.labels(*["x"] * len(metric._labelnames))
        getattr(metric, "observe", getattr(metric, "inc", None))(1)
    exposition = generate_latest(service.metrics.registry)
    assert b"faust_events_runtime_seconds_bucket" in exposition
    checked = subprocess.run(  # noqa: S603
        [promtool, "check", "metrics"], input=exposition, capture_output=True, check=False
    )
    assert checked.returncode == 0, (checked.stdout + checked.stderr).decode()
