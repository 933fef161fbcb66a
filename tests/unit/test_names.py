"""Names beyond the curated index: the Phoenix-derived gazetteer and unknown capitalised names."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import default_index
from tensionwatch.domain.context import NAME, ORG, ArticleContext
from tensionwatch.domain.gazetteer import Gazetteer
from tensionwatch.domain.names import unknown


def test_the_gazetteer_finds_whole_names_longest_first() -> None:
    gazetteer = Gazetteer(["Port Sudan", "Port", "Abu Dhabi", "lower case"])
    text = "Ships left Port Sudan for Abu Dhabi; Portugal and Port Moresby did not."
    found = [text[start:end] for start, end, _ in gazetteer.find(text)]
    assert found == ["Port Sudan", "Abu Dhabi", "Port"]
    assert len(gazetteer) == 3  # a name must start with a capital


def test_cities_and_provinces_are_places_of_their_country() -> None:
    index = default_index()
    [match] = index.find("Curfews were imposed in Srinagar.")
    assert (match.actor.text, match.actor.country, match.kind) == ("Srinagar", "IND", "place")


def test_phoenix_office_holders_resolve_by_date() -> None:
    [match] = default_index().find("Ma Ying-jeou spoke.", date(2010, 6, 1))
    assert match.actor.code == "TWNGOV"


def context_in(country: str) -> ArticleContext:
    context = ArticleContext()
    context.home = country
    return context


def test_an_unknown_name_is_a_person_of_the_articles_country() -> None:
    text = "On Monday the mayor met Odongo Wekesa in the capital."
    [found] = unknown(text, [], context_in("KEN"))
    assert (text[found.start : found.end], found.kind, found.actor.country) == (
        "Odongo Wekesa",
        NAME,
        "KEN",
    )


def test_an_unknown_organisation_takes_the_sector_of_its_name() -> None:
    text = "The National Union of Fishermen rejected the plan."
    [found] = unknown(text, [], context_in("GHA"))
    assert found.kind == ORG and found.actor.sector == "NGO"
    assert found.actor.text == "National Union of Fishermen"


def test_things_weekdays_and_a_capitalised_first_word_are_no_names() -> None:
    context = context_in("USA")
    assert unknown("Critics slammed the Trans Pacific Partnership on Sunday.", [], context) == []
    assert unknown("Kurdish fighters advanced.", [], context) == []


def test_without_an_article_country_there_are_no_unknown_names() -> None:
    assert unknown("The mayor met Odongo Wekesa.", [], ArticleContext()) == []
