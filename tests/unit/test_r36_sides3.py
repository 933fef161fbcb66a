"""Round 36, wrong parties (sides3), tested on sentences written for them.

- "Ana Ruiz, the head of the union, said the offer fell short and called on the government
  to ...": a finite reporting verb right after an aside's closing comma, with no party after
  it, reports the clause that follows as "X said" does (`clauses.Layout._after_aside`); it is
  no trailing ", said X", whose words after the verb are all the speaker's and are stepped
  over, so the party called on was lost.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, undated_in

coder = evaluation_coder

FARM_LEAD = "Farmers blocked roads across Chile on Monday. "


def _dyads(coder: Coder, body: str, index: int = 1) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in undated_in(coder, body, index)
    ]


def test_a_call_after_an_aside_and_a_reported_clause_keeps_its_addressee(coder: Coder) -> None:
    body = FARM_LEAD + (
        "Tomas Verholt, the head of the SNFA, said the offer fell short and called on the "
        "government to suspend the new rules."
    )
    assert _dyads(coder, body) == [("REQUEST", "CHL", "CHLGOV")]


def test_a_demand_after_an_aside_and_a_reported_clause_keeps_its_target(coder: Coder) -> None:
    body = FARM_LEAD + (
        "Tomas Verholt, the head of the farmers' union, said the offer was not enough and "
        "demanded that the president resign."
    )
    assert _dyads(coder, body) == [("REQUEST", "CHL", "CHLGOV")]


def test_a_trailing_speaker_with_an_aside_is_still_no_party(coder: Coder) -> None:
    body = FARM_LEAD + (
        "Police arrested 40 farmers in Santiago, said Tomas Verholt, the head of the SNFA."
    )
    assert _dyads(coder, body) == [("COERCE", "CHLCOP", "CHLCVL")]


def test_the_reported_clause_after_an_aside_keeps_its_own_subject(coder: Coder) -> None:
    body = FARM_LEAD + "Tomas Verholt, the head of the SNFA, said police had arrested 40 farmers."
    assert _dyads(coder, body) == [("COERCE", "CHLCOP", "CHLCVL")]
