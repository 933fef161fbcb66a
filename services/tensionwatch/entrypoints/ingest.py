"""`tensionwatch ingest`: the HTTP ingest door as its own process, without the coder.

The same routes as on the worker (`POST /v1/articles`, `/v1/openapi.json`) plus the probes,
for deployments that keep the scrapers' door up while workers restart or rebalance.
"""

from __future__ import annotations

import asyncio
import logging
import signal

from prometheus_client import CollectorRegistry

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.web import ProbeRoutes, WebServer
from tensionwatch.bootstrap import ingest_routes
from tensionwatch.domain.errors import ConfigurationError
from tensionwatch.settings import Settings

log = logging.getLogger(__name__)


def ingest_server(settings: Settings) -> WebServer:
    """The web server of the standalone ingest process."""
    if settings.ingest_token is None:
        raise ConfigurationError("tensionwatch ingest needs TENSIONWATCH_INGEST_TOKEN")
    registry = CollectorRegistry()
    probes = ProbeRoutes(registry, lambda: True)
    return WebServer(
        probes, ingest_routes(settings, registry), host=settings.web_host, port=settings.web_port
    )


async def run_ingest(settings: Settings, stop: asyncio.Event | None = None) -> int:
    """Serve until SIGINT or SIGTERM (or `stop`)."""
    server = ingest_server(settings)
    await ensure_topics(settings, [settings.topic_articles])
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await server.start()
    print(f"tensionwatch: ingest on {server.url}/v1/articles", flush=True)
    try:
        await stop.wait()
    finally:
        await server.stop()
    return 0
