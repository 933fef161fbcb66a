"""Round 38, targets5: targets left empty where the sentence names one (sentences written for
these tests; docs/labelling.md, section 2: the parties).
A verb after "and" that opens a "that" clause is the sentence subject's own act, no second
participle of a passive before it: "... until the soldiers were freed and demanded that Hanoi
hand over ..." is a demand aimed at Hanoi (roles._active_with_clause; near misses: a passive
pair "were stopped and deported" keeps its target, and "were gathered and warned that" keeps its
passive reading)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, recommended_coder, types

coder = recommended_coder


def test_a_demand_after_a_passive_clause_keeps_its_addressee(coder: Coder) -> None:
    text = (
        "Thailand's foreign ministry said it would not rest until the fishermen were freed "
        "and demanded that Vietnam hand over the crew's logbooks."
    )
    assert dyad(coder, text, "REQUEST") == ("THA", "VNM")


def test_a_coordinated_passive_keeps_its_target(coder: Coder) -> None:
    text = "Two Lao activists were stopped and deported on Monday."
    assert dyad(coder, text, "COERCE")[1] == "LAO"


def test_a_passive_warned_of_a_clause_stays_passive(coder: Coder) -> None:
    # the students were warned; they warned no one
    text = "Lao students were gathered and warned that Thai police would arrest them."
    assert "THREATEN" not in types(coder, text)
