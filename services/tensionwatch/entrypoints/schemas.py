"""`tensionwatch schemas`: JSON Schemas generated from the models, and the drift check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel

from tensionwatch.adapters.openapi import openapi_document
from tensionwatch.adapters.queries_openapi import tension_openapi
from tensionwatch.domain.models import (
    Alert,
    Article,
    Cluster,
    DeadLetter,
    DyadIndex,
    Sentence,
    TensionEvent,
)

MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "sentence": Sentence,
    "tension_event": TensionEvent,
    "dead_letter": DeadLetter,
    "cluster": Cluster,
    "dyad_index": DyadIndex,
    "alert": Alert,
}
#: The query API's OpenAPI description, beside the records' schemas.
OPENAPI_FILE = "tension_api.openapi.json"


def render_schemas() -> dict[str, str]:
    """File name → schema text, for every published model."""
    rendered = {}
    for name, model in MODELS.items():
        mode: Literal["validation", "serialization"] = (
            "validation" if model is Article else "serialization"
        )
        schema = model.model_json_schema(mode=mode)
        if mode == "validation":
            schema = with_aliases(model, schema)
        rendered[f"{name}.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    # The HTTP ingest door's description, built from the Article model.
    rendered["openapi.json"] = json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n"
    rendered[OPENAPI_FILE] = json.dumps(tension_openapi(), indent=2, sort_keys=True) + "\n"
    return rendered


def with_aliases(model: type[BaseModel], schema: dict[str, Any]) -> dict[str, Any]:
    """Say in the schema every name an input field is accepted under (pydantic's schema names
    only the first). Each alias is a property too; a required field is satisfied by any one of
    its names holding a valid value (the model takes the first name present, so another may be
    null beside it, as news-please's `text` is beside `maintext`)."""
    properties = schema["properties"]
    required = schema.get("required", [])
    either: list[dict[str, Any]] = []
    for name, names in _alias_choices(model).items():
        field_schema = properties[name]
        for other in names[1:]:
            properties[other] = {
                "anyOf": [_without(field_schema, "description", "title"), {"type": "null"}],
                "description": f"Another name for `{name}`.",
            }
        if name in required:
            required.remove(name)
            either.append(
                {"anyOf": [{"required": [n], "properties": {n: field_schema}} for n in names]}
            )
    if not required:
        schema.pop("required", None)
    if either:
        schema["allOf"] = either
    return schema


def _alias_choices(model: type[BaseModel]) -> dict[str, list[str]]:
    """Field name → every name it is read from, for fields with more than one."""
    found = {}
    for name, field in model.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names = [choice for choice in alias.choices if isinstance(choice, str)]
            if len(names) > 1 and names[0] == name:
                found[name] = names
    return found


def _without(schema: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key not in keys}


def write_schemas(directory: Path) -> list[Path]:
    """Write every schema into `directory`; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in render_schemas().items():
        path = directory / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def drifted(directory: Path) -> list[str]:
    """Names of schema files that are missing or differ from what the models generate."""
    return [
        filename
        for filename, text in render_schemas().items()
        if not (directory / filename).is_file()
        or (directory / filename).read_text(encoding="utf-8") != text
    ]
