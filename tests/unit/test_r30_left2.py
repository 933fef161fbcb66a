"""Parties, round 30 (left2): an arrest told in the passive "in" a country is that country's
police's, whoever is held; a capital or country right before a private business ("a Lima
restaurant") is that business, not the state; "a general strike" is no general's act; a
violent act on a site its agent word modifies ("an army base was hit") is aimed at that agent;
a crowd's grievance between it and its violent act ("Students angered by ... threw rocks")
keeps the protest. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder, events, of_type

coder = evaluation_coder


def test_a_foreigner_arrested_in_a_country_is_held_by_its_police(coder: Coder) -> None:
    body = "A Canadian climber was detained in Nepal for entering a restricted area."
    event = of_type(article(coder, body), "COERCE")
    assert (event.source.code if event.source else None) == "NPLCOP"
    assert country(event.target) == "CAN"


def test_a_region_word_may_stand_before_the_country(coder: Coder) -> None:
    body = "Two Australian backpackers were arrested in northern Laos on Saturday."
    event = of_type(article(coder, body), "COERCE")
    assert country(event.source) == "LAO"
    assert country(event.target) == "AUS"


def test_an_own_citizen_arrested_with_no_place_keeps_the_home_police(coder: Coder) -> None:
    body = (
        "LUSAKA (AP) - Zambian police raided the offices of an opposition party on Monday. "
        "Zambian opposition activist Mary Banda was detained in the raid."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found and country(found[0].source) == "ZMB"


def test_a_capital_before_a_private_business_is_no_government(coder: Coder) -> None:
    assert events(coder, "A Lisbon bakery accused a rival of stealing its recipe.") == []
    assert events(coder, "A Lima restaurant sued its landlord over unpaid rent.") == []


def test_a_capital_as_a_party_is_still_its_government(coder: Coder) -> None:
    event = of_type(events(coder, "Lima accused Quito of violating the border."), "ACCUSE")
    assert event.source is not None and event.source.code == "PERGOV"
    assert country(event.target) == "ECU"


def test_a_general_strike_is_no_generals_act(coder: Coder) -> None:
    event = of_type(article(coder, "A general strike paralysed Santiago on Thursday."), "PROTEST")
    assert event.source is not None and event.source.sector != "MIL"
    assert event.source.country == "CHL"


def test_a_named_general_still_acts(coder: Coder) -> None:
    event = of_type(
        events(coder, "General Pedro Alvarez ordered troops to attack the rebel camp in Quito."),
        "ASSAULT",
    )
    assert country(event.source) == "ECU"


def test_an_army_base_hit_by_drones_is_the_armys(coder: Coder) -> None:
    event = of_type(
        events(coder, "An army base in northern Chad was hit by drones on Sunday."), "ASSAULT"
    )
    assert event.target is not None and event.target.code == "TCDMIL"


def test_a_military_outpost_struck_after_a_dateline(coder: Coder) -> None:
    body = "NIAMEY (Reuters) - A military outpost in western Niger was struck by drones overnight."
    found = [e for e in article(coder, body) if e.plover_type == "ASSAULT"]
    assert found and country(found[0].target) == "NER"


def test_a_base_named_with_its_attacker_keeps_the_attacker_apart(coder: Coder) -> None:
    # near miss: the site's agent word is the attacker's here, not the struck side's
    event = of_type(
        events(coder, "Army drones struck a rebel base in northern Chad on Sunday."), "ASSAULT"
    )
    assert event.source is not None and event.source.sector == "MIL"


def test_a_crowds_grievance_before_its_stones_keeps_the_protest(coder: Coder) -> None:
    text = "Students angered by a rise in tuition fees threw rocks at police in Quito on Wednesday."
    event = of_type(events(coder, text), "PROTEST")
    assert country(event.source) == "ECU"
    text = "Protesters angered by a long border dispute hurled stones at police in Lima."
    assert "PROTEST" in {e.plover_type for e in events(coder, text)}


def test_fans_angered_by_a_referee_are_no_protest(coder: Coder) -> None:
    assert events(coder, "Fans angered by the referee threw bottles onto the pitch.") == []


def test_unions_calling_a_strike_are_labour_of_the_country(coder: Coder) -> None:
    event = of_type(
        article(coder, "Unions called a general strike in Chile on Thursday."), "PROTEST"
    )
    assert event.source is not None and event.source.code == "CHLCVL"
    event = of_type(
        article(coder, "Chilean unions called a general strike on Thursday."), "PROTEST"
    )
    assert event.source is not None and event.source.code == "CHLCVL"


def test_the_european_union_is_no_labour_union(coder: Coder) -> None:
    event = of_type(
        events(coder, "The European Union slapped new sanctions on potash firms."), "SANCTION"
    )
    assert event.source is not None and event.source.sector != "CVL"
