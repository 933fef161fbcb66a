"""Round 41, bg9: background acts in subordinate clauses. The act of a clause that "came ...
after" or "came ... following" opens is the earlier event the report is measured from,
whatever the sentence's subject and wherever its "came" stands (`existence._came_after`; round
36's `_in_context_sentence` read only a sentence opening on "The ..." with its verb at once).
An "after" clause hung on an "as", "when" or "while" clause that is itself hung on a dated
clause happened then (`relevance._after_dated_clause`, the nested look), and so did the act of
a relative clause set off by a comma after a clause dated by a month or a year
(`relevance._dated_main_clause`). Each has a near miss that keeps its act. Every sentence in
these tests was written for them."""

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
# (`relevance._after_dated_clause`, the nested look), with no day of the story named in the
# sentence; and a relative clause set off by a comma ("in which", "during which") after a
# clause dated by a month named alone or a year tells that clause's past
# (`relevance._dated_main_clause`). Agency copy under a Colombo dateline.
LEAD = (
    "COLOMBO, June 12 (Reuters) - Sri Lankan police arrested 14 fishermen at a harbour near "
    "Jaffna on Wednesday, a navy spokesman said. {}"
)
IN_PORT = (
    "Fishing crews in the north have stayed in port{}, as the harbour board closed the lagoon "
    "to trawlers after the navy fired on two boats near Mannar."
)
DEBATE = (
    "Parliament debated the fisheries bill{} at a stormy session chaired by the speaker, during "
    "which the opposition leader accused the navy of burning boats in the north."
)


def codes(coder: Coder, text: str) -> list[str]:
    return [found.cameo_code for found in article(coder, LEAD.format(text))]


def test_an_after_clause_inside_an_as_clause_on_a_dated_clause_is_background(
    coder: Coder,
) -> None:
    assert codes(coder, IN_PORT.format(" since April")) == ["173"]


def test_an_after_clause_inside_an_as_clause_on_an_undated_clause_is_kept(
    coder: Coder,
) -> None:
    # near miss: no month or year before the outer "as"
    assert "190" in codes(coder, IN_PORT.format(""))


def test_the_nested_look_needs_a_comma_before_the_outer_link() -> None:
    # near miss: "since April in the north as" with no comma: the look does not go on (words
    # stand between the month and "as", so the month is inside the window the look would read)
    words = (
        "fishing crews have stayed in port since april in the north , as the harbour board of "
        "the province closed the lagoon to trawlers after the navy fired on two boats ."
    ).split()
    fired = words.index("fired")
    assert relevance._after_dated_clause(words, fired)
    words.remove(",")
    assert not relevance._after_dated_clause(words, fired - 1)


def test_an_act_during_which_after_a_month_dated_clause_is_background(coder: Coder) -> None:
    assert codes(coder, DEBATE.format(" in February")) == ["173"]


def test_an_act_during_which_after_an_undated_clause_is_kept(coder: Coder) -> None:
    # near miss: no month or year in the clause the relative hangs on
    assert "112" in codes(coder, DEBATE.format(""))


# An act's noun after a whole date set off by commas, its year named ("the Aug. 3, 2019,
# attack"), is that earlier day's act (`existence._full_date_before`).


def test_a_noun_after_a_whole_date_with_its_year_is_background(coder: Coder) -> None:
    text = (
        "A court in Colombo acquitted two former navy officers accused over the Aug. 3, 2019, "
        "attack on a fishing village."
    )
    assert code_list(coder, text) == []


def test_a_noun_after_a_day_with_no_year_is_kept(coder: Coder) -> None:
    # near miss: no year after the day, the story's own day may be meant
    text = (
        "A court in Colombo acquitted two former navy officers accused over the Aug. 3 attack "
        "on a fishing village."
    )
    assert code_list(coder, text) != []


def test_a_whole_date_needs_a_determiner_before_it() -> None:
    words = "accused over the aug 3 , 2019 , attack on a village".split()
    assert existence._full_date_before(words, words.index("attack"))
    words[words.index("the")] = "since"
    assert not existence._full_date_before(words, words.index("attack"))


# A relative clause on a party, set off by a comma (", which", ", who"), after a clause dated
# by a month named alone or a year tells that clause's past too (`relevance._in_dated_relative`
# with `_dated_main_clause`), with no day of the story named in the sentence.
PATROLS = (
    "The navy took over the lagoon patrols{} from the northern province's fisheries department, "
    "which then seized dozens of Indian trawlers."
)


def test_an_act_of_which_after_a_month_dated_clause_is_background(coder: Coder) -> None:
    assert codes(coder, PATROLS.format(" in March")) == ["173"]


def test_an_act_of_which_after_an_undated_clause_is_kept(coder: Coder) -> None:
    # near miss: no month or year in the clause the relative hangs on
    assert "1711" in codes(coder, PATROLS.format(""))


# A clause hung after a comma on a clause dated by a month named alone further back than the
# near window, a phrase between (`relevance._dated_before_phrase`).
ASHORE = (
    "Fishermen from the northern villages stayed ashore{}, with the harbour board and the navy "
    "arguing over quotas for the lagoon, after the navy fired on two trawlers near Mannar."
)


def test_an_after_clause_past_a_phrase_on_a_month_dated_clause_is_background(
    coder: Coder,
) -> None:
    assert codes(coder, ASHORE.format(" in April")) == ["173"]


def test_an_after_clause_past_a_phrase_on_an_undated_clause_is_kept(coder: Coder) -> None:
    # near miss: no month or year before the phrase
    assert "190" in codes(coder, ASHORE.format(""))
