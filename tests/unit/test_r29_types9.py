"""Event types, round 29 (helper types9): verbal attacks across borders, diplomatic protest
notes, missiles that hit something, vehicles that carry weapons and acts named only as a
circumstance of a demand. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, first_act, first_type, of_type

# --- "attacked" in words across a border ------------------------------------------------------


def test_a_president_attacking_a_foreign_government_over_a_decision_accuses(coder: Coder) -> None:
    text = (
        "Kenya's president attacked Uganda's government on Monday over the closure of the "
        "border, calling the decision reckless."
    )
    found = events(coder, text)
    assert found[0].plover_type == "ACCUSE"
    assert "ASSAULT" not in [e.plover_type for e in found]
    assert (country(found[0].source), country(found[0].target)) == ("KEN", "UGA")


def test_a_minister_attacking_an_international_body_for_failing_accuses(coder: Coder) -> None:
    text = "Ghana's foreign minister attacked the African Union for failing to act on the coup."
    assert first_type(coder, text) == "ACCUSE"


def test_an_opposition_leader_attacking_a_foreign_president_as_a_dictator_accuses(
    coder: Coder,
) -> None:
    assert (
        first_type(coder, "Kenya's opposition attacked Uganda's president as a dictator.")
        == "ACCUSE"
    )


def test_a_state_attacking_a_country_stays_an_assault(coder: Coder) -> None:
    assert (
        first_type(coder, "The Russian president attacked Ukraine over the weekend.") == "ASSAULT"
    )


def test_forces_attacking_foreign_positions_stay_an_assault(coder: Coder) -> None:
    text = "Azerbaijani forces attacked Armenian positions for several hours on Sunday."
    assert first_type(coder, text) == "ASSAULT"


def test_a_government_attack_with_no_reproach_after_it_stays_an_assault(coder: Coder) -> None:
    # no reason or words of a reproach follow the verb: not read as a speech
    text = "Kenya's government attacked Uganda's government buildings in the border town."
    assert first_type(coder, text) == "ASSAULT"


def test_a_government_attacking_a_foreign_one_over_a_deal_accuses(coder: Coder) -> None:
    text = "Russia's government attacked Ukraine's government over the grain deal."
    assert [e.cameo_root for e in events(coder, text)] == ["11"]


# --- a protest note is a diplomatic complaint ----------------------------------------------------


def test_a_protest_note_sent_to_a_state_is_a_complaint(coder: Coder) -> None:
    act = first_act(coder, "Kenya sent a protest note to Uganda over the detention of its traders.")
    assert act is not None and act[:2] == ("ACCUSE", "114")


def test_a_note_of_protest_handed_to_an_ambassador_is_a_complaint(coder: Coder) -> None:
    act = first_act(coder, "Ghana handed a note of protest to the Togolese ambassador.")
    assert act is not None and act[:2] == ("ACCUSE", "114")


def test_a_street_protest_stays_a_protest(coder: Coder) -> None:
    assert first_type(
        coder, "Thousands of teachers protested in Accra over unpaid allowances."
    ) == ("PROTEST")


# --- a missile that hits something is an attack --------------------------------------------------


def test_a_ballistic_missile_that_struck_a_building_is_an_assault(coder: Coder) -> None:
    text = (
        "A Russian ballistic missile struck a hospital in the city of Kharkiv on Monday, "
        "killing three people."
    )
    found = events(coder, text)
    assert found and found[0].plover_type == "ASSAULT"
    assert "MOBILIZE" not in [e.plover_type for e in found]


def test_a_single_drone_that_struck_a_school_is_an_assault(coder: Coder) -> None:
    text = "A Russian drone struck a school in the town of Nizhyn on Tuesday, wounding two."
    assert first_type(coder, text) == "ASSAULT"


def test_a_missile_test_that_hit_its_target_stays_a_show_of_force(coder: Coder) -> None:
    text = "North Korea said its new cruise missiles hit their targets in the sea on Friday."
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # a missile test told is 15 MOBILIZE by the guide.
    assert "ASSAULT" not in [e.plover_type for e in events(coder, text)]


def test_a_bare_ballistic_missile_launch_stays_a_show_of_force(coder: Coder) -> None:
    text = "North Korea fired a ballistic missile into the sea off its east coast on Sunday."
    assert first_type(coder, text) == "MOBILIZE"


# --- a vehicle carrying weapons is no supply of arms ----------------------------------------------


def test_police_seizing_a_truck_carrying_weapons_coerce(coder: Coder) -> None:
    found = events(coder, "Police seized a truck carrying weapons at a checkpoint near Kisumu.")
    assert found and found[0].plover_type == "COERCE"
    assert "AID" not in [e.plover_type for e in found]


def test_weapons_trucked_to_a_militia_are_military_aid(coder: Coder) -> None:
    act = first_act(coder, "Iran trucked weapons to the militia, the officials said.")
    assert act is not None and act[:2] == ("AID", "072")


# --- an act named as a circumstance is no content of a demand ------------------------------------


def test_a_demand_for_release_of_people_held_during_protests_is_a_demand(coder: Coder) -> None:
    text = (
        "Ghana's opposition demanded the release of activists detained during last week's protests."
    )
    found = events(coder, text)
    assert found[0].plover_type == "REQUEST" and found[0].cameo_root == "10"


def test_an_appeal_to_end_the_protests_stays_an_appeal_to_end_them(coder: Coder) -> None:
    text = "The president called on the unions to end the protests."
    act = of_type(events(coder, text), "REQUEST")
    assert act.cameo_root == "02"
