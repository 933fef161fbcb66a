"""Actor words of domestic politics, round 26: the bodies every state has that the agents
table did not know (an electoral commission, a law society or lawyers' association, a
parliamentary committee or chamber, a labour federation, an employers' federation, a
council of churches or bishops' conference, an ombudsman). Unknown, such a body as the
subject of an act aimed at the opposition or at protesters was no party at all; known, it is
a sector of the article's country. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, in_sentence

LEAD = "LUSAKA (Reuters) - Zambian police arrested two opposition organisers on Monday. "


@pytest.mark.parametrize(
    ("subject", "sector"),
    [
        ("The electoral commission", "GOV"),
        ("The lawyers' association", "JUD"),
        ("The law society", "JUD"),
        ("A parliamentary committee", "LEG"),
        ("The labour federation", "LAB"),
        ("The employers' federation", "BUS"),
        ("The council of churches", "REL"),
        ("The ombudsman", "GOV"),
    ],
)
def test_a_domestic_body_accusing_the_opposition_is_of_the_articles_country(
    coder: Coder, subject: str, sector: str
) -> None:
    body = LEAD + f"{subject} accused the opposition of stoking violence before the vote."
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None
    assert (country(event.source), event.source.sector) == ("ZMB", sector)
    assert country(event.target) == "ZMB"


def test_a_body_named_with_another_country_keeps_that_country(coder: Coder) -> None:
    body = LEAD + "Malawi's law society accused the Zambian police of torturing the men."
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert (country(event.source), country(event.target)) == ("MWI", "ZMB")


def test_a_federation_of_sport_is_no_labour_body(coder: Coder) -> None:
    body = LEAD + "The football federation accused the opposition of stoking violence."
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is None or event.source.sector != "LAB"
