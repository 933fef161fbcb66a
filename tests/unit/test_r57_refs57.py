"""Round 57 (refs57): the pronoun of "what it called ..." stands for the sentence's subject.

"Australia called on China to stop what it described as dangerous conduct": the one who names
the thing is the party that speaks, the subject that opens the sentence, not the party named
last before the pronoun (references._namer, where the pronoun's antecedent was found in its own
sentence); and that pronoun, standing for the act's own side, is no party the act is aimed at
(targets._naming_pronoun). docs/labelling.md: a pronoun is the actor an earlier mention named.
A pronoun resolved from the sentences before, one after a relative "which", or one in a sentence
opened by a quotation keeps its antecedent (the near misses pass with and without the rule).
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, coded_in, evaluation_coder, events

coder = evaluation_coder


def _acts(coder: Coder, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {code: (source, target) for _, code, source, target in coded_as(events(coder, text))}


def test_an_appeal_s_naming_is_the_appealing_state_s(coder: Coder) -> None:
    text = (
        "New Zealand called on China to stop what it described as dangerous and unprofessional "
        "conduct near Samoa."
    )
    assert _acts(coder, text)["111"][0] == "NZLGOV"


def test_a_second_act_s_naming_is_the_subject_s(coder: Coder) -> None:
    text = (
        "Argentina rejected the claims as baseless and urged Britain to end what it called "
        "illegal fishing licences."
    )
    acts = _acts(coder, text)
    assert acts["025"] == ("ARGGOV", "GBRGOV")
    assert acts["111"][0] == "ARGGOV"


def test_a_ministry_not_its_coast_guard_names_the_accusations(coder: Coder) -> None:
    text = (
        "Vietnam's foreign ministry said its coast guard had been on a routine patrol and "
        "rejected what it called China's groundless accusations."
    )
    assert _acts(coder, text)["112"] == ("VNMGOV", "CHNGOV")


def test_the_rejecting_ministry_is_not_its_own_target(coder: Coder) -> None:
    text = (
        "Poland's foreign ministry said its border guards had patrolled the frontier overnight "
        "and rejected what it called Belarus's false claims of an incursion."
    )
    assert _acts(coder, text)["120"] == ("POLGOV", "BLRGOV")


def test_a_withdrawal_to_what_it_called_safer_positions_has_no_target(coder: Coder) -> None:
    text = (
        "The Thai army's 2nd Region said its troops had pulled back to what it called safer "
        "positions."
    )
    assert _acts(coder, text)["087"] == ("THAMIL", None)


def test_near_miss_a_pronoun_of_the_sentence_before_keeps_its_antecedent(coder: Coder) -> None:
    body = (
        "MANILA (Reuters) - The Philippines protested to China on Monday over a collision near "
        "Second Thomas Shoal.\n\nBeijing's coast guard said a Philippine boat had rammed its "
        "vessel.\n\nManila's foreign ministry rejected what it called a distortion of the facts."
    )
    assert coded_in(article(coder, body), 2) == [("120", "PHLGOV", "CHNGOV")]


def test_near_miss_a_relative_clause_s_naming_is_not_the_opening_subject_s(coder: Coder) -> None:
    text = (
        "Police beat several reporters, according to the Press Union of Liberia, which condemned "
        "what it called an assault on the press."
    )
    assert _acts(coder, text)["111"] == (None, "LBRGOV")
