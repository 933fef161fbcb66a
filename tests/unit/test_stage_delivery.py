"""The tension stage's delivery without a broker: a record the broker refuses becomes a dead
letter and the slice is committed; the process does not end (which would repeat for ever)."""

from __future__ import annotations

import asyncio
import base64
import json
from dataclasses import dataclass, field
from typing import Any, cast

import orjson
import pytest
from aiokafka.errors import NotLeaderForPartitionError, RequestTimedOutError
from faust.types import TP
from prometheus_client import CollectorRegistry

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.domain.tension.params import TensionParams
from tensionwatch.service.handler import Limits
from tensionwatch.service.tension import EmitKind, TensionStage, Write
from tensionwatch.stream.delivery import Policy
from tensionwatch.stream.gap_reader import GIVE_UP_AFTER, Gaps
from tensionwatch.stream.outbox import Outbox, PublishFailed
from tensionwatch.stream.progress import Progress
from tensionwatch.stream.stage_delivery import StageDelivery, StageParts
from tests.fakes import FakeBatchProducer, MemoryTensionStore, TensionMetrics
from tests.tension_scenarios import coded, three_outlets_one_act
from tests.unit.test_delivery import FakeEvent, FakeMessage

NAMES: dict[EmitKind, str] = {
    "event": "ev",
    "cluster": "cl",
    "index": "ix",
    "alert": "al",
    "dead_letter": "dlq",
}
CODED = TP("coded", 0)


class Tables(MemoryTensionStore):
    """The stage's tables as dicts, with the changelog records the stream layer writes."""

    def keep(self, write: Any) -> tuple[str, bytes, bytes | None]:  # type: ignore[override]
        assert isinstance(write, Write)
        table = self.dyads if write.table == "dyads" else self.clusters
        if write.value is None:
            table.pop(write.key, None)
            return f"{write.table}-changelog", write.key.encode(), None
        table[write.key] = write.value
        return f"{write.table}-changelog", write.key.encode(), orjson.dumps(write.value.to_json())

    def keep_alert(self, alert: Any, partition: int) -> None:
        self.alerts[alert.alert_id] = alert


class View:
    def indexed(self, indexes: dict[str, Any]) -> None:
        pass


@dataclass
class Attempt:
    producer: FakeBatchProducer
    committed: int | None = None
    aborted: bool = False


@dataclass
class Sinks:
    """One producer per attempt. With transactions an aborted attempt's records never show;
    without, whatever the broker took stays."""

    transactional: bool
    fail_on: tuple[bytes, ...]
    attempts: list[Attempt] = field(default_factory=list)

    async def open(self, tp: TP) -> Any:
        attempt = Attempt(Refusing(self.fail_on))
        self.attempts.append(attempt)
        return Sink(attempt)

    async def committed(self, tp: TP) -> int | None:
        done = [a.committed for a in self.attempts if a.committed is not None]
        return done[-1] if done else None

    async def acquire(self, tps: set[TP]) -> None:
        pass

    async def release(self, tps: set[TP]) -> None:
        pass

    def delivered(self, topic: str) -> list[bytes]:
        """Values the broker kept on `topic` (refused batches left out)."""
        kept = []
        for attempt in self.attempts:
            if self.transactional and attempt.committed is None:
                continue
            for _, records in _batches(attempt.producer, topic):
                if not any(mark in value for _, value in records for mark in self.fail_on):
                    kept += [value for _, value in records]
        return kept


class Refusing(FakeBatchProducer):
    """Refuses (MessageSizeTooLarge) every batch holding a value with one of `marks`."""

    def __init__(self, marks: tuple[bytes, ...]) -> None:
        super().__init__(partitions=2, capacity=50)
        self.marks = marks

    async def send_batch(self, batch: Any, topic: str, *, partition: int) -> Any:
        values = [value for _, value in batch.records]
        self.fail_on = next((m for m in self.marks for v in values if m in v), None)
        return await super().send_batch(batch, topic, partition=partition)


def _batches(producer: FakeBatchProducer, topic: str) -> list[tuple[int, list[Any]]]:
    return [(p, records) for t, p, records in producer.sent if t == topic]


