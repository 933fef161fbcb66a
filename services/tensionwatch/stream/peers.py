"""Who holds which dyad, from faust's router: the workers' advertised URLs travel in the
partition assignor's metadata (faust's `canonical_url`, set to our web server's)."""

from __future__ import annotations

import faust

from tensionwatch.stream.outbox import partition_of
from tensionwatch.stream.tension_state import DYADS


class RouterPeers:
    """The group's workers as faust's router knows them after the last rebalance."""

    def __init__(self, app: faust.App, partitions: int) -> None:
        self.app = app
        self.partitions = partitions

    def own_url(self) -> str:
        """This worker's advertised URL."""
        return str(self.app.conf.canonical_url).rstrip("/")

    def owner(self, dyad: str) -> str | None:
        """The URL of the worker holding `dyad`, or None while nobody does (rebalancing)."""
        partition = partition_of(dyad.encode(), self.partitions)
        for url, topics in self.app.router.table_metadata(DYADS).items():
            if any(partition in partitions for partitions in topics.values()):
                return str(url).rstrip("/")
        return None

    def members(self) -> list[str]:
        """Every worker's URL, this one's included."""
        return sorted({str(url).rstrip("/") for url in self.app.router.tables_metadata()})
