"""Build the one Settings object at an entry point, with errors a person can act on.

A bad value, or a `TENSIONWATCH_*` variable that is not a setting (a typo would otherwise be
ignored and the default used), ends in one line naming the variable: `SettingsError`, which the
CLI turns into exit code 2.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_settings import SettingsError as SourceError

from tensionwatch.domain.errors import ConfigurationError
from tensionwatch.settings import Settings

PREFIX = "TENSIONWATCH_"

#: Variables with the prefix that are read by the project's scripts and tests, not by the
#: service. They are not settings, and not typos.
TOOLING_VARIABLES = frozenset(
    {
        "TENSIONWATCH_TEST_BOOTSTRAP",  # tests: use this broker instead of the embedded one
        "TENSIONWATCH_TEST_BROKER_KIND",  # tests: what that broker is (kafka or tansu)
        "TENSIONWATCH_VENV",  # scripts/_venv.sh: where the virtualenv lives
        "TENSIONWATCH_CACHE",  # scripts/kafka-kraft: where the Kafka jars are cached
    }
)

_BOOLEANS = "true, false, 1, 0, yes, no, on, off"
_SECRETS = frozenset(
    name for name, field in Settings.model_fields.items() if "SecretStr" in str(field.annotation)
)


class SettingsError(ConfigurationError):
    """The environment (or .env) holds a setting that cannot work, or a name that is none."""


def load_settings(env_file: Path = Path(".env")) -> Settings:
    """Settings from the environment and `.env`; SettingsError (one line) when wrong."""
    unknown = unknown_variables(os.environ, _dotenv_names(env_file))
    try:
        settings = Settings()
    except ValidationError as error:
        raise SettingsError("; ".join([describe(error), *unknown])) from None
    except SourceError as error:
        raise SettingsError("; ".join([describe_source_error(error), *unknown])) from None
    if unknown:
        raise SettingsError("; ".join(unknown))
    return settings


def unknown_variables(*sources: Iterable[str]) -> list[str]:
    """One message per `TENSIONWATCH_*` name that is neither a setting nor a tooling variable."""
    known = {PREFIX + field.upper() for field in Settings.model_fields}
    messages = []
    for name in sorted({n.upper() for source in sources for n in source}):
        if not name.startswith(PREFIX) or name in known or name in TOOLING_VARIABLES:
            continue
        close = difflib.get_close_matches(name, sorted(known), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        messages.append(f"{name} is not a setting{hint}; the README's Settings lists them")
    return messages


def describe(error: ValidationError) -> str:
    """Every problem of a ValidationError on one line, each naming its variable."""
    return "; ".join(_one(item) for item in error.errors())


def _one(item: Mapping[str, Any]) -> str:
    message = str(item["msg"]).removeprefix("Value error, ")
    if not item["loc"]:  # a check across fields: its message names the variables
        return message
    field = str(item["loc"][0])
    variable = PREFIX + field.upper()
    if item["type"] == "bool_parsing":
        message = f"expected a boolean ({_BOOLEANS})"
    shown = "" if field in _SECRETS or "input" not in item else f"={item['input']!r}"
    return f"{variable}{shown}: {message}"


def describe_source_error(error: SourceError) -> str:
    """pydantic-settings' parse errors (a list or tuple setting that is not JSON)."""
    found = re.search(r'field "(\w+)"', str(error))
    if found is None:
        return str(error)
    return f'{PREFIX}{found.group(1).upper()}: expected a JSON list, e.g. ["en"]'


def _dotenv_names(path: Path) -> list[str]:
    if not path.is_file():
        return []
    from dotenv import dotenv_values

    return [name for name in dotenv_values(path) if name]
