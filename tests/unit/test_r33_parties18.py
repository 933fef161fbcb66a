"""Parties, round 33 (parties18). Every sentence here was written for these tests.

- a body of people named by a collective noun ("a convoy of Malian soldiers", "a patrol of
  Indian troops", "a crowd of protesters") is those people: the subject of a passive, so the
  one the act was done to;
- "X came under attack": the subject suffered the act; it is no national modifier of the act's
  noun (a verb or a preposition between them ends the modifier);
- "a camp (school, shelter) for displaced people was shelled": violence on a site for people is
  done to them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, evaluation_coder, events

coder = evaluation_coder


def test_a_convoy_of_soldiers_ambushed_in_the_passive_is_their_side(coder: Coder) -> None:
    text = "A convoy of Malian soldiers was ambushed by militants near Gao on Tuesday."
    assert dyad(coder, text, "ASSAULT") == ("MLI", "MLI")
    text = "A patrol of Indian soldiers was attacked by militants in Kashmir."
    assert dyad(coder, text, "ASSAULT") == ("IND", "IND")
    text = "A column of Syrian army tanks was struck by Israeli jets near Quneitra."
    assert dyad(coder, text, "ASSAULT") == ("ISR", "SYR")


def test_the_active_convoy_and_a_convoy_of_things_are_unchanged(coder: Coder) -> None:
    # near misses: the object of an active verb was found before; a convoy of trucks that only
    # crosses a border is no act on anyone
    text = "Militants ambushed a convoy of Malian soldiers near Gao."
    assert dyad(coder, text, "ASSAULT") == ("MLI", "MLI")
    assert events(coder, "A convoy of Russian trucks crossed into Ukraine on Friday.") == []


def test_the_subject_that_came_under_attack_is_the_target(coder: Coder) -> None:
    found = events(coder, "Malian soldiers came under attack near Gao on Sunday.")
    assert found, "the attack is coded"
    assert found[0].source is None or found[0].source.country != "MLI"
    assert found[0].target is not None and found[0].target.country == "MLI"


def test_a_national_adjective_before_the_noun_still_names_the_attacker(coder: Coder) -> None:
    # near miss: "came under heavy Russian bombardment" keeps Russia as the source
    text = "Kharkiv came under heavy Russian bombardment overnight."
    assert dyad(coder, text, "ASSAULT") == ("RUS", "UKR")


def test_a_camp_for_displaced_people_shelled_targets_those_people(coder: Coder) -> None:
    text = "A camp for Afghan refugees was shelled by Pakistani forces on Sunday."
    assert dyad(coder, text, "ASSAULT") == ("PAK", "AFG")
    text = "A school for Afghan refugees was attacked by gunmen in Pakistan."
    found = events(coder, text)
    assert found and found[0].target is not None and found[0].target.country == "AFG"


def test_a_camp_opened_for_refugees_is_no_act(coder: Coder) -> None:
    # near miss: no violence, no event from the people the camp is for
    assert events(coder, "Egypt opened a camp for Sudanese refugees near the border.") == []
