"""Agency copy's sentences with no new act, round 29: habits told with an adverb that governs a
noun act or a verb joined to it ("regularly fly long-range patrols", "frequently attack
patrols and burn vehicles"), "has always" and "has previously", a repetition adverb after the
verb ("have been attacked repeatedly"), a standing charge ("is blamed for"), a fight for a
cause, what a constitution "bars", a denial in the perfect (docs/labelling.md, section 4,
point 2), an act closed by "before" or "in the past", what a place is "known for", and what a
court "can" do. Each has a near miss that stays an act. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

coder = evaluation_coder

BORDER = (
    "HELSINKI (Reuters) - Finland's foreign ministry summoned the Russian ambassador on "
    "Monday after two Russian military aircraft violated Finnish airspace, the ministry said. "
)
GANGS = (
    "BELEM, Brazil (Reuters) - Gunmen attacked a police station in the northern Brazilian "
    "state of Para on Sunday, killing three officers, state officials said. "
)
COURT = (
    "HARARE (Reuters) - A Zimbabwean court on Tuesday denied bail to an opposition lawmaker "
    "charged with inciting public violence, his lawyer said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        # a habit adverb whose present verb governs the act's noun, or a verb joined by "and"
        (BORDER, "Russian bombers regularly fly long-range patrols over the Baltic, Moscow says."),
        (BORDER, "The Russian navy regularly holds joint drills with Chinese warships."),
        (GANGS, "The gangs frequently attack police patrols and burn vehicles in the area."),
        # "always" and "previously" in the perfect
        (BORDER, "Moscow has always rejected calls to withdraw its missiles from the region."),
        (
            BORDER,
            "The European Commission has previously warned Helsinki that the border must stay "
            "open to asylum seekers.",
        ),
        # a repetition adverb after the verb
        (GANGS, "Police stations in the state have been attacked repeatedly by the gangs."),
    ],
)
def test_a_habit_is_background(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        (GANGS, "The gangs attacked a police patrol on Monday and burned two vehicles.", "ASSAULT"),
        (
            BORDER,
            "Moscow rejected calls on Tuesday to withdraw its missiles from the region.",
            "REJECT",
        ),
        (GANGS, "Police stations in the state were attacked by the gangs on Monday.", "ASSAULT"),
    ],
)
def test_the_days_act_without_the_habit_stays(
    coder: Coder, lead: str, text: str, plover: str
) -> None:
    assert plover in second(coder, text, lead)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        # a standing charge in the present passive
        (
            GANGS,
            "The gang is blamed for a string of attacks on police stations over the past year.",
        ),
        (GANGS, "The group is widely blamed for the killings of environmental activists."),
        # a cause a group stands for
        (GANGS, "The group says it is fighting for the rights of indigenous communities."),
        # what a constitution provides
        (
            BORDER,
            "Finland's constitution bars the extradition of its citizens to countries outside "
            "the European Union.",
        ),
        # a denial in the perfect is a standing one (docs/labelling.md, section 4, point 2)
        (BORDER, "Russia has denied previous violations."),
        (BORDER, "Moscow has dismissed the accusations as baseless."),
        # an act closed by "before" or "in the past"
        (COURT, "Police have fired tear gas at protesters outside the court before."),
        (COURT, "Police detained opposition supporters outside the same court in the past."),
        # what a place is known for
        (GANGS, "The area is known for land conflicts and attacks on environmental activists."),
        # what a court can do
        (
            COURT,
            "The Supreme Court can order the arrest of sitting lawmakers only in cases of "
            "serious crimes.",
        ),
    ],
)
def test_a_standing_fact_is_no_act(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        (GANGS, "State officials blamed the gang for the attack.", "ACCUSE"),
        (GANGS, "Soldiers fought gang members for control of the town on Monday.", "ASSAULT"),
        (BORDER, "Finland barred Russian-registered cars from entering the country on Monday.", ""),
        (BORDER, "Moscow dismissed the accusations as baseless on Tuesday.", "REJECT"),
        (
            COURT,
            "Police fired tear gas at protesters outside the court before the hearing.",
            "ASSAULT",
        ),
        (GANGS, "Gunmen attacked environmental activists in the area on Monday.", "ASSAULT"),
        (COURT, "The Supreme Court ordered the arrest of a sitting lawmaker on Tuesday.", "COERCE"),
        # a reported clause closed by "in the past" may be the speaker's charge
        (
            BORDER,
            "The minister said it was Russia which violated every agreement with Finland in "
            "the past.",
            "",
        ),
    ],
)
def test_the_near_miss_stays_an_act(coder: Coder, lead: str, text: str, plover: str) -> None:
    found = second(coder, text, lead)
    assert found if not plover else plover in found
