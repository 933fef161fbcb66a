"""What the README promises an operator: prerequisites, settings, dependencies, packaging."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from tensionwatch.entrypoints.configure import TOOLING_VARIABLES
from tensionwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text("utf-8")


def test_the_tools_the_scripts_need_are_named_as_prerequisites() -> None:
    assert "Java 17+" in README
    assert "Maven" in README
    assert "Prometheus" in README
    for script, tool in (("kafka-kraft", "mvn"), ("kafka-kraft", "java")):
        assert tool in (ROOT / "scripts" / script).read_text("utf-8")


def test_every_variable_the_readme_names_exists() -> None:
    settings = {f"TENSIONWATCH_{name.upper()}" for name in Settings.model_fields}
    named = set(re.findall(r"`(TENSIONWATCH_[A-Z0-9_]+)`", README))
    assert named, "the README names its settings"
    assert named - settings - TOOLING_VARIABLES == set()


def test_the_settings_table_names_the_data_dir_and_the_broker_timeouts() -> None:
    for name in ("DATA_DIR", "BROKER_CONNECT_TIMEOUT_SECONDS", "BROKER_DOWN_AFTER_SECONDS"):
        assert f"| `TENSIONWATCH_{name}` |" in README


def test_no_dependency_is_listed_twice() -> None:
    section = README.split("## Dependencies and why", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1].strip() for line in section.splitlines() if line.startswith("| ")]
    packages = [name for row in rows[1:] for name in re.sub(r" \(.*?\)", "", row).split(", ")]
    assert "faust-streaming" in packages
    assert len(packages) == len(set(packages)), packages


def test_the_licence_is_an_spdx_string_as_setuptools_wants() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert isinstance(project["license"], str)
    assert not any(c.startswith("License ::") for c in project.get("classifiers", []))


def test_the_readme_does_not_claim_probes_from_the_first_second() -> None:
    assert "from the first second" not in README
