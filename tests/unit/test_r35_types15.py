"""Round 35, wrong event types: a crowd's violence told with the crowd first ("The protesters
threw stones at police, set fire to ...") is the crowd's riot (145, PROTEST), not the damage done
later in the sentence (171, COERCE) nor the demand it makes. Each has a near miss. Every sentence
in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, first_act

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "The demonstrators hurled stones at riot police, set fire to two buses and smashed shop "
        "windows in central Tirana.",
        "The protesters threw bottles at the police line and set fire to a car outside the "
        "ministry in Skopje.",
        "Hundreds of students angry over a rise in fees stormed the education ministry in Accra, "
        "smashing windows and looting offices.",
    ],
)
def test_a_crowds_violence_told_first_is_a_riot(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "145")


def test_a_crowd_gathered_with_its_demand_after_is_a_rally(coder: Coder) -> None:
    text = (
        "Thousands of protesters gathered outside the government building in Ulaanbaatar, "
        "demanding that the mayor resign."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the crowd a relative clause describes: the police's force is the act
        ("Police in Asuncion opened fire on protesters who stormed the congress building.", "190"),
        ("Riot police in Accra fired tear gas at students who threw stones at a ministry.", "175"),
    ],
)
def test_a_crowd_a_relative_clause_describes_riots_in_no_main_act(
    coder: Coder, text: str, act: str
) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", act)
