"""Machine-translated copy, round 23: the sample article's demand to replace the US envoy
had the right target and no source. Copy translated from a verb-second language puts the
subject after a verb that opens the sentence; a bare "regime" followed by "under" and a
leader is that leader's. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, of_type


def test_a_verb_opening_the_sentence_takes_the_party_after_it_as_subject(coder: Coder) -> None:
    found = events(coder, "Yesterday urged the government in Ankara, Athens to withdraw its ships.")
    event = of_type(found, "REQUEST")
    assert country(event.source) == "TUR"
    assert country(event.target) == "GRC"


def test_the_regime_under_a_leader_is_the_leaders_and_asks_the_party_after_the_comma(
    coder: Coder,
) -> None:
    found = events(
        coder, "Recently demanded the regime under Lukashenko, Poland to reopen the border."
    )
    event = of_type(found, "REQUEST")
    assert country(event.source) == "BLR"
    assert country(event.target) == "POL"


def test_an_ordinary_subject_keeps_the_ordinary_roles(coder: Coder) -> None:
    found = events(coder, "Poland urged Belarus, its eastern neighbour, to reopen the border.")
    event = of_type(found, "REQUEST")
    assert country(event.source) == "POL"
    assert country(event.target) == "BLR"


def test_a_government_led_by_a_named_premier_is_the_premiers_country(coder: Coder) -> None:
    found = events(
        coder, "The government led by Prime Minister Kishida protested to Beijing over the arrest."
    )
    event = found[0]
    assert country(event.source) == "JPN"


def test_a_participle_before_partner_is_no_act(coder: Coder) -> None:
    assert events(coder, "Moscow remains an unreliable negotiating partner.") == []


# --- a politician's "attack" on another of the same country is a criticism ------------------


def test_a_party_leaders_attack_on_the_prime_minister_is_a_criticism(coder: Coder) -> None:
    found = events(
        coder,
        "Opposition leader Peter Dutton attacked Prime Minister Anthony Albanese over housing.",
    )
    assert [e.cameo_root for e in found] == ["11"]


def test_an_attack_with_casualties_stays_an_assault(coder: Coder) -> None:
    found = events(
        coder, "Government troops attacked an opposition rally in Harare, killing three."
    )
    attack = of_type(found, "ASSAULT")
    assert attack.evidence == "attacked"


def test_an_attack_between_two_countries_governments_stays_an_assault(coder: Coder) -> None:
    # round 29: with a reason or the words of a reproach after the verb ("over the grain
    # deal", "calling") a government's attack on a foreign one is a criticism
    # (test_r29_types9.py); with none it stays an assault
    found = events(coder, "Russia's government attacked Ukraine's government buildings in Kyiv.")
    assert [(e.cameo_root, e.evidence) for e in found] == [("19", "attacked")]
