"""Targets of rightly typed acts, round 27: the party a sentence leaves implied or puts in an
unusual place. A street protest or strike whose makers the actor index takes for a state
("French farmers" read as France) is still against the protesters' own government; a threat by
a state's organs in a story of its own country alone ("warned that anyone who joins the
rallies would be prosecuted") is aimed at its own people; a detention told as a state its
object is put in ("placed X under house arrest", "ordered X jailed") has the one detained as
its target and the subject of the placing verb as its source. Every sentence in these tests
was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder, in_sentence

coder = evaluation_coder  # 0.3 on the score, 0.5 in agency copy


@pytest.mark.parametrize(
    ("body", "home"),
    [
        (
            "ROME (Reuters) - Italian farmers blocked roads around Rome with tractors on Thursday "
            "to protest against falling prices.",
            "ITA",
        ),
        (
            "MADRID (Reuters) - Spanish truck drivers blocked ring roads around Madrid on Tuesday "
            "to protest against fuel prices.",
            "ESP",
        ),
    ],
)
def test_a_street_protest_read_as_a_states_is_against_its_own_government(
    coder: Coder, body: str, home: str
) -> None:
    protests = [e for e in article(coder, body) if e.plover_type == "PROTEST"]
    assert protests
    assert all(country(e.target) == home for e in protests)


@pytest.mark.parametrize(
    "threat",
    [
        "The interior ministry warned that anyone who joined the unauthorised rallies would be "
        "prosecuted.",
        "The labour minister said the government would dock the pay of civil servants who joined "
        "the stoppage.",
    ],
)
def test_a_states_threat_in_a_story_of_its_own_country_is_at_its_own_people(
    coder: Coder, threat: str
) -> None:
    body = "WARSAW (Reuters) - Polish police detained 14 activists outside parliament on Friday. "
    event = in_sentence(coder, body + threat, 1, "THREATEN")
    assert country(event.source) == "POL"
    assert country(event.target) == "POL"


def test_a_threat_in_a_story_of_two_countries_keeps_the_other_side(coder: Coder) -> None:
    body = (
        "TOKYO (Reuters) - Chinese coast guard ships entered Japanese waters near the Senkaku "
        "Islands on Monday. China's foreign ministry warned that Beijing would take "
        "countermeasures."
    )
    event = in_sentence(coder, body, 1, "THREATEN")
    assert country(event.target) == "JPN"


@pytest.mark.parametrize(
    ("body", "home", "held"),
    [
        (
            "MEXICO CITY (Reuters) - A Mexican court on Tuesday placed the former governor of "
            "Tamaulipas under house arrest.",
            "MEX",
            "governor",
        ),
        (
            "NEW DELHI (Reuters) - Police in Bihar placed the opposition leader under house "
            "arrest on Thursday to stop him from visiting the district.",
            "IND",
            "leader",
        ),
        (
            "PARIS (AFP) - A French court on Friday ordered the opposition mayor jailed pending "
            "trial.",
            "FRA",
            "mayor",
        ),
    ],
)
def test_the_one_placed_under_arrest_is_the_target(
    coder: Coder, body: str, home: str, held: str
) -> None:
    event = in_sentence(coder, body, 0, "COERCE")
    assert event.source is not None and event.target is not None
    assert country(event.source) == home and held not in event.source.text
    assert country(event.target) == home and held in event.target.text


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        (
            "TOKYO (Reuters) - China lodged a protest with Japan on Tuesday over a lawmaker's "
            "visit to the Yasukuni shrine. Japan's foreign minister rejected the protest, "
            "calling it an interference in domestic affairs.",
            "CHN",
        ),
        (
            "MADRID (Reuters) - France condemned Spain's decision to close the border crossing. "
            "Spain's interior minister dismissed the criticism, calling it unfounded.",
            "FRA",
        ),
        (
            "NEW DELHI (Reuters) - Canada accused India of interfering in its election on "
            "Monday. India's foreign ministry rejected the accusation, calling it absurd.",
            "CAN",
        ),
    ],
)
def test_it_after_a_verb_of_naming_is_the_thing_rejected_not_a_party(
    coder: Coder, body: str, answered: str
) -> None:
    event = in_sentence(coder, body, 1, "REJECT")
    assert country(event.target) == answered


def test_a_states_denial_that_a_charge_is_true_answers_its_own_people(coder: Coder) -> None:
    body = (
        "NEW DELHI (Reuters) - Police in Bihar fired tear gas at protesters on Monday. A police "
        "spokesman denied that live rounds had been fired."
    )
    event = in_sentence(coder, body, 1, "REJECT")
    assert country(event.target) == "IND"


@pytest.mark.parametrize(
    ("release", "freed"),
    [
        ("A Russian court released the fishermen on Friday.", "JPN"),
        ("Border guards freed four of them on Friday.", "JPN"),
    ],
)
def test_a_release_by_the_holder_frees_those_it_held(
    coder: Coder, release: str, freed: str
) -> None:
    body = (
        "TOKYO (Reuters) - Russian border guards detained 12 Japanese fishermen near the Kuril "
        "Islands on Monday. " + release
    )
    event = in_sentence(coder, body, 1, "RETREAT")
    assert country(event.target) == freed


@pytest.mark.parametrize(
    ("act", "criticism", "maker"),
    [
        (
            "Saudi Arabia executed seven men on Tuesday.",
            "Amnesty International condemned the executions.",
            "SAU",
        ),
        (
            "Belarusian police detained 40 activists on Sunday.",
            "Amnesty International condemned the detentions.",
            "BLR",
        ),
    ],
)
def test_a_criticism_of_acts_named_in_the_plural_targets_their_maker(
    coder: Coder, act: str, criticism: str, maker: str
) -> None:
    body = "GENEVA (Reuters) - " + act + " " + criticism
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.target) == maker


@pytest.mark.parametrize(
    "body",
    [
        "TOKYO (Reuters) - The U.N. human rights office said on Tuesday that Japan had failed to "
        "protect migrant workers. Tokyo rejected the U.N. findings.",
        "BRASILIA (Reuters) - Hundreds of people were displaced by the dam collapse, aid groups "
        "said. Brazil's foreign ministry rejected the U.N. figures as exaggerated.",
    ],
)
def test_a_party_modifying_the_thing_rejected_is_its_author(coder: Coder, body: str) -> None:
    event = in_sentence(coder, body, 1, "REJECT")
    assert event.target is not None
    assert event.target.code.startswith("IGOUNO")
