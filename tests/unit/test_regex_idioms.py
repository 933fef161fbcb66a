"""The regexes rewritten for speed find exactly what their plain forms find.

A regex that opens with a look-behind ("no letter before") is tried at every character; one
that opens with the word's first letter and looks behind it afterwards lets the engine skip
to that letter. The plain forms are kept here as the specification.
"""

from __future__ import annotations

import re

import pytest

from tensionwatch.domain import gazetteer, lexicon, modality, names, references, relevance

PLAIN = {
    "pronoun": (
        references._PRONOUN,
        r"(?<![\w'’-])(?:[Hh]e|[Ss]he|[Hh]im|[Tt]hey|[Tt]hem|[Ii]t|[Ww]e|I|the latter|The latter)"
        r"(?=['’](?:ll|d|s|re|ve|m)\b|[^\w'’-]|$)"
        r"|(?<![\w'’-])her(?= (?:of|to|for|with|in|on|at|from|after|over|as|and)\b|[,.;]|$)",
    ),
    "hemisphere": (
        references._HEMISPHERE,
        r"(?<![\w-])(?:the|The) (North|South)(?![\w-])(?!\s+[A-Z])",
    ),
    "known name": (references._NAME, r"(?<![\w'’-])[A-Z][a-z][\w'’-]{2,}"),
    "token": (
        lexicon._TOKEN,
        r"\d{1,3}(?:,\d{3})+(?!\w|,\d)|[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*|[,;:()\"“”]",
    ),
    "name run": (
        names._RUN,
        r"(?<![\w'’-])[A-Z][\w'’.&-]*"
        r"(?:[ \t]+(?:(?:of|the|for|and|de|da|do|dos|das|du|del|la|le|les|al|el|es|au|bin|ibn|"
        r"van|von|ul)[ \t]+){0,2}[A-Z][\w'’.&-]*)*",
    ),
    "capitalised": (gazetteer._CAPITALISED, r"(?<![\w'’.&-])[A-Z][\w'’.&-]*"),
    "score": (modality._SCORE, r"(?<![\w.,-])\d{1,2}-\d{1,2}(?![\w-])"),
    "result": (relevance._RESULT, r"(?<![\w.,-])\d{1,3}-\d{1,3}(?![\w-])"),
    "description": (references._DESCRIPTION, r"(?<![\w-])[Tt]he ([a-z]{4,})(?![\w-])"),
    "pair": (
        references._PAIR,
        r"(?<![\w-])[Aa]ll (?:the )?(?:warring )?(?:sides|parties)(?![\w-])|"
        r"(?<![\w-])(?:[Tt]he two|[Bb]oth)(?: (?:foreign|defen[cs]e|top|sides'))? (?:leaders|sides|"
        r"countries|nations|governments|ministers|presidents|premiers|delegations|neighbou?rs|"
        r"states|counterparts|envoys|capitals|men|rivals|parties|armies|militaries|navies)(?![\w-])|"
        r"(?<![\w-])[Tt]he two(?= (?:also |then |later |have |had |will |would )?(?:[a-z]+ed|"
        r"held|met|spoke) )|"
        r"(?<![\w-])[Ee]ach (?:side|country|government|army)(?= [a-z]+ed the other)",
    ),
}

