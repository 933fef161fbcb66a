"""`tensionwatch schemas`: JSON Schemas generated from the models, and the drift check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from tensionwatch.adapters.openapi import openapi_document
from tensionwatch.domain.models import Article, DeadLetter, Sentence, TensionEvent

MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "sentence": Sentence,
    "tension_event": TensionEvent,
    "dead_letter": DeadLetter,
}


def render_schemas() -> dict[str, str]:
    """File name → schema text, for every published model."""
    rendered = {}
    for name, model in MODELS.items():
        mode: Literal["validation", "serialization"] = (
            "validation" if model is Article else "serialization"
        )
        schema = model.model_json_schema(mode=mode)
        rendered[f"{name}.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    # The HTTP ingest door's description, built from the Article model.
    rendered["openapi.json"] = json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n"
    return rendered


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
