"""Round 48 (speed48b): object work in the compiled coder cut with the same output: tables
read once without `functools.cache`, the article's leading places without
`Counter.most_common()`, an event's record written whole, lists walked by index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from tensionwatch.domain import confidence, modality, models, names, references, relevance, temporal
from tensionwatch.domain.actor import _actor_record
from tensionwatch.domain.clauses import Layout
from tensionwatch.domain.coder import Coder, _recorded
from tensionwatch.domain.context import ArticleContext, Mention
from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.pipeline import new_context
from tests.unit.coding import events, recommended_coder

coder = recommended_coder

# --- tables read once -----------------------------------------------------------------------

ONCE = [
    (modality.cues, modality._read_cues),
    (temporal._grammar, temporal._read_grammar),
    (temporal.month_names, temporal._read_month_names),
    (names._words, names._read_words),
    (confidence.model, confidence._read_model),
    (references.ambiguous_demonyms, references._read_ambiguous_demonyms),
    (references.shared_places, references._read_shared_places),
    (relevance._cue_words, relevance._read_cue_words),
]


@pytest.mark.parametrize(("table", "read"), ONCE)
def test_a_table_is_read_once_and_kept(
    table: Callable[[], object], read: Callable[[], object]
) -> None:
    """Each call hands back the one object read first, equal to a fresh reading."""
    first = table()
    assert table() is first
    assert first == read()
    assert first  # a table with something in it


def test_the_once_tables_hold_what_the_rules_read() -> None:
    assert "not" in modality.cues()["negation"]
    assert "sept" in temporal.month_names() and "march" in temporal.month_names()
    assert "association" in names.organisation_words()
    assert len(confidence.model().weights) == len(confidence.FEATURES)


# --- the leading place of a story, without sorting every count --------------------------------


def _sorted_scene(scene: Counter[str], main: str | None) -> str | None:
    """`_scene_country`'s test as it was written, on `Counter.most_common()`."""
    (place, count), *rest = scene.most_common()
    if place == main or scene.get(main or "", 0) or any(n == count for _, n in rest):
        return None
    return place


SCENES = [
    Counter({"ZMB": 3, "MWI": 1}),
    Counter({"ZMB": 2, "MWI": 2}),
    Counter({"MWI": 1, "ZMB": 2, "AGO": 2}),
    Counter({"AGO": 1}),
    Counter({"AGO": 1, "ZMB": 1, "MWI": 4, "NAM": 3}),
    Counter({"AGO": 5, "ZMB": 1, "MWI": 4, "NAM": 5}),
]


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize("main", [None, "ZMB", "NAM", "FRA"])
def test_scene_country_is_the_sorted_reading(scene: Counter[str], main: str | None) -> None:
    context = ArticleContext()
    context.scene = Counter(scene)
    context.ahead = Counter({main: 3}) if main else Counter({"FRA": 1, "BEL": 1})
    context.sentences = 4
    actor = references.make_actor("the opposition", "OPP", None, "OPP")
    expected = _sorted_scene(scene, context.main_country())
    assert references._scene_country(actor, context) == expected


def test_a_tie_counts_only_equal_counts() -> None:
    assert references._tied(Counter({"AGO": 2, "ZMB": 2, "MWI": 1}), 2)
    assert not references._tied(Counter({"AGO": 2, "ZMB": 3, "MWI": 1}), 3)
    assert not references._tied(Counter({"AGO": 2}), 2)


@pytest.mark.parametrize(
    ("ahead", "towns", "leader"),
    [
        (Counter({"PER": 3, "BOL": 3, "CHL": 1}), Counter({"BOL": 1}), "BOL"),
        (Counter({"PER": 3, "BOL": 3, "CHL": 1}), Counter(), "PER"),
        (Counter({"CHL": 1, "PER": 2, "BOL": 2}), Counter({"CHL": 2}), "PER"),
        (Counter({"CHL": 4, "PER": 2}), Counter({"PER": 3}), "CHL"),
    ],
)
def test_main_country_takes_the_first_of_a_tie_by_its_towns(
    ahead: Counter[str], towns: Counter[str], leader: str
) -> None:
    """The countries named most, in the order first counted, then the one whose towns the
    article names: as the sorted `most_common()` gave them."""
    context = ArticleContext()
    context.ahead, context.towns = ahead, towns
    assert context.main_country() == leader


# --- an event's record written whole ----------------------------------------------------------


