"""Misconfiguration ends in one line naming the variable, and exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tensionwatch.entrypoints.cli import main
from tensionwatch.entrypoints.configure import (
    TOOLING_VARIABLES,
    SettingsError,
    _one,
    load_settings,
    unknown_variables,
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No TENSIONWATCH_* variable but the test's own, and no .env in the working directory."""
    import os

    for name in list(os.environ):
        if name.upper().startswith("TENSIONWATCH_") and name not in TOOLING_VARIABLES:
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_a_value_outside_a_choice_names_the_variable_and_the_allowed_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TENSIONWATCH_PROCESSING_GUARANTEE", "bogus")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("TENSIONWATCH_PROCESSING_GUARANTEE='bogus': ")
    assert "'at_least_once' or 'exactly_once'" in message
    assert "\n" not in message


def test_a_misspelt_variable_is_an_error_with_a_suggestion(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TENSIONWATCH_BROKERS", "kafka://10.0.0.1:9092")
    with pytest.raises(
        SettingsError,
        match=r"TENSIONWATCH_BROKERS is not a setting \(did you "
        r"mean TENSIONWATCH_BROKER\?\)",
    ):
        load_settings()


def test_a_misspelt_variable_in_the_env_file_is_an_error_too(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TENSIONWATCH_MIN_CONFIDANCE=0.7\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="TENSIONWATCH_MIN_CONFIDANCE"):
        load_settings()


def test_the_tooling_variables_are_not_reported() -> None:
    assert unknown_variables(sorted(TOOLING_VARIABLES) + ["PATH", "TENSIONWATCH_BROKER"]) == []


@pytest.mark.parametrize(
    "address",
    ["http://broker:9092", "broker:port", "broker:70000", ":9092", "a:1, ,b c:2", " , "],
)
def test_a_broker_address_that_cannot_work_is_a_settings_error(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    monkeypatch.setenv("TENSIONWATCH_BROKER", address)
    with pytest.raises(SettingsError, match=r"^TENSIONWATCH_BROKER=.*expected host:port"):
        load_settings()


@pytest.mark.parametrize(
    "address", ["kafka://broker:9092", "b1:9092,b2:9093", "localhost", "kafka://[::1]:9092"]
)
def test_good_broker_addresses_pass(monkeypatch: pytest.MonkeyPatch, address: str) -> None:
    monkeypatch.setenv("TENSIONWATCH_BROKER", address)
    assert load_settings().bootstrap_servers()


def test_several_problems_are_reported_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSIONWATCH_UVLOOP", "maybe")
    monkeypatch.setenv("TENSIONWATCH_PARTITIONS", "0")
    monkeypatch.setenv("TENSIONWATCH_LANGUAGE", "de")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert "\n" not in message
    assert "TENSIONWATCH_UVLOOP='maybe': expected a boolean (true, false" in message
    assert "TENSIONWATCH_PARTITIONS='0': Input should be greater than or equal to 1" in message
    assert "TENSIONWATCH_LANGUAGE is not a setting (did you mean TENSIONWATCH_LANGUAGES?)" in (
        message
    )


def test_a_list_setting_that_is_not_json_names_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TENSIONWATCH_LANGUAGES", "en,de")
    with pytest.raises(SettingsError, match=r"^TENSIONWATCH_LANGUAGES: expected a JSON list"):
        load_settings()


def test_a_password_is_never_echoed() -> None:
    line = _one({"loc": ("sasl_password",), "msg": "bad", "type": "x", "input": "hunter2"})
    assert line == "TENSIONWATCH_SASL_PASSWORD: bad"


def test_the_cli_prints_one_line_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TENSIONWATCH_PROCESSING_GUARANTEE", "bogus")
    assert main(["worker"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("tensionwatch: error: TENSIONWATCH_PROCESSING_GUARANTEE='bogus'")


def test_the_worker_command_exits_2_before_doing_any_work(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "TENSIONWATCH_BROKERS": "kafka://10.0.0.1:9092"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tensionwatch.entrypoints.cli", "worker"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "tensionwatch: error: TENSIONWATCH_BROKERS is not a setting (did you mean "
        "TENSIONWATCH_BROKER?); the README's Settings lists them"
    ]


def test_a_check_across_settings_is_reported_without_a_made_up_variable() -> None:
    line = _one({"loc": (), "msg": "Value error, SASL_SSL needs TENSIONWATCH_SASL_USERNAME"})
    assert line == "SASL_SSL needs TENSIONWATCH_SASL_USERNAME"
