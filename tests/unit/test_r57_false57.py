"""Round 57 (false57): false events on sentences people found no political act in.

A body sentence opening on a deal ("Under the deal, ...", "Under its first phase, ...", "Under
that accord the party ...") tells what the sides did under it: the deal carried out before the
news, its terms told done (docs/labelling.md, section 1: background, what a deal does). Round 35
set aside only what a side agreed to or promised under it; a deed done under it is set aside too
when the sentence names no day of the story. A day of the story ("on Tuesday"), the lead, and an
opening on a law or a constitution keep the act."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, recommended_coder, undated_in

coder = recommended_coder

WIRE_LEAD = (
    "KINSHASA, Congo (Reuters) - Congo's government and the M23 rebels signed a ceasefire in "
    "Doha on Saturday, Qatari mediators said."
)
SITE_LEAD = (
    "Congo's government and the M23 rebels have signed a ceasefire in Doha, Qatari mediators said."
)

# what a side did under a deal, in four forms: the deal's phase, no comma after the deal, the
# deal with a relative clause and the pluperfect, an accord named with its maker
DONE_UNDER_DEALS = [
    "Under its first phase, the rebels released 40 soldiers in exchange for 120 prisoners.",
    "Under that deal the opposition ended its boycott of parliament.",
    "Under the Qatari-brokered ceasefire the army pulled back from the town.",
    "Under the Luanda accord, the rebels withdrew from two mining towns.",
]


@pytest.mark.parametrize("sentence", DONE_UNDER_DEALS)
def test_a_deed_under_a_deal_is_no_event_in_agency_copy(coder: Coder, sentence: str) -> None:
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


@pytest.mark.parametrize("sentence", DONE_UNDER_DEALS)
def test_a_deed_under_a_deal_is_no_event_on_a_site(coder: Coder, sentence: str) -> None:
    assert undated_in(coder, f"{SITE_LEAD} {sentence}", 1) == []


# near misses: a day of the story named, a law (no deal) opening the sentence
KEPT = [
    "Under the deal, the rebels released 40 soldiers on Sunday.",
    "Under the new security law, police arrested 30 opposition activists in Goma.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_a_deed_of_the_day_or_under_a_law_stays(coder: Coder, sentence: str) -> None:
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) != []


def test_a_lead_opening_on_a_deal_stays(coder: Coder) -> None:
    lead = "Under a deal brokered by Qatar, the M23 rebels freed 40 Congolese soldiers."
    tail = " The soldiers were handed to the Red Cross in Goma."
    assert undated_in(coder, lead + tail, 0) != []


# A sentence whose main clause is a present copula with a noun phrase on its short opening
# subject describes what the subject is: the acts told after it are its standing record.
COPULA_LEAD = (
    "VIENTIANE, Laos (Reuters) - Laos and Vietnam signed an agreement on Tuesday to clear "
    "unexploded bombs along their border, the two governments said."
)
DESCRIPTIONS = [
    # a participle after the noun phrase
    "Japan is Laos's largest donor of mine clearance aid, having pledged more than 50 million "
    "dollars since 2010.",
    # a second verb after "is not a"
    "Laos is not a member of the convention but has destroyed most of its stockpiles.",
    # "one of" and a relative clause on the noun phrase
    "Thailand is one of five neighbours that have accused Laos of dumping waste in the Mekong.",
    # the copula after an apposition set off by two commas
    "Thailand, a kingdom of about 70 million people, is one of five neighbours that have "
    "accused Laos of dumping waste in the Mekong.",
    # a present "has" of possession, a report verb inside the relative clause
    "Vietnam has a defence treaty with Laos that it says covers armed attacks on Lao troops.",
]


@pytest.mark.parametrize("sentence", DESCRIPTIONS)
def test_a_copulas_description_is_no_event(coder: Coder, sentence: str) -> None:
    assert coded_in(article(coder, f"{COPULA_LEAD} {sentence}"), 1) == []
    assert undated_in(coder, f"{COPULA_LEAD.split(' - ', 1)[1]} {sentence}", 1) == []


# near misses: a speaker's words, an ordinal's infinitive telling the act, a day of the story,
# the copula of a clause that does not open the sentence
COPULA_KEPT = [
    "Laos is a puppet of Hanoi, the Thai foreign minister said, accusing Vientiane of dumping "
    "waste in the Mekong.",
    "Vietnam's president is the first foreign leader to visit Vientiane to meet Thongloun.",
    "Japan is the largest donor and pledged another 20 million dollars on Tuesday.",
    "Thai troops shelled a Lao border post, which is the third such attack this year.",
    # the perfect of "have", no possession
    "Japan has sent two minesweepers to help clear the bombs.",
]


@pytest.mark.parametrize("sentence", COPULA_KEPT)
def test_a_copula_with_an_act_of_its_own_stays(coder: Coder, sentence: str) -> None:
    assert coded_in(article(coder, f"{COPULA_LEAD} {sentence}"), 1) != []


# A charge's passive participle closing the main clause (", accused of ...") describes the
# clause's subject; neither it nor the clause's other party accuses anyone.
CHARGE_LEAD = (
    "SAN JOSE, Costa Rica (Reuters) - Costa Rican police arrested 14 people during a protest "
    "outside the presidential palace on Monday, the security ministry said."
)


def test_a_trailing_charge_is_no_accusation(coder: Coder) -> None:
    sentence = (
        "Four of them will appear before a magistrate on Thursday, accused of beating a guard."
    )
    assert coded_in(article(coder, f"{CHARGE_LEAD} {sentence}"), 1) == []


def test_the_clauses_own_act_stays_and_its_own_accusation_too(coder: Coder) -> None:
    detained = "Police detained two opposition leaders on Tuesday, accused of plotting a coup."
    assert [c[0] for c in coded_in(article(coder, f"{CHARGE_LEAD} {detained}"), 1)] == ["173"]
    expelled = "The government expelled two diplomats on Tuesday, accusing them of spying."
    roots = {c[0][:2] for c in coded_in(article(coder, f"{CHARGE_LEAD} {expelled}"), 1)}
    assert "11" in roots


# A sentence opening on "Every" and a unit of time (a habit) or a present copula (a
# generalisation) tells no act of the day.
EVERY_LEAD = "Pensioners clashed with riot police outside the national parliament in Asuncion."
EVERY_SENTENCES = [
    "Every Thursday for two years, retired teachers have marched on the parliament to protest "
    "against pension cuts.",
    '"Every blockade is paid for by our farmers," the opposition leader said on Thursday.',
]


@pytest.mark.parametrize("sentence", EVERY_SENTENCES)
def test_a_habit_or_generalisation_opening_on_every_is_no_event(
    coder: Coder, sentence: str
) -> None:
    assert undated_in(coder, f"{EVERY_LEAD} {sentence}", 1) == []


def test_every_without_a_time_or_copula_stays(coder: Coder) -> None:
    sentence = "Every opposition lawmaker voted to censure the interior minister over the clashes."
    assert undated_in(coder, f"{EVERY_LEAD} {sentence}", 1) != []


# The launch of the campaign the story follows, named by its possessive, is its start: background
# to a report of a later day; an act hung on it by "after" is older still.
CAMPAIGN_LEAD = (
    "KHARTOUM, Sudan (Reuters) - Sudan's army shelled positions of the Rapid Support Forces in "
    "Omdurman on Monday, residents said."
)
CAMPAIGN_STARTS = [
    "The army launched its offensive on Friday, killing dozens of RSF fighters in air strikes.",
    "The army launched its offensive after RSF fighters attacked a base in El Obeid.",
]


@pytest.mark.parametrize("sentence", CAMPAIGN_STARTS)
def test_the_launch_of_the_storys_campaign_is_no_event(coder: Coder, sentence: str) -> None:
    assert coded_in(article(coder, f"{CAMPAIGN_LEAD} {sentence}"), 1) == []


def test_a_campaign_launched_without_its_possessive_stays(coder: Coder) -> None:
    sentence = "The army launched a new offensive on Monday against RSF positions in Bahri."
    assert coded_in(article(coder, f"{CAMPAIGN_LEAD} {sentence}"), 1) != []


# A sentence opening on "Since" and a past year or month tells what the span held, the
# participles of its perfect clause too; "since" a day of the story is the news's count.
SINCE_LEAD = (
    "ADEN, Yemen (Reuters) - The Houthis fired two missiles at a Liberian-flagged tanker in "
    "the Red Sea on Tuesday, the British military said."
)


def test_a_span_since_a_past_year_and_its_participles_are_no_event(coder: Coder) -> None:
    sentence = (
        "Since early 2024 the Houthis have attacked dozens of merchant ships, seizing one and "
        "killing four sailors."
    )
    assert coded_in(article(coder, f"{SINCE_LEAD} {sentence}"), 1) == []


def test_a_count_since_a_day_of_the_story_stays(coder: Coder) -> None:
    sentence = "Since Monday, the Houthis have attacked three ships, seizing one of them."
    assert coded_in(article(coder, f"{SINCE_LEAD} {sentence}"), 1) != []
