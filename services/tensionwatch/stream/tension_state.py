"""The tension stage's state: three changelog-backed faust tables.

* `tension-dyads`: dyad -> DyadState (daily totals), changelog `<app>-tension-dyads-changelog`;
* `tension-clusters`: `dyad#cluster_id` -> ClusterState, while the cluster takes reports;
* `tension-alerts`: alert id -> Alert, whose changelog is `tension.alerts` itself: an alert is
  published and remembered by one record, so a crash can neither lose nor repeat it.

Values are domain objects in memory and JSON in the changelogs. The stage writes them itself,
with explicit partitions (a key's partition is its dyad's, which is the partition of the
`tension.coded` record being processed), through the same outbox as its outputs; faust
recovers them from the changelogs on assignment, and its router answers which worker holds a
dyad.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import faust
import orjson

from tensionwatch.domain.models import Alert
from tensionwatch.domain.tension.clusters import ClusterState
from tensionwatch.domain.tension.dyad import DyadState
from tensionwatch.service.tension import Write
from tensionwatch.settings import Settings
from tensionwatch.stream.outbox import partition_of
from tensionwatch.stream.topics import TABLE_ALERTS, TABLE_CLUSTERS, TABLE_DYADS, TensionTopics

DYADS, CLUSTERS, ALERTS = TABLE_DYADS, TABLE_CLUSTERS, TABLE_ALERTS


class StateTable(faust.Table[str, Any]):
    """A table of domain objects: `decode` turns a changelog value back into one."""

    decode: Callable[[bytes], Any]

    def _to_key(self, k: Any) -> Any:
        return k.decode() if isinstance(k, bytes) else k

    def _to_value(self, v: Any) -> Any:
        return None if v is None else self.decode(v)


def _table(app: faust.App, name: str, decode: Callable[[bytes], Any], **extra: Any) -> StateTable:
    table = StateTable(app, name=name, key_type=bytes, value_type=bytes, **extra)
    table.decode = decode
    app.tables.add(table)
    return table


@dataclass(frozen=True)
class TensionTables:
    """The three tables, and the store the stage reads through."""

    dyads: StateTable
    clusters: StateTable
    alerts: StateTable
    partitions: int

    def dyad(self, dyad: str) -> DyadState | None:
        """A dyad's state (read from the store: no faust sensor call per read)."""
        value: DyadState | None = self.dyads.data.get(dyad)
        return value

    def cluster(self, key: str) -> ClusterState | None:
        """A cluster's state."""
        value: ClusterState | None = self.clusters.data.get(key)
        return value

    def alert(self, alert_id: str) -> Alert | None:
        """A published alert."""
        value: Alert | None = self.alerts.data.get(alert_id)
        return value

    def keep(self, write: Write) -> tuple[str, bytes, bytes | None]:
        """Apply a write in memory; returns the changelog record (topic, key, value) for it."""
        table = self.dyads if write.table == "dyads" else self.clusters
        if write.value is None:
            table.data.pop(write.key, None)
            value = None
        else:
            table.data[write.key] = write.value
            value = orjson.dumps(write.value.to_json())
        _note_partition(table, write.key, write.partition)
        return table.changelog_topic.get_topic_name(), write.key.encode(), value

    def keep_alert(self, alert: Alert, partition: int) -> None:
        """Remember an alert once its record (the changelog entry) is published."""
        self.alerts.data[alert.alert_id] = alert
        _note_partition(self.alerts, alert.alert_id, partition)

    def items(self, table: StateTable, partitions: set[int]) -> Iterator[tuple[str, Any]]:
        """Entries of `table` on the given partitions (this worker's active ones; the memory
        store may still hold a lost partition's keys until the next recovery)."""
        for key, value in list(table.data.items()):
            if self.partition_of_key(key) in partitions:
                yield key, value

    def partition_of_key(self, key: str) -> int:
        """The partition of a dyad, `dyad#cluster` or `dyad@day` key: its dyad's."""
        dyad = key.split("#", 1)[0].split("@", 1)[0]
        return partition_of(dyad.encode(), self.partitions)


def _note_partition(table: StateTable, key: str, partition: int) -> None:
    """Tell faust's memory store which partition a key is on, as recovery does, so that it
    drops the keys of partitions this worker loses at the next rebalance."""
    known = getattr(table.data, "_key_partition", None)
    if known is not None:
        known[key] = partition


def declare_tables(app: faust.App, settings: Settings, topics: TensionTopics) -> TensionTables:
    """The three tables, with the partitions of the topics."""
    partitions = settings.partitions
    return TensionTables(
        dyads=_table(app, DYADS, _decode_dyad, partitions=partitions),
        clusters=_table(app, CLUSTERS, _decode_cluster, partitions=partitions),
        alerts=_table(
            app,
            ALERTS,
            Alert.model_validate_json,
            partitions=partitions,
            changelog_topic=topics.alerts,
        ),
        partitions=partitions,
    )


def _decode_dyad(raw: bytes) -> DyadState:
    return DyadState.from_json(orjson.loads(raw))


def _decode_cluster(raw: bytes) -> ClusterState:
    return ClusterState.from_json(orjson.loads(raw))
