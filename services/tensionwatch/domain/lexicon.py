"""Trigger lexicon: words and phrases that name political acts, with their CAMEO codes.

The patterns live in `data/triggers.tsv` (format and attribution in its header). They are
expanded once into token-level alternatives and indexed by every form their first token can
take, so matching a sentence is one dict lookup per token.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Final, NamedTuple

from tensionwatch.domain.cameo import CLAIM
from tensionwatch.domain.clause_words import BE, QUOTES
from tensionwatch.domain.gazetteer import ASCII_CAPITALS

GAP: Final = "*"
GAP_TOKENS: Final = 4
LONG_GAP: Final = "**"
LONG_GAP_TOKENS: Final = 12
# A long gap is kept in a pattern as this (empty-matching) element; a short gap as None.
LONG: Final = frozenset({LONG_GAP})
DISCARD: Final[str] = "---"

# A number with thousands separators ("5,000 troops") is one token: its commas are no clause
# breaks and do not eat the gap between a verb and its object ("sent an additional 5,000 troops").
# The word's runs are possessive (nothing after them could take a character back): the same
# tokens as plain `+` and `*` (test_regex_idioms), a quarter fewer instructions a sentence.
_TOKEN: Final = re.compile(
    r"\d{1,3}(?:,\d{3})+(?!\w|,\d)|[A-Za-z0-9]++(?:['’\-][A-Za-z0-9]++)*+|[,;:()\"“”]"
)
# A contraction is two tokens, as the Penn Treebank splits it ("didn't" is "did" + "n't", "won't"
# "wo" + "n't", "we'll" "we" + "'ll", "they'd" "they" + "'d"), and each clitic's word is the
# word it stands for ("n't" reads "not", "'ll" and "wo" "will", "ca" "can"): every rule written
# for "did not", "will not" or "we will" reads "didn't", "won't" and "we'll" alike, where one
# whole token matched none of them (a negation, a modal or a pronoun left unseen). The tokens'
# spans stay those of the text's characters ("wo", "n't"); a clitic's word may be longer than
# its span. Only these forms are split (an auxiliary's "n't", a pronoun's "'ll", "'d", "'re",
# "'ve"), so no name ("Sa'd", "O'Neill"), possessive or "it's" changes. "'d" is "had" before a
# past participle ("they'd agreed", "we'd been") or "better", "would" before anything else ("we'd
# welcome talks", "I'd never accept"): a participle ends in "-ed" or is one of `_PARTICIPLES`.
_NOT_BASES: Final = (
    "do does did is are was were has have had wo would ca could sha should must might need ai"
).split()
_CLITIC_BASES: Final = "i you he she it we they who that there what".split()
# the clitics a pronoun of `_CLITIC_BASES` takes
_PRONOUN_CLITICS: Final = ("'ll", "'d", "'re", "'ve")
# Each contraction's lower-cased form: the length of its first token
_CONTRACTIONS: Final[dict[str, int]] = {
    **{base + "n't": len(base) for base in _NOT_BASES},
    **{base + clitic: len(base) for base in _CLITIC_BASES for clitic in _PRONOUN_CLITICS},
}
# The word each split-off piece reads as (a piece not listed reads as itself)
_CLITIC_WORDS: Final[dict[str, str]] = {
    "n't": "not",
    "'ll": "will",
    "'re": "are",
    "'ve": "have",
    "wo": "will",
    "ca": "can",
    "sha": "shall",
}
# What every contraction of `_CONTRACTIONS` holds, as written or in capitals
_CLITIC_MARKS: Final = tuple(
    form for clitic in ("n't", *_PRONOUN_CLITICS) for form in (clitic, clitic.upper())
)
_PARTICIPLES: Final = frozenset(
    "been had done gone seen taken given made told said sent left got gotten won lost met held "
    "fought brought thought known shown begun become come run kept put set led paid struck shot "
    "spent built heard found felt chosen written spoken broken stolen fled better".split()
)
# `_TOKEN`'s one-character tokens in ASCII text (`_split_tokens`)
_MARKS: Final[frozenset[str]] = frozenset(',;:()"')
_BRACES: Final = re.compile(r"\{([^}]*)\}")

Element = frozenset[str] | None  # a set of token forms, or None for a gap


# Latin letters that NFD does not split into an ASCII letter and marks ("ı", "ł", "ø", "đ").
_UNSPLIT: Final = dict(zip("ıŁłØøĐđĦħŀĿ", "iLlOoDdHhlL", strict=True))


def _folds() -> dict[int, str]:
    """`str.translate`'s table for `fold`: the Latin letters with marks (Latin-1 Supplement,
    Latin Extended-A and -B, Latin Extended Additional), each to its ASCII base letter."""
    table = {ord(char): plain for char, plain in _UNSPLIT.items()}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))
        marks = base[1:]
        if base[0].isascii() and base[0].isalpha() and marks:
            if all(unicodedata.combining(mark) for mark in marks):
                table[code] = base[0]
    return table


_FOLDS: Final = _folds()


def fold(text: str) -> str:
    """`text` with each Latin letter with diacritics as its plain ASCII letter ("Erdoğan" ->
    "Erdogan", "chargé" -> "charge", "Łódź" -> "Lodz"), one character for one, so every offset
    into the folded text points at the same character of `text`. ASCII text is returned as it
    is (the fast path); other characters (quotes, dashes, other scripts) are kept."""
    return text if text.isascii() else text.translate(_FOLDS)


def _split_tokens(source: str) -> list[str]:
    """`_TOKEN.findall(source)` for ASCII text, without trying the regex at every character:
    no token holds a space and every token ends before one (a number's look-ahead sees a
    space as it sees the piece's end), so the tokens are those of each piece between spaces
    in turn; and a piece of letters and digits only (most words) is itself one token. The
    regex reads the rest ("said.", "Gaza,", "Japan's", "5,000"). A sentence's `findall`
    cost about 35,000 instructions (a match tried at each character, each branch in turn),
    this about 12,000 (callgrind, the compiled coder on the bench's articles, round 55)."""
    tokens: list[str] = []
    for piece in source.split():
        if piece.isalnum():  # ASCII: [A-Za-z0-9]+
            tokens.append(piece)
        elif len(piece) > 1 and piece[:-1].isalnum():
            # a word and one character after it ("said.", "Gaza,": nine in ten of the other
            # pieces): the word, then the character if it is a token (`_TOKEN`'s marks; a
            # stop, an apostrophe or a hyphen after a word is none)
            tokens.append(piece[:-1])
            if piece[-1] in _MARKS:
                tokens.append(piece[-1])
        else:
            tokens.extend(_TOKEN.findall(piece))
    return tokens


def _may_contract(source: str) -> bool:
    """Whether `source` (its "’" written "'") may hold a contraction: one of `_CLITIC_MARKS`
    (substring tests, no scan of its tokens: three sentences in ten hold an apostrophe, nearly
    all of them a possessive's, and about one in three hundred a contraction)."""
    if "'" not in source:
        return False
    for mark in _CLITIC_MARKS:
        if mark in source:
            return True
    return False


def _split_contractions(tokens: list[str]) -> list[int]:
    """Splits each contraction of `_CONTRACTIONS` in `tokens` into its two tokens in place
    ("Didn't" -> "Did", "n't"), the text's own characters, so each token's offset is found
    as before; the indices of the tokens split off (both pieces), in order."""
    split: list[int] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        cut = _CONTRACTIONS.get(token.lower()) if "'" in token else None
        if cut is not None:
            tokens[at : at + 1] = [token[:cut], token[cut:]]
            split.append(at)
            split.append(at + 1)
            at += 1
        at += 1
    return split


class Tokens:
    """The words (lowercased) and clause punctuation of a text, with their offsets."""

    __slots__ = ("_capitalised", "_starts", "_vocabulary", "spans", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        # One scan for words and offsets: "’" -> "'" keeps every offset, and nearly every
        # sentence names an act, whose offsets are then needed. `findall` makes no match
        # object; each token's offset is then found from the end of the one before: the
        # characters between two tokens start no token, so the first occurrence there is it.
        source = text.replace("’", "'") if "’" in text else text
        tokens: list[str] = _split_tokens(source) if source.isascii() else _TOKEN.findall(source)
        # most sentences hold no apostrophe; of those that do, few a contraction
        clitics = _split_contractions(tokens) if _may_contract(source) else None
        spans: list[tuple[int, int]] = []
        end = 0
        for token in tokens:
            start = source.find(token, end)
            end = start + len(token)
            spans.append((start, end))
        self.spans: list[tuple[int, int]] = spans
        words = [token.lower() for token in tokens]
        if clitics:
            for at in clitics:
                word = words[at]
                if word == "'d":
                    after = words[at + 1] if at + 1 < len(words) else ""
                    words[at] = "had" if after in _PARTICIPLES or after.endswith("ed") else "would"
                else:
                    words[at] = _CLITIC_WORDS.get(word, word)
        self.words: list[str] = words
        self._starts: list[int] | None = None
        self._capitalised: frozenset[int] | None = None
        self._vocabulary: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.words)

    @property
    def capitalised(self) -> frozenset[int]:
        """The tokens after the first that start with a capital (names, demonyms)."""
        if self._capitalised is None:
            text, starts = self.text, self.starts  # a token starts inside the text
            # a token opens with an ASCII letter or digit or one of `_TOKEN`'s marks, so it
            # opens with a capital exactly when its first character is an ASCII capital
            # (`str.isupper` is a method call from compiled code, a set lookup is not)
            self._capitalised = frozenset(
                [i for i in range(1, len(starts)) if text[starts[i]] in ASCII_CAPITALS]
            )
        return self._capitalised

    @property
    def vocabulary(self) -> frozenset[str]:
        """The set of `words` (made once): the rules ask whether a sentence holds any of a
        set's words with `isdisjoint`, which walks a list it is given word by word (a
        lookup and an iterator step each) but looks the smaller of two sets up in the other."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.words)
        return self._vocabulary

    @property
    def starts(self) -> list[int]:
        """The character offset where each token starts (computed once)."""
        if self._starts is None:
            self._starts = [span[0] for span in self.spans]
        return self._starts


@dataclass(frozen=True, slots=True)
class Pattern:
    """A compiled trigger: its elements, CAMEO code (or `---`) and weight."""

    elements: tuple[Element, ...]
    code: str
    weight: float
    specificity: int = field(init=False, repr=False, compare=False)
    rank: tuple[int, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # How many words the pattern names (gaps left out); read for every match ranked.
        specificity = sum(1 for e in self.elements if e is not None and e is not LONG)
        object.__setattr__(self, "specificity", specificity)
        # Overlapping matches: the more specific, then the heavier, is kept (ascending order).
        object.__setattr__(self, "rank", (-specificity, -self.weight))

    @property
    def anchor(self) -> frozenset[str] | None:
        """For patterns with a gap, the last word set: a sentence must hold one of its words."""
        if None not in self.elements and LONG not in self.elements:
            return None
        return self.elements[-1]


class Match:
    """A trigger found in a sentence: its pattern and token range [first, last]. A plain
    class for mypyc, as `acts.Candidate` (read only by attribute: the compiled coder reads a
    native attribute and builds one with a direct call; a NamedTuple cost a generic attribute
    look-up a read and `partial(tuple.__new__, ...)` ~900 instructions a match)."""

    __slots__ = ("first", "last", "pattern")

    def __init__(self, pattern: Pattern, first: int, last: int) -> None:
        self.pattern = pattern
        self.first = first
        self.last = last


def tokenize(text: str) -> Tokens:
    """Words and clause punctuation of `text`, lowercased."""
    return Tokens(text)


def inflections(word: str) -> set[str]:
    """A regular English verb's (or noun's) forms: base, -s, -ed, -ing.

    Words ending consonant-vowel-consonant also get doubled forms ("expelled", "banning"):
    the wrong ones ("visitted") never occur in text, so they cost nothing.
    """
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return {word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    forms = _regular(word)
    if _doubles(word):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def _doubles(word: str) -> bool:
    vowels = "aeiou"
    return (
        len(word) >= 3
        and word[-1] not in vowels + "wxy"
        and word[-2] in vowels
        and word[-3] not in vowels
    )


def _regular(word: str) -> set[str]:
    third = word + "es" if word.endswith(("s", "sh", "ch", "x", "z", "o")) else word + "s"
    past = word + "d" if word.endswith("e") else word + "ed"
    if word.endswith("ie"):
        ing = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        ing = word[:-1] + "ing"
    else:
        ing = word + "ing"
    return {word, third, past, ing}


def _forms(alternative: str) -> set[str]:
    return inflections(alternative[:-1]) if alternative.endswith("~") else {alternative}


def _expand_phrases(pattern: str) -> Iterator[str]:
    """Braces whose alternatives hold `_`-joined phrases become separate patterns."""
    parts = _BRACES.split(pattern)
    choices: list[list[str]] = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            choices.append([part])
            continue
        single = [alt for alt in part.split("|") if "_" not in alt]
        multi = [alt.replace("_", " ") for alt in part.split("|") if "_" in alt]
        choices.append(([f"{{{'|'.join(single)}}}"] if single else []) + multi)
    for combination in itertools.product(*choices):
        yield "".join(combination)


def _element(word: str) -> Element:
    if word == GAP:
        return None
    if word == LONG_GAP:
        return LONG
    if word.startswith("{"):
        return frozenset(itertools.chain.from_iterable(_forms(a) for a in word[1:-1].split("|")))
    if "~" in word[:-1]:
        head, _, tail = word.partition("~")
        return frozenset(form + tail for form in inflections(head))
    return frozenset(_forms(word))


def compile_pattern(
    text: str, code: str, weight: float, shared: dict[Element, Element] | None = None
) -> list[Pattern]:
    """All patterns a lexicon line stands for. `shared` interns equal word sets across
    lines: a verb's forms recur in dozens of patterns (PETRARCH's 387,000 sets are 2,700
    distinct; a copy each held ~20 MB of peak RSS)."""
    if shared is None:
        shared = {}
    return [
        Pattern(tuple(_shared(_element(word), shared) for word in variant.split()), code, weight)
        for variant in _expand_phrases(text)
    ]


def _shared(element: Element, shared: dict[Element, Element]) -> Element:
    if element is None or element is LONG:  # gaps are told apart by identity
        return element
    return shared.setdefault(element, element)


_Entry = tuple[Pattern, frozenset[str] | None, bool, Element]


# A walk (patterns a word starts, in lexicon order) sorted by the word after the trigger: for
# each word some pattern names second, the patterns that may go on with it (those naming it
# second, a gap second or nothing after the trigger), and for any other word (or none, the
# sentence's end) those that need no particular second word; then the whole walk. Most
# patterns a trigger starts name their second word and fail on the sentence's (three in four
# of the entries walked on the bench's articles): they are not walked at all, and each list
# keeps the walk's order.
_Steps = tuple[dict[str, list[_Entry]], list[_Entry], list[_Entry]]


def _steps(walk: list[_Entry]) -> _Steps:
    """`walk` by the next word (`_Steps`)."""
    open_ended = [entry for entry in walk if entry[3] is None]  # single words, gaps second
    seconds: dict[str, None] = {}
    for _, _, _, second in walk:
        if second is not None:
            for word in second:
                seconds[word] = None
    by_next = {
        word: [entry for entry in walk if entry[3] is None or word in entry[3]] for word in seconds
    }
    return by_next, open_ended, walk


class _Entries(NamedTuple):
    """The patterns a word starts, in lexicon order, and those that need no anchor word.

    A gapped pattern needs a word of its anchor in the sentence; `anchors` holds them all, so
    one test skips every gapped pattern of the word (the PETRARCH verbs have dozens each);
    `held` are its distinct anchors (the word sets), in lexicon order. `unanchored` is kept as
    `_Steps`.
    """

    every: list[_Entry]
    unanchored: _Steps
    anchors: frozenset[str]
    held: tuple[frozenset[str], ...]


def _entries(every: list[_Entry], shared: dict[frozenset[str], frozenset[str]]) -> _Entries:
    """`shared` interns the anchor sets: a verb's forms have the same one (7,200 sets, 450
    distinct, would otherwise hold 20 MB)."""
    anchors = frozenset(word for _, anchor, _, _ in every for word in anchor or ())
    anchors = shared.setdefault(anchors, anchors)
    held = tuple({anchor: None for _, anchor, _, _ in every if anchor is not None})
    unanchored = _steps([entry for entry in every if entry[1] is None])
    return _Entries(every, unanchored, anchors, held)


class Lexicon:
    """An indexed set of trigger patterns."""

    def __init__(self, patterns: list[Pattern], passives: bool = False) -> None:
        # first form -> (pattern, its anchor, whether it is a single word, its second element)
        index: dict[str, list[_Entry]] = {}
        for pattern in patterns:
            first, *rest = pattern.elements
            second = rest[0] if rest and rest[0] is not LONG else None
            entry = (pattern, pattern.anchor, not rest, second)
            for form in first or ():
                index.setdefault(form, []).append(entry)
        shared: dict[frozenset[str], frozenset[str]] = {}
        self._index = {form: _entries(every, shared) for form, every in index.items()}
        self._keys = frozenset(self._index)
        self._size = len(patterns)
        # anchor word -> the anchors (the word sets themselves, interned) that hold it
        holding: dict[str, dict[frozenset[str], None]] = {}
        for every in index.values():
            for _, anchor, _, _ in every:
                if anchor is not None:
                    for word in anchor:
                        holding.setdefault(word, {})[anchor] = None
        self._anchors_of = {word: tuple(anchors) for word, anchors in holding.items()}
        self._anchor_words = frozenset(self._anchors_of)
        # (a word, its anchors with a word in the sentence) -> the word's patterns that need
        # no anchor word or one of those, in lexicon order (a memo, emptied when full)
        self._walks: dict[tuple[str, int], _Steps] = {}
        self._passives = _passives(patterns) if passives else {}
        self._participles = frozenset(self._passives)

    def __len__(self) -> int:
        return self._size

    def openers(self, code: str, word: str) -> frozenset[str]:
        """The words that open this lexicon's patterns of `code` naming `word` after their
        first element: a pattern's word list read again where the coder needs it."""
        return frozenset(
            form
            for form, entries in self._index.items()
            if any(
                pattern.code == code
                and any(element is not None and word in element for element in pattern.elements[1:])
                for pattern, _, _, _ in entries.every
            )
        )

    def find(self, tokens: Tokens) -> list[Match]:
        """Every pattern occurrence in `tokens` (overlapping ones included)."""
        found: list[Match] = []
        words = tokens.words
        present = tokens.vocabulary  # made once a sentence, shared by the two lexicons
        triggers = self._keys.intersection(present)
        if not triggers:
            return found
        # The anchors with a word in the sentence, found once: a few words, each in a few
        # anchors (at most 14). A gapped pattern's test is then one set lookup, not a call
        # to `isdisjoint` (most of the method calls this function made).
        anchored = self._anchor_words.intersection(present)
        live = self._live(anchored)
        if self._participles and "by" in present and not PASSIVE_BE.isdisjoint(present):
            participles = self._participles.intersection(present)
            passive = _passive_matches(words, participles, self._passives) if participles else None
            if passive:
                return _with_passives(self._find_active(tokens, triggers, anchored, live), passive)
        return self._find_active(tokens, triggers, anchored, live)

    def _find_active(
        self,
        tokens: Tokens,
        triggers: frozenset[str],
        anchored: frozenset[str],
        live: set[frozenset[str]],
    ) -> list[Match]:
        """`find`'s walk of the patterns in their own order."""
        found: list[Match] = []
        words, present = tokens.words, tokens.vocabulary
        if not QUOTE_MARKS.isdisjoint(present):
            return self._find_quoted(words, triggers, anchored, live)
        index, last_word = self._index, len(words) - 1
        for first, word in enumerate(words):
            if word not in triggers:
                continue
            entries = index[word]
            steps = entries.unanchored
            if anchored and not entries.anchors.isdisjoint(anchored):
                steps = self._walk(word, entries, live)
            # each pattern walked needs no anchor word or has one in the sentence, and names
            # the next word second, or a gap or nothing after the trigger (`_Steps`)
            by_next, open_ended, _ = steps
            walk = open_ended if first == last_word else by_next.get(words[first + 1], open_ended)
            for pattern, _, single, _ in walk:
                if single:
                    found.append(Match(pattern, first, first))
                    continue
                last = _match_rest(pattern.elements, 1, first + 1, words)
                if last is not None:
                    found.append(Match(pattern, first, last))
        return found

    def _live(self, anchored: frozenset[str]) -> set[frozenset[str]]:
        """The anchors (word sets) that hold one of the sentence's `anchored` words."""
        live: set[frozenset[str]] = set()
        anchors_of = self._anchors_of
        for word in anchored:
            for held in anchors_of[word]:
                live.add(held)
        return live

    def _find_quoted(
        self,
        words: list[str],
        triggers: frozenset[str],
        anchored: frozenset[str],
        live: set[frozenset[str]],
    ) -> list[Match]:
        """`find` in a sentence holding a double quote mark (round 49, miss49w): a quote mark
        opened or closed inside a phrase is no word of it ("would \"take all necessary
        measures\"", "to take \"corresponding actions\"", "had \"colluded\""), as the
        phrase is the same act unquoted. Only such sentences (one in 14 of agency copy) take
        this walk; a pattern that names a quote mark still matches it. It is `_find_active`'s
        walk with its next-word test and `_match_rest` changed, kept apart on purpose: one walk
        with a `quoted` flag gave the same output on every open set and cost the compiled coder
        0.3-0.6% more instructions (callgrind, round 49), the flag being asked on its hot path."""
        found: list[Match] = []
        index, size = self._index, len(words)
        for first, word in enumerate(words):
            if word not in triggers:
                continue
            entries = index[word]
            steps = entries.unanchored
            if anchored and not entries.anchors.isdisjoint(anchored):
                steps = self._walk(word, entries, live)
            walk = steps[2]  # every pattern: a quote mark may stand before the second word
            for pattern, _, single, second in walk:
                if single:
                    found.append(Match(pattern, first, first))
                    continue
                if second is not None and (first + 1 == size or words[first + 1] not in second):
                    if first + 1 == size or words[first + 1] not in QUOTE_MARKS:
                        continue
                last = _quoted_rest(pattern.elements, 1, first + 1, words)
                if last is not None:
                    found.append(Match(pattern, first, last))
        return found

    def _walk(self, word: str, entries: _Entries, live: set[frozenset[str]]) -> _Steps:
        """The patterns `word` starts that need no anchor word or one of the `live` anchors,
        in lexicon order (as `_Steps`): found once for each set of the word's anchors that
        are live (the few a sentence holds), not by testing each of its patterns (a verb has
        up to 229). The set is keyed by a bit for each of the word's anchors (`held`, in its
        order), not a set of them made and hashed a call."""
        mask, bit = 0, 1
        for anchor in entries.held:
            if anchor in live:
                mask |= bit
            bit <<= 1
        key = (word, mask)
        steps = self._walks.get(key)
        if steps is None:
            if len(self._walks) >= _WALKS_LIMIT:
                self._walks.clear()
            held = frozenset([anchor for anchor in entries.held if anchor in live])
            walk = [entry for entry in entries.every if entry[1] is None or entry[1] in held]
            steps = _steps(walk)
            self._walks[key] = steps
        return steps


