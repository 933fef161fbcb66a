"""Round 56 (speed56): the same output with fewer instructions.

Each test holds a fast path to the slow one it replaces: the lexicon's walk sorted by the
word after the trigger (`lexicon._Steps`) and its gap's word test to the walk of every
pattern, the tokenizer's word-and-mark pieces to `_TOKEN.findall`, `relevance._words`' bytes
table to the regex, the time words looked for in the lowered text to the precheck's
literals, and a period named only with a period's noun."""

from __future__ import annotations

import itertools
import random
from datetime import date

from tensionwatch.domain import lexicon, relevance, temporal
from tensionwatch.domain.lexicon import Lexicon, Match, Tokens, parse, tokenize
from tensionwatch.domain.temporal import Timing, resolve_timing

PUBLISHED = date(2025, 3, 14)  # a Friday

# Written for these tests: single words, words in a row, short and long gaps, a brace of
# alternatives second, and patterns sharing their first word.
PATTERNS = """\
190\t0.6\tshell~
195\t0.7\tshell~ {town|village}
195\t0.8\tshell~ the {town|village}
190\t0.7\tshell~ * {depot|bridge}
190\t0.5\tshell~ ** convoy
070\t0.6\thand~ over * {captives|detainees}
070\t0.4\thand~ over
070\t0.6\thand~ back {land|territory}
160\t0.6\t{withdrew|withdraw|withdrawn} {envoy|ambassador}
160\t0.6\t{withdrew|withdraw|withdrawn} * from {talks|treaty}
160\t0.3\t{withdrew|withdraw|withdrawn}
"""

SENTENCES = [
    "Artillery shelled the village and then shelled a fuel depot near the river.",
    "Rebels shell town after town, shelling the old bridge ( BR ) at dawn.",
    "The army withdrew its envoy and withdrew from the treaty; it later withdrew.",
    "Militants handed over six captives and handed back territory to the council.",
    "Gunners shelled the hills for hours before they shelled a convoy of lorries.",
    "They hand over the detainees; shelling",
    "Troops withdrew",
    'Police said they had "withdrawn from the talks" and shelled nothing.',
]


def _walked(lex: Lexicon, tokens: Tokens) -> list[tuple[str, int, int]]:
    """Round 55's walk: every pattern the trigger starts, its second word tested in turn."""
    found: list[tuple[str, int, int]] = []
    words, present = tokens.words, tokens.vocabulary
    anchored = lex._anchor_words.intersection(present)
    live = lex._live(anchored)
    for first, word in enumerate(words):
        entries = lex._index.get(word)
        if entries is None:
            continue
        held = frozenset(anchor for anchor in entries.held if anchor in live)
        for pattern, anchor, single, second in entries.every:
            if anchor is not None and anchor not in held:
                continue
            if single:
                found.append((pattern.code, first, first))
                continue
            if second is not None and (first + 1 == len(words) or words[first + 1] not in second):
                continue
            last = _rest(pattern.elements, 1, first + 1, words)
            if last is not None:
                found.append((pattern.code, first, last))
    return found


def _rest(elements: tuple[lexicon.Element, ...], k: int, at: int, words: list[str]) -> int | None:
    """`_match_rest` with round 55's gap: `_rest` tried at every word of it."""
    while k < len(elements):
        element = elements[k]
        if element is None or element is lexicon.LONG:
            reach = lexicon.GAP_TOKENS if element is None else lexicon.LONG_GAP_TOKENS
            for _skip in range(reach + 1):
                if at > len(words):
                    return None
                last = _rest(elements, k + 1, at, words)
                if last is not None:
                    return last
                if at < len(words) and words[at] in lexicon.GAP_STOPS:
                    if not lexicon._bracket_tag(words, at):
                        return None
                    at += lexicon.BRACKET_TAG_TOKENS - 1
                at += 1
            return None
        if at >= len(words) or words[at] not in element:
            return None
        k, at = k + 1, at + 1
    return at - 1


def _coded(found: list[Match]) -> list[tuple[str, int, int]]:
    return [(match.pattern.code, match.first, match.last) for match in found]


def test_walk_by_next_word_finds_what_every_pattern_walked_finds() -> None:
    lex = Lexicon(parse(PATTERNS, "test"))
    for text in SENTENCES:
        tokens = tokenize(text)
        if '"' in text:
            continue  # the quoted walk is round 49's (`_find_quoted`), tested apart below
        assert _coded(lex.find(tokens)) == _walked(lex, tokens), text


