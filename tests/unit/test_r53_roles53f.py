"""Round 53 (roles53f): parties in news-site copy, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, feed_floor_coder

coder = feed_floor_coder


def _sides(found: list[TensionEvent], index: int) -> list[tuple[str, object, object]]:
    """(CAMEO code, (source country, sector), (target country, sector)) of sentence `index`."""
    return [
        (
            event.cameo_code,
            (event.source.country, event.source.sector) if event.source else None,
            (event.target.country, event.target.sector) if event.target else None,
        )
        for event in found
        if event.sentence_index == index
    ]


# docs/labelling.md, section 2 (a protest's target is the crowd's own government; parties take
# the country they belong to, from the story): a bare "the government" pressed by a country's
# former office holders, elders, churches, press or local groups is their own government, not
# the foreign state the sentence before named for the sector (`coder.HOME_PRESSERS`).
PACT = (
    "Samoa and New Zealand have agreed a labour scheme that will let 500 Samoans a year work on "
    "New Zealand farms. Samoa's prime minister signed the scheme in Apia on Monday. "
    "New Zealand's foreign minister praised the deal as a model for the region. "
)


def test_a_former_leader_presses_his_own_government(coder: Coder) -> None:
    body = PACT + (
        "Former president Tui Atua has urged the government to publish the full text of the scheme."
    )
    assert _sides(article(coder, body), 3) == [("020", ("WSM", "OPP"), ("WSM", "GOV"))]


def test_a_former_minister_presses_it_in_the_passive(coder: Coder) -> None:
    body = PACT + "The government was urged by former minister Lealailepule Rimoni to delay it."
    assert _sides(article(coder, body), 3) == [("020", ("WSM", "OPP"), ("WSM", "GOV"))]


def test_church_leaders_demand_of_their_own_government(coder: Coder) -> None:
    body = PACT + (
        "The country's Methodist church leaders demanded that the government hold a public "
        "consultation first."
    )
    assert _sides(article(coder, body), 3) == [("100", ("WSM", "REL"), ("WSM", "GOV"))]


def test_bishops_warn_their_own_government(coder: Coder) -> None:
    body = PACT + (
        "Samoa's bishops have warned the government against signing further deals without a vote."
    )
    assert _sides(article(coder, body), 3) == [("130", ("WSM", "REL"), ("WSM", "GOV"))]


def test_a_government_named_with_its_country_stays(coder: Coder) -> None:
    # near miss: the government is named with its country
    body = PACT + (
        "Former president Tui Atua has urged the government of New Zealand to pay the workers more."
    )
    assert _sides(article(coder, body), 3) == [("020", ("WSM", "OPP"), ("NZL", "GOV"))]


def test_a_foreign_former_leader_keeps_the_government_lent(coder: Coder) -> None:
    # near miss: the former leader is of the other state, not of the article's country
    body = PACT + "A former New Zealand prime minister urged the government to expand the scheme."
    assert _sides(article(coder, body), 3) == [("020", ("NZL", "GOV"), ("NZL", "GOV"))]