class Sink:
    def __init__(self, attempt: Attempt) -> None:
        self.attempt = attempt
        self.outbox = Outbox(attempt.producer)

    async def commit(self, next_offset: int) -> None:
        await self.outbox.flush()
        self.attempt.committed = next_offset

    async def abort(self) -> None:
        self.attempt.aborted = True


async def delivered_through(transactional: bool, *fail_on: bytes) -> tuple[Sinks, StageDelivery]:
    tables = Tables()
    stage = TensionStage(TensionParams(), tables, TensionMetrics(), Limits())
    metrics = PrometheusMetrics(CollectorRegistry())
    parts = StageParts(stage, cast(Any, tables), cast(Any, View()), metrics, Progress())
    sinks = Sinks(transactional, fail_on)
    delivery = StageDelivery(parts, cast(Any, sinks), NAMES, {"coded"}, generation=lambda: 1)
    await delivery.on_assigned({CODED})
    lines = coded(three_outlets_one_act())
    records = [FakeEvent(line, FakeMessage("coded", 0, n)) for n, line in enumerate(lines)]
    await delivery.run(cast(Any, records))
    return sinks, delivery


@pytest.mark.parametrize("transactional", [False, True])
async def test_a_refused_event_becomes_a_dead_letter_and_the_slice_is_committed(
    transactional: bool,
) -> None:
    refused_article = b'"article_id":"tw-a3"'
    sinks, delivery = await delivered_through(transactional, refused_article)
    lines = coded(three_outlets_one_act())
    assert sinks.attempts[-1].committed == len(lines), "the whole slice is committed"
    events = [json.loads(value) for value in sinks.delivered("ev")]
    assert {e["article_id"] for e in events} == {"tw-a1", "tw-a2", "tw-a4"}
    expected = [line for line in lines if refused_article not in line]
    if transactional:
        assert len(events) == len(expected), "an aborted attempt leaves nothing behind"
        assert any(a.aborted for a in sinks.attempts)
    [letter] = [json.loads(value) for value in sinks.delivered("dlq")]
    assert letter["reason"] == "output_rejected"
    assert letter["source_topic"] == "coded" and letter["source_partition"] == 0
    original = json.loads(base64.b64decode(letter["original"], validate=True))
    assert original["article_id"] == "tw-a3" and original["cluster_id"]
    assert refused_article in lines[letter["source_offset"]]
    metrics = delivery.parts.metrics.registry
    assert metrics.get_sample_value("tensionwatch_publish_refusals_total", {"topic": "ev"}) == 1
    assert sinks.delivered("cl") and sinks.delivered("ix"), "the stage's other records go out"
    assert sinks.delivered("clusters-changelog") and sinks.delivered("dyads-changelog")


@pytest.mark.parametrize("transactional", [False, True])
async def test_a_record_refused_with_every_letter_is_skipped_and_the_slice_committed(
    transactional: bool,
) -> None:
    letters = b'"reason":"output_rejected"'
    sinks, delivery = await delivered_through(transactional, b'"article_id":"tw-a3"', letters)
    assert sinks.attempts[-1].committed == len(coded(three_outlets_one_act()))
    events = [json.loads(value) for value in sinks.delivered("ev")]
    assert {e["article_id"] for e in events} == {"tw-a1", "tw-a2", "tw-a4"}
    assert sinks.delivered("dlq") == []
    registry = delivery.parts.metrics.registry
    refused = {
        topic: registry.get_sample_value("tensionwatch_publish_refusals_total", {"topic": topic})
        for topic in ("ev", "dlq")
    }
    assert refused == {"ev": 1, "dlq": 2}, "the event, then its two letters"


class Broker:
    """Reads offsets [start, end) of the coded partition from what the broker holds."""

    def __init__(self, lines: list[bytes], holds: set[int] | None = None) -> None:
        self.lines = lines
        self.holds = set(range(len(lines))) if holds is None else holds
        self.reads: list[tuple[int, int]] = []

    async def __call__(self, tp: TP, start: int, end: int) -> list[Any]:
        self.reads.append((start, end))
        return list(at(self.lines, *(n for n in range(start, end) if n in self.holds)))


