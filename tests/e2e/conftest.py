"""End-to-end fixtures: external programs (Prometheus, promtool) the tests drive for real."""

from __future__ import annotations

import os
import shutil

import pytest


def require_binary(name: str, package: str = "prometheus") -> str:
    """Path of `name`; skipped on a developer machine without it, a failure in CI."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (Debian package: {package}); .ci/run installs it"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
