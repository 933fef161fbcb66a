"""What the service layer needs from the outside, as protocols (adapters implement them)."""

from __future__ import annotations

from typing import Protocol

from tensionwatch.domain.models import Alert, DeadLetterReason, TensionEvent
from tensionwatch.domain.tension.clusters import ClusterState
from tensionwatch.domain.tension.dyad import DyadState


class MetricsPort(Protocol):
    """Domain measurements; the Prometheus adapter and the test fake implement it."""

    def article_consumed(self) -> None: ...

    def sentences_segmented(self, count: int) -> None: ...

    def sentences_skipped(self, count: int) -> None: ...

    def event_coded(self, event: TensionEvent) -> None: ...

    def escalation_raised(self) -> None: ...

    def dead_lettered(self, reason: DeadLetterReason) -> None: ...

    def stage_duration(self, stage: str, seconds: float) -> None: ...

    def language_detected(self, language: str) -> None: ...

    def markup_stripped(self) -> None: ...

    def events_capped(self, dropped: int) -> None: ...


class LanguageDetector(Protocol):
    """Names the language of a text (the CLD2 adapter, or a fake in tests)."""

    #: The codes a metric names one by one (others are counted together).
    languages: frozenset[str]

    def detect(self, text: str) -> str | None:
        """The ISO 639-1 code of the text's language, or None when it cannot tell."""
        ...


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

    def language_detected(self, language: str) -> None:
        """Ignore."""

    def markup_stripped(self) -> None:
        """Ignore."""

    def events_capped(self, dropped: int) -> None:
        """Ignore."""


class TensionStore(Protocol):
    """The tension stage's state, as the stream's tables hold it (a dict in tests)."""

    def cluster(self, key: str) -> ClusterState | None: ...

    def dyad(self, dyad: str) -> DyadState | None: ...

    def alert(self, alert_id: str) -> Alert | None: ...


class TensionMetricsPort(Protocol):
    """What the tension stage measures."""

    def tension_events(self, outcome: str, count: int) -> None: ...

    def cluster_published(self, sources: int) -> None: ...

    def index_updated(self) -> None: ...

    def alert_published(self, alert: Alert) -> None: ...