# Round 49 (passive49): the passive of a verb-object pattern with its agent. The guide turns
# passives round (docs/labelling.md, section 2: "a vehicle was struck by a Turkish drone" has the
# drone's side as source), and a trigger of one verb ("seized", "arrested") already matches its
# participle; a trigger written as verb and object ("close~ * crossing", "hand~ back *
# prisoners", "shut down * newspaper") matched only the active order. Every such pattern (its
# verb, then particles, determiners or a short gap, then the object's word set) is also read as
# "OBJECT was/were/has been VERB-ed [particles] ... by AGENT": the object within
# PASSIVE_SUBJECT_REACH tokens before the auxiliary, the participle right after it (or after one
# -ly adverb), "by" in its clause. The match stands on the participle, so the roles read it as
# any passive (`roles._passive_roles`: the "by" agent is the source, the subject the target).
PASSIVE_BE: Final[frozenset[str]] = BE
PASSIVE_SUBJECT_REACH: Final[int] = (
    4  # tokens from the object's word to the auxiliary ("The crossing was")
)
PASSIVE_AGENT_REACH: Final[int] = (
    8  # tokens from the participle to its "by" ("were delivered to Gaza by")
)
PASSIVE_PARTICLES: Final = frozenset("back down over up off out in".split())
PASSIVE_DETERMINERS: Final = frozenset(
    "a an the its their his her this that these those our my your".split()
)
# Participle endings: a form of the verb's word set that ends so is read as its participle
# ("closed", "sent", "shut", "held", "given"); its base, -s and -ing forms are not.
PARTICIPLE_ENDINGS: Final = ("ed", "en", "wn", "nt", "ut", "ld", "ght", "uck", "one", "ung")
# Words an object word set must not hold (a preposition or a function word is no object).
PASSIVE_NON_OBJECTS: Final = PASSIVE_DETERMINERS | frozenset(
    "to on upon with at for from into by of as and or against about over under "
    "toward towards around near".split()
)
_Passive = tuple[Pattern, frozenset[str], int]  # pattern, object words, particles after verb


