"""Round 61 (review61): tests for guards of round 60's rules that no test failed without."""

from __future__ import annotations

import pytest

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


# roles._sent_note (round 60, targets60) keeps a complaint's own object when it is another
# state's party: a letter sent to a bloc protesting a third state's act is aimed at that state,
# not at the bloc it was sent to
def test_a_letter_to_a_bloc_protesting_a_states_act_keeps_that_state(coder: Coder) -> None:
    text = "Sudan sent a letter to the African Union protesting Ethiopia's filling of the dam."
    assert first_sides(events(coder, text)) == ("114", "SDN", "ETH")


# relevance._won (round 60, types60) reads "returned to" talks or a table as no vote won, but
# keeps "returned to power" and "to office" a mandate: a party's promise on that condition stays
# campaign talk, no event (without the guard the promised talks were coded 036)
@pytest.mark.parametrize(
    "text",
    [
        "The opposition party said it would open talks with Albania if returned to power.",
        "The opposition party said it would open talks with Albania if returned to office "
        "next year.",
    ],
)
def test_a_promise_on_a_return_to_power_stays_campaign_talk(coder: Coder, text: str) -> None:
    assert events(coder, text) == []
