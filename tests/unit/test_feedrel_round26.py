"""News-site copy that is not politics, round 26: words and sentences of court reports,
council business and leaders' trips at home that the coder took for acts between political
actors. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, events

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for the accused said they would appeal.",
        "The accused men told the court they had been at home that night.",
        "An accused in the fraud case was freed on bail.",
        "The condemned man was moved to another prison in the night.",
    ],
)
def test_the_accused_is_a_person_not_an_accusation(coder: Coder, text: str) -> None:
    assert [e.plover_type for e in events(coder, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the government of lying about the budget.",
        "The two accused each other of breaking the truce.",
        "The ministry condemned the attack on the embassy.",
    ],
)
def test_accused_and_condemned_as_verbs_are_still_acts(coder: Coder, text: str) -> None:
    assert "ACCUSE" in [e.plover_type for e in events(coder, text)]


def test_the_accused_in_a_court_report_yields_nothing(coder: Coder) -> None:
    body = (
        "A man appeared in court in Lyon on Monday charged with stabbing his neighbour. "
        "The accused was remanded in custody until a hearing next month."
    )
    assert [e for e in article(coder, body) if e.sentence_index == 1] == []


@pytest.mark.parametrize(
    "text",
    [
        "A city council in Queensland has voted to ban smoking on its beaches.",
        "Lawmakers passed a law last year banning mobile phones in primary schools.",
        "Prime Minister Shigeru Ishiba visited Kanazawa and ordered officials to speed up repairs.",
    ],
)
def test_a_states_business_at_home_is_no_event_on_a_news_site(coder: Coder, text: str) -> None:
    body = "The weather stayed dry across the region on Sunday. " + text
    assert [e.plover_type for e in article(coder, body) if e.sentence_index == 1] == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Parliament voted to ban the opposition party on Tuesday.", "COERCE"),
        ("Prime Minister Shigeru Ishiba visited Beijing for talks with Xi Jinping.", "CONSULT"),
        ("The city council voted to ban protests in the old town on Tuesday.", "COERCE"),
    ],
)
def test_a_measure_or_visit_aimed_at_a_political_party_stays(
    coder: Coder, text: str, plover: str
) -> None:
    body = "The weather stayed dry across the region on Sunday. " + text
    assert plover in [e.plover_type for e in article(coder, body) if e.sentence_index == 1]


@pytest.mark.parametrize(
    "text",
    [
        "President Javier Milei congratulated the national team on winning the title.",
        "Prime Minister Narendra Modi congratulated the scientists on a historic landing.",
    ],
)
def test_congratulating_a_team_or_scientists_is_no_event(coder: Coder, text: str) -> None:
    body = "The crowd celebrated late into the night. " + text
    assert [e.plover_type for e in article(coder, body) if e.sentence_index == 1] == []


def test_congratulating_a_leader_on_an_election_win_stays(coder: Coder) -> None:
    body = (
        "The crowd celebrated late into the night. "
        "Prime Minister Anthony Albanese congratulated Prime Minister Christopher Luxon "
        "on his election win."
    )
    assert "SUPPORT" in [e.plover_type for e in article(coder, body) if e.sentence_index == 1]


def test_an_investigation_into_an_ordinary_crime_is_its_policing(coder: Coder) -> None:
    body = (
        "A man was stabbed outside a nightclub in Marseille early on Sunday. "
        "Prosecutors opened an investigation for attempted murder."
    )
    assert [e.plover_type for e in article(coder, body) if e.sentence_index == 1] == []


def test_an_investigation_into_an_official_stays_in_a_crime_story(coder: Coder) -> None:
    body = (
        "A man was stabbed outside a nightclub in Marseille early on Sunday. "
        "Prosecutors opened an investigation into the city's mayor over the club's licence."
    )
    assert [e.plover_type for e in article(coder, body) if e.sentence_index == 1] != []