def _passive_shape(pattern: Pattern) -> tuple[frozenset[str], int] | None:
    """The object and the particles of a verb-object pattern, or None for any other shape."""
    elements = pattern.elements
    if len(elements) < 2 or elements[0] is None or elements[0] is LONG:
        return None
    target = elements[-1]
    if target is None or target is LONG or not PASSIVE_NON_OBJECTS.isdisjoint(target):
        return None
    particles, gapped = 0, False
    for element in elements[1:-1]:
        if element is None:
            gapped = True
        elif element is LONG:
            return None
        elif element <= PASSIVE_PARTICLES and not gapped:
            particles += 1
        elif not element <= PASSIVE_DETERMINERS:
            return None
    return target, particles


def _passives(patterns: list[Pattern]) -> dict[str, list[_Passive]]:
    """participle -> the verb-object patterns whose verb takes it (`_passive_shape`)."""
    found: dict[str, list[_Passive]] = {}
    for pattern in patterns:
        if pattern.code == CLAIM:
            continue  # "responsibility was claimed by": the attack's claim (relevance's rules)
        shape = _passive_shape(pattern)
        verb = pattern.elements[0]
        if shape is None or verb is None:
            continue
        for form in verb:
            if form.endswith(PARTICIPLE_ENDINGS) and not form.endswith("ing"):
                found.setdefault(form, []).append((pattern, shape[0], shape[1]))
    return found


