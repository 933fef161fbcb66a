"""The benchmark's error."""

from __future__ import annotations

from tensionwatch.domain.errors import TensionwatchError


class BenchError(TensionwatchError):
    """A benchmark scenario could not run or did not finish."""
