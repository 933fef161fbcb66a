"""Readiness: the broker answers, partitions are assigned, table recovery is finished, every
partition owner has taken what the group last assigned to it, and no rebalance is under way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import faust


def _always() -> bool:
    return True


class Readiness:
    """Callable answering whether the worker is ready to take traffic."""

    def __init__(self, app: faust.App, broker_up: Callable[[], bool] = _always) -> None:
        self.app = app
        self.broker_up = broker_up
        self.assigned = False
        self.checks: list[Callable[[], bool]] = []
        app.on_partitions_assigned.connect(self._on_assigned)  # type: ignore[arg-type]

    async def _on_assigned(self, _sender: Any, *_args: Any, signal: Any, **_kwargs: Any) -> None:
        self.assigned = True

    def require(self, check: Callable[[], bool]) -> None:
        """Also require `check` (delivery adds "publishing works"; each partition owner adds
        "the latest assignment is taken", `PartitionOwner.settled`)."""
        self.checks.append(check)

    def __call__(self) -> bool:
        """True once assigned and recovered and the required checks hold (every partition
        owner has taken its assignment); false again while a rebalance runs or while the
        broker is unreachable."""
        if not self.broker_up() or not self.assigned or self.app.rebalancing:
            return False
        recovery: Any = getattr(self.app.tables, "recovery")  # noqa: B009 - not on TableManagerT
        return bool(recovery.completed.is_set()) and all(check() for check in self.checks)
