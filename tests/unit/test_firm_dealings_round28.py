"""A firm's or a club's dealings at home on a news site, round 28: a company or a club meeting
a regulator, a union or its fans, a protest aimed at a firm or a club, and one body's sitting
("the council met on Monday to discuss") are no political event; a club named after its city
("Real Madrid", "Paris Saint-Germain") is the club, not the state. Meetings with another
country's side, protests against a government and a body meeting someone stay. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, events, types

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Honda executives met with officials of the Japanese trade ministry on Friday to explain "
        "the recall.",
        "Atletico Madrid's directors met with supporters' groups after the derby.",
        "Paris Saint-Germain held talks with its season-ticket holders over the new seating plan.",
        "Hundreds of fans protested outside the stadium against the club's owners.",
        "The Tucson city council met on Tuesday evening to discuss a new bus depot.",
        "The company's board convened on Thursday to approve the merger.",
    ],
)
def test_business_at_home_is_no_event(coder: Coder, text: str) -> None:
    found = types(coder, text)
    assert "CONSULT" not in found and "PROTEST" not in found


def test_a_club_named_after_a_capital_is_not_the_state_codes_nothing(coder: Coder) -> None:
    # sport is no political event (guide section 1), so the club's criticism codes nothing
    assert events(coder, "Real Madrid criticised the referee after the defeat in Bilbao.") == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Spanish prime minister met the president of Mexico in Madrid on Monday.", "CONSULT"),
        ("The city council met with protesting farmers on Tuesday.", "CONSULT"),
        (
            "Thousands of people marched through Lyon against the government's pension reform.",
            "PROTEST",
        ),
    ],
)
def test_political_meetings_and_protests_stay(coder: Coder, text: str, plover: str) -> None:
    assert plover in types(coder, text)
