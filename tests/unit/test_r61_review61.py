"""Round 61 (review61): tests for guards of round 60's rules that no test failed without."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_sides, recommended_coder

coder = recommended_coder


# roles._mention_at (round 60, targets60) finds the addressee of "a note ... had been sent to
# X" also after an article: "sent to the Icelandic coast guard" is addressed to the coast guard
# (without the article's step the request had no target)
def test_a_letter_sent_to_a_body_after_its_article_is_addressed_to_it(coder: Coder) -> None:
    text = (
        "Norway's fisheries ministry said a letter requesting the return of the seized trawler "
        "had been sent to the Icelandic coast guard."
    )
    assert first_sides(events(coder, text)) == ("020", "NOR", "ISL")
