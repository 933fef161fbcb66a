"""Round 55 (speed55a): cheaper tests in the actor index, the name tables and the references,
each giving the answers of the test it replaces or guards (the coder's output is unchanged)."""

from __future__ import annotations

import random
import re

import pytest

from tensionwatch.domain import names, references
from tensionwatch.domain.actor_data import Entry, Kind
from tensionwatch.domain.actors import (
    _NAME_HEAD,
    ActorIndex,
    _Form,
    _head_of_longer_name,
    _merge,
    _Unit,
)
from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.gazetteer import _WORD_CHAR, Names, _word_char
from tensionwatch.domain.lexicon import Tokens
from tensionwatch.domain.references import _may_hold_pronoun
from tests.unit.coding import actor_index

index = actor_index

PLACE = _Form.of((Entry(Kind.PLACE, "NOR", None),))
GROUP = _Form.of((Entry(Kind.ORG, "NORPTY", "PTY"),))
BODY = _Form.of((Entry(Kind.BODY, "", "MIL"),))


def _sorted_merge(first: list[_Unit], second: list[_Unit], text: str = "") -> list[_Unit]:
    """`_merge` as it was: a stable sort of both lists, then the leftmost-longest walk."""
    merged: list[_Unit] = []
    for unit in sorted(first + second, key=lambda unit: unit.start):
        if not merged or unit.start >= merged[-1].end:
            merged.append(unit)
        elif unit.end > merged[-1].end and (
            unit.start == merged[-1].start
            or (
                unit.start == merged[-1].start + 4
                and text.startswith(("The ", "the "), unit.start - 4)
            )
        ):
            merged[-1] = unit
    return merged


def _ordered(rng: random.Random, form: _Form) -> list[_Unit]:
    """Ordered, non-overlapping units at random places of a 60-character text."""
    units, at = [], rng.randrange(0, 6)
    while at < 60:
        end = at + rng.randrange(1, 8)
        units.append(_Unit(at, end, form))
        at = end + rng.randrange(0, 6)
    return units


def test_the_merge_by_a_walk_is_the_merge_by_a_sort() -> None:
    rng = random.Random(55)  # noqa: S311 - a fixed sample of lists, no secret
    text = "the " * 20
    for _ in range(2000):
        first, second = _ordered(rng, PLACE), _ordered(rng, BODY)
        assert _merge(first, second, text) == _sorted_merge(first, second, text)
        assert _merge(second, first, text) == _sorted_merge(second, first, text)


def test_the_merge_keeps_the_first_lists_unit_on_a_tie() -> None:
    name, agent = _Unit(3, 9, PLACE), _Unit(3, 9, BODY)
    assert _merge([name], [agent]) == [name]
    assert _merge([agent], [name]) == [agent]


@pytest.mark.parametrize(
    "text",
    [
        "Volta Party members met.",  # a place, one space, a head: dropped
        "Mali Square was quiet.",
        "the NLD bridge over the river",  # an acronym before a lower-case head
        "Norway Partying on",  # no head: a longer word
        "Norway  Party",  # two spaces: no head
        "Norway\tAvenue",  # a tab opens a head too
        "Norway",  # the text ends with the unit
        "Norway ",  # a space, then nothing
        "Norway party",
    ],
)
def test_the_initial_test_says_what_the_head_regex_says(text: str) -> None:
    end = text.index(" ") if " " in text else len(text)
    end = text.index("\t") if "\t" in text else end
    for form in (PLACE, GROUP, BODY):
        unit = _Unit(0, end, form)
        if _NAME_HEAD.match(text, end) is None:
            assert not _head_of_longer_name(text, unit)
    assert _head_of_longer_name("Volta Avenue", _Unit(0, 5, PLACE))
    assert not _head_of_longer_name("Volta avenue", _Unit(0, 5, PLACE))
    assert _head_of_longer_name("NLD bridge", _Unit(0, 3, _Form.of((Entry(Kind.ORG, "X", "PTY"),))))


def test_a_name_heading_a_longer_name_is_still_dropped(index: ActorIndex) -> None:
    # the unit test per unit, not the search: a party of a place's name, a square named after
    # a country, and the country itself elsewhere in the sentence
    matches = index.find("Crowds filled Kenya Square as Kenya's police watched.")
    assert [(m.actor.text, m.actor.code) for m in matches] == [
        ("Crowds", "CVL"),
        ("Kenya's police", "KENCOP"),
    ]
    matches = index.find("The Uganda Party rallied in Kampala.")
    assert [(m.actor.text, m.actor.code) for m in matches] == [("Kampala", "UGAGOV")]


def test_a_hyphen_less_sentence_keeps_its_countries(index: ActorIndex) -> None:
    # the hyphen test guards the five checks that need one; with a hyphen they run as before
    found = index.find("Estonian troops and pro-Estonian activists met Latvian officials.")
    assert [(m.actor.text, m.actor.code) for m in found] == [
        ("Estonian troops", "ESTMIL"),
        ("activists", "OPP"),
        ("Latvian officials", "LVAGOV"),
    ]
    found = index.find("Estonian troops met Latvian officials in Riga.")
    assert [m.actor.code for m in found] == ["ESTMIL", "LVAGOV", "LVAGOV"]


