"""Agency copy's sentences judged not relevant that still got an event, round 30: a warning of
what may happen told with "could", "may" or "might" and another party as its subject ("aid
workers warned that further attacks could force thousands to flee"), which threatens no one
(docs/labelling.md, section 4, point 9); information withheld ("declined to give details of the
operation", "refused to provide figures", "declined to discuss the case"), which is no
rejection; a war's toll told with an aside or the war's places and parties after its noun ("The
Tigray war, which ended in 2022, killed ...", "Ethiopia's war with Eritrea in 1998-2000 killed
..."), a figure, not an act (section 1: background, figures); and an aside after a sentence's
short subject opening with a charge's participle ("The militia, accused by rights groups of
ethnic cleansing, controls ..."). Each has a near miss that stays an act. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

coder = evaluation_coder

INSURGENCY = (
    "PEMBA, Mozambique (Reuters) - Islamist insurgents attacked a village in northern "
    "Mozambique on Saturday, killing seven civilians, local officials said. "
)
EXPULSION = (
    "VILNIUS (Reuters) - Lithuania expelled a Belarusian diplomat on Friday over what it called "
    "attempts to interfere in its affairs, the foreign ministry said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        # a warning of what may happen, with someone other than the speaker as its subject
        (
            INSURGENCY,
            "Aid workers warned that further attacks could force thousands more people to flee.",
        ),
        (INSURGENCY, "Aid groups warned the fighting could cut off food supplies to thousands."),
        (
            INSURGENCY,
            "The provincial governor warned that the insurgents could strike again before the "
            "elections.",
        ),
        (
            INSURGENCY,
            "The United Nations warned that renewed attacks might trigger a humanitarian crisis.",
        ),
        (
            EXPULSION,
            "Officials in Vilnius have warned that balloons flown from Belarus could disrupt air "
            "traffic.",
        ),
        (
            EXPULSION,
            "Lithuanian officials warned on Friday that the row may derail a deal on the border.",
        ),
    ],
)
def test_a_warning_of_what_may_happen_is_no_act(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # the speaker's own side, or what it will do: a threat
        (EXPULSION, "Minsk warned that it could retaliate against any new sanctions.", "THREATEN"),
        (
            EXPULSION,
            "Minsk warned Vilnius that it would close the border if the drills went ahead.",
            "THREATEN",
        ),
        (
            EXPULSION,
            "The Belarusian president warned that his country might close the border.",
            "THREATEN",
        ),
        # a hedge held over the addressee: what it could face, a response
        (EXPULSION, "The ministry warned that violators could face arrest.", "THREATEN"),
        (
            EXPULSION,
            "The army warned that any incursion could be met with a crushing response.",
            "THREATEN",
        ),
        (
            INSURGENCY,
            "The governor warned that the army would respond with force to any new attack.",
            "THREATEN",
        ),
    ],
)
def test_a_threat_stays(coder: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(coder, text, lead)


ARREST = (
    "LUSAKA (Reuters) - Zambian police arrested an opposition leader in Lusaka on Monday, his "
    "party said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to give details of the operation.",
        "The army declined to give further details.",
        "Police refused to provide details about the suspects.",
        "The embassy declined to give a reason for the expulsion.",
        "The ministry refused to give figures for the number of people held.",
        "Officials declined to provide a timeline for the withdrawal.",
        "The ministry declined to discuss the matter.",
        "The embassy declined to answer questions about the case.",
        "The government refused to release the names of those held.",
        "A police spokesman declined to explain why the leader had been detained.",
    ],
)
def test_information_withheld_is_no_rejection(coder: Coder, text: str) -> None:
    assert second(coder, text, ARREST) == []


@pytest.mark.parametrize(
    "text",
    [
        "The court refused to release the opposition leader on bail.",
        "The government refused to hand over the suspects.",
        "The rebels refused to give up their weapons.",
        "The government declined to extend the mandate of the U.N. mission.",
        "The opposition refused to discuss a new date for the vote.",
    ],
)
def test_a_refusal_of_what_is_asked_stays(coder: Coder, text: str) -> None:
    assert "REJECT" in second(coder, text, ARREST)


STRIKES = (
    "ADDIS ABABA (Reuters) - Ethiopian drone strikes killed at least 20 people in the Amhara "
    "region on Tuesday, residents said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's war with Eritrea killed tens of thousands of people.",
        "Ethiopia's war with Eritrea in 1998-2000 killed tens of thousands of people.",
        "The Tigray war, which ended with a peace deal in 2022, killed hundreds of thousands.",
        "The insurgency in the north, now in its eighth year, has killed more than 5,000 people.",
        "The war between the army and the rebels, which began in 2017, has killed about 5,000 "
        "people.",
    ],
)
def test_a_wars_toll_is_no_act(coder: Coder, text: str) -> None:
    assert second(coder, text, STRIKES) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels who fought in the war with Eritrea killed three soldiers on Monday.",
        "Attacks linked to the insurgency in the north killed 12 people on Monday.",
        "The army, which has fought the insurgency for years, killed 12 rebels on Monday.",
    ],
)
def test_a_party_in_the_war_still_kills(coder: Coder, text: str) -> None:
    assert "ASSAULT" in second(coder, text, STRIKES)


@pytest.mark.parametrize(
    "text",
    [
        "The president, criticised for his handling of the crisis, has not spoken publicly.",
        "Eritrean troops, accused of atrocities during the war, withdrew in 2023.",
        "The militia, accused by rights groups of ethnic cleansing, controls most of the region.",
        "The minister, condemned by the opposition for the crackdown, resigned in March.",
        "The general, blamed by the United Nations for the massacre, now lives in exile.",
        "The commander, accused of war crimes, was seen at a rally in the capital.",
    ],
)
def test_a_charge_describing_the_subject_is_no_act(coder: Coder, text: str) -> None:
    assert second(coder, text, STRIKES) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The opposition leader, accused of treason, was arrested on Monday.", "COERCE"),
        (
            "The army accused the militia, which it blames for the massacre, of new attacks.",
            "ACCUSE",
        ),
        ("The regional governor, accused on Monday of inciting violence, denied it.", "ACCUSE"),
        ("Rights groups accused the militia of ethnic cleansing.", "ACCUSE"),
    ],
)
def test_the_days_act_beside_the_aside_stays(coder: Coder, text: str, plover: str) -> None:
    assert plover in second(coder, text, STRIKES)
