"""Parties in agency copy, round 24: whom a spokesman speaks for, an embassy named with the
city it sits in, countries conjoined before one agent noun, the occasion of an act ("during
a visit to X") and places conjoined after one preposition. Every sentence in these tests was
written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad, events, of_type

# --- "a spokesman for X", "a delegation from X": whom they speak or act for -------------


def test_a_spokesman_speaks_for_the_body_after_for(coder: Coder) -> None:
    text = "A spokeswoman for the Chilean foreign ministry urged Lima to reopen the crossing."
    assert dyad(coder, text, "REQUEST") == ("CHL", "PER")


def test_a_delegation_from_a_bloc_is_the_bloc(coder: Coder) -> None:
    text = "A delegation from the European Union met Zambian President Hakainde Hichilema."
    event = of_type(events(coder, text), "CONSULT")
    assert event.source is not None and event.source.code.startswith("IGOEU")
    assert country(event.target) == "ZMB"


def test_diplomats_recalled_from_a_capital_leave_it_a_place(coder: Coder) -> None:
    text = "Madrid recalled its remaining diplomats from Caracas on Monday."
    assert dyad(coder, text, "SANCTION") == ("ESP", "VEN")


# --- "the U.S. embassy in Hanoi said": the embassy speaks, not the city -----------------


def test_an_embassy_named_with_its_host_city_speaks_for_its_own_state(coder: Coder) -> None:
    text = (
        "The Canadian embassy in Harare said it was alarmed by the verdict and urged "
        "Zimbabwe to free the journalist."
    )
    assert dyad(coder, text, "REQUEST") == ("CAN", "ZWE")


# --- "The U.S. and British embassies": the first-named, with the noun's sector -----------


def test_countries_conjoined_before_one_noun_act_through_the_first(coder: Coder) -> None:
    text = "The Australian and Japanese embassies urged Angola to respect the vote."
    event = of_type(events(coder, text), "REQUEST")
    assert event.source is not None
    assert (event.source.country, event.source.sector, country(event.target)) == (
        "AUS",
        "GOV",
        "AGO",
    )


def test_a_list_of_adjectives_before_one_noun_acts_through_the_first(coder: Coder) -> None:
    text = "The French, German and Italian embassies called on Tanzania to free the activists."
    assert dyad(coder, text, "REQUEST") == ("FRA", "TZA")


def test_a_state_and_a_bloc_conjoined_act_through_the_state(coder: Coder) -> None:
    text = "Canada and the European Union called on Uganda to lift the ban."
    assert dyad(coder, text, "REQUEST") == ("CAN", "UGA")


# --- "during a visit to X": the occasion, not the party ----------------------------------


def test_the_city_of_a_visit_is_no_target_of_the_criticism(coder: Coder) -> None:
    text = "Brazil's president criticised the tariffs during a visit to Madrid on Friday."
    event = of_type(events(coder, text), "ACCUSE")
    assert country(event.source) == "BRA"
    assert country(event.target) != "ESP"


def test_a_visit_called_off_is_still_the_visitors(coder: Coder) -> None:
    text = "Warsaw called off a visit by Hungary's foreign minister."
    assert country(of_type(events(coder, text), "SANCTION").target) == "HUN"


# --- "in Paris and Nantes": a conjunct shares its place's preposition --------------------


def test_a_second_place_after_and_is_a_place_too(coder: Coder) -> None:
    text = "Rwanda recalled its envoys from Kinshasa and Bujumbura."
    assert country(of_type(events(coder, text), "SANCTION").target) != "BDI"


# --- "said the Japanese ship had entered ... and accused Tokyo": the speaker accuses -------


def test_a_speech_act_after_a_things_reported_clause_is_the_speakers(coder: Coder) -> None:
    text = (
        "Vietnam's foreign ministry said the Chinese vessel had rammed a fishing boat and "
        "accused Beijing of violating its sovereignty."
    )
    assert dyad(coder, text, "ACCUSE") == ("VNM", "CHN")


def test_a_country_reported_as_the_subject_keeps_its_own_acts(coder: Coder) -> None:
    text = "Seoul said North Korean troops had crossed the border and fired warning shots."
    event = events(coder, text)[0]
    assert country(event.source) == "PRK"


# --- "the Baku office of Sputnik": the city of the premises is no party -------------------


def test_the_city_of_an_office_raided_is_no_target(coder: Coder) -> None:
    text = "Hungarian police raided the Budapest office of the German foundation on Tuesday."
    assert dyad(coder, text, "COERCE") == ("HUN", "DEU")


# --- "whose government has accused China": the antecedent is no object -------------------


def test_the_antecedent_of_whose_is_not_the_object_of_the_clause(coder: Coder) -> None:
    text = (
        "Japan's prime minister, whose government has accused Beijing of coercion, met the "
        "Chinese premier in Lima."
    )
    accused = of_type(events(coder, text), "ACCUSE")
    assert country(accused.target) == "CHN"


# --- "The Spanish ambassador was summoned by ...": the passive told from its subject ------


def test_an_envoy_summoned_by_a_ministry_is_the_target(coder: Coder) -> None:
    text = "The Mexican ambassador was summoned by the Brazilian foreign ministry on Monday."
    assert dyad(coder, text, "ACCUSE") == ("BRA", "MEX")


# --- "came under attack from X" as the trigger itself: X is the source --------------------


def test_criticism_come_under_from_someone_is_theirs(coder: Coder) -> None:
    text = "Fico came under attack from the Czech prime minister at a summit in Prague."
    assert dyad(coder, text, "ACCUSE") == ("CZE", "SVK")


# --- "A, B and C held joint drills": the list's first two, not its last two ---------------


def test_a_list_acting_together_is_coded_between_its_first_two(coder: Coder) -> None:
    text = "Spain, Portugal and France signed a water-sharing agreement in Lisbon."
    assert dyad(coder, text, "SUPPORT") == ("ESP", "PRT")


def test_an_act_noun_after_a_verb_keeps_its_object(coder: Coder) -> None:
    text = "A court in Kampala on Monday ordered the detention of opposition leader Kizza Besigye."
    event = of_type(events(coder, text), "COERCE")
    assert country(event.target) == "UGA"
