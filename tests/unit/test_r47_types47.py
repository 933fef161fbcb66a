"""Round 47, types47: events coded with the wrong type on the shared and opened sets, sorted by
the labelling guide's convention that decides them (docs/labelling.md). Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_act, recommended_coder, type_list

coder = recommended_coder


# Section 1, one event a sentence (the act reported): an act told in a relative clause of a
# thing the main clause names (a quoted phrase, an act, a law, a speech) describes that thing.


def test_an_act_the_protested_act_is_said_to_commit_is_not_the_act(coder: Coder) -> None:
    text = (
        "The Serbian embassy in Zagreb protested against the ban, calling it a "
        '"hostile act" that violated the 1995 accord.'
    )
    found = type_list(coder, text)
    assert found[0] == "ACCUSE", found
    assert "REJECT" in found  # the violation is still read, after the protest


def test_a_charge_over_a_speech_is_not_the_speech_s_appeal(coder: Coder) -> None:
    text = (
        "Prosecutors in Lusaka charged Hichema with sedition on Friday over a speech in which "
        "they said he had urged the public to rise up against the government."
    )
    assert first_act(coder, text) == ("COERCE", "173", 4)


def test_a_relative_clause_of_a_party_or_a_report_keeps_its_order(coder: Coder) -> None:
    # near misses: the thing's relative clause is the sentence's only act, and "said that"
    # opens a report, not a relative clause
    only = (
        "The Zambian government published a statement in which it accused Malawi of closing "
        "the border."
    )
    assert first_act(coder, only) == ("ACCUSE", "112", 3)
    report = (
        "Kenya's foreign ministry said that Somali troops had shelled a border post and "
        "summoned the Somali ambassador."
    )
    assert type_list(coder, report)[0] == "ASSAULT"


# Point 7: expelling diplomats is 16 (161), expelling monitors or a mission 166; expelling other
# individuals, journalists and correspondents among them, is "174 Expel or deport individuals",
# 17 COERCE.


def test_journalists_expelled_are_individuals_expelled(coder: Coder) -> None:
    assert first_act(coder, "Ethiopia expelled two Kenyan journalists.") == ("COERCE", "174", 4)
    ordered = "Burundi ordered two BBC correspondents to leave the country."
    assert first_act(coder, ordered) == ("COERCE", "174", 4)


def test_monitors_and_diplomats_expelled_stay_sanctions(coder: Coder) -> None:
    # near misses: a monitoring mission (166) and diplomats (161) are 16, SANCTION
    assert first_act(coder, "North Korea expelled the UN inspectors.") == ("SANCTION", "166", 3)
    diplomats = "Vilnius has expelled three Belarusian diplomats."
    assert first_act(coder, diplomats) == ("SANCTION", "161", 3)


# Point 8 and section 1 (the first act): a side's decision called destructive, damaging or harmful
# is condemned (111), as one called regrettable is, before the warning that follows it.


def test_a_decision_called_destructive_is_condemned_first(coder: Coder) -> None:
    text = (
        "Belarus's embassy in Vilnius called the decision destructive and said Minsk would "
        "respond in kind."
    )
    found = type_list(coder, text)
    assert found[0] == "ACCUSE", found
    # near miss: with no verdict the warning is the act
    plain = "Belarus's embassy in Vilnius said Minsk would respond in kind to the decision."
    assert "ACCUSE" not in type_list(coder, plain)
