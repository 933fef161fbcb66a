"""Agency copy, round 37: false events on sentences that report no act of the day. A perfect
act's span told far out in its clause, past a long object, a list or an apposition, makes it a
standing act. Each has a near miss. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, second

recommended = recommended_coder

LEAD = (
    "ACCRA, Ghana (Reuters) - Ghanaian police fired tear gas at opposition supporters in "
    "Accra on Tuesday, witnesses said. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Washington has supported the Kurdish-led militia in its campaign against the "
        "jihadists for a decade.",
        "Thousands of Zambians have rallied in Lusaka and other towns since the strike began "
        "to demand higher wages.",
        "The rebels have besieged Bunia, the provincial capital, for weeks after taking two "
        "nearby towns.",
    ],
)
def test_a_perfect_act_over_a_span_told_far_out_is_background(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # a record, not a span
        "Rebels have captured the town of Baraka, their biggest gain since the offensive "
        "began, a spokesman said.",
        "Thousands of Zambians have rallied in Lusaka and other towns for the first time since "
        "the strike began.",
        # a recent start: the story's own days
        "Police have detained 40 protesters in Accra and two other cities since Saturday.",
    ],
)
def test_a_perfect_act_since_a_record_or_a_recent_day_keeps_its_event(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The United States gives Egypt more than $1.3 billion in military aid a year.",
        "Norway sends Mozambique about $50 million in budget support a year, part of it for "
        "the police.",
    ],
)
def test_an_amount_given_at_a_rate_is_a_standing_arrangement(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # a date, not a rate
        "Malawi sends 500 troops to the Mozambican border a week after the attack on Mangochi.",
        # the day's act, in the past
        "The United States gave Egypt $1.3 billion in military aid a year after the accord.",
    ],
)
def test_an_act_a_week_after_another_keeps_its_event(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Kofi Mensah was convicted in February 2023 of contempt of court and "
        "was later stripped of his mandate.",
        "The Togolese cleric was arrested in Accra in 2021 and subsequently deported to Lome.",
    ],
)
def test_an_act_later_than_a_dated_clause_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # the day of the story named after the later act
        "Opposition leader Kofi Mensah was convicted in February 2023 of contempt of court and "
        "was later stripped of his mandate on Monday.",
        # no year: the day's acts
        "The Togolese cleric was arrested in Accra on Sunday and subsequently deported to Lome.",
    ],
)
def test_an_act_later_than_the_days_clause_keeps_its_event(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "Under that accord, Albania agreed to return the disputed islands in exchange for talks.",
        "Under the 2019 truce, the rebels agreed to hand over their heavy weapons to the army.",
    ],
)
def test_a_sentence_opening_on_a_deal_tells_its_terms(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Under pressure from Washington, Albania agreed to return the disputed islands.",
        # a law a state enforces: the arrests are the news
        "Under the new law, police arrested 12 activists in Tirana.",
    ],
)
def test_an_act_under_pressure_or_a_law_keeps_its_event(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian foreign minister said Lusaka would ask the African Union to mediate.",
        "Prime Minister Mensah told parliament that Ghana would ask the United Nations to "
        "send observers to the border.",
    ],
)
def test_a_request_a_party_would_make_is_a_plan(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian foreign minister asked the African Union to mediate.",
        # a day of the story named: the news of that day
        "Prime Minister Mensah said Ghana would ask the United Nations on Monday to send "
        "observers.",
    ],
)
def test_a_request_made_or_dated_keeps_its_event(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "Mensah came second to President Kofi Boateng in the election, which he rejected as "
        "rigged.",
        "Boateng was returned to office in an election whose outcome two opposition parties "
        "rejected.",
    ],
)
def test_a_rejection_describing_an_election_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # a day of the story named
        "Boateng won a second term in Sunday's election, which the main opposition party "
        "rejected on Monday.",
        # the rejection is the main clause
        "The main opposition party rejected the election, which it said was rigged.",
    ],
)
def test_a_rejection_of_the_day_keeps_its_event(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group, which captured two towns last year, says it is fighting to protect "
        "the Ewe minority.",
        "The separatist movement, banned since 2019, says it is fighting for an independent "
        "state in the east.",
    ],
)
def test_a_partys_stated_cause_is_no_fight(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # a foe named: the fight itself
        "The army said it was fighting rebels near the border on Monday.",
        # the cause in an aside, the day's attack in the main clause
        "The rebels, who say they are fighting for an independent state, attacked a police "
        "post on Monday.",
    ],
)
def test_a_fight_with_a_foe_or_beside_a_cause_keeps_its_event(
    recommended: Coder, text: str
) -> None:
    assert second(recommended, text, LEAD) != []


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin has denied that its troops shelled the village and has called the reports "
        "a Western provocation.",
        "Accra has long denied backing the rebels and has accused Lome of harbouring them.",
    ],
)
def test_an_act_joined_to_a_standing_denial_is_background(recommended: Coder, text: str) -> None:
    assert second(recommended, text, LEAD) == []


@pytest.mark.parametrize(
    "text",
    [
        # the day's denial and accusation, in the past
        "The Kremlin denied on Monday that its troops shelled the village and called the "
        "reports a Western provocation.",
        # the accusation dated to the day, no perfect of its own
        "Moscow has denied that its troops shelled the village and on Monday accused Kyiv of "
        "staging the attack.",
    ],
)
def test_an_accusation_of_the_day_beside_a_denial_keeps_its_event(
    recommended: Coder, text: str
) -> None:
    assert "ACCUSE" in second(recommended, text, LEAD)
