"""The tension stage's direct reader of missing offsets, against the test broker."""

from __future__ import annotations

from aiokafka import AIOKafkaProducer
from faust.types import TP

from tensionwatch.adapters.admin import ensure_topics
from tensionwatch.stream.gap_reader import GapReader
from tests.streaming import SettingsFactory


async def test_it_reads_exactly_the_offsets_asked_for(
    make_settings: SettingsFactory, producer: AIOKafkaProducer
) -> None:
    settings = make_settings()
    topic = settings.topic_coded
    await ensure_topics(settings, [topic])
    for n in range(10):
        await producer.send_and_wait(topic, f"record {n}".encode(), key=b"k", partition=1)
    read = GapReader(settings)
    middle = await read(TP(topic, 1), 3, 7)
    assert [(r.message.offset, r.value) for r in middle] == [
        (n, f"record {n}".encode()) for n in range(3, 7)
    ]
    assert all(r.message.tp == TP(topic, 1) and r.message.key == b"k" for r in middle)
    assert all(r.message.timestamp > 1e9 for r in middle), "seconds, like faust's"
    tail = await read(TP(topic, 1), 8, 10)
    assert [r.message.offset for r in tail] == [8, 9]
