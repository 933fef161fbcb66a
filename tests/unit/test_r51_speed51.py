"""Round 51 (speed51): the same output with fewer instructions.

`references._with_sentence_country` lent each sentence a copy of the article's context with the
sentence's first country for home through the interpreted `dataclasses.replace` (7.9% of the
compiled benchmark's instructions). `ArticleContext.with_home` is that copy written out: these
tests hold it to `replace` field for field, so a field added to the context and not to the copy
fails here. `modality.is_intended` reads the window's word pairs in a plain loop, held to the
`zip` it replaces."""

from __future__ import annotations

from dataclasses import fields, replace

from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.modality import Before, cues, is_intended
from tensionwatch.domain.models import Actor
from tensionwatch.domain.references import _with_sentence_country


def _marked() -> ArticleContext:
    """A context whose every field holds an object of its own (pure Python: no type checks)."""
    context = ArticleContext()
    for item in fields(ArticleContext):
        object.__setattr__(context, item.name, object())
    return context


def test_with_home_copies_every_field_as_replace_does() -> None:
    context = _marked()
    borrowed = context.with_home("KEN")
    expected = replace(context, home="KEN")
    assert borrowed is not context
    for item in fields(ArticleContext):
        assert getattr(borrowed, item.name) is getattr(expected, item.name), item.name


def test_with_home_shares_containers_and_leaves_the_article_home() -> None:
    context = ArticleContext(home="UGA")
    context.countries["UGA"] += 1
    borrowed = context.with_home("KEN")
    assert (context.home, borrowed.home) == ("UGA", "KEN")
    borrowed.countries["KEN"] += 1  # a shallow copy, as `replace` made: one Counter
    assert context.countries == {"UGA": 1, "KEN": 1}
    assert borrowed.previous is context.previous and borrowed.found is context.found


def _actor(country: str | None) -> Actor:
    return Actor(text="x", code=(country or "") + "GOV", country=country, sector="GOV")


def test_sentence_country_lends_the_first_country_named() -> None:
    context = ArticleContext()
    found = [
        (0, 1, _actor(None), "BODY"),
        (5, 9, _actor("TZA"), "PLACE"),
        (12, 15, _actor("KEN"), "PLACE"),
    ]
    borrowed = _with_sentence_country(context, found)
    assert borrowed is not context
    assert (borrowed.home, context.home) == ("TZA", None)
    assert _with_sentence_country(context, [(0, 1, _actor(None), "BODY")]) is context


def _intended_by_pairs(near: list[str]) -> bool:
    """`modality.is_intended` as it was: every pair of the window through `zip`."""
    if not cues()["modal"].isdisjoint(near):
        return True
    verbs = cues()["intent_verb"]
    return any(b == "to" and a in verbs for a, b in zip(near, near[1:], strict=False))


INTENT_SENTENCES = (
    "The rebels plan to attack the garrison before dawn",
    "Ministers want to expel the ambassador",
    "The union threatened to strike and then to march on the capital",
    "Protesters went to the square to demand his release",
    "to to to arrest",
    "Officials said they hope to reopen the crossing to trucks",
    "Police arrested the two men on Friday",
    "The army will withdraw troops from the border",
    "Leaders agreed to meet to discuss the truce",
)


def test_is_intended_reads_the_pairs_as_before() -> None:
    intended = 0
    for text in INTENT_SENTENCES:
        words = tokenize(text).words
        for first in range(len(words)):
            before = Before(words, first)
            assert is_intended(before) == _intended_by_pairs(before.near), (text, first)
            intended += is_intended(before)
    assert intended > 10  # the sentences do ask it both ways