@pytest.mark.parametrize("char", [chr(code) for code in range(0, 0x3000, 7)] + ["_", "’", "-"])
def test_the_word_character_test_is_the_regex(char: str) -> None:
    text = "ab" + char
    assert _word_char(text, 2) == (_WORD_CHAR.match(text, 2) is not None)
    assert not _word_char(text, 3)


def test_names_find_with_finds_what_find_finds(index: ActorIndex) -> None:
    names: Names = index._names
    for text in [
        "Officials in al Qaeda-held areas met the United Nations envoy.",
        "The de Klerk Foundation and the Democratic Party of Japan spoke.",
        "Ivory Coast's United_Nations mission",
        "United Nations2 and United Nations",
    ]:
        assert names.find_with(index._gazetteer, text)[0] == names.find(text)


def _vocabulary_guard(text: str) -> bool:
    return _may_hold_pronoun(Tokens(text).vocabulary, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said it’d be done.",  # a curly apostrophe: tokens write it straight
        "Officials said they'd go.",
        "He left.",
    ],
)
def test_a_pronoun_before_an_apostrophe_still_lets_the_scan_run(text: str) -> None:
    assert _vocabulary_guard(text)


def test_no_apostrophe_and_no_pronoun_word_skips_the_scan() -> None:
    assert not _vocabulary_guard("Officials of Norway met the envoys.")
    assert not _vocabulary_guard("Norway's envoys met.")  # an apostrophe, but no pronoun


def test_a_known_name_absent_from_the_text_is_found_nowhere() -> None:
    context = ArticleContext()
    known = references.resolve("Senator Halvard Okonkwo-Berg said the vote was fair.", [], context)
    assert known is not None
    person = references.Mention(
        0, 6, references.make_actor("Okonkwo", "NOR", "NOR", None), "person"
    )
    context.names["Okonkwo"] = person
    assert references._known_names("The vote was fair, said officials.", [], context) == []
    found = references._known_names("Okonkwo's aides said the vote was fair.", [], context)
    assert [(m.start, m.end, m.actor.text) for m in found] == [(0, 7, "Okonkwo")]
    assert re.search("Okonkwo", "Okonkwo's aides") is not None


# --- the second commit: guards before scans, native calls for generic ones ---------------

SENTENCES = [
    "Western envoys and foreign ministers met overseas officials in Oslo.",
    "Officials in the south said\nwestern troops were seen.",
    "Eastern forces clashed with Foreign Legion units near a Northern town.",
    "The Senate rejected their invitation and spurned her offers of talks.",
    "Hundreds of people marched; thousands rallied, dozens gathered.",
    "Twelve people were detained while Thousands protested in the capital.",
    "the opposition Green party and the ruling Unity movement met",
    "Tens of thousands marched as 30 people were hurt.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_sliced_ending_test_is_the_endswith_with_a_range(text: str) -> None:
    ends = ("ern ", "eign ", "seas ", " \n")
    for start in range(len(text) + 1):
        old = text.endswith(ends, 0, start) and (
            re.search(
                r"(?<![\w-])(?:Western|western|[Ff]oreign|overseas) $",
                text[max(start - 9, 0) : start],
            )
            is not None
        )
        assert references._foreign(text, start) == old, start


@pytest.mark.parametrize("text", SENTENCES)
def test_every_scan_a_guard_skips_would_find_nothing(text: str) -> None:
    if references._OFFER_OWNER.search(text) is not None:
        assert any(noun in text for noun in references._OFFERS)
    if references._COUNTED_PEOPLE.search(text) is not None:
        assert "people" in text
    if references._CROWD.search(text) is not None:
        assert "sands" in text or "dreds" in text or "ozens" in text
    for end in range(len(text) + 1):
        if names._PARTY_NOUN.match(text, end) is not None:
            assert text[end : end + 2] in names._PARTY_NOUN_OPENINGS


def test_a_counted_crowd_and_counted_people_are_both_found() -> None:
    context = ArticleContext()
    context = context.with_home("NOR")
    text = "Thousands marched in Oslo after 40 people were arrested."
    found = references._counted_people(text, [], context)
    assert [(text[m.start : m.end], m.actor.code) for m in found] == [
        ("Thousands", "NOROPP"),
        ("people", "NORCVL"),
    ]
    text = "Dozens rallied outside the court."
    found = references._counted_people(text, [], context)
    assert [(text[m.start : m.end], m.actor.code) for m in found] == [("Dozens", "NOROPP")]


def test_a_name_is_walked_on_over_blanks_only(index: ActorIndex) -> None:
    gazetteer = index._gazetteer
    for text in ["They met in New York.", "They met in New\tYork.", "They met in New-York."]:
        assert gazetteer.find(text) == [
            (s, e, name) for s, e, name in index._names.find_with(gazetteer, text)[1]
        ]
