"""Background in agency copy, round 28: a main clause in the pluperfect, and a passive main
clause dated by an earlier period ("were arrested last week"), recall what happened before
the news; the reported pluperfect, a tally up to now, the story's own day, the simple past
and a relative clause's passive stay. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

coder = evaluation_coder

LEAD = (
    "SEVILLE, Spain (Reuters) - Spanish police detained six farm union leaders on Wednesday "
    "after a march on the regional parliament turned violent. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Police had banned the march in the city centre, saying it threatened public order.",
        "Gunmen had kidnapped the mayor from his office three days earlier, prosecutors said.",
        "The farmers' union had urged its members to block the motorways, saying prices were "
        "ruinous.",
        "The regional president, a conservative, had accused the unions of sabotage.",
        # the past perfect progressive: the act of its relative clause is as old
        "The union leader had been serving a sentence on charges that he rejected as false.",
    ],
)
def test_a_pluperfect_main_clause_is_background(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # reported speech: the story's act (docs/labelling.md, section 4, 21)
        ("Police said they had detained 40 more protesters.", "COERCE"),
        # a tally up to now
        ("Police had detained more than 300 people by Wednesday evening.", "COERCE"),
        # the story's own day
        ("The interior minister had banned all marches earlier in the day.", "COERCE"),
        # the simple past is the day's act
        ("Police banned the march in the city centre on Wednesday.", "COERCE"),
    ],
)
def test_a_reported_counted_or_same_day_act_stays(coder: Coder, text: str, plover: str) -> None:
    assert plover in second(coder, text, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve union activists were arrested last week over the leaflets.",
        "The union's leader was detained in March and charged with sedition.",
        "A regional lawmaker was expelled from the party this month after he criticised the "
        "president.",
        "The two organisers were summoned by prosecutors two weeks ago.",
        # the date inside the act's words, and no other cue of background in the sentence
        "Two union leaders were sentenced in February to three years in prison.",
    ],
)
def test_a_passive_dated_by_an_earlier_period_is_background(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the story's day
        ("Twelve union activists were arrested on Wednesday over the leaflets.", "COERCE"),
        # the active voice reports the act anew
        ("Police arrested twelve union activists last week, a rights group said.", "COERCE"),
        # a relative clause's passive names what the news is about
        (
            "The union demanded the release of a leader who was arrested last week.",
            "REQUEST",
        ),
    ],
)
def test_a_passive_of_the_day_an_active_or_a_relative_stays(
    coder: Coder, text: str, plover: str
) -> None:
    assert plover in second(coder, text, LEAD)
