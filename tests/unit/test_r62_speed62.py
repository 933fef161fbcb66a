"""Round 62, speed62: the same output with fewer instructions.

About 150 rules asked `VOCAB.isdisjoint(words[start:end])`: compiled, mypyc builds the slice
and calls `isdisjoint` as a generic method (no primitive), about 1,500 instructions for six
words. `clause_words.disjoint_in(VOCAB, words, start, end)` answers the same question; compiled
it runs a loop with `in` on the set (a primitive), bounds read as a slice reads them. The
unit tests run the source, which keeps the slice and the method; these tests switch
`clause_words.COMPILED` on to run the loop, and hold it to the slice and the method."""

from __future__ import annotations

import random

import pytest

from tensionwatch.domain import clause_words
from tensionwatch.domain.clause_words import disjoint_in

_VOCAB = frozenset({"if", "unless", "until", "would", "not", "ministers", "talks"})

_SENTENCES = [
    "the coastguard said it would not release the trawler until Hanoi paid the fine",
    "unless the envoys return to the talks , the border crossing stays shut",
    "protesters marched on the ministry on Tuesday",
    "if ministers agree , the ceasefire holds",
    "",
    "talks",
    "a b c",
]

_BOUNDS = range(-12, 18)


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clause_words, "COMPILED", True)


@pytest.mark.usefixtures("compiled")
@pytest.mark.parametrize("text", _SENTENCES)
def test_the_loop_answers_as_the_slice_for_every_bound(text: str) -> None:
    words = text.split()
    for start in _BOUNDS:
        for end in _BOUNDS:
            expected = _VOCAB.isdisjoint(words[start:end])
            assert disjoint_in(_VOCAB, words, start, end) == expected, (text, start, end)


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_source_answers_as_the_slice_for_every_bound(text: str) -> None:
    words = text.split()
    for start in _BOUNDS:
        for end in _BOUNDS:
            expected = _VOCAB.isdisjoint(words[start:end])
            assert disjoint_in(_VOCAB, words, start, end) == expected, (text, start, end)


@pytest.mark.usefixtures("compiled")
def test_the_loop_answers_as_the_slice_on_generated_lists() -> None:
    pool = [*_VOCAB, "the", "said", "army", ",", "police", "Talks", "untill"]
    rng = random.Random(62)  # noqa: S311 - a fixed sample, not a secret
    for _ in range(20_000):
        words = rng.choices(pool, k=rng.randrange(0, 12))
        start, end = rng.randrange(-14, 14), rng.randrange(-14, 14)
        vocab = frozenset(rng.sample(pool, rng.randrange(0, 4)))
        expected = vocab.isdisjoint(words[start:end])
        assert disjoint_in(vocab, words, start, end) == expected, (words, start, end)


@pytest.mark.usefixtures("compiled")
def test_a_word_at_the_slice_end_is_outside_it() -> None:
    words = "the ministers met".split()
    assert disjoint_in(_VOCAB, words, 0, 1)
    assert not disjoint_in(_VOCAB, words, 0, 2)
    assert not disjoint_in(_VOCAB, words, -2, 3)
    assert disjoint_in(_VOCAB, words, 2, 99)


def test_compiled_is_false_for_the_source() -> None:
    # the unit tests run the source: `disjoint_in` then keeps the slice and the method
    assert clause_words.__file__.endswith(".py")
    assert not clause_words.COMPILED
