"""Story clusters: every report of one act (same dyad, direction, CAMEO root, modality and
day) merged into one record that counts mentions, articles and distinct sources.

Adding a report is idempotent (a cluster keeps the ids it counted, up to a cap) and every
field is an order-free function of the reports (minimum, maximum, union), so a replay or a
shuffled backfill builds the same cluster.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from tensionwatch.domain.models import Cluster
from tensionwatch.domain.tension.events import CodedEvent, day_from_iso, iso_day
from tensionwatch.domain.tension.params import TensionParams

SENTENCE_CHARS = 300


def cluster_id_of(event: CodedEvent) -> str:
    """Deterministic id of the cluster an event belongs to (needs a day)."""
    return _cluster_id(event.dyad, event.direction, event.cameo_root, event.modality, event.day)


@lru_cache(maxsize=8192)
def _cluster_id(dyad: str, direction: str, root: str, modality: str, day: int | None) -> str:
    basis = f"{dyad}\x1f{direction}\x1f{root}\x1f{modality}\x1f{day}"
    return hashlib.sha1(basis.encode(), usedforsecurity=False).hexdigest()[:16]


@dataclass(slots=True)
class Report:
    """The report a cluster shows: its earliest (then smallest event id)."""

    event_id: str
    published_at: datetime | None
    url: str | None
    outlet: str
    sentence: str

    def rank(self) -> tuple[float, str]:
        """Earlier first; a report without a time after every timed one."""
        stamp = self.published_at.timestamp() if self.published_at else math.inf
        return (stamp, self.event_id)


@dataclass(slots=True)
class ClusterState:
    """One act and everything counted about its reports."""

    cluster_id: str
    dyad: str
    direction: str
    cameo_root: str
    quad_class: int
    modality: str
    day: int
    goldstein: float
    deaths: bool
    opened_by: str  # the event that created the cluster here (arrival order)
    first: Report
    last_seen: datetime | None = None
    mentions: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    saturated: bool = False

    @classmethod
    def open(cls, event: CodedEvent, day: int) -> ClusterState:
        """A new cluster for `event` (not yet counted: call `add`)."""
        return cls(
            cluster_id=cluster_id_of(event),
            dyad=event.dyad,
            direction=event.direction,
            cameo_root=event.cameo_root,
            quad_class=event.quad_class,
            modality=event.modality,
            day=day,
            goldstein=event.goldstein,
            deaths=event.deaths,
            opened_by=event.event_id,
            first=_report(event),
        )

    @property
    def conflict(self) -> bool:
        """Verbal or material conflict (QuadClass 3-4)."""
        return self.quad_class >= 3

    @property
    def counts_in_index(self) -> bool:
        """Only acts reported as having happened move the index."""
        return self.modality == "asserted"

    def weight(self) -> int:
        """The cluster's weight in thousandths: |Goldstein| × (1 + log2 distinct sources).
        Integers, so that sums do not depend on the order they are taken in."""
        sources = max(len(self.sources), 1)
        return round(1000 * abs(self.goldstein) * (1 + math.log2(sources)))

    def add(self, event: CodedEvent, params: TensionParams) -> bool:
        """Count one report; True when anything changed (False for a replay)."""
        changed = _add(self.mentions, event.event_id, params.max_mentions, self)
        changed |= _add(self.articles, _short(event.article_id), params.max_articles, self)
        changed |= _add(self.sources, event.outlet, params.max_sources, self)
        if abs(event.goldstein) > abs(self.goldstein):
            self.goldstein, changed = event.goldstein, True
        if event.deaths and not self.deaths:
            self.deaths = changed = True
        return self._see(event) or changed

    def _see(self, event: CodedEvent) -> bool:
        changed = False
        stamp = event.published_at
        rank = (stamp.timestamp() if stamp else math.inf, event.event_id)
        if rank < self.first.rank():
            self.first, changed = _report(event), True
        if stamp is not None and (self.last_seen is None or stamp > self.last_seen):
            self.last_seen, changed = stamp, True
        return changed

    def to_json(self) -> dict[str, Any]:
        """The state as JSON-ready values (sets sorted: equal states give equal bytes)."""
        return {
            "cluster_id": self.cluster_id,
            "dyad": self.dyad,
            "direction": self.direction,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "modality": self.modality,
            "day": iso_day(self.day),
            "goldstein": self.goldstein,
            "deaths": self.deaths,
            "opened_by": self.opened_by,
            "first": _report_json(self.first),
            "last_seen": _iso(self.last_seen),
            "mentions": sorted(self.mentions),
            "articles": sorted(self.articles),
            "sources": sorted(self.sources),
            "saturated": self.saturated,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClusterState:
        """The inverse of `to_json`."""
        return cls(
            cluster_id=data["cluster_id"],
            dyad=data["dyad"],
            direction=data["direction"],
            cameo_root=data["cameo_root"],
            quad_class=data["quad_class"],
            modality=data["modality"],
            day=day_from_iso(data["day"]),
            goldstein=data["goldstein"],
            deaths=data["deaths"],
            opened_by=data["opened_by"],
            first=_report_from(data["first"]),
            last_seen=_from_iso(data["last_seen"]),
            mentions=set(data["mentions"]),
            articles=set(data["articles"]),
            sources=set(data["sources"]),
            saturated=data["saturated"],
        )


def _add(counted: set[str], item: str, cap: int, cluster: ClusterState) -> bool:
    """Add `item` unless it is there or the set is full (then the counts are lower bounds:
    a report past the cap cannot be told from a replay)."""
    if item in counted:
        return False
    if len(counted) >= cap:
        newly = not cluster.saturated
        cluster.saturated = True
        return newly
    counted.add(item)
    return True


@lru_cache(maxsize=8192)
def _short(article_id: str) -> str:
    """A fixed-size stand-in for an article id (ids may be 256 characters long)."""
    return hashlib.sha1(article_id.encode(), usedforsecurity=False).hexdigest()[:12]


def _report(event: CodedEvent) -> Report:
    return Report(
        event.event_id, event.published_at, event.url, event.outlet, event.sentence[:SENTENCE_CHARS]
    )


def _report_json(report: Report) -> dict[str, Any]:
    return {
        "event_id": report.event_id,
        "published_at": _iso(report.published_at),
        "url": report.url,
        "outlet": report.outlet,
        "sentence": report.sentence,
    }


def _report_from(data: dict[str, Any]) -> Report:
    return Report(
        data["event_id"],
        _from_iso(data["published_at"]),
        data["url"],
        data["outlet"],
        data["sentence"],
    )


def _iso(stamp: datetime | None) -> str | None:
    return stamp.isoformat() if stamp else None


def _from_iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def cluster_record(cluster: ClusterState) -> Cluster:
    """The published form of a cluster."""
    first = cluster.first
    return Cluster(
        cluster_id=cluster.cluster_id,
        dyad=cluster.dyad,
        direction=cluster.direction,
        cameo_root=cluster.cameo_root,
        quad_class=cluster.quad_class,
        modality=cluster.modality,
        event_date=date.fromordinal(cluster.day),
        goldstein=cluster.goldstein,
        deaths=cluster.deaths,
        mentions=max(len(cluster.mentions), 1),
        articles=max(len(cluster.articles), 1),
        sources=max(len(cluster.sources), 1),
        source_names=sorted(cluster.sources),
        saturated=cluster.saturated,
        weight=round(cluster.weight() / 1000, 4),
        first_seen=first.published_at,
        last_seen=cluster.last_seen,
        first_event_id=first.event_id,
        first_url=first.url,
        first_outlet=first.outlet,
        first_sentence=first.sentence,
    )
