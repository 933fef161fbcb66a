"""The OpenAPI 3.1 description of the HTTP ingest door, built from the Article model.

Served at `GET /v1/openapi.json` and written to `schemas/openapi.json` by `tensionwatch
schemas` (whose `--check` fails when the file drifts from this function's output).
"""

from __future__ import annotations

from typing import Any

from tensionwatch import __version__
from tensionwatch.domain.models import Article, DeadLetterReason

#: The worker's dead-letter reasons (a record refused at the door gets the one the worker would
#: have given it), and `not_published` for a record the broker did not acknowledge.
REASONS = [reason.value for reason in DeadLetterReason] + ["not_published"]


def openapi_document() -> dict[str, Any]:
    """The whole document."""
    article = Article.model_json_schema(mode="validation")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "tensionwatch ingest",
            "version": __version__,
            "description": "Hand news articles to tensionwatch over HTTP. Each accepted article "
            "is on the articles topic, acknowledged by the broker, before the answer.",
        },
        "paths": {"/v1/articles": {"post": _post()}},
        "components": {
            "schemas": {
                "Article": article,
                "Results": _results_schema(),
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}},
                    "required": ["error"],
                },
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


def _post() -> dict[str, Any]:
    article = {"$ref": "#/components/schemas/Article"}
    return {
        "summary": "Publish articles",
        "description": "One article, a JSON array of articles, or JSON lines (NDJSON; "
        "`Content-Type: application/x-ndjson` forces it). Field names of this service or of "
        "news-please (`maintext`, `date_publish`, `source_domain`). The record key is the "
        "article id: sending the same id again is harmless (the same partition, the same "
        "deterministic event ids).",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"oneOf": [article, {"type": "array", "items": article}]}
                },
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        },
        "responses": {
            "202": _json(
                "Per-record results: accepted ids, rejected indexes and reasons", "Results"
            ),
            "400": _json("The body cannot be split into records", "Error"),
            "401": _json("Missing or wrong bearer token", "Error"),
            "404": _json("Ingest is off (no token configured)", "Error"),
            "413": _json("The body is over the size limit", "Error"),
            "503": {
                "description": "The broker took none of the records; retry later",
                "content": {
                    "application/json": {
                        "schema": {
                            "oneOf": [
                                {"$ref": "#/components/schemas/Results"},
                                {"$ref": "#/components/schemas/Error"},
                            ]
                        }
                    }
                },
            },
        },
    }


def _json(description: str, schema: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def _results_schema() -> dict[str, Any]:
    index = {"type": "integer", "minimum": 0, "description": "Position in the request, from 0."}
    return {
        "type": "object",
        "required": ["accepted", "rejected", "counts"],
        "properties": {
            "accepted": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["index", "id"],
                    "properties": {"index": index, "id": {"type": "string"}},
                },
            },
            "rejected": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["index", "reason", "message"],
                    "properties": {
                        "index": index,
                        "reason": {"type": "string", "enum": REASONS},
                        "message": {"type": "string"},
                    },
                },
            },
            "counts": {
                "type": "object",
                "properties": {
                    "accepted": {"type": "integer"},
                    "rejected": {"type": "integer"},
                },
            },
        },
    }
