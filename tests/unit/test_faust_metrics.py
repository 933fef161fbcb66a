"""faust's sensors are exported in seconds, with the unit in every latency's name."""

from __future__ import annotations

from faust.sensors.prometheus import PrometheusMonitor
from prometheus_client import CollectorRegistry

from tensionwatch.adapters.faust_metrics import seconds_faust_metrics


def names(registry: CollectorRegistry) -> set[str]:
    return {metric.name for metric in registry.collect()}


def test_every_latency_histogram_is_named_in_seconds() -> None:
    registry = CollectorRegistry()
    seconds_faust_metrics(registry)
    histograms = {m.name for m in registry.collect() if m.type == "histogram"}
    assert len(histograms) == 8
    assert all(name.endswith("_seconds") for name in histograms), histograms
    assert "faust_events_runtime_seconds" in histograms
    assert not any("_ms" in name for name in names(registry))


def test_faust_milliseconds_are_recorded_as_seconds() -> None:
    registry = CollectorRegistry()
    monitor = PrometheusMonitor(metrics=seconds_faust_metrics(registry))
    monitor._metrics.producer_send_latency.observe(250.0)  # faust observes milliseconds
    assert registry.get_sample_value("faust_producer_send_latency_seconds_sum") == 0.25
    assert registry.get_sample_value("faust_producer_send_latency_seconds_count") == 1


def test_faust_counters_are_kept_as_faust_names_them() -> None:
    registry = CollectorRegistry()
    metrics = seconds_faust_metrics(registry)
    metrics.messages_received.inc()
    assert registry.get_sample_value("faust_messages_received_total") == 1
