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
destroyed", which a blaze's discard ("{fire|fires} * destroyed") took. A second batch: a warning
that names its addressee and the harm ("warned the traffickers that it would strike", '... it
would "crush"', "warned residents not to return", 130); an appeal for help that names both sides
("asked the federal government for help", 023); a rescue after a gunfight (193); "responded with
artillery fire" (190); people "hit by tear gas" (175), whose "were" is no simple present (the
generic-present aside of agency copy read it as one). A third: "the two envoys also spoke
directly" (040; not "spoke directly to reporters") and forces "taking part in the exercises"
(150). A fourth: "said Sofia would block any further progress in the talks until ..." (131, a
veto on another state's talks announced with its condition). Each has a near miss that keeps
its old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, recommended_coder
from tests.unit.coding import first_sides as firsts

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str, lead: str) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an agency report (after `lead`)."""
    found = article(coder, f"{dateline}, June 3 (Reuters) - {lead} {text}")
    return [event for event in found if event.sentence_index == 1]


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
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # phone calls intercepted are coded a phone call (041).
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


def test_missiles_intercepted_are_no_show_of_force_codes_nothing(coder: Coder) -> None:
    text = "Most of the missiles were intercepted over the capital, the air force said."
    found = wire(coder, "KYIV", text, "Russia launched a wave of attacks overnight.")
    assert found == []


LAOS = "Fighting flared on the border with Laos."


def test_crossings_ordered_closed_are_closed(coder: Coder) -> None:
    text = "Thailand's army chief ordered both border crossings with Laos shut on Saturday."
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


def test_the_army_ordered_to_pay_shows_no_force_codes_nothing(coder: Coder) -> None:
    text = "The court ordered the army to pay compensation to the families of the victims."
    assert wire(coder, "NDJAMENA", text, CONVOY) == []


def test_troops_entering_a_country_are_a_deployment(coder: Coder) -> None:
    text = "Ethiopian troops entered Somalia on Tuesday, a regional official said."
    lead = "Tensions rose on the border."
    assert firsts(wire(coder, "ADDIS ABABA", text, lead)) == ("154", "ETH", "SOM")


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        ("RIGA", "Prices have doubled since Russian troops entered Ukraine in 2022."),
        ("LUSAKA", "Officers entered the shop through a side door and found no one inside."),
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


TRAFFIC = "Traffickers crossed from Libya overnight."


@pytest.mark.parametrize(
    "text",
    [
        "The army warned the traffickers that it would strike any convoy that crossed the border.",
        'The army warned the traffickers that it would "crush" any convoy that crossed the border.',
    ],
)
def test_a_warning_of_force_to_a_party_is_a_threat(coder: Coder, text: str) -> None:
    found = wire(coder, "NDJAMENA", text, TRAFFIC)
    assert (found[0].cameo_code, country(found[0].source)) == ("130", "TCD")
    assert found[0].evidence.startswith("warned the traffickers that it would")


def test_a_warning_of_delay_is_no_threat_of_force(coder: Coder) -> None:
    text = "The energy minister warned that it would take weeks to restore power."
    found = wire(coder, "NDJAMENA", text, "Storms cut power in the capital.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a forecast of weeks without power is coded a threat.
    assert all("would" not in e.evidence for e in found)


OMDURMAN = "Fighting went on near Omdurman."


def test_a_warning_not_to_return_is_a_threat(coder: Coder) -> None:
    text = (
        "The Sudanese army warned farmers not to return to their fields east of the city until "
        "the shelling stops."
    )
    found = wire(coder, "KHARTOUM", text, OMDURMAN)
    assert firsts(found) == ("130", "SDN", "SDN")
    assert found[0].evidence == "warned farmers not to return"


def test_doctors_advice_is_no_threat(coder: Coder) -> None:
    text = "Doctors warned patients not to skip their medication during the fighting."
    assert wire(coder, "KHARTOUM", text, OMDURMAN) == []


RAIDS = "Gunmen attacked two villages overnight."


def test_asking_the_government_for_help_is_an_appeal_for_aid(coder: Coder) -> None:
    text = (
        "Governor Babagana Zulum asked the federal government for help after the second raid "
        "in a week, his office said."
    )
    found = wire(coder, "MAIDUGURI", text, RAIDS)
    assert firsts(found) == ("023", "NGA", "NGA")
    assert found[0].evidence == "asked the federal government for help"


def test_asking_a_court_for_a_delay_is_no_appeal_for_aid_codes_nothing(coder: Coder) -> None:
    text = "The defence lawyer asked the court for a delay of two weeks."
    assert wire(coder, "MAIDUGURI", text, RAIDS) == []


ABDUCTION = "Gunmen abducted 20 farmers last week."


def test_a_rescue_after_a_gunfight_is_the_fight(coder: Coder) -> None:
    text = (
        "Troops rescued nine of the farmers after a gunfight with the kidnappers, the police said."
    )
    assert firsts(wire(coder, "MAIDUGURI", text, ABDUCTION)) == ("193", "NGA", "NGA")


def test_a_rescue_after_a_search_is_no_fight(coder: Coder) -> None:
    text = "Troops rescued nine of the farmers after a long search in the forest, the police said."
    assert wire(coder, "MAIDUGURI", text, ABDUCTION) == []


POKROVSK = "Russian troops attacked positions near Pokrovsk."


def test_responding_with_artillery_fire_is_force(coder: Coder) -> None:
    text = "Ukrainian forces responded with artillery fire, the military said."
    assert firsts(wire(coder, "KYIV", text, POKROVSK)) == ("190", "UKR", "RUS")


def test_responding_with_a_statement_is_no_force(coder: Coder) -> None:
    text = "The ministry responded with a statement on its website."
    assert wire(coder, "KYIV", text, POKROVSK) == []


TBILISI = "Thousands marched on parliament."


def test_deputies_hit_by_tear_gas_are_repressed(coder: Coder) -> None:
    text = (
        "Several opposition deputies were hit by tear gas outside parliament, among them two who "
        "had tried to calm the crowd."
    )
    found = wire(coder, "TBILISI", text, TBILISI)
    assert (found[0].cameo_code, country(found[0].target)) == ("175", "GEO")


def test_deputies_hit_by_a_car_are_not_repressed(coder: Coder) -> None:
    text = "Several opposition deputies were hit by a car outside parliament on Thursday."
    assert wire(coder, "TBILISI", text, TBILISI) == []


MUSCAT = "Iranian and U.S. envoys held indirect talks in Muscat on Saturday."


def test_two_envoys_speaking_directly_consult(coder: Coder) -> None:
    text = (
        "The two envoys also spoke directly for ten minutes after the session, Oman's foreign "
        "ministry said."
    )
    assert firsts(wire(coder, "MUSCAT", text, MUSCAT)) == ("040", "IRN", "USA")


def test_speaking_directly_to_reporters_is_no_consultation(coder: Coder) -> None:
    text = "The Iranian envoy later spoke directly to reporters outside the hotel."
    assert wire(coder, "MUSCAT", text, MUSCAT) == []


BORDER_TENSION = "Tensions rose on the border."


def test_troops_taking_part_in_drills_show_force(coder: Coder) -> None:
    text = (
        "Belarusian troops took part in drills near the Lithuanian border on Monday, the defence "
        "ministry said."
    )
    assert firsts(wire(coder, "MINSK", text, BORDER_TENSION)) == ("150", "BLR", None)


def test_schoolchildren_in_evacuation_drills_show_no_force(coder: Coder) -> None:
    text = "Hundreds of schoolchildren took part in evacuation drills in the capital on Monday."
    assert wire(coder, "MINSK", text, BORDER_TENSION) == []


def test_a_veto_on_accession_talks_announced_is_a_threat(coder: Coder) -> None:
    text = (
        "Hungary's foreign ministry said Budapest would block any further progress in Ukraine's "
        "accession talks until the language law was changed."
    )
    lead = "Hungary and Ukraine traded accusations."
    assert firsts(wire(coder, "BUDAPEST", text, lead)) == ("131", "HUN", "UKR")


def test_blocking_a_domestic_reform_is_left_to_other_lines(coder: Coder) -> None:
    text = (
        "The opposition said it would block any progress on the pension reform in parliament "
        "until the minister resigned."
    )
    found = wire(coder, "BUDAPEST", text, "Pensioners protested in the capital.")
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # a block vowed until a minister resigns may be a threat (13).
    assert "131" not in [e.cameo_code for e in found]
