"""Relevance, round 24: what agency copy tells around its news that the coder coded as acts:
a year followed by "of" ("accused X in 2021 of ..."), a month named alone, a participle on a
noun in a clause dated years back, a standing offer in the perfect, what follows "comes as",
an alternative not chosen ("rather than", "instead of"), what "the number of" counts and a
sentence opening on a past time.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

WIRE_LEAD = (
    "LISBON, Portugal (Reuters) - Portuguese police detained six members of a far-right group "
    "on Tuesday, accusing them of planning attacks on migrants. "
)


coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        # a year before "of": "accused X in 2021 of ..." is dated
        "Lisbon accused Luanda in 2019 of harbouring the group's leader.",
        # a month named alone dates an earlier act
        "The government banned the group's marches in February over a series of assaults.",
        # a participle on a noun in a clause dated years back
        "The party won a majority in 2022 in an election boycotted by the far right.",
        # a standing offer in the perfect
        "The government has promised to tighten the rules on private militias.",
        "Portugal has proposed sending more police officers to the Algarve.",
        # what follows "comes as" sets the news in its context
        "The raids come as police step up patrols along the border with Spain.",
        # the alternative not chosen
        "The cabinet chose dialogue with the group rather than ban it outright.",
        # a past era named: a decade, a war of history
        "The island was seized by Spanish troops at the end of World War Two.",
        "Portuguese troops fought independence movements in Angola during the 1960s.",
        "During the Cold War, Lisbon expelled dozens of Soviet diplomats.",
        # what "the number of" counts is a figure
        "Europol said the number of arrests for right-wing terrorism had doubled.",
        "The total number of airstrikes carried out by the coalition reached 300.",
        # a sentence opening on a past time
        "In October 2019, police arrested 14 members of the group in Porto.",
        "Back in 2016, the interior ministry expelled two of its leaders.",
        "Three years ago, the courts jailed the group's founder for incitement.",
    ],
)
def test_agency_background_is_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text, WIRE_LEAD) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the day's act, dated by its weekday, stays
        ("The government banned the group's marches on Wednesday.", "COERCE"),
        # a month with its day is the news's date
        ("Police arrested two more suspects in Porto on March 4, the ministry said.", "COERCE"),
        # the date of the act's cause is not the act's
        ("Portugal accused Angola over the killing of a Portuguese journalist in May.", "ACCUSE"),
        # an offer told in the past is the day's offer
        ("The government offered to hold talks with the associations.", "AGREE"),
        # a noun's decade is no era of the act ("a 1990s law")
        ("Police arrested a 1990s militia leader in Porto on Wednesday.", "COERCE"),
        # "a number of" is some, not a count
        ("Police arrested a number of activists in Porto on Wednesday.", "COERCE"),
        # an act before "rather than" is done
        ("Opposition leaders condemned the raids rather than the group.", "ACCUSE"),
    ],
)
def test_the_days_act_stays(coder: Coder, text: str, plover: str) -> None:
    assert plover in second(coder, text, WIRE_LEAD)
