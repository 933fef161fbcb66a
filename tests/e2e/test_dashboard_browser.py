"""The live dashboard in a real browser: an article published during the test appears in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiohttp import ClientSession
from playwright.async_api import Page, expect

from tensionwatch.stream.runner import running
from tests.e2e.browser import chromium
from tests.e2e.conftest import require_binary
from tests.streaming import SettingsFactory, prepared

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TOKEN = "browser-token"  # noqa: S105 - a test token
# Written for this test: one clash, one meeting.
ARTICLE = {
    "id": "browser-1",
    "url": "https://example.org/world/border-clash",
    "source": "example.org",
    "published_at": "2026-11-24T06:00:00Z",
    "body": "Indian troops shelled Pakistani positions along the Line of Control on Tuesday, "
    "the army said. Foreign ministers of France and Germany met in Berlin.",
}


async def publish(url: str, articles: list[dict[str, object]]) -> list[str]:
    """Through the HTTP door, as a scraper would; the accepted ids."""
    async with ClientSession() as http:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with http.post(f"{url}/v1/articles", json=articles, headers=headers) as response:
            assert response.status == 202, await response.text()
            return [a["id"] for a in (await response.json())["accepted"]]


async def test_an_article_published_while_the_page_is_open_appears_in_the_feed(
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

        assert await publish(service.web.url, [ARTICLE]) == ["browser-1"]
        clash = page.locator("#feed li", has=page.locator("mark", has_text="shelled"))
        await expect(clash).to_have_count(1, timeout=30_000)
        await expect(clash.locator(".dyad")).to_have_text("IND|PAK")
        await expect(clash.locator(".type")).to_have_text("ASSAULT")
        await filters_narrow_the_feed(page)
        await page.screenshot(path=str(tmp_path / "dashboard.png"))
        assert errors == []


async def filters_narrow_the_feed(page: Page) -> None:
    """Type and actor filters hide the other events, and clearing brings them back."""
    everything = await page.locator("#feed li").count()
    assert everything >= 2, "the article has a clash and a meeting"
    await page.select_option("#f-type", "CONSULT")
    await expect(page.locator("#feed li .type")).to_have_text(["CONSULT"] * await _shown(page))
    await page.click("#filters button[type=reset]")
    await expect(page.locator("#feed li")).to_have_count(everything)
    await page.fill("#f-actor", "PAK")
    await expect(page.locator("#feed li .dyad")).to_have_text(["IND|PAK"] * await _shown(page))


async def _shown(page: Page) -> int:
    count = await page.locator("#feed li").count()
    assert count > 0
    return count
