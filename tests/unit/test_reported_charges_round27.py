"""Accusations told as reported speech, round 27: "X said (that) Y had rigged the vote", "told a
rally Y was using the police to silence critics". The labelling guide codes "X said Y did Z" as
Y's act when Z is a codable act, and as X's accusation of Y (112) when Z is a wrongdoing X
charges Y with. With no reproach word ("accused", "condemned") such a sentence had no candidate
at all; the triggers now read a wrongdoing verb, or a purpose of wrongdoing, in the clause a
saying verb reports. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder, events, first_act

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (Reuters) - The Socialist party leader said on Monday that the government had "
        "lied to voters about the size of the deficit.",
        "LIMA (Reuters) - The opposition leader told supporters on Friday that the ruling "
        "party had rigged the municipal elections in the north.",
        "ROME (Reuters) - The opposition leader said on Tuesday that the government was using "
        "the tax police to silence critical journalists.",
        "MADRID (Reuters) - Spain's conservative Popular Party said on Sunday that the "
        "government was trying to muzzle the courts before the vote.",
    ],
)
def test_a_politician_telling_of_anothers_wrongdoing_accuses_it(coder: Coder, text: str) -> None:
    found = [e for e in events(coder, text) if e.plover_type == "ACCUSE"]
    assert found, [e.plover_type for e in events(coder, text)]
    event = found[0]
    assert event.source is not None and event.target is not None
    assert country(event.source) == country(event.target)
    assert event.source.sector != event.target.sector


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister said the government had cut the budget deficit by a fifth.",
        "The presidency said the president had the power to remove officials at will.",
        "The interior minister said the talks with the unions had been long but useful.",
    ],
)
def test_a_neutral_reported_clause_accuses_no_one_codes_nothing(coder: Coder, text: str) -> None:
    act = first_act(coder, text)
    assert act is None, act


def test_a_charge_told_to_a_crowd_is_on_the_reported_subject(coder: Coder) -> None:
    text = (
        "MADRID (Reuters) - The People's Party leader told the crowd on Sunday that Sanchez "
        "had sold out the country."
    )
    event = [e for e in events(coder, text) if e.plover_type == "ACCUSE"][0]
    assert event.target is not None
    assert (country(event.target), event.target.sector) != ("ESP", "CVL")
    assert country(event.target) == "ESP"


def test_a_charge_said_in_the_perfect_is_a_standing_position_codes_nothing(coder: Coder) -> None:
    body = (
        "Police detained 40 protesters outside Congress in the capital. "
        "He has said that the ruling party had rigged the vote."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found == [], [e.plover_type for e in found]
