"""The tension stage: a batch of coded events in, the records to publish and the state to keep
out. Pure of Kafka and faust; the stream layer reads and writes the tables around it.

Every event goes out again on `tension.events` with its cluster; each cluster, dyad index and
alert that changed goes out once per batch. A replayed event changes nothing, so it causes no
record but its own event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import orjson

from tensionwatch.domain.errors import InputError
from tensionwatch.domain.models import Alert, DeadLetterReason, DyadIndex
from tensionwatch.domain.tension.alerts import alert_changes, alert_of, episodes_of
from tensionwatch.domain.tension.clusters import ClusterState, cluster_id_of, cluster_record
from tensionwatch.domain.tension.dyad import DayTotals, DyadState
from tensionwatch.domain.tension.events import CodedEvent, coded_event
from tensionwatch.domain.tension.index import index_of, series_of
from tensionwatch.domain.tension.params import TensionParams
from tensionwatch.service.handler import Limits, RecordMeta, dead_letter
from tensionwatch.service.ports import TensionMetricsPort, TensionStore

EmitKind = Literal["event", "cluster", "index", "alert", "dead_letter"]
TableName = Literal["clusters", "dyads"]


@dataclass(frozen=True, slots=True)
class Emit:
    """A record to publish; `partition` None lets the key choose it. `origin` is the coded
    record an event came from (None for what a batch aggregates: clusters, indexes, alerts)."""

    kind: EmitKind
    key: bytes
    value: bytes
    partition: int | None
    origin: RecordMeta | None = None


@dataclass(frozen=True, slots=True)
class Write:
    """A table entry to keep (`value` None: delete it), on the dyad's partition."""

    table: TableName
    key: str
    value: ClusterState | DyadState | None
    partition: int


@dataclass(slots=True)
class StageResult:
    """What one batch produced: records, alerts (records that are also state), table writes."""

    outputs: list[Emit] = field(default_factory=list)
    alerts: list[tuple[Alert, int]] = field(default_factory=list)
    writes: list[Write] = field(default_factory=list)
    indexes: dict[str, DyadIndex] = field(default_factory=dict)  # the published ones


#: How the coding agent's event JSON ends (the model's last two fields, still empty).
_UNCLUSTERED = b'"cluster_id":null,"first_report":null}'


def with_cluster(
    line: bytes, fields: dict[str, Any], cluster: ClusterState | None, event_id: str
) -> bytes:
    """The event's JSON with its cluster: the last bytes replaced when they are the empty
    fields, as the coding agent writes them; else the fields serialized again."""
    if cluster is None:
        return line
    first = b"true" if cluster.opened_by == event_id else b"false"
    if line.endswith(_UNCLUSTERED):
        head = line[: -len(_UNCLUSTERED)]
        return (
            head
            + b'"cluster_id":"'
            + cluster.cluster_id.encode()
            + b'","first_report":'
            + first
            + b"}"
        )
    fields["cluster_id"], fields["first_report"] = cluster.cluster_id, first == b"true"
    return orjson.dumps(fields)


def cluster_key(dyad: str, cluster_id: str) -> str:
    """A cluster's table key: its dyad first, so the key tells its partition."""
    return f"{dyad}#{cluster_id}"


@dataclass(slots=True)
class _Dyad:
    """A dyad touched by the batch: its state, partition, touched days, and whether the batch
    told it anything new (a new cluster, or a new newest day, which may expire old ones)."""

    state: DyadState
    partition: int
    newest: int | None
    days: set[int] = field(default_factory=set)
    news: bool = False


class TensionStage:
    """Clusters, index and alerts for batches of coded-event records."""

    def __init__(
        self,
        params: TensionParams,
        store: TensionStore,
        metrics: TensionMetricsPort,
        limits: Limits,
    ) -> None:
        self.params = params
        self.store = store
        self.metrics = metrics
        self.limits = limits

    def process(self, records: Sequence[tuple[bytes, RecordMeta]]) -> StageResult:
        """Handle a batch of `tension.coded` records (JSON lines of events)."""
        batch = _Batch(self, StageResult())
        for value, meta in records:
            for line in value.split(b"\n"):
                if line.strip():
                    batch.event(line, meta)
        batch.finish()
        for outcome, count in batch.outcomes.items():
            self.metrics.tension_events(outcome, count)
        return batch.result


