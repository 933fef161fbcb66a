"""Round 47 (speed47b): the coder's per-event object work done in compiled code, with the
records and events exactly as before."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from tensionwatch.domain import calibration, models, roles
from tensionwatch.domain import coder as coder_module
from tensionwatch.domain.actor import Actor, copied, written_party
from tensionwatch.domain.actor_data import country_names, country_words
from tensionwatch.domain.coder import Coder, _dyad, _event_id, _recorded
from tensionwatch.domain.names import organisation_words
from tensionwatch.domain.pipeline import new_context
from tests.unit.coding import code_list, events, first_dyad, recommended_coder

coder = recommended_coder


def _state(record: BaseModel) -> tuple[Any, ...]:
    return (
        type(record),
        list(record.__dict__.items()),
        record.__pydantic_fields_set__,
        record.__pydantic_extra__,
        record.__pydantic_private__,
    )


ACTOR = models.Actor(text="the Ruritanian navy", code="RURMIL", country="RUR", sector="MIL")
SENTENCE = models.Sentence(
    article_id="a-17", index=3, text="Ölmark envoys met.", char_start=40, char_end=58
)


@pytest.mark.parametrize(
    ("record", "update"),
    [
        (ACTOR, {"code": "RURGOV", "sector": "GOV"}),
        (ACTOR, {"text": "the navy"}),
        (ACTOR, {}),
        (SENTENCE, {"text": "Olmark envoys met."}),
        (SENTENCE, {"headline": True, "index": 0}),
    ],
)
def test_copied_is_model_copy(record: BaseModel, update: dict[str, object]) -> None:
    made = copied(record, update)
    expected = record.model_copy(update=update)
    assert _state(made) == _state(expected)
    assert made == expected
    assert made is not record
    assert made.model_dump_json() == expected.model_dump_json()


def test_copied_leaves_the_original() -> None:
    before = _state(ACTOR)
    made = copied(ACTOR, {"sector": "GOV", "code": "RURGOV"})
    assert _state(ACTOR) == before
    assert made.sector == "GOV" and ACTOR.sector == "MIL"
    # a field given again is set, not added: the field set grows only by new names
    assert made.__pydantic_fields_set__ == ACTOR.__pydantic_fields_set__ | {"sector", "code"}


def test_copied_event_as_model_copy(coder: Coder) -> None:
    found = events(coder, "Brenvik's army shelled villages near the Ostara border.")
    assert found
    event = found[0]
    update: dict[str, object] = {"target": ACTOR, "sentence": "rewritten"}
    assert _state(copied(event, update)) == _state(event.model_copy(update=update))


def test_accented_sentence_codes_as_written(coder: Coder) -> None:
    """The folded copy of an accented sentence (now `copied`) codes as its plain spelling, and
    its events quote the sentence as written."""
    written = "Zélandian police arrested three protesters in Ostrova on Tuesday."
    plain = "Zelandian police arrested three protesters in Ostrova on Tuesday."
    assert code_list(coder, written) == code_list(coder, plain)
    found = events(coder, written)
    assert found and all(event.sentence == written for event in found)


# --- the event's id, dyad and record made in compiled code (coder._event_id, _dyad, _recorded) ---


@pytest.mark.parametrize(
    ("article_id", "index", "code", "dyad", "headline"),
    [
        ("feed-9", 4, "112", "QRS|XYZ", False),
        ("feed-9", 4, "112", "QRS|XYZ", True),
        ("wire-ü-1", 0, "0211", "-|ABC", False),
    ],
)
def test_event_id_is_the_models(
    article_id: str, index: int, code: str, dyad: str, headline: bool
) -> None:
    made = _event_id(article_id, index, code, dyad, headline)
    assert made == models.TensionEvent.make_id(article_id, index, code, dyad, headline)
    assert len(made) == 24


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (Actor("Veldran police", "VELCOP", "VEL", "COP"), Actor("Arnholt", "ARN", "ARN")),
        (Actor("Arnholt", "ARN", "ARN"), Actor("Veldran police", "VELCOP", "VEL", "COP")),
        (Actor("the alliance", "IGOALL", None, "IGO"), None),
        (None, Actor("the alliance", "IGOALL", None, "IGO")),
        (None, None),
    ],
)
def test_dyad_is_the_models(source: Actor | None, target: Actor | None) -> None:
    assert _dyad(source, target) == models.TensionEvent.dyad_of(source, target)


def test_coded_is_the_models(coder: Coder) -> None:
    found = events(coder, "Marsh Republic troops fired on a Kelvaran patrol boat on Sunday.")
    assert found
    fields = {name: getattr(found[0], name) for name in models.CODED_FIELDS}
    made = _recorded(fields | models.UNCODED)
    assert _state(made) == _state(models.TensionEvent.coded(dict(fields)))


def test_roles_are_plain_named_tuples(coder: Coder) -> None:
    """`roles.assign`'s `Roles`, made from a tuple, are the named tuple as its constructor
    makes it (fields, defaults and type)."""
    made = roles._new_roles((None, None, 7, None, None))
    assert type(made) is roles.Roles
    assert made == roles.Roles(None, None, 7) and made.distance == 7
    assert made._replace(distance=3) == roles.Roles(None, None, 3)
    assert first_dyad(coder, "Talvian soldiers detained two Morrowan fishermen.")


# --- the tables a bench's first pass loaded, loaded by `Coder.load` ---


def test_load_reads_the_occasional_tables() -> None:
    tables = (country_words, country_names, organisation_words, coder_module._verdict_nouns)
    for table in tables:
        table.cache_clear()
    Coder(trained_veto=False)  # made, not loaded: nothing read yet
    assert all(table.cache_info().currsize == 0 for table in tables)
    Coder(trained_veto=False).load()
    assert all(table.cache_info().currsize == 1 for table in tables)
    assert "Kenyan" in country_words() and "Kenya" in country_names()


def test_article_counts_hold_no_zeros(coder: Coder) -> None:
    """The article's country counts, read with `get` where a Counter read a missing key as 0,
    hold only countries named (a read adds no key)."""
    context = new_context(None, [])
    body = [
        "Ostrovan troops shelled a Kenyan border post on Monday, the army said.",
        "Kenya summoned the Ethiopian ambassador in Nairobi over the attack.",
    ]
    for index, text in enumerate(body):
        sentence = models.Sentence(
            article_id="t47", index=index, text=text, char_start=0, char_end=len(text)
        )
        coder.code_sentence(sentence, None, context)
    for counts in (context.countries, context.ahead, context.towns, context.scene):
        assert 0 not in counts.values()
    assert context.countries["KEN"] >= 2


# --- the written sectors, each record field read once (actor.written_party, written_whole) ---


@pytest.mark.parametrize(
    ("text", "code", "country", "sector", "plover", "source", "written"),
    [
        ("Ostrava", "OSV", "OSV", None, "ASSAULT", True, None),  # no country the index knows
        ("Kenya", "KEN", "KEN", None, "ASSAULT", True, ("KENMIL", "MIL")),
        ("Kenya", "KEN", "KEN", None, "CONSULT", False, ("KENGOV", "GOV")),
        ("Kenyans", "KEN", "KEN", None, "PROTEST", True, ("KENCVL", "CVL")),
        ("Mombasa college students", "KENCVL", "KEN", "CVL", "PROTEST", True, ("KENEDU", "EDU")),
        ("Kenya Railways", "KEN", "KEN", None, "ASSAULT", True, None),  # a name, not the state
        ("Kenya", "KENGOV", "KEN", "GOV", "ASSAULT", True, None),  # a sector already
    ],
)
def test_written_party_reads(
    text: str,
    code: str,
    country: str,
    sector: str | None,
    plover: str,
    source: bool,
    written: tuple[str, str] | None,
) -> None:
    party = models.Actor(text=text, code=code, country=country, sector=sector)
    found = written_party(party, plover, source)
    assert (None if found is None else (found.code, found.sector)) == written
    if found is not None:
        assert found.text == text and found.country == country


# --- the confidence map of a sentence's copy, chosen without `Calibration.of` ---


def test_confidence_maps_kept_by_the_coder() -> None:
    maps = calibration.Calibration(calibration.Platt(0.5, 0.25), calibration.Platt(2.0, -0.5))
    made = Coder(trained_veto=False, maps=maps)
    assert made._wire_map is maps.of(True) and made._plain_map is maps.of(False)
    text = "Corvanian police arrested an opposition leader in Mirsk on Monday."
    plain = events(made, text)  # a sentence alone: no dateline, the plain map
    assert plain
    alone = Coder(trained_veto=False, maps=calibration.Calibration(maps.plain, maps.plain))
    wired = Coder(trained_veto=False, maps=calibration.Calibration(maps.wire, maps.wire))
    assert [e.confidence for e in plain] == [e.confidence for e in events(alone, text)]
    assert [e.confidence for e in plain] != [e.confidence for e in events(wired, text)]