def _with_passives(found: list[Match], passive: list[tuple[Match, int]]) -> list[Match]:
    """`found` and the passive matches whose object word is no trigger of the same root
    itself ("New sanctions were imposed on X": the noun's own act, read as before)."""
    told = {(match.first, match.pattern.code[:2]) for match in found}
    for match, target in passive:
        if (target, match.pattern.code[:2]) not in told:
            found.append(match)
    return found


def _passive_matches(
    words: list[str], participles: frozenset[str], passives: dict[str, list[_Passive]]
) -> list[tuple[Match, int]]:
    """The verb-object patterns told in the passive in `words` (`_passives`), each with
    its object word's index."""
    found: list[tuple[Match, int]] = []
    size = len(words)
    for at, word in enumerate(words):
        if word not in participles:
            continue
        aux = at - 1
        if aux > 1 and words[aux].endswith("ly"):
            aux -= 1
        if aux < 1 or words[aux] not in PASSIVE_BE or not _by_agent(words, at):
            continue
        subject = words[max(aux - PASSIVE_SUBJECT_REACH, 0) : aux]
        for pattern, target, particles in passives[word]:
            last = at + particles
            if last >= size or any(w not in PASSIVE_PARTICLES for w in words[at + 1 : last + 1]):
                continue
            if particles and words[at + 1 : last + 1] != _particles(pattern, particles):
                continue
            if not _by_agent(words, last):
                continue
            for index in range(len(subject) - 1, -1, -1):
                if subject[index] in target:
                    start = max(aux - PASSIVE_SUBJECT_REACH, 0)
                    found.append((Match(pattern, at, last), start + index))
                    break
                if subject[index] in GAP_STOPS or subject[index] == ",":
                    break
    return found


