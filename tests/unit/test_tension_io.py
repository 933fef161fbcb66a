"""The tension stage's plumbing without a broker: the grouping outbox, batch chunks, and the
query routes (two servers that route and gather between themselves)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from tensionwatch.adapters.queries import ANSWERED_BY, QueryRoutes, normalized_dyad, sort_key
from tensionwatch.domain.models import Alert, Cluster, DyadIndex, Horizons, IndexPoint
from tensionwatch.stream.coded import GroupingOutbox
from tensionwatch.stream.outbox import partition_of
from tensionwatch.stream.stage_delivery import chunks
from tests.fakes import FakeBatchProducer


async def test_the_grouping_outbox_sends_one_record_per_partition_of_json_lines() -> None:
    producer = FakeBatchProducer(partitions=4, capacity=100)
    outbox = GroupingOutbox(producer, frozenset({"coded"}), max_bytes=4096)
    keys = [b"RUS|UKR", b"PRK|USA", b"CHN|TWN", b"ISR|PSE", b"IRN|USA"]
    for n, key in enumerate(keys):
        await outbox.put("coded", key, f'{{"n": {n}}}'.encode(), source=n)
    await outbox.put("dlq", b"k", b"letter")
    await outbox.flush()
    expected: dict[int, list[bytes]] = {}
    for n, key in enumerate(keys):
        expected.setdefault(partition_of(key, 4), []).append(f'{{"n": {n}}}'.encode())
    sent = {partition: value.split(b"\n") for partition, _, value in producer.records("coded")}
    assert sent == expected and len(sent) < len(keys)
    assert [value for _, _, value in producer.records("dlq")] == [b"letter"]


async def test_a_group_that_would_grow_too_big_is_sent_in_parts() -> None:
    producer = FakeBatchProducer(capacity=100)
    outbox = GroupingOutbox(producer, frozenset({"coded"}), max_bytes=1024 + 25)
    for n in range(5):
        await outbox.put("coded", b"k", b"x" * 10 + str(n).encode())
    await outbox.flush()
    parts = [value.split(b"\n") for _, _, value in producer.records("coded")]
    assert [len(part) for part in parts] == [2, 2, 1]
    assert [line[-1:] for part in parts for line in part] == [b"0", b"1", b"2", b"3", b"4"]


class _Event:
    def __init__(self, size: int) -> None:
        self.value = b"x" * size


def test_a_batch_is_cut_into_chunks_of_bounded_input() -> None:
    events = [_Event(size) for size in (40, 40, 40, 100, 10)]
    cut = [[len(e.value) for e in chunk] for chunk in chunks(events, 90)]  # type: ignore[arg-type]
    assert cut == [[40, 40], [40], [100], [10]]


def test_dyads_in_urls_are_read_in_either_order() -> None:
    assert normalized_dyad("ukr|rus") == "RUS|UKR"
    with pytest.raises(web.HTTPException):
        normalized_dyad("RUS")


def test_sorting_puts_missing_values_first_ascending() -> None:
    items = [{"ratio": 2.0}, {"ratio": None}, {"ratio": 0.5}]
    assert [i["ratio"] for i in sorted(items, key=sort_key("ratio"))] == [None, 0.5, 2.0]


def index(dyad: str, level: float) -> DyadIndex:
    h = Horizons(h24=level, d7=level / 2, d30=level / 4)
    zero = Horizons(h24=0.0, d7=0.0, d30=0.0)
    return DyadIndex(
        dyad=dyad,
        as_of=date(2026, 11, 20),
        conflict=h,
        cooperation=zero,
        tension=h,
        conflict_by_direction={},
        baseline=0.0,
        ratio=None,
        escalated=False,
        escalated_since=None,
        quad_clusters_7d=[0, 0, 0, 1],
        quad_clusters_30d=[0, 0, 0, 1],
        quad_mentions_30d=[0, 0, 0, 1],
    )


class Reader:
    """One worker's part: the dyads it owns."""

    def __init__(self, owned: dict[str, DyadIndex]) -> None:
        self.owned = owned

    def owns(self, dyad: str) -> bool:
        return dyad in self.owned

    def index(self, dyad: str) -> DyadIndex | None:
        return self.owned.get(dyad)

    def indexes(self) -> list[DyadIndex]:
        return list(self.owned.values())

    def history(self, dyad: str, first: date | None, last: date | None) -> list[IndexPoint]:
        return []

    def clusters_of(self, dyad: str) -> list[Cluster]:
        return []

    def recent_clusters(self, limit: int) -> list[Cluster]:
        return []

    def alerts(self, dyad: str | None, limit: int) -> list[Alert]:
        return []


class Peers:
    def __init__(self, owners: dict[str, str]) -> None:
        self.owners = owners
        self.me = ""

    def own_url(self) -> str:
        return self.me

    def owner(self, dyad: str) -> str | None:
        return self.owners.get(dyad)

    def members(self) -> list[str]:
        return sorted(set(self.owners.values()))


@pytest.fixture
async def two_workers() -> AsyncIterator[list[str]]:
    """Two query servers: the first holds RUS|UKR and KOR|PRK, the second PRK|USA."""
    parts = [
        {"RUS|UKR": index("RUS|UKR", 9.0), "KOR|PRK": index("KOR|PRK", 1.0)},
        {"PRK|USA": index("PRK|USA", 4.0)},
    ]
    owners: dict[str, str] = {}
    peers, servers = [], []
    for part in parts:
        app = web.Application()
        peer = Peers(owners)
        QueryRoutes(Reader(part), peer, lambda: True).register(app)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        peer.me = str(server.make_url("")).rstrip("/")
        owners.update(dict.fromkeys(part, peer.me))
        peers.append(peer)
        servers.append(server)
    yield [peer.me for peer in peers]
    for server in servers:
        await server.close()


async def test_either_worker_answers_any_dyad_and_the_same_list(two_workers: list[str]) -> None:
    async with aiohttp.ClientSession() as http:
        answers: list[Any] = []
        for url in two_workers:
            async with http.get(f"{url}/tension/dyads/USA%7CPRK") as response:
                answers.append((response.status, await response.json(), response.headers))
            async with http.get(f"{url}/tension/dyads?sort=conflict.h24&limit=2") as response:
                answers.append((response.status, await response.json(), response.headers))
    one, listed, other, listed_again = answers
    assert one[0] == other[0] == 200 and one[1] == other[1]
    assert one[2][ANSWERED_BY] == other[2][ANSWERED_BY] == two_workers[1]
    assert listed[1] == listed_again[1]
    assert listed[1]["total"] == 3
    assert [item["dyad"] for item in listed[1]["items"]] == ["RUS|UKR", "PRK|USA"]


async def test_an_unknown_dyad_is_a_503_while_nobody_holds_it(two_workers: list[str]) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{two_workers[0]}/tension/dyads/CHN%7CTWN") as response:
            assert response.status == 503
            assert response.headers["Retry-After"] == "1"
        async with http.get(f"{two_workers[0]}/tension/dyads?sort=nope") as response:
            assert response.status == 400
            assert "sort must be one of" in (await response.json())["error"]
