"""`gazetteer.Names`: the case-sensitive names found as one trie-shaped regex finds them."""

from __future__ import annotations

from tensionwatch.domain.actor_data import pattern
from tensionwatch.domain.gazetteer import Names

FORMS = [
    "U.S.",
    "U.S. Army",
    "New York",
    "New York Times",
    "New",
    "OPEC+",
    "CPI (Maoist)",
    "al-Qaeda",
    "al-Qaeda in the Arabian Peninsula",
    "5-Star Movement",
    "van Rompuy",
    "Côte d'Ivoire",
    "Zelensky",
]

TEXTS = [
    "The U.S. Army and the U.S.-backed forces met New York Times reporters in New Yorkers' homes.",
    "OPEC+ members and OPEC+- talks; CPI (Maoist) rebels, CPI (Maoist)s",
    "al-Qaeda in the Arabian Peninsula, al-Qaeda in the Arab world, xal-Qaeda, Neal-Qaeda",
    "The 5-Star Movement (5-Star Movements) of van Rompuy; Van Rompuy, Côte d'Ivoire's army",
    "ZelenskyZelensky Zelensky_ Zelensky. New",
    "",
]


def _regex_finds(text: str) -> list[tuple[int, int, str]]:
    """The old way: one regex of all the forms, whole words, longest at each position."""
    found = pattern(FORMS).finditer(text)
    return [(m.start(), m.end(), m.group()) for m in found]


def test_names_find_what_one_regex_finds() -> None:
    names = Names(FORMS)
    for text in TEXTS:
        assert names.find(text) == _regex_finds(text), text


def test_names_are_longest_whole_words() -> None:
    names = Names(FORMS)
    text = "New York Times and New Yorkers in New York"
    assert [form for _, _, form in names.find(text)] == ["New York Times", "New", "New York"]
    assert names.find("U.S.-backed") == [(0, 4, "U.S.")]
    assert names.find("Zelenskyy") == []


def test_a_name_must_start_with_a_word_character() -> None:
    try:
        Names(["(Maoist)"])
    except ValueError:
        return
    raise AssertionError("accepted a name starting with a bracket")


def test_an_empty_table_finds_nothing() -> None:
    assert Names([]).find("New York") == []
