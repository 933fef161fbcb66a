"""Round 57 (dict57): the actor dictionaries by class, fourth round: an office holder whose name
the tables gave only to another country's politician, parties the open sets name with no country
word, and ships named with their navy's prefix. Sentences written for these tests (none copied
from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, article, coded_in, evaluation_coder, events

coder = evaluation_coder
index = actor_index


def _found(index: ActorIndex, text: str) -> list[tuple[str, str]]:
    return [(match.actor.text, match.actor.code) for match in index.find(text)]


# Colombia's defence minister Pedro Sanchez: the tables held only Spain's prime minister of that
# name, so "Defence Minister Pedro Sanchez" in a Colombian story was Spain's (docs/labelling.md
# section 2: a person takes the country they act for). The minister's office is in his forms.


def test_colombia_s_defence_minister_by_his_office(coder: Coder) -> None:
    body = (
        "BOGOTA (Reuters) - Rebels attacked a police station in Narino on Sunday.\n\n"
        "Defense Minister Pedro Sánchez ordered 800 more troops into the province on Monday."
    )
    assert coded_in(article(coder, body), 1) == [("154", "COLGOV", None)]


def test_the_minister_s_later_he_is_colombia_s(coder: Coder) -> None:
    body = (
        "BOGOTA (Reuters) - Defence Minister Pedro Sanchez visited troops in Arauca on Monday."
        "\n\nHe accused the rebels of recruiting children along the border."
    )
    assert ("112", "COLGOV", "COLREB") in coded_in(article(coder, body), 1)


def test_near_miss_spain_s_prime_minister_keeps_spain(coder: Coder) -> None:
    body = (
        "MADRID (Reuters) - Prime Minister Pedro Sanchez criticised Israel over the blockade "
        "on Monday."
    )
    assert [e.source.code for e in article(coder, body) if e.source] == ["ESPGOV"]


# Parties named with no country word, each in two open sets.


def test_venezuela_s_envoy_alex_saab(coder: Coder) -> None:
    found = events(coder, "Cape Verde extradited Alex Saab to the United States on Saturday.")
    assert [(e.cameo_code, e.target.code if e.target else None) for e in found] == [
        ("174", "VENGOV")
    ]


def test_bosnia_s_high_representative_christian_schmidt(coder: Coder) -> None:
    found = events(coder, "Christian Schmidt condemned the Bosnian Serb leader's defiance.")
    assert found and found[0].source is not None
    assert found[0].source.code == "IGOEUROHR"


def test_the_seychelles_parties(index: ActorIndex) -> None:
    assert _found(index, "Linyon Demokratik Seselwa accused United Seychelles of lying.") == [
        ("Linyon Demokratik Seselwa", "SYCPTY"),
        ("United Seychelles", "SYCPTY"),
    ]


# A ship named with its navy's prefix is that navy's (MIL), wherever it sails.


def test_a_us_navy_ship_in_a_foreign_port(coder: Coder) -> None:
    body = (
        "PORT OF SPAIN (Reuters) - The USS Mason is taking part in three days of drills with "
        "the Trinidad and Tobago Defence Force."
    )
    found = article(coder, body)
    assert found and found[0].source is not None
    assert (found[0].source.code, found[0].source.text) == ("USAMIL", "USS Mason")


def test_a_ship_named_after_a_city_is_no_place(index: ActorIndex) -> None:
    assert _found(index, "HMAS Adelaide left Perth for Fiji.") == [
        ("HMAS Adelaide", "AUSMIL"),
        ("Perth", "AUS"),
        ("Fiji", "FJI"),
    ]


def test_a_ship_named_after_a_title_keeps_its_navy(index: ActorIndex) -> None:
    assert _found(index, "HMS Queen Elizabeth sailed from Portsmouth.")[0] == (
        "HMS Queen Elizabeth",
        "GBRMIL",
    )


def test_near_miss_an_office_before_a_place_named_person(index: ActorIndex) -> None:
    assert _found(index, "Labour Minister Paris Lee said the strike was illegal.") == [
        ("Labour Minister Paris Lee", "GOV")
    ]


# A region a portfolio names, between a country's possessive and the title ("Australia's
# Pacific minister Helen Carmody"), no longer breaks the title from its country: the minister
# took the story's country.


def test_a_country_s_regional_minister_is_its_own(coder: Coder) -> None:
    body = (
        "SUVA (Reuters) - Fiji's government declared a state of disaster on Monday.\n\n"
        "Britain's Pacific minister Jane Holt handed over 5 million dollars in relief funds."
    )
    found = article(coder, body)
    sources = [e.source.code for e in found if e.sentence_index == 1 and e.source]
    assert sources and set(sources) == {"GBRGOV"}


def test_near_miss_a_region_in_a_body_s_name(index: ActorIndex) -> None:
    assert _found(index, "Russia's Africa Corps withdrew from the base.") == [
        ("Russia", "RUS"),
        ("Africa Corps", "RUSMIL"),
    ]


# Gangs of several countries (MS-13, Barrio 18) take the article's country, as a party name
# several countries share does: in a Honduran story they are Honduras's, no longer El Salvador's.


def test_a_gang_of_several_countries_is_the_story_s(coder: Coder) -> None:
    body = (
        "TEGUCIGALPA (Reuters) - Honduran police arrested 40 members of the Barrio 18 gang on "
        "Monday."
    )
    assert coded_in(article(coder, body), 0) == [("173", "HNDCOP", "HNDCRM")]


def test_near_miss_the_gang_in_a_salvadoran_story(coder: Coder) -> None:
    body = "SAN SALVADOR (Reuters) - Salvadoran police arrested 40 members of MS-13 on Monday."
    assert coded_in(article(coder, body), 0) == [("173", "SLVCOP", "SLVCRM")]
