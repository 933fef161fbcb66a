"""Types, round 28: an act coded with the right CAMEO family but the wrong PLOVER type.
Unarmed people clashing with police riot (145 PROTEST), fire set by armed men destroys
property (1712 ASSAULT), a claim of responsibility that reports the attack takes the attack's
code (labelling guide 4.3), and "called the arrest a conspiracy" is a criticism (111), not
the arrest. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import coded_as, events, recommended_coder

coder = recommended_coder


def first(coder: Coder, text: str) -> TensionEvent:
    found = sorted(events(coder, text), key=lambda event: event.char_start)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters clashed with riot police outside the electoral commission in Lyon.",
        "Students clashed with police near the university in Seville on Tuesday.",
        "Hundreds of farmers clashed with the police near the parliament building in Warsaw.",
    ],
)
def test_unarmed_people_clashing_with_police_riot(coder: Coder, text: str) -> None:
    event = first(coder, text)
    assert (event.cameo_code, event.plover_type) == ("145", "PROTEST")
    assert event.target is not None and event.target.sector == "COP"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police clashed with opposition supporters outside the party's offices in Madrid.",
        "Soldiers clashed with rebels near the border town on Sunday.",
    ],
)
def test_force_by_police_or_between_armed_sides_stays_force(coder: Coder, text: str) -> None:
    assert first(coder, text).plover_type == "ASSAULT"


def test_police_of_a_later_clause_are_no_riot(coder: Coder) -> None:
    text = "Fans clashed outside the ground after the match in Turin, and police arrested four men."
    assert coded_as(events(coder, text)) == [("COERCE", "173", "ITACOP", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers burned dozens of huts in the village during the operation, residents said.",
        "Masked gunmen set fire to two buses and a warehouse near the town overnight.",
    ],
)
def test_fire_set_by_armed_men_destroys_property(coder: Coder, text: str) -> None:
    event = first(coder, text)
    assert (event.cameo_code, event.plover_type) == ("1712", "ASSAULT")


def test_property_seized_stays_coercion(coder: Coder) -> None:
    event = first(coder, "Customs officers seized the cargo of the tanker in the port of Bari.")
    assert event.plover_type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "The militant group claimed responsibility on Monday for a suicide bombing at a "
        "market in the provincial capital that killed 11 people.",
        "The rebels claimed responsibility for a drone attack on an oil terminal on Sunday.",
    ],
)
def test_a_claim_that_reports_the_attack_is_the_attack(coder: Coder, text: str) -> None:
    event = first(coder, text)
    assert event.plover_type == "ASSAULT"
    assert event.cameo_root in ("18", "19")


def test_a_bare_claim_keeps_its_code(coder: Coder) -> None:
    found = events(coder, "The militant group claimed responsibility in a statement.")
    assert coded_as(found) == [("CONCEDE", "015", "REB", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition party called the detention of its leader a political conspiracy.",
        "The president called the arrests a scandal and asked the minister to explain them.",
        "The foreign ministry called the vote unfortunate and urged both sides to talk.",
    ],
)
def test_calling_an_act_names_is_criticism(coder: Coder, text: str) -> None:
    assert first(coder, text).plover_type == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The regional governor banned all demonstrations in the city for a week.",
        "Police prevented the march by students near the ruling party's offices in Lyon.",
        "Authorities prohibited public gatherings in the capital ahead of the verdict.",
    ],
)
def test_banning_a_protest_restricts_freedoms(coder: Coder, text: str) -> None:
    event = first(coder, text)
    assert (event.cameo_code, event.plover_type) == ("1721", "COERCE")


def test_police_blocking_roads_restrict_movement(coder: Coder) -> None:
    text = "Officers in riot gear blocked the main roads into the old town of Seville."
    event = first(coder, text)
    assert (event.cameo_code, event.plover_type) == ("191", "COERCE")


def test_protesters_blocking_roads_still_protest(coder: Coder) -> None:
    text = "Farmers blocked roads with their tractors near Toulouse to protest against fuel taxes."
    assert first(coder, text).plover_type == "PROTEST"


def test_saying_one_will_respond_accordingly_is_a_threat(coder: Coder) -> None:
    text = "The foreign minister said Rome would respond accordingly to what he called blackmail."
    assert first(coder, text).plover_type == "THREATEN"


def test_a_warning_keeps_its_addressee(coder: Coder) -> None:
    text = "The defence minister warned Moscow that Warsaw would respond firmly to any incursion."
    event = first(coder, text)
    assert event.plover_type == "THREATEN"
    assert event.target is not None and event.target.country == "RUS"