def test_an_event_record_has_the_model_fields_in_order(coder: Coder) -> None:
    found = events(coder, "Valdorian police arrested twelve Ostrian fishermen on Monday.")
    assert found
    for event in found:
        assert list(event.__dict__) == list(models.TensionEvent.model_fields)
        assert {name: event.__dict__[name] for name in models.UNCODED} == models.UNCODED
        assert event.__pydantic_fields_set__ == set(models.CODED_FIELDS)
        assert event.__pydantic_extra__ is None and event.__pydantic_private__ is None
        again = models.TensionEvent.validated(
            {name: event.__dict__[name] for name in models.CODED_FIELDS}
        )
        assert event == again and event.model_dump_json() == again.model_dump_json()


def test_recorded_is_coded_with_the_defaults_written() -> None:
    fields: dict[str, object] = {
        "event_id": "e1",
        "article_id": "a-9",
        "sentence_index": 2,
        "char_start": 10,
        "char_end": 20,
        "sentence": "Cardovan troops shelled the border post of Miret.",
        "evidence": "shelled",
        "cameo_code": "195",
        "cameo_root": "19",
        "plover_type": "ASSAULT",
        "plover_mode": None,
        "quad_class": 4,
        "penta_class": 4,
        "goldstein": -10.0,
        "source": None,
        "target": None,
        "dyad": "-|-",
        "modality": "asserted",
        "event_date": None,
        "confidence": 0.5,
        "coder_version": "test",
        "published_at": None,
        "relevance": 1.0,
        "headline": False,
    }
    made, twin = _recorded(fields | models.UNCODED), models.TensionEvent.coded(dict(fields))
    assert list(made.__dict__.items()) == list(twin.__dict__.items())
    assert made.__pydantic_fields_set__ == twin.__pydantic_fields_set__ == set(fields)
    assert made == twin


# --- lists walked by index ------------------------------------------------------------------


def test_layout_bounds_each_mention_by_its_tokens() -> None:
    text = "The Farlish coast guard and Omberan fishermen clashed near Tesk."
    tokens = tokenize(text)
    actor = references.make_actor("x", "FARGOV", "FAR", "GOV")
    spans = [(4, 23), (28, 45), (59, 63)]
    mentions = [Mention(start, end, actor, "country") for start, end in spans]
    layout = Layout(tokens.words, tokens.starts, mentions)
    assert layout.first == [1, 5, 9]
    assert layout.last == [3, 6, 9]
    assert len(layout.prep) == len(layout.mentions) == 3
    assert layout.asides() == frozenset()


# --- the fields of a sentence read once; an actor's record made without validation -----------


@pytest.mark.parametrize(
    ("text", "code", "country", "sector"),
    [
        ("the Talvian coast guard", "TLVMIL", "TLV", "MIL"),
        ("Morrowan students", "MRWEDU", "MRW", "EDU"),
        ("(protesters)", "OPP", None, "OPP"),
        ("the bloc", "IGO", None, None),
    ],
)
def test_actor_record_is_the_validated_record(
    text: str, code: str, country: str | None, sector: str | None
) -> None:
    fields: dict[str, object] = {"text": text, "code": code, "country": country, "sector": sector}
    made = _actor_record(dict(fields))
    expected = models.Actor.validated(dict(fields))
    assert type(made) is models.Actor
    assert list(made.__dict__.items()) == list(expected.__dict__.items())
    assert made.__pydantic_fields_set__ == expected.__pydantic_fields_set__
    assert made.__pydantic_extra__ is None and made.__pydantic_private__ is None
    assert made == expected and made.model_dump_json() == expected.model_dump_json()


def test_a_title_and_its_body_sentence_keep_their_own_places(coder: Coder) -> None:
    """The sentence's fields handed down from one read: a title's event says it is the title
    and takes its offsets from it; a body sentence's, its place in the body."""
    title_text = "Ecuador expels Colombian diplomat"
    body_text = "Ecuador expelled a Colombian diplomat on Friday, the foreign ministry said."
    sentences = [
        models.Sentence(
            article_id="art-5",
            index=0,
            text=title_text,
            char_start=0,
            char_end=len(title_text),
            headline=True,
        ),
        models.Sentence(
            article_id="art-5",
            index=1,
            text=body_text,
            char_start=120,
            char_end=120 + len(body_text),
        ),
    ]
    context = new_context(title_text, sentences[1:])
    title, body = [coder.code_sentence(s, None, context) for s in sentences]
    assert [(e.cameo_code, e.headline, e.sentence_index, e.char_start) for e in title] == [
        ("161", True, 0, 8)
    ]
    assert [(e.cameo_code, e.headline, e.sentence_index, e.char_start) for e in body] == [
        ("161", False, 1, 128)
    ]
    assert all(e.evidence == e.sentence[e.char_start - 120 : e.char_end - 120] for e in body)
