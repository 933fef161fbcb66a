"""Parties, round 33 (parties18). Every sentence here was written for these tests.

- a body of people named by a collective noun ("a convoy of Malian soldiers", "a patrol of
  Indian troops", "a crowd of protesters") is those people: the subject of a passive, so the
  one the act was done to;
- "X came under attack": the subject suffered the act; it is no national modifier of the act's
  noun (a verb or a preposition between them ends the modifier);
- "a camp (school, shelter) for displaced people was shelled": violence on a site for people is
  done to them;
- a bare body ("the foreign ministry", "police", "parliament") that the article gives a country
  only by what it names most is not of the country its own act names right after it
  ("condemned Ethiopia's incursion", "arrested three Ethiopian nationals"): it is the
  dateline's or the other country's, else of none; so is a bare title ("the president",
  "lawmakers")."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    coded_as,
    dyad,
    dyad_in,
    evaluation_coder,
    events,
    events_in,
    first_dyad,
)

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
    found = first_dyad(coder, "Malian soldiers came under attack near Gao on Sunday.")
    assert found, "the attack is coded"
    assert found[2] != "MLI"
    assert found[3] == "MLI"


def test_a_national_adjective_before_the_noun_still_names_the_attacker(coder: Coder) -> None:
    # near miss: "came under heavy Russian bombardment" keeps Russia as the source
    text = "Kharkiv came under heavy Russian bombardment overnight."
    assert dyad(coder, text, "ASSAULT") == ("RUS", "UKR")


def test_a_camp_for_displaced_people_shelled_targets_those_people(coder: Coder) -> None:
    text = "A camp for Afghan refugees was shelled by Pakistani forces on Sunday."
    assert dyad(coder, text, "ASSAULT") == ("PAK", "AFG")
    text = "A school for Afghan refugees was attacked by gunmen in Pakistan."
    found = first_dyad(coder, text)
    assert found and found[3] == "AFG"


def test_a_camp_opened_for_refugees_is_no_act(coder: Coder) -> None:
    # near miss: no violence, no event from the people the camp is for
    assert events(coder, "Egypt opened a camp for Sudanese refugees near the border.") == []


BORDER_STORY = "Kenya has deployed more troops to its northern border.\n\n"
# the foreign state named most in the article, as it often is in a story about it
DENIAL = "\n\nEthiopia denied sending troops across the border."


def test_a_bare_ministry_condemning_a_named_state_is_not_that_states(coder: Coder) -> None:
    body = BORDER_STORY + "The foreign ministry condemned Ethiopia's incursion." + DENIAL
    assert dyad_in(coder, body, 1, "ACCUSE") == ("KEN", "ETH")


def test_bare_police_arresting_named_foreigners_are_not_theirs(coder: Coder) -> None:
    body = BORDER_STORY + "Police arrested three Ethiopian nationals in Moyale." + DENIAL
    assert dyad_in(coder, body, 1, "COERCE") == ("KEN", "ETH")
    body = (
        "Pakistan's prime minister visited Lahore on Monday.\n\n"
        "Police arrested two Afghan nationals suspected of planning attacks."
    )
    assert dyad_in(coder, body, 1, "COERCE") == ("PAK", "AFG")


def test_a_bare_parliament_with_no_other_country_is_of_none(coder: Coder) -> None:
    body = "The parliament passed a resolution condemning Russia's invasion."
    assert dyad_in(coder, body, 0, "ACCUSE") == (None, "RUS")


def test_the_datelines_police_keep_their_country(coder: Coder) -> None:
    # near miss: the dateline says whose police they are
    body = "ADDIS ABABA, Ethiopia (AP) — Police arrested three Ethiopian activists on Monday."
    assert dyad_in(coder, body, 0, "COERCE")[0] == "ETH"


def test_a_body_naming_its_own_countrys_thing_keeps_its_country(coder: Coder) -> None:
    # near misses: a demonym inside a proper name ("the Peruvian Plan of Action") and a
    # country in a clause the body reports are no party facing it
    body = (
        "Peru's president unveiled a child protection plan on Monday.\n\n"
        "Congress will fully support the Peruvian Plan of Action, a lawmaker said."
    )
    found = events_in(coder, body, 1)
    assert coded_as(found) == [("AGREE", "032", "PERLEG", "PERGOV")]
    body = BORDER_STORY + "The foreign ministry said Kenya would not accept the incursion."
    found = events_in(coder, body, 1)
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # a ministry saying its state would not accept an act is 12 REJECT by the guide.
    assert all(e.source is None or e.source.country == "KEN" for e in found)


def test_a_bare_title_facing_a_named_state_is_not_that_states(coder: Coder) -> None:
    body = BORDER_STORY + "The president accused Ethiopia of arming militias." + DENIAL
    assert dyad_in(coder, body, 1, "ACCUSE") == ("KEN", "ETH")
    body = BORDER_STORY + "Lawmakers urged Ethiopia to withdraw its troops." + DENIAL
    assert dyad_in(coder, body, 1, "REQUEST") == ("KEN", "ETH")


def test_a_bare_title_of_the_datelines_country_keeps_it(coder: Coder) -> None:
    # near miss: the dateline's president addressing his own country's people
    body = "NAIROBI, Kenya (AP) — The president urged Kenya's youth to register to vote."
    found = events_in(coder, body, 0)
    assert all(e.source is None or e.source.country == "KEN" for e in found)
    # The appeal is coded; its sides are not yet right by the guide (round 48's list: the
    # source should be the dateline's president, KENGOV, and the target Kenya's youth).
    assert [act[:2] for act in coded_as(found)] == [("REQUEST", "020")]
