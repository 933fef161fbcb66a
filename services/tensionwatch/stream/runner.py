"""Running the worker inside an existing event loop: for the demo and the integration tests."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

import faust

from tensionwatch.bootstrap import Service
from tensionwatch.domain.errors import TensionwatchError

READY_TIMEOUT_SECONDS = 60.0


class NotReadyError(TensionwatchError):
    """A condition the caller waited for did not come true in time."""


@contextlib.asynccontextmanager
async def running(service: Service, loglevel: str = "warning") -> AsyncIterator[faust.Worker]:
    """Run the service's worker until the block ends; enter once it is ready."""
    # stdout may carry records (the demo): faust's start-up spinner goes to stderr.
    worker = _InProcessWorker(
        service.app,
        loglevel=loglevel,
        quiet=True,
        redirect_stdouts=False,
        stdout=sys.stderr,
        override_logging=False,
    )
    task = asyncio.create_task(worker.start())  # returns only when the worker stops
    try:
        await until(service.readiness, READY_TIMEOUT_SECONDS, "the worker to become ready")
        yield worker
    finally:
        await worker.stop()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


class QuietWorker(faust.Worker):
    """A faust worker without the start-up spinner. With a log level of WARN or above, the
    spinner sets the root logger to DEBUG, and every debug call in aiokafka's send path
    then builds a log record: 5% of a busy worker's time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spinner = None


class _InProcessWorker(QuietWorker):
    """A worker that leaves signals to its host: Ctrl-C cancels the host's main task, which
    stops this worker on the way out, instead of mode stopping it behind the host's back."""

    def install_signal_handlers(self) -> None:
        """Install nothing."""


async def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `condition` until it holds; NotReadyError naming `what` after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise NotReadyError(f"gave up waiting {timeout:.0f}s for {what}")
        await asyncio.sleep(0.05)
