"""Round 50 (actors50): actors named by common nouns, by the labelling guide's sector list
(docs/labelling.md, section 2): unions named by their trade and their federations `CVL`, a
head of state's guard `MIL`, police named by their beat `COP`, intelligence and
internal-security services `GOV` (`COP` when they arrest), broadcasters of the
state `MED`, vigilante and self-defence groups with the militias `REB`, students' unions `EDU`.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder, undated_in

coder = recommended_coder


def side(coder: Coder, text: str, source: bool = True) -> tuple[str | None, str | None]:
    """(country, sector) of the first event's source (or target) of one sentence alone."""
    found = events(coder, text)
    assert found, text
    party = found[0].source if source else found[0].target
    assert party is not None, text
    return party.country, party.sector


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("The Zambian nurses' union condemned the new pay freeze on Monday.", True, "CVL"),
        ("Police arrested three leaders of Zambia's miners' union on Tuesday.", False, "CVL"),
        ("Police arrested two leaders of the Ghanaian labour movement in Accra.", False, "CVL"),
        ("The Chadian presidential guard arrested two opposition politicians.", True, "MIL"),
        ("Hundreds of protesters marched against Guinea's presidential guard.", False, "MIL"),
        ("The Tanzanian marine police detained six fishermen off Mafia island.", True, "COP"),
        ("Fishermen protested against the Malaysian maritime police in Sandakan.", False, "COP"),
        ("Kenya's students' union condemned the arrest of its president.", True, "EDU"),
        ("The Ethiopian state broadcaster condemned the attack on its reporters.", True, "MED"),
        ("Nigerian vigilantes attacked a village in Zamfara state.", True, "REB"),
        ("Gunmen abducted the leader of a Nigerian self-defence group.", False, "REB"),
    ],
)
def test_common_noun_sectors(coder: Coder, text: str, source: bool, expected: str) -> None:
    country, sector = side(coder, text, source)
    assert sector == expected, text
    assert country is not None, text


def test_named_country_is_kept(coder: Coder) -> None:
    assert side(coder, "The Zambian nurses' union condemned the pay freeze.") == ("ZMB", "CVL")
    assert side(coder, "The Chadian presidential guard arrested two opposition politicians.") == (
        "TCD",
        "MIL",
    )
    text = "Fishermen protested against the Malaysian maritime police in Sandakan."
    assert side(coder, text, source=False) == ("MYS", "COP")


def test_intelligence_service_arresting_is_police(coder: Coder) -> None:
    text = "Kenya's national intelligence service arrested two opposition activists in Nairobi."
    assert side(coder, text) == ("KEN", "COP")
    text = "Uzbek intelligence agents detained a blogger in Tashkent on Friday."
    assert side(coder, text) == ("UZB", "COP")


def test_intelligence_service_otherwise_is_government(coder: Coder) -> None:
    text = "The opposition leader accused Kenya's national intelligence service of spying on him."
    assert side(coder, text, source=False) == ("KEN", "GOV")
    text = "The Romanian internal security service condemned the cyber attack on its servers."
    assert side(coder, text) == ("ROU", "GOV")


def test_bare_after_the_country_is_named(coder: Coder) -> None:
    body = (
        "Zimbabwe's economy shrank again last year. "
        "The nurses' union accused the government of withholding their wages."
    )
    found = undated_in(coder, body, 1)
    assert found, body
    assert found[0].source is not None
    assert (found[0].source.country, found[0].source.sector) == ("ZWE", "CVL")


def test_near_misses_keep_their_sectors(coder: Coder) -> None:
    # the marines are still the military, and a bare "union" of states no labour body
    assert side(coder, "Kenyan marines detained six fishermen off Lamu.") == ("KEN", "MIL")
    text = "The European Union condemned the arrest of the opposition leader."
    assert side(coder, text)[1] == "IGO"


def test_clergy_offering_to_mediate_with_a_union(coder: Coder) -> None:
    # relevance.score: clergy offering to mediate stand between two sides of a national
    # dispute, also when the side named first is a union named before ("the union")
    body = (
        "The Zambian miners' union rejected the government's pay offer on Monday. "
        "Zambia's council of churches has offered to mediate between the union and the government."
    )
    found = undated_in(coder, body, 1)
    assert found, body
    event = found[0]
    assert event.cameo_code == "039"
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.source.sector) == ("ZMB", "REL")
    assert (event.target.country, event.target.sector) == ("ZMB", "CVL")


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("A Congolese military court sentenced three opposition activists to death.", True, "JUD"),
        ("Armed bandits abducted twelve farmers in Katsina state on Sunday.", True, "CRM"),
        ("Soldiers killed six bandits in a raid on a camp in Zamfara state.", False, "CRM"),
        ("The Zambian archdiocese condemned the arrest of two opposition activists.", True, "REL"),
        ("The Kenyan anti-terrorism unit arrested four suspects in Mombasa.", True, "COP"),
        ("The Ugandan police raided the offices of an independent news website.", False, "MED"),
    ],
)
def test_common_noun_sectors_2(coder: Coder, text: str, source: bool, expected: str) -> None:
    country, sector = side(coder, text, source)
    assert sector == expected, text
    assert country is not None, text


def test_smugglers_and_union_names_keep_their_parties(coder: Coder) -> None:
    # near misses: no bare "workers" or "smugglers" agent (a union's name, a crossing's origin)
    body = (
        "Thousands of teachers in Malawi went on strike on Monday. "
        "Talks between the Teachers Union of Public Workers and the ministry collapsed. "
        "The president urged the union to return to talks."
    )
    found = undated_in(coder, body, 2)
    assert found, body
    assert found[0].target is not None and found[0].target.country == "MWI"
