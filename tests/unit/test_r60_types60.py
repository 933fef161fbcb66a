"""Round 60 (types60): conditional offers and threats ("ready to / prepared to X if Y").

- An intent on a condition that the other side ask ("if Bishkek asked for them") is an offer of
  help, forces sent included (033, AGREE), never a threat of force (`acts._on_request`).
- A bare intent on a condition that the other side not act ("if Vilnius did not scrap the
  levy", "unless ...") is a threat (130, `acts._threat_on_refusal`).
- An offer that names no party before its "if" is made to the condition's subject
  (`targets._offered_to`).
- "If X returned to the table" is no election won (`relevance._won`): the offer stays."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import country, events, recommended_coder

coder = recommended_coder


def _only(found: list[TensionEvent]) -> TensionEvent:
    assert len(found) == 1, [event.cameo_code for event in found]
    return found[0]


# forces offered on the addressee's request: help offered, no threat of force
def test_troops_ready_on_request_are_an_offer(coder: Coder) -> None:
    event = _only(
        events(
            coder,
            "Kazakhstan said it stood ready to deploy soldiers to the Kyrgyz frontier if Bishkek "
            "asked for them.",
        )
    )
    assert event.cameo_code == "033"
    assert event.plover_type == "AGREE"
    # a condition the other side must meet by stopping is still a threat of force
    event = _only(
        events(
            coder,
            "Ankara said it stood prepared to send soldiers if the militia did not pull back.",
        )
    )
    assert event.cameo_root == "13"


# the same with "would": a show of force on the addressee's request is an offer too
def test_troops_that_would_go_if_asked_are_an_offer(coder: Coder) -> None:
    event = _only(events(coder, "Uzbekistan said it would send soldiers to Kabul if asked."))
    assert event.cameo_code == "033"


# a bare intent (what is intended no act of its own) on a refusal is a threat
def test_bare_intent_on_a_refusal_is_a_threat(coder: Coder) -> None:
    event = _only(
        events(
            coder,
            "Riga said Latvia was ready to shut its harbours to Lithuanian lorries if Vilnius did "
            "not scrap the new levy.",
        )
    )
    assert event.cameo_code == "130"
    assert event.plover_type == "THREATEN"
    assert country(event.target) == "LTU"
    # a passive condition tells no side's refusal: the intent stays an intent
    found = events(
        coder,
        "The ministry promised that the salaries would be covered by a state fund if the firm's "
        "bosses could not be traced.",
    )
    assert "13" not in [event.cameo_root for event in found]


# "unless" says the same
def test_bare_intent_unless_is_a_threat(coder: Coder) -> None:
    event = _only(
        events(
            coder,
            "Riga said Latvia was ready to shut its harbours to Lithuanian lorries unless Vilnius "
            "scrapped the levy.",
        )
    )
    assert event.cameo_code == "130"


# an offer on a condition the other side meets is made to that side, and "returned to the
# table" is no election won: the offer is coded
def test_offer_on_return_to_talks_is_made_to_that_side(coder: Coder) -> None:
    event = _only(
        events(
            coder,
            "He said Lithuania was prepared to end the embargo if Latvia returned to the "
            "negotiating table.",
        )
    )
    assert event.cameo_root == "03"
    assert country(event.source) == "LTU"
    assert country(event.target) == "LVA"
    # a promise on winning an election is still campaign talk
    assert events(coder, "The party pledged to scrap the housing levy if returned to power.") == []
