"""Delivery without a broker: slices, commits, refusals, retries, markers and quarantine."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiokafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from faust.types import TP
from prometheus_client import CollectorRegistry

from tensionwatch.adapters.metrics import PrometheusMetrics
from tensionwatch.service.handler import ArticleHandler, Limits, OutputKind
from tensionwatch.stream.delivery import Delivery, Policy
from tensionwatch.stream.ledger import Marker
from tensionwatch.stream.letters import Letters
from tensionwatch.stream.outbox import Outbox
from tensionwatch.stream.progress import Progress
from tests.fakes import FakeBatchProducer, KeywordCoder, RecordingMetrics

NAMES: dict[OutputKind, str] = {"event": "ev", "escalation": "esc", "dead_letter": "dlq"}
P0, P1 = TP("in", 0), TP("in", 1)
SHELLED, MET, NOTHING = "Troops shelled it.", "Envoys met in Geneva.", "Nothing here."


@dataclass
class FakeMessage:
    topic: str
    partition: int
    offset: int
    generation_id: int = 1
    key: bytes | None = None
    timestamp: float = 0.0

    @property
    def tp(self) -> TP:
        return TP(self.topic, self.partition)


@dataclass
class FakeEvent:
    value: bytes
    message: FakeMessage


class FakeSink:
    def __init__(self, sinks: FakeSinks, tp: TP) -> None:
        self.sinks, self.tp = sinks, tp
        self.outbox = Outbox(sinks.producer)

    async def commit(self, next_offset: int) -> None:
        if self.sinks.commit_errors:
            raise self.sinks.commit_errors.pop(0)
        await self.outbox.flush()
        self.sinks.committed_offsets[self.tp] = next_offset
        self.sinks.commits.append((self.tp, next_offset))

    async def abort(self) -> None:
        self.sinks.aborts += 1


@dataclass
class FakeSinks:
    producer: FakeBatchProducer = field(default_factory=FakeBatchProducer)
    transactional: bool = False
    committed_offsets: dict[TP, int] = field(default_factory=dict)
    commits: list[tuple[TP, int]] = field(default_factory=list)
    commit_errors: list[BaseException] = field(default_factory=list)
    aborts: int = 0

    async def open(self, tp: TP) -> FakeSink:
        return FakeSink(self, tp)

    async def committed(self, tp: TP) -> int | None:
        return self.committed_offsets.get(tp)

    async def acquire(self, tps: set[TP]) -> None:
        pass

    async def release(self, tps: set[TP]) -> None:
        pass


@dataclass
class DictLedger:
    markers: dict[TP, Marker] = field(default_factory=dict)
    written: list[tuple[TP, Marker]] = field(default_factory=list)

    async def load(self, tps: Any) -> dict[TP, Marker]:
        return {tp: m for tp, m in self.markers.items() if tp in set(tps)}

    async def mark(self, tp: TP, marker: Marker) -> None:
        self.markers[tp] = marker
        self.written.append((tp, marker))


class Exits(list[BaseException]):
    def __call__(self, error: BaseException) -> None:
        self.append(error)


@dataclass
class Rig:
    delivery: Delivery
    sinks: FakeSinks
    ledger: DictLedger
    metrics: PrometheusMetrics
    exits: Exits

    def values(self, topic: str) -> list[Any]:
        return [json.loads(value) for _, _, value in self.sinks.producer.records(topic)]


async def rig(
    sinks: FakeSinks | None = None, ledger: DictLedger | None = None, **policy: Any
) -> Rig:
    sinks = sinks or FakeSinks()
    ledger = ledger or DictLedger()
    metrics = PrometheusMetrics(CollectorRegistry())
    handler = ArticleHandler(KeywordCoder(), RecordingMetrics(), Limits())
    letters = Letters(handler.limits, metrics, NAMES)
    defaults = {"first_backoff_seconds": 0.001, "give_up_seconds": 0.05}
    delivery = Delivery(
        handler.handle,
        {"in"},
        sinks,
        ledger,
        letters,
        Progress(),
        Policy(**(defaults | policy)),
        generation=lambda: 1,
    )
    exits = Exits()
    delivery.exit = exits
    await delivery.on_assigned({P0, P1, TP("other", 0)})
    return Rig(delivery, sinks, ledger, metrics, exits)


def events(*bodies: str, partition: int = 0, start: int = 0, generation: int = 1) -> list[Any]:
    return [
        FakeEvent(
            json.dumps({"id": f"a{partition}-{start + n}", "body": body}).encode(),
            FakeMessage("in", partition, start + n, generation),
        )
        for n, body in enumerate(bodies)
    ]


def counter(metrics: PrometheusMetrics, name: str, **labels: str) -> float:
    value = metrics.registry.get_sample_value(name, labels)
    return value or 0.0


async def test_each_partition_commits_the_offset_after_its_last_record() -> None:
    r = await rig()
    await r.delivery.run(events(SHELLED, MET, NOTHING) + events(MET, partition=1, start=5))
    assert sorted(r.sinks.commits) == [(P0, 3), (P1, 6)]
    assert len(r.values("ev")) == 3 and len(r.values("esc")) == 1
    assert [tp for tp, _ in r.ledger.written] == [P0, P1], "a marker before each slice"
    assert r.ledger.written[0][1] == Marker(0, 2)
    assert r.delivery.progress.records == 4


async def test_records_from_before_a_rebalance_or_below_the_commit_are_skipped() -> None:
    sinks = FakeSinks(committed_offsets={P0: 2})
    r = await rig(sinks)
    stale = events(SHELLED, partition=1, generation=0)
    await r.delivery.run(events(SHELLED, SHELLED, MET) + stale)
    assert r.sinks.commits == [(P0, 3)], "offsets 0 and 1 were committed; p1's is stale"
    assert [e["plover_type"] for e in r.values("ev")] == ["CONSULT"]


async def test_a_refused_output_dead_letters_its_article_and_the_stream_goes_on() -> None:
    sinks = FakeSinks(producer=FakeBatchProducer(capacity=1, fail_on=b"CONSULT"))
    r = await rig(sinks)
    await r.delivery.run(events(SHELLED, MET, SHELLED))
    assert r.sinks.commits[-1] == (P0, 3)
    letters = r.values("dlq")
    assert [(d["reason"], d["source_offset"]) for d in letters] == [("output_rejected", 1)]
    assert json.loads(base64.b64decode(letters[0]["original"], validate=True))["body"] == MET
    assert counter(r.metrics, "tensionwatch_publish_refusals_total", topic="ev") >= 1
    reason = {"reason": "output_rejected"}
    assert counter(r.metrics, "tensionwatch_dead_letters_total", **reason) == 1
    assert r.exits == []


async def test_exactly_once_resends_every_article_of_a_refused_slice_on_its_own() -> None:
    sinks = FakeSinks(producer=FakeBatchProducer(fail_on=b"CONSULT"), transactional=True)
    r = await rig(sinks)
    await r.delivery.run(events(SHELLED, MET, SHELLED))
    assert r.sinks.commits == [(P0, 1), (P0, 2), (P0, 3)], "one transaction per article"
    assert [d["reason"] for d in r.values("dlq")] == ["output_rejected"]
    assert r.sinks.aborts >= 2


async def test_a_failure_that_passes_is_retried_and_readiness_follows_it() -> None:
    sinks = FakeSinks(commit_errors=[KafkaTimeoutError(), KafkaTimeoutError()])
    r = await rig(sinks, give_up_seconds=30)
    seen: list[bool] = []
    original = r.sinks.open

    async def open_and_look(tp: TP) -> FakeSink:
        seen.append(r.delivery.healthy())
        return await original(tp)

    r.sinks.open = open_and_look  # type: ignore[method-assign]
    await r.delivery.run(events(SHELLED))
    assert r.sinks.commits == [(P0, 1)] and r.exits == []
    assert seen == [True, False, False], "not ready while retrying"
    assert r.delivery.healthy()


async def test_a_failure_that_lasts_ends_the_process_without_a_commit() -> None:
    sinks = FakeSinks(commit_errors=[KafkaTimeoutError()] * 1000)
    r = await rig(sinks, give_up_seconds=0.02)
    await r.delivery.run(events(SHELLED, MET))
    assert r.sinks.commits == [] and len(r.exits) == 1
    assert r.ledger.markers[P0] == Marker(0, 1), "the marker stays for the next start"


async def test_after_a_death_the_range_is_reread_one_record_at_a_time() -> None:
    ledger = DictLedger({P0: Marker(0, 2)})
    r = await rig(ledger=ledger)
    await r.delivery.run(events(SHELLED, MET, NOTHING, SHELLED))
    assert r.sinks.commits == [(P0, 1), (P0, 2), (P0, 3), (P0, 4)]
    assert [m for _, m in ledger.written] == [
        Marker(0, 0, 2, 0),
        Marker(1, 1, 2, 0),
        Marker(2, 2, 2, 0),
        Marker(3, 3),
    ]
    assert r.values("dlq") == []


async def test_a_record_alone_in_flight_at_a_death_is_quarantined() -> None:
    ledger = DictLedger({P0: Marker(1, 1, 2, 0)})
    r = await rig(ledger=ledger, sinks=FakeSinks(committed_offsets={P0: 1}))
    await r.delivery.run(events(SHELLED, MET, NOTHING))
    letters = r.values("dlq")
    assert [(d["reason"], d["source_offset"]) for d in letters] == [("quarantined", 1)]
    assert letters[0]["original"], "the original bytes are kept"
    assert [e["plover_type"] for e in r.values("ev")] == [], "offset 2 had nothing to code"
    assert r.sinks.commits == [(P0, 2), (P0, 3)]


@pytest.mark.parametrize("strikes_allowed", [2])
async def test_quarantine_waits_for_the_configured_number_of_strikes(strikes_allowed: int) -> None:
    ledger = DictLedger({P0: Marker(0, 0, 0, 0)})
    r = await rig(ledger=ledger, quarantine_after=strikes_allowed)
    await r.delivery.run(events(MET))
    assert r.values("dlq") == [] and len(r.values("ev")) == 1
    assert ledger.written[0] == (P0, Marker(0, 0, 0, 1)), "the strike is recorded first"


async def test_a_revocation_mid_batch_commits_exactly_what_was_done() -> None:
    r = await rig()
    done: list[int] = []
    handle = r.delivery.handle

    def handle_then_revoke(raw: bytes, meta: Any) -> Any:
        done.append(meta.offset)
        if meta.offset == 1:
            r.delivery._revoking = True  # what on_revoked sets while it waits for the lock
        return handle(raw, meta)

    r.delivery.handle = handle_then_revoke
    await r.delivery.run(events(SHELLED, MET, SHELLED, MET))
    assert done == [0, 1] and r.sinks.commits == [(P0, 2)]
    assert r.ledger.markers[P0] == Marker(0, 1), "the rest was not in flight when it stopped"
    assert not r.ledger.markers[P0].covers(2), "the next owner reads it in a batch, not alone"


async def test_a_refusal_of_every_letter_is_counted_and_skipped() -> None:
    sinks = FakeSinks(producer=FakeBatchProducer(fail_on=b"{", error=MessageSizeTooLargeError))
    r = await rig(sinks)
    await r.delivery.run(events(SHELLED))
    assert r.sinks.commits[-1] == (P0, 1)
    assert counter(r.metrics, "tensionwatch_publish_refusals_total", topic="dlq") == 2


@pytest.mark.parametrize("transactional", [False, True])
async def test_records_produced_counts_what_the_broker_kept(transactional: bool) -> None:
    producer = FakeBatchProducer(capacity=1, fail_on=b"CONSULT")
    r = await rig(FakeSinks(producer=producer, transactional=transactional))
    await r.delivery.run(events(SHELLED, MET, SHELLED))
    accepted = sum(len(batch) for _, _, batch in producer.sent if b"CONSULT" not in batch[0][1])
    counted = sum(
        counter(r.metrics, "tensionwatch_records_produced_total", topic=topic)
        for topic in NAMES.values()
    )
    if transactional:  # what the per-article transactions committed; the aborted one not
        assert counted == 5, "two events, two escalations, one output_rejected letter"
    else:
        assert counted == accepted, "everything delivered, once per delivery"


class ArticlesOnTheBroker:
    """Reads the partition's articles straight from the 'broker'."""

    def __init__(self, records: list[Any]) -> None:
        self.records = {r.message.offset: r for r in records}
        self.reads: list[tuple[int, int]] = []

    async def __call__(self, tp: TP, start: int, end: int) -> list[Any]:
        self.reads.append((start, end))
        return [self.records[n] for n in range(start, end) if n in self.records]


async def test_articles_the_consumer_skipped_are_read_from_the_broker_and_coded() -> None:
    from tensionwatch.stream.gap_reader import Gaps

    batch = events(SHELLED, MET, SHELLED, MET)
    broker = ArticlesOnTheBroker(batch)
    r = await rig()
    r.delivery.gaps = Gaps(broker, "delivery")
    await r.delivery.on_assigned({P0, P1})
    await r.delivery.run([batch[0], batch[3]])  # 1 and 2 were lost on the way
    assert broker.reads == [(1, 3)]
    assert r.sinks.committed_offsets[P0] == 4
    coded = {e["article_id"] for e in r.values("ev")}
    assert coded == {"a0-0", "a0-1", "a0-2", "a0-3"}


def test_the_backoffs_double_from_the_first_up_to_the_largest() -> None:
    waits = Policy(first_backoff_seconds=0.5, max_backoff_seconds=3.0).backoffs()
    assert [next(waits) for _ in range(6)] == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0]