def _by_agent(words: list[str], last: int) -> bool:
    """Whether a "by" agent follows the participle in its clause ("was closed by Poland",
    "were delivered to Gaza by Egypt"; not "by cutting", a means). An agentless passive of
    these patterns is left alone: on the open sets it told an act already reported, a custody
    transfer or a figure ("all flights were suspended", "the deal was reached during talks";
    4 rows labelled irrelevant against 1 relevant)."""
    end = min(last + 1 + PASSIVE_AGENT_REACH, len(words) - 1)
    for index in range(last + 1, end):
        word = words[index]
        if word == "by":
            return not words[index + 1].endswith("ing")
        if word in GAP_STOPS or word == ",":
            return False
    return False


def _particles(pattern: Pattern, particles: int) -> list[str]:
    """The particle words a pattern names right after its verb (each a one-word set)."""
    out: list[str] = []
    for element in pattern.elements[1 : particles + 1]:
        if element is None or len(element) != 1:
            return []
        out.extend(element)
    return out


# A gap does not reach across these (the header of data/triggers.tsv).
GAP_STOPS: Final = frozenset({";", ":", "(", ")"})
_WALKS_LIMIT: Final = 1024


def _match_rest(elements: tuple[Element, ...], k: int, at: int, words: list[str]) -> int | None:
    """Index of the last word matched by elements[k:] starting at word `at`, if any."""
    while k < len(elements):
        element = elements[k]
        if element is None or element is LONG:
            reach = GAP_TOKENS if element is None else LONG_GAP_TOKENS
            return _match_gap(elements, k + 1, at, words, reach)
        if at >= len(words) or words[at] not in element:
            return None
        k, at = k + 1, at + 1
    return at - 1


