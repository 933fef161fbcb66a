"""Round 38, wiremiss5: relevant agency sentences that yielded no event. A street protest told
by its own pluperfect verb ("Hundreds of farmers had gathered outside parliament, chanting ...",
"had blocked the entrance to the port since Monday") sets the scene of the day's news in agency
copy, as it does on a news site; a protest under another pluperfect verb, or one dated earlier
("earlier this month", "since the harvest failed"), stays background. A ship stopped at sea in
the passive ("trawlers were intercepted by the navy", 171) or by "intercepted a cargo ship";
military aircraft intercepted by fighters (150, a show of force); the closure of crossings
ordered ("ordered all crossings on the border with X closed", 191); forces ordered out on a
security task ("ordered the army to escort", 150); "troops entered X" (154); a crowd pushed back
with no determiner ("pushed back demonstrators", 175); "returned fire with mortars and
destroyed", which a blaze's discard ("{fire|fires} * destroyed") took. Each has a near miss that
keeps its old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, recommended_coder

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str, lead: str) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an agency report (after `lead`)."""
    found = article(coder, f"{dateline}, June 3 (Reuters) - {lead} {text}")
    return [event for event in found if event.sentence_index == 1]


def firsts(found: list[TensionEvent]) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country, target country) of the first event, if any."""
    if not found:
        return None
    return found[0].cameo_code, country(found[0].source), country(found[0].target)


TAX = "Farmers rallied in Accra against a new land tax."


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Hundreds of farmers had gathered outside parliament on Tuesday, chanting slogans "
            "against the tax.",
            ("141", "GHA", "GHA"),
        ),
        (
            "Hundreds of dockers had blocked the entrance to the port of Tema since Monday, "
            "halting exports of cocoa.",
            ("144", "GHA", "GHA"),
        ),
    ],
)
def test_a_protest_told_in_the_pluperfect_is_the_days_news(
    coder: Coder, text: str, first: tuple[str, str, str]
) -> None:
    assert firsts(wire(coder, "ACCRA", text, TAX)) == first


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers had gathered outside parliament earlier this month, chanting "
        "slogans against the tax.",
        "Hundreds of farmers had gathered outside parliament since the harvest failed, chanting "
        "slogans against the tax.",
        "Police had used tear gas to break up protests outside parliament on Tuesday.",
        "The president had declared a curfew, which set off protests in several towns.",
    ],
)
def test_a_protest_dated_earlier_or_under_another_verb_stays_background(
    coder: Coder, text: str
) -> None:
    assert wire(coder, "ACCRA", text, TAX) == []


FLEETS = "Fishermen complained of foreign fleets."


@pytest.mark.parametrize(
    "text",
    [
        "Two Chinese trawlers were intercepted by the Ghanaian navy off Takoradi on Monday.",
        "The Ghanaian navy intercepted a Chinese cargo ship off Takoradi on Monday.",
    ],
)
def test_a_ship_intercepted_is_stopped_at_sea(coder: Coder, text: str) -> None:
    assert firsts(wire(coder, "ACCRA", text, FLEETS)) == ("171", "GHA", "CHN")


def test_calls_intercepted_are_no_ship_stopped(coder: Coder) -> None:
    text = "Phone calls between the two men were intercepted by the police, the prosecutor said."
    assert "171" not in [e.cameo_code for e in wire(coder, "ACCRA", text, FLEETS)]


FLIGHTS = "Russian aircraft flew near the coast."


@pytest.mark.parametrize(
    ("dateline", "text", "source"),
    [
        (
            "COPENHAGEN",
            "Two Russian bombers were intercepted by Danish fighter jets over the Baltic Sea on "
            "Tuesday.",
            "DNK",
        ),
        (
            "OSLO",
            "Norwegian F-35s intercepted two Russian spy planes over the Barents Sea on Tuesday, "
            "the military said.",
            "NOR",
        ),
    ],
)
def test_military_aircraft_intercepted_are_a_show_of_force(
    coder: Coder, dateline: str, text: str, source: str
) -> None:
    assert firsts(wire(coder, dateline, text, FLIGHTS)) == ("150", source, "RUS")


def test_missiles_intercepted_are_no_show_of_force(coder: Coder) -> None:
    text = "Most of the missiles were intercepted over the capital, the air force said."
    found = wire(coder, "KYIV", text, "Russia launched a wave of attacks overnight.")
    assert "150" not in [e.cameo_code for e in found]


LAOS = "Fighting flared on the border with Laos."


def test_crossings_ordered_closed_are_closed(coder: Coder) -> None:
    text = "The Thai government ordered all crossings on the border with Laos closed."
    assert firsts(wire(coder, "BANGKOK", text, LAOS)) == ("191", "THA", "LAO")


def test_crossings_ordered_reopened_are_no_closure(coder: Coder) -> None:
    text = "The Thai government ordered the reopening of border crossings closed during the floods."
    assert [e.cameo_code for e in wire(coder, "BANGKOK", text, LAOS)][:1] == ["081"]


CONVOY = "Rebels attacked a convoy in the east."


def test_the_army_ordered_to_escort_shows_force(coder: Coder) -> None:
    text = (
        "President Mahamat Idriss Deby ordered the army to escort all aid convoys on the road "
        "to Abeche."
    )
    assert firsts(wire(coder, "NDJAMENA", text, CONVOY)) == ("150", "TCD", None)


def test_the_army_ordered_to_pay_shows_no_force(coder: Coder) -> None:
    text = "The court ordered the army to pay compensation to the families of the victims."
    assert "150" not in [e.cameo_code for e in wire(coder, "NDJAMENA", text, CONVOY)]


def test_troops_entering_a_country_are_a_deployment(coder: Coder) -> None:
    text = "Ethiopian troops entered Somalia on Tuesday, a regional official said."
    lead = "Tensions rose on the border."
    assert firsts(wire(coder, "ADDIS ABABA", text, lead)) == ("154", "ETH", "SOM")


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        ("RIGA", "Prices have doubled since Russian troops entered Ukraine in 2022."),
        ("LUSAKA", "Officers entered the house through a window and found two bodies."),
    ],
)
def test_troops_entering_long_ago_or_officers_entering_a_house_are_none(
    coder: Coder, dateline: str, text: str
) -> None:
    assert wire(coder, dateline, text, "Police searched several houses.") == []


MARCH = "Opposition supporters marched on the election commission."


def test_demonstrators_pushed_back_are_repressed(coder: Coder) -> None:
    text = "Riot police pushed back demonstrators with batons outside the commission on Tuesday."
    assert firsts(wire(coder, "LUSAKA", text, MARCH)) == ("175", "ZMB", "ZMB")


def test_pushing_back_against_claims_stays_a_rejection(coder: Coder) -> None:
    text = "The police spokesman pushed back against claims that officers had beaten demonstrators."
    assert [e.cameo_code for e in wire(coder, "LUSAKA", text, MARCH)][:1] == ["120"]


def test_fire_returned_with_mortars_is_fire(coder: Coder) -> None:
    text = (
        "Kenyan troops returned fire with mortars and destroyed two militant positions, the army "
        "said."
    )
    found = wire(coder, "NAIROBI", text, "Militants attacked a base near the border.")
    first = firsts(found)
    assert first is not None and first[:2] == ("193", "KEN")
