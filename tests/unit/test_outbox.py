"""The outbox: records packed into per-partition batches, keyed as the Java client keys them."""

from __future__ import annotations

import pytest
from aiokafka.errors import KafkaTimeoutError, MessageSizeTooLargeError
from aiokafka.partitioner import DefaultPartitioner
from aiokafka.producer.message_accumulator import BatchBuilder

from tensionwatch.stream.outbox import Outbox, PublishFailed, PublishRefused, partition_of
from tests.fakes import FakeBatchProducer

KEYS = [b"USA-RUS", b"PRK-USA", b"ISR-PSE", b"RUS-UKR", b"", b"CHN-TWN", b"x" * 300]


@pytest.mark.parametrize("partitions", [1, 3, 4, 12])
def test_a_key_lands_where_the_default_partitioner_puts_it(partitions: int) -> None:
    every = list(range(partitions))
    for key in KEYS:
        assert partition_of(key, partitions) == DefaultPartitioner()(key, every, every)


async def test_records_keep_their_order_within_a_partition() -> None:
    producer = FakeBatchProducer(partitions=4, capacity=100)
    outbox = Outbox(producer)
    sent = [(KEYS[n % 4], f"v{n}".encode()) for n in range(40)]
    for key, value in sent:
        await outbox.put("events", key, value)
    await outbox.flush()
    records = producer.records("events")
    assert sorted((k, v) for _, k, v in records) == sorted(sent)
    for key in KEYS[:4]:
        on_key = [(p, v) for p, k, v in records if k == key]
        assert {p for p, _ in on_key} == {partition_of(key, 4)}
        assert [v for _, v in on_key] == [v for k, v in sent if k == key]


async def test_a_full_batch_is_sent_and_a_new_one_opened() -> None:
    producer = FakeBatchProducer(partitions=1, capacity=3)
    outbox = Outbox(producer)
    for n in range(7):
        await outbox.put("events", b"k", str(n).encode())
    assert [len(batch) for *_, batch in producer.sent] == [3, 3], "full batches go out at once"
    await outbox.flush()
    assert [len(batch) for *_, batch in producer.sent] == [3, 3, 1]
    assert outbox.records == {"events": 7}


async def test_topics_get_batches_of_their_own() -> None:
    producer = FakeBatchProducer(partitions=2)
    outbox = Outbox(producer)
    await outbox.put("events", b"k", b"e")
    await outbox.put("escalations", b"k", b"x")
    await outbox.flush()
    assert {(topic, len(batch)) for topic, _, batch in producer.sent} == {
        ("events", 1),
        ("escalations", 1),
    }
    assert outbox.records == {"events": 1, "escalations": 1}


async def test_a_refused_batch_names_the_inputs_it_held() -> None:
    producer = FakeBatchProducer(partitions=1, capacity=2, fail_on=b"bad")
    outbox = Outbox(producer)
    await outbox.put("events", b"k", b"good", source=0)
    await outbox.put("events", b"k", b"fine", source=1)
    await outbox.put("events", b"k", b"bad", source=2)
    with pytest.raises(PublishRefused) as refused:
        await outbox.flush()
    assert refused.value.sources == {2}, "the first batch was delivered"
    assert isinstance(refused.value.error, MessageSizeTooLargeError)


async def test_a_failure_that_may_pass_is_told_apart_from_a_refusal() -> None:
    producer = FakeBatchProducer(partitions=1, fail_on=b"v", error=KafkaTimeoutError)
    outbox = Outbox(producer)
    await outbox.put("events", b"k", b"v", source=7)
    with pytest.raises(PublishFailed) as failed:
        await outbox.flush()
    assert failed.value.sources == {7}


def test_an_empty_aiokafka_batch_takes_a_record_over_its_size() -> None:
    """The outbox relies on this to never drop a record that outgrows a fresh batch."""
    batch = BatchBuilder(1024, 0)  # no compression
    assert batch.append(timestamp=None, key=b"k", value=b"v" * 4096) is not None
    assert batch.append(timestamp=None, key=b"k", value=b"v") is None, "then it is full"


async def test_an_explicit_partition_overrides_the_key() -> None:
    """A changelog record follows its input partition, whatever its key hashes to."""
    producer = FakeBatchProducer(partitions=4)
    outbox = Outbox(producer)
    await outbox.put("changelog", KEYS[0], b"state", partition=3)
    await outbox.put("events", KEYS[0], b"event")
    await outbox.flush()
    assert producer.records("changelog") == [(3, KEYS[0], b"state")]
    assert producer.records("events") == [(partition_of(KEYS[0], 4), KEYS[0], b"event")]


async def test_a_partition_the_topic_lacks_fails_the_batch_with_what_the_metadata_holds() -> None:
    producer = FakeBatchProducer(partitions=2)
    outbox = Outbox(producer)
    await outbox.put("t", b"k", b"v", source=5, partition=3)
    with pytest.raises(PublishFailed) as raised:
        await outbox.flush()
    assert raised.value.sources == {5}
    assert "t has partitions [0, 1], not 3" in str(raised.value)
    assert producer.sent == []  # never handed to the producer, which would only assert
