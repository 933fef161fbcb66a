"""Figures for the doors: HTTP ingest throughput and latency to the broker's ack, the publish
command's rate, and the dashboard's memory with many server-sent-event clients.

    python scripts/bench_doors.py [--broker H:P] [--articles 3000] [--clients 100 500 1000]

Every server runs in its own process (`tensionwatch ingest`, or this script's `--serve-dashboard`
mode); the load comes from this process. Each figure has its baseline from the same run: ingest
against a bare aiokafka producer sending the same records with acks=all, dashboard memory
against the same server with no client. The embedded broker is used unless --broker is given.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
from aiokafka import AIOKafkaProducer

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import EmbeddedBroker, free_port, wait_for_port
from tensionwatch.bench.articles import make_articles
from tensionwatch.bench.stats import percentile
from tensionwatch.settings import Settings

TOKEN = "bench"  # noqa: S105 - a throwaway token for a local run


def rss_mb(pid: int) -> float:
    """Resident memory of a process now."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def env_for(settings: Settings, port: int) -> dict[str, str]:
    return os.environ | {
        "TENSIONWATCH_BROKER": settings.broker,
        "TENSIONWATCH_TOPIC_ARTICLES": settings.topic_articles,
        "TENSIONWATCH_TOPIC_EVENTS": settings.topic_events,
        "TENSIONWATCH_INGEST_TOKEN": TOKEN,
        "TENSIONWATCH_WEB_PORT": str(port),
    }


@contextlib.contextmanager
def server(args: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)  # noqa: S603
    try:
        wait_for_port("127.0.0.1", port, 30)
        yield process
    finally:
        process.terminate()
        process.wait(15)


async def post_batches(
    url: str, records: list[bytes], batch: int, concurrency: int
) -> dict[str, float]:
    """POST `records` in NDJSON batches from `concurrency` senders; rate and latencies."""
    batches = [records[i : i + batch] for i in range(0, len(records), batch)]
    queue: asyncio.Queue[list[bytes]] = asyncio.Queue()
    for item in batches:
        queue.put_nowait(item)
    latencies: list[float] = []
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"}

    async def sender(http: aiohttp.ClientSession) -> None:
        while not queue.empty():
            body = b"\n".join(queue.get_nowait())
            started = time.perf_counter()
            async with http.post(url, data=body, headers=headers) as response:
                results = await response.json()
                if response.status != 202 or results["rejected"]:
                    raise RuntimeError(f"ingest refused records: {results}")
            latencies.append(time.perf_counter() - started)

    async with aiohttp.ClientSession() as http:
        started = time.perf_counter()
        await asyncio.gather(*(sender(http) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "articles_per_s": len(records) / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
    }


async def producer_baseline(settings: Settings, records: list[bytes], batch: int) -> float:
    """The same records with a bare acks=all producer, a batch at a time: articles/s."""
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers(), acks="all")
    await producer.start()
    try:
        started = time.perf_counter()
        for i in range(0, len(records), batch):
            futures = [
                await producer.send(settings.topic_articles, r, key=str(i + n).encode())
                for n, r in enumerate(records[i : i + batch])
            ]
            await asyncio.gather(*futures)
        return len(records) / (time.perf_counter() - started)
    finally:
        await producer.stop()


def bench_ingest(settings: Settings, count: int) -> None:
    records = make_articles(count)
    port = free_port()
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", "ingest"]
    with server(command, env_for(settings, port), port):
        url = f"http://127.0.0.1:{port}/v1/articles"
        asyncio.run(post_batches(url, records[:200], 100, 1))  # warm-up: connect, JIT caches
        rows = []
        for batch, concurrency in ((1, 1), (1, 8), (100, 1), (100, 4)):
            n = min(count, 1000) if batch == 1 else count
            rows.append(
                (
                    batch,
                    concurrency,
                    asyncio.run(post_batches(url, records[:n], batch, concurrency)),
                )
            )
    baseline = asyncio.run(producer_baseline(settings, records, 100))
    print(f"\ningest ({count} articles of ~3.5 KB)")
    print(f"baseline: a bare aiokafka producer, acks=all, batches of 100: {baseline:,.0f}/s")
    print("batch  senders  articles/s  vs bare  p50 ms  p99 ms (per request, to the 202)")
    for batch, concurrency, row in rows:
        rate = row["articles_per_s"]
        print(
            f"{batch:>5}  {concurrency:>7}  {rate:>10,.0f}  {rate / baseline:>7.2f}"
            f"  {row['p50_ms']:>6.1f}  {row['p99_ms']:>6.1f}"
        )


