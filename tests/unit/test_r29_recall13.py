"""Round 29, recall: acts the existence and relevance filters threw away. A "to" after the
means of an act is what the means does, not a goal ("issued a statement to condemn the
attack", "signed a decree to release 200 prisoners", "took to social media to accuse"); a
visitor's present stay ("is in Lima this week to meet") and a landing or a return read as a
journey's purpose does; an election's winner congratulated is a state's greeting, not a feat's
praise. Each has a near miss that stays without the act. Every sentence in these tests was
written for them; they are coded as the second sentence of a news site's report."""

from __future__ import annotations

import pytest

from tensionwatch.domain import existence
from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second, second_events

coder = recommended_coder

LEAD = "A quiet week ended in Accra with the budget debate. "


def _types(coder: Coder, text: str) -> list[str]:
    return second(coder, text, LEAD)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Ghana's foreign ministry issued a statement on Sunday to condemn the attack on its "
            "embassy in Lome.",
            "ACCUSE",
        ),
        ("The president signed a decree to release 200 political prisoners.", "RETREAT"),
        (
            "The opposition leader took to social media to accuse the government of rigging the "
            "vote.",
            "ACCUSE",
        ),
        ("The minister used a speech in parliament to accuse Chile of spying.", "ACCUSE"),
        ("The junta issued an order to expel the French ambassador.", "SANCTION"),
    ],
)
def test_an_act_done_through_its_means_is_no_goal(coder: Coder, text: str, plover: str) -> None:
    assert plover in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry issued a statement to explain the new rules.",
        "He took to social media to thank his fans.",
        "The club issued a statement to condemn racist abuse of its players.",
    ],
)
def test_a_statement_with_no_political_act_stays_without_event(coder: Coder, text: str) -> None:
    assert _types(coder, text) == []


def test_a_bill_named_without_its_passing_stays_a_goal() -> None:
    words = "the opposition tabled a bill to ban protests near parliament .".split()
    assert existence.is_goal(words, words.index("ban"), False, "172")
    passed = "parliament passed a law on tuesday to ban protests near its building .".split()
    assert not existence.is_goal(passed, passed.index("ban"), False, "172")


def test_an_operation_to_cut_supply_lines_stays_a_goal() -> None:
    words = "the army launched an operation to cut supply lines .".split()
    assert existence.is_goal(words, words.index("cut"), False, "190")


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign minister is in Lima this week to meet Peruvian officials.",
        "The Ghanaian president landed in Abuja on Tuesday to meet his Nigerian counterpart.",
        "The Ghanaian president returned to Abuja to meet his Nigerian counterpart.",
    ],
)
def test_a_visitors_stay_names_the_meeting(coder: Coder, text: str) -> None:
    assert "CONSULT" in _types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president is in Lima this week to open a trade fair.",
        "Rebel fighters are in position to attack the town.",
        "The army is in a position to strike the rebels' camps.",
    ],
)
def test_a_stay_with_no_meeting_or_a_position_is_no_event(coder: Coder, text: str) -> None:
    assert _types(coder, text) == []


def test_an_election_winner_congratulated_is_a_greeting(coder: Coder) -> None:
    text = "The Ghanaian president congratulated the winner of Nigeria's presidential election."
    found = [e for e in second_events(coder, text, LEAD) if e.plover_type == "SUPPORT"]
    assert found and country(found[0].source) == "GHA" and country(found[0].target) == "NGA"


@pytest.mark.parametrize(
    "text",
    [
        "The president congratulated the national team on winning the cup.",
        "The president congratulated all citizens on a peaceful vote.",
    ],
)
def test_a_feat_or_a_vote_of_citizens_congratulated_stays_without_event(
    coder: Coder, text: str
) -> None:
    assert _types(coder, text) == []


def test_a_stopover_for_talks_is_the_meeting(coder: Coder) -> None:
    text = "Chile's foreign minister stopped in Lima on Monday to meet Peruvian officials."
    assert "CONSULT" in _types(coder, text)


def test_a_gathering_with_another_purpose_stays_that_act(coder: Coder) -> None:
    text = "Hundreds of teachers gathered outside parliament on Tuesday to demand higher pay."
    assert _types(coder, text) == ["PROTEST"]


def test_a_council_convened_to_discuss_sits_in_session(coder: Coder) -> None:
    text = "The Tucson city council convened on Tuesday evening to discuss a new bus depot."
    assert _types(coder, text) == []
