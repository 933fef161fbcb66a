"""A news site's pages of other topics (round 27, feedrel8): the weather and disaster pages
by their words (storms, floods, smog), an official's forecast warning and relief troops at
home, and a lone place or unknown name on a page of another topic.

Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.relevance import article_frames
from tests.unit.coding import feed_floor_coder

PUBLISHED = datetime(2024, 9, 10, 9, 0, tzinfo=UTC)


coder = feed_floor_coder


def found(coder: Coder, body: str) -> list[tuple[int, str]]:
    events = code_article(coder, "a", body, published_at=PUBLISHED).events
    return [(e.sentence_index, e.plover_type) for e in events]


def test_storms_floods_and_smog_make_a_frame() -> None:
    texts = [
        "The typhoon cut power to 90,000 homes.",
        "Floods closed two motorways.",
        "Smog over the capital kept schools shut.",
        "The mayor thanked volunteers.",
    ]
    assert article_frames(texts).topic == "offtopic"


@pytest.mark.parametrize(
    "body",
    [
        "A powerful typhoon brought torrential rain to Okinawa on Monday, cutting power to "
        "90,000 homes.\n\n"
        "The Japan Meteorological Agency warned that up to 400 millimetres could fall on the "
        "islands by Wednesday.\n\n"
        "The storm is expected to weaken as it moves north.",
        "Floods swept through towns in the Brazilian state of Minas Gerais on Sunday after days "
        "of heavy rain.\n\n"
        "The state government deployed 300 soldiers to help evacuate residents.\n\n"
        "More storms are expected later in the week.",
    ],
)
def test_a_forecast_warning_or_relief_troops_at_home_are_no_act(coder: Coder, body: str) -> None:
    assert found(coder, body) == []


def test_a_show_of_force_on_a_political_page_stays(coder: Coder) -> None:
    body = (
        "The government deployed 2,000 soldiers to the capital on Monday ahead of an opposition "
        "rally.\n\n"
        "Opposition leaders accused the president of trying to intimidate voters."
    )
    assert (0, "MOBILIZE") in found(coder, body)


@pytest.mark.parametrize(
    "body",
    [
        "Lyon beat Nantes 3-1 on Sunday to climb to second in the table.\n\n"
        "The striker scored twice in the second half.\n\n"
        "Lyon will be without their captain, who was sent off on Sunday and faces a ban.",
        "Shares in the miner rose 4% on Tuesday after it raised its dividend.\n\n"
        "Profits at the company doubled in the quarter.\n\n"
        "Brazil has been seeking to lock in demand for its iron ore in Asia, its biggest "
        "market.",
    ],
)
def test_a_lone_place_on_another_page_is_no_state_act(coder: Coder, body: str) -> None:
    assert found(coder, body) == []


def test_an_official_on_the_weather_page_still_answers_a_party(coder: Coder) -> None:
    """A sector named keeps the act: the page's frame is no team or region then."""
    body = (
        "Heavy rain flooded streets in Seville on Monday.\n\n"
        "The forecast is for more showers on Tuesday.\n\n"
        "The regional government accused the central government of ignoring its requests "
        "for flood defences."
    )
    assert (2, "ACCUSE") in found(coder, body)


@pytest.mark.parametrize(
    "body",
    [
        "Police in Valencia detained nine people on Tuesday suspected of smuggling hashish in "
        "fishing boats.",
        "Customs officers in Genoa seized 4,000 counterfeit watches from a container.",
        "A court in Turin sentenced a businessman to three years in prison for tax evasion on "
        "Monday.",
    ],
)
def test_police_and_courts_on_drugs_fakes_and_tax_cases_are_ordinary_crime(
    coder: Coder, body: str
) -> None:
    assert found(coder, body) == []


def test_an_activist_charged_with_tax_evasion_is_still_coerced(coder: Coder) -> None:
    """A crime word does not make an opposition figure a private party."""
    body = "Police in Ankara detained an opposition lawmaker on Friday on charges of tax evasion."
    assert (0, "COERCE") in found(coder, body)


@pytest.mark.parametrize(
    "body",
    [
        "Canada's trade minister spoke after talks on tariffs in Ottawa on Monday.\n"
        '"We will cooperate where we can and push back where we have to," he told reporters.',
        "Mexico's president Claudia Sheinbaum was asked about security on Tuesday.\n"
        "\u201cWe coordinate, we cooperate, but we decide for ourselves,\u201d she told her news "
        "conference.",
    ],
)
def test_a_quoted_stance_of_cooperation_is_no_act(coder: Coder, body: str) -> None:
    assert found(coder, body) == []


def test_a_quoted_cooperation_with_a_party_stays(coder: Coder) -> None:
    body = '"We will cooperate with Beijing on climate change," the Canadian prime minister said.'
    assert [kind for _, kind in found(coder, body)] == ["AGREE"]
