"""The hand-over from the coding agent to the tension stage: coded events keyed by dyad.

A batch of articles codes to thousands of events over a few dozen dyads. Sent one record an
event, the stage would pay faust's per-record cost (about as much as the coding agent's own
per-record work) for each, and its stream, fed one record per turn of the event loop while the
coding agent holds the loop for each slice it codes, would fall seconds behind. The grouping
outbox sends one record per partition per slice instead, its value the events (of every dyad
that partition holds) as JSON lines, its key the first of those dyads. The stage reads a single
event the same way, and counts each event once however the lines were grouped, so a replayed
batch that groups differently changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tensionwatch.stream.outbox import BatchProducer, Outbox

#: Room left in a grouped record for Kafka's framing of it.
FRAMING_BYTES = 1024
#: A grouped record holds at most this much (the stage buffers a bounded number of records,
#: `topics.CODED_BUFFER_RECORDS`, so this bounds its memory too).
GROUP_MAX_BYTES = 128 * 1024


def grouping(topic: str, max_bytes: int) -> Callable[[BatchProducer], Outbox]:
    """An outbox factory that groups the records of `topic`."""
    return lambda producer: GroupingOutbox(producer, frozenset({topic}), max_bytes)


class GroupingOutbox(Outbox):
    """An outbox that joins the records of the `grouped` topics by key, as JSON lines, into
    records of at most `max_bytes` (each naming every input it holds lines of); the others
    pass straight through."""

    def __init__(self, producer: BatchProducer, grouped: frozenset[str], max_bytes: int) -> None:
        super().__init__(producer)
        self.grouped = grouped
        self.max_bytes = min(max_bytes, GROUP_MAX_BYTES) - FRAMING_BYTES
        self._groups: dict[tuple[str, int], _Group] = {}

    async def put(
        self,
        topic: str,
        key: bytes,
        value: bytes | None,
        source: int = 0,
        partition: int | None = None,
        *,
        sources: Iterable[int] = (),
    ) -> None:
        """Hold a record of a grouped topic (sending its group when it would grow too big)."""
        if topic not in self.grouped or value is None or partition is not None:
            await super().put(topic, key, value, source, partition=partition, sources=sources)
            return
        slot = (topic, await self._partition_of(topic, key))
        group = self._groups.setdefault(slot, _Group(key))
        if group.lines and group.size + len(value) + 1 > self.max_bytes:
            await self._send_group(slot, group)
            group.key = key
        group.add(value, source)

    async def flush(self) -> None:
        """Send the held groups, then every open batch, and wait for the broker."""
        groups, self._groups = self._groups, {}
        for slot, group in groups.items():
            if group.lines:
                await self._send_group(slot, group)
        await super().flush()

    async def _partition_of(self, topic: str, key: bytes) -> int:
        partition = self._by_key.get((topic, key))
        return partition if partition is not None else await self._partition(topic, key)

    async def _send_group(self, slot: tuple[str, int], group: _Group) -> None:
        topic, partition = slot
        value = b"\n".join(group.lines)
        await super().put(topic, group.key, value, partition=partition, sources=group.sources)
        group.clear()


@dataclass(slots=True)
class _Group:
    key: bytes
    lines: list[bytes] = field(default_factory=list)
    sources: set[int] = field(default_factory=set)
    size: int = 0

    def add(self, line: bytes, source: int) -> None:
        self.lines.append(line)
        self.sources.add(source)
        self.size += len(line) + 1

    def clear(self) -> None:
        self.lines, self.sources, self.size = [], set(), 0