SENTENCES = [
    "He said they would meet her in Vienna, and she agreed; it was the latter who left.",
    "The latter rejected it. Them? We'll see, they're sure, I'm told, it's done.",
    "Its leaders, their aides and the-latter-day saints met. Theyre wrong; hes late.",
    "X-He and O'Them are no pronouns, nor is she-wolf, nor him-self, nor _it.",
    "Police arrested her on Monday and accused her of fraud; her party denied it.",
    "They thanked her, then her. I, too, thank him.",
    "The North fired missiles as the South China Sea talks stalled and the North-east wept.",
    "Seoul said the South would respond; the Southern provinces and The North Korean envoy.",
    "Foreign Minister Ararat Mirzoyan met Wong Chin-chu of the Bank of England in St. Louis.",
    "McDonald's, AT&T and O'Neill's firm met Jean-Luc de la Croix and Abu Bakr al Baghdadi.",
    "Le Monde reported that the U.S. and U.K. envoys met in New York's Central Park.",
    "Éric Zemmour and Ángela Merkel met São Tomé officials; ’Abbas and 'Hamas' replied.",
    "2Pac, iPhone, eBay, x-Ray and A. B. Smith; 'Tis Mr. Sмith (a Cyrillic м) indeed.",
    "HE SAID IT; SHE SAID THEM; WE SAID I.",
    "Arsenal won 3-1, then 121-98 and 2-0-1; scores of 1,3-4, a-2-1, x2-1, 123-4567 and 10-12.",
    "The 1994-95 season, the 7-day truce, 4-3-3, -2-1, .5-6, 12-3x and ٣-١ (Arabic digits).",
    "All the warring parties met; both foreign ministers and The two leaders agreed, and the two"
    " also signed. Each side blamed the other; all sides-wise, Ball parties, each country accused"
    " the other, both sides' rivals, the two will meet, lathe two men and the-two leaders.",
    "Rio de la Plata, Bosnia and and Herzegovina, Dar es Salaam, Port au  Prince of the of Ur,"
    " Les Echos of the\tTimes of India, Jean du  Pont, X van  y and Z; Tel Aviv de",
    "Troops (5,000 of them) took well-known posts; don't-stop 1,23,456 x- a--b -c 12,345,6 ’o’",
    "",
    "I",
    "it",
    "He",
]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_regex_finds_what_the_plain_one_finds(name: str) -> None:
    fast, plain_pattern = PLAIN[name]
    plain = re.compile(plain_pattern)
    found_any = False
    for sentence in SENTENCES:
        for start in range(len(sentence) + 1):  # also from every offset, as `search(pos)` does
            a, b = plain.search(sentence, start), fast.search(sentence, start)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), sentence
        spans = [(m.span(), m.groups()) for m in plain.finditer(sentence)]
        assert spans == [(m.span(), m.groups()) for m in fast.finditer(sentence)], sentence
        found_any = found_any or bool(spans)
    assert found_any  # the sentences exercise the regex


def test_pronouns_found_where_expected() -> None:
    text = "Police arrested her on Monday and accused her of fraud; her party said it's false."
    found = [m.group() for m in references._PRONOUN.finditer(text)]
    assert found == ["her", "her", "it"]


def _plain_starts(forms: list[str]) -> re.Pattern[str]:
    """`Names`' start regex in its plain form: one branch a first character."""
    words = {re.match(r"\w+", form).group() for form in forms}  # type: ignore[union-attr]
    capitals = sorted({word[0] for word in words if word[0].isupper()})
    others = sorted(word for word in words if not word[0].isupper())
    starts = []
    if capitals:
        starts.append("[" + "".join(re.escape(c) for c in capitals) + r"](?<!\w.)\w*")
    starts += [
        re.escape(w[0]) + rf"(?<!\w{re.escape(w[0])})" + re.escape(w[1:]) + r"(?!\w)"
        for w in others
    ]
    return re.compile("|".join(starts) or "(?!)")


@pytest.mark.parametrize(
    "forms",
    [
        ["New York", "Bank of England", "al Qaeda", "bin Laden", "van Gogh", "von Trapp", "3R"],
        ["de Gaulle", "el Sisi", "400 Group", "mainland China", "uMkhonto weSizwe", "Éric Zemmour"],
        ["New York"],
        ["al Qaeda"],
        [],
    ],
)
def test_names_start_regex_finds_what_the_plain_one_finds(forms: list[str]) -> None:
    fast, plain = gazetteer.Names(forms)._starts, _plain_starts(forms)
    text = " ".join(SENTENCES) + " al-Qaeda, Sal Qaeda, Al Qaeda, de, el; 3R 400 x400 uMkhonto van"
    for start in range(len(text) + 1):
        a, b = plain.search(text, start), fast.search(text, start)
        assert (a and a.span()) == (b and b.span())
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_match_words_gate_every_match_phrase() -> None:
    """`relevance._sporting` runs the match-phrase regex only on a sentence holding one of
    `_MATCH_WORDS`: every phrase the regex finds holds one."""
    for phrase in (
        "in the 89th minute",
        "a 78th-minute winner",
        "was sent off",
        "a red card",
        "a yellow card",
        "a free kick",
        "a free-kick",
        "the penalty spot",
        "a penalty shootout",
        "in stoppage time",
    ):
        found = relevance._MATCH_PHRASE.search(phrase)
        assert found is not None
        assert any(word in found.group() for word in relevance._MATCH_WORDS), phrase
    assert relevance._sporting(
        set(), "He was sent off in the 89th minute.", False, relevance._cue_words()
    )
