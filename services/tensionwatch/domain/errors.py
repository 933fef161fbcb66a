"""The project's exception root and its named failures."""

from __future__ import annotations


class TensionwatchError(Exception):
    """Root of every error this project raises on purpose."""


class InputError(TensionwatchError):
    """A record that cannot be processed; carries the dead-letter reason code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class ConfigurationError(TensionwatchError):
    """The service was started with settings that cannot work."""


class BrokerError(TensionwatchError):
    """The broker could not be started or reached."""


class BudgetExceeded(TensionwatchError):
    """Coding one text took longer than its time budget."""
