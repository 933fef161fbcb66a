"""Direction of acts whose grammar turns the giver and receiver round: aid received "from" a
giver, people released "by" one side and returned "to" another, an amount "in aid to" a
country. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, of_type


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(min_confidence=0.0)


def parties(coder: Coder, text: str, plover: str) -> tuple[str | None, str | None]:
    event = of_type(events(coder, text), plover)
    return country(event.source), country(event.target)


# --- "sent $20 million in aid to Yemen": the amount's phrase is the object, not an adverbial ---


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent $15 million in aid to Somalia on Tuesday.",
        "Norway gave 40 million euros in humanitarian assistance to Somalia after the drought.",
    ],
)
def test_aid_to_a_country_after_an_amount_targets_the_country(coder: Coder, text: str) -> None:
    assert parties(coder, text, "AID") == ("NOR", "SOM")


# --- "received tanks from the United States": the giver is the source ---------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Estonia received a first batch of howitzers from France on Monday.", "FRA", "EST"),
        ("Zambia obtained a $1 billion loan from China to pay its debts.", "CHN", "ZMB"),
        ("Haiti accepted humanitarian aid from Canada after the earthquake.", "CAN", "HTI"),
    ],
)
def test_what_was_received_from_a_giver_is_the_givers_act(
    coder: Coder, text: str, source: str, target: str
) -> None:
    assert parties(coder, text, "AID") == (source, target)


def test_aid_given_without_receiving_keeps_the_subject_as_giver(coder: Coder) -> None:
    text = "France delivered howitzers to Estonia on Monday."
    assert parties(coder, text, "AID") == ("FRA", "EST")
