"""News-site sentences with no political act that still got a cooperative event, round 29
(feedrel12): a charity's or a relief agency's help to people on a page of the weather, a
disaster, business or sport; a town's or a city's council running a local service; a country
before a player's, a team's or an event's word on the sports pages ("the England
midfielder"); a team hosting
another; the head of a federation, a festival or a museum ("the federation's
president"). Near misses stay: aid handed to a state, a council agreeing with a ministry, a
country's president, a political story's charity. Every sentence here was written for these
tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder

coder = evaluation_coder


def types_in(coder: Coder, body: str, index: int) -> set[str]:
    return {e.plover_type for e in article(coder, body) if e.sentence_index == index}


def targets_in(coder: Coder, body: str, index: int) -> set[str | None]:
    return {
        e.target.country if e.target else None
        for e in article(coder, body)
        if e.sentence_index == index
    }


FLOODS = (
    "Heavy rain flooded hundreds of homes in the north of the country on Friday. "
    "Forecasters said more rain was expected over the weekend. "
)


def test_a_charity_helping_flood_victims_is_no_event(coder: Coder) -> None:
    body = FLOODS + "The Red Cross delivered food and blankets to 3,000 families in the area."
    assert types_in(coder, body, 2) == set()
    body = FLOODS + "A local charity thanked donors for their generosity over the weekend."
    assert not types_in(coder, body, 2) & {"SUPPORT", "AID"}


def test_a_charity_aiding_a_state_or_in_a_war_story_stays(coder: Coder) -> None:
    war = (
        "Fighting between the army and rebels displaced 20,000 people in the east on Monday. "
        "The Red Cross delivered food and medicine to the displaced families in the east."
    )
    assert "AID" in types_in(coder, war, 1)


def test_a_city_council_running_a_service_is_no_event(coder: Coder) -> None:
    for text in (
        "The Leeds City Council agreed to reopen two libraries that closed last year.",
        "The city council agreed to plant 12,000 trees along the river over the next decade.",
    ):
        assert types_in(coder, "Residents had asked for years. " + text, 1) == set()


def test_a_council_agreeing_with_a_state_body_stays(coder: Coder) -> None:
    body = (
        "Flooding hit the port town in March. "
        "The town council agreed to host a delegation of the Dutch government next week."
    )
    assert "AGREE" in types_in(coder, body, 1)


SPORT = (
    "Flamengo beat Gremio 2-1 on Sunday to go top of the league. "
    "The club's coach praised his players after the match. "
)


def test_a_country_before_a_players_word_is_a_team_codes_nothing(coder: Coder) -> None:
    body = (
        "Chelsea have rejected a 50 million pound bid for their England midfielder. "
        "The club's coach said the player was happy in the squad. "
        "The league leaders play at home on Sunday."
    )
    assert types_in(coder, body, 0) == set()


def test_a_governments_rejection_on_the_sports_pages_stays(coder: Coder) -> None:
    body = (
        "The Brazilian government rejected a request from the football federation for funding. "
        "The club's coach said the player was happy in the squad. "
        "The league leaders play at home on Sunday."
    )
    assert "REJECT" in types_in(coder, body, 0)


def test_a_federations_president_is_not_the_state_codes_nothing(coder: Coder) -> None:
    body = SPORT + "The coach met the federation's president in Rio de Janeiro on Monday."
    assert types_in(coder, body, 2) == set()


def test_a_countrys_president_stays(coder: Coder) -> None:
    body = (
        "Kenya's government announced new spending on Monday. "
        "The European envoy met the country's president in Nairobi on Tuesday."
    )
    assert "CONSULT" in types_in(coder, body, 1)


def test_a_team_hosting_another_is_a_fixture_codes_nothing(coder: Coder) -> None:
    body = SPORT + "The league leaders host Fortaleza on Saturday evening."
    assert types_in(coder, body, 2) == set()


def test_a_leader_hosting_a_visitor_on_the_sports_pages_stays(coder: Coder) -> None:
    body = SPORT + "Kenya's president hosted the Brazilian president in Nairobi on Saturday."
    assert "CONSULT" in types_in(coder, body, 2)


def test_a_product_released_is_no_release_of_people(coder: Coder) -> None:
    body = (
        "Smartphone sales fell 4 percent in the third quarter. "
        "Samsung released its new folding phone in Nairobi on Wednesday."
    )
    assert types_in(coder, body, 1) == set()
    prisoners = (
        "The opposition staged protests in March. "
        "The government released 40 opposition activists on Wednesday."
    )
    assert "RETREAT" in types_in(coder, prisoners, 1)


def test_a_firms_trip_to_a_capital_is_no_visit_to_its_government(coder: Coder) -> None:
    body = (
        "The Brazilian payments firm opened 12 offices abroad last year. "
        "The firm's chief executive visited Nairobi to meet local developers."
    )
    assert not types_in(coder, body, 1) & {"CONSULT"}


def test_a_firms_people_meeting_officials_stays(coder: Coder) -> None:
    body = (
        "The Chinese railway firm won a contract worth 2 billion dollars in March. "
        "Executives of the Chinese firm met Kenyan officials in Nairobi on Monday."
    )
    assert "CONSULT" in types_in(coder, body, 1)
