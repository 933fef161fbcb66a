"""Round 54 (miss54w): acts of relevant agency sentences the coder gave nothing for, by the stage
that dropped them. Each was found by the lexicon at a weight too low for the agency floor, or not
found at all: goods handed over (aid) with the goods the aid line knows but a handover line did
not; a crossing named between its determiner and its noun, ordered closed; craft ordered to a
place, or sent with an aircraft beside them; dug-in positions (trenches, entrenchments) struck;
thanks for a rescue, a protection or reinforcements. Each form here, with near misses that must
stay as they were. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder


def _lead(city: str, country_name: str) -> str:
    """An agency report's first sentence, with no act, datelined in `city`."""
    rain = "Heavy rain fell across the region on Sunday. "
    return f"{city.upper()}, {country_name}, May 4 (Reuters) - {rain}"


def _second(coder: Coder, text: str, lead: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of `text` after `lead`."""
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in second_events(coder, text, lead)
    ]


MALAWI = _lead("Lilongwe", "Malawi")
MALDIVES = _lead("Male", "Maldives")
LIBYA = _lead("Tripoli", "Libya")
MALI = _lead("Bamako", "Mali")
ZAMBIA = _lead("Lusaka", "Zambia")


# --- goods handed over are aid, as the aid line's verbs give them (070) ---


def test_goods_handed_over_by_an_envoy_are_aid(coder: Coder) -> None:
    """An envoy in apposition, the goods four tokens after the verb."""
    assert _second(
        coder,
        "Japan's ambassador, Kenji Sato, handed over 200 tonnes of rice to Malawian officials in "
        "Lilongwe on Monday, the embassy said.",
        MALAWI,
    ) == [("070", "JPN", "MWI")]


def test_water_handed_over_is_aid_not_a_plain_handover(coder: Coder) -> None:
    """Drinking water, which only the aid line named: 070, not the bare handover (063)."""
    assert _second(
        coder,
        "Indian officials handed over 40 tonnes of drinking water and blankets to authorities in "
        "the Maldives on Friday.",
        MALDIVES,
    ) == [("070", "IND", "MDV")]


def test_goods_handed_over_in_a_participle_clause_are_aid(coder: Coder) -> None:
    """ "arrived ..., handing over ...": the visit and the aid, the aid's type 070."""
    codes = [
        code
        for code, _source, _target in _second(
            coder,
            "Turkish diplomats arrived in Tripoli on Sunday, handing over 30 tonnes of flour to "
            "Libyan authorities.",
            LIBYA,
        )
    ]
    assert "070" in codes
    assert "063" not in codes


def test_a_town_handed_over_is_no_aid(coder: Coder) -> None:
    """Near miss: a place handed over to an army is a withdrawal, as before."""
    assert [
        code
        for code, _s, _t in _second(
            coder, "Rebels handed over the town of Kidal to the Malian army on Friday.", MALI
        )
    ] == ["087"]


def test_keys_handed_to_a_successor_are_no_aid(coder: Coder) -> None:
    """Near miss: no goods of aid, the bare handover line's reading stays."""
    assert "070" not in [
        code
        for code, _s, _t in _second(
            coder,
            "The outgoing Zambian minister handed over the keys of the ministry to his successor.",
            ZAMBIA,
        )
    ]


# --- a crossing named between its determiner and its noun, ordered closed (191) ---

GUATEMALA = _lead("Guatemala City", "Guatemala")
KENYA = _lead("Nairobi", "Kenya")


def test_a_named_crossing_ordered_closed_is_a_closure(coder: Coder) -> None:
    """ "ordered the El Ceibo crossing into Mexico closed": the crossing's name between."""
    assert [
        (code, source)
        for code, source, _t in _second(
            coder,
            "Guatemala's president ordered the El Ceibo crossing into Mexico closed for a week.",
            GUATEMALA,
        )
    ] == [("191", "GTM")]


def test_crossings_closed_earlier_and_ordered_reopened_are_no_closure(coder: Coder) -> None:
    """Near miss: the reopening ordered of crossings closed before."""
    assert "191" not in [
        code
        for code, _s, _t in _second(
            coder,
            "Kenya's president ordered the reopening of border crossings closed since March.",
            KENYA,
        )
    ]


# --- craft ordered to a place; sent with an aircraft beside them (154) ---

PERU = _lead("Lima", "Peru")
PHILIPPINES = _lead("Manila", "Philippines")
NORWAY = _lead("Oslo", "Norway")


def test_patrol_vessels_ordered_to_a_place_are_a_deployment(coder: Coder) -> None:
    """Reported speech, past perfect: "said he had ordered three patrol vessels to the edge"."""
    assert [
        (code, source)
        for code, source, _t in _second(
            coder,
            "Peru's defence minister said he had ordered three patrol vessels to the edge of its "
            "waters.",
            PERU,
        )
    ] == [("154", "PER")]


def test_frigates_and_a_plane_ordered_toward_a_reef_are_a_deployment(coder: Coder) -> None:
    """A capital for its state, two kinds of craft joined by "and", "toward"."""
    assert [
        (code, source)
        for code, source, _t in _second(
            coder,
            "Manila ordered two frigates and a patrol plane toward the disputed reef on Saturday.",
            PHILIPPINES,
        )
    ] == [("154", "PHL")]


def test_frigates_ordered_to_return_are_no_deployment(coder: Coder) -> None:
    """Near miss: "ordered the frigates to return to port": a task ordered, not a place."""
    assert "154" not in [
        code
        for code, _s, _t in _second(
            coder,
            "The Norwegian navy ordered the frigates to return to port after the exercise.",
            NORWAY,
        )
    ]


# --- dug-in positions struck are a military target (190) ---

ETHIOPIA = _lead("Addis Ababa", "Ethiopia")
UKRAINE = _lead("Kyiv", "Ukraine")
AZERBAIJAN = _lead("Baku", "Azerbaijan")


def test_trenches_hit_are_an_attack(coder: Coder) -> None:
    """ "said it had hit the trenches of ...": reported, past perfect."""
    assert [
        (code, source)
        for code, source, _t in _second(
            coder,
            "Ethiopia's army said it had hit the trenches of Fano militiamen near Gondar.",
            ETHIOPIA,
        )
    ] == [("190", "ETH")]


def test_fortifications_bombed_are_an_attack_not_a_destruction(coder: Coder) -> None:
    """The site's present perfect, the target's country as an adjective: 190 (was 183)."""
    assert _second(
        coder,
        "Kyiv's forces have bombed Russian fortifications on the left bank of the Dnipro, the "
        "general staff said.",
        UKRAINE,
    ) == [("190", "UKR", "RUS")]


def test_fortifications_targeted_are_an_attack(coder: Coder) -> None:
    """ "said it had targeted the fortifications of Armenian units"."""
    assert _second(
        coder,
        "The Azerbaijani military said it had targeted the fortifications of Armenian units near "
        "Sotk.",
        AZERBAIJAN,
    ) == [("190", "AZE", "ARM")]


# --- thanks for a rescue, a protection or reinforcements is praise (051) ---

CAMEROON = _lead("Maroua", "Cameroon")
GHANA = _lead("Accra", "Ghana")


def test_thanks_for_freeing_hostages_with_a_second_clause(coder: Coder) -> None:
    """A churchman thanks soldiers for freeing hostages, then a plan told after "and said"."""
    assert _second(
        coder,
        "The bishop of Maroua thanked the soldiers for freeing the hostages and said the church "
        "would pray for the dead.",
        CAMEROON,
    ) == [("051", "CMR", "CMR")]


def test_thanks_for_protecting_towns_is_praise(coder: Coder) -> None:
    """A bare office thanks a force for protecting towns, the speaker told after."""
    assert [
        code
        for code, _s, _t in _second(
            coder,
            "The governor thanked the federal police for protecting the border towns, the state "
            "government said.",
            GHANA,
        )
    ] == ["051"]


def test_thanks_for_patience_stays_out(coder: Coder) -> None:
    """Near miss: a coach thanks fans for their patience: no act."""
    assert (
        _second(
            coder,
            "Ghana's coach thanked the fans for their patience and said the team would recover.",
            GHANA,
        )
        == []
    )


# --- the speaker's own body named by its possessive is no guess (confidence._own_speaker) ---

SUDAN = _lead("Khartoum", "Sudan")
CHAD = _lead("N'Djamena", "Chad")


def test_own_forces_said_to_have_struck_are_the_speaker_s(coder: Coder) -> None:
    """ "said on Tuesday that its forces had struck": a day and "that" between, past perfect."""
    assert _second(
        coder,
        "Sudan's army said on Tuesday that its forces had struck a gathering of RSF commanders "
        "near Nyala with drones, killing dozens.",
        SUDAN,
    ) == [("190", "SDN", "SDN")]


def test_own_troops_said_to_have_struck_in_the_simple_past(coder: Coder) -> None:
    """ "said that its troops struck": an irregular past, the main act first."""
    assert _second(
        coder,
        "Chad's defence ministry said that its troops struck a meeting of rebel leaders in "
        "Tibesti.",
        CHAD,
    )[0] == ("190", "TCD", "TCD")


def test_own_units_that_would_strike_stay_a_plan(coder: Coder) -> None:
    """Near miss: "said its units would strike": a plan keeps its doubt, no attack coded."""
    assert "190" not in [
        code
        for code, _s, _t in _second(
            coder,
            "The army of Chad said its units would strike a meeting of rebel leaders in Tibesti.",
            CHAD,
        )
    ]


# --- the other side of a crossing told by "into" (targets._border_with, docs/labelling.md 15) ---


def test_a_town_crossing_into_a_neighbour_closed_targets_the_neighbour(coder: Coder) -> None:
    """ "closed its El Ceibo crossing into Mexico": the country after "into", as after "with"."""
    assert _second(
        coder, "Guatemala closed its El Ceibo crossing into Mexico on Sunday.", GUATEMALA
    ) == [("191", "GTM", "MEX")]


def test_a_named_crossing_into_a_neighbour_ordered_closed_targets_it(coder: Coder) -> None:
    """The order's form: the neighbour after "into", not the source's own country."""
    assert _second(
        coder,
        "Guatemala's president ordered the El Ceibo crossing into Mexico closed for a week.",
        GUATEMALA,
    ) == [("191", "GTM", "MEX")]


def test_a_crossing_closed_to_traffic_names_no_side(coder: Coder) -> None:
    """Near miss: "closed ... to traffic": no country after the crossing, no target."""
    assert _second(
        coder, "Guatemala closed its El Ceibo crossing to traffic on Sunday.", GUATEMALA
    ) == [("191", "GTM", None)]
