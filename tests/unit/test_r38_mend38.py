"""Round 38 mends (mend38), tested on sentences written for them.

Guards of round-38 rules that no test read, each pinned by a near miss that fails without it:
- `coder._object_regained`: the object regained once the act goes on with the speaker is no
  one of the speaker's own country ("A Thai army spokesman said ... and urged Bangkok to ...").
- `relevance._month_opening`: a day after the month ("In March 4 ...") is the story's day.
  Two of its checks are gone: "comma >= 2" could not fail (`_linked_month` wants a word before
  the month anyway), and the leading "in" kept "Last March ..." and "Early March ..." as the
  day's acts, though "last June" dates an act everywhere else (`_dating_month`).
- `existence._text_permits`: a break (`PERMIT_BREAKS`: "but", ";") ends what a law permits;
  the arrest after it is an act.
- `relevance._raised`: only the perfect ("have stepped up") makes a trend; "intensified ... in
  recent days" in the past is an act.
- `relevance._passive_in_relative`: a relative word after a reporting verb ("confirmed who was
  detained") opens no relative clause on a noun.
- `existence.in_name`: an unspaced em dash parts a dateline from its first word too
  ("KHARTOUM\N{EM DASH}Clashes erupted"); "Al-Shabaab" needs no check, being one token.
- `coder._lead_state`: a lead whose act is carried "into" another state it names ("Belarus has
  flown weather balloons over the border into Lithuania") is told where the act lands: the
  story is not the lead state's, and "The interior minister accused Minsk" is Lithuania's.
- `references._unbound`: "them" after the one party before it is another party after an
  opening time phrase too ("Hours later police fired tear gas at them": the marchers of the
  sentence before, no longer civilians); its `SUBJECT_OPENING` (the party within four
  characters of the start) is gone.
- data/triggers.tsv: the bare 1724 line leaves out "state of alarm", which also names a mood
  ("caused a state of alarm among residents"); imposed, it is emergency rule.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    evaluation_coder,
    events,
    events_in,
    first_dyad,
    recommended_coder,
    undated_in,
)

coder = evaluation_coder
recommended = recommended_coder

LEAD = (
    "NAIROBI, Kenya (Reuters) - Kenyan police fired tear gas at opposition supporters in "
    "Nairobi on Tuesday, witnesses said. "
)


def _codes_after_lead(coder: Coder, text: str) -> list[str]:
    return [event.cameo_code for event in events_in(coder, LEAD + text, 1)]


def test_an_object_of_the_speakers_own_country_is_not_regained(coder: Coder) -> None:
    text = (
        "A Thai army spokesman said Thailand had shown restraint and urged Bangkok to open talks."
    )
    assert first_dyad(coder, text) == ("REQUEST", "026", "THA", None)


@pytest.mark.parametrize(
    "text",
    [
        "Last March Kenyan police arrested 30 protesters in Mombasa.",
        "Early March Kenyan police arrested 30 protesters in Mombasa.",
    ],
)
def test_a_month_opening_with_last_or_early_dates_the_act(recommended: Coder, text: str) -> None:
    assert _codes_after_lead(recommended, text) == []


def test_a_month_opening_with_a_day_is_the_storys_day(recommended: Coder) -> None:
    # near miss: "In March 4" names a day, as the story dates its own acts
    text = "In March 4 Kenyan police arrested 30 protesters in Mombasa."
    assert _codes_after_lead(recommended, text) == ["173"]


@pytest.mark.parametrize("link", [", but", ";"])
def test_an_act_after_a_break_is_not_what_a_law_permits(coder: Coder, link: str) -> None:
    text = (
        f"The new security law permits officers to search homes without a warrant{link} police "
        "arrested 30 protesters in Mombasa."
    )
    assert first_dyad(coder, text) == ("COERCE", "173", "KEN", "KEN")


def test_attacks_intensified_in_the_past_are_an_act(recommended: Coder) -> None:
    # near miss of the trend: no perfect ("have intensified"), so the shelling is reported
    text = "Ugandan troops intensified their shelling of rebel camps in recent days, the army said."
    assert _codes_after_lead(recommended, text) == ["194"]


def test_a_passive_after_a_reporting_verb_is_no_relative_clause(recommended: Coder) -> None:
    text = "Kenyan police confirmed who was detained in the raid."
    assert _codes_after_lead(recommended, text) == ["173"]


def test_an_unspaced_dash_after_a_dateline_parts_no_name(coder: Coder) -> None:
    text = (
        "KHARTOUM\N{EM DASH}Clashes erupted between Sudan's army and the Rapid Support Forces "
        "on Tuesday."
    )
    assert first_dyad(coder, text) == ("ASSAULT", "190", "SDN", "SDN")


def test_a_state_of_alarm_named_alone_is_no_emergency_rule(coder: Coder) -> None:
    mood = "Ugandan shelling caused a state of alarm among Kenyan villagers near the border."
    assert [event.cameo_code for event in events(coder, mood)] == ["194"]
    imposed = "Thailand imposed a state of alarm in three border provinces."
    assert first_dyad(coder, imposed) == ("COERCE", "1724", "THA", None)


BALLOONS = (
    "Belarus has flown weather balloons over the border into Lithuania again. Lithuania closed "
    "two border crossings. Lithuanian police said the balloons carried smuggled cigarettes. "
)


def test_a_lead_act_carried_into_another_state_is_told_by_that_state(coder: Coder) -> None:
    found = undated_in(
        coder, BALLOONS + "The interior minister accused Minsk of a hybrid attack.", 3
    )
    assert found and found[0].cameo_code == "112"
    assert (found[0].source.code, found[0].target.code) == ("LTUGOV", "BLRGOV")


MARCH = "Thousands of opposition supporters marched on parliament in Nairobi on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        "Hours later police fired tear gas at them.",
        "Later, police used water cannon to disperse them.",
    ],
)
def test_them_after_an_opening_time_phrase_is_the_marchers(coder: Coder, text: str) -> None:
    found = undated_in(coder, MARCH + text, 1)
    assert found and found[0].target is not None
    assert found[0].target.code == "KENOPP"
