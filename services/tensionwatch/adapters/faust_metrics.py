"""faust's own Prometheus sensors, with their latencies in seconds.

faust observes every latency in milliseconds, into histograms named `faust_events_runtime_ms`
or with no unit at all (`faust_producer_send_latency`). `promtool check metrics` rejects the
first, and Prometheus' conventions want base units for all of them. Here each latency histogram
is `faust_<name>_seconds` and takes faust's milliseconds divided by 1,000; faust's counters and
gauges are kept as faust makes them.
"""

from __future__ import annotations

from typing import Any

from faust.sensors.prometheus import MS_LATENCY_BUCKETS, FaustMetrics
from prometheus_client import CollectorRegistry, Histogram

SECONDS_BUCKETS = tuple(bound / 1000 for bound in MS_LATENCY_BUCKETS)


class _MillisecondsIn:
    """A histogram in seconds that faust's monitor can keep calling `observe(ms)` on."""

    def __init__(self, histogram: Histogram) -> None:
        self.histogram = histogram

    def observe(self, milliseconds: float) -> None:
        """Record a latency that faust measured in milliseconds."""
        self.histogram.observe(milliseconds / 1000)


def seconds_name(faust_name: str) -> str:
    """`faust_events_runtime_ms` → `faust_events_runtime_seconds`; other names get the unit."""
    return faust_name.removesuffix("_ms") + "_seconds"


def seconds_faust_metrics(registry: CollectorRegistry, prefix: str = "faust") -> FaustMetrics:
    """faust's sensors registered in `registry`, every latency histogram in seconds."""
    made = FaustMetrics.create(CollectorRegistry(auto_describe=True), prefix)
    fields: dict[str, Any] = {}
    for field, metric in zip(made._fields, made, strict=True):
        if isinstance(metric, Histogram):
            fields[field] = _MillisecondsIn(
                Histogram(
                    seconds_name(metric._name),
                    metric._documentation.replace("in ms", "in seconds"),
                    registry=registry,
                    buckets=SECONDS_BUCKETS,
                )
            )
        else:
            registry.register(metric)
            fields[field] = metric
    return FaustMetrics(**fields)
