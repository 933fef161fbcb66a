"""HTTP queries of the tension state, served by every worker (docs/tension.md, API).

A dyad's question goes to the worker holding the dyad (this one, or forwarded to the owner
that faust's router names); a question about every dyad gathers each worker's part and
merges it. Either way the answer does not depend on which worker was asked. The API is
described in OpenAPI at `/tension/openapi.json` (adapters/queries_openapi.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, Protocol

import aiohttp
import orjson
from aiohttp import web
from pydantic import BaseModel

from tensionwatch.adapters.queries_openapi import SORT_FIELDS, tension_openapi
from tensionwatch.domain.models import Alert, Cluster, DyadIndex, IndexPoint

FORWARDED = "X-Tensionwatch-Forwarded"
ANSWERED_BY = "X-Tensionwatch-Answered-By"
MAX_LIMIT = 1000
PEER_TIMEOUT_SECONDS = 10.0


class TensionReader(Protocol):
    """This worker's part of the state (stream/tension_view.py)."""

    def owns(self, dyad: str) -> bool: ...

    def index(self, dyad: str) -> DyadIndex | None: ...

    def indexes(self) -> list[DyadIndex]: ...

    def history(self, dyad: str, first: date | None, last: date | None) -> list[IndexPoint]: ...

    def clusters_of(self, dyad: str) -> list[Cluster]: ...

    def recent_clusters(self, limit: int) -> list[Cluster]: ...

    def alerts(self, dyad: str | None, limit: int) -> list[Alert]: ...


class Peers(Protocol):
    """The workers of the group (stream/peers.py)."""

    def own_url(self) -> str: ...

    def owner(self, dyad: str) -> str | None: ...

    def members(self) -> list[str]: ...


class QueryError(web.HTTPException):
    """An answer that is an error, as JSON: `{"error": ...}`."""

    def __init__(self, status: int, message: str) -> None:
        self.status_code = status
        super().__init__(
            text=orjson.dumps({"error": message}).decode(),
            content_type="application/json",
            headers={"Retry-After": "1"} if status == 503 else None,
        )


Handler = Callable[[web.Request], Awaitable[web.Response]]


class QueryRoutes:
    """The `/tension/...` paths."""

    def __init__(self, reader: TensionReader, peers: Peers, is_ready: Callable[[], bool]) -> None:
        self.reader = reader
        self.peers = peers
        self.is_ready = is_ready
        self._http: aiohttp.ClientSession | None = None

    def register(self, app: web.Application) -> None:
        """Add the query paths, and a client session for asking the other workers."""
        get = app.router.add_get
        get("/tension/openapi.json", self._openapi)
        get("/tension/dyads", self._dyads)
        get("/tension/alerts", self._alerts)
        get("/tension/clusters", self._clusters)
        for tail, handler in (
            ("", self._dyad),
            ("/history", self._history),
            ("/clusters", self._dyad_clusters),
            ("/alerts", self._dyad_alerts),
        ):
            get("/tension/dyads/{dyad}" + tail, self._routed(handler))
        get("/tension/local/dyads", self._local_dyads)
        get("/tension/local/alerts", self._local_alerts)
        get("/tension/local/clusters", self._local_clusters)
        app.on_startup.append(self._open)
        app.on_cleanup.append(self._close)

    async def _open(self, _app: web.Application) -> None:
        self._http = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=PEER_TIMEOUT_SECONDS)
        )

    async def _close(self, _app: web.Application) -> None:
        if self._http is not None:
            await self._http.close()

    async def _openapi(self, _request: web.Request) -> web.Response:
        return _json(tension_openapi())

    # One dyad: answered by its owner.

    def _routed(self, handler: Handler) -> Handler:
        async def route(request: web.Request) -> web.Response:
            dyad = normalized_dyad(request.match_info["dyad"])
            self._check_ready()
            if self.reader.owns(dyad):
                response = await handler(request)
                response.headers[ANSWERED_BY] = self.peers.own_url()
                return response
            return await self._forward(request, dyad)

        return route

    async def _forward(self, request: web.Request, dyad: str) -> web.Response:
        owner = self.peers.owner(dyad)
        if owner is None or owner == self.peers.own_url() or FORWARDED in request.headers:
            raise QueryError(503, f"no worker holds {dyad} right now (rebalancing)")
        headers = {FORWARDED: self.peers.own_url()}
        try:
            async with self._session().get(owner + request.path_qs, headers=headers) as answer:
                body = await answer.read()
                response = web.Response(
                    body=body, status=answer.status, content_type="application/json"
                )
                response.headers[ANSWERED_BY] = answer.headers.get(ANSWERED_BY, owner)
                return response
        except (aiohttp.ClientError, TimeoutError) as error:
            raise QueryError(503, f"the worker holding {dyad} did not answer: {error}") from error

    async def _dyad(self, request: web.Request) -> web.Response:
        dyad = normalized_dyad(request.match_info["dyad"])
        index = self.reader.index(dyad)
        if index is None:
            raise QueryError(404, f"no events of {dyad} within the kept history")
        return _json(index)

    async def _history(self, request: web.Request) -> web.Response:
        dyad = normalized_dyad(request.match_info["dyad"])
        first, last = _date(request, "from"), _date(request, "to")
        points = self.reader.history(dyad, first, last)
        return _json({"dyad": dyad, "points": points})

    async def _dyad_clusters(self, request: web.Request) -> web.Response:
        dyad = normalized_dyad(request.match_info["dyad"])
        return _json({"dyad": dyad, "items": self.reader.clusters_of(dyad)})

    async def _dyad_alerts(self, request: web.Request) -> web.Response:
        dyad = normalized_dyad(request.match_info["dyad"])
        return _json({"dyad": dyad, "items": self.reader.alerts(dyad, _limit(request))})

    # Every dyad: each worker's part, merged.

    async def _dyads(self, request: web.Request) -> web.Response:
        sort, descending = _sort(request)
        offset, limit = _int(request, "offset", 0, 0, None), _limit(request)
        items = await self._gather("/tension/local/dyads")
        items.sort(key=lambda item: item["dyad"])
        items.sort(key=sort_key(sort), reverse=descending)
        page = {"total": len(items), "offset": offset, "limit": limit, "sort": sort}
        page |= {"order": "desc" if descending else "asc", "items": items[offset : offset + limit]}
        return _json(page)

    async def _alerts(self, request: web.Request) -> web.Response:
        limit = _limit(request)
        items = await self._gather(f"/tension/local/alerts?limit={limit}")
        items.sort(key=lambda a: (a["day"], a["alert_id"]), reverse=True)
        return _json({"items": items[:limit]})

    async def _clusters(self, request: web.Request) -> web.Response:
        limit = _limit(request)
        items = await self._gather(f"/tension/local/clusters?limit={limit}")
        items.sort(key=_cluster_rank, reverse=True)
        return _json({"items": items[:limit]})

    async def _gather(self, path: str) -> list[Any]:
        self._check_ready()
        members = self.peers.members() or [self.peers.own_url()]
        parts = await asyncio.gather(*(self._part(member, path) for member in members))
        return [item for part in parts for item in part]

    async def _part(self, member: str, path: str) -> list[Any]:
        try:
            async with self._session().get(member + path) as answer:
                if answer.status != 200:
                    raise QueryError(503, f"{member} answered {answer.status}")
                items: list[Any] = orjson.loads(await answer.read())["items"]
                return items
        except (aiohttp.ClientError, TimeoutError) as error:
            raise QueryError(503, f"{member} did not answer: {error}") from error

    async def _local_dyads(self, _request: web.Request) -> web.Response:
        return _json({"items": self.reader.indexes()})

    async def _local_alerts(self, request: web.Request) -> web.Response:
        return _json({"items": self.reader.alerts(None, _limit(request))})

    async def _local_clusters(self, request: web.Request) -> web.Response:
        return _json({"items": self.reader.recent_clusters(_limit(request))})

    def _check_ready(self) -> None:
        if not self.is_ready():
            raise QueryError(503, "this worker is starting or rebalancing")

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None:
            raise QueryError(503, "the query server is not started")
        return self._http


