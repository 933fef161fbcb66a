"""Round 60 (targets60): the act a document carries is aimed at the party it is sent to.

"Sent a note to X asking ...", "sent a letter to X demanding ...", "a note requesting ... had
been sent to X": the addressee of the note, letter or petition is the target of the demand or
objection it carries, the sender (the sending verb's subject, or in the passive the reported
speaker) its source (docs/labelling.md section 2: the addressee is the target), not the person
the demand names nor the party named last before the participle."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


# a note sent to a capital, asking that a person be handed over: the capital, not the person
def test_note_sent_to_capital_is_aimed_at_it(coder: Coder) -> None:
    text = (
        "Lima had sent a formal note to Quito asking that the former governor be handed over "
        "for trial."
    )
    assert first_dyad(coder, text) == ("REQUEST", "021", "PER", "ECU")


# a letter sent to a ministry named after "the" and its modifiers: the ministry is the target
def test_letter_sent_to_ministry_is_aimed_at_it(coder: Coder) -> None:
    text = (
        "Bolivia's ombudsman said on Friday it had sent a formal letter to the Chilean security "
        "ministry demanding an investigation into the killings."
    )
    assert first_dyad(coder, text) == ("REQUEST", "100", "BOL", "CHL")


# the passive: the note's demand comes first, the addressee after "had been sent to"; the
# reported speaker's side sent it
def test_passive_note_sent_to_capital(coder: Coder) -> None:
    text = (
        "Peruvian Foreign Minister Elena Paz told journalists that a formal note requesting "
        "the return of the former governor had been sent to Quito."
    )
    assert first_dyad(coder, text) == ("REQUEST", "020", "PER", "ECU")