def test_walk_by_next_word_on_the_lexicon() -> None:
    lex = lexicon.default_lexicon()
    for text in SENTENCES[:-1]:
        tokens = tokenize(text)
        assert _coded(lex.find(tokens)) == _walked(lex, tokens), text


def test_steps_keep_the_walk_order_for_each_next_word() -> None:
    lex = Lexicon(parse(PATTERNS, "test"))
    by_next, open_ended, walk = lex._index["shelled"].unanchored
    assert [entry[0].code for entry in open_ended] == ["190"]  # the single word
    assert [entry[0].weight for entry in by_next["the"]] == [0.6, 0.8]
    assert [entry[0].weight for entry in by_next["village"]] == [0.6, 0.7]
    assert "over" not in by_next and len(walk) == 3


def test_quoted_sentence_walks_every_pattern() -> None:
    lex = Lexicon(parse(PATTERNS, "test"))
    found = _coded(lex.find(tokenize('Rebels "withdrew" "from talks" and withdrew.')))
    assert found == [("160", 2, 6), ("160", 2, 2), ("160", 9, 9)]
    # a pattern naming its second word, a quote mark before it: walked in a quoted sentence
    found = _coded(lex.find(tokenize('They withdrew "envoy" status.')))
    assert found == [("160", 1, 3), ("160", 1, 1)]


def test_walk_memo_keyed_by_live_anchors() -> None:
    lex = Lexicon(parse(PATTERNS, "test"))
    one = _coded(lex.find(tokenize("Gunners shelled the old depot.")))
    other = _coded(lex.find(tokenize("Gunners shelled the old bridge and a convoy.")))
    assert one == [("190", 1, 1), ("190", 1, 4)]
    assert other == [("190", 1, 1), ("190", 1, 4), ("190", 1, 7)]
    assert len(lex._walks) == 2


def test_split_tokens_is_the_token_regex() -> None:
    marks = "aZ5,;:().'-!?\""
    for size in range(1, 5):
        for piece in map("".join, itertools.product(marks, repeat=size)):
            assert lexicon._split_tokens(piece) == lexicon._TOKEN.findall(piece), piece
    rng = random.Random(56)  # noqa: S311 (test data, no secret)
    for _ in range(3000):
        text = "".join(rng.choice('ab12,;:()".-  ') for _ in range(rng.randint(1, 40)))
        assert lexicon._split_tokens(text) == lexicon._TOKEN.findall(text), text


def test_token_words_are_the_lowered_tokens() -> None:
    for text in (
        "Ukraine's Navy said: Russia (again) shelled Odesa, hitting 5,000 homes.",
        "Erdoğan’s party said İstanbul voted.",
        'He said "NO" to the UN-backed plan.',
    ):
        tokens = Tokens(text)
        source = text.replace("’", "'")
        expected = lexicon._TOKEN.findall(source)
        assert tokens.words == [token.lower() for token in expected]
        assert [source[start:end] for start, end in tokens.spans] == expected


def test_relevance_words_are_the_token_regex() -> None:
    rng = random.Random(5)  # noqa: S311 (test data, no secret)
    for _ in range(3000):
        text = "".join(rng.choice("aZq'-1 ,.;\t!") for _ in range(rng.randint(0, 30)))
        assert relevance._words(text) == relevance._TOKEN.findall(text), text
    assert relevance._words("-'Hello world's end -x") == ["Hello", "world's", "end", "x"]


def test_time_words_in_other_cases_date_as_before() -> None:
    # lowered, these hold a precheck word; as written, none: the precheck finds none
    for text in ("THE WEEKLY PAPER CLOSED", "The DAYTIME raid failed", "a MONTHLY fee"):
        assert not any(literal in text for literal in temporal._grammar().literals)
        assert resolve_timing(text, PUBLISHED) == Timing(PUBLISHED)
    assert resolve_timing("The Navy sank a ship last Week", PUBLISHED).event_date == date(
        2025, 3, 7
    )
    assert resolve_timing("Talks resumed on 3 Feb", PUBLISHED).event_date == date(2025, 2, 3)


def test_period_named_needs_a_period_noun() -> None:
    words = "rebels who fought in the 2019 war seized the town".split()
    assert relevance._period_named(words, 2, 2, frozenset(words))
    assert relevance._period_named(words, 2, 2)
    calm = "rebels who fought in the 2019 season seized the town".split()
    assert not relevance._period_named(calm, 2, 2, frozenset(calm))
