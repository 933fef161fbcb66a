"""The scraper recipe: recipes/scrapy_pipeline.py against the running ingest door.

Scrapy itself is not needed: an item pipeline is a plain class that Scrapy calls, and the
test calls it the same way (from_crawler, process_item per item, close_spider).
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.adapters.topic_reader import Start, topic_reader
from tensionwatch.adapters.web import WebServer
from tensionwatch.bootstrap import ingest_routes
from tests.streaming import SettingsFactory

RECIPE = Path(__file__).resolve().parents[2] / "recipes" / "scrapy_pipeline.py"
TOKEN = "recipe-token"  # noqa: S105 - a test token


def load_recipe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scrapy_pipeline", RECIPE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Settings(dict[str, Any]):
    """The two getters of Scrapy's Settings that the pipeline uses."""

    def getint(self, name: str, default: int = 0) -> int:
        return int(self.get(name, default))


async def test_the_scrapy_pipeline_delivers_items_and_reports_refused_ones(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings(ingest_token=TOKEN)
    await ensure_topics(settings, [settings.topic_articles])
    server = WebServer(ingest_routes(settings), port=0)
    await server.start()
    crawler = SimpleNamespace(
        settings=Settings(
            TENSIONWATCH_URL=f"{server.url}/v1/articles",
            TENSIONWATCH_TOKEN=TOKEN,
            TENSIONWATCH_BATCH=2,
        )
    )
    items = [  # as a news spider yields them (news-please's names)
        {"url": "https://e.org/1", "maintext": "Troops shelled the town.", "title": "One"},
        {"url": "https://e.org/2", "maintext": "Envoys met in Geneva."},
        {"url": "https://e.org/3", "maintext": ""},
    ]
    try:
        pipeline = load_recipe().TensionwatchPipeline.from_crawler(crawler)

        def crawl() -> None:  # Scrapy calls pipelines from its own (blocking) code
            spider = SimpleNamespace(name="news")
            for item in items:
                assert pipeline.process_item(item, spider) is item
            pipeline.close_spider(spider)

        await asyncio.to_thread(crawl)
    finally:
        await server.stop()
    assert pipeline.accepted == 2
    [refused] = pipeline.rejected
    assert refused["reason"] == "empty_body" and refused["item"]["url"] == "https://e.org/3"
    async with topic_reader(settings, [settings.topic_articles], Start(True)) as reader:
        urls = sorted([json.loads(r.value)["url"] async for r in reader.until_end()])
    assert urls == ["https://e.org/1", "https://e.org/2"]


async def test_a_wrong_token_stops_the_pipeline_with_the_services_answer(
    make_settings: SettingsFactory,
) -> None:
    settings = make_settings(ingest_token=TOKEN)
    server = WebServer(ingest_routes(settings), port=0)
    await server.start()
    recipe = load_recipe()
    pipeline = recipe.TensionwatchPipeline(f"{server.url}/v1/articles", "wrong", batch_size=1)
    try:
        error = await asyncio.to_thread(_process_expecting_error, pipeline, recipe)
    finally:
        await server.stop()
    assert str(error).startswith("401") and "bearer token" in str(error)


def _process_expecting_error(pipeline: Any, recipe: ModuleType) -> Exception:
    try:
        pipeline.process_item({"body": "Troops met."}, None)
    except recipe.RejectedByService as error:
        return error
    raise AssertionError("the pipeline took a wrong token silently")
