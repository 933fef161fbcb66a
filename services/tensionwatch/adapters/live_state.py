"""What the dashboard remembers of the tension topics, every part of it bounded.

Events (the last ones for the feed, and more by id for the alerts' drivers), each dyad's
latest index record with a short history of its level, the clusters by id (for the alerts'
drivers; not sent to browsers one by one), and the alerts by id (an alert is published again
when its status changes: `raised`, `updated`, `withdrawn`).
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

Record = dict[str, Any]


@dataclass(frozen=True)
class Bounds:
    """How much the dashboard keeps."""

    events: int = 200  # in the feed's snapshot
    events_by_id: int = 5_000  # for the alerts' drivers, and to drop repeats
    clusters: int = 5_000
    alerts: int = 100
    dyads: int = 2_000
    history: int = 240
    replay: int = 2_000
    client_queue: int = 256


def _bounded_put(table: OrderedDict[str, Any], key: str, value: Any, bound: int) -> list[str]:
    """Put `key` last; drop the entries put longest ago beyond `bound`; the dropped keys."""
    table[key] = value
    table.move_to_end(key)
    dropped = []
    while len(table) > bound:
        dropped.append(table.popitem(last=False)[0])
    return dropped


class TensionState:
    """The bounded state; `take` says whether a record is news for the browsers."""

    def __init__(self, bounds: Bounds) -> None:
        self.bounds = bounds
        self.events: deque[Record] = deque(maxlen=bounds.events)
        self.events_by_id: OrderedDict[str, Record] = OrderedDict()
        self.clusters: OrderedDict[str, Record] = OrderedDict()
        self.alerts: OrderedDict[str, Record] = OrderedDict()
        self.index: OrderedDict[str, Record] = OrderedDict()
        self.history: dict[str, deque[tuple[float, float]]] = {}

    def take(self, kind: str, value: Record, timestamp_ms: int) -> bool:
        """Keep `value`; True when browsers should hear of it (not a repeat, not a cluster)."""
        if kind == "event":
            return self._take_event(value)
        if kind == "alert":
            return self._take_alert(value)
        if kind == "index":
            self._take_index(value, timestamp_ms)
            return True
        if kind == "cluster":
            _bounded_put(self.clusters, str(value.get("cluster_id")), value, self.bounds.clusters)
        return False

    def _take_event(self, value: Record) -> bool:
        event_id = str(value.get("event_id"))
        if event_id in self.events_by_id:
            return False  # a re-sent article: the same events, under the same ids
        _bounded_put(self.events_by_id, event_id, value, self.bounds.events_by_id)
        self.events.append(value)
        return True

    def _take_alert(self, value: Record) -> bool:
        alert_id = str(value.get("alert_id"))
        if self.alerts.get(alert_id) == value:
            return False  # a replay of the same alert
        _bounded_put(self.alerts, alert_id, value, self.bounds.alerts)
        return True

    def _take_index(self, value: Record, timestamp_ms: int) -> None:
        dyad = str(value.get("dyad", ""))
        for gone in _bounded_put(self.index, dyad, value, self.bounds.dyads):
            self.history.pop(gone, None)
        points = self.history.setdefault(dyad, deque(maxlen=self.bounds.history))
        point = (index_time(value, timestamp_ms), level_of(value))
        if points and points[-1][0] == point[0]:
            points[-1] = point  # the same day, revised
        elif not points or points[-1][0] < point[0]:
            points.append(point)

    def snapshot(self, top: int) -> Record:
        """The feed, the alerts, and the `top` most tense dyads with their histories."""
        dyads = sorted(self.index.values(), key=level_of, reverse=True)[:top]
        return {
            "events": list(self.events),
            "alerts": list(self.alerts.values()),
            "dyads": [
                {"index": d, "history": list(self.history.get(str(d.get("dyad")), ()))}
                for d in dyads
            ],
        }

    def drivers(self, alert_id: str) -> Record | None:
        """An alert with the clusters and the events (with their sentences) that drove it, as
        far as they are still kept."""
        alert = self.alerts.get(alert_id)
        if alert is None:
            return None
        cluster_ids = [str(c.get("cluster_id")) for c in alert.get("clusters") or []]
        return {
            "alert": alert,
            "clusters": [self.clusters[c] for c in cluster_ids if c in self.clusters],
            "events": [
                self.events_by_id[e] for e in alert.get("events") or [] if e in self.events_by_id
            ],
        }


def level_of(index: Mapping[str, Any]) -> float:
    """A dyad's tension now: the 24-hour horizon of its `tension` (conflict minus
    cooperation), or a plain `level` where a record has one."""
    tension = index.get("tension")
    if isinstance(tension, Mapping) and isinstance(tension.get("h24"), int | float):
        return float(tension["h24"])
    level = index.get("level")
    return float(level) if isinstance(level, int | float) else 0.0


def index_time(index: Mapping[str, Any], timestamp_ms: int) -> float:
    """When an index record holds, in seconds since the epoch: its `as_of` day (event time),
    else the record's time."""
    as_of = index.get("as_of")
    if isinstance(as_of, str):
        try:
            day = date.fromisoformat(as_of[:10])
        except ValueError:
            day = None
        if day is not None:
            return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()
    return timestamp_ms / 1000
