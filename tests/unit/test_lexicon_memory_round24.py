"""A lexicon's patterns share their equal word sets (memory), and gaps keep their identity."""

from __future__ import annotations

from tensionwatch.domain.lexicon import LONG, parse

TEXT = "code\tweight\tpattern\n190\t0.9\tshell~ * town\n190\t0.8\tshell~ ** {town|city}\n"


def test_equal_word_sets_are_one_object() -> None:
    first, second = parse(TEXT)
    assert first.elements[0] == second.elements[0]
    assert first.elements[0] is second.elements[0]


def test_gaps_stay_gaps() -> None:
    first, second = parse(TEXT)
    assert first.elements[1] is None
    assert second.elements[1] is LONG
    assert second.anchor == frozenset({"town", "city"})
