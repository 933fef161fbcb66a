"""Consumer lag as the worker reports it: only over the inputs a progress is about."""

from __future__ import annotations

from faust.types import TP

from tensionwatch.stream.progress import Progress


class Consumer:
    """The part of faust's consumer the lag reads: assignment, high-water marks and the
    committed offsets it knew at assignment."""

    def __init__(self) -> None:
        self.highwaters = {
            TP("articles", 0): 100,
            TP("articles", 1): 50,
            TP("coded", 0): 80,
            TP("app-tension-dyads-changelog", 0): 5_000,
        }
        self._committed_offset = {TP("articles", 1): 40, TP("coded", 0): 10}

    def assignment(self) -> set[TP]:
        return set(self.highwaters)

    def highwater(self, tp: TP) -> int:
        return self.highwaters[tp]


def test_lag_counts_the_given_inputs_from_what_was_processed_else_the_committed_offset() -> None:
    progress = Progress()
    progress.processed(TP("articles", 0), 89, 0.0, 3)  # next is 90: 10 behind
    lag = progress.lag(Consumer(), {"articles"})
    assert {topic: records for topic, (records, _) in lag.items()} == {"articles": 10 + 10}


def test_a_tables_changelog_is_not_lag() -> None:
    stage = Progress()
    stage.processed(TP("coded", 0), 79, 0.0, 1)
    lag = stage.lag(Consumer(), {"coded"})
    assert {topic: records for topic, (records, _) in lag.items()} == {"coded": 0}
