"""Round 35, the learned veto (`domain/veto.py`, `data/veto.tsv`, `scripts/train_veto.py`): the
stored veto loads with its provenance; a hand-built veto drops an event whose probability of
standing on an irrelevant sentence is over its threshold and keeps one under it; the coder
applies it last, only with a floor, and not when told not to. Every sentence here was written
for these tests (places outside the round's held-out ones)."""

from __future__ import annotations

from importlib import resources

import pytest

from tensionwatch.domain import confidence, veto
from tensionwatch.domain.coder import RECOMMENDED_MIN_CONFIDENCE, Coder
from tensionwatch.domain.models import TensionEvent
from tensionwatch.settings import Settings
from tests.unit.coding import article, events, recommended_coder

wire_coder = recommended_coder

CLASH = "Tajik border guards fired on Kyrgyz troops near the disputed enclave on Tuesday."
ARTICLE = (
    "DUSHANBE (Reuters) - Tajik border guards fired on Kyrgyz troops near the disputed enclave "
    "on Tuesday, the Kyrgyz border service said.\n\n"
    "Kyrgyzstan's foreign ministry summoned the Tajik ambassador over the shooting."
)


def test_the_stored_veto_loads_with_its_provenance() -> None:
    judge = veto.veto()
    assert judge is not None
    assert 0.0 < judge.threshold < 1.0
    assert set(veto.NUMERIC) <= set(judge.weights)
    text = resources.files("tensionwatch.domain").joinpath("data/veto.tsv").read_text("utf-8")
    for line in ("# sets: wire_dev,", "# coder: tw-rules-", "# date: ", "CC BY 4.0", "MIT"):
        assert line in text


def test_a_hand_built_veto_drops_over_its_threshold_and_keeps_under_it() -> None:
    found = {"bias": 1.0, "root=09": 1.0, "lead": 0.0}
    assert veto.Veto({"bias": -1.0, "root=09": 3.0}, 0.8).vetoed(found)  # p 0.88
    assert not veto.Veto({"bias": -1.0, "root=09": 2.0}, 0.8).vetoed(found)  # p 0.73
    assert not veto.Veto({"bias": -1.0, "root=09": 3.0}, 0.9).vetoed(found)
    lead = {**found, "lead": 1.0}  # the same act in an article's first sentence
    assert not veto.Veto({"bias": -1.0, "root=09": 3.0, "lead": -1.5}, 0.8).vetoed(lead)


def _clash() -> tuple[TensionEvent, list[float]]:
    coder = Coder(min_confidence=RECOMMENDED_MIN_CONFIDENCE, trained_veto=False)
    recorded: list[tuple[str, list[float]]] = []
    coder.recorder = recorded
    found = events(coder, CLASH)
    assert found and found[0].plover_type == "ASSAULT"
    return found[0], dict(recorded)[found[0].event_id]


def test_the_features_of_a_coded_event() -> None:
    event, values = _clash()
    score = confidence.model().score(values)
    found = veto.features(event, score, values, False, 0, 1, 0, 1)
    assert found["bias"] == 1.0 and found["lead"] == 1.0 and found["dateline"] == 0.0
    assert found["root=" + event.cameo_root] == 1.0 and found["mode=asserted"] == 1.0
    assert found["src=some"] == found["tgt=some"] == 1.0 and found["same3=False"] == 1.0
    assert found["logit_score"] == pytest.approx(veto.math.log(score / (1 - score)))
    later = veto.features(event, score, values, True, 7, 4, 1, 3)
    assert later["position"] == 1.0 and later["lead"] == 0.0 and later["not_first_event"] == 1.0
    assert later["dateline*logit_score"] == found["logit_score"]


def test_the_coder_applies_the_veto_last() -> None:
    event, values = _clash()
    coder = Coder(min_confidence=RECOMMENDED_MIN_CONFIDENCE, trained_veto=True)
    assert [e.event_id for e in events(coder, CLASH)] == [event.event_id]  # the stored veto
    coder._veto = veto.Veto({"bias": 30.0}, 0.5)  # vetoes everything
    assert events(coder, CLASH) == []
    coder._veto = veto.Veto({"bias": -30.0}, 0.5)  # vetoes nothing
    assert [e.event_id for e in events(coder, CLASH)] == [event.event_id]


def test_no_veto_without_a_floor_or_when_turned_off() -> None:
    assert Coder()._veto is None  # a coder keeping every event keeps them all
    assert Coder(min_confidence=RECOMMENDED_MIN_CONFIDENCE, trained_veto=False)._veto is None
    assert Coder(min_confidence=RECOMMENDED_MIN_CONFIDENCE)._veto is veto.veto()
    assert Settings().trained_veto is True


def test_the_stored_veto_keeps_a_clash_and_its_summons(wire_coder: Coder) -> None:
    vetoed = Coder(
        min_confidence=wire_coder.min_confidence,
        wire_min_confidence=wire_coder.wire_min_confidence,
        trained_veto=True,
    )
    unvetoed = Coder(
        min_confidence=wire_coder.min_confidence,
        wire_min_confidence=wire_coder.wire_min_confidence,
        trained_veto=False,
    )
    assert vetoed._veto is not None and unvetoed._veto is None
    kept = [(e.sentence_index, e.cameo_code) for e in article(vetoed, ARTICLE)]
    assert kept == [(e.sentence_index, e.cameo_code) for e in article(unvetoed, ARTICLE)]
    assert [i for i, _ in kept] == [0, 1]
