"""Round 41, a side left empty in agency copy (empty9), tested on sentences written for them.

- "A La Paz judge ordered the eleven deported": a ban, arrest or charge, expulsion or repression
  (CAMEO 172-175) by a state organ of the article's own country aimed at no party the index
  knows ("the eleven", "them", "several of those held") is aimed at that country's people
  (`roles.home_pressed`, as an accusation or a rejection already was). Not for coercion by no
  state organ (rebels barring villagers), not for a seizure (171: a ship or cash seized is as
  often foreign or no one's), and not when the sentence names another country.
- "Two opposition deputies were hit by rubber bullets": such coercion of a party of the
  article's own country with no maker named is by that country named whole
  (`roles.home_assailant`, as an abduction already was); not when the sentence places it abroad,
  and not force of root 19 ("were shot dead"), whose unnamed maker is the other side as often.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import evaluation_coder, undated_in

coder = evaluation_coder

# an agency story of one country, naming no party the next sentence could refer back to
LEAD = "Bolivia's interior minister resigned on Tuesday after a month of unrest in the highlands. "


def _second(coder: Coder, text: str) -> TensionEvent:
    found = undated_in(coder, LEAD + text, 1)
    assert found, "no event"
    return found[0]


def _sides(event: TensionEvent) -> tuple[str | None, str | None]:
    source, target = event.source, event.target
    return (source.code if source else None, target.code if target else None)


def test_a_state_organs_coercion_of_no_named_party_is_of_its_people(coder: Coder) -> None:
    event = _second(
        coder, "A La Paz judge ordered the eleven deported to the border town of Desaguadero."
    )
    assert event.cameo_code == "174"
    assert _sides(event) == ("BOLJUD", "BOLCVL")


def test_a_coercion_that_names_another_country_keeps_it(coder: Coder) -> None:
    event = _second(
        coder, "A La Paz judge ordered the eleven deported to Peru, the Peruvian consulate said."
    )
    assert _sides(event) == ("BOLJUD", "PER")


def test_coercion_by_no_state_organ_stays_unaimed(coder: Coder) -> None:
    event = _second(coder, "The rebels barred the pair from leaving the village.")
    assert event.cameo_code.startswith("17")
    assert event.target is None


def test_a_seizure_at_home_stays_unaimed(coder: Coder) -> None:
    event = _second(coder, "The navy seized a cargo ship carrying diesel off the coast.")
    assert event.cameo_code.startswith("171")
    assert _sides(event) == ("BOLMIL", None)


def test_repression_with_no_maker_of_people_of_the_country_is_the_states(
    coder: Coder,
) -> None:
    event = _second(coder, "Two opposition deputies were hit by rubber bullets on Friday.")
    assert event.cameo_code == "175"
    assert _sides(event) == ("BOL", "BOLOPP")


def test_an_expulsion_with_no_maker_is_the_states(coder: Coder) -> None:
    event = _second(coder, "Two opposition deputies were suspended from the chamber on Friday.")
    assert _sides(event) == ("BOL", "BOLOPP")


def test_repression_placed_abroad_keeps_no_maker(coder: Coder) -> None:
    event = _second(
        coder,
        "Two opposition deputies were hit by rubber bullets outside the Peruvian embassy on "
        "Friday.",
    )
    assert _sides(event) == (None, "BOLOPP")


def test_force_of_war_with_no_maker_keeps_none(coder: Coder) -> None:
    event = _second(coder, "Two opposition deputies were shot dead on Friday.")
    assert event.cameo_code.startswith("19")
    assert event.source is None
