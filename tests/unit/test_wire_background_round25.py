"""Relevance, round 25: what agency copy tells around its news that the coder coded as acts:
a perfect act with an adverb of repetition (a habit, docs/labelling.md section 4 point 14), an
act counted in times over a year, a year followed by "shortly", a participle hung on a clause
dated by a month alone, a deed a party "will" do, what "happened" before an act already told,
a denial of a charge made years back, what a country "hosts" in the present, and water let out
of a plant or a dam, a month after "the United States"; and talks agreed on, which a relative
clause says were suspended.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

WIRE_LEAD = (
    "ROME (Reuters) - Italian police detained 12 members of an anarchist cell on Wednesday, "
    "accusing them of planning attacks on railway lines. "
)


coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        # a perfect act with an adverb of repetition is a habit
        "The interior minister has repeatedly rejected calls to resign over the case.",
        "Rome has often accused Paris of sending migrants back across the Alps.",
        "Italy has frequently expelled Russian diplomats.",
        "The group has regularly threatened judges who tried its members.",
        # an act counted in times over a year or more is a figure of the period
        "Italian jets were scrambled 310 times against foreign aircraft in the year to June.",
        # a year followed by "shortly" still dates the act
        "The cell's founder was arrested in Turin in May 2021 shortly after a bomb was found.",
        # a participle hung on a clause dated by a month alone
        "The cell grew after the government took office in October, promising to crack down "
        "on dissent.",
        # a deed a party "will" do is a plan
        "Under the plan, Italy will send 2,000 more soldiers to guard stations and airports.",
        # what happened after an act already told: the earlier act is its context
        "The raid happened a week after police arrested two of the cell's leaders in Genoa.",
        "The incident occurred days after carabinieri detained a suspect near Bologna.",
        # an act on the calendar "this week" is still ahead
        "The interior minister is expected to meet his French counterpart this week.",
        # the denial of a charge made years back is as old as the charge
        "Rome accused Tunis in 2019 of letting smugglers operate freely, a charge Tunis denied.",
        # a month after "the United States" still dates the act ("united" opens no clause)
        "Italy extradited four mafia suspects to the United States in February.",
        # what a country hosts, in the present, is how it stands
        "Italy, a founding member of NATO, hosts U.S. nuclear weapons at two air bases.",
    ],
)
def test_background_of_agency_copy_is_no_act(coder: Coder, text: str) -> None:
    assert second(coder, text, WIRE_LEAD) == []


def test_water_let_out_is_no_aid_codes_nothing(coder: Coder) -> None:
    text = (
        "Relations with Beijing have been strained by Rome's release of treated water from the "
        "plant."
    )
    assert second(coder, text, WIRE_LEAD) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the day's act, in the perfect without the adverb or with a day named, stays
        ("The interior minister has rejected calls to resign over the case.", "REJECT"),
        ("Rome repeatedly accused Paris on Monday of sending migrants back.", "ACCUSE"),
        # a count of times on the story's day is the day's act
        ("Foreign jets violated Italian airspace 14 times on Thursday, the air force said.", None),
        # a threat or a promise a party "will" do stays an act
        ("The minister warned that Italy will expel any diplomat linked to the cell.", "THREATEN"),
        # the day's charge keeps its denial
        ("Rome accused Tunis on Friday of letting smugglers operate, a charge Tunis denied.", None),
        # talks agreed on stay an agreement when a relative clause says they were suspended
        (
            "Italy and Tunisia agreed to resume migration talks, which have been suspended "
            "since 2023.",
            "AGREE",
        ),
        # aid sent stays aid
        ("The European Union released 20 million euros in aid for the flooded regions.", "AID"),
    ],
)
def test_news_of_the_day_stays(coder: Coder, text: str, plover: str | None) -> None:
    types = second(coder, text, WIRE_LEAD)
    assert types, text
    if plover:
        assert types[0] == plover
