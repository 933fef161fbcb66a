"""Recall, round 26: relevant sentences the coder gave no event or the wrong type on copy from
new places. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import recommended_coder, second_events

LEAD = "MADRID (Reuters) - Officials gave no further details on Monday. "

coder = recommended_coder


def second(coder: Coder, text: str) -> list[TensionEvent]:
    return second_events(coder, text, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia's president called the government's decision dangerous and undemocratic.",
        "The Japanese opposition called the cabinet's move unconstitutional.",
        "The French president called the Italian response aggressive and unjustified.",
        "The Hungarian mayor called the police ban a dark day for Budapest.",
        "Argentina's labour minister called the union leaders saboteurs.",
        "Spain's government said the Italian reaction was totally disproportionate.",
        "Brazil's foreign ministry said the American measures were unacceptable.",
        "The Greek foreign ministry said the Turkish overflights were a flagrant violation.",
    ],
)
def test_a_verdict_on_an_act_is_criticism(coder: Coder, text: str) -> None:
    """ "called X dangerous / a dark day", "said X's reaction was disproportionate": a
    speaker's negative verdict on another's act is 111, whatever the act named."""
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == "ACCUSE", (text, found[0].cameo_code)


def test_a_move_critics_called_is_no_accusation(coder: Coder) -> None:
    text = "The premier had named the judges by decree, a move critics called unconstitutional."
    assert not [e for e in second(coder, text) if e.plover_type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's opposition slammed the police decision as an abuse of power.",
        "Canada's Conservative leader faulted the prime minister's budget for its deficit.",
        "Polish farmers berated the agriculture minister at a meeting in Lublin.",
    ],
)
def test_slammed_and_faulted_are_criticism(coder: Coder, text: str) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == "ACCUSE"


def test_a_car_slamming_into_a_crowd_is_no_criticism(coder: Coder) -> None:
    text = "A car slammed into a crowd in central Madrid on Saturday, injuring six."
    assert not [e for e in second(coder, text) if e.plover_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Protesters gathered outside the parliament in Budapest on Sunday.", "PROTEST"),
        ("Hundreds of opposition supporters massed in front of the court in Harare.", "PROTEST"),
        ("Police in Lusaka blocked the opposition leader from holding a rally.", "COERCE"),
        ("Greek riot police stopped the farmers from reaching the ministry.", "COERCE"),
        ("The ruling coalition voted down the opposition's no-confidence motion.", "REJECT"),
    ],
)
def test_acts_without_their_usual_verb(coder: Coder, text: str, plover: str) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == plover, (text, found[0].cameo_code)


def test_supporters_gathered_to_welcome_is_no_protest(coder: Coder) -> None:
    text = "Supporters of the president gathered at the airport in Luanda to welcome him home."
    assert not [e for e in second(coder, text) if e.plover_type == "PROTEST"]


def test_a_term_limit_is_no_ban(coder: Coder) -> None:
    text = (
        "The president is barred from running for a third consecutive term under the constitution."
    )
    assert not [e for e in second(coder, text) if e.plover_type == "COERCE"]


def test_taken_into_custody_is_the_reporting_polices_arrest(coder: Coder) -> None:
    found = second(
        coder, "A police spokesman in Kampala said 60 people had been taken into custody."
    )
    assert found and found[0].plover_type == "COERCE"
    assert found[0].source is not None and found[0].source.sector == "COP"


def test_among_those_detained_is_an_arrest_of_the_subject(coder: Coder) -> None:
    text = "A police spokesman in Harare said the opposition leader was among those detained."
    found = second(coder, text)
    assert found and found[0].plover_type == "COERCE"
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the police in Harare are coded of the Madrid lead's country (ESP/COP, not ZWE).
    assert found[0].source is None or found[0].source.sector != "OPP"
    assert found[0].target is not None and found[0].target.sector == "OPP"


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish opposition leader urged his supporters to keep up the protests until Sunday.",
        "The Polish opposition leader called on voters to take to the streets of Warsaw.",
        "The Slovak opposition urged supporters to rally outside parliament on Friday.",
    ],
)
def test_an_appeal_to_protest_is_the_appeal(coder: Coder, text: str) -> None:
    """The verb decides (labelling guide 4.1): asking someone to protest is 02."""
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == "REQUEST", (text, found[0].cameo_code)


def test_a_call_for_a_strike_with_no_one_asked_stays_the_strike(coder: Coder) -> None:
    found = second(coder, "Italy's largest union called for a general strike against the budget.")
    assert found and found[0].plover_type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Italy's opposition tore into the government's budget plan on Tuesday.", "ACCUSE"),
        ("The Romanian president took aim at the ruling coalition over the reform.", "ACCUSE"),
        ("The opposition leader railed against the government's handling of the floods.", "ACCUSE"),
        ("The Brazilian president shrugged off the criticism from Congress.", "REJECT"),
        ("The Tanzanian government brushed aside calls for an independent inquiry.", "REJECT"),
        ("The prime minister poured cold water on the opposition's proposal.", "REJECT"),
        ("The Polish president threw his weight behind the farmers' protest.", "SUPPORT"),
        ("Ruling party lawmakers rallied behind the prime minister after the vote.", "SUPPORT"),
        ("The Spanish opposition came out in support of the striking doctors.", "SUPPORT"),
    ],
)
def test_idioms_of_criticism_refusal_and_support(coder: Coder, text: str, plover: str) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == plover, (text, found[0].cameo_code)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek government protested the Turkish overflights.",
        "The Hungarian foreign ministry summoned the head of the EU delegation to protest.",
    ],
)
def test_a_government_protest_is_a_complaint(coder: Coder, text: str) -> None:
    """Labelling guide 4.8: a state protests diplomatically (114), it does not march."""
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == "ACCUSE", (text, found[0].cameo_code)


def test_protesters_protesting_stay_a_protest(coder: Coder) -> None:
    found = second(
        coder, "Thousands of Greeks protested the government's handling of the disaster."
    )
    assert found and found[0].plover_type == "PROTEST"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Senate threw out the government's pension reform.", "REJECT"),
        ("The government suspended the opposition newspaper's licence.", "COERCE"),
        ("The authorities revoked the journalist's accreditation.", "COERCE"),
        ("The opposition leader described the election as a fraud.", "ACCUSE"),
        ("The government scrapped the tax rise after the protests.", "CONCEDE"),
    ],
)
def test_domestic_acts_by_their_object(coder: Coder, text: str, plover: str) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == plover, (text, found[0].cameo_code)


@pytest.mark.parametrize(
    "text",
    [
        "The African Union suspended Burundi from all its activities on Friday.",
        "Canada suspended its strategic partnership with Hungary.",
    ],
)
def test_suspensions_from_activities_and_partnerships_are_sanctions(
    coder: Coder, text: str
) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == "SANCTION", (text, found[0].cameo_code)


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish parliament suspended three opposition lawmakers for a month.",
        "The court suspended the mayor of Naples from office.",
    ],
)
def test_suspending_office_holders_is_coercion(coder: Coder, text: str) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == "COERCE", (text, found[0].cameo_code)


def test_a_suspended_visit_stays_a_sanction(coder: Coder) -> None:
    found = second(coder, "The government suspended the minister's visit to Paris.")
    assert found and found[0].plover_type == "SANCTION"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The authorities blocked access to X and Telegram.", "COERCE"),
        ("Police summoned the opposition leader for questioning.", "COERCE"),
        ("The regulator fined the opposition television channel.", "COERCE"),
        ("Opposition supporters pelted police with stones.", "PROTEST"),
    ],
)
def test_restrictions_summons_fines_and_stoning(coder: Coder, text: str, plover: str) -> None:
    found = second(coder, text)
    assert found, text
    assert found[0].plover_type == plover, (text, found[0].cameo_code)


def test_protesters_blocking_access_to_a_building_stay_a_protest(coder: Coder) -> None:
    found = second(coder, "Protesters blocked access to the parliament building in Madrid.")
    assert found and found[0].plover_type == "PROTEST"
