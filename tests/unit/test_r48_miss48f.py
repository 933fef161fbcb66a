"""Round 48 (miss48f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- "Some 200 environmental campaigners staged a sit-in against the quarry company": a
  campaigner is an activist (agents.tsv, OPP with "activist"), so a crowd of them is a
  political party that protests (14); before, "campaigners" was no actor and the act had no
  source. A campaign told with no campaigner ("a campaign against the quarry") stays none.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


def test_campaigners_protest_against_a_firm(coder: Coder) -> None:
    text = (
        "About 200 environmental campaigners staged a sit-in against the quarry company "
        "outside its offices in Arequipa on Thursday."
    )
    assert first_dyad(coder, text) == ("PROTEST", "141", "PER", "PER")


def test_a_lone_campaigner_protests(coder: Coder) -> None:
    text = "A veteran campaigner staged a hunger strike outside the energy ministry in Tallinn."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST" and found[2] == "EST"


def test_a_campaign_with_no_campaigner_is_none(coder: Coder) -> None:
    text = "A campaign against the quarry in Arequipa gathered pace over the summer months."
    assert first_dyad(coder, text) is None