def _match_gap(
    elements: tuple[Element, ...], k: int, at: int, words: list[str], reach: int = GAP_TOKENS
) -> int | None:
    # the word set after the gap (None: another gap or the pattern's end): a word not in it
    # ends no match, which is seen here without a call to `_match_rest` (most words of a gap)
    element = elements[k] if k < len(elements) else None
    after = element if element is not LONG else None
    skip = 0
    while skip <= reach:
        if at > len(words):
            return None
        if after is None or (at < len(words) and words[at] in after):
            last = _match_rest(elements, k, at, words)
            if last is not None:
                return last
        if at < len(words) and words[at] in GAP_STOPS:
            if not _bracket_tag(words, at):
                return None
            at += BRACKET_TAG_TOKENS - 1  # the tag counts as the one word it stands for
        at, skip = at + 1, skip + 1
    return None


# round 50 (miss50w): a name's tag in brackets, one word ("of the National Alliance for Change
# (ANC) to three years", "the Syrian Democratic Forces (SDF)", "Hong Kong (AP)"), is part of the
# name it follows, no aside: a gap reaches across it as across the name, and it counts as one of
# the gap's tokens. A longer bracket ("(about $35,000)", "(R-Fla.)") still stops a gap.
BRACKET_TAG_TOKENS: Final = 3  # "(", the tag, ")"


