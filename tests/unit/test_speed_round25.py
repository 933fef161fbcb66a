"""Round 25's speed gates: each skips a regex only where it could not match, so the answers
are the regex's own (the sentences are made up for these tests)."""

from __future__ import annotations

import pytest

from tensionwatch.domain import references
from tensionwatch.domain.actor import Actor
from tensionwatch.domain.context import DATELINE_CHARS, PLACE, dateline_end

FRANCE = Actor(text="French", code="FRA", country="FRA", sector=None)
LYON = Actor(text="Lyon", code="FRA", country="FRA", sector=None)


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("MADRID (Reuters) - Spain recalled its envoy on Monday.", True, 19),
        ("ATHENS: Greece protested to Ankara.", False, 8),
        ("Rome: Italy summoned the ambassador.", True, 6),  # the first sentence: any place
        ("Rome — Italy summoned the ambassador.", True, 0),  # a dash needs capitals
        ("The minister said the talks would resume.", True, 0),  # no mark: no dateline
        ("She wrote: the decision was final.", False, 0),  # a mark, but not in capitals
    ],
)
def test_dateline_end_keeps_the_regex_answer(text: str, first: bool, expected: int) -> None:
    assert dateline_end(text, first)[0] == expected


def test_a_dateline_mark_past_the_limit_is_none() -> None:
    opening = "PARIS, " + "a" * DATELINE_CHARS + " - "
    assert dateline_end(opening + "France said.", True) == (0, "")
    assert dateline_end("PARIS - France said.", True) == (len("PARIS - "), "PARIS")


@pytest.mark.parametrize(
    ("text", "start", "water", "social", "foreign"),
    [
        ("ships in the Gulf of Oman", 21, True, False, False),
        ("the Sea of the Japan", 15, True, False, False),
        ("ships off the coast of Oman", 23, False, False, False),  # "of", but no sea's name
        ("the Gulf of \nOman", 13, True, False, False),  # `$` before a final newline
        ("the Social Democrats", 11, False, True, False),
        ("the Social-Democrats", 11, False, True, False),
        ("Western intelligence", 8, False, False, True),
        ("foreign troops", 8, False, False, True),
        ("Western \nforces", 9, False, False, True),
        ("modern forces", 7, False, False, False),  # ends in "ern ", but no foreign word
        ("northern troops", 9, False, False, False),
    ],
)
def test_look_behind_gates_answer_as_their_regexes(
    text: str, start: int, water: bool, social: bool, foreign: bool
) -> None:
    assert references._water(text, start) is water
    assert references._social(text, start) is social
    assert references._foreign(text, start) is foreign
    begin = max(start - 12, 0)
    assert (references._WATER.search(text, begin, start) is not None) is water
    assert (references._SOCIAL.search(text, max(start - 7, 0), start) is not None) is social
    assert (references._FOREIGN.search(text, max(start - 9, 0), start) is not None) is foreign


def test_townsfolk_are_civilians_of_the_town_country() -> None:
    text = "A Lyon man was arrested after French police raided a flat."
    found = [(2, 6, LYON, PLACE), (30, 36, FRANCE, PLACE)]
    kept = references._townsfolk(text, found)
    assert kept[0][2].code == "FRACVL" and kept[0][2].sector == "CVL"
    assert kept[1] == found[1]  # "French police": no townsfolk noun after it
    assert found[0][2] is LYON  # the input list is not changed


def test_townsfolk_without_one_returns_the_same_list() -> None:
    text = "French officials met their Spanish counterparts."
    found = [(0, 6, FRANCE, PLACE)]
    assert references._townsfolk(text, found) is found
