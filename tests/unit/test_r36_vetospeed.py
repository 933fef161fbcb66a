"""Round 36, the learned veto's fast path (`veto.Veto.kept`, the coder's call): it decides
every event on the same float as the dict of features (`veto.features`, `Veto.probability`)
that the trainer and the older tests read, to the last bit: an event whose dict-path
probability is p is kept at the threshold p and dropped at the next float under it. Every
sentence here was written for these tests (places outside the round's held-out ones)."""

from __future__ import annotations

import math
from itertools import groupby

import pytest

from tensionwatch.domain import confidence, veto
from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article

Item = tuple[TensionEvent, float, list[float]]

# two sentences with two acts each, lone acts (one within a country), a sentence with none
ARTICLE = (
    "BISHKEK (AP) - Kyrgyzstan expelled two Tajik diplomats and recalled its ambassador from "
    "Dushanbe on Monday, the foreign ministry said.\n\n"
    "Tajik border guards fired on a Kyrgyz patrol and seized two soldiers near the enclave, "
    "officials said.\n\n"
    "The Serbian president met his Hungarian counterpart in Belgrade and signed a gas deal.\n\n"
    "Local markets were closed for the holiday.\n\n"
    "The Thai army shelled Cambodian positions overnight, killing three soldiers.\n\n"
    "Serbian police arrested an opposition leader in Belgrade on Sunday."
)
SENTENCES = 6


@pytest.fixture(scope="module")
def coded() -> list[list[Item]]:
    """The article's events with their scores and features, sentence by sentence, unvetoed."""
    coder = Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
        trained_veto=False,
    )
    recorded: list[tuple[str, list[float]]] = []
    coder.recorder = recorded
    found = article(coder, ARTICLE)
    values, model = dict(recorded), confidence.model()
    return [
        [(e, model.score(values[e.event_id]), values[e.event_id]) for e in group]
        for _, group in groupby(found, key=lambda e: e.sentence_index)
    ]


def _probabilities(judge: veto.Veto, items: list[Item], dated: bool, index: int) -> list[float]:
    return [
        judge.probability(
            veto.features(event, score, values, dated, index, SENTENCES, rank, len(items))
        )
        for rank, (event, score, values) in enumerate(items)
    ]


def _same_float(weights: dict[str, float], items: list[Item], dated: bool, index: int) -> None:
    """Each event kept at its dict-path probability as threshold, dropped just under it."""
    judge = veto.Veto(weights, 1.0)
    for (event, _, _), p in zip(items, _probabilities(judge, items, dated, index), strict=True):
        at = veto.Veto(weights, p).kept(items, dated, index, SENTENCES)
        under = veto.Veto(weights, math.nextafter(p, -math.inf)).kept(
            items, dated, index, SENTENCES
        )
        assert any(e is event for e in at) and not any(e is event for e in under)


def test_the_article_has_sentences_of_two_acts(coded: list[list[Item]]) -> None:
    assert len(coded) >= 3 and max(len(items) for items in coded) == 2


def test_the_stored_veto_decides_on_the_dict_paths_float(coded: list[list[Item]]) -> None:
    judge = veto.veto()
    assert judge is not None
    for items in coded:
        index = items[0][0].sentence_index
        for dated in (True, False):
            _same_float(judge.weights, items, dated, index)
            _same_float(judge.weights, items, dated, 0)  # as a lead


def test_categories_the_weights_lack_or_have(coded: list[list[Item]]) -> None:
    """A veto knowing one root, one target sector and no party's presence: the other
    categories add nothing on both paths."""
    weights = {"bias": 0.4, "logit_score": -0.9, "root=19": 1.3, "tsec=MIL": -0.6, "lead": -2.0}
    for items in coded:
        _same_float(weights, items, True, items[0][0].sentence_index)


def test_kept_keeps_what_the_dict_path_keeps(coded: list[list[Item]]) -> None:
    judge = veto.veto()
    assert judge is not None
    for threshold in (0.05, 0.2, 0.5, judge.threshold):
        other = veto.Veto(judge.weights, threshold)
        for items in coded:
            index = items[0][0].sentence_index
            want = [
                e
                for (e, _, _), p in zip(
                    items, _probabilities(other, items, False, index), strict=True
                )
                if not p > threshold
            ]
            assert other.kept(items, False, index, SENTENCES) == want


def test_each_text_has_its_own_length(coded: list[list[Item]]) -> None:
    """A long sentence's pieces are coded apart: events of one call with texts of different
    lengths each get their own `log_words_m3` (a veto on length alone tells them apart)."""
    (event, score, values), *_ = coded[0]
    short = event.model_copy(update={"sentence": "Kyrgyzstan expelled two Tajik diplomats."})
    long = event.model_copy(update={"sentence": " ".join(["Kyrgyzstan expelled them"] * 10)})
    items = [(short, score, values), (long, score, values)]
    weights = {"log_words_m3": 4.0}  # p over 0.5 from 20 words on (e**3 = 20.1), under it to 19
    assert veto.Veto(weights, 0.5).kept(items, True, 0, SENTENCES) == [short]
    assert veto.Veto(weights, 0.5).kept(items[::-1], True, 0, SENTENCES) == [short]
    _same_float(weights, items, True, 0)


def test_features_of_another_length(coded: list[list[Item]]) -> None:
    """Values longer than the score's features (a model of another shape) or shorter: the
    dict reads the extra ones under names it sets again later, and has no key for the
    missing ones; the same float."""
    judge = veto.veto()
    assert judge is not None
    for items in coded:
        index = items[0][0].sentence_index
        _same_float(judge.weights, [(e, s, [*v, 0.5]) for e, s, v in items], True, index)
        _same_float(judge.weights, [(e, s, v[:-3]) for e, s, v in items], True, index)
