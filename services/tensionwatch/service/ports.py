"""What the service layer needs from the outside, as protocols (adapters implement them)."""

from __future__ import annotations

from typing import Protocol

from tensionwatch.domain.models import DeadLetterReason, TensionEvent


class MetricsPort(Protocol):
    """Domain measurements; the Prometheus adapter and the test fake implement it."""

    def article_consumed(self) -> None: ...

    def sentences_segmented(self, count: int) -> None: ...

    def sentences_skipped(self, count: int) -> None: ...

    def event_coded(self, event: TensionEvent) -> None: ...

    def escalation_raised(self) -> None: ...

    def dead_lettered(self, reason: DeadLetterReason) -> None: ...

    def stage_duration(self, stage: str, seconds: float) -> None: ...


class NullMetrics:
    """Measures nothing: for the offline CLI, where no one scrapes."""

    def article_consumed(self) -> None:
        """Ignore."""

    def sentences_segmented(self, count: int) -> None:
        """Ignore."""

    def sentences_skipped(self, count: int) -> None:
        """Ignore."""

    def event_coded(self, event: TensionEvent) -> None:
        """Ignore."""

    def escalation_raised(self) -> None:
        """Ignore."""

    def dead_lettered(self, reason: DeadLetterReason) -> None:
        """Ignore."""

    def stage_duration(self, stage: str, seconds: float) -> None:
        """Ignore."""
