"""Round 52 (roles52): parties of acts whose type is right, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, feed_floor_coder, undated

coder = feed_floor_coder


def _by_sentence(found: list[TensionEvent]) -> dict[int, tuple[str, str | None, str | None]]:
    """The first event of each sentence: (CAMEO root, source country, target country)."""
    first: dict[int, tuple[str, str | None, str | None]] = {}
    for event in found:
        first.setdefault(
            event.sentence_index,
            (
                event.cameo_root,
                event.source.country if event.source else None,
                event.target.country if event.target else None,
            ),
        )
    return first


# "the North's General Staff", "an official of the North's ruling party": a body, a party or
# an officer the North (or the South) owns is that Korea's, not the country the story lent the
# bare body (the dateline's Seoul): `references._hemispheres_own`.
SEOUL = (
    "SEOUL, South Korea (AP) — North Korea test-fired a cruise missile on Monday, "
    "South Korea's military said. "
)


def test_a_body_the_north_owns_is_the_north_s(coder: Coder) -> None:
    body = SEOUL + (
        "The North's General Staff warned that its artillery would open fire on any South "
        "Korean vessel that crossed the sea border."
    )
    assert _by_sentence(article(coder, body))[1] == ("13", "PRK", "KOR")


def test_its_forces_after_the_north_s_body_are_the_north_s(coder: Coder) -> None:
    # review52: the first `_hemispheres_own` (before the possessives are read) on its own; with
    # it left out, "its forces" took the lent country of the bare body (the dateline's Seoul)
    body = SEOUL + (
        "The North's General Staff said its forces had fired artillery shells into the sea near "
        "the border island."
    )
    assert _by_sentence(article(coder, body))[1] == ("15", "PRK", None)


def test_an_officer_of_the_north_s_party_is_the_north_s(coder: Coder) -> None:
    body = SEOUL + (
        "Seoul offered to hold military talks at the border village of Panmunjom. A senior "
        "official of the North's ruling party rejected the offer on Tuesday."
    )
    assert _by_sentence(article(coder, body))[2] == ("12", "PRK", "KOR")


def test_the_norths_state_media_accuse_seoul(coder: Coder) -> None:
    body = SEOUL + "The North's state media accused Seoul of staging provocations."
    assert _by_sentence(article(coder, body))[1] == ("11", "PRK", "KOR")


def test_a_body_of_the_south_in_a_north_korean_story(coder: Coder) -> None:
    body = (
        "North Korea launched two ballistic missiles on Monday, Japan's coast guard said. "
        "The South's navy fired warning shots at a North Korean patrol boat."
    )
    assert _by_sentence(undated(coder, body))[1] == ("15", "KOR", "PRK")


def test_a_body_owned_by_seoul_or_named_alone_stays(coder: Coder) -> None:
    # near misses: a body owned by a named capital, and a bare body with no owner
    owned = SEOUL + "Seoul's defence ministry accused the North of violating the armistice."
    assert _by_sentence(article(coder, owned))[1] == ("11", "KOR", "PRK")
    bare = SEOUL + "The defence ministry accused the North of violating the armistice."
    assert _by_sentence(article(coder, bare))[1] == ("11", "KOR", "PRK")


# An opposition figure who borrowed the dateline's country, pressing a foreign state, is the
# dateline country's (the story is filed from where the figure belongs): `coder._own_opposition`.


def test_an_opposition_figure_of_the_dateline_presses_a_foreign_state(coder: Coder) -> None:
    body = (
        "SUVA, Fiji (AP) — Fiji's navy seized a foreign trawler on Monday, officials said. "
        "Opposition lawmaker Mere Tuilau called on Canberra to fund more patrol boats."
    )
    assert _by_sentence(article(coder, body))[1] == ("02", "FJI", "AUS")


def test_an_opposition_figure_of_the_dateline_accuses_a_foreign_state(coder: Coder) -> None:
    body = (
        "APIA, Samoa (AP) — Samoa's cabinet approved a new fisheries law on Tuesday. "
        "Opposition leader Tavita Lemalu accused Beijing of bullying small island states."
    )
    assert _by_sentence(article(coder, body))[1] == ("11", "WSM", "CHN")


def test_an_opposition_figure_with_no_dateline_still_moves(coder: Coder) -> None:
    # near miss (round 39's rule stands): no dateline, the story's country is not his
    body = (
        "Two Chinese coast guard ships entered disputed waters on Monday, Beijing said. "
        "Opposition lawmaker Tavita Lemalu accused the Samoan government of doing nothing."
    )
    assert _by_sentence(undated(coder, body))[1] == ("11", "WSM", "WSM")


# "the U.S. charge d'affaires, X, met": a chargé d'affaires is a diplomat of his state
# (data/agents.tsv), not a name of the host country's.


def test_a_charge_d_affaires_is_his_state_s_envoy(coder: Coder) -> None:
    body = (
        "NASSAU, Bahamas (AP) — The Bahamas' cabinet approved the port lease on Monday. "
        "The British charge d'affaires, Tom Hale, met Foreign Minister Ruth Knowles on Tuesday."
    )
    assert _by_sentence(article(coder, body))[1] == ("04", "GBR", "BHS")


def test_a_charge_d_affaires_summoned_is_the_target(coder: Coder) -> None:
    body = (
        "NASSAU, Bahamas (AP) — Cuban gunboats detained a Bahamian fishing boat on Monday. "
        "The foreign ministry summoned the Cuban chargé d'affaires to protest."
    )
    found = _by_sentence(article(coder, body))[1]
    assert found[1:] == ("BHS", "CUB")


# "Australia's Pacific minister", "Britain's Africa minister": one capitalised word of a
# portfolio between a state's possessive and a bare title (`references._STATES_OWN`).


def test_a_portfolio_minister_owned_by_a_state(coder: Coder) -> None:
    body = (
        "Tonga's king opened parliament on Monday. Britain's Africa minister, Jane Dorsey, "
        "met Kenyan President William Ruto in Nairobi on Tuesday."
    )
    assert _by_sentence(undated(coder, body))[1] == ("04", "GBR", "KEN")


def test_a_portfolio_minister_arrives_for_talks(coder: Coder) -> None:
    body = (
        "Palau's president opened a new hospital on Monday. Japan's Pacific minister, Aiko "
        "Tanabe, held talks with Palau's president on Tuesday."
    )
    assert _by_sentence(undated(coder, body))[1] == ("04", "JPN", "PLW")


# ", visiting Bandar Seri Begawan on Thursday,": a participle of travel or speech set off by
# commas is an aside; its place is no subject (`clauses.ASIDE_PARTICIPLES`).


def test_a_visiting_minister_holds_talks(coder: Coder) -> None:
    body = (
        "Turkey's foreign minister, visiting Baghdad on Monday, held talks with his Iraqi "
        "counterpart on water sharing."
    )
    assert _by_sentence(undated(coder, body))[0][1:] == ("TUR", "IRQ")


def test_a_speaking_minister_accuses(coder: Coder) -> None:
    # already so (a place after "in" is stepped over): the aside keeps it
    body = (
        "Kenya's foreign minister, speaking in Addis Ababa, accused Somalia of harbouring "
        "militants."
    )
    assert _by_sentence(undated(coder, body))[0] == ("11", "KEN", "SOM")


def test_a_touring_president_signs(coder: Coder) -> None:
    body = (
        "Indonesia's president, touring Tokyo this week, signed a defence pact with "
        "Japan's prime minister."
    )
    assert _by_sentence(undated(coder, body))[0][1:] == ("IDN", "JPN")


def test_a_comma_clause_after_a_party_is_no_aside(coder: Coder) -> None:
    # near miss: the comma closes an opening phrase, the subject after it acts
    body = "Speaking in Baghdad on Monday, Iran's foreign minister accused Israel of aggression."
    assert _by_sentence(undated(coder, body))[0] == ("11", "IRN", "ISR")


# "a London-based group run by Bahraini exiles": a foreign seat named to say where a group
# sits gives it no country; the group is the story's (`references._based_abroad`).


def test_a_group_based_abroad_is_of_the_story_s_country(coder: Coder) -> None:
    body = (
        "DUBAI, March 3 (Reuters) - Oman's sultan pardoned 200 prisoners on Monday. "
        "The Gulf Freedom Centre, a London-based group run by Omani exiles, urged the sultan "
        "to free all remaining detainees."
    )
    assert _by_sentence(article(coder, body))[1] == ("02", "OMN", "OMN")


def test_a_group_based_abroad_condemns(coder: Coder) -> None:
    # already so ("rights group" is a party of its own): the seat must not take it over
    body = (
        "Police in Vientiane detained four bloggers on Tuesday. A Paris-based rights group "
        "condemned the arrests."
    )
    assert _by_sentence(undated(coder, body))[1][1] == "LAO"


def test_a_group_based_at_home_keeps_its_seat_s_country(coder: Coder) -> None:
    # near miss: the seat is of the story's own country
    body = (
        "Police fired tear gas at striking nurses in Kathmandu on Monday. A Kathmandu-based "
        "rights group condemned the use of force."
    )
    assert _by_sentence(undated(coder, body))[1][:2] == ("11", "NPL")


# "Afghan Taliban forces", "Lebanese Hezbollah": a demonym right before a named group of its
# own country is one party with the group (`actors._demonym_of_group`); "A and B clashed"
# then keeps B as the target.


def test_troops_and_a_group_named_with_its_demonym_clash(coder: Coder) -> None:
    body = "Israeli troops and Lebanese Hezbollah fighters clashed near the border on Monday."
    assert _by_sentence(undated(coder, body))[0] == ("19", "ISR", "LBN")


def _first_parties(found: list[TensionEvent]) -> tuple[str, str | None, str | None]:
    """(CAMEO root, source code, target code) of the first event."""
    assert found
    event = found[0]
    source = event.source.code if event.source else None
    return event.cameo_root, source, event.target.code if event.target else None


def test_a_group_named_with_its_demonym_in_reported_speech(coder: Coder) -> None:
    body = "Israel's army said its troops had clashed with Lebanese Hezbollah fighters."
    assert _first_parties(undated(coder, body))[2] == "LBNREB"


def test_a_group_named_with_its_demonym_in_the_passive(coder: Coder) -> None:
    body = "Two soldiers were killed by Lebanese Hezbollah fighters in an ambush."
    assert _first_parties(undated(coder, body))[1] == "LBNREB"


def test_soldiers_and_a_group_of_their_own_country_clash(coder: Coder) -> None:
    body = "Nigerian soldiers and Nigerian Boko Haram insurgents clashed near Maiduguri."
    assert _first_parties(undated(coder, body)) == ("19", "NGAMIL", "NGAREB")


def test_a_demonym_of_another_country_stays_apart(coder: Coder) -> None:
    # near miss: "the Pakistani Taliban" names a group of another country's name
    body = "The Pakistani Taliban attacked a police post in the northwest on Friday."
    assert _by_sentence(undated(coder, body))[0][1] == "PAK"


# Drones shot down "over the Odesa region": the shooter's own place is no target; the drones
# are the rival's, as drones shot down with no place are (`roles.intercepted`).
RAID = "Russia launched a wave of drones at Ukrainian ports overnight, Ukrainian officials said. "


def test_drones_shot_down_over_a_region_of_the_shooter(coder: Coder) -> None:
    body = RAID + "Ukraine's air force said it had shot down 25 drones over the Kyiv region."
    assert _by_sentence(undated(coder, body))[1] == ("19", "UKR", "RUS")


def test_drones_destroyed_over_a_region_of_the_shooter(coder: Coder) -> None:
    body = (
        "Ukraine fired drones at Russian refineries overnight, Russian officials said. "
        "Russian air defences destroyed 12 drones over the Belgorod region."
    )
    assert _by_sentence(undated(coder, body))[1] == ("19", "RUS", "UKR")


def test_a_drone_with_its_owner_named_stays(coder: Coder) -> None:
    # near miss: the owner is named; and a place of another country is no place to replace
    named = RAID + "Ukrainian forces shot down a Russian drone over the Odesa region."
    assert _by_sentence(undated(coder, named))[1] == ("19", "UKR", "RUS")
