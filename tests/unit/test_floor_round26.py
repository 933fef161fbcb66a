"""Acts below the agency floor, round 26 (floor7): a strike or protest by people the actor
table does not know ("truck drivers' associations", "fishermen") has its side filled after
scoring (the country's people against their own state, `roles.implied_source`,
`roles.home_critic`); the party it fills counts for the act's relevance as a named political
side does, so such an act in agency copy is no longer dropped under the floor. Every sentence
in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, in_sentence, recommended_coder

coder = recommended_coder


LEAD = "WARSAW (Reuters) - Poland's government announced a new tax on diesel on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Truck drivers' associations began a two-day strike against the tax.",
        "Fishermen in the port of Gdynia went on strike to protest against the tax.",
    ],
)
def test_a_strike_by_people_no_table_knows_clears_the_agency_floor(
    coder: Coder, sentence: str
) -> None:
    event = in_sentence(coder, LEAD + sentence, 1, "PROTEST")
    assert (country(event.source), country(event.target)) == ("POL", "POL")


def test_a_private_complaint_stays_below(coder: Coder) -> None:
    found = article(coder, LEAD + "Shoppers complained about the prices at the market.")
    assert [e for e in found if e.sentence_index == 1] == []


def test_a_side_named_in_the_sentence_is_scored_as_before(coder: Coder) -> None:
    body = LEAD + "Nurses walked out of hospitals across the country."
    event = in_sentence(coder, body, 1, "PROTEST")
    assert (country(event.source), country(event.target)) == ("POL", "POL")
