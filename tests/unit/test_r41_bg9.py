"""Round 41, bg9: background acts in subordinate clauses. The act of a clause that "came ...
after" or "came ... following" opens is the earlier event the report is measured from,
whatever the sentence's subject and wherever its "came" stands (`existence._came_after`; round
36's `_in_context_sentence` read only a sentence opening on "The ..." with its verb at once).
Each has a near miss that keeps its act. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain import existence, relevance
from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, code_list, recommended_coder

coder = recommended_coder


def test_an_act_after_a_possessive_subjects_came_is_background(coder: Coder) -> None:
    text = "Peru's reaction came a week after Bolivian police detained two Peruvian truck drivers."
    assert code_list(coder, text) == []


def test_an_act_after_a_later_came_is_background(coder: Coder) -> None:
    # "came" after the copula's clause and an "and": not the sentence's first verb
    text = (
        "The teachers' strike was the largest since 2017 and came a week after police arrested "
        "two union leaders in Cusco."
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


# A clause hung on a clause itself hung on a dated one happened then too
# (`relevance._after_dated_clause`, the nested look), in agency copy with no day of the story
# named in the sentence.
LEAD = (
    "LIMA, May 14 (Reuters) - Peruvian police arrested 40 suspected gang members in raids "
    "across Lima on Tuesday, the interior ministry said. {}"
)


def test_an_act_in_an_after_clause_inside_a_dated_when_clause_is_background(
    coder: Coder,
) -> None:
    text = (
        "Schools in Puno have stayed shut since April, when the regional governor closed every "
        "classroom in the province for a month after gangs attacked a police post in Juliaca."
    )
    assert [e.cameo_code for e in article(coder, LEAD.format(text))] == ["173"]


def test_an_after_clause_in_an_undated_when_clause_is_kept(coder: Coder) -> None:
    # near miss: no month or year before the outer "when"
    text = (
        "Schools in Puno have stayed shut, when the regional governor closed every classroom in "
        "the province for a month after gangs attacked a police post in Juliaca."
    )
    assert "190" in [e.cameo_code for e in article(coder, LEAD.format(text))]


def test_the_nested_look_with_a_year_reaches_past_the_near_window() -> None:
    words = (
        "schools in puno and cusco have stayed shut since 2023 , when the regional governor "
        "closed every classroom in the province for a month after gangs attacked a police "
        "post in juliaca ."
    ).split()
    assert relevance._after_dated_clause(words, words.index("attacked"))


def test_an_outer_when_without_a_comma_is_no_nested_clause() -> None:
    # near miss: "since 2023 in towns when" with no comma: the look does not go on (a date
    # right before a bare "when" falls outside the window either way, so it could not fail)
    words = (
        "schools in puno and cusco have stayed shut since 2023 in towns when the regional governor "
        "closed every classroom in the province for a month after gangs attacked a police "
        "post in juliaca ."
    ).split()
    assert not relevance._after_dated_clause(words, words.index("attacked"))
