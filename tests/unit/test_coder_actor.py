"""The coder's own actor class (`domain/actor.py`) and the record its events carry."""

from __future__ import annotations

import pytest

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain import models
from tensionwatch.domain.actor import Actor
from tensionwatch.domain.pipeline import code_article
from tensionwatch.settings import Settings

PERU = Actor(text="Peru", code="PER", country="PER")
ARMY = Actor(text="the Peruvian army", code="PERMIL", country="PER", sector="MIL")
UNO = Actor(text="the UN", code="IGOUNO", country=None, sector="IGO")


def test_the_record_is_the_validated_model_made_once() -> None:
    record = ARMY.record()
    assert isinstance(record, models.Actor)
    fields = {"text": "the Peruvian army", "code": "PERMIL", "country": "PER", "sector": "MIL"}
    assert record == models.Actor.validated(fields)
    assert record.model_dump_json() == models.Actor.validated(fields).model_dump_json()
    assert ARMY.record() is record


def test_actors_are_equal_and_hashed_by_their_fields() -> None:
    same = Actor(text="Peru", code="PER", country="PER", sector=None)
    assert same == PERU and hash(same) == hash(PERU)
    assert Actor(text="Lima", code="PER", country="PER") != PERU
    assert PERU != PERU.record()  # the coder's actor is not the output record
    assert len({PERU, same, ARMY}) == 2


@pytest.mark.parametrize(
    ("source", "target"), [(PERU, ARMY), (ARMY, UNO), (UNO, None), (None, PERU), (None, None)]
)
def test_dyad_of_is_the_models_dyad(source: Actor | None, target: Actor | None) -> None:
    def record(actor: Actor | None) -> models.Actor | None:
        return actor.record() if actor else None

    dyad = models.TensionEvent.dyad_of
    assert dyad(source, target) == dyad(record(source), record(target))


def test_events_carry_output_records() -> None:
    coder = build_coder(Settings())
    body = "LIMA (Reuters) - Peru expelled Chile's ambassador on Monday."
    events = code_article(coder, "a", body).events
    assert events
    for event in events:
        for side in (event.source, event.target):
            assert side is None or type(side) is models.Actor
        assert event.dyad == models.TensionEvent.dyad_of(event.source, event.target)
