"""Round 38, known weak points (weak5), tested on sentences written for them.

- "Ghana responded by ordering a Togolese embassy attaché to leave Accra": the "by" before the
  act's own gerund governs the act, not the party after it, so the one ordered out is the
  object (`targets._target_preposition`), where the walk from the attaché back to "by" made it
  a "by" phrase hanging from the object and the target fell to the city. A plain "ordered a
  Togolese diplomat to leave Accra" and "responded by firing tear gas at protesters" keep
  what they had.
- "The Ghanaian government condemned the detentions as an abduction and called on the African
  Union to secure the fishermen's release": an international body asked for help after "and"
  and a verb of appeal is the second act's addressee, not the one condemned
  (`targets._appeal_joined` ends the condemnation's object search at "and"). An appeal to the
  authorities condemned, and a party named right after "condemned", keep their target.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, evaluation_coder, events

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


def test_an_international_body_asked_for_help_is_no_target_of_the_condemnation(
    coder: Coder,
) -> None:
    text = (
        'The Ghanaian government condemned the detentions as "an abduction" and called on the '
        "African Union to secure the fishermen's release."
    )
    condemned = [e for e in events(coder, text) if e.cameo_code == "111"]
    assert [e.target for e in condemned] == [None]


def test_the_united_nations_urged_after_a_condemned_noun_is_no_target(coder: Coder) -> None:
    text = "The Ghanaian government condemned the arrests and urged the United Nations to act."
    condemned = [e for e in events(coder, text) if e.cameo_code == "111"]
    assert [e.target for e in condemned] == [None]


def test_a_condemned_state_before_the_appeal_keeps_its_target(coder: Coder) -> None:
    text = "Ghana condemned Togo and called on the United Nations to act."
    assert dyad(coder, text, "ACCUSE") == ("GHA", "TGO")


def test_the_appeal_itself_keeps_its_addressee(coder: Coder) -> None:
    text = "The Ghanaian government condemned the arrests and urged the United Nations to act."
    appeal = [e for e in events(coder, text) if e.cameo_code == "020"]
    assert appeal and appeal[0].target is not None
    assert appeal[0].target.text == "United Nations"
