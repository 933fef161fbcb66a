"""A dyad's state: daily totals of its clusters, within the lateness bound and the history.

The totals of a day are recomputed from that day's clusters whenever one of them is touched,
never adjusted by differences, so a state that missed an update (a crash between two
changelog writes) heals when the same events are replayed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tensionwatch.domain.tension.clusters import ClusterState
from tensionwatch.domain.tension.events import day_from_iso, iso_day
from tensionwatch.domain.tension.params import TensionParams

#: A day keeps at most this many names of the sources of its conflict (enough to tell one
#: outlet from several, and to name them in an alert).
DAY_SOURCES = 16


@dataclass(slots=True)
class DayTotals:
    """What the index and the alert rule need of one day of one dyad (asserted acts)."""

    conflict: dict[str, int] = field(default_factory=dict)  # direction -> weight (1/1000)
    cooperation: dict[str, int] = field(default_factory=dict)
    clusters: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # by QuadClass 1-4
    mentions: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    conflict_sources: list[str] = field(default_factory=list)  # sorted, at most DAY_SOURCES
    deaths: bool = False  # a material-conflict cluster with deaths

    @classmethod
    def of(cls, clusters: Iterable[ClusterState]) -> DayTotals:
        """The totals of one day's clusters."""
        totals = cls()
        sources: set[str] = set()
        for cluster in clusters:
            if cluster.counts_in_index:
                totals._count(cluster, sources)
        totals.conflict_sources = sorted(sources)[:DAY_SOURCES]
        return totals

    def _count(self, cluster: ClusterState, sources: set[str]) -> None:
        quad = cluster.quad_class - 1
        self.clusters[quad] += 1
        self.mentions[quad] += len(cluster.mentions)
        side = self.conflict if cluster.conflict else self.cooperation
        side[cluster.direction] = side.get(cluster.direction, 0) + cluster.weight()
        if cluster.conflict:
            sources |= cluster.sources
            self.deaths |= cluster.deaths and cluster.quad_class == 4

    @property
    def conflict_total(self) -> int:
        """Conflict weight of the day, both directions."""
        return sum(self.conflict.values())

    @property
    def cooperation_total(self) -> int:
        """Cooperation weight of the day, both directions."""
        return sum(self.cooperation.values())

    def to_json(self) -> dict[str, Any]:
        """JSON-ready values."""
        return {
            "conflict": dict(sorted(self.conflict.items())),
            "cooperation": dict(sorted(self.cooperation.items())),
            "clusters": self.clusters,
            "mentions": self.mentions,
            "conflict_sources": self.conflict_sources,
            "deaths": self.deaths,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DayTotals:
        """The inverse of `to_json`."""
        return cls(
            dict(data["conflict"]),
            dict(data["cooperation"]),
            list(data["clusters"]),
            list(data["mentions"]),
            list(data["conflict_sources"]),
            bool(data["deaths"]),
        )


@dataclass(slots=True)
class DyadState:
    """One dyad: its newest event day, daily totals and the clusters still open to reports."""

    dyad: str
    newest: int | None = None
    days: dict[int, DayTotals] = field(default_factory=dict)
    open_clusters: dict[int, set[str]] = field(default_factory=dict)  # day -> cluster ids

    def accepts(self, day: int, params: TensionParams) -> bool:
        """Whether an event of `day` still counts (it is within the lateness bound of the
        newest event, this one included)."""
        newest = day if self.newest is None else max(self.newest, day)
        return day >= newest - params.lateness_days

    def note(self, day: int, cluster_id: str) -> bool:
        """Remember that `cluster_id` holds reports of `day` (`day` may become the newest);
        True when it is news."""
        self.newest = day if self.newest is None else max(self.newest, day)
        ids = self.open_clusters.setdefault(day, set())
        if cluster_id in ids:
            return False
        ids.add(cluster_id)
        return True

    def expire(self, params: TensionParams) -> list[str]:
        """Drop days past the history and close clusters past the lateness bound; returns the
        ids of the clusters closed (their state can go)."""
        if self.newest is None:
            return []
        oldest_day = self.newest - params.history_days
        self.days = {day: totals for day, totals in self.days.items() if day > oldest_day}
        open_from = self.newest - params.lateness_days
        closed = [day for day in self.open_clusters if day < open_from]
        return [cid for day in sorted(closed) for cid in sorted(self.open_clusters.pop(day))]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready values, days in order."""
        return {
            "dyad": self.dyad,
            "newest": iso_day(self.newest) if self.newest is not None else None,
            "days": {iso_day(day): self.days[day].to_json() for day in sorted(self.days)},
            "open_clusters": {
                iso_day(day): sorted(ids) for day, ids in sorted(self.open_clusters.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DyadState:
        """The inverse of `to_json`."""
        newest = data["newest"]
        return cls(
            dyad=data["dyad"],
            newest=day_from_iso(newest) if newest else None,
            days={day_from_iso(d): DayTotals.from_json(t) for d, t in data["days"].items()},
            open_clusters={day_from_iso(d): set(ids) for d, ids in data["open_clusters"].items()},
        )
