"""What this worker can answer about the tension state, and who holds the rest.

Reads only the partitions this worker owns (the memory store may briefly hold keys of a lost
partition); the latest index of each dyad is cached as the stage publishes it, and computed
from the state for dyads recovered since.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from datetime import date

import faust

from tensionwatch.domain.models import Alert, Cluster, DyadIndex, IndexPoint
from tensionwatch.domain.tension.alerts import episodes_of
from tensionwatch.domain.tension.clusters import ClusterState, cluster_record
from tensionwatch.domain.tension.dyad import DyadState
from tensionwatch.domain.tension.index import history_of, index_of, series_of
from tensionwatch.domain.tension.params import TensionParams
from tensionwatch.service.tension import cluster_key
from tensionwatch.stream.outbox import partition_of
from tensionwatch.stream.tension_state import DYADS, TensionTables


class TensionView:
    """Local reads of the tension tables."""

    def __init__(self, tables: TensionTables, params: TensionParams) -> None:
        self.tables = tables
        self.params = params
        self.partitions: Callable[[], set[int]] = lambda: set()
        self._indexes: dict[str, DyadIndex] = {}

    def indexed(self, indexes: dict[str, DyadIndex]) -> None:
        """Remember the indexes just published."""
        self._indexes.update(indexes)

    def forget(self) -> None:
        """Drop the cached indexes (partitions move at a rebalance)."""
        self._indexes.clear()

    def index(self, dyad: str) -> DyadIndex | None:
        """A dyad's current index, if this worker holds it."""
        state = self._owned_dyad(dyad)
        if state is None or state.newest is None:
            return None
        cached = self._indexes.get(dyad)
        if cached is None or cached.as_of.toordinal() != state.newest:
            series = series_of(state, self.params)
            since = episodes_of(state, series, self.params).since
            cached = self._indexes[dyad] = index_of(state, series, since, self.params)
        return cached

    def indexes(self) -> list[DyadIndex]:
        """The index of every dyad this worker holds."""
        owned = self.partitions()
        dyads = [key for key, _ in self.tables.items(self.tables.dyads, owned)]
        return [index for index in map(self.index, dyads) if index is not None]

    def history(self, dyad: str, first: date | None, last: date | None) -> list[IndexPoint]:
        """A dyad's index day by day over its kept history (or the part asked for)."""
        state = self._owned_dyad(dyad)
        if state is None or state.newest is None:
            return []
        series = series_of(state, self.params)
        escalated = episodes_of(state, series, self.params).escalated
        low = first.toordinal() if first else series.start
        high = last.toordinal() if last else series.end
        return history_of(series, escalated, low, high)

    def clusters_of(self, dyad: str) -> list[Cluster]:
        """A dyad's clusters still taking reports, newest day first."""
        state = self._owned_dyad(dyad)
        if state is None:
            return []
        found = []
        for day in sorted(state.open_clusters, reverse=True):
            for cluster_id in sorted(state.open_clusters[day]):
                cluster = self.tables.cluster(cluster_key(dyad, cluster_id))
                if cluster is not None:
                    found.append(cluster)
        return [cluster_record(cluster) for cluster in _recent_first(found)]

    def recent_clusters(self, limit: int) -> list[Cluster]:
        """The `limit` most recent clusters this worker holds."""
        owned = self.partitions()
        clusters = (value for _, value in self.tables.items(self.tables.clusters, owned))
        return [cluster_record(c) for c in _recent_first(clusters, limit)]

    def alerts(self, dyad: str | None, limit: int) -> list[Alert]:
        """The `limit` most recent alerts this worker holds (of one dyad, if given)."""
        owned = self.partitions()
        alerts = (
            alert
            for _, alert in self.tables.items(self.tables.alerts, owned)
            if dyad is None or alert.dyad == dyad
        )
        return heapq.nlargest(limit, alerts, key=lambda a: (a.day, a.alert_id))

    def owns(self, dyad: str) -> bool:
        """Whether `dyad` is on one of this worker's partitions."""
        return partition_of(dyad.encode(), self.tables.partitions) in self.partitions()

    def _owned_dyad(self, dyad: str) -> DyadState | None:
        return self.tables.dyad(dyad) if self.owns(dyad) else None


def _recent_first(clusters: Iterable[ClusterState], limit: int | None = None) -> list[ClusterState]:
    def rank(cluster: ClusterState) -> tuple[int, float, str]:
        seen = cluster.last_seen.timestamp() if cluster.last_seen else 0.0
        return (cluster.day, seen, cluster.cluster_id)

    if limit is None:
        return sorted(clusters, key=rank, reverse=True)
    return heapq.nlargest(limit, clusters, key=rank)


def owned_partitions(app: faust.App) -> Callable[[], set[int]]:
    """This worker's active partitions of the dyads table (empty while unassigned)."""

    def partitions() -> set[int]:
        actives = app.assignor.assigned_actives()
        changelog = app.tables[DYADS].changelog_topic.get_topic_name()
        return {tp.partition for tp in actives if tp.topic == changelog}

    return partitions
