"""Secrets: refused combinations, redacted log lines, nothing in `--help`, `.env` not in git."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka.protocol.admin import SaslAuthenticateRequest_v1
from pydantic import SecretStr, ValidationError

from tensionwatch.adapters.redaction import RedactingFactory, secrets_of
from tensionwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CANARY = "canary-pa55-ünï"


def test_sasl_plain_over_a_plaintext_listener_is_refused_unless_allowed() -> None:
    plain = {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "PLAIN"}
    credentials = {"sasl_username": "u", "sasl_password": CANARY}
    with pytest.raises(ValidationError, match="sends the password in clear"):
        Settings(**plain, **credentials)
    assert Settings(**plain, **credentials, sasl_plain_without_tls=True)
    assert Settings(**plain | {"sasl_mechanism": "SCRAM-SHA-512"}, **credentials)
    assert Settings(**plain | {"security_protocol": "SASL_SSL"}, **credentials)


def test_sasl_without_credentials_is_refused() -> None:
    with pytest.raises(ValidationError, match="needs TENSIONWATCH_SASL_USERNAME"):
        Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512")


def test_a_refused_setting_does_not_echo_the_password() -> None:
    with pytest.raises(ValidationError) as refused:
        Settings(security_protocol="SASL_PLAINTEXT", sasl_username="u", sasl_password=CANARY)
    assert CANARY not in str(refused.value)
    assert CANARY not in repr(Settings(sasl_password=CANARY))


def record(factory: RedactingFactory, message: str, *args: object) -> str:
    made = factory("aiokafka.conn", logging.DEBUG, __file__, 1, message, args, None)
    return made.getMessage()


def test_sasl_structs_and_every_form_of_a_secret_are_redacted_from_log_records() -> None:
    settings = Settings(sasl_password=CANARY, ingest_token=SecretStr("token-of-the-door"))
    factory = RedactingFactory(logging.LogRecord, secrets_of(settings))
    auth = SaslAuthenticateRequest_v1(sasl_auth_bytes=b"\x00u\x00" + CANARY.encode())
    assert record(factory, "Request %d: %s", 3, auth) == (
        "Request 3: <SaslAuthenticateRequest_v1: redacted>"
    )
    assert record(factory, "bytes %r", CANARY.encode()) == "bytes b'***'"
    assert record(factory, "said %s and %s", CANARY, "token-of-the-door") == "said *** and ***"
    assert record(factory, f"inline {CANARY}") == "inline ***"
    assert record(factory, "nothing secret %s", 42) == "nothing secret 42"


@pytest.mark.parametrize("command", [[], ["worker"], ["demo"], ["code"], ["bench"]])
def test_help_shows_no_secret_from_the_environment(command: list[str]) -> None:
    env = {"TENSIONWATCH_SASL_PASSWORD": CANARY, "TENSIONWATCH_INGEST_TOKEN": CANARY, "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-m", "tensionwatch.entrypoints.cli", *command, "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout
    assert CANARY not in result.stdout + result.stderr


def test_dot_env_is_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text().splitlines()
    assert ".env" in ignored
