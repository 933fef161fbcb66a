"""Round 56 (craft56): "fighters" and "bombers" that name aircraft (after a model such as
"Su-25", a type such as "Rafale" or "strategic", an air force; before "jet" or "pilots") are the
owner's air force, MIL (labelling guide section 2: `MIL` "army, navy, air force"; point 18:
"Japan scrambled fighters as Chinese bombers neared Okinawa", JPN/MIL -> CHN/MIL), not rebels
or insurgents. Fighters and bombers of a group stay what they were."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, codes, evaluation_coder, events

coder = evaluation_coder
index = actor_index
DAY = date(2024, 5, 15)


def sides(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event of one sentence coded alone."""
    return [
        (e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events(coder, text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active
        (
            "Two Belarusian Su-25 bombers entered Lithuanian airspace on Thursday, the "
            "Lithuanian army said.",
            [("150", "BLRMIL", "LTU")],
        ),
        # reported speech, past perfect
        (
            "Lithuania's defence ministry said two Belarusian Su-25 bombers had violated its "
            "airspace.",
            [("150", "BLRMIL", None)],
        ),
        # passive
        (
            "Norwegian F-35 fighters were scrambled to shadow a Russian patrol plane over the "
            "Barents Sea.",
            [("152", "NORMIL", "RUS")],
        ),
        # nominal: the craft as the object of the noun of the act
        (
            "The incursion by two Venezuelan Su-30 fighters drew a protest from Guyana on Friday.",
            [("140", "GUYGOV", "VENMIL")],
        ),
    ],
)
def test_aircraft_named_fighters_or_bombers_are_the_air_force(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert sides(coder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian Rafale fighters struck targets in Pakistan.", {"fighters": "MIL"}),
        (
            "A Chinese J-16 fighter jet flew close to the patrol plane.",
            {"Chinese J-16 fighter": "CHNMIL"},
        ),
        ("Finnish Air Force F/A-18 fighters escorted the plane.", {"fighters": "MIL"}),
        ("US strategic bombers flew over the peninsula.", {"US": "USA", "bombers": "MIL"}),
    ],
)
def test_craft_words_in_the_index(index: ActorIndex, text: str, expected: dict[str, str]) -> None:
    found = codes(index, text, DAY)
    assert {words: found.get(words) for words in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M23 fighters seized the town of Sake on Friday.", [("192", "CODREB", "COD")]),
        (
            "Two suicide bombers attacked a mosque in Peshawar on Friday.",
            [("180", "PAKREB", "PAKREL")],
        ),
        ("Hamas fighters fired rockets at Israel on Friday.", [("190", "PSEREB", "ISR")]),
        ("Fighters loyal to the warlord stormed a police station in Gao.", [("190", "REB", "COP")]),
        ("Rebel fighters shelled an army base near Goma.", [("194", "CODREB", "CODMIL")]),
    ],
)
def test_fighters_and_bombers_of_a_group_stay_theirs(
    coder: Coder, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert sides(coder, text) == expected
