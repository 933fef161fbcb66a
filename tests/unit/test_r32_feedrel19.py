"""Round 32, feedrel19: news-site court copy (sentences written for these tests;
docs/labelling.md, section 1). A verdict on an opposition figure is a political trial, whose acts
stay; a verdict on a private person is a crime story, whose acts are no politics."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.pipeline import code_article
from tests.unit.coding import recommended_coder

coder = recommended_coder


def _in(coder: Coder, text: str, index: int) -> list[str]:
    return [
        e.cameo_code for e in code_article(coder, "t", text).events if e.sentence_index == index
    ]


POLITICAL_TRIAL = (
    "The opposition leader Anna Lukova was convicted of fraud on Monday and sentenced to seven "
    "years in prison.\n\nPolice arrested her two deputies outside the court in Baku.\n\n"
    "Lukova, 52, has denied wrongdoing and says the case is revenge for her campaign.\n\n"
    "The verdict was read in a packed courtroom after she was found guilty."
)


def test_an_opposition_leaders_verdict_is_a_political_trial(coder: Coder) -> None:
    assert [code[:2] for code in _in(coder, POLITICAL_TRIAL, 1)] == ["17"]


def test_a_dissident_jailed_keeps_the_arrests_around_it(coder: Coder) -> None:
    text = (
        "A dissident was jailed for ten years on Tuesday after a two-day trial in Grodno.\n\n"
        "Police detained three of his friends who had come to the hearing.\n\n"
        "Karel Novak, 61, was convicted of insulting the president.\n\n"
        "He was sentenced in his absence."
    )
    assert [code[:2] for code in _in(coder, text, 1)] == ["17"]


def test_a_private_persons_verdict_stays_a_crime_story(coder: Coder) -> None:
    # near miss: the same story about a shopkeeper is ordinary crime
    text = POLITICAL_TRIAL.replace("The opposition leader Anna Lukova", "Shopkeeper Anna Lukova")
    assert _in(coder, text, 1) == []


def test_supporters_at_a_verdict_are_not_the_ones_tried(coder: Coder) -> None:
    # near miss: followers watching a case do not make it a political trial
    text = (
        "A nightclub owner was convicted of fraud on Monday and sentenced to seven years.\n\n"
        "Supporters wept in the gallery as he was sentenced.\n\n"
        "Police arrested two of his brothers outside the court in Baku.\n\n"
        "He was found guilty of hiding the money in a pub."
    )
    assert _in(coder, text, 2) == []


NURSE = (
    "A former nurse is suing the hospital in Melbourne for unfair dismissal.\n\n"
    "The hospital's lawyer rejected the claims in court on Tuesday.\n\n"
    "The nurse's lawyer accused the hospital of ignoring her complaints."
)


def test_a_private_clients_lawyer_facing_a_hospital_is_no_political_act(coder: Coder) -> None:
    assert _in(coder, NURSE, 2) == []


def test_a_lawyer_facing_the_government_stays(coder: Coder) -> None:
    # near miss: a lawyer's accusation aimed at a government is aimed at a political actor
    text = (
        "The opposition leader Anna Lukova was detained in Baku on Monday.\n\n"
        "The opposition leader's lawyers accused the government of fabricating the case."
    )
    assert [code[:2] for code in _in(coder, text, 1)] == ["11"]


@pytest.mark.parametrize(
    ("words", "private"),
    [
        ("The engineer's lawyer", True),
        ("attorneys", True),
        ("district attorney", False),
        ("government lawyers", False),
        ("prosecutor", False),
    ],
)
def test_a_private_advocate_is_told_from_the_states(words: str, private: bool) -> None:
    from tensionwatch.domain.relevance import _advocate

    assert _advocate(words) is private


def test_a_pupil_arrested_in_a_school_story_is_a_crime_story(coder: Coder) -> None:
    text = (
        "A 13-year-old pupil was arrested at a school in Bristol on Tuesday after a knife was "
        "found in his bag.\n\nPolice arrested a second pupil after a teacher was attacked at a "
        "school in Leeds.\n\nBoth schools will reopen on Thursday."
    )
    assert _in(coder, text, 1) == []


def test_pupils_arrested_at_a_protest_against_a_government_stay(coder: Coder) -> None:
    # near miss: pupils facing a government's police are protesters, whatever their age
    text = (
        "Police arrested 30 pupils at a protest against the government in Tehran.\n\n"
        "The pupils had marched to demand the release of their teachers.\n\n"
        "Soldiers fired tear gas at the schoolgirls."
    )
    assert [code[:2] for code in _in(coder, text, 0)] == ["17"]
