"""Round 60 (targets60): the act a document carries is aimed at the party it is sent to.

"Sent a note to X asking ...", "sent a letter to X demanding ...", "a note requesting ... had
been sent to X": the addressee of the note, letter or petition is the target of the demand or
objection it carries, the sender (the sending verb's subject, or in the passive the reported
speaker) its source (docs/labelling.md section 2: the addressee is the target), not the person
the demand names nor the party named last before the participle."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, first_codes, first_dyad, recommended_coder, sides_of

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


def _denial_target(coder: Coder, body: str) -> str | None:
    found = [event for event in article(coder, body) if event.cameo_code == "016"]
    assert found
    return found[0].target.code if found[0].target else None


# a denier the index gives no sector (a titled official named by his name alone) answers the
# opposition's charge (docs/labelling.md: a denial's target is the accuser)
def test_sectorless_denier_answers_the_opposition(coder: Coder) -> None:
    body = (
        "LUSAKA, March 3 (Reuters) - Zambian police used tear gas against students marching on the "
        "education ministry on Tuesday. The opposition United Party for National Development "
        "accused the police of beating peaceful students. The deputy head of the force, "
        "Commissioner Mwape Banda, denied that officers had beaten anyone."
    )
    assert _denial_target(coder, body) == "ZMBOPP"


# a joint act in the passive with a "by" agent of two parties joined by "and": the first the
# source, the second the target (as in "X and Y signed")
def test_signed_by_minister_and_counterpart(coder: Coder) -> None:
    text = (
        "The accord was signed in Lima by Peruvian Foreign Minister Elena Paz and her Chilean "
        "counterpart Jorge Soto."
    )
    assert first_dyad(coder, text) == ("SUPPORT", "057", "PER", "CHL")


# the first agent's name set off by commas, the second an international body's official
def test_signed_by_minister_named_and_bloc_official(coder: Coder) -> None:
    text = (
        "The pact was signed at a ceremony in Oslo by Norway's trade minister, Kari Holm, and a "
        "senior EU official."
    )
    assert first_codes(coder, text) == ("057", "NORGOV", "IGOEUREEC")


# "the two governments" as the subject of "agreed" are the parties of the article's agreement,
# not the last two countries a quarrel told in between joined
def test_two_governments_agreeing_are_the_pact_parties(coder: Coder) -> None:
    body = (
        "QUITO, May 4 (Reuters) - Ecuador and Peru signed an accord on Monday to build a new "
        "bridge over the Zarumilla river, the Ecuadorean government said. Colombia's foreign "
        "ministry accused Quito of ignoring a 2019 river treaty. Ecuador's foreign ministry "
        "rejected the Colombian accusations as baseless. The two governments further agreed to "
        "hold a joint cabinet meeting in Lima next year."
    )
    found = [event for event in article(coder, body) if event.sentence_index == 3]
    assert found
    assert sides_of(found[0]) == ("ECU", "PER")