async def gapless_delivery(
    holds: set[int] | None = None, transactional_input: bool = False
) -> tuple[Sinks, StageDelivery, Broker]:
    tables = Tables()
    stage = TensionStage(TensionParams(), tables, TensionMetrics(), Limits())
    metrics = PrometheusMetrics(CollectorRegistry())
    parts = StageParts(stage, cast(Any, tables), cast(Any, View()), metrics, Progress())
    sinks = Sinks(False, ())
    broker = Broker(coded(three_outlets_one_act()), holds)
    gaps = Gaps(broker, "tension", markers=transactional_input)
    delivery = StageDelivery(
        parts, cast(Any, sinks), NAMES, {"coded"}, generation=lambda: 1, gaps=gaps
    )
    await delivery.on_assigned({CODED})
    return sinks, delivery, broker


def at(lines: list[bytes], *offsets: int) -> Any:
    return cast(Any, [FakeEvent(lines[n], FakeMessage("coded", 0, n)) for n in offsets])


def committed(sinks: Sinks) -> list[int | None]:
    return [a.committed for a in sinks.attempts if a.committed is not None]


def published(sinks: Sinks) -> list[str]:
    return [json.loads(value)["event_id"] for value in sinks.delivered("ev")]


def ids(lines: list[bytes]) -> list[str]:
    return [json.loads(line)["event_id"] for line in lines]


async def test_records_the_consumer_skipped_are_read_from_the_broker_in_their_place() -> None:
    sinks, delivery, broker = await gapless_delivery()
    lines = broker.lines
    await delivery.run(at(lines, 0, 1))
    await delivery.run(at(lines, 3, 5))  # 2 and 4 were lost on the way
    assert broker.reads == [(2, 3), (4, 5)]
    assert committed(sinks) == [2, 6]
    assert published(sinks) == ids(lines[:6]), "every event once, in offset order"


async def test_a_repeat_within_a_batch_is_done_once() -> None:
    sinks, delivery, broker = await gapless_delivery()
    await delivery.run(at(broker.lines, 0, 1, 1, 2))
    assert published(sinks) == ids(broker.lines[:3]) and broker.reads == []


async def test_offsets_the_broker_holds_nothing_for_are_passed_over() -> None:
    sinks, delivery, broker = await gapless_delivery(holds={0, 1, 3})
    await delivery.run(at(broker.lines, 0, 3))
    assert broker.reads == [(1, 3)] and committed(sinks) == [4]
    assert published(sinks) == ids([broker.lines[n] for n in (0, 1, 3)])


async def test_with_transactions_gaps_are_the_commit_markers_and_are_read_through() -> None:
    sinks, delivery, broker = await gapless_delivery(transactional_input=True)
    await delivery.run(at(broker.lines, 0, 2, 4))
    assert committed(sinks) == [5] and broker.reads == []


async def test_with_transactions_the_first_gap_after_an_assignment_is_read() -> None:
    # 0 and 1 were dropped by the consumer around the rebalance; 3 is a commit marker.
    sinks, delivery, broker = await gapless_delivery(
        holds={0, 1, 2, 4, 5}, transactional_input=True
    )
    lines = broker.lines
    await delivery.run(at(lines, 2, 4))
    assert broker.reads == [(0, 2)], "only the gap before the first record"
    assert published(sinks) == ids([lines[n] for n in (0, 1, 2, 4)])
    assert committed(sinks) == [5]
    await delivery.on_assigned({CODED})  # a rebalance that leaves the partition here
    await delivery.run(at(lines, 5))
    assert broker.reads == [(0, 2)], "the first record follows the commit: nothing to read"
    assert committed(sinks) == [5, 6] and published(sinks)[-1] == ids([lines[5]])[0]


async def test_with_markers_gaps_longer_than_a_marker_and_the_first_after_assignment_are_read() -> (
    None
):
    broker = Broker([b"x"] * 40, holds=set(range(0, 40, 2)))  # every other offset a marker
    gaps = Gaps(broker, "markers", markers=True)
    gaps.assigned({CODED})
    await gaps.filled(CODED, 0, at(broker.lines, *range(0, 20, 2)))
    assert broker.reads == [], "one offset between records: their transaction's marker"
    gaps.assigned({CODED})
    first = await gaps.filled(CODED, 19, at(broker.lines, 20, 22))
    assert broker.reads == [(19, 20)] and [r.message.offset for r in first] == [20, 22]
    dropped = await gaps.filled(CODED, 23, at(broker.lines, 28, 30))  # 24 and 26 dropped
    assert broker.reads[-1] == (23, 28)
    assert [r.message.offset for r in dropped] == [24, 26, 28, 30]
    assert len(broker.reads) == 2


