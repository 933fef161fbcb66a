"""Round 41, bg9: background acts in subordinate clauses. The act of a clause that "came ...
after" or "came ... following" opens is the earlier event the report is measured from,
whatever the sentence's subject and wherever its "came" stands (`existence._came_after`; round
36's `_in_context_sentence` read only a sentence opening on "The ..." with its verb at once).
Each has a near miss that keeps its act. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain import existence
from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


def test_an_act_after_a_possessive_subjects_came_is_background(coder: Coder) -> None:
    text = (
        "Her comments on the radio came a day after a Lima newspaper reported that the army "
        "had prepared plans for air strikes on guerrilla camps in the jungle."
    )
    assert code_list(coder, text) == []


def test_an_act_after_a_later_came_is_background(coder: Coder) -> None:
    # "came" after the copula's clause and an "and": not the sentence's first verb
    text = (
        "The ambush was the deadliest in the region for a decade and came days after rebels "
        "kidnapped dozens of herders near Timbuktu."
    )
    assert code_list(coder, text) == []


def test_an_act_before_came_is_kept(coder: Coder) -> None:
    # near miss: the act is the sentence's own, told before the "came ... after" clause
    text = (
        "Kenyan police arrested twelve student leaders in Nairobi on Monday, a move that came "
        "days after the campus sit-ins began."
    )
    assert code_list(coder, text) != []


def test_an_after_clause_with_no_came_is_kept(coder: Coder) -> None:
    # near miss: no "came" before the link
    text = "Rebels attacked an army post near Gao on Tuesday after talks in Bamako collapsed."
    assert code_list(coder, text) != []


def test_a_speakers_verb_after_the_link_ends_the_clause() -> None:
    words = "the raid came hours after the clashes , and police said they arrested 12 men".split()
    assert existence._came_after(words, words.index("arrested")) is False
    assert existence._came_after(words, words.index("clashes"))
