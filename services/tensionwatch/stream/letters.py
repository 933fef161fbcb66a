"""Dead letters that delivery itself writes, and the counts of what it published.

* `output_rejected`: the broker refused the outputs of an input (too large, invalid). The
  input is dead-lettered with what fits: first a letter cut to the output limit, then, if
  that is refused too, one with no copy of the original at all.
* `quarantined`: the worker died this many times with the input alone in flight.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from datetime import UTC, datetime

from faust.types import EventT

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.domain.models import DeadLetterReason
from tensionwatch.service.handler import Limits, Output, OutputKind, RecordMeta, dead_letter


class Letters:
    """Builds delivery's dead letters; counts published records and refusals."""

    def __init__(
        self, limits: Limits, metrics: PrometheusMetrics, names: Mapping[OutputKind, str]
    ) -> None:
        self.limits = limits
        self.metrics = metrics
        self.names = names

    def rejected(self, event: EventT[bytes]) -> list[Output]:
        """The `output_rejected` letters of `event`, each smaller than the one before."""
        message = "the broker refused this record's outputs"
        bare = dataclasses.replace(self.limits, dead_letter_max_original_bytes=0)
        reason = DeadLetterReason.OUTPUT_REJECTED
        return [self._letter(event, reason, message, limits) for limits in (self.limits, bare)]

    def quarantined(self, event: EventT[bytes], strikes: int) -> Output:
        """The letter of a record the worker died on `strikes` times."""
        message = (
            f"quarantined: the worker stopped {strikes} times while this record was alone in "
            "flight (crash, kill, lost session or exit); it was not processed again"
        )
        return self._letter(event, DeadLetterReason.QUARANTINED, message, self.limits)

    def sent(self, reason: DeadLetterReason) -> None:
        """Count one of these letters once it is published."""
        self.metrics.dead_lettered(reason)

    def refused(self, outputs: list[Output]) -> None:
        """Count records the broker refused."""
        for output in outputs:
            self.metrics.publish_refused(self.names[output.kind])

    def delivered(self, records: Mapping[str, int], ingest_times: list[float]) -> None:
        """Count what went out, and observe the ingest delay once per article with events."""
        for topic, count in records.items():
            self.metrics.published(topic, count)
        now = time.time()
        for ingest_ts in ingest_times:
            self.metrics.event_delay("ingest", now - ingest_ts)

    def _letter(
        self, event: EventT[bytes], reason: DeadLetterReason, message: str, limits: Limits
    ) -> Output:
        record = event.message
        meta = RecordMeta(record.topic, record.partition, record.offset, record.key)
        return dead_letter(event.value, meta, reason, message, limits, datetime.now(UTC))
