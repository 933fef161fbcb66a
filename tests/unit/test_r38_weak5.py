"""Round 38, known weak points (weak5), tested on sentences written for them.

- "Ghana responded by ordering a Togolese embassy attaché to leave Accra": the "by" before the
  act's own gerund governs the act, not the party after it, so the one ordered out is the
  object (`targets._target_preposition`), where the walk from the attaché back to "by" made it
  a "by" phrase hanging from the object and the target fell to the city. A plain "ordered a
  Togolese diplomat to leave Accra" and "expelled by Accra" keep what they had.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, evaluation_coder

coder = evaluation_coder


def test_an_attache_ordered_out_by_an_answer_is_the_target(coder: Coder) -> None:
    text = "Ghana responded on Friday by ordering a Togolese embassy attaché to leave Accra."
    assert dyad(coder, text, "SANCTION") == ("GHA", "TGO")


def test_a_diplomat_ordered_out_by_a_government_in_answer_is_the_target(coder: Coder) -> None:
    text = "Ghana's government responded by ordering a Nigerian diplomat to leave Accra."
    assert dyad(coder, text, "SANCTION") == ("GHA", "NGA")


def test_a_plain_order_to_leave_keeps_its_target(coder: Coder) -> None:
    text = "Ghana ordered a Togolese diplomat to leave Accra within 72 hours."
    assert dyad(coder, text, "SANCTION") == ("GHA", "TGO")


def test_protesters_fired_on_in_answer_keep_their_target(coder: Coder) -> None:
    text = "Ghanaian police responded by firing tear gas at protesters in Accra."
    assert dyad(coder, text, "ASSAULT") == ("GHA", "GHA")
