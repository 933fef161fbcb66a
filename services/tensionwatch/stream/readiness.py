"""Readiness: partitions assigned and table recovery finished, and no rebalance under way."""

from __future__ import annotations

from typing import Any

import faust


class Readiness:
    """Callable answering whether the worker is ready to take traffic."""

    def __init__(self, app: faust.App) -> None:
        self.app = app
        self.assigned = False
        app.on_partitions_assigned.connect(self._on_assigned)  # type: ignore[arg-type]

    async def _on_assigned(self, _sender: Any, *_args: Any, signal: Any, **_kwargs: Any) -> None:
        self.assigned = True

    def __call__(self) -> bool:
        """True once assigned and recovered; false again while a rebalance runs."""
        if not self.assigned or self.app.rebalancing:
            return False
        recovery: Any = getattr(self.app.tables, "recovery")  # noqa: B009 - not on TableManagerT
        return bool(recovery.completed.is_set())
