"""Per-partition progress of the agent, for consumer-lag metrics and the demo's accounting."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any

from faust.types import TP


class Progress:
    """Remembers the last processed offset (and its timestamp) of every partition."""

    def __init__(self) -> None:
        self._next_offset: dict[TP, int] = {}
        self._last_ts: dict[TP, float] = {}
        self.records = 0
        self.outputs = 0

    def processed(self, tp: TP, offset: int, timestamp: float, outputs: int) -> None:
        """Note that the record at `offset` of `tp` is handled and its `outputs` were sent."""
        self._next_offset[tp] = offset + 1
        self._last_ts[tp] = timestamp
        self.records += 1
        self.outputs += outputs

    def next_offset(self, topic: str, partition: int) -> int | None:
        """The offset after the last record processed on a partition (None: none yet)."""
        return self._next_offset.get(TP(topic, partition))

    def lag(self, consumer: Any, topics: set[str]) -> dict[str, tuple[int, float]]:
        """Per topic of `topics` (the inputs this progress is about, not the tables'
        changelogs, which are read only at recovery): records behind the high-water mark, and
        seconds since the last one done."""
        records: dict[str, int] = defaultdict(int)
        seconds: dict[str, float] = defaultdict(float)
        now = time.time()
        for tp in consumer.assignment():
            if tp.topic not in topics:
                continue
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            done = self._next_offset.get(tp, _committed(consumer, tp))
            behind = max(int(highwater) - done, 0)
            records[tp.topic] += behind
            if behind and tp in self._last_ts:
                seconds[tp.topic] = max(seconds[tp.topic], now - self._last_ts[tp])
        return {topic: (records[topic], seconds[topic]) for topic in records}


def _committed(consumer: Any, tp: TP) -> int:
    """The consumer's committed offset for `tp` (0 when none), before we process anything."""
    committed = getattr(consumer, "_committed_offset", {}).get(tp)
    return int(committed) if committed is not None else 0
