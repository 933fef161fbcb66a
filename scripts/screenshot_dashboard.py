"""Take the README's dashboard screenshot: the sample articles coded live, in headless Chromium.

    python scripts/screenshot_dashboard.py [--out docs/dashboard.png]

Starts an embedded broker and the whole service (the real coder, the tension stage), opens the
dashboard in Debian's chromium through Playwright, publishes through the HTTP ingest door,
while the page is open, the bundled sample articles and the browser test's two reports of one
shelling (which raise an alert), opens the alert, and saves a PNG.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

from aiohttp import ClientSession

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.devbroker import EmbeddedBroker
from tensionwatch.bootstrap import bootstrap
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.e2e.browser import chromium  # noqa: E402
from tests.e2e.test_dashboard_browser import CLASH  # noqa: E402

SAMPLES = ROOT / "services/tensionwatch/entrypoints/samples/articles.jsonl"
TOKEN = "screenshot"  # noqa: S105 - a throwaway token for a local run


async def shoot(out: Path, broker: str, workdir: Path) -> int:
    settings = Settings(
        broker=broker, ingest_token=TOKEN, web_port=0, data_dir=str(workdir / "data"),
        rebalance_timeout_seconds=2.0,
    )  # fmt: skip
    service = bootstrap(settings)
    await ensure_topics(settings, service.topics.names(), service.topics.compacted())
    async with running(service), chromium("/usr/bin/chromium", workdir / "profile") as context:
        page = await context.new_page()
        await page.goto(f"{service.web.url}/dashboard")
        await page.wait_for_selector("#status.live")
        clash = "\n".join(json.dumps(article) for article in CLASH).encode()
        async with ClientSession() as http:
            headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"}
            for body in (SAMPLES.read_bytes(), clash):
                async with http.post(
                    f"{service.web.url}/v1/articles", data=body, headers=headers
                ) as response:
                    print(await response.text(), file=sys.stderr)
        await page.wait_for_selector("#alerts li")
        await page.wait_for_function("document.querySelectorAll('#feed li').length >= 10")
        await page.click("#alerts li summary")
        await page.wait_for_selector("#alerts .driver-event")
        await page.wait_for_timeout(1500)
        await page.screenshot(path=str(out))
        shown = await page.locator("#feed li").count()
    print(f"saved {out}: {shown} events in the feed", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    args = parser.parse_args()
    with EmbeddedBroker() as broker, tempfile.TemporaryDirectory() as workdir:
        return asyncio.run(shoot(args.out, broker.bootstrap, Path(workdir)))


if __name__ == "__main__":
    sys.exit(main())
