"""The four topics the service reads and writes, declared on the app from Settings."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.types import TopicT

from tensionwatch.service.handler import OutputKind
from tensionwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class Topics:
    """Input, dead letters, every event, escalations."""

    articles: TopicT
    dead_letters: TopicT
    events: TopicT
    escalations: TopicT

    def for_output(self, kind: OutputKind) -> TopicT:
        """The topic an output of this kind goes to."""
        return {
            "event": self.events,
            "escalation": self.escalations,
            "dead_letter": self.dead_letters,
        }[kind]

    def names(self) -> list[str]:
        """Every topic name, input first."""
        return [
            t.get_topic_name()
            for t in (self.articles, self.dead_letters, self.events, self.escalations)
        ]


def declare_topics(app: faust.App, settings: Settings) -> Topics:
    """Declare the topics on the app with the configured names and partitions."""

    def topic(name: str, acks: bool = True) -> TopicT:
        return app.topic(
            name, partitions=settings.partitions, key_type=bytes, value_type=bytes, acks=acks
        )

    return Topics(
        # faust never commits the input: delivery commits its offsets with the outputs.
        articles=topic(settings.topic_articles, acks=False),
        dead_letters=topic(settings.topic_dead_letters),
        events=topic(settings.topic_events),
        escalations=topic(settings.topic_escalations),
    )
