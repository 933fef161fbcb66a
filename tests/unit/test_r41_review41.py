"""Round 41, review41: a plain bug the review found in the round's rules, shown by tests that
fail on the rule as it landed, and guards that no test held, each pinned by a test that fails
with its guard removed. Every sentence in these tests was written for them.

- `relevance._crime_words` (weak41, b9c7a37) looked two words back with `words[index - 2 :
  index]`, which for "neighbours" as a sentence's second word wraps round to the sentence's end
  and finds nothing: "Both neighbours ..." opening a sentence was a crime cue. In an article's
  frames it read the raw tokens, so a capitalised "Both" or "Between" was no pair of states.
- Guards the round's commit messages name that no test of theirs held: an appeal to "the
  parties" stays aimed at the story (sides8w, f9ed1f4), and stones thrown at police outside a
  foreign embassy keep the embassy's state (guide41, 5cc2a00).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.relevance import article_frames
from tests.unit.coding import code_list, events_in, recommended_coder

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


# Guards this round's commits name that no test held (each test fails with its guard removed).

PAIR = "LIMA, June 3 (Reuters) - Peru and Bolivia traded accusations over the border on Tuesday. "


def test_an_appeal_to_the_parties_stays_aimed_at_the_story(coder: Coder) -> None:
    # roles.WORLD_ADDRESSEES leaves out "parties" and "sides" (sides8w, f9ed1f4): an appeal to
    # the parties is aimed at the story's pair, not at the world at large
    found = events_in(coder, PAIR + "The United Nations urged the parties to return to talks.", 1)
    assert found and found[0].target is not None and found[0].target.country == "PER"


def test_stones_thrown_at_police_outside_a_foreign_embassy_keep_its_state(coder: Coder) -> None:
    # coder._riot_at_force keeps a target of another country (guide41, 5cc2a00): the riot at
    # the embassy is aimed at its state, not turned on the crowd's own police
    body = (
        "SANTIAGO, June 3 (Reuters) - Chilean students marched through Santiago on Tuesday. "
        "Protesters threw stones at police outside the Peruvian embassy."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].cameo_code == "145"
    assert found[0].target is not None and found[0].target.code == "PERGOV"
