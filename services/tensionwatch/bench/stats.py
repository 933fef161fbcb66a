"""Pure figures of the benchmark: percentiles, drain windows and rates, metric sums."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One poll of a drain: wall time and CPU seconds so far per watched pid."""

    at: float
    cpu: dict[int, float]


@dataclass(frozen=True)
class Window:
    """From the first output record's create time to the last one's."""

    start: float
    end: float
    cpu: dict[int, float]

    @property
    def seconds(self) -> float:
        """Length of the window (never below a millisecond)."""
        return max(self.end - self.start, 1e-3)


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct` percentile (0-100) by linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def drain_window(samples: Sequence[Sample], start: float, end: float) -> Window:
    """The window [start, end] with the CPU used between the polls that bracket it."""
    if not samples:
        raise ValueError("no samples")
    begin = ([s for s in samples if s.at <= start] or [samples[0]])[-1]
    finish = ([s for s in samples if s.at >= end] or [samples[-1]])[0]
    cpu = {pid: finish.cpu.get(pid, 0.0) - begin.cpu.get(pid, 0.0) for pid in finish.cpu}
    return Window(start, end, cpu)


def rate(count: float, seconds: float) -> float:
    """`count` per second; 0 for an empty or instant run."""
    return count / seconds if seconds > 0 and count > 0 else 0.0


def ratio(value: float | None, baseline: float | None) -> float | None:
    """`value / baseline`, or None when either is missing or the baseline is zero."""
    if value is None or not baseline:
        return None
    return value / baseline


def metric_sum(text: str, name: str) -> float:
    """Sum of every sample of `name` (any labels) in Prometheus text exposition."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        if head == name or head.startswith(name + "{"):
            total += float(value)
    return total
