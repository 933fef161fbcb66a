"""Round 57 (review57): guards of the round's copula rule that no test pinned.

`relevance._copula_description` (round 57, false57) reads a present copula on a short opening
subject as a description. Two of its guards had no test that failed without them: "is not" reads
a description only before an article ("is not a member"), and an apposition after an opening
phrase ("Among those held, ..., is") is no subject's. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.relevance import _copula_description


def _described(sentence: str, verb: str) -> bool:
    words = tokenize(sentence).words
    return _copula_description(words, words.index(verb))


def test_is_not_before_no_article_is_no_description() -> None:
    assert _described("Norway is among the states that signed the accord.", "signed")
    # "is not" and a complement other than an article: the guard keeps the act
    assert not _described("Norway is not among the states that signed the accord.", "signed")


def test_an_apposition_after_an_opening_phrase_is_no_subjects() -> None:
    assert _described("The union, a body of nurses, is the group that blocked the road.", "blocked")
    # "Among those held, ..., is": a preposition opens the sentence, no subject does
    text = "Among those held, all of them students, is a leader who blocked the road."
    assert not _described(text, "blocked")