async def test_gaps_found_empty_still_have_the_first_after_an_assignment_read() -> None:
    broker = Broker([b"x"] * 40, holds=set(range(0, 40, 2)))
    gaps = Gaps(broker, "found")
    gaps.assigned({CODED})
    await gaps.filled(CODED, 0, at(broker.lines, *range(0, 20, 2)))
    assert len(broker.reads) == GIVE_UP_AFTER
    gaps.assigned({CODED})
    first = await gaps.filled(CODED, 20, at(broker.lines, 24))
    assert broker.reads[-1] == (20, 24) and [r.message.offset for r in first] == [20, 22, 24]


async def test_a_partition_of_an_input_in_transactions_idle_behind_its_mark_is_read_once() -> None:
    broker = Broker([b"x"] * 10, holds={0, 2, 4})
    gaps = Gaps(broker, "markers", markers=True)
    gaps.assigned({CODED})
    await gaps.filled(CODED, 0, at(broker.lines, 0, 2))
    assert await gaps.tail(CODED, 3, 6) == [], "not idle yet"
    gaps._seen[CODED] = 0.0  # idle since long ago
    assert [r.message.offset for r in await gaps.tail(CODED, 3, 6)] == [4]
    assert await gaps.tail(CODED, 3, 6) == [] and broker.reads == [(3, 6)], "once per mark"


async def test_a_partition_idle_behind_its_high_water_mark_is_read_directly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sinks, delivery, broker = await gapless_delivery()
    await delivery.run(at(broker.lines, 0, 1))
    await delivery.catch_up(lambda tp: 4)
    assert broker.reads == [], "not idle yet"
    monkeypatch.setattr("tensionwatch.stream.gap_reader.IDLE_SECONDS", 0.0)
    await delivery.catch_up(lambda tp: 4)
    assert broker.reads == [(2, 4)] and committed(sinks) == [2, 4]
    await delivery.catch_up(lambda tp: 4)
    assert broker.reads == [(2, 4)], "nothing left behind: no read"


async def test_a_partition_whose_gaps_hold_nothing_is_no_longer_checked() -> None:
    broker = Broker([b"x"] * 40, holds=set(range(0, 40, 2)))  # every other offset a marker
    gaps = Gaps(broker, "test")
    records = at(broker.lines, *range(0, 40, 2))
    filled = await gaps.filled(CODED, 0, records)
    assert [r.message.offset for r in filled] == list(range(0, 40, 2))
    assert len(broker.reads) == GIVE_UP_AFTER, "then no more reads"


class FlakySinks(Sinks):
    """The first `failures` attempts fail for a reason that may pass: the broker answers
    NotLeaderForPartition to every batch (`where="publish"`), or the records go through and
    the commit fails (`where="commit"`)."""

    def __init__(self, transactional: bool, failures: int, where: str = "publish") -> None:
        super().__init__(transactional, ())
        self.failures = failures
        self.where = where
        self.lost: set[int] = set()  # attempts whose batches the broker did not take

    async def open(self, tp: TP) -> Any:
        failing = len(self.attempts) < self.failures
        if failing and self.where == "publish":
            self.lost.add(len(self.attempts))
            producer = FakeBatchProducer(2, 50, fail_on=b'"', error=NotLeaderForPartitionError)
        else:
            producer = FakeBatchProducer(2, 50)
        attempt = Attempt(producer)
        self.attempts.append(attempt)
        return FlakySink(attempt, failing and self.where == "commit")

    def delivered(self, topic: str) -> list[bytes]:
        return [
            value
            for n, attempt in enumerate(self.attempts)
            if n not in self.lost and not (self.transactional and attempt.committed is None)
            for _, records in _batches(attempt.producer, topic)
            for _, value in records
        ]


