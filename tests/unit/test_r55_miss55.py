"""Round 55 (miss55): a protest over prices is politics, and an opposition's answer to its own
state's charge names its maker.

`relevance.article_frames` read a site story as off the topic when enough of its sentences held
a word of the business pages ("prices", "cash", "revenues"), even where those words stood in
sentences about protesters or the opposition: every act of a story about a protest over fuel
prices was then weighed as business news and fell under the floor. A sentence that names
dissent (`relevance.DISSENT_WORDS`) no longer counts for another page. With the story's acts
kept, an opposition leader's rejection of a charge that names its maker, the government of his
own country, keeps that maker (`coder._answers_own_state`) rather than the foreign state that
acted earlier in the story."""

from __future__ import annotations

import pytest

from tensionwatch.domain import relevance
from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, undated_in

coder = recommended_coder

# the business pages' words ("prices", "revenues", "cash") in sentences of dissent, in three
# forms: protesters as subjects, the opposition's demand, demonstrators detained (a passive)
PROTEST_SENTENCES = [
    "Thousands of farmers blocked the highways of southern Peru on Monday to demand cheaper "
    "fertiliser.",
    "Protesters in Puno burned tyres and said fuel prices had doubled since March.",
    "Opposition lawmakers accused the energy minister of hiding the lost revenues of the state "
    "oil company.",
    "Nine demonstrators carrying cash for the road blockers were detained near Juliaca, police "
    "said.",
]
APPEAL = (
    "Prime Minister Gustavo Adrianzen urged the farmers to lift the blockades and to join talks "
    "in Lima on Friday."
)
BACKGROUND = "Diesel prices have risen by a third this year."


def test_a_protest_over_prices_is_no_business_story() -> None:
    texts = [*PROTEST_SENTENCES, APPEAL, BACKGROUND, "The strike is the largest since 2022."]
    assert relevance.article_frames(texts).topic == ""


@pytest.mark.parametrize(
    "dissent",
    [
        "Activists said the new bread prices would push families into hunger.",
        "The demonstration against higher electricity prices drew about 3,000 people.",
        "Protesting workers said the company's profits had tripled while wages stood still.",
    ],
)
def test_a_sentence_of_dissent_is_no_sentence_of_another_page(dissent: str) -> None:
    # two sentences of the business pages in a short story frame it; one of dissent does not
    business = "Shares of the miner fell 4 percent after it reported weaker earnings."
    assert relevance.article_frames([business, business, "It rained."]).topic == (
        relevance.OFFTOPIC
    )
    assert relevance.article_frames([business, dissent, "It rained."]).topic == ""


def test_a_business_story_with_one_protest_stays_off_the_topic() -> None:
    texts = [
        "Shares of Lima's largest brewer rose 6 percent after it reported record profits for the "
        "quarter.",
        "Investors welcomed the results, and analysts raised their price targets.",
        "The company said cash from its new plant in Arequipa would fund a dividend.",
        "A small group of protesters gathered outside the annual meeting over water use.",
        "Beer prices in Peru rose by 8 percent last year.",
    ]
    assert relevance.article_frames(texts).topic == relevance.OFFTOPIC


def test_the_appeal_of_a_protest_over_prices_is_kept(coder: Coder) -> None:
    body = " ".join([*PROTEST_SENTENCES, APPEAL, BACKGROUND])
    found = undated_in(coder, body, 4)
    assert found, APPEAL
    assert found[0].cameo_root == "02"
    assert country(found[0].source) == "PER"
    assert found[0].source is not None and found[0].source.sector == "GOV"


TRUCKERS = [
    "Georgian truckers have blocked the main highway near Tbilisi for three days to protest "
    "against higher fuel prices.",
    "Armenia has threatened to close its border crossings with Georgia if the blockade continues.",
    "Police said they had detained 20 protesters, some of them carrying cash that the interior "
    "ministry says came from abroad.",
]


def test_an_opposition_rejecting_its_own_state_s_charge_answers_it(coder: Coder) -> None:
    answer = (
        "The opposition leader, Levan Khabeishvili, dismissed the claim that the truckers had "
        "been paid, calling it a lie spread by the government."
    )
    found = undated_in(coder, " ".join([*TRUCKERS, answer]), 3)
    assert found and found[0].cameo_root == "01"
    assert found[0].target is not None
    assert (found[0].target.country, found[0].target.sector) == ("GEO", "GOV")


def test_a_state_rejecting_a_foreign_charge_still_answers_the_foreigner(coder: Coder) -> None:
    # near miss: the rejecter is the state itself, so the foreign critic the story named before
    # is the charge's maker, as before
    answer = (
        "Georgia's foreign ministry rejected the accusation, calling it an attempt to blame the "
        "government for a private dispute."
    )
    found = undated_in(coder, " ".join([*TRUCKERS, answer]), 3)
    assert found and found[0].cameo_root == "01"
    assert country(found[0].source) == "GEO"
    assert country(found[0].target) == "ARM"
