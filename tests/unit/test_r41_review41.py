"""Round 41, review41: plain bugs the review found in the round's rules, each shown by a test
that fails on the rule as it landed. Every sentence in these tests was written for them.

- `relevance._crime_words` (weak41, b9c7a37) looked two words back with `words[index - 2 :
  index]`, which for "neighbours" as a sentence's second word wraps round to the sentence's end
  and finds nothing: "Both neighbours ..." opening a sentence was a crime cue. In an article's
  frames it read the raw tokens, so a capitalised "Both" or "Between" was no pair of states.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.relevance import article_frames
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


def test_both_neighbours_opening_a_sentence_are_states(coder: Coder) -> None:
    text = (
        "Both neighbours recalled their ambassadors after Peru's police arrested two Bolivian "
        "officers at the border."
    )
    assert "161" in code_list(coder, text)


def test_an_article_of_two_neighbours_is_no_crime_story() -> None:
    texts = [
        "Both neighbours massed troops on the border on Monday.",
        "Both neighbours recalled their ambassadors.",
        "Between the neighbours, talks have stalled.",
        "Two neighbours, Peru and Bolivia, traded accusations.",
    ]
    assert not article_frames(texts).crime


def test_a_persons_neighbours_opening_a_sentence_stay_a_crime_cue() -> None:
    # near miss: "The neighbours" of a private quarrel, at the sentence's start
    texts = [
        "The neighbours called the police after the fight.",
        "The neighbours told officers the man had a knife.",
        "The neighbours said the dispute over the wall had gone on for years.",
    ]
    assert article_frames(texts).crime
