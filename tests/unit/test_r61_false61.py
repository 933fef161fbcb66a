"""Round 61 (false61): events from sentences that report no act.

A use of force or a protest the narration puts under a modal, with no one in the sentence saying
it ("troops may enter homes and arrest suspects", "detectives will apply to keep them in
custody"), is a plan or a permission, not a threat. An act named as the object of a verb of
prevention ("prevented a bombing") did not happen. A call or message left unanswered is no
refusal. A verb joined by "and" with no subject of its own shares the span told after it ("had
detained 140 people and impounded 60 boats ... since March"), and an apposition closed by commas
after the act's object does not keep a year after it from dating the act. What a text provides
for in an "under which" clause is no act, and the month "May" is no modal."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_in, recommended_coder, undated

coder = recommended_coder

WIRE_LEAD = (
    "TEGUCIGALPA, March 12 (Reuters) - Honduran authorities imposed emergency rule over three "
    "northern provinces on Tuesday after a wave of gang killings. "
)
SITE_LEAD = (
    "Officers in Mzuzu used pepper spray on Saturday against a few hundred fish sellers who "
    "walked to the district office to oppose a new levy. "
)


def _codes(text: str, index: int, found_by: Coder) -> list[str]:
    return [code for code, _, _ in coded_in(undated(found_by, text), index)]


def test_force_permitted_under_a_measure_is_no_threat(coder: Coder) -> None:
    sentence = (
        "Under the decree, which lasts 30 days, troops may enter homes and arrest suspects "
        "without a court order."
    )
    assert _codes(SITE_LEAD + sentence, 1, coder) == []


def test_force_planned_in_a_clause_of_time_is_no_threat(coder: Coder) -> None:
    sentence = (
        "The sellers are due to face a magistrate on Monday, when detectives will apply to keep "
        "them in custody."
    )
    assert _codes(SITE_LEAD + sentence, 1, coder) == []


def test_force_under_a_modal_that_someone_says_stays_a_threat(coder: Coder) -> None:
    sentence = "The army cautioned that soldiers would arrest anyone blocking the northern highway."
    assert any(code.startswith("13") for code in _codes(WIRE_LEAD + sentence, 1, coder))


def test_an_attack_prevented_is_no_attack(coder: Coder) -> None:
    sentence = (
        '"Our officers prevented a bombing that could have killed dozens," the minister said.'
    )
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_an_unanswered_call_is_no_refusal(coder: Coder) -> None:
    sentence = "The Guatemalan consulate in San Pedro Sula did not answer phone calls on Tuesday."
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_a_conjoined_verb_shares_the_span_after_it(coder: Coder) -> None:
    sentence = (
        "He said soldiers and police had detained 140 people and impounded 60 boats along "
        "the coast since March."
    )
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_conjoined_verbs_on_the_story_day_stay(coder: Coder) -> None:
    sentence = "Soldiers detained 14 people and impounded six boats along the coast on Tuesday."
    assert any(code.startswith("17") for code in _codes(WIRE_LEAD + sentence, 1, coder))


def test_a_year_after_an_apposition_dates_the_act(coder: Coder) -> None:
    sentence = (
        "The gangs seized Tocoa and Sonaguera, the two main towns of the valley, in late 2023 "
        "and have run them since."
    )
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_what_a_deal_provides_in_a_relative_clause_is_no_act(coder: Coder) -> None:
    sentence = (
        "The ministers also initialled a memorandum under which Mexico will supply 40 "
        "ambulances to the northern provinces."
    )
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_the_month_may_is_no_modal(coder: Coder) -> None:
    sentence = "Honduras's Congress voted on May 4 to impeach the attorney general."
    assert _codes(WIRE_LEAD + sentence, 1, coder) != []
