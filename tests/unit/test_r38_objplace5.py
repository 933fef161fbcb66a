"""Round 38, objplace5: a country in a place phrase that describes the object noun is no target
(sentences written for these tests; docs/labelling.md: the target is the party the act is aimed
at). Things held somewhere ("his assets in X", "a range in X") lie there; traffic ("arms
shipments to X", "flights between X and Y") goes there, and is aimed at X only when the trigger
governs the noun itself (targets._described_object). Near misses keep their target: the
trigger's own phrase ("sanctions on Iran", "an attack on Israel"), a deployment's destination
("sent troops to Estonia"), traffic the act stops ("banned flights to Somalia"), assets whose
owner is named ("froze Russian assets in Thailand") and a party after a grievance's phrase that
names no traffic ("chanting slogans hostile to Greece")."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


def test_shipments_protested_against_are_no_target(coder: Coder) -> None:
    text = (
        "Hundreds of port workers rallied in Antwerp on Monday to protest against weapons "
        "shipments to Israel."
    )
    assert first_dyad(coder, text) == ("PROTEST", "141", None, None)


def test_a_route_of_flights_diverted_is_no_target(coder: Coder) -> None:
    text = (
        "Chinese warships held live-fire drills on Friday, forcing commercial flights between "
        "Indonesia and Malaysia to change course."
    )
    assert first_dyad(coder, text) == ("MOBILIZE", "150", "CHN", None)


def test_where_assets_lie_is_no_target(coder: Coder) -> None:
    text = "A Norwegian court ordered the seizure of the tycoon's assets in Sweden."
    assert first_dyad(coder, text) == ("COERCE", "1711", "NOR", None)


def test_where_a_test_range_lies_is_no_target(coder: Coder) -> None:
    text = "Russia test-fired a missile from a range in central Kazakhstan."
    assert first_dyad(coder, text) == ("MOBILIZE", "150", "RUS", None)


def test_where_frozen_assets_lie_is_no_target(coder: Coder) -> None:
    # the trigger governs the noun: the place is still where the assets lie
    assert first_dyad(coder, "Norway froze the assets in Iceland.") == (
        "SANCTION",
        "163",
        "NOR",
        None,
    )


def test_sanctions_on_a_state_keep_it(coder: Coder) -> None:
    assert first_dyad(coder, "The EU imposed further sanctions on Iran over drone exports.") == (
        "SANCTION",
        "163",
        None,
        "IRN",
    )


def test_a_protest_against_an_attack_on_a_state_keeps_it(coder: Coder) -> None:
    text = "Thousands marched in Oslo to protest against an attack on Israel."
    assert first_dyad(coder, text) == ("PROTEST", "141", "NOR", "ISR")


def test_troops_sent_keep_their_destination(coder: Coder) -> None:
    # round 42 (types42): troops sent to another state are at its side (074 AID, labelling
    # guide section 4; was 154 MOBILIZE); the destination stays the target
    assert first_dyad(coder, "Britain sent troops to Estonia.") == ("AID", "074", "GBR", "EST")


def test_flights_banned_keep_their_destination(coder: Coder) -> None:
    text = "The Kenyan government banned flights to Somalia."
    assert first_dyad(coder, text) == ("COERCE", "172", "KEN", "SOM")


def test_assets_frozen_keep_their_owner(coder: Coder) -> None:
    text = "Laos froze Russian assets in Thailand."
    assert first_dyad(coder, text) == ("SANCTION", "163", "LAO", "RUS")


def test_sanctions_on_exports_keep_their_destination(coder: Coder) -> None:
    text = "Washington lifted sanctions on arms exports to Laos."
    found = first_dyad(coder, text)
    assert found is not None and found[3] == "LAO"


def test_a_grievance_that_names_no_traffic_keeps_its_party(coder: Coder) -> None:
    text = "Thousands marched in Sofia, chanting slogans hostile to Greece."
    assert first_dyad(coder, text) == ("PROTEST", "141", "BGR", "GRC")
