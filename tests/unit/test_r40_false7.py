"""Round 40, false7: sentences of agency and site copy that told no act and got one. A currency
named "pound" is no shelling (`data/triggers.tsv` discards); a count of victims over a span of
months or years ("in the first three months of the year", "in the year after the coup") is a
figure of the period (`relevance._counted_in_span`); an election or a vote a participle
describes ("in an October election boycotted by the opposition") is told by what it was
(`relevance._dated_participle`, `ELECTION_NOUNS`); a civil case between private persons (a
claimant, an injunction, a defamation award, neighbours in a civil court) is ordinary as a
crime is, and a court's rejection of a private party's plea is its case's
(`relevance._ordinary`, `RULED_ROOTS`; `data/relevance.tsv`); a strike a union "would hold" or
"would stage" is on the calendar, a plan (`relevance._held_by_modal`); a law, a decree or a
treaty "signed by" someone is described, not signed now (`data/triggers.tsv` discards); a
refusal in the present perfect in a story's body with no day named ("has refused to step aside")
is a stance (`relevance._standing_refusal`). Each has a near miss that keeps its act. Every
sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, sides_of

coder = recommended_coder

BEIRUT = (
    "BEIRUT, May 14 (Reuters) - Lebanon's parliament failed on Tuesday to elect a president "
    "for the twelfth time, officials said. "
)


def body_acts(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event after the lead."""
    return [(e.cameo_code, *sides_of(e)) for e in article(coder, BEIRUT + text) if e.sentence_index]


def test_a_currency_called_pound_is_no_shelling(coder: Coder) -> None:
    text = "The Lebanese pound has lost more than 95 percent of its value since 2019."
    assert body_acts(coder, text) == []


def test_the_pound_that_fell_is_no_shelling(coder: Coder) -> None:
    assert body_acts(coder, "The Egyptian pound fell 3 percent against the dollar.") == []


def test_artillery_that_pounds_villages_keeps_its_attack(coder: Coder) -> None:
    # near miss: the verb "pound" after "to"
    text = (
        "Lebanese army artillery continued to pound militant positions near the border on "
        "Monday, police said."
    )
    assert ("194", "LBN", "LBN") in body_acts(coder, text)


def test_victims_counted_over_months_are_a_figure(coder: Coder) -> None:
    text = (
        "Militias killed more than 900 farmers around Baalbek in the first six months of this "
        "year, according to a monitoring group."
    )
    assert body_acts(coder, text) == []


def test_victims_counted_over_the_year_after_a_coup_are_a_figure(coder: Coder) -> None:
    text = (
        "Jihadist raids killed more than 800 villagers in the year after the junta took power, a "
        "monitoring group said."
    )
    assert body_acts(coder, text) == []


def test_a_killing_in_the_first_hours_of_a_raid_stays(coder: Coder) -> None:
    # near miss: hours are no span of months or years
    text = "Gunmen killed more than 40 villagers in the first hours of the raid, police said."
    assert [code for code, _, _ in body_acts(coder, text)] == ["190"]


def test_a_killing_with_no_span_stays(coder: Coder) -> None:
    # near miss: a count with a place after it and no period
    text = "Gunmen killed more than 40 villagers in the district on Sunday, police said."
    assert [code for code, _, _ in body_acts(coder, text)] == ["190"]


def test_an_election_described_by_its_boycott_is_no_act(coder: Coder) -> None:
    text = (
        "The president secured a third term in a March election boycotted by the main "
        "opposition parties."
    )
    assert body_acts(coder, text) == []


def test_a_vote_described_by_its_boycott_is_no_act(coder: Coder) -> None:
    text = "Both governors won their seats in a June vote boycotted by the Kurdish parties."
    assert body_acts(coder, text) == []


def test_an_opposition_that_boycotted_the_vote_keeps_its_protest(coder: Coder) -> None:
    # near miss: the boycott is the main clause's act
    text = "The opposition boycotted the vote on Sunday, saying it was rigged."
    assert body_acts(coder, text) == [("143", "LBN", "LBN")]


def test_a_judge_rejecting_a_defence_in_a_defamation_case_is_no_act(coder: Coder) -> None:
    body = (
        "A district court in Porto has ordered a restaurant owner to pay 40,000 euros in damages "
        "to a former chef he accused online of stealing recipes. "
        "The judge found that Rui Costa, 47, had posted false claims about the chef on his "
        "restaurant's website for a year. "
        "The judge rejected Costa's defence that the posts were satire, saying they had been "
        "meant to ruin her. "
        "The claimant said outside court that she could now look for work again."
    )
    assert [e for e in article(coder, body) if e.sentence_index == 2] == []


