"""The framework baseline: a faust agent shaped like the worker's, copying values through.

    TENSIONWATCH_*=... python -m tensionwatch.bench.faust_passthrough

The app comes from the project's `create_app`; the agent takes batches with
`take_events(batch_max, within=batch_within_seconds)`, sends each value to `topic_events`
with `app.producer.send` and gathers the futures before the next batch (and so the ack).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import faust

from tensionwatch.entrypoints.worker import new_event_loop
from tensionwatch.settings import Settings
from tensionwatch.stream.app import create_app


def build(settings: Settings) -> faust.App:
    """The project's app with one passthrough agent."""
    app = create_app(settings)
    source = app.topic(settings.topic_articles, key_type=bytes, value_type=bytes)
    target = settings.topic_events

    @app.agent(source, name="passthrough")
    async def passthrough(stream: faust.StreamT[bytes]) -> None:
        take_events = stream.take_events  # type: ignore[attr-defined]
        async for events in take_events(settings.batch_max, within=settings.batch_within_seconds):
            pending: list[Awaitable[Any]] = []
            for event in events:
                message = event.message
                future = await app.producer.send(target, message.key, event.value, None, None, None)
                pending.append(future)
            await asyncio.gather(*pending)

    return app


def main() -> None:
    """Entry point for `python -m`: run the worker until SIGTERM."""
    settings = Settings()
    app = build(settings)
    loop = new_event_loop(settings.uvloop)
    asyncio.set_event_loop(loop)
    faust.Worker(app, loop=loop, loglevel="warning").execute_from_commandline()


if __name__ == "__main__":
    main()
