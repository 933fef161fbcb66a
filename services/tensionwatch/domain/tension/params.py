"""The numbers the tension maths runs on, with their reasons (docs/tension.md)."""

from __future__ import annotations

from dataclasses import dataclass

#: Horizon name -> half-life in days. A horizon's intensity is an exponentially weighted
#: daily rate whose half-life is half the horizon, so most of its weight lies within it.
HORIZONS: tuple[tuple[str, float], ...] = (("24h", 0.5), ("7d", 3.5), ("30d", 15.0))


@dataclass(frozen=True, slots=True)
class TensionParams:
    """Bounds, caps and alert thresholds of the tension stage."""

    #: An event dated this many days before its dyad's newest event still counts exactly;
    #: older ones are too late (they are published, flagged, and change nothing).
    lateness_days: int = 30
    #: Daily totals are kept this many days back from the dyad's newest event.
    history_days: int = 90
    #: The baseline is the mean daily conflict weight of this many days before a day.
    baseline_days: int = 28
    #: A cluster remembers at most this many distinct sources, articles and mentions;
    #: its counts stop there (and say so), which bounds the state of a syndicated story.
    max_sources: int = 64
    max_articles: int = 128
    max_mentions: int = 256
    #: A rise needs the 24 h conflict level to reach both this floor ...
    alert_min_level: float = 6.0
    #: ... and this multiple of the dyad's baseline.
    alert_ratio: float = 3.0
    #: An escalated dyad calms down once its level falls under this multiple of the baseline
    #: it rose from (and under half the floor): hysteresis, so the alert does not flap.
    release_ratio: float = 1.5
    #: How many clusters, events and sources an alert names.
    max_drivers: int = 5
    max_driver_events: int = 20

    def __post_init__(self) -> None:
        if self.history_days < self.lateness_days + self.baseline_days:
            raise ValueError("history_days must cover lateness_days + baseline_days")
        if not 0 < self.release_ratio < self.alert_ratio:
            raise ValueError("release_ratio must lie between 0 and alert_ratio")
