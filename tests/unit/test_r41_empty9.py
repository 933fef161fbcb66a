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
- "Peru's foreign minister said Chilean soldiers had shelled the hills": force (CAMEO 18, 19) by a
  state's organ that hits no one named, in a sentence naming one country besides the maker's,
  hits that country named whole (`roles.struck_rival`); not when two others are named, and not
  a show of force (15), which hits no one.
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


# a lead naming no party, so that only the sentence's own countries count
ANDES = "Tensions rose along a remote stretch of the Andes on Tuesday. "


def _after_andes(coder: Coder, text: str) -> TensionEvent:
    found = undated_in(coder, ANDES + text, 1)
    assert found, "no event"
    return found[0]


def test_force_by_a_state_on_no_one_named_hits_the_one_other_country_named(
    coder: Coder,
) -> None:
    event = _after_andes(
        coder,
        "Peru's foreign minister said Chilean soldiers had shelled the hills above the pass for "
        "an hour.",
    )
    assert event.cameo_code.startswith("19")
    assert _sides(event) == ("CHLMIL", "PER")


def test_force_in_a_sentence_naming_two_other_countries_stays_unaimed(coder: Coder) -> None:
    event = _after_andes(
        coder, "Chilean troops fired on a border post, officials in Peru and Bolivia said."
    )
    assert _sides(event) == ("CHLMIL", None)


def test_a_show_of_force_is_aimed_at_no_one(coder: Coder) -> None:
    # near miss: drills (CAMEO 15) are no force that hits anyone
    event = _after_andes(
        coder,
        "Chilean navy patrol boats carried out drills near the maritime line, Peru's defence "
        "ministry said.",
    )
    assert event.cameo_code.startswith("15")
    assert _sides(event) == ("CHLMIL", None)
