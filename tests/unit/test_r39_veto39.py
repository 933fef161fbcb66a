"""Round 39, the veto's budget counted by kind of copy (`scripts/train_veto.py`): a threshold
may cost at most `BUDGET` of the relevant sentences of agency copy and, apart, of news-site
copy, so that agency copy, where the veto seldom fires, does not lend its share to site copy."""

from __future__ import annotations

import math
from types import ModuleType

from tensionwatch.domain import veto
from tests.unit.scripts import load_script


def _trainer() -> ModuleType:
    return load_script("train_veto")


def _event(probability: float) -> tuple[dict[str, float], bool]:
    # one feature whose weight is 1: the veto's probability is the logistic of its value
    return {"x": math.log(probability / (1.0 - probability))}, True


def _stream() -> tuple[list[tuple[bool, list[tuple[dict[str, float], bool]]]], list[bool]]:
    """900 relevant sentences of agency copy the veto leaves alone; in site copy 99 relevant
    sentences it leaves alone, one relevant whose event it half suspects (0.655), and 20
    irrelevant ones it suspects at 0.655 and 0.905."""
    sentences = [(True, [_event(0.105)]) for _ in range(900)]
    kinds = [True] * 900
    site = [(True, [_event(0.105)]) for _ in range(99)]
    site.append((True, [_event(0.655)]))
    site += [(False, [_event(0.655)]) for _ in range(10)]
    site += [(False, [_event(0.905)]) for _ in range(10)]
    return sentences + site, kinds + [False] * len(site)


def test_the_budget_is_counted_in_each_kind_of_copy() -> None:
    trainer = _trainer()
    sentences, kinds = _stream()
    judge = veto.Veto({"x": 1.0}, 1.0)
    # one relevant site sentence of 100 is over the budget (0.2%): the suspected relevant
    # event is kept, and only the irrelevant sentences over it are cleared
    assert trainer.threshold(sentences, judge, kinds) == 0.66


def test_pooled_the_same_sentences_would_lend_agency_copys_budget_to_site_copy() -> None:
    trainer = _trainer()
    sentences, _ = _stream()
    judge = veto.Veto({"x": 1.0}, 1.0)
    # one of 1,000 relevant sentences is within the budget: all 20 irrelevant ones go, and
    # the lowest such threshold keeps every event at 0.105
    assert trainer.threshold(sentences, judge, [True] * len(sentences)) == 0.11
