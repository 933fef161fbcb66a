"""A Scrapy item pipeline that hands scraped articles to tensionwatch over HTTP.

Copy this file into your Scrapy project and enable it in settings.py:

    ITEM_PIPELINES = {"myproject.tensionwatch_pipeline.TensionwatchPipeline": 800}
    TENSIONWATCH_URL = "http://tensionwatch:6066/v1/articles"
    TENSIONWATCH_TOKEN = "..."            # the service's TENSIONWATCH_INGEST_TOKEN
    TENSIONWATCH_BATCH = 100              # items per request

Items need a body (`body`, `maintext`, `text` or `content`) and should carry a stable `id`
or `url`: the article id is the record key, so an item sent twice is coded to the same
event ids. Only the standard library is used, so it runs wherever Scrapy does.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from typing import Any

log = logging.getLogger(__name__)

RETRIES = 3


class RejectedByService(Exception):
    """The service refused the whole request (bad token, body too large)."""


class TensionwatchPipeline:
    """Buffers items and POSTs them as NDJSON; logs each refused item with its reason."""

    def __init__(self, url: str, token: str, batch_size: int = 100, timeout: float = 30) -> None:
        self.url = url
        self.token = token
        self.batch_size = batch_size
        self.timeout = timeout
        self.buffer: list[dict[str, Any]] = []
        self.accepted = 0
        self.rejected: list[dict[str, Any]] = []

    @classmethod
    def from_crawler(cls, crawler: Any) -> TensionwatchPipeline:
        """Scrapy's constructor hook: read the pipeline's settings."""
        settings = crawler.settings
        return cls(
            settings.get("TENSIONWATCH_URL"),
            settings.get("TENSIONWATCH_TOKEN"),
            settings.getint("TENSIONWATCH_BATCH", 100),
        )

    def process_item(self, item: Any, spider: Any) -> Any:
        """Buffer the item; send when the batch is full. The item goes on unchanged."""
        self.buffer.append(dict(item))
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def close_spider(self, spider: Any) -> None:
        """Send what is left when the crawl ends."""
        for _ in range(RETRIES):
            self.flush()
        log.info("tensionwatch: %d accepted, %d rejected", self.accepted, len(self.rejected))

    def flush(self) -> None:
        """POST the buffered items; keep the service's verdict on each."""
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        results = self._post("\n".join(json.dumps(i, default=str) for i in batch).encode())
        self.accepted += len(results["accepted"])
        for refused in results["rejected"]:
            item = batch[refused["index"]]
            if refused["reason"] == "not_published":  # the broker did not take it: try again
                self.buffer.append(item)
                continue
            refused = refused | {"item": item}
            self.rejected.append(refused)
            log.warning("tensionwatch refused item %(index)s: %(reason)s: %(message)s", refused)

    def _post(self, body: bytes) -> dict[str, Any]:
        request = urllib.request.Request(  # noqa: S310 - the URL is the operator's setting
            self.url,
            data=body,
            method="POST",
            headers={
                "Authorization": f"Bearer {self.token}",
                "Content-Type": "application/x-ndjson",
            },
        )
        for attempt in range(1, RETRIES + 1):
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                    return dict(json.load(response))
            except urllib.error.HTTPError as error:
                if error.code != 503 or attempt == RETRIES:
                    raise RejectedByService(f"{error.code}: {error.read().decode()}") from error
            except urllib.error.URLError:
                if attempt == RETRIES:
                    raise
            time.sleep(2**attempt)  # the broker or the service is restarting
        raise AssertionError("unreachable")
