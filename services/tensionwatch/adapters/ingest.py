"""`POST /v1/articles`: the HTTP door for scrapers that do not speak Kafka.

Order of checks: the endpoint is on (a token is configured), the bearer token is right (401),
the body is within the limit (413, read no further), the body splits into records (400), and
then each record is checked on its own. Accepted records are published and acknowledged by
the broker before the 202 answer names them; a record the broker did not take is listed as
rejected with reason `not_published` (retry it), and when the broker took none, 503.
"""

from __future__ import annotations

import hmac
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter

from tensionwatch.adapters.article_sink import ArticleSink
from tensionwatch.adapters.openapi import openapi_document
from tensionwatch.service.handler import Limits
from tensionwatch.service.intake import Accepted, PayloadError, Rejected, check_payload

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/ndjson")
READ_CHUNK = 65_536


class IngestRoutes:
    """The ingest endpoint and its OpenAPI description."""

    def __init__(
        self,
        sink: ArticleSink,
        limits: Limits,
        token: str | None,
        max_body_bytes: int,
        registry: CollectorRegistry | None = None,
    ) -> None:
        self.sink = sink
        self.limits = limits
        self.token = token
        self.max_body_bytes = max_body_bytes
        self.requests = Counter(
            "tensionwatch_ingest_requests_total",
            "POST /v1/articles answers, by HTTP status.",
            ["status"],
            registry=registry,
        )
        self.records = Counter(
            "tensionwatch_ingest_records_total",
            "Records through POST /v1/articles: accepted, or the reason they were refused.",
            ["result"],
            registry=registry,
        )

    def register(self, app: web.Application) -> None:
        """Add the routes; the producer connects on the first request and closes with the app."""
        app.router.add_post("/v1/articles", self._post)
        app.router.add_get("/v1/openapi.json", self._openapi)
        app.on_cleanup.append(self._close)

    async def _close(self, _app: web.Application) -> None:
        await self.sink.stop()

    async def _openapi(self, _request: web.Request) -> web.Response:
        return web.json_response(openapi_document())

    async def _post(self, request: web.Request) -> web.Response:
        response = await self._answer(request)
        self.requests.labels(str(response.status)).inc()
        return response

    async def _answer(self, request: web.Request) -> web.Response:
        if not self.token:
            return _error(404, "HTTP ingest is off: set TENSIONWATCH_INGEST_TOKEN to turn it on")
        if not self._authorized(request):
            return _error(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})
        body = await self._read_body(request)
        if body is None:
            return _error(413, f"body over the limit of {self.max_body_bytes} bytes")
        lines = request.content_type in NDJSON_TYPES
        try:
            results = check_payload(body, self.limits, lines=lines)
        except PayloadError as error:
            return _error(400, str(error))
        return await self._publish(results)

    def _authorized(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        scheme, _, given = header.partition(" ")
        expected = (self.token or "").encode()
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), expected)

    async def _read_body(self, request: web.Request) -> bytes | None:
        """The body, or None as soon as it is known to be over the limit."""
        declared = request.content_length
        if declared is not None and declared > self.max_body_bytes:
            return None
        chunks: list[bytes] = []
        size = 0
        while chunk := await request.content.read(READ_CHUNK):
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    async def _publish(self, results: list[Accepted | Rejected]) -> web.Response:
        checked = [r for r in results if isinstance(r, Accepted)]
        rejected = [r for r in results if isinstance(r, Rejected)]
        try:
            outcomes = await self.sink.publish(checked) if checked else []
        except Exception as error:  # the broker cannot be reached at all
            return _error(503, f"the broker is unavailable: {error!r}", {"Retry-After": "5"})
        accepted = []
        for record, failure in zip(checked, outcomes, strict=True):
            if failure is None:
                accepted.append(record)
            else:
                message = f"the broker did not acknowledge it, retry: {failure!r}"
                rejected.append(Rejected(record.index, "not_published", message))
        self.records.labels("accepted").inc(len(accepted))
        for refused in rejected:
            self.records.labels(refused.reason).inc()
        status = 503 if checked and not accepted else 202
        return web.json_response(_results(accepted, rejected), status=status)


def _results(accepted: list[Accepted], rejected: list[Rejected]) -> dict[str, Any]:
    return {
        "accepted": [{"index": a.index, "id": a.id} for a in accepted],
        "rejected": [
            {"index": r.index, "reason": r.reason, "message": r.message}
            for r in sorted(rejected, key=lambda r: r.index)
        ],
        "counts": {"accepted": len(accepted), "rejected": len(rejected)},
    }


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response({"error": message}, status=status, headers=headers)