def _bracket_tag(words: list[str], at: int) -> bool:
    """Whether `words[at]` opens a bracket holding one word, closed right after it."""
    return (
        words[at] == "("
        and at + 2 < len(words)
        and words[at + 2] == ")"
        and words[at + 1].isalpha()
    )


# round 49 (miss49w): the double quote marks a tokenized sentence holds as words
# (`Lexicon._find_quoted`)
QUOTE_MARKS: Final[frozenset[str]] = QUOTES


def _quoted_rest(elements: tuple[Element, ...], k: int, at: int, words: list[str]) -> int | None:
    """`_match_rest` in a sentence holding quote marks: a quote mark where a pattern's word
    is due and the word does not name it is stepped over (the patterns that name one, "warned
    that they would \" strike", still match it)."""
    while k < len(elements):
        element = elements[k]
        if element is None or element is LONG:
            reach = GAP_TOKENS if element is None else LONG_GAP_TOKENS
            return _quoted_gap(elements, k + 1, at, words, reach)
        if at < len(words) and words[at] not in element and words[at] in QUOTE_MARKS:
            at += 1
        if at >= len(words) or words[at] not in element:
            return None
        k, at = k + 1, at + 1
    return at - 1


def _quoted_gap(
    elements: tuple[Element, ...], k: int, at: int, words: list[str], reach: int
) -> int | None:
    """`_match_gap` in a sentence holding quote marks."""
    skip = 0
    while skip <= reach:
        if at > len(words):
            return None
        last = _quoted_rest(elements, k, at, words)
        if last is not None:
            return last
        if at < len(words) and words[at] in GAP_STOPS:
            if not _bracket_tag(words, at):
                return None
            at += BRACKET_TAG_TOKENS - 1
        at, skip = at + 1, skip + 1
    return None