class _Batch:
    """One batch's working set: the clusters and dyads it loaded, changed or created."""

    def __init__(self, stage: TensionStage, result: StageResult) -> None:
        self.stage = stage
        self.params = stage.params
        self.result = result
        self.clusters: dict[str, ClusterState] = {}
        self.changed: dict[str, int] = {}  # cluster key -> partition
        self.dyads: dict[str, _Dyad] = {}
        self.outcomes: Counter[str] = Counter()

    def event(self, line: bytes, meta: RecordMeta) -> None:
        """Count one coded event and publish it with its cluster."""
        try:
            fields = orjson.loads(line)
            event = coded_event(fields)
        except (orjson.JSONDecodeError, InputError) as error:
            self._dead_letter(line, meta, error)
            return
        cluster = self._count(event, meta.partition)
        value = with_cluster(line, fields, cluster, event.event_id)
        emit = Emit("event", event.dyad.encode(), value, meta.partition, meta)
        self.result.outputs.append(emit)

    def _count(self, event: CodedEvent, partition: int) -> ClusterState | None:
        if event.day is None:
            self.outcomes["undated"] += 1
            return None
        dyad = self._dyad(event.dyad, partition)
        if not dyad.state.accepts(event.day, self.params):
            self.outcomes["too_late"] += 1
            return None
        key = cluster_key(event.dyad, cluster_id_of(event))
        cluster = self._cluster(key, event, event.day)
        counted = cluster.add(event, self.params)
        if counted:
            self.changed[key] = partition
        self.outcomes["counted" if counted else "duplicate"] += 1
        dyad.news |= dyad.state.note(event.day, cluster.cluster_id)
        dyad.days.add(event.day)
        return cluster

    def _dyad(self, name: str, partition: int) -> _Dyad:
        dyad = self.dyads.get(name)
        if dyad is None:
            state = self.stage.store.dyad(name) or DyadState(name)
            dyad = self.dyads[name] = _Dyad(state, partition, state.newest)
        return dyad

    def _cluster(self, key: str, event: CodedEvent, day: int) -> ClusterState:
        cluster = self._load(key)
        if cluster is None:
            cluster = self.clusters[key] = ClusterState.open(event, day)
        return cluster

    def _load(self, key: str) -> ClusterState | None:
        cluster = self.clusters.get(key)
        if cluster is None:
            cluster = self.stage.store.cluster(key)
            if cluster is not None:
                self.clusters[key] = cluster
        return cluster

    def finish(self) -> None:
        """Publish the changed clusters, then each touched dyad's index and alerts."""
        for key, partition in self.changed.items():
            self._publish_cluster(self.clusters[key], partition)
            self.result.writes.append(Write("clusters", key, self.clusters[key], partition))
        for dyad in self.dyads.values():
            _DyadUpdate(self, dyad).run()

    def _publish_cluster(self, cluster: ClusterState, partition: int) -> None:
        record = cluster_record(cluster)
        value = record.__pydantic_serializer__.to_json(record)
        self.result.outputs.append(Emit("cluster", cluster.dyad.encode(), value, partition))
        self.stage.metrics.cluster_published(record.sources)

    def _dead_letter(self, line: bytes, meta: RecordMeta, error: Exception) -> None:
        reason, message = DeadLetterReason.INVALID_JSON, f"not valid JSON: {error}"
        if isinstance(error, InputError):
            reason, message = DeadLetterReason(error.reason), error.message
        self.outcomes["dead_letter"] += 1
        limits, now = self.stage.limits, datetime.now(UTC)
        output = dead_letter(line, meta, reason, message, limits, now)
        self.result.outputs.append(Emit("dead_letter", output.key, output.value, None, meta))


class _DyadUpdate:
    """Recompute one touched dyad: its days, index and alerts."""

    def __init__(self, batch: _Batch, dyad: _Dyad) -> None:
        self.batch = batch
        self.params = batch.params
        self.dyad = dyad
        self.state = dyad.state

    def run(self) -> None:
        """Expire, recompute touched days, publish what changed."""
        changed = self.dyad.news or self.state.newest != self.dyad.newest
        for cluster_id in self.state.expire(self.params):
            key = cluster_key(self.state.dyad, cluster_id)
            self.batch.result.writes.append(Write("clusters", key, None, self.dyad.partition))
        for day in sorted(self.dyad.days):
            if day in self.state.open_clusters:
                totals = DayTotals.of(self._clusters_of(day))
                changed |= totals != self.state.days.get(day)
                self.state.days[day] = totals
        if not changed:
            return  # a replay: nothing to say
        self._publish()
        self.batch.result.writes.append(
            Write("dyads", self.state.dyad, self.state, self.dyad.partition)
        )

    def _clusters_of(self, day: int) -> list[ClusterState]:
        found = []
        for cluster_id in sorted(self.state.open_clusters.get(day, ())):
            cluster = self.batch._load(cluster_key(self.state.dyad, cluster_id))
            if cluster is not None:  # missing only after a crash; its replay brings it back
                found.append(cluster)
        return found

    def _publish(self) -> None:
        series = series_of(self.state, self.params)
        episodes = episodes_of(self.state, series, self.params)
        index = index_of(self.state, series, episodes.since, self.params)
        value = index.__pydantic_serializer__.to_json(index)
        key, partition = self.state.dyad.encode(), self.dyad.partition
        self.batch.result.outputs.append(Emit("index", key, value, partition))
        self.batch.result.indexes[self.state.dyad] = index
        self.batch.stage.metrics.index_updated()
        first_live = max(series.end - self.params.lateness_days, series.warm_from)
        live = [day for day in sorted(self.state.days) if day >= first_live]
        current = {}
        for rise in episodes.rises:
            if rise.day in live:
                alert = alert_of(self.state.dyad, rise, self._clusters_of(rise.day), self.params)
                current[alert.alert_id] = alert
        for alert in alert_changes(current, self.batch.stage.store.alert, self.state.dyad, live):
            self._publish_alert(alert)

    def _publish_alert(self, alert: Alert) -> None:
        value = alert.__pydantic_serializer__.to_json(alert)
        partition = self.dyad.partition
        self.batch.result.outputs.append(Emit("alert", alert.alert_id.encode(), value, partition))
        self.batch.result.alerts.append((alert, partition))
        self.batch.stage.metrics.alert_published(alert)
