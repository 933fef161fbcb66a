"""Existence, round 26: "the two" standing for the parties named before is the subject of the
past tense after it ("The two agreed to ..."), which was read as a noun ("the agreed"). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain import existence


def _words(text: str) -> list[str]:
    return text.lower().replace(".", " .").split()


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two agreed to create a panel on fishing rights .", "agreed"),
        ("The three signed a memorandum on river water sharing .", "signed"),
        ("After the meeting the two pledged on Friday to expand trade .", "pledged"),
    ],
)
def test_past_tense_after_the_two_is_a_verb(text: str, trigger: str) -> None:
    words = _words(text)
    assert not existence.is_noun(words, words.index(trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Fishermen sailed near the two disputed islands .", "disputed"),
        ("A court freed the two detained reporters .", "detained"),
    ],
)
def test_participle_before_a_noun_after_the_two_stays_a_modifier(text: str, trigger: str) -> None:
    words = _words(text)
    assert existence.is_noun(words, words.index(trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The senate voted five to two to impeach the governor .", "impeach"),
        ("The court voted 6-3 to dissolve the party .", "dissolve"),
        ("Lawmakers voted 310 to 95 to expel the deputy .", "expel"),
    ],
)
def test_act_voted_by_a_tally_is_no_purpose(text: str, trigger: str) -> None:
    words = _words(text)
    assert not existence.is_goal(words, words.index(trigger), intended=False)


def test_purpose_after_a_score_stays_a_purpose() -> None:
    words = _words("The hosts won the match two to one to reach the final .")
    assert existence.is_goal(words, words.index("reach"), intended=False)
