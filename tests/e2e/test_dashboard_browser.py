"""The live dashboard in a real browser: articles published while the page is open appear in
the feed, their alert in the alerts list (opening onto what drove it), and a dropped stream
reconnects with Last-Event-ID and misses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from playwright.async_api import Page, expect

from tensionwatch.adapters.dashboard import DashboardRoutes
from tensionwatch.bootstrap import Service
from tensionwatch.stream.runner import running
from tests.e2e.browser import chromium
from tests.e2e.conftest import require_binary
from tests.streaming import SettingsFactory, prepared

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TOKEN = "browser-token"  # noqa: S105 - a test token
# Written for this test: two outlets report one shelling of a dyad with no history, which
# raises an alert at once (two sources); then a meeting, after the stream was dropped.
CLASH = [
    {
        "id": "clash-wire",
        "url": "https://wire.example/clash",
        "source": "wire.example",
        "published_at": "2026-11-24T06:00:00Z",
        "body": "Indian troops shelled Pakistani positions along the Line of Control on "
        "Tuesday, the army said.",
    },
    {
        "id": "clash-daily",
        "url": "https://daily.example/loc",
        "source": "daily.example",
        "published_at": "2026-11-24T09:30:00Z",
        "body": "Indian troops shelled Pakistani posts in Kashmir on Tuesday, Pakistan's army "
        "said. Islamabad condemned the attack.",
    },
]
MEETING = {
    "id": "talks-1",
    "url": "https://wire.example/talks",
    "source": "wire.example",
    "published_at": "2026-11-25T10:00:00Z",
    "body": "Foreign ministers of France and Germany met in Berlin on Wednesday.",
}


async def publish(url: str, articles: list[dict[str, Any]]) -> list[str]:
    """Through the HTTP door, as a scraper would; the accepted ids."""
    async with ClientSession() as http:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with http.post(f"{url}/v1/articles", json=articles, headers=headers) as response:
            assert response.status == 202, await response.text()
            return [a["id"] for a in (await response.json())["accepted"]]


def dashboard_of(service: Service) -> DashboardRoutes:
    [dashboard] = [r for r in service.web.routes if isinstance(r, DashboardRoutes)]
    return dashboard


async def test_articles_published_while_the_page_is_open_appear_with_their_alert(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    browser = require_binary("chromium", package="chromium")
    settings = make_settings(ingest_token=TOKEN)
    service = await prepared(settings)
    async with running(service), chromium(browser, tmp_path / "profile") as context:
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        await page.goto(f"{service.web.url}/dashboard")
        await expect(page.locator("#status")).to_have_text("live")
        assert await page.locator("#feed li").count() == 0

        assert await publish(service.web.url, CLASH) == ["clash-wire", "clash-daily"]
        await the_feed_shows_the_clash(page)
        await the_alert_opens_onto_its_cluster_and_reports(page)
        await expect(page.locator("#dyads li[data-dyad='IND|PAK']")).to_have_count(1)
        await filters_narrow_the_feed(page)
        await page.screenshot(path=str(tmp_path / "dashboard.png"))

        before = await page.locator("#feed li").count()
        dashboard_of(service).hub.drop_all()  # as if the stream had fallen behind
        await expect(page.locator("#status")).to_have_text("reconnecting…")
        assert await publish(service.web.url, [MEETING]) == ["talks-1"]
        await expect(page.locator("#status")).to_have_text("live", timeout=15_000)
        meeting = page.locator("#feed li", has=page.locator("mark", has_text="met"))
        await expect(meeting).to_have_count(1, timeout=30_000)
        assert await page.locator("#feed li").count() == before + 1, "nothing twice, nothing lost"
        assert errors == []


async def the_feed_shows_the_clash(page: Page) -> None:
    clash = page.locator("#feed li", has=page.locator("mark", has_text="shelled"))
    await expect(clash).to_have_count(2, timeout=30_000)
    await expect(clash.locator(".dyad")).to_have_text(["IND|PAK", "IND|PAK"])
    await expect(clash.locator(".type")).to_have_text(["ASSAULT", "ASSAULT"])
    anchors = clash.locator("a.source")
    assert sorted(await anchors.evaluate_all("(links) => links.map((a) => a.href)")) == [
        "https://daily.example/loc",
        "https://wire.example/clash",
    ]


async def the_alert_opens_onto_its_cluster_and_reports(page: Page) -> None:
    alert = page.locator("#alerts li[data-alert-id='IND|PAK@2026-11-24']")
    await expect(alert).to_have_count(1, timeout=30_000)
    await alert.locator("summary").click()
    cluster = alert.locator(".cluster")
    await expect(cluster.first).to_contain_text("2 sources")
    await expect(cluster.first).to_contain_text("daily.example, wire.example")
    await expect(alert.locator(".driver-event mark")).to_contain_text(["shelled", "shelled"])
    # Islamabad's condemnation of the shelling is an act against India too: it joins the dyad.
    condemned = alert.locator(".driver-event mark", has_text="condemned the attack")
    await expect(condemned).to_have_count(1)


async def filters_narrow_the_feed(page: Page) -> None:
    """Type and actor filters hide the other events, and clearing brings them back."""
    everything = await page.locator("#feed li").count()
    await page.select_option("#f-type", "ASSAULT")
    await expect(page.locator("#feed li .type")).to_have_text(["ASSAULT"] * await _shown(page))
    await page.click("#filters button[type=reset]")
    await expect(page.locator("#feed li")).to_have_count(everything)
    await page.fill("#f-actor", "PAK")
    await expect(page.locator("#feed li .dyad")).to_contain_text(["PAK"] * await _shown(page))
    await expect(page.locator("#alerts li")).to_have_count(1)
    await page.fill("#f-actor", "USA")
    await expect(page.locator("#alerts li")).to_have_count(0)
    await page.click("#filters button[type=reset]")
    await expect(page.locator("#feed li")).to_have_count(everything)


async def _shown(page: Page) -> int:
    count = await page.locator("#feed li").count()
    assert count > 0
    return count
