"""Round 52 (false52): false events on sentences that report no political act, by mechanism.

Sentences written for the classes (none copied from the labelled sets): two predicates of one
subject joined by "and" that share a year ("invaded and occupied X in 1990", "..., and in 2022
proposed"), the act of a relative clause with its own subject on a noun so dated ("a pact
proposed in 2022 that several states turned down"), and what "has to be", "needs to be" or "has
yet to be" done (docs/labelling.md, section 1: background, plans and schedules); an act an
analyst hedges ("appeared to", "was likely to": speculation), a presenter's programme, where
police stand ("behind a cordon") and what befell the people a sentence counts (", many of them
expelled": consequences and figures). Each class has near misses that stay coded.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, events, first_codes, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian troops invaded and occupied the Badme area in 1998.",
        "Turkish forces entered and seized the northern third of the island in 1974.",
        "Serb forces shelled and burned the village in 1998, survivors told the court.",
        "The militia besieged and then shelled the city in 2012.",
        "Moscow has wooed the Sahel juntas with grain, and in 2023 signed a pact with Mali.",
        "The rebels courted the local chiefs, and in January 2025, seized the provincial capital.",
    ],
)
def test_two_predicates_joined_by_and_share_their_year(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_the_same_predicates_on_the_story_s_day_stay_coded(coder: Coder) -> None:
    # no year: the act of the day, coded as before
    assert first_codes(coder, "Ethiopian troops invaded and occupied the Badme area on Tuesday.")[
        :2
    ] == ("190", "ETHMIL")
    # the first verb has an object of its own: the year dates only the second clause
    assert first_codes(coder, "Ethiopian troops attacked Eritrea and occupied Badme in 1998.")[
        :2
    ] == ("190", "ETHMIL")
    # a day, not a year, opens the second predicate
    assert first_codes(
        coder,
        "Moscow has wooed the Sahel juntas with grain, and on Monday signed a defence pact "
        "with Mali.",
    ) == ("057", "RUSGOV", "MLIGOV")


@pytest.mark.parametrize(
    "text",
    [
        "Beijing proposed a maritime pact in 2019 that several island states turned down.",
        "Kenya signed a border treaty in 1994 which Ugandan lawmakers rejected.",
    ],
)
def test_a_relative_with_its_own_subject_on_a_dated_noun_is_background(
    coder: Coder, text: str
) -> None:
    assert coded_as(events(coder, text)) == []


def test_a_relative_on_a_dated_noun_that_names_the_day_stays_coded(coder: Coder) -> None:
    assert first_codes(
        coder, "Beijing proposed a maritime pact in 2019 that Fiji turned down on Monday."
    )[:2] == ("120", "FJIGOV")


@pytest.mark.parametrize(
    "text",
    [
        "The border accord still has to be ratified by the Kenyan and Ugandan parliaments.",
        "The deal needs to be signed by the presidents of Armenia and Azerbaijan.",
        "The treaty has yet to be ratified by the Senate of Chile.",
        "The two presidents have still to be signed up to the plan by their parliaments.",
    ],
)
def test_what_has_to_be_or_has_yet_to_be_done_is_no_act(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_the_same_acts_done_stay_coded(coder: Coder) -> None:
    assert first_codes(
        coder, "The Kenyan parliament ratified the border accord with Uganda on Tuesday."
    )[:2] == ("057", "KENLEG")
    assert first_codes(coder, "Uzbekistan ratified the water-sharing deal with Tajikistan.") == (
        "057",
        "UZBGOV",
        "TJKGOV",
    )
    # the perfect of the act done, not of its requirement
    assert first_codes(coder, "The treaty has been ratified by the Senate of Chile.")[:2] == (
        "057",
        "CHLLEG",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Russia appeared to have fired a new hypersonic missile at Kyiv.",
        "Observers said the junta was likely to expel the French ambassador.",
        "Analysts said Iran apparently seized the tanker to retaliate against Washington.",
    ],
)
def test_an_act_an_analyst_hedges_is_speculation(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []


def test_an_act_an_analyst_tells_without_a_hedge_stays_coded(coder: Coder) -> None:
    assert first_codes(coder, "Analysts said Russia had fired a new hypersonic missile at Kyiv.")[
        :2
    ] == ("190", "RUSMIL")


@pytest.mark.parametrize(
    "text",
    [
        "Kenroy Baptiste hosts a morning call-in programme on Radio Kingstown.",
        "The march was peaceful, and police watched from behind a cordon.",
        "More than 800,000 Afghans have returned from Pakistan since January, many of them "
        "expelled under Islamabad's drive against migrants.",
        "Thousands of Rohingya fled to Bangladesh, many of them expelled from their villages.",
    ],
)
def test_a_programme_a_place_behind_a_cordon_and_a_counted_participle_are_no_acts(
    coder: Coder, text: str
) -> None:
    assert coded_as(events(coder, text)) == []


def test_a_visit_hosted_a_cordon_imposed_and_an_expulsion_told_stay_coded(coder: Coder) -> None:
    assert first_codes(coder, "Kenya's president hosted his Ugandan counterpart in Nairobi.") == (
        "043",
        "KENGOV",
        "UGAGOV",
    )
    assert first_codes(coder, "Police cordoned off the square in Tbilisi before the rally.")[
        :2
    ] == ("170", "GEOCOP")
    assert first_codes(
        coder, "Pakistan expelled 2,000 Afghans on Monday, many of them women and children."
    ) == ("174", "PAKGOV", "AFGCVL")