def bench_publish(settings: Settings, count: int, workdir: Path) -> None:
    path = workdir / "articles.jsonl"
    path.write_bytes(b"\n".join(make_articles(count)) + b"\n")
    env = env_for(settings, 0)
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", "publish", str(path)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)  # noqa: S603
    elapsed = time.perf_counter() - started
    startup = time.perf_counter()
    subprocess.run([*command[:-1], "--help"], env=env, capture_output=True, check=True)  # noqa: S603
    startup = time.perf_counter() - startup
    print(f"\npublish: {count} articles in {elapsed:.2f} s wall ({count / elapsed:,.0f}/s)")
    print(f"  less the {startup:.2f} s start-up: {count / (elapsed - startup):,.0f}/s")
    print("  " + done.stderr.strip().splitlines()[-1])


async def sse_clients(url: str, count: int, read: bool) -> list[aiohttp.ClientResponse]:
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    responses = []
    for _ in range(count):
        response = await session.get(url)
        if response.status != 200:
            raise RuntimeError(f"dashboard stream answered {response.status}")
        if read:
            asyncio.ensure_future(_drain(response))
        responses.append(response)
    responses[0]._tw_session = session  # type: ignore[attr-defined]
    return responses


async def _drain(response: aiohttp.ClientResponse) -> None:
    with contextlib.suppress(Exception):
        async for _ in response.content.iter_any():
            pass


async def push_events(settings: Settings, count: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers())
    await producer.start()
    try:
        for _ in range(count):
            value = {
                "event_id": f"bench-{uuid.uuid4().hex}",
                "dyad": "RUS|UKR",
                "plover_type": "ASSAULT",
                "goldstein": -10.0,
                "sentence": "Troops shelled the town. " * 8,
                "evidence": "shelled",
            }
            await producer.send(settings.topic_events, json.dumps(value).encode(), key=b"RUS|UKR")
        await producer.flush()
    finally:
        await producer.stop()


async def measure_dashboard(
    settings: Settings, port: int, pid: int, clients: int, read: bool
) -> float:
    url = f"http://127.0.0.1:{port}/dashboard/stream"
    responses = await sse_clients(url, clients, read)
    await push_events(settings, 500)
    await asyncio.sleep(3)
    rss = rss_mb(pid)
    session = responses[0]._tw_session  # type: ignore[attr-defined]
    for response in responses:
        response.close()
    await session.close()
    await asyncio.sleep(1)
    return rss


def bench_dashboard(settings: Settings, clients: list[int]) -> None:
    port = free_port()
    env = env_for(settings, port) | {"TENSIONWATCH_DASHBOARD_MAX_CLIENTS": str(max(clients) + 10)}
    command = [sys.executable, __file__, "--serve-dashboard"]
    with server(command, env, port) as process:
        asyncio.run(push_events(settings, 300))  # the hub's state fills to its bounds first
        time.sleep(2)
        baseline = rss_mb(process.pid)
        print("\ndashboard memory (server RSS after 500 events pushed to every client)")
        print(f"no client: {baseline:.1f} MB")
        print("clients  reading  RSS MB  +MB vs none  KB per client")
        for count in clients:
            for read in (True, False):
                rss = asyncio.run(measure_dashboard(settings, port, process.pid, count, read))
                extra = rss - baseline
                reading = "yes" if read else "no"
                per_client = extra * 1024 / count
                print(f"{count:>7}  {reading:>7}  {rss:>6.1f}  {extra:>11.1f}  {per_client:>13.1f}")


def serve_dashboard() -> None:
    """This script's server mode: the dashboard routes alone, settings from the environment."""
    from tensionwatch.adapters.web import WebServer
    from tensionwatch.bootstrap import dashboard_routes

    async def run() -> None:
        settings = Settings()
        web = WebServer(dashboard_routes(settings), port=settings.web_port)
        await web.start()
        await asyncio.Event().wait()

    asyncio.run(run())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--broker", help="a running broker (default: an embedded one)")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--clients", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument(
        "--only", nargs="+", choices=["ingest", "publish", "dashboard"], default=[], help="parts"
    )
    parser.add_argument("--serve-dashboard", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_dashboard:
        serve_dashboard()
        return 0
    with contextlib.ExitStack() as stack:
        broker = args.broker or stack.enter_context(EmbeddedBroker()).bootstrap
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        run = uuid.uuid4().hex[:8]
        settings = Settings(
            broker=broker,
            topic_articles=f"bench-articles-{run}",
            topic_events=f"bench-events-{run}",
        )
        asyncio.run(ensure_topics(settings, [settings.topic_articles, settings.topic_events]))
        print(f"broker: {'embedded Tansu' if not args.broker else args.broker}")
        parts = set(args.only or ["ingest", "publish", "dashboard"])
        if "ingest" in parts:
            bench_ingest(settings, args.articles)
        if "publish" in parts:
            bench_publish(settings, args.articles, workdir)
        if "dashboard" in parts:
            bench_dashboard(settings, args.clients)
    return 0


if __name__ == "__main__":
    sys.exit(main())
