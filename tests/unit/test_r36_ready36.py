"""Readiness waits for the partition owners: faust ends its rebalance ("Worker ready") while
the owners may still be taking their partitions in the group's assignment callback."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from faust.types import TP

from tensionwatch.bootstrap import bootstrap
from tensionwatch.settings import Settings
from tensionwatch.stream.owner import PartitionOwner
from tensionwatch.stream.readiness import Readiness
from tests.fakes import KeywordCoder
from tests.unit.test_owner import A0, A1, Sinks


class Group:
    """The consumer's generation, which faust updates before any assignment callback runs."""

    def __init__(self) -> None:
        self.generation = 0

    def rebalance(self) -> None:
        self.generation += 1


class Owner(PartitionOwner):
    def __init__(self, sinks: Sinks, group: Group) -> None:
        super().__init__({"in"}, sinks, lambda: group.generation, None)  # type: ignore[arg-type]

    async def _slice(self, tp: TP, records: list[Any]) -> None:
        """No records in these tests."""


class HeldReads(Sinks):
    """The committed offsets are read only once `release` is set."""

    def __init__(self) -> None:
        super().__init__({})
        self.reading = asyncio.Event()
        self.release = asyncio.Event()

    async def committed(self, tp: TP) -> int | None:
        self.reading.set()
        await self.release.wait()
        return None


async def test_an_owner_is_settled_only_once_its_offsets_are_read() -> None:
    group, sinks = Group(), HeldReads()
    owner = Owner(sinks, group)
    assert not owner.settled(), "nothing assigned yet"
    group.rebalance()
    taking = asyncio.create_task(owner.on_assigned({A0, A1}))
    await sinks.reading.wait()
    assert not owner.settled(), "assigned, the offsets not read yet"
    sinks.release.set()
    await taking
    assert owner.settled()


async def test_a_new_generation_unsettles_the_owner_until_it_has_taken_it() -> None:
    group = Group()
    owner = Owner(Sinks({}), group)
    group.rebalance()
    await owner.on_assigned({A0})
    group.rebalance()  # the consumer has joined again; faust has not called the owner yet
    assert not owner.settled()
    await owner.on_assigned({A1})
    assert owner.settled()


async def test_an_empty_assignment_settles_the_owner() -> None:
    """More workers than partitions: a worker with nothing to own is as ready as before."""
    group = Group()
    owner = Owner(Sinks({}), group)
    group.rebalance()
    await owner.on_assigned({TP("elsewhere", 0)})
    assert owner._owned == set() and owner.settled()


async def test_a_revocation_and_a_shutdown_unsettle_the_owner() -> None:
    group = Group()
    owner = Owner(Sinks({}), group)
    group.rebalance()
    await owner.on_assigned({A0})
    await owner.on_revoked({A0})
    assert not owner.settled(), "the partitions are let go; the generation is still the same"
    group.rebalance()
    await owner.on_assigned({A0})
    assert owner.settled()
    await owner.on_shutdown()
    assert not owner.settled()
    group.rebalance()
    await owner.on_assigned({A0})  # takes nothing once stopping
    assert not owner.settled()


class Recovery:
    def __init__(self) -> None:
        self.completed = asyncio.Event()


class App:
    """What `Readiness` reads of faust's app."""

    def __init__(self) -> None:
        self.rebalancing = False
        self.tables = type("Tables", (), {"recovery": Recovery()})()
        self.on_partitions_assigned = type("Signal", (), {"connect": lambda _self, _r: None})()


async def test_readiness_waits_for_every_owner_after_faust_ends_the_rebalance() -> None:
    app, group = App(), Group()
    readiness = Readiness(app)  # type: ignore[arg-type]
    first, second = Owner(Sinks({}), group), Owner(Sinks({}), group)
    readiness.require(first.settled)
    readiness.require(second.settled)
    group.rebalance()
    await readiness._on_assigned(app, {A0}, signal=None)
    app.tables.recovery.completed.set()  # faust logs "Worker ready"
    await first.on_assigned({A0})
    assert not readiness(), "the second owner is still taking its partitions"
    await second.on_assigned({A0})
    assert readiness()
    app.rebalancing = True  # the meaning it had: not ready while a rebalance runs
    assert not readiness()


def test_both_owners_are_required_by_the_service(tmp_path: Path) -> None:
    service = bootstrap(Settings(data_dir=str(tmp_path)), coder=KeywordCoder())
    assert service.tension is not None
    checks = service.readiness.checks
    assert service.delivery.settled in checks
    assert service.tension.delivery.settled in checks
