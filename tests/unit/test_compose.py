"""docker-compose.yml waits for a healthy broker, provisions Grafana, and the image's build
context leaves the developer's .venv and .env out. (.ci/docker runs all of it for real.)"""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose(name: str = "docker-compose.yml") -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / name).read_text("utf-8"))
    return loaded


def test_the_worker_starts_only_once_the_broker_is_healthy() -> None:
    services = compose()["services"]
    assert services["worker"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    check = services["kafka"]["healthcheck"]["test"]
    assert "kafka-broker-api-versions.sh" in " ".join(check)
    assert services["worker"]["healthcheck"]["test"][-1].count("/readyz") == 1


def test_grafana_is_provisioned_with_the_dashboard_and_prometheus() -> None:
    grafana = compose()["services"]["grafana"]
    mounts = {v.split(":")[0]: v.split(":")[1] for v in grafana["volumes"]}
    for local in mounts:
        assert (ROOT / local).is_dir(), local
    assert mounts["./deploy/grafana/dashboards"] == "/var/lib/grafana/dashboards"
    source = yaml.safe_load(
        (ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text("utf-8")
    )
    assert source["datasources"][0]["url"] == "http://prometheus:9090"
    assert (ROOT / "deploy/grafana/dashboards/tensionwatch.json").is_file()


def test_the_ci_override_only_swaps_images_for_local_stand_ins() -> None:
    override = compose(".ci/compose.override.yml")["services"]
    for name, service in override.items():
        assert set(service) <= {"image", "pull_policy", "profiles"}, name
    assert compose()["services"]["kafka"]["image"] == "apache/kafka:4.1.1"


def in_build_context(path: str) -> bool:
    """Docker's rule: the last .dockerignore pattern matching a path (or a parent) decides."""
    lines = (ROOT / ".dockerignore").read_text("utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    included = True
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    for pattern in patterns:
        negated = pattern.startswith("!")
        glob = pattern.lstrip("!").rstrip("/").removeprefix("**/")
        if any(
            fnmatch.fnmatch(p, glob) or fnmatch.fnmatch(p.split("/")[-1], glob) for p in prefixes
        ):
            included = negated
    return included


def test_the_build_context_leaves_out_the_venv_env_and_git() -> None:
    for path in (".venv/lib/python3.11/site.py", ".env", ".git/HEAD", "bench-results/x.json"):
        assert not in_build_context(path), path
    for path in ("pyproject.toml", "README.md", "services/tensionwatch/settings.py"):
        assert in_build_context(path), path
    assert not in_build_context("services/tensionwatch/__pycache__/settings.cpython-311.pyc")
