"""The per-dyad index: decaying daily rates of conflict and cooperation over three horizons,
and the dyad's own baseline, all recomputed from the daily totals.

A horizon's rate on day D is (1 - a) × Σ weight(d) × a^(D - d) over the kept days d ≤ D, with
a = 2^(-1 / half-life): a steady daily weight w reads w on every horizon, and one cluster of
weight w adds up to w over the days after it. Weights come from clusters (|Goldstein| ×
(1 + log2 sources)), so a syndicated story counts once, a little more for each outlet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tensionwatch.domain.models import DyadIndex, Horizons, IndexPoint
from tensionwatch.domain.tension.dyad import DyadState
from tensionwatch.domain.tension.params import HORIZONS, TensionParams

DIGITS = 4


@dataclass(frozen=True, slots=True)
class Series:
    """Daily values of one dyad from `start` to its newest day (index 0 is `start`)."""

    start: int
    warm_from: int  # the first day whose baseline window lies within the kept history
    conflict: list[float]  # daily weight, units
    cooperation: list[float]
    conflict_rates: dict[str, list[float]]  # horizon -> rate per day
    cooperation_rates: dict[str, list[float]]
    baseline: list[float]  # mean daily conflict of the baseline window before each day

    @property
    def end(self) -> int:
        """The last day (the dyad's newest)."""
        return self.start + len(self.conflict) - 1

    def at(self, day: int) -> int:
        """Position of `day` in the lists."""
        return day - self.start


def series_of(state: DyadState, params: TensionParams) -> Series:
    """The dyad's series over its kept history (the state must have a newest day). It starts
    at the first day with clusters: the days before are zeros, which leave every rate and mean
    exactly as they are, so the shorter series gives the same values."""
    if state.newest is None:
        raise ValueError(f"{state.dyad} has no events, so no series")
    kept_from = state.newest - params.history_days + 1
    start = max(kept_from, min(state.days, default=state.newest))
    days = range(start, state.newest + 1)
    totals = [state.days.get(day) for day in days]
    conflict = [t.conflict_total / 1000 if t else 0.0 for t in totals]
    cooperation = [t.cooperation_total / 1000 if t else 0.0 for t in totals]
    return Series(
        start=start,
        warm_from=kept_from + params.baseline_days,
        conflict=conflict,
        cooperation=cooperation,
        conflict_rates={name: decayed(conflict, half) for name, half in HORIZONS},
        cooperation_rates={name: decayed(cooperation, half) for name, half in HORIZONS},
        baseline=trailing_means(conflict, params.baseline_days),
    )


def decayed(daily: list[float], half_life: float) -> list[float]:
    """The exponentially weighted daily rate of `daily` on each day."""
    keep = 2 ** (-1 / half_life)
    rate, rates = 0.0, []
    for value in daily:
        rate = keep * rate + (1 - keep) * value
        rates.append(rate)
    return rates


def trailing_means(daily: list[float], window: int) -> list[float]:
    """For each day, the mean of the `window` days before it (days before the list are 0:
    a dyad without history has a neutral baseline)."""
    means, total = [], 0.0
    for position, value in enumerate(daily):
        means.append(total / window)
        total += value
        if position >= window:
            total -= daily[position - window]
    return means


def horizons(rates: dict[str, list[float]], position: int) -> Horizons:
    """The three horizons' values at one position."""
    return Horizons(
        h24=round(rates["24h"][position], DIGITS),
        d7=round(rates["7d"][position], DIGITS),
        d30=round(rates["30d"][position], DIGITS),
    )


def index_of(
    state: DyadState, series: Series, escalated_since: int | None, params: TensionParams
) -> DyadIndex:
    """The dyad's index as of its newest day."""
    end = series.at(series.end)
    conflict = horizons(series.conflict_rates, end)
    cooperation = horizons(series.cooperation_rates, end)
    baseline = series.baseline[end]
    return DyadIndex(
        dyad=state.dyad,
        as_of=date.fromordinal(series.end),
        conflict=conflict,
        cooperation=cooperation,
        tension=Horizons(
            h24=round(conflict.h24 - cooperation.h24, DIGITS),
            d7=round(conflict.d7 - cooperation.d7, DIGITS),
            d30=round(conflict.d30 - cooperation.d30, DIGITS),
        ),
        conflict_by_direction=by_direction(state, series),
        baseline=round(baseline, DIGITS),
        ratio=round(conflict.h24 / baseline, DIGITS) if baseline > 0 else None,
        escalated=escalated_since is not None,
        escalated_since=date.fromordinal(escalated_since) if escalated_since else None,
        quad_clusters_7d=quad_counts(state, series.end, 7, mentions=False),
        quad_clusters_30d=quad_counts(state, series.end, 30, mentions=False),
        quad_mentions_30d=quad_counts(state, series.end, 30, mentions=True),
    )


def by_direction(state: DyadState, series: Series) -> dict[str, float]:
    """Each direction's conflict on the 7-day horizon, as of the series' last day."""
    keep = 2 ** (-1 / dict(HORIZONS)["7d"])
    rates: dict[str, float] = {}
    for day in range(series.start, series.end + 1):
        totals = state.days.get(day)
        directions = set(rates) | set(totals.conflict if totals else ())
        for direction in directions:
            weight = totals.conflict.get(direction, 0) / 1000 if totals else 0.0
            rates[direction] = keep * rates.get(direction, 0.0) + (1 - keep) * weight
    return {direction: round(rates[direction], DIGITS) for direction in sorted(rates)}


def quad_counts(state: DyadState, end: int, days: int, *, mentions: bool) -> list[int]:
    """Clusters (or mentions) by QuadClass 1-4 over the `days` days up to `end`."""
    counts = [0, 0, 0, 0]
    for day in range(end - days + 1, end + 1):
        totals = state.days.get(day)
        if totals:
            for quad, count in enumerate(totals.mentions if mentions else totals.clusters):
                counts[quad] += count
    return counts


def history_of(series: Series, escalated: list[bool], first: int, last: int) -> list[IndexPoint]:
    """The index on each day from `first` to `last` (clipped to the kept history)."""
    points = []
    for day in range(max(first, series.start), min(last, series.end) + 1):
        at = series.at(day)
        points.append(
            IndexPoint(
                day=date.fromordinal(day),
                conflict=horizons(series.conflict_rates, at),
                cooperation=horizons(series.cooperation_rates, at),
                baseline=round(series.baseline[at], DIGITS),
                escalated=escalated[at],
            )
        )
    return points
