"""Secrets never reach a log line, whatever the level.

At debug level aiokafka logs every request it sends, the SASL handshake included:
`SaslAuthenticateRequest_v1(sasl_auth_bytes=b'user\\x00user\\x00PASSWORD')` for PLAIN. The
redaction sits in the log record factory, so it sees every record of every logger (aiokafka,
faust, mode, ours) before any filter or handler does:

- an argument whose type is one of aiokafka's SASL request or response structs is replaced
  by its type name;
- a message that still holds a configured secret (as text, or as Python writes it inside a
  bytes literal) has it replaced by `***`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import SecretStr

from tensionwatch.settings import Settings

MASK = "***"

_installed: list[RedactingFactory] = []


class RedactingFactory:
    """A log record factory that redacts what the factory before it built."""

    def __init__(self, inner: Callable[..., logging.LogRecord], secrets: Iterable[str]) -> None:
        self.inner = inner
        self.secrets = _forms(secrets)

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.inner(*args, **kwargs)
        if record.args:
            record.args = _without_sasl(record.args)
        if self.secrets:
            message = record.getMessage()
            if any(secret in message for secret in self.secrets):
                for secret in self.secrets:
                    message = message.replace(secret, MASK)
                record.msg, record.args = message, ()
        return record


def install(settings: Settings) -> None:
    """Redact every secret of `settings` from every log record of this process (once per
    set of secrets: a second service in the same process adds its own)."""
    secrets = secrets_of(settings)
    if any(set(factory.secrets) >= set(_forms(secrets)) for factory in _installed):
        return
    factory = RedactingFactory(logging.getLogRecordFactory(), secrets)
    logging.setLogRecordFactory(factory)
    _installed.append(factory)


def secrets_of(settings: Settings) -> list[str]:
    """The values of every SecretStr setting that is set."""
    values = (getattr(settings, name) for name in type(settings).model_fields)
    return [value.get_secret_value() for value in values if isinstance(value, SecretStr)]


def _forms(secrets: Iterable[str]) -> tuple[str, ...]:
    """Each secret as text and as it appears inside the repr of bytes (non-ASCII escaped)."""
    forms: set[str] = set()
    for secret in filter(None, secrets):
        forms.add(secret)
        forms.add(repr(secret.encode())[2:-1])
    return tuple(sorted(forms, key=len, reverse=True))


def _without_sasl(args: Any) -> Any:
    if isinstance(args, tuple):
        return tuple(_sasl_free(arg) for arg in args)
    return args


def _sasl_free(arg: object) -> object:
    name = type(arg).__name__
    if name.startswith("Sasl") and type(arg).__module__.startswith("aiokafka.protocol"):
        return f"<{name}: redacted>"
    return arg
