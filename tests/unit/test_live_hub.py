"""The dashboard's hub: bounded state, replay by Last-Event-ID, slow clients dropped."""

from __future__ import annotations

import asyncio
import json

from tensionwatch.adapters.live import Bounds, LiveHub


def event(number: int, dyad: str = "RUS|UKR") -> dict[str, object]:
    return {"event_id": f"e{number}", "dyad": dyad, "plover_type": "ASSAULT", "goldstein": -10.0}


def hub(**bounds: int) -> LiveHub:
    return LiveHub({"event": "events", "index": "index", "alert": "alerts"}, Bounds(**bounds))


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


def test_repeated_event_ids_and_alert_ids_are_sent_once() -> None:
    live = hub()
    assert live.accept("event", event(1), 0) is not None
    assert live.accept("event", event(1), 0) is None
    assert live.accept("alert", {"alert_id": "a1", "dyad": "RUS|UKR"}, 0) is not None
    assert live.accept("alert", {"alert_id": "a1", "dyad": "RUS|UKR"}, 0) is None
    assert live.seq == 2


def test_the_index_keeps_the_latest_per_dyad_a_bounded_history_and_bounded_dyads() -> None:
    live = hub(dyads=2, history=3)
    for n in range(5):
        live.accept("index", {"dyad": "RUS|UKR", "level": float(n)}, 1000 * n)
    live.accept("index", {"dyad": "PRK|USA", "level": 9.0}, 0)
    live.accept("index", {"dyad": "CHN|TWN", "level": 1.0}, 0)
    assert list(live.index) == ["PRK|USA", "CHN|TWN"], "the dyad updated longest ago went"
    assert set(live.history) == {"PRK|USA", "CHN|TWN"}
    live.accept("index", {"dyad": "RUS|UKR", "level": 4.0}, 7000)
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