def test_neighbours_in_a_civil_court_accuse_no_one_political(coder: Coder) -> None:
    body = (
        "In the hill villages above Patras, wells have run dry for a second summer and farmers "
        "are buying water by the truckload. "
        "In one village, a family has sued its neighbours in a civil court, accusing them of "
        "draining a shared well at night. "
        "The weather service expects no rain before October."
    )
    assert [e for e in article(coder, body) if e.sentence_index == 1] == []


def test_a_court_rejecting_the_oppositions_appeal_keeps_its_act(coder: Coder) -> None:
    # near miss: the plea is a political party's
    body = (
        "Kenya's Supreme Court rejected the opposition's appeal against the presidential "
        "election result on Monday. The judges said the vote had been free and fair."
    )
    found = [(e.cameo_code, *sides_of(e)) for e in article(coder, body)]
    assert found == [("120", "KEN", "KEN")]


def test_a_court_rejecting_an_opposition_leaders_plea_in_a_libel_case_keeps_it(
    coder: Coder,
) -> None:
    # near miss: a civil case's word, but the one whose plea is rejected is the opposition
    body = (
        "Kenya's High Court on Thursday dismissed a bid by opposition leader Kalonzo Musyoka to "
        "halt a defamation case brought against him by the interior minister."
    )
    found = [(e.cameo_code[:2], *sides_of(e)) for e in article(coder, body)]
    assert found[:1] == [("12", "KEN", "KEN")]


LISBON_MARCH = "Thousands of teachers marched through Lisbon on Tuesday against a pay freeze. "


def second_sentence(coder: Coder, body: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of the second sentence."""
    return [(e.cameo_code, *sides_of(e)) for e in article(coder, body) if e.sentence_index == 1]


def test_a_strike_a_union_would_hold_next_month_is_a_plan(coder: Coder) -> None:
    text = (
        "The main teachers' union said it would hold its second general strike against the "
        "government next month."
    )
    assert second_sentence(coder, LISBON_MARCH + text) == []


def test_a_strike_a_union_would_stage_on_a_day_is_a_plan_in_agency_copy(coder: Coder) -> None:
    body = (
        "LISBON, May 14 (Reuters) - Thousands of Portuguese teachers marched through Lisbon on "
        "Tuesday against a pay freeze. The main teachers' union said it would stage a general "
        "strike on Friday."
    )
    assert second_sentence(coder, body) == []


def test_a_strike_threatened_unless_stays_a_threat(coder: Coder) -> None:
    # near miss: a condition makes the announcement a threat
    text = (
        "The union said it would hold a general strike next month unless the government lifted "
        "the freeze."
    )
    assert second_sentence(coder, LISBON_MARCH + text) == [("133", "PRT", "PRT")]


def test_a_strike_held_stays_a_protest(coder: Coder) -> None:
    # near miss: the strike is held, no modal
    text = "Teachers held a general strike across the country on Wednesday, closing most schools."
    assert second_sentence(coder, LISBON_MARCH + text) == [("143", "PRT", "PRT")]


def test_a_law_named_by_its_signer_is_no_signing(coder: Coder) -> None:
    text = (
        "Tenants' groups fear the rent law signed by President Joseph Aoun in March will empty "
        "old neighbourhoods."
    )
    assert body_acts(coder, text) == []


def test_a_charter_named_by_its_signers_is_no_signing(coder: Coder) -> None:
    body = (
        "Thousands of people gathered in Apia on Saturday to mark the anniversary of "
        "independence. The accord, signed by the Crown's envoys and 40 village chiefs in 1961, "
        "still hangs in the assembly hall."
    )
    assert second_sentence(coder, body) == []


def test_two_states_that_signed_an_agreement_keep_it(coder: Coder) -> None:
    # near miss: the signing is the main clause's act
    text = "Chile and Argentina signed a border agreement on Monday, officials said."
    assert body_acts(coder, text) == [("057", "CHL", "ARG")]


def test_a_refusal_in_the_perfect_in_a_storys_body_is_a_stance(coder: Coder) -> None:
    text = "The armed group has refused to disarm until foreign troops leave the south."
    assert body_acts(coder, text) == []


def test_a_leader_who_has_refused_to_step_aside_holds_a_stance(coder: Coder) -> None:
    text = "The prime minister has refused to step aside before an election is held."
    assert body_acts(coder, text) == []


def test_a_refusal_on_a_day_of_the_story_stays(coder: Coder) -> None:
    # near miss: a day named makes the refusal the day's act
    text = "The government refused on Monday to meet the strikers' leaders, officials said."
    assert [code[:2] for code, _, _ in body_acts(coder, text)] == ["12"]


def test_a_refusal_in_the_perfect_coded_alone_stays(coder: Coder) -> None:
    # near miss: a sentence coded alone (no story's body), as the GSR codes it
    text = "The Lebanese prime minister has refused to step aside before an election is held."
    assert [(e.cameo_code[:2], *sides_of(e)) for e in events(coder, text)] == [("12", "LBN", None)]
