"""The OpenAPI description of the tension queries, built from the record models (so it cannot
drift from what the workers answer); `tensionwatch schemas` writes it to schemas/."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic.json_schema import models_json_schema

from tensionwatch import __version__
from tensionwatch.domain.models import Alert, Cluster, DyadIndex, IndexPoint

SORT_FIELDS = tuple(
    [
        f"{quantity}.{horizon}"
        for quantity in ("tension", "conflict", "cooperation")
        for horizon in ("h24", "d7", "d30")
    ]
    + ["baseline", "ratio", "as_of", "dyad"]
)
REF = "#/components/schemas/{model}"


def _ref(model: str) -> dict[str, str]:
    return {"$ref": REF.format(model=model)}


def _ok(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "200": {"description": description, "content": {"application/json": {"schema": schema}}},
        "400": {"description": 'A parameter is not valid: `{"error": ...}`.'},
        "503": {
            "description": "The worker is starting or rebalancing, or a peer did not answer; "
            "retry after `Retry-After` seconds."
        },
    }


def _items(model: str, **extra: Any) -> dict[str, Any]:
    properties = {"items": {"type": "array", "items": _ref(model)}, **extra}
    return {"type": "object", "properties": properties, "required": sorted(properties)}


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


DYAD_PARAM = {
    "name": "dyad",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "example": "RUS|UKR"},
    "description": "Two actor codes joined by `|` (URL-encoded `%7C`), in either order.",
}
LIMIT = _query(
    "limit",
    {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100},
    "At most this many items.",
)


def _paths() -> dict[str, Any]:
    dyad_string = {"type": "string"}
    return {
        "/tension/dyads": {
            "get": {
                "summary": "The current index of every dyad, gathered from every worker, paged.",
                "parameters": [
                    _query(
                        "sort",
                        {"type": "string", "enum": list(SORT_FIELDS), "default": "tension.d7"},
                        "Field to sort by (then by dyad).",
                    ),
                    _query(
                        "order",
                        {"type": "string", "enum": ["asc", "desc"], "default": "desc"},
                        "Sort order; null values sort lowest.",
                    ),
                    _query(
                        "offset", {"type": "integer", "minimum": 0, "default": 0}, "Items to skip."
                    ),
                    LIMIT,
                ],
                "responses": _ok(
                    "A page of dyad indexes.",
                    _items(
                        "DyadIndex",
                        total={"type": "integer"},
                        offset={"type": "integer"},
                        limit={"type": "integer"},
                        sort={"type": "string"},
                        order={"type": "string"},
                    ),
                ),
            }
        },
        "/tension/dyads/{dyad}": {
            "get": {
                "summary": "One dyad's current index (answered by the worker holding it).",
                "parameters": [DYAD_PARAM],
                "responses": {
                    **_ok("The index.", _ref("DyadIndex")),
                    "404": {"description": "No events of the dyad in the kept history."},
                },
            }
        },
        "/tension/dyads/{dyad}/history": {
            "get": {
                "summary": "One dyad's index on each day of its kept history.",
                "parameters": [
                    DYAD_PARAM,
                    _query("from", {"type": "string", "format": "date"}, "First day."),
                    _query("to", {"type": "string", "format": "date"}, "Last day."),
                ],
                "responses": _ok(
                    "Points, oldest first (empty for an unknown dyad).",
                    {
                        "type": "object",
                        "required": ["dyad", "points"],
                        "properties": {
                            "dyad": dyad_string,
                            "points": {"type": "array", "items": _ref("IndexPoint")},
                        },
                    },
                ),
            }
        },
        "/tension/dyads/{dyad}/clusters": {
            "get": {
                "summary": "One dyad's clusters still taking reports (within the lateness bound).",
                "parameters": [DYAD_PARAM],
                "responses": _ok(
                    "Clusters, newest day first.", _items("Cluster", dyad=dyad_string)
                ),
            }
        },
        "/tension/dyads/{dyad}/alerts": {
            "get": {
                "summary": "One dyad's alerts, newest day first (withdrawn ones included).",
                "parameters": [DYAD_PARAM, LIMIT],
                "responses": _ok("Alerts.", _items("Alert", dyad=dyad_string)),
            }
        },
        "/tension/alerts": {
            "get": {
                "summary": "The most recent alerts of every dyad, newest day first.",
                "parameters": [LIMIT],
                "responses": _ok("Alerts.", _items("Alert")),
            }
        },
        "/tension/clusters": {
            "get": {
                "summary": "The most recent clusters of every dyad (day, then last report).",
                "parameters": [LIMIT],
                "responses": _ok("Clusters.", _items("Cluster")),
            }
        },
    }


@cache
def tension_openapi() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the query API."""
    models = [(m, "serialization") for m in (DyadIndex, IndexPoint, Cluster, Alert)]
    _, schemas = models_json_schema(models, ref_template=REF)  # type: ignore[arg-type]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "tensionwatch tension queries",
            "version": __version__,
            "description": "Served by every worker on its web port. `/tension/local/...` "
            "paths are internal (one worker's part of a gathered answer).",
        },
        "paths": _paths(),
        "components": {"schemas": schemas.get("$defs", {})},
    }
