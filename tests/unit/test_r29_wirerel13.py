"""Agency copy's violent and coercive background that still got an event, round 29 (wave two):
a fight "alongside" an ally, a war fought as a whole, a sentence opening "Since then,", a toll
over "the weeks after" an earlier event or "the first six months of" a period (also when a
fight's noun is the subject of "killed"), a participle whose clause runs "since" an earlier
time ("troops deployed in the province since 2021"), a fight "for control of" a place in the
perfect or the simple present, a perfect act done "almost daily", and an act's noun that "is
common", "remains frequent" or "is part of" something, "several rounds of" sanctions, and a verb
joined by "and" to one dated by a year ("arrested in 2021 and sentenced") (docs/labelling.md,
section 1: background, habits, figures). Each has a near miss that stays an act. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

coder = evaluation_coder

INSURGENCY = (
    "MAPUTO (Reuters) - Islamist insurgents attacked a village in northern Mozambique on "
    "Monday, killing five people, local officials said. "
)
PROTESTS = (
    "LUSAKA (Reuters) - Zambian police arrested an opposition leader in Lusaka on Monday, his "
    "party said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        # an ally named after "alongside", and a war fought as a whole
        (INSURGENCY, "A local militia that fought alongside government troops has been disbanded."),
        (INSURGENCY, "The two neighbours fought a brief war over the disputed valley."),
        # a span opened by "Since then,"
        (INSURGENCY, "Since then, the insurgents have attacked several towns along the coast."),
        # a toll over a span after an earlier event or the first months of a period
        (
            PROTESTS,
            "Clashes between protesters and police killed 30 people in the weeks after the "
            "election.",
        ),
        (
            INSURGENCY,
            "Fighting between the army and the insurgents killed at least 1,500 people in the "
            "first six months of the year.",
        ),
        # a participle whose clause runs "since" an earlier time: a state
        (
            INSURGENCY,
            "Rwandan troops deployed in the province since 2021 have helped the army retake "
            "several towns.",
        ),
        # a fight for control of a place, in the perfect or the simple present
        (INSURGENCY, "The insurgents have fought the army for control of the gas-rich coast."),
        (INSURGENCY, "Rival armed groups fight for control of the smuggling routes."),
        # a perfect act done daily
        (INSURGENCY, "Troops and insurgents have clashed almost daily along the coastal road."),
        # an act's noun that is common, frequent or rare, or part of something
        (INSURGENCY, "Exchanges of fire are frequent along the coastal road."),
        (INSURGENCY, "Attacks on army posts in the province remain common."),
        (PROTESTS, "Critics say the arrests are part of a crackdown on dissent."),
        # rounds of sanctions counted, and a verb sharing the year of the verb before it
        (
            PROTESTS,
            "The European Union has imposed several rounds of sanctions on Zambian officials.",
        ),
        (PROTESTS, "Her husband was arrested in 2021 and sentenced to 15 years."),
    ],
)
def test_violent_background_is_no_act(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        (
            INSURGENCY,
            "A militia fighting alongside the army attacked a village on Tuesday, killing 12 "
            "people.",
            "ASSAULT",
        ),
        (
            INSURGENCY,
            "Troops fought the insurgents in the streets of the town on Tuesday.",
            "ASSAULT",
        ),
        (
            INSURGENCY,
            "Since Monday, the army has carried out air strikes on several towns.",
            "ASSAULT",
        ),
        (
            PROTESTS,
            "Clashes between protesters and police killed three people on Tuesday.",
            "ASSAULT",
        ),
        (
            PROTESTS,
            "Police arrested 40 protesters in the first hours of the march on Tuesday.",
            "COERCE",
        ),
        (
            PROTESTS,
            "Rights groups demanded the release of activists detained since March.",
            "REQUEST",
        ),
        (INSURGENCY, "Troops fought the insurgents for control of the town on Tuesday.", "ASSAULT"),
        (INSURGENCY, "The insurgents are fighting the army for control of the port.", "ASSAULT"),
        (INSURGENCY, "Troops and insurgents have clashed near the town.", "ASSAULT"),
        (INSURGENCY, "Troops exchanged fire with the insurgents on Sunday.", "ASSAULT"),
        (PROTESTS, "Police detained 20 people and arrests are common.", "COERCE"),
        (PROTESTS, "Police arrested 20 people who are part of an opposition movement.", "COERCE"),
        (
            PROTESTS,
            "The European Union imposed a new round of sanctions on Zambian officials on Monday.",
            "SANCTION",
        ),
        (PROTESTS, "Police arrested him in 2021 and charged him with treason on Monday.", "COERCE"),
    ],
)
def test_the_days_violent_act_stays(coder: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(coder, text, lead)
