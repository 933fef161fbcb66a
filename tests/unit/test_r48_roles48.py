"""Round 48 (roles48): parties read by the labelling guide's conventions where the opened
sets broke them. Point 40: "rejected the criticism" answers the critic of the rejecter's side,
not the rejecter's own police charging people at home. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, sides_of, undated_in

coder = recommended_coder

JAILED = "A court in Gyumri has jailed two bloggers for three years for insulting the mayor. "
FOREIGN_CRITIC = (
    "Lithuania's foreign minister denounced the verdicts as an attack on free speech. "
    "Armenia's foreign ministry dismissed the criticism, saying the courts were independent."
)


# --- a state's own charge at home is no critic of that state (coder._note_accuser) ---


def test_rejection_answers_the_foreign_critic_not_the_home_police(coder: Coder) -> None:
    """Police charging the people they arrest accuse no one of the state's side: the foreign
    minister who denounced the verdicts next is the critic the rejection answers."""
    body = (
        JAILED + "Police arrested four of their supporters outside the courthouse, accusing "
        "them of hooliganism. " + FOREIGN_CRITIC
    )
    found = undated_in(coder, body, 3)
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("REJECT", "ARM", "LTU")]


def test_rejection_keeps_the_first_critic_of_the_side(coder: Coder) -> None:
    """Near miss: an opposition leader who accused the judges first is the first critic of the
    state's side (point 40: with two critics, the first named); the rule leaves him."""
    body = (
        JAILED
        + "The opposition leader, Hrant Babayan, accused the judges of bias. "
        + FOREIGN_CRITIC
    )
    found = undated_in(coder, body, 3)
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("REJECT", "ARM", "ARM")]
    assert found[0].target is not None and found[0].target.sector == "OPP"
