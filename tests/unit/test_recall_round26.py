"""Recall, round 26: relevant sentences the coder gave no event or the wrong type on copy from
new places. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.calibration import calibration
from tensionwatch.domain.coder import RECOMMENDED_MIN_CONFIDENCE, Coder
from tests.unit.coding import article

LEAD = "MADRID (Reuters) - Officials gave no further details on Monday. "


@pytest.fixture(scope="module")
def coder() -> Coder:
    """The coder at the floors the evaluation uses (agency copy: 0.55)."""
    return Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=calibration().wire.image(0.55),
    )


def second(coder: Coder, text: str) -> list:
    return [e for e in article(coder, LEAD + text) if e.sentence_index == 1]


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia's president called the government's decision dangerous and undemocratic.",
        "The Japanese opposition called the cabinet's move unconstitutional.",
        "The French president called the Italian response aggressive and unjustified.",
        "The Hungarian mayor called the police ban a dark day for Budapest.",
        "Argentina's labour minister called the union leaders saboteurs.",
        "Spain's government said the Moroccan reaction was totally disproportionate.",
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
