"""Round 38, false5: false events in agency and site copy (sentences written for these tests;
docs/labelling.md, section 1: background, habits and trends).
A sentence that opens on a month named alone ("In March, ...", "In August Nairobi ...", "During
the summit in October, ...") dates its main clause by that month: an earlier month's act
(relevance._month_opening; near misses: a place opening with a month later in the sentence, and
a passive, which the article set codes).
Acts a party has stepped up, increased or intensified, in the perfect, in a relative clause
describing it or over a recent span ("who have stepped up attacks", "have increased their
attacks recently") are a trend (relevance._raised; near misses: a main clause with no span, and
the same clause with a day of the story named).
What a text allows a party to do ("The bill ... would allow police to ... block websites", "its
protocol, which allows forces to clear roads") is its content, no act (existence._text_permits;
near miss: a parliament allowing).
The toll of a fight the report has told ("had been killed in the fighting", "was wounded in the
shootout") is a consequence (existence._casualty_of_fight and _casualty_in_told_fight; near
misses: a fight first told by its toll, and a toll "in the attack").
An act told in the passive in a relative clause ("activists who were sentenced ... by a military
court", "a former governor who was endorsed by ...") describes its noun
(relevance._passive_in_relative; near misses: a day of the story named, and a passive in a main
clause)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second, undated_in

coder = recommended_coder

LEAD = (
    "NAIROBI, Kenya (Reuters) - Kenyan police fired tear gas at opposition supporters in "
    "Nairobi on Tuesday, witnesses said. "
)
SITE_LEAD = "Kenyan police fired tear gas at opposition supporters in Nairobi on Tuesday. "


def site_codes(coder: Coder, text: str) -> list[str]:
    """The codes of `text` as the second sentence of a news site's undated article."""
    return [event.cameo_code for event in undated_in(coder, SITE_LEAD + text, 1)]


MONTH_OPENINGS = [
    "In March, Thai troops shelled Cambodian positions near the border.",
    "In early June, Kenyan police arrested 30 protesters in Mombasa.",
    "In early June Kenyan police arrested 30 protesters in Mombasa.",
    # both acts of the main clause, also one governing a "to"
    "In August Nairobi expelled two Ugandan diplomats and asked Kampala to recall its envoy.",
    "During the summit in October, Ghana's president accused Togo of harbouring rebels.",
]


@pytest.mark.parametrize("text", MONTH_OPENINGS)
def test_an_act_after_a_month_opening_is_background_in_agency_copy(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize("text", MONTH_OPENINGS)
def test_an_act_after_a_month_opening_is_background_in_site_copy(coder: Coder, text: str) -> None:
    assert site_codes(coder, text) == []


def test_a_place_opening_with_a_month_later_keeps_its_event(coder: Coder) -> None:
    # near miss: the opening phrase ends on a place; the month is a budget's
    text = "In Mombasa, Kenyan police arrested 30 protesters at a rally against the June budget."
    assert site_codes(coder, text) == ["173"]


@pytest.mark.parametrize(
    "text",
    [
        "In June, a Kenyan trader was seized by Somali gunmen near Mandera.",
        "In June, two Kenyan traders were kidnapped by Somali gunmen near Mandera.",
    ],
)
def test_a_passive_after_a_month_opening_keeps_its_event(coder: Coder, text: str) -> None:
    # near miss: the article set codes earlier kidnappings told in the passive
    assert second(coder, text, LEAD) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana accuses Togo of sheltering the separatists, who have stepped up attacks in the "
        "Volta region.",
        "Al-Shabaab fighters have intensified their raids on border villages in recent weeks.",
    ],
)
def test_acts_stepped_up_in_a_relative_or_recently_are_a_trend(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []
    assert site_codes(coder, text) == []


def test_acts_intensified_in_a_main_clause_keep_their_event(coder: Coder) -> None:
    # near miss: no relative clause and no recent span (the article set codes such strikes)
    text = "Nigeria has intensified its airstrikes on militant camps in the northeast."
    assert second(coder, text, LEAD) == ["ASSAULT"]


def test_acts_stepped_up_on_a_named_day_keep_their_event(coder: Coder) -> None:
    # near miss: a day of the story named
    text = (
        "Al-Shabaab fighters have intensified their raids recently on border villages on Tuesday."
    )
    assert second(coder, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The bill, drafted by the interior ministry, would allow police to ban rallies and "
        "arrest organisers.",
        "The government defended its new protocol, which allows soldiers to clear roads "
        "without a court order.",
    ],
)
def test_what_a_text_allows_a_party_to_do_is_no_act(coder: Coder, text: str) -> None:
    assert site_codes(coder, text) == []


def test_a_party_allowing_keeps_its_event(coder: Coder) -> None:
    # near miss: a parliament, no text, allows the army to act
    text = "Kenya's parliament voted to allow the army to deploy troops in Nairobi."
    assert site_codes(coder, text) == ["080"]


@pytest.mark.parametrize(
    "text",
    [
        "Two Ugandan soldiers died in the fighting, the army said.",
        "Two Ugandan soldiers were killed in the clashes, the army said.",
    ],
)
def test_the_toll_of_a_fight_told_before_is_no_act(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []
    assert site_codes(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a fight first told by its toll, and an attack (it has a doer)
        "Four people were killed in clashes between students and riot police in Dhaka on Tuesday.",
        "Two Ugandan soldiers were killed in the attack, the army said.",
    ],
)
def test_a_toll_of_a_fight_first_told_or_of_an_attack_keeps_its_event(
    coder: Coder, text: str
) -> None:
    assert second(coder, text, LEAD) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda is holding nine Kenyan activists, among them two student leaders who were jailed "
        "for life by a military tribunal in Gulu.",
        "The candidate, a former deputy governor who was endorsed by the Ugandan president, won "
        "51% of the vote.",
    ],
)
def test_a_passive_act_in_a_relative_clause_is_background(coder: Coder, text: str) -> None:
    assert second(coder, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a day of the story named, and a passive in a reported main clause
        "Kenya still holds 12 Ugandan activists who were detained by police in Nairobi on Monday.",
        "Police said the two student leaders were jailed for life by a military tribunal in Gulu.",
    ],
)
def test_a_passive_act_on_a_named_day_or_in_a_main_clause_keeps_its_event(
    coder: Coder, text: str
) -> None:
    assert second(coder, text, LEAD) == ["COERCE"]
