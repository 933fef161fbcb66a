"""Round 49 (speed49a): the actor index's names and gazetteer names found in one scan of a
sentence's words (`Names.find_with`), and the gazetteer's word trie walked without matching
the next word at a leaf (`Gazetteer.walk`), with the same finds as before. Each test holds the
one-scan path to the two scans it replaces, on sentences written for it and on variants."""

from __future__ import annotations

import re

import pytest

from tensionwatch.domain.actors import _GIVEN_BEFORE, ActorIndex, _capitalised_before
from tensionwatch.domain.gazetteer import Gazetteer, Names
from tests.unit.coding import actor_index

index = actor_index

# Written for these tests: names in many shapes (a particle first, a digit first, a possessive,
# hyphens, dots, an ampersand, quotes, a name right after a hyphen or an apostrophe).
SENTENCES = [
    "Foreign Minister Idra Volkan of Sereth met al Marwani's envoy in Port Celadon on Monday.",
    "The Tessaly-backed militia and the 5 Orchid Front clashed near St. Ambrel harbour.",
    "Officials in New Harrow said the Grell & Pike Company had shut its Vostrine plant.",
    "A pro-Varnian crowd gathered outside the Bank of Harrow; police dispersed it.",
    "'Velmar Union' leaders told U.N. monitors the 3R fighters left Kesh-Dorran overnight.",
    "Mr Odo Brankov, the de Sallis family's lawyer, denied the charge in Oldport.",
    "van Rell and von der Harrow both spoke at the Kesh Assembly on Tuesday.",
    "The Arabian Sea coalition's ships reached Aden-Kesh's port before dawn.",
    "President Ammon Tark of the Republic of Sereth flew to Washington D.C. for talks.",
    "ÉLAN MOVEMENT activists and Þora Vik marched in mainland Velmar's capital.",
    "Sereth's Foreign Ministry summoned the Ostrian ambassador over the St Ambrel clash.",
    "Talks between North Velmar and the People's Front of Kesh resumed in Geneva.",
]

# A small table of forms in the same shapes: first words in capitals, lower case and digits.
FORMS = [
    "Port Celadon",
    "Port",
    "St Ambrel",
    "Sereth",
    "Kesh",
    "Kesh Assembly",
    "New Harrow",
    "Bank of Harrow",
    "al Marwani",
    "de Sallis",
    "van Rell",
    "von der Harrow",
    "5 Orchid Front",
    "3R",
    "Grell & Pike Company",
    "Velmar Union",
    "Þora Vik",
    "mainland Velmar",
    "People's Front of Kesh",
]


def _variants(text: str) -> list[str]:
    words = text.split(" ")
    cut = len(words) // 2
    return [
        text,
        text.lower(),
        text.upper(),
        " ".join(words[cut:] + words[:cut]),
        "-".join(words),
        "'".join(words),
        ".".join(words),
        "  ".join(words),
        "\t".join(reversed(words)),
    ]


TEXTS = [variant for text in SENTENCES for variant in _variants(text)]

