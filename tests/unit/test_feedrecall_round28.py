"""Relevant news-site sentences the coder found no act in, round 28: a passive legal act with an
adverb or a day between the auxiliary and the participle ("was later charged with"), a legal
act told in the passive with no agent in agency copy, the people held between "took" and "into
custody", a call held with someone, a charge run at a crowd, a duty another left undone told by
a speaker, a finger pointed, and a verdict on a protest. Every sentence in these tests was
written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    coded_as,
    country,
    evaluation_coder,
    events,
    first_act,
    of_type,
    recommended_coder,
    second,
    second_events,
)

coder = evaluation_coder
recommended = recommended_coder

MARCH = "Thousands of people marched through central Lyon on Sunday against the pension reform. "
WIRE = (
    "LYON, France (Reuters) - French police detained 14 people at a march against the pension "
    "reform. "
)


@pytest.mark.parametrize(
    "text",
    [
        "He was later charged with arson.",
        "The two men were then charged with public disorder.",
        "The organiser was later convicted of arson.",
    ],
)
def test_an_adverb_before_a_passive_participle_opens_no_reduced_relative(
    coder: Coder, text: str
) -> None:
    assert second(coder, text, MARCH)[-1:] == ["COERCE"]


def test_a_noun_before_the_participle_still_opens_a_reduced_relative_codes_nothing(
    coder: Coder,
) -> None:
    found = events(coder, "Companies accused of dumping steel were fined.")
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "The activists were charged with insulting public officials.",
        "The union leader was sentenced to two years in prison.",
        "The activist was later deported to Algeria.",
    ],
)
def test_an_agentless_passive_legal_act_passes_the_agency_floor(
    recommended: Coder, text: str
) -> None:
    assert "COERCE" in second(recommended, text, WIRE)


def test_a_legal_noun_gets_no_implied_doer(recommended: Coder) -> None:
    # "the charges" named, not a passive verb: no credit for an implied source
    assert second(recommended, "The charges against the activists were announced.", WIRE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police in Pune took 40 farmers into custody as they tried to reach the assembly.",
        "Officers had taken 12 students into detention by nightfall.",
    ],
)
def test_people_held_between_took_and_into_custody(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("COERCE", "173", 4)


def test_a_call_held_with_a_counterpart_is_a_consultation(coder: Coder) -> None:
    event = of_type(
        events(coder, "Spain's foreign minister held a video call with his Japanese counterpart."),
        "CONSULT",
    )
    assert (country(event.source), country(event.target)) == ("ESP", "JPN")


def test_the_minister_took_the_plan_into_account_is_no_arrest(coder: Coder) -> None:
    assert events(coder, "The minister said she took the plan into account.") == []


def test_a_charge_at_demonstrators_is_violent_repression(coder: Coder) -> None:
    assert first_act(coder, "Riot police charged at a group of students outside the ministry.") == (
        "ASSAULT",
        "175",
        4,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader said the government had failed to protect farmers from the drought.",
        "Lula said the governor had done nothing to stop the killings.",
        "The mayor of Palermo pointed the finger at Rome for the delays.",
    ],
)
def test_blame_told_by_a_speaker_is_an_accusation(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("ACCUSE", "11", 3)


def test_the_rocket_failed_to_reach_orbit_is_no_accusation(coder: Coder) -> None:
    assert events(coder, "The agency said the rocket had failed to reach orbit.") == []


def test_a_verdict_on_a_protest_is_the_speakers_criticism(coder: Coder) -> None:
    found = second(coder, 'The interior minister said the protest was "disgraceful".', MARCH)
    assert found == ["ACCUSE"]
    verdict = 'France\'s interior minister said the protest was "disgraceful".'
    event = of_type(events(coder, verdict), "ACCUSE")
    assert country(event.source) == "FRA"


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The prime minister said he would not resign.", "ESP"),
        ("The interior minister said she would not step down.", "ESP"),
    ],
)
def test_he_after_an_office_holder_named_by_title_is_that_person(
    coder: Coder, text: str, home: str
) -> None:
    lead = "Thousands of people marched in Madrid on Sunday against the government. "
    event = of_type(second_events(coder, text, lead), "REJECT")
    assert event.source is not None and country(event.source) == home
    assert event.source.sector == "GOV"


def test_he_after_a_ministry_is_someone_else(coder: Coder) -> None:
    event = of_type(events(coder, "Iran's foreign ministry said he had been detained."), "COERCE")
    assert coded_as([event]) == [("COERCE", "173", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The regional government said it would not comply with the court's ruling.",
        "The union turned its back on the government's offer.",
    ],
)
def test_a_refusal_said_in_other_words_is_a_rejection(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("REJECT", "12", 3)
