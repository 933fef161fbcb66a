"""The dashboard's hub: bounded state, replay by Last-Event-ID, slow clients dropped."""

from __future__ import annotations

import asyncio
import json

from aiokafka.structs import ConsumerRecord

from tensionwatch.adapters.live import LiveHub
from tensionwatch.adapters.live_state import Bounds


def event(number: int, dyad: str = "RUS|UKR") -> dict[str, object]:
    return {"event_id": f"e{number}", "dyad": dyad, "plover_type": "ASSAULT", "goldstein": -10.0}


def hub(**bounds: int) -> LiveHub:
    topics = {"event": "events", "index": "index", "alert": "alerts", "cluster": "clusters"}
    return LiveHub(topics, Bounds(**bounds))


def test_a_reconnecting_client_gets_exactly_what_it_missed() -> None:
    live = hub()
    messages = [live.accept("event", event(n), 0) for n in range(5)]
    assert all(m is not None for m in messages)
    last = live.event_id(messages[2])  # type: ignore[arg-type]
    missed = live.catch_up(last)
    assert [json.loads(m.data)["event_id"] for m in missed] == ["e3", "e4"]
    assert live.catch_up(live.event_id(messages[4])) == []  # type: ignore[arg-type]


def test_a_client_from_before_the_replay_log_or_another_process_gets_a_snapshot() -> None:
    live = hub(replay=3, events=2)
    for n in range(10):
        live.accept("event", event(n), 0)
    for last in (f"{live.boot}-2", "otherboot-9", None, "garbage"):
        [snapshot] = live.catch_up(last)
        assert snapshot.kind == "snapshot" and snapshot.seq == live.seq
        state = json.loads(snapshot.data)
        assert [e["event_id"] for e in state["events"]] == ["e8", "e9"], "bounded"
    assert len(live.log) == 3


def test_repeated_events_and_alerts_are_sent_once_and_a_changed_alert_again() -> None:
    live = hub()
    assert live.accept("event", event(1), 0) is not None
    assert live.accept("event", event(1), 0) is None
    raised = {"alert_id": "RUS|UKR@2026-11-21", "dyad": "RUS|UKR", "status": "raised"}
    assert live.accept("alert", raised, 0) is not None
    assert live.accept("alert", dict(raised), 0) is None
    assert live.accept("alert", raised | {"status": "withdrawn"}, 0) is not None
    assert live.seq == 3
    [alert] = json.loads(live.snapshot().data)["alerts"]
    assert alert["status"] == "withdrawn"


def test_an_alert_opens_onto_the_clusters_and_events_that_drove_it() -> None:
    live = hub()
    live.accept("event", event(1) | {"cluster_id": "c1", "sentence": "Troops shelled."}, 0)
    live.accept("event", event(2) | {"cluster_id": "c2"}, 0)
    cluster = {"cluster_id": "c1", "dyad": "RUS|UKR", "mentions": 3, "first_sentence": "x"}
    assert live.accept("cluster", cluster, 0) is None, "clusters are looked up, not streamed"
    alert = {"alert_id": "a", "dyad": "RUS|UKR", "clusters": [{"cluster_id": "c1"}]}
    live.accept("alert", alert | {"events": ["e1", "gone"]}, 0)
    drivers = live.state.drivers("a")
    assert drivers is not None
    assert drivers["clusters"] == [cluster]
    assert [e["event_id"] for e in drivers["events"]] == ["e1"], (
        "events no longer kept are left out"
    )
    assert live.state.drivers("unknown") is None


def index(dyad: str, day: str, tension: float) -> dict[str, object]:
    return {"dyad": dyad, "as_of": day, "tension": {"h24": tension, "d7": 0.0, "d30": 0.0}}


def test_the_index_keeps_the_latest_per_dyad_its_daily_history_and_bounded_dyads() -> None:
    live = hub(dyads=2, history=3)
    for n in range(5):
        live.accept("index", index("RUS|UKR", f"2026-11-{10 + n}", float(n)), 0)
    live.accept("index", index("RUS|UKR", "2026-11-14", 4.5), 0)  # the same day, revised
    history = live.state.history["RUS|UKR"]
    assert [level for _, level in history] == [2.0, 3.0, 4.5]
    assert history[1][0] - history[0][0] == 86_400, "one point a day, in event time"
    live.accept("index", {"dyad": "PRK|USA", "level": 9.0}, 0)
    live.accept("index", {"dyad": "CHN|TWN", "level": 1.0}, 0)
    assert list(live.state.index) == ["PRK|USA", "CHN|TWN"], "the dyad updated longest ago went"
    assert set(live.state.history) == {"PRK|USA", "CHN|TWN"}
    live.accept("index", index("RUS|UKR", "2026-11-20", 4.0), 7000)
    state = json.loads(live.snapshot().data)
    assert [d["index"]["dyad"] for d in state["dyads"]] == ["RUS|UKR", "CHN|TWN"]  # by level


async def test_a_client_that_falls_behind_is_dropped_and_memory_stays_bounded() -> None:
    live = hub(client_queue=4)
    slow, fast = live.subscribe(), live.subscribe()
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    received = []
    for n in range(10):
        live.accept("event", event(n), 0)
        message = await fast.next(closed)
        assert message is not None
        received.append(message.seq)
    assert received == list(range(1, 11))
    assert slow.dropped.is_set() and slow not in live.clients and fast in live.clients
    assert slow.queue.qsize() == 4, "never more than its queue"
    assert await slow.next(closed) is None
    assert live.dropped_clients == 1


async def test_a_waiting_client_wakes_when_its_connection_closes() -> None:
    live = hub()
    client = live.subscribe()
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    waiting = asyncio.create_task(client.next(closed))
    await asyncio.sleep(0)
    closed.set_result(None)
    assert await asyncio.wait_for(waiting, 1.0) is None


def test_a_record_is_sent_as_its_own_json_text() -> None:
    live = hub()
    text = json.dumps(event(1) | {"sentence": "Обстрел"}, ensure_ascii=False)
    record = ConsumerRecord(
        topic="events",
        partition=0,
        offset=0,
        timestamp=0,
        timestamp_type=0,
        key=None,
        value=text.encode(),
        checksum=None,
        serialized_key_size=0,
        serialized_value_size=len(text),
        headers=(),
    )
    live._accept_record("event", record)
    assert [m.data for m in live.log] == [text]
