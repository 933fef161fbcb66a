"""The service's one HTTP server, and the probe routes it always carries.

It runs beside faust rather than on faust's web server, which starts only after table
recovery and answers every path with 200. Each door (probes, and whatever else is wired in
`bootstrap`) is a `Routes` object that adds its paths to this one server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from aiohttp import web
from mode import Service
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest


class Routes(Protocol):
    """A group of paths served by the web server."""

    def register(self, app: web.Application) -> None:
        """Add this group's routes (and any start-up or clean-up hooks) to `app`."""


class WebServer(Service):
    """A small aiohttp server started and stopped with the Faust app."""

    def __init__(
        self,
        *routes: Routes,
        host: str = "127.0.0.1",
        port: int = 6066,
        on_bound: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.routes = routes
        self.host = host
        self.port = port
        self.on_bound = on_bound  # told the URL once the port is bound
        self._runner: web.AppRunner | None = None

    async def on_start(self) -> None:
        """Bind the port; port 0 picks a free one, readable from `self.port` afterwards."""
        app = web.Application()
        for group in self.routes:
            group.register(app)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server  # aiohttp exposes the bound port only here
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        if self.on_bound is not None:
            self.on_bound(self.url)

    async def on_stop(self) -> None:
        """Close the server."""
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        """Base URL of the server."""
        return f"http://{self.host}:{self.port}"


class ProbeRoutes:
    """/healthz (the process is alive), /readyz (consuming: `stream/readiness.py`) and
    /metrics."""

    def __init__(self, registry: CollectorRegistry, is_ready: Callable[[], bool]) -> None:
        self.registry = registry
        self.is_ready = is_ready

    def register(self, app: web.Application) -> None:
        """Add the three probe paths."""
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "alive"})

    async def _readyz(self, _request: web.Request) -> web.Response:
        if self.is_ready():
            return web.json_response({"status": "ready"})
        return web.json_response({"status": "not ready"}, status=503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        body = generate_latest(self.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
