"""Round 57 (miss57): misses of agency and site copy, by the stage that dropped them.

A place broken into by force ("gunmen broke into a school", "the crowd broke into the embassy
compound") had no form in the lexicon: it is entered by force as one forced one's way into is
(`data/triggers.tsv`, 180), and a crowd breaking into a public building riots as one storming it
does (`coder.RIOT_WORDS`, 145). A thief's break-in names no such place and stays out. The
sentences are written for these tests, on other countries, places and word orders than the rows
that showed the class."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, recommended_coder

coder = recommended_coder


# --- 18: a place broken into by force --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Gunmen broke into a boarding school in Zamfara state on Friday night, police said.",
            "NGA",
        ),
        (
            "Suspected jihadists broke into the prison in Kaya before dawn and freed dozens of "
            "inmates, Burkinabe security sources said.",
            "BFA",
        ),
    ],
)
def test_armed_men_breaking_into_a_place_attack_it(coder: Coder, text: str, source: str) -> None:
    found = events(coder, text)
    assert found, text
    assert found[0].cameo_root == "18"
    assert country(found[0].source) == source


def test_a_crowd_breaking_into_a_public_building_riots(coder: Coder) -> None:
    found = events(
        coder,
        "Hundreds of angry Bolivian protesters broke into the compound of the electoral court "
        "in La Paz on Tuesday.",
    )
    assert found
    assert found[0].cameo_code == "145"
    assert country(found[0].source) == "BOL"


def test_a_thief_breaking_into_a_museum_is_no_act(coder: Coder) -> None:
    assert not events(
        coder, "Thieves broke into a museum in Lyon overnight and took three paintings."
    )
