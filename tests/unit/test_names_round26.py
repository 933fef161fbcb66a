"""Unknown people named with their title on new places, round 26: the title decides the
actor's sector and any country word in it the country. "Luis Ortega, the Spanish agriculture
minister, said" (a name with its title set off after it) was a person of no sector; so was a
"presidential spokesman" (a "spokesman" alone names no sector). Every sentence in these tests
was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, of_type


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "MADRID (Reuters) - Tomas Ferrer, the Spanish agriculture minister, accused the "
            "opposition of spreading lies about the subsidies.",
            "ESPGOV",
        ),
        (
            "ROME (Reuters) - Chiara Bellini, the opposition leader, accused the government of "
            "muzzling the public broadcaster.",
            "ITAOPP",
        ),
        (
            "WARSAW (Reuters) - Marek Nowicki, Poland's justice minister, accused the former "
            "government of packing the courts.",
            "POLGOV",
        ),
        (
            "KAMPALA (Reuters) - Peter Okumu, a Ugandan army general, accused the opposition of "
            "training fighters.",
            "UGAMIL",
        ),
    ],
)
def test_a_name_with_its_title_after_it_takes_the_titles_actor(
    coder: Coder, text: str, code: str
) -> None:
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert event.source.code == code


def test_a_country_word_in_the_title_after_a_name_decides_its_country(coder: Coder) -> None:
    text = (
        "NAIROBI (Reuters) - Joseph Mrema, the Tanzanian foreign minister, accused Kenyan "
        "police of harassing traders at the border."
    )
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("TZA", "GOV")
    assert country(event.target) == "KEN"


def test_a_title_with_more_words_after_it_is_no_apposed_title(coder: Coder) -> None:
    # "a lawyer for the family": the lawyer of someone, not a judicial actor
    text = (
        "MEXICO CITY (Reuters) - Rosa Villalobos, a lawyer for the family, accused the police "
        "of hiding evidence."
    )
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert event.source.sector != "JUD"


@pytest.mark.parametrize("title", ["Presidential spokesman", "Presidential spokeswoman"])
def test_a_presidential_spokesperson_is_the_government(coder: Coder, title: str) -> None:
    text = (
        f"BUENOS AIRES (Reuters) - {title} Julian Ferreyra accused the unions of sabotaging "
        "the recovery on Tuesday."
    )
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert event.source.code == "ARGGOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "CANBERRA (Reuters) - Megan Tully, leader of the opposition, accused the government "
            "of hiding the audit.",
            "AUSOPP",
        ),
        (
            "BRASILIA (Reuters) - Otavio Reis, a spokesman for the government, accused the "
            "opposition of inventing the figures.",
            "BRAGOV",
        ),
    ],
)
def test_a_name_set_off_as_the_head_or_voice_of_a_body_is_that_body(
    coder: Coder, text: str, code: str
) -> None:
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert event.source.code == code


def test_a_body_the_name_only_works_in_is_not_its_actor(coder: Coder) -> None:
    # "a lawyer at the court": no head or voice of the court
    text = (
        "OTTAWA (Reuters) - Dana Whitfield, a clerk at the court, accused the government of "
        "cutting legal aid."
    )
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert event.source.sector != "JUD"


@pytest.mark.parametrize(
    "text",
    [
        "HANOI (Reuters) - Tran Minh Duc, a police officer, accused the bloggers of lying.",
        "HANOI (Reuters) - Vietnam's police chief, Tran Minh Duc, accused the bloggers of lying.",
    ],
)
def test_a_name_apposed_to_its_title_is_a_known_side_for_relevance(coder: Coder, text: str) -> None:
    # an unknown name is an unknown side (a private person against the bloggers: no event);
    # given its title by apposition it is the office holder, as "Police officer Tran Minh Duc"
    event = of_type(events(coder, text), "ACCUSE")
    assert event.source is not None
    assert (event.source.code, country(event.target)) == ("VNMCOP", "VNM")
