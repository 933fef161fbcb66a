"""Round 26's speed gates: each returns early only where the rule after it could not answer
otherwise, so the answers are the rule's own (the sentences are made up for these tests)."""

from __future__ import annotations

import pytest

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain import references, relevance
from tensionwatch.domain.actors import default_index
from tensionwatch.domain.clauses import Layout
from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.models import Sentence
from tensionwatch.settings import Settings


def _words(text: str) -> list[str]:
    return tokenize(text).words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spanish government imposed new fines on the union in March", True),
        ("The Spanish government imposed new fines on the union on Thursday", False),  # no month
        ("The Spanish government imposed new fines on the union on March 3", False),  # a day
    ],
)
def test_month_gate_keeps_the_month_rule(text: str, expected: bool) -> None:
    words = _words(text)
    first = words.index("imposed")
    assert relevance._month_dated(words, first, first) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rome recalled its ambassador at the time", True),
        ("Rome recalled its ambassador at the time of the vote", False),
        ("Rome recalled its ambassador in time", False),
        ("Rome recalled its ambassador", False),  # no "time": the gate answers
    ],
)
def test_time_gate_keeps_at_the_time(text: str, expected: bool) -> None:
    assert relevance._at_the_time(_words(text)) is expected


def test_tally_needs_no_day_named_whichever_branch() -> None:
    words = _words("Poland has intercepted dozens of drones launched from Belarus")
    first = words.index("intercepted")
    assert relevance._tallied(words, first, first, True) is True
    assert relevance._tallied(words, first, first, False) is False


def test_actor_kinds_are_plain_strings() -> None:
    found = default_index().find("Hungarian police detained the Polish minister in Warsaw")
    assert [match.kind for match in found] == ["body", "title", "seat"]
    assert all(type(match.kind) is str for match in found)


def test_capitalised_first_word_still_counts_for_the_frame() -> None:
    texts = ["Shares rose in Madrid.", "Shares fell in Rome.", "The minister spoke."]
    assert relevance.article_frames(texts).topic == relevance.OFFTOPIC
    texts = ["The minister spoke.", "The minister left.", "The minister returned."]
    assert relevance.article_frames(texts).topic == ""


def test_apposition_gate_needs_its_comma() -> None:
    for text, expected in (
        (
            "The Polish envoy, the most senior diplomat in Madrid, criticised Spain.",
            [False, True, True, False],
        ),
        ("The Polish envoy in Madrid criticised Spain.", [False, False, False]),
    ):
        tokens = tokenize(text)
        mentions = references.resolve(text, default_index().find(text), None)
        assert Layout(tokens.words, tokens.starts, mentions).enclosed == expected


def _code(text: str) -> list[tuple[str, str | None, str | None]]:
    sentence = Sentence(article_id="a", index=1, char_start=0, char_end=len(text), text=text)
    events = build_coder(Settings()).code_sentence(sentence, None, None)
    return [(e.cameo_code, e.source and e.source.code, e.target and e.target.code) for e in events]


def test_charge_participle_still_ends_the_object_search() -> None:
    # "suspected of spying for Russia": Russia is the charge's, not the arrest's target
    assert _code("Spanish police detained a man suspected of spying for Russia.") == [
        ("173", "ESPCOP", None)
    ]
    # a spy is written as its state's agent, `GOV` (round 50, actors50: the guide has no `SPY`)
    assert _code("Spanish police detained a Russian spy.") == [("173", "ESPCOP", "RUSGOV")]


def test_pronoun_gate_leaves_pronouns_resolved() -> None:
    # round 42 (types42): an expulsion announced is the decision (161), no longer a threat (1313)
    assert _code("Hungary said it would expel the Polish ambassador.") == [
        ("161", "HUNGOV", "POLGOV")
    ]
    assert references._pronouns("Poland expelled the envoy.", [], ArticleContext()) == []
