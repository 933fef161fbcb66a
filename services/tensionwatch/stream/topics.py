"""The topics the service reads and writes, declared on the app from Settings."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.types import TopicT

from tensionwatch.service.handler import OutputKind
from tensionwatch.settings import Settings

#: Records of `tension.coded` the stage buffers in memory (faust pauses fetching the topic's
#: partitions beyond that, so a stage behind a backlog leaves it on the broker): at most 64 MB.
#: A record is one partition's events of a slice of articles, at most `coded.GROUP_MAX_BYTES`.
#: Fewer would pause and resume the topic so often that records wait seconds at low rates.
CODED_BUFFER_RECORDS = 512

#: The tension stage's tables; the alerts' changelog is the alerts topic.
TABLE_DYADS, TABLE_CLUSTERS, TABLE_ALERTS = "tension-dyads", "tension-clusters", "tension-alerts"


def changelog_name(settings: Settings, table: str) -> str:
    """The changelog topic faust names for a table of this app."""
    return f"{settings.app_id}-{table}-changelog"


@dataclass(frozen=True, slots=True)
class TensionTopics:
    """The tension stage's input (coded events, keyed by dyad) and outputs."""

    coded: TopicT
    clusters: TopicT
    index: TopicT
    alerts: TopicT
    changelogs: tuple[str, ...] = ()  # of the dyad and cluster tables (compacted)


@dataclass(frozen=True, slots=True)
class Topics:
    """Input, dead letters, every event, escalations; the tension stage's when it runs."""

    articles: TopicT
    dead_letters: TopicT
    events: TopicT
    escalations: TopicT
    tension: TensionTopics | None = None

    def for_output(self, kind: OutputKind) -> TopicT:
        """The topic an output of the coding agent goes to: with the tension stage, events go
        to it first (it publishes them on `events` with their clusters)."""
        if kind == "event" and self.tension is not None:
            return self.tension.coded
        return {
            "event": self.events,
            "escalation": self.escalations,
            "dead_letter": self.dead_letters,
        }[kind]

    def names(self) -> list[str]:
        """Every topic name, input first."""
        topics = [self.articles, self.dead_letters, self.events, self.escalations]
        if self.tension is not None:
            t = self.tension
            topics += [t.coded, t.clusters, t.index, t.alerts]
        names = [topic.get_topic_name() for topic in topics]
        # Created up front with the rest: a topic created after the group formed would
        # trigger a second rebalance (and replays) right after the start.
        return names + list(self.tension.changelogs if self.tension else ())

    def compacted(self) -> list[str]:
        """Topics that keep the last record per key: the index, the alerts, the changelogs."""
        if self.tension is None:
            return []
        t = self.tension
        return [t.index.get_topic_name(), t.alerts.get_topic_name(), *t.changelogs]


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """Declare the topics on the app with the configured names and partitions."""

    def topic(name: str, acks: bool = True, maxsize: int | None = None) -> TopicT:
        return app.topic(
            name,
            partitions=settings.partitions,
            key_type=bytes,
            value_type=bytes,
            acks=acks,
            maxsize=maxsize,
        )

    tension = None
    if settings.tension_enabled:
        tension = TensionTopics(
            # Nor does it commit the stage's input: the stage commits it with its outputs.
            coded=topic(settings.topic_coded, acks=False, maxsize=CODED_BUFFER_RECORDS),
            clusters=topic(settings.topic_clusters),
            index=topic(settings.topic_index),
            alerts=topic(settings.topic_alerts),
            changelogs=tuple(
                changelog_name(settings, table) for table in (TABLE_DYADS, TABLE_CLUSTERS)
            ),
        )
    return Topics(
        # faust never commits the input: delivery commits its offsets with the outputs.
        articles=topic(settings.topic_articles, acks=False),
        dead_letters=topic(settings.topic_dead_letters),
        events=topic(settings.topic_events),
        escalations=topic(settings.topic_escalations),
        tension=tension,
    )
