"""Parties, round 33 (left9). Every sentence here was written for these tests.

- "the army's spokesman", "the ministry's spokeswoman": a title after a bare body's
  possessive speaks for the body (as "the army spokesman" already did);
- "Libya's U.N.-recognised government", "Yemen's UN-backed government": an abbreviation with
  dots (or capitals) before "-backed"/"-recognised" leaves the body its possessor's country;
- a government that accuses a person or a person's forces of its own country ("Haftar's
  forces") is not rehomed as if it had accused a state by name;
- "appealed for calm amid U.S. hostility", "despite Israeli threats": a party named in the
  setting of an act ("amid", "despite") is no target of it."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, dyad_in, evaluation_coder, first_dyad, in_sentence

coder = evaluation_coder


def test_a_spokesman_of_a_bare_army_speaks_for_the_army(coder: Coder) -> None:
    body = (
        "MOGADISHU (AP) — Somalia's army fought al-Shabab militants near Jowhar on Thursday.\n\n"
        "The army's spokesman accused the militants of using villagers as shields."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.code == "SOMMIL"


def test_a_spokeswoman_of_a_bare_ministry_speaks_for_it(coder: Coder) -> None:
    body = (
        "KHARTOUM (Reuters) — Sudan's foreign ministry summoned the Chadian envoy on Monday.\n\n"
        "The ministry's spokeswoman accused the paramilitaries of looting a market."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.country == "SDN"


def test_a_possessed_title_as_object_is_the_bodys(coder: Coder) -> None:
    # near miss: the body's commander as the one acted on keeps the body's sector
    body = (
        "BAMAKO (AP) — Mali's army fought jihadists in the centre on Friday.\n\n"
        "Police arrested the army's commander in the capital."
    )
    assert dyad_in(coder, body, 1, "COERCE")[1] == "MLI"


def test_a_dotted_abbreviation_backing_the_government_keeps_the_possessors_country(
    coder: Coder,
) -> None:
    body = (
        "TRIPOLI (AP) — Libya's U.N.-recognised government accused Haftar's forces of "
        "shelling a district of the capital."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.source is not None and event.source.code == "LBYGOV"
    text = "Yemen's UN-backed government accused the Houthis of shelling Taiz."
    assert dyad(coder, text, "ACCUSE") == ("YEM", "YEM")


def test_a_body_accusing_a_state_by_name_is_still_rehomed(coder: Coder) -> None:
    # near miss: a state named as the accused still tells the bare body it is another's
    text = "The ministry accused Armenia of shelling Azerbaijan's border villages."
    assert dyad(coder, text, "ACCUSE") == ("AZE", "ARM")


def test_a_party_named_amid_an_appeal_is_no_target(coder: Coder) -> None:
    found = first_dyad(coder, "Venezuela appealed for calm on Monday amid U.S. hostility.")
    assert found is not None and found[2] == "VEN" and found[3] is None
    found = first_dyad(coder, "Armenia called for talks despite Azerbaijani threats.")
    assert found is not None and found[3] is None


def test_an_appeal_to_a_party_amid_tension_keeps_it(coder: Coder) -> None:
    # near miss: the one urged is the object, the setting comes after it
    text = "Venezuela urged Guyana to show restraint amid rising tension."
    assert dyad(coder, text, "REQUEST") == ("VEN", "GUY")
