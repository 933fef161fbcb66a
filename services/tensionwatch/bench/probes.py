"""The worker's own probes, read by the benchmark: /readyz and /metrics."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import aiohttp

from tensionwatch.bench.errors import BenchError
from tensionwatch.bench.procs import Child
from tensionwatch.bench.stats import metric_sum


async def wait_ready(children: Sequence[Child], ports: Sequence[int], timeout: float) -> None:
    """Until every worker's /readyz answers 200 at the same time."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with aiohttp.ClientSession() as session:
        while not all([await _ready(session, port) for port in ports]):
            dead = [child for child in children if not child.alive()]
            if dead:
                raise BenchError(f"{dead[0].name} exited while starting:\n{dead[0].tail()}")
            if loop.time() > deadline:
                raise BenchError(f"workers not ready after {timeout:.0f}s:\n{children[0].tail()}")
            await asyncio.sleep(0.1)


async def _ready(session: aiohttp.ClientSession, port: int) -> bool:
    try:
        async with session.get(f"http://127.0.0.1:{port}/readyz") as response:
            return response.status == 200
    except aiohttp.ClientError:
        return False


async def scrape(ports: Sequence[int], names: Sequence[str]) -> dict[str, float]:
    """Each metric of `names` summed over the workers on `ports`."""
    totals = dict.fromkeys(names, 0.0)
    async with aiohttp.ClientSession() as session:
        for port in ports:
            async with session.get(f"http://127.0.0.1:{port}/metrics") as response:
                text = await response.text()
            for name in names:
                totals[name] += metric_sum(text, name)
    return totals
