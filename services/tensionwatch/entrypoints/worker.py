"""`tensionwatch worker`: the Faust worker against the configured broker."""

from __future__ import annotations

import asyncio
import gc
import logging
from pathlib import Path

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.broker_watch import wait_until_reachable
from tensionwatch.adapters.logs import configure_logging
from tensionwatch.bootstrap import Service, bootstrap
from tensionwatch.domain.pipeline import SentenceCoder
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import QuietWorker

log = logging.getLogger(__name__)


def run_worker(
    settings: Settings,
    loglevel: str = "info",
    create_topics: bool = True,
    coder: SentenceCoder | None = None,
) -> None:
    """Serve the probes, wait for the broker, create the topics if needed, then run the worker
    until it is stopped (with the production coder unless one is given: tests run workers
    with a scripted one)."""
    configure_logging(loglevel)
    # faust creates its data directory but not the directories above it.
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    service = bootstrap(settings, coder)
    # The coder's tables are loaded and live forever: keep them out of the cyclic GC's
    # full collections, which otherwise walk them and stall the stream.
    gc.freeze()
    loop = new_event_loop(settings.uvloop)
    asyncio.set_event_loop(loop)
    loop.run_until_complete(prepare(service, create_topics))
    worker = QuietWorker(service.app, loop=loop, loglevel=loglevel, override_logging=False)
    worker.execute_from_commandline()


async def prepare(service: Service, create_topics: bool) -> None:
    """Probes first (/readyz answers 503 meanwhile), then the broker and the topics."""
    service.broker.throttle.install()  # retrying clients start with the web server's routes
    await service.web.start()
    log.info("probes and metrics on %s", service.web.url)
    try:
        await wait_until_reachable(service.settings)
        if create_topics:
            topics = service.topics
            await ensure_topics(service.settings, topics.names(), topics.compacted())
    except BaseException:
        await service.web.stop()
        raise


def new_event_loop(use_uvloop: bool) -> asyncio.AbstractEventLoop:
    """uvloop when asked for (about 15% more throughput for faust), else asyncio's loop."""
    if use_uvloop:
        import uvloop

        return uvloop.new_event_loop()
    return asyncio.new_event_loop()