# The syntax of a pattern (data/triggers.tsv's header) as one regex, read once a line: a gap,
# a brace of alternatives (phrases joined by `_`) or a bare word, each form shaped as a token
# of `_TOKEN` (lower case: the words are), with `~` for its inflections ("fire~", "pull~_out").
_FORM: Final = (
    r"""(?:\d{1,3}(?:,\d{3})++|[a-z0-9]++(?:['-][a-z0-9]++)*+(?:~[a-z0-9]*+)?+|[,;:()"“”])"""
)
_PHRASE: Final = rf"{_FORM}(?:_{_FORM})*+"
_WORD: Final[str] = rf"(?:\*\*?|\{{{_PHRASE}(?:\|{_PHRASE})*+\}}|{_FORM})"
_PATTERN: Final = re.compile(rf"{_WORD}(?: {_WORD})*+")  # possessive: half the time
# The pieces of a contraction a pattern's form could write, none of them a word
_CLITIC_FORMS: Final = tuple(form for form in _CLITIC_WORDS if not form.startswith("'"))
_CODE: Final = re.compile(rf"{DISCARD}|\d{{2,4}}")
_BRACE_WORD: Final = re.compile(r"\{[^{}\s]+\}|[^{}|\s]+")


def _unread_form(pattern: str) -> str | None:
    """What is wrong with a well-formed pattern that writes a contraction or one of its pieces
    ("won't", "n't", "wo"), which no word reads as (`_CLITIC_WORDS`), or None."""
    if "'" not in pattern and not any(form in pattern for form in _CLITIC_FORMS):
        return None  # substring tests: the pattern's words are split only when one may hold one
    for word in pattern.split(" "):
        forms = word[1:-1].replace("_", "|").split("|") if word.startswith("{") else [word]
        if any(form in _CLITIC_WORDS or form in _CONTRACTIONS for form in forms):
            return f"{word!r} holds a contraction or its piece, which no word reads as"
    return None


def _syntax_error(code: str, weight: str, pattern: str) -> str | None:
    """What is wrong with a lexicon line, or None. Each fault of the pattern used to load
    silently as one that never matches: an empty alternative (`{that|}` is no optional word,
    it is a form no token has: write the line twice, with and without the word), a brace
    left open or glued to a word, a form no token takes (`'ll`, `.`, `x_y` outside braces, a
    capital: a full stop is no token) or no word reads as (`won't`, `n't`, `wo`: a contraction
    is two tokens, each read as the word it stands for, `_CLITIC_WORDS`)."""
    if not _CODE.fullmatch(code):
        return f"code {code!r} is neither {DISCARD} nor a CAMEO code"
    try:
        if not 0.0 <= float(weight) <= 1.0:
            return f"weight {weight} is outside 0-1"
    except ValueError:
        return f"weight {weight!r} is no number"
    if _PATTERN.fullmatch(pattern):
        return _unread_form(pattern)
    for word in pattern.split(" "):
        if not word:
            return "two spaces between words"
        if not _BRACE_WORD.fullmatch(word):
            return f"{word!r}: a brace is left open, nested or glued to a word"
        if word.startswith("{") and "" in word[1:-1].split("|"):
            return f"{word!r} has an empty alternative (an optional word takes two lines)"
        if not _PATTERN.fullmatch(word):
            return f"{word!r} holds a form no token takes"
    return "a form no token takes"  # unreachable: one of the words fails alone


def parse(text: str, source: str = "lexicon") -> list[Pattern]:
    """Patterns of a lexicon file's text (tab-separated code, weight, pattern). A line that
    breaks the syntax of `data/triggers.tsv`'s header raises ValueError naming it."""
    patterns: list[Pattern] = []
    shared: dict[Element, Element] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "code\t")):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) != 3:
            raise ValueError(f"{source} line {number}: {len(fields)} fields, not 3: {line!r}")
        code, weight, pattern = fields
        fault = _syntax_error(code, weight, pattern)
        if fault is not None:
            raise ValueError(f"{source} line {number}: {fault}: {line!r}")
        patterns.extend(compile_pattern(pattern, code, float(weight), shared))
    return patterns


def _load(name: str, passives: bool = False) -> Lexicon:
    files = resources.files("tensionwatch.domain").joinpath("data")
    return Lexicon(parse(fold(files.joinpath(name).read_text("utf-8")), name), passives)


@cache
def default_lexicon() -> Lexicon:
    """The project's trigger lexicon (read once)."""
    return _load("triggers.tsv", passives=True)


@cache
def fallback_lexicon() -> Lexicon:
    """Verb patterns derived from PETRARCH-2, tried when the main lexicon finds nothing."""
    return _load("petrarch_verbs.tsv")