# What `Gazetteer.find` did before `walk`: the next word matched after every word of a name.
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’.&-][A-Z])[\w'’.&-]*")
_WORD = re.compile(r"[\w][\w'’.&-]*")
_NEXT = re.compile(r"[ \t]+([\w][\w'’.&-]*)")


def _plain_gazetteer(names: list[str], text: str) -> list[tuple[int, int, str]]:
    table: dict[tuple[str, ...], str] = {}
    for name in names:
        words = tuple(word.rstrip(".'’") for word in _WORD.findall(name))
        if words and words[0][:1].isupper():
            table[words] = name
    prefixes = {key[:size] for key in table for size in range(1, len(key) + 1)}
    found: list[tuple[int, int, str]] = []
    done = 0
    for match in _CAPITALISED.finditer(text):
        start, at = match.span()
        if start < done:
            continue
        words = (text[start:at].rstrip(".'’"),)
        end, name = 0, ""
        while words in prefixes:
            if words in table:
                end, name = at, table[words]
            following = _NEXT.match(text, at)
            if following is None:
                break
            words = (*words, following.group(1).rstrip(".'’"))
            at = following.end()
        if name:
            trimmed = end
            while trimmed > start and text[trimmed - 1] in ".'’":
                trimmed -= 1
            found.append((start, trimmed, name))
            done = end
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_one_scan_finds_what_the_two_scans_find(text: str) -> None:
    names, gazetteer = Names(FORMS), Gazetteer(FORMS)
    assert names.find_with(gazetteer, text) == (names.find(text), gazetteer.find(text))


@pytest.mark.parametrize("text", TEXTS)
def test_walked_trie_finds_what_the_plain_walk_finds(text: str) -> None:
    assert Gazetteer(FORMS).find(text) == _plain_gazetteer(FORMS, text)


def test_one_scan_on_the_package_tables(index: ActorIndex) -> None:
    names, gazetteer = index._names, index._gazetteer
    for text in TEXTS:
        assert names.find_with(gazetteer, text) == (names.find(text), gazetteer.find(text))


def test_one_scan_still_finds_both_kinds() -> None:
    names, gazetteer = Names(FORMS), Gazetteer(FORMS)
    text = "Envoys of al Marwani reached Port Celadon from Kesh."
    named, listed = names.find_with(gazetteer, text)
    assert [text[s:e] for s, e, _ in named] == ["al Marwani", "Port Celadon", "Kesh"]
    assert [name for _, _, name in listed] == ["Port Celadon", "Kesh"]


def test_a_capital_after_a_hyphen_is_a_name_but_no_gazetteer_word() -> None:
    """Near miss: "pro-Sereth" starts a form of `Names` (after a non-word character) but no
    gazetteer word (after a hyphen), and a capital no form opens with ("Xandor") adds none."""
    names, gazetteer = Names(FORMS), Gazetteer(FORMS)
    named, listed = names.find_with(gazetteer, "A pro-Sereth rally in Xandor Kesh.")
    assert [name for _, _, name in named] == ["Sereth", "Kesh"]
    assert [name for _, _, name in listed] == ["Kesh"]


def test_walk_finds_the_longest_name_from_its_first_word() -> None:
    gazetteer = Gazetteer(["Port", "Port Celadon", "Sereth"])
    text = "Sereth Port Celadon"
    assert gazetteer.walk(text, 0, 6) == (6, "Sereth")  # a leaf: "Port" goes on with no name
    assert gazetteer.walk(text, 7, 11) == (19, "Port Celadon")
    assert gazetteer.walk(text, 12, 19) == (0, "")


def test_first_words_looked_for_behind_a_capital() -> None:
    """A lower-case or digit first word whose every form goes on with a space or a hyphen and
    a capital is found behind that capital; one whose form goes on in lower case ("von der
    Harrow") stays in the scan."""
    names = Names(FORMS)
    assert names._behind == {"al", "de", "5", "mainland", "van"}
    assert names._behind_sizes == (1, 2, 3, 8)
    named, _ = names.find_with(Gazetteer(FORMS), "al Marwani met von der Harrow and van Rell.")
    assert [form for _, _, form in named] == ["al Marwani", "von der Harrow", "van Rell"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Troops of 5 Orchid Front and al Marwani's men", ["5 Orchid Front", "al Marwani"]),
        ("Sal Marwani and x5 Orchid Front spoke", []),  # near miss: no word starts there
        ("A pro-al Marwani rally; (de Sallis) came", ["al Marwani", "de Sallis"]),
        ("al  Marwani, al Marwanis and al marwani", []),  # near miss: not as spelt
        ("The mainland Velmar ports and mainlandVelmar", ["mainland Velmar"]),
    ],
)
def test_first_words_behind_a_capital_as_the_scan_found_them(text: str, found: list[str]) -> None:
    names = Names(FORMS)
    named, _ = names.find_with(Gazetteer(FORMS), text)
    assert [form for _, _, form in named] == found == [form for _, _, form in names.find(text)]


def test_walk_back_before_a_unit_passes_every_word_the_regex_takes() -> None:
    """`_no_surnames` searches `_GIVEN_BEFORE` only when `_capitalised_before` holds: it holds
    wherever the regex matches (every space of the sentences and their variants)."""
    for text in [*TEXTS, "Ab Cd", "x Ab Cd", "Éva Kesh", "O'Neil Kesh", "Dr. Ab Kesh"]:
        for start in range(3, len(text)):
            if text[start - 1] == " ":
                if _GIVEN_BEFORE.search(text, max(start - 20, 0), start) is not None:
                    assert _capitalised_before(text, start), (text, start)
    assert not _capitalised_before("in Kesh", 3)
    assert not _capitalised_before("X Kesh", 2)  # one capital alone is no given name
    assert _capitalised_before("Yara Kesh", 5)


def test_a_place_after_a_given_name_is_still_no_party(index: ActorIndex) -> None:
    spoken = [m.actor.text for m in index.find("Fans said Bertil Montenegro sang in Lisbon.")]
    assert "Montenegro" not in spoken and "Lisbon" in spoken
    near = [m.actor.text for m in index.find("The singers flew to Montenegro on Friday.")]
    assert "Montenegro" in near  # near miss: a lower-case word before it
