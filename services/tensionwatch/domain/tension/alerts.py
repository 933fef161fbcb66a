"""Escalation alerts: a dyad's 24 h conflict level rising sharply against its own baseline.

A dyad escalates on day D when its 24 h conflict level reaches both a floor and a multiple of
its baseline (the mean daily conflict of the 28 days before D), and the day's conflict is
reported by at least two distinct outlets or includes material conflict with deaths. It stays
escalated until the level falls under a lower multiple of the baseline it rose from
(hysteresis). Each rise is one alert, `DYAD@DAY`, recomputed from the daily totals: replays
and restarts find the alerts already published; late events that move the rise revise or
withdraw it, within the lateness bound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from tensionwatch.domain.models import Alert, AlertDriver, AlertSeverity, AlertStatus
from tensionwatch.domain.tension.clusters import ClusterState
from tensionwatch.domain.tension.dyad import DayTotals, DyadState
from tensionwatch.domain.tension.events import iso_day
from tensionwatch.domain.tension.index import DIGITS, Series
from tensionwatch.domain.tension.params import TensionParams


@dataclass(frozen=True, slots=True)
class Rise:
    """A day on which the dyad escalated, and the levels that made it."""

    day: int
    level_before: float
    level: float
    baseline: float
    threshold: float
    deaths: bool
    sources: tuple[str, ...]

    def severity(self) -> AlertSeverity:
        """How far past its threshold the dyad rose; deaths make it at least `high`."""
        excess = self.level / self.threshold
        if excess >= 5 or (self.deaths and excess >= 2):
            return "critical"
        if excess >= 2 or self.deaths:
            return "high"
        return "elevated"


@dataclass(slots=True)
class Episodes:
    """The rises over a dyad's kept history, and whether it is escalated on each day."""

    rises: list[Rise] = field(default_factory=list)
    escalated: list[bool] = field(default_factory=list)  # per series position
    since: int | None = None  # the rise day of the episode still running on the last day


def episodes_of(state: DyadState, series: Series, params: TensionParams) -> Episodes:
    """Run the hysteresis over the series, from the first day with a full baseline window."""
    result = Episodes(escalated=[False] * len(series.conflict))
    released_below = 0.0
    for position in range(max(series.at(series.warm_from), 0), len(series.conflict)):
        level = series.conflict_rates["24h"][position]
        if result.since is not None:
            if level < released_below:
                result.since = None
        else:
            rise = _rise(state, series, position, params)
            if rise is not None:
                result.rises.append(rise)
                result.since = rise.day
                released_below = release_level(rise, params)
        result.escalated[position] = result.since is not None
    return result


def release_level(rise: Rise, params: TensionParams) -> float:
    """The level under which a dyad that rose calms down again."""
    return max(params.alert_min_level / 2, params.release_ratio * rise.baseline)


def _rise(state: DyadState, series: Series, position: int, params: TensionParams) -> Rise | None:
    day = series.start + position
    totals = state.days.get(day)
    level = series.conflict_rates["24h"][position]
    baseline = series.baseline[position]
    threshold = max(params.alert_min_level, params.alert_ratio * baseline)
    if totals is None or level < threshold or not corroborated(totals):
        return None
    before = series.conflict_rates["24h"][position - 1] if position else 0.0
    sources = tuple(totals.conflict_sources)
    return Rise(day, before, level, baseline, threshold, totals.deaths, sources)


def corroborated(totals: DayTotals) -> bool:
    """At least two distinct outlets report the day's conflict, or it includes material
    conflict with deaths."""
    return len(totals.conflict_sources) >= 2 or totals.deaths


def alert_id(dyad: str, day: int) -> str:
    """The id of a dyad's rise on `day`: one per dyad and day, the same on every replay."""
    return f"{dyad}@{iso_day(day)}"


def alert_of(
    dyad: str,
    rise: Rise,
    clusters: Iterable[ClusterState],
    params: TensionParams,
    status: AlertStatus = "raised",
) -> Alert:
    """The alert of one rise, naming the day's heaviest conflict clusters and their events."""
    drivers = sorted(
        (c for c in clusters if c.conflict and c.counts_in_index),
        key=lambda c: (-c.weight(), c.cluster_id),
    )[: params.max_drivers]
    events = sorted({event for cluster in drivers for event in cluster.mentions})
    return Alert(
        alert_id=alert_id(dyad, rise.day),
        dyad=dyad,
        day=date.fromordinal(rise.day),
        status=status,
        severity=rise.severity(),
        level_before=round(rise.level_before, DIGITS),
        level=round(rise.level, DIGITS),
        baseline=round(rise.baseline, DIGITS),
        threshold=round(rise.threshold, DIGITS),
        deaths=rise.deaths,
        sources=list(rise.sources),
        clusters=[_driver(cluster) for cluster in drivers],
        events=events[: params.max_driver_events],
    )


def _driver(cluster: ClusterState) -> AlertDriver:
    return AlertDriver(
        cluster_id=cluster.cluster_id,
        direction=cluster.direction,
        cameo_root=cluster.cameo_root,
        quad_class=cluster.quad_class,
        sources=len(cluster.sources),
        mentions=len(cluster.mentions),
        weight=round(cluster.weight() / 1000, DIGITS),
        deaths=cluster.deaths,
    )


def alert_changes(
    current: dict[str, Alert],
    published: Callable[[str], Alert | None],
    dyad: str,
    live_days: Iterable[int],
) -> list[Alert]:
    """What to publish so that the alerts of the live days are `current`: new rises as
    `raised`, changed ones as `updated`, vanished ones as `withdrawn`; nothing for a replay.
    (A rise needs clusters on its day, so the live days with clusters are enough to look at.)"""
    changes = []
    for day in live_days:
        key = alert_id(dyad, day)
        new, old = current.get(key), published(key)
        active = old is not None and old.status != "withdrawn"
        if new is not None and not active:
            changes.append(new.model_copy(update={"status": "raised"}))
        elif new is not None and old is not None and _content(new) != _content(old):
            changes.append(new.model_copy(update={"status": "updated"}))
        elif new is None and old is not None and active:
            changes.append(old.model_copy(update={"status": "withdrawn"}))
    return changes


def _content(alert: Alert) -> dict[str, object]:
    return alert.model_dump(exclude={"status"})