class FlakySink(Sink):
    def __init__(self, attempt: Attempt, fail_commit: bool) -> None:
        super().__init__(attempt)
        self.fail_commit = fail_commit

    async def commit(self, next_offset: int) -> None:
        await self.outbox.flush()
        if self.fail_commit:
            raise RequestTimedOutError("the group coordinator did not answer")
        self.attempt.committed = next_offset


async def flaky_delivery(
    sinks: FlakySinks, generations: list[int] | None = None, give_up: float = 5.0
) -> StageDelivery:
    tables = Tables()
    stage = TensionStage(TensionParams(), tables, TensionMetrics(), Limits())
    metrics = PrometheusMetrics(CollectorRegistry())
    parts = StageParts(stage, cast(Any, tables), cast(Any, View()), metrics, Progress())
    now = generations or [1]
    policy = Policy(give_up_seconds=give_up, first_backoff_seconds=0.01, max_backoff_seconds=0.02)
    delivery = StageDelivery(
        parts, cast(Any, sinks), NAMES, {"coded"}, generation=lambda: now[0], policy=policy
    )
    await delivery.on_assigned({CODED})
    return delivery


@pytest.mark.parametrize("where", ["publish", "commit"])
async def test_without_transactions_a_failure_that_passes_is_retried_and_the_slice_committed(
    where: str,
) -> None:
    sinks = FlakySinks(False, failures=2, where=where)
    delivery = await flaky_delivery(sinks)
    lines = coded(three_outlets_one_act())
    await delivery.run(at(lines, *range(len(lines))))
    assert [a.committed for a in sinks.attempts] == [None, None, len(lines)]
    events = sinks.delivered("ev")
    assert {json.loads(v)["event_id"] for v in events} == set(ids(lines))
    alerts = [json.loads(v)["alert_id"] for v in sinks.delivered("al")]
    assert alerts and len(alerts) == len(set(alerts)), "each alert once, also on a retry"
    assert sinks.delivered("dyads-changelog"), "the state goes out with the records"
    if where == "commit":  # delivered by the failed attempts, then once more
        assert len(events) == 3 * len(lines)
    else:
        assert len(events) == len(lines)


async def test_with_transactions_a_failure_that_may_pass_still_ends_the_slice() -> None:
    sinks = FlakySinks(True, failures=1)
    delivery = await flaky_delivery(sinks)
    lines = coded(three_outlets_one_act())
    with pytest.raises(PublishFailed):
        await delivery.run(at(lines, *range(len(lines))))
    assert len(sinks.attempts) == 1 and sinks.attempts[0].aborted


async def test_a_retry_gives_up_after_the_give_up_time() -> None:
    sinks = FlakySinks(False, failures=10_000)
    # 0.5 s of retries 0.01-0.02 s apart: at most about 50 attempts, and still several on a
    # loaded machine whose sleeps run long (0.1 s left room for only two there)
    delivery = await flaky_delivery(sinks, give_up=0.5)
    lines = coded(three_outlets_one_act())
    with pytest.raises(PublishFailed):
        await delivery.run(at(lines, *range(len(lines))))
    assert 2 < len(sinks.attempts) < 100 and not sinks.delivered("ev")


async def test_a_retry_gives_up_when_the_group_rebalanced_meanwhile() -> None:
    sinks = FlakySinks(False, failures=10_000)
    generations = [1]
    delivery = await flaky_delivery(sinks, generations)
    lines = coded(three_outlets_one_act())
    run = asyncio.ensure_future(delivery.run(at(lines, *range(len(lines)))))
    while len(sinks.attempts) < 3:
        await asyncio.sleep(0.005)
    generations[0] = 2
    with pytest.raises(PublishFailed):
        await asyncio.wait_for(run, 5)


async def test_a_retry_gives_up_when_partitions_are_being_revoked() -> None:
    sinks = FlakySinks(False, failures=10_000)
    delivery = await flaky_delivery(sinks)
    lines = coded(three_outlets_one_act())
    run = asyncio.ensure_future(delivery.run(at(lines, *range(len(lines)))))
    while len(sinks.attempts) < 3:
        await asyncio.sleep(0.005)
    revoke = asyncio.ensure_future(delivery.on_revoked({CODED}))
    with pytest.raises(PublishFailed):
        await asyncio.wait_for(run, 5)
    await asyncio.wait_for(revoke, 5)