def normalized_dyad(text: str) -> str:
    """`ukr|rus` -> `RUS|UKR`: the two sides sorted, as the dyad keys are."""
    sides = text.strip().upper().split("|")
    if len(sides) != 2 or not all(sides):
        raise QueryError(400, f"a dyad is two codes joined by '|', like RUS|UKR; got {text!r}")
    left, right = sides
    return f"{left}|{right}" if left <= right else f"{right}|{left}"


def sort_key(field: str) -> Callable[[dict[str, Any]], Any]:
    """Key function for a sort field such as `conflict.h24`; missing values sort first."""
    path = field.split(".")

    def key(item: dict[str, Any]) -> tuple[bool, Any]:
        value: Any = item
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        return (value is not None, value if value is not None else 0)

    return key


def _cluster_rank(item: dict[str, Any]) -> tuple[str, str, str]:
    return (item["event_date"], item["last_seen"] or "", item["cluster_id"])


def _sort(request: web.Request) -> tuple[str, bool]:
    sort = request.query.get("sort", "tension.d7")
    if sort not in SORT_FIELDS:
        raise QueryError(400, f"sort must be one of {', '.join(SORT_FIELDS)}")
    order = request.query.get("order", "desc")
    if order not in ("asc", "desc"):
        raise QueryError(400, "order must be asc or desc")
    return sort, order == "desc"


def _limit(request: web.Request) -> int:
    return _int(request, "limit", 100, 1, MAX_LIMIT)


def _int(request: web.Request, name: str, default: int, low: int, high: int | None) -> int:
    text = request.query.get(name)
    try:
        value = default if text is None else int(text)
    except ValueError as error:
        raise QueryError(400, f"{name} must be an integer") from error
    if value < low or (high is not None and value > high):
        raise QueryError(400, f"{name} must be between {low} and {high or 'any'}")
    return value


def _date(request: web.Request, name: str) -> date | None:
    text = request.query.get(name)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as error:
        raise QueryError(400, f"{name} must be a date, YYYY-MM-DD") from error


def _json(body: Any) -> web.Response:
    data = orjson.dumps(body, default=_plain)
    return web.Response(body=data, content_type="application/json")


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot encode {type(value).__name__}")
