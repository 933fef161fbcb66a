"""The live dashboard: a page, its static files, and a server-sent-events stream of the hub.

`GET /dashboard` is the page (no build step, no CDN: plain HTML, CSS and JavaScript, with
uPlot vendored under `static/vendor`). `GET /dashboard/stream` is the event stream: a
snapshot (or the messages missed since `Last-Event-ID`) first, then every event, index and
alert record as it arrives. `GET /dashboard/state` is the same snapshot as JSON, and
`GET /dashboard/alerts/{alert_id}` an alert with the clusters and events that drove it.
"""

from __future__ import annotations

import asyncio
import logging
from importlib import resources
from pathlib import Path

from aiohttp import web
from aiohttp_sse import EventSourceResponse, sse_response

from tensionwatch.adapters.live import Client, LiveHub, Message
from tensionwatch.settings import Settings

PING_SECONDS = 15.0
STOP_SECONDS = 10.0
#: How soon a browser reconnects after its stream ended (sent with the first message).
RETRY_MS = 1000

log = logging.getLogger(__name__)


def static_dir() -> Path:
    """Where the page's files are (inside the installed package)."""
    return Path(str(resources.files("tensionwatch.adapters").joinpath("static")))


class DashboardRoutes:
    """The page, its files and the stream; the hub's reader runs while the server does."""

    def __init__(self, hub: LiveHub, settings: Settings, max_clients: int = 500) -> None:
        self.hub = hub
        self.settings = settings
        self.max_clients = max_clients
        self._reader: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    def register(self, app: web.Application) -> None:
        """Add the routes and start/stop the hub's topic reader with the server."""
        app.router.add_get("/dashboard", self._page)
        app.router.add_get("/dashboard/", self._page)
        app.router.add_get("/dashboard/stream", self._stream)
        app.router.add_get("/dashboard/state", self._state)
        app.router.add_get("/dashboard/alerts/{alert_id}", self._alert)
        app.router.add_static("/dashboard/static", static_dir(), append_version=True)
        app.on_startup.append(self._start)
        app.on_shutdown.append(self._end_streams)
        app.on_cleanup.append(self._stop)

    async def _start(self, _app: web.Application) -> None:
        self._stopping = asyncio.Event()  # of this loop
        self._reader = asyncio.create_task(self.hub.run(self.settings, self._stopping))

    async def _end_streams(self, _app: web.Application) -> None:
        self.hub.drop_all()  # open streams would otherwise hold the shutdown until their ping

    async def _stop(self, _app: web.Application) -> None:
        if self._reader is not None:
            self._stopping.set()
            try:
                await asyncio.wait_for(self._reader, STOP_SECONDS)
            except TimeoutError:
                log.warning("the dashboard's topic reader did not stop in %.0fs", STOP_SECONDS)

    async def _page(self, _request: web.Request) -> web.FileResponse:
        return web.FileResponse(static_dir() / "dashboard.html")

    async def _state(self, _request: web.Request) -> web.Response:
        return web.Response(text=self.hub.snapshot().data, content_type="application/json")

    async def _alert(self, request: web.Request) -> web.Response:
        drivers = self.hub.state.drivers(request.match_info["alert_id"])
        if drivers is None:
            raise web.HTTPNotFound(text="no such alert among the recent ones")
        return web.json_response(drivers)

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        if len(self.hub.clients) >= self.max_clients:
            raise web.HTTPServiceUnavailable(
                text="too many dashboard clients", headers={"Retry-After": "10"}
            )
        last = request.headers.get("Last-Event-ID") or request.query.get("last_event_id")
        client = self.hub.subscribe()
        try:
            async with sse_response(request, ping_interval=PING_SECONDS) as response:
                # The ping task ends when a ping cannot be written: the browser went away.
                closed = asyncio.ensure_future(response.wait())
                try:
                    await self._pump(response, client, last, closed)
                except ConnectionResetError:
                    pass  # the browser went away mid-write: nothing to tell it
                finally:
                    closed.cancel()
        finally:
            self.hub.unsubscribe(client)
        return response

    async def _pump(
        self,
        response: EventSourceResponse,
        client: Client,
        last: str | None,
        closed: asyncio.Future[None],
    ) -> None:
        """Catch up, then send live messages until the client is dropped or goes away.
        A dropped client's connection is closed: its browser reconnects and catches up."""
        sent = -1
        for first in self.hub.catch_up(last):
            await self._send(response, first, retry=RETRY_MS if sent < 0 else None)
            sent = first.seq
        while (message := await client.next(closed)) is not None:
            if message.seq > sent:  # not already in the catch-up
                await self._send(response, message)

    async def _send(
        self, response: EventSourceResponse, message: Message, retry: int | None = None
    ) -> None:
        await response.send(
            message.data, id=self.hub.event_id(message), event=message.kind, retry=retry
        )
