"""Large name tables looked up word by word: Phoenix's people, organisations and places.

Tens of thousands of names would make the actor index's regular expression slow to compile
and heavy in memory; kept in a trie of words, they cost one dict lookup per capitalised word
of a sentence (and one per following word while a name continues). Matches are
leftmost-longest, whole words only. `Names` does the same for the actor table's names by
their first word (whole forms, not word by word), which a regex compiled them into before.

The two are not one lookup: they read a text's words differently, and the large tables are
kept to the gazetteer's reading (with `Names` over them, 9 events move on the dev material and
the round-23..26 sets gain one event and one right dyad; a rule to judge, not a mend):
- a gazetteer word is a capitalised run with its apostrophes, hyphens, dots and "&"
  ("Russia's", "Saudi-led", "Al-Qaeda-linked"), so no name ends before "'s" or a hyphen
  ("Russian President Vladimir Putin's" is only "Russian") and none starts after a hyphen or
  an apostrophe ("pro-Russian", "Seoul-Washington", "al-Nusra Front"); `Names` takes a form
  that ends before any character not a word's and starts after any one not a word's;
- a gazetteer word's trailing dots and quotes are no part of it, in the table or the text
  ("St Petersburg" finds "St. Petersburg", "Kurdistan Workers Party" the "Workers'" one) and
  any run of spaces joins two words; `Names` takes each form as it is spelt;
- the gazetteer keeps only names with a capital first; `Names` also those in lower case or
  with a digit first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_WORD: Final[re.Pattern[str]] = re.compile(r"[\w][\w'’.&-]*")
# A capitalised word; its capital matched before the look-behind, so that the regex engine
# skips to capitals (`references._word_starts`).
_CAPITALISED: Final = re.compile(r"[A-Z](?<![\w'’.&-][A-Z])[\w'’.&-]*")
_NEXT: Final = re.compile(r"[ \t]+([\w][\w'’.&-]*)")


# The children of every leaf (most nodes): one shared empty dict, never written to.
_NO_CHILDREN: dict[str, _Node] = {}


class _Node:
    """A word trie node: the words that may follow, and the name ending here."""

    __slots__ = ("children", "name")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = _NO_CHILDREN
        self.name = ""


class Gazetteer:
    """Case-sensitive names, found as whole-word sequences in a text. Of two names whose
    words are the same once trailing dots and quotes are stripped ("Al Bayda", "Al Bayda'"),
    the one given last is kept: the caller gives them in a fixed order."""

    __slots__ = ("_root", "_size")

    def __init__(self, names: Iterable[str]) -> None:
        root = _Node()
        size = 0
        words_seen: dict[str, str] = {}  # one copy of each word (a name's words recur)
        for name in names:
            words = [word.rstrip(".'’") for word in _WORD.findall(name)]
            if not words or not words[0][:1].isupper():
                continue
            node = root
            for word in words:
                if node.children is _NO_CHILDREN:
                    node.children = {}
                child = node.children.get(word)
                if child is None:
                    child = node.children[words_seen.setdefault(word, word)] = _Node()
                node = child
            size += not node.name
            node.name = name
        self._root = root
        self._size = size

    def __len__(self) -> int:
        return self._size

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name in `text`, leftmost-longest, not overlapping."""
        found: list[tuple[int, int, str]] = []
        done = 0  # where the last name found ends: names do not overlap
        for match in _CAPITALISED.finditer(text):
            start, at = match.span()  # one method call a match, the word sliced from the text
            if start < done:
                continue
            end, name = self.walk(text, start, at)
            if name:
                found.append((start, _trim(text, start, end), name))
                done = end
        return found

    def walk(self, text: str, start: int, at: int) -> tuple[int, str]:
        """The end (untrimmed) and the name of the longest name whose first word is
        `text[start:at]` (a gazetteer word), or (0, ""): the next word is matched only while
        the node has words that may follow."""
        node = self._root.children.get(text[start:at].rstrip(".'’"))
        end, name = 0, ""
        while node is not None:
            if node.name:
                end, name = at, node.name
            children = node.children
            if not children:
                break  # a leaf: no next word can go on with the name
            word_start, at = _next_word(text, at)
            if word_start < 0:
                break
            node = children.get(text[word_start:at].rstrip(".'’"))
        return end, name


def _next_word(text: str, at: int) -> tuple[int, int]:
    """The span of `_NEXT.match(text, at)`'s word, or (-1, -1) where it does not match: one
    or more blanks (spaces and tabs), a word character (`\\w`: alphanumeric or "_"), then
    word characters and `_GLUE`. A loop of character tests: a regex match costs about 2,000
    instructions a call compiled, and `walk` asks after most gazetteer words."""
    size = len(text)
    start = at
    while start < size and (text[start] == " " or text[start] == "\t"):
        start += 1
    if start == at or start == size:
        return -1, -1
    char = text[start]
    if not (char.isalnum() or char == "_"):
        return -1, -1
    end = start + 1
    while end < size:
        char = text[end]
        if char.isalnum() or char == "_" or char in _GLUE:
            end += 1
        else:
            break
    return start, end


def _trim(text: str, start: int, end: int) -> int:
    """A name's end without the trailing dots and quotes its last word may carry."""
    while end > start and text[end - 1] in ".'’":
        end -= 1
    return end


_FIRST_WORD: Final[re.Pattern[str]] = re.compile(r"\w+")
_WORD_CHAR: Final[re.Pattern[str]] = re.compile(r"\w")
# The characters a gazetteer word holds besides word characters (`_CAPITALISED`): a name's
# start is never right after one, and a word that goes on with one is extended by `_GLUED_ON`.
_GLUE: Final = frozenset("'’.&-")
_GLUED_ON: Final = re.compile(r"[\w'’.&-]*")
ASCII_CAPITALS: Final[frozenset[str]] = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PARTICLE_GLUE: Final = frozenset(" -")  # between "al" and "Qaeda" in a form


def _word_char(text: str, at: int) -> bool:
    """Whether `text[at]` is a word character, as `_WORD_CHAR.match(text, at)` says (`\\w`:
    alphanumeric or "_"), without a regex call (a method call and a match object)."""
    if at >= len(text):
        return False
    char = text[at]
    return char.isalnum() or char == "_"


def _by_first_word(forms: Iterable[str], kind: str) -> dict[str, list[str]]:
    """The forms by their first word (their leading run of word characters), for `Names` and
    `Words`; a form (of `kind`) that does not start with a word character is refused."""
    by_word: dict[str, list[str]] = {}
    for form in forms:
        first = _FIRST_WORD.match(form)
        if first is None or first.start() != 0:
            raise ValueError(f"a {kind} must start with a word character: {form!r}")
        by_word.setdefault(first.group(), []).append(form)
    return by_word


class Names:
    """Case-sensitive forms found as whole words, the longest at each position, leftmost
    first, not overlapping: what one trie-shaped regex of them all would find, but kept in a
    table keyed by each form's first word (its leading run of word characters). Compiling
    the ~8,000 names into one regex took ~20 MB at its peak and left ~10 MB behind.

    Every form that matches at a position starts with the text's word there (a form's first
    word is followed by a non-word character or nothing, as the text's must be), so a small
    regex finds the candidate words (a capital first, so the engine skips to capitals; the
    few words that start in lower case or with a digit spelt out) and each is looked up; its
    forms are tried longest first."""

    __slots__ = (
        "_behind",
        "_behind_last",
        "_behind_sizes",
        "_forms",
        "_kinds",
        "_scan",
        "_scan_rest",
        "_starts",
    )

    def __init__(self, forms: Iterable[str]) -> None:
        by_word = _by_first_word(forms, "name")
        self._forms = {word: _Group(word, group) for word, group in by_word.items()}
        capitals = sorted({word[0] for word in by_word if word[0].isupper()})
        others = sorted(word for word in by_word if not word[0].isupper())
        # One class of every first character opens the regex, so the engine skips to those
        # characters (an alternation whose first branch opens with a class gets no such skip:
        # it was tried at every character); `.` in the look-behind is that first character,
        # and each branch then checks which one it was.
        branches = []
        if capitals:
            capital = "[" + "".join(re.escape(char) for char in capitals) + "]"
            branches.append(rf"(?<={capital})\w*")
        branches += [rf"(?<={re.escape(word[0])}){re.escape(word[1:])}(?!\w)" for word in others]
        firsts = sorted({*capitals, *(word[0] for word in others)})
        opening = "[" + "".join(re.escape(char) for char in firsts) + "]"
        self._starts = re.compile(
            opening + r"(?<!\w.)(?:" + "|".join(branches) + ")" if branches else "(?!)"
        )
        # `find_with`'s scan: `_starts` with every ASCII capital in its class (each word a
        # gazetteer's `_CAPITALISED` finds then starts one of its matches; the words it adds
        # start no form), less the lower-case first words whose every form goes on with a
        # space or a hyphen and a capital ("al Qaeda", "de Moraes"): those are looked for
        # behind each capital (`_particle`), and letters as common as "a", "d" and "e" then
        # no longer open a match to reject
        behind = {
            word
            for word in others
            if all(
                len(form) > len(word) + 1
                and form[len(word)] in _PARTICLE_GLUE
                and form[len(word) + 1] in ASCII_CAPITALS
                for form in by_word[word]
            )
        }
        rest = [word for word in others if word not in behind]
        every = sorted({*capitals, *ASCII_CAPITALS})
        capital = "[" + "".join(re.escape(char) for char in every) + "]"
        scan = [rf"(?<={capital})\w*"]
        scan += [rf"(?<={re.escape(word[0])}){re.escape(word[1:])}(?!\w)" for word in rest]
        opening = "[" + "".join(re.escape(char) for char in sorted({*every, *(w[0] for w in rest)}))
        self._scan = re.compile(opening + r"](?<!\w.)(?:" + "|".join(scan) + ")")
        # what `_scan` finds in an ASCII text, read from its kinds of characters
        # (`_scan_words`): a word that opens with a capital, or is one of `rest`
        self._scan_rest = frozenset(rest)
        self._kinds = _kinds_table({word[0] for word in rest})
        self._behind = frozenset(behind)
        self._behind_sizes = tuple(sorted({len(word) for word in behind}))
        self._behind_last = frozenset(word[-1] for word in behind)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of the forms in `text`."""
        found: list[tuple[int, int, str]] = []
        table = self._forms
        done = 0  # where the last form found ends
        for match in self._starts.finditer(text):
            start, word_end = match.span()  # one method call a match, the word sliced
            if start < done:
                continue
            group = table.get(text[start:word_end])
            if group is None:
                continue
            # the forms that may match, longest first: those that go on as the text does
            # (its two characters after the word), those one character longer, the word
            for form in group.longer.get(text[word_end : word_end + 2], ()) + group.shorter:
                end = start + len(form)
                if text.startswith(form, start) and _WORD_CHAR.match(text, end) is None:
                    found.append((start, end, form))
                    done = end
                    break
            else:
                if group.whole:
                    found.append((start, word_end, text[start:word_end]))
                    done = word_end
        return found

    def find_with(
        self, gazetteer: Gazetteer, text: str
    ) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """`(self.find(text), gazetteer.find(text))` from one scan of the text's words: the
        gazetteer's words are those of `_scan`'s matches that open with an ASCII capital and
        not right after a `_GLUE` character, each extended over the glue that follows it; a
        first word `_scan` leaves out is looked for right before a capital's space or hyphen,
        where every form of it goes on (the only place one of them can match)."""
        found: list[tuple[int, int, str]] = []
        listed: list[tuple[int, int, str]] = []
        sizes = self._behind_sizes
        size = len(text)
        done = listed_done = 0  # where the last form found ends, and the last name listed
        for start, word_end in self._scan_words(text):
            if text[start] in ASCII_CAPITALS:
                if start >= 2 and sizes and text[start - 1] in _PARTICLE_GLUE:
                    first = self._particle(text, start - 1)
                    if first >= done:
                        end = self._form_at(text, first, start - 1)
                        if end:
                            found.append((first, end, text[first:end]))
                            done = end
                if start >= listed_done and (start == 0 or text[start - 1] not in _GLUE):
                    at = word_end
                    if at < size and text[at] in _GLUE:
                        glued = _GLUED_ON.match(text, at)
                        at = glued.end() if glued is not None else at
                    end, name = gazetteer.walk(text, start, at)
                    if name:
                        listed.append((start, _trim(text, start, end), name))
                        listed_done = end
            if start >= done:
                end = self._form_at(text, start, word_end)
                if end:
                    found.append((start, end, text[start:end]))
                    done = end
        return found, listed

    def _scan_words(self, text: str) -> list[tuple[int, int]]:
        """The spans of `_scan`'s matches in `text`. `_scan` tests every character of the
        text for its opening class; in an ASCII text (most sentences) its matches are found
        by `str.find` in the text's kinds of characters (`_kinds`): the words that open
        with a capital, and those that open with a first character of a lower-case first
        word and are one (`_scan`'s opening class holds only word characters, its
        look-behind takes a word's first character, and a capital's match runs to the
        word's end)."""
        if not text.isascii():
            return [match.span() for match in self._scan.finditer(text)]
        kinds = text.encode("ascii").translate(self._kinds).decode("ascii")
        spans = _marked_words(kinds, "A", " A")
        if self._scan_rest:
            rest = self._scan_rest
            more = [(s, e) for s, e in _marked_words(kinds, "r", " r") if text[s:e] in rest]
            if more:
                spans = sorted(spans + more)
        return spans

    def _particle(self, text: str, end: int) -> int:
        """Where a first word of `_behind` ending at `end` starts (a word: no word character
        before it), or -1."""
        if text[end - 1] not in self._behind_last:
            return -1  # no such word ends with the character there (most capitals' words)
        for size in self._behind_sizes:
            start = end - size
            if start < 0:
                break
            if text[start:end] in self._behind and (start == 0 or not _word_char(text, start - 1)):
                return start
        return -1

    def _form_at(self, text: str, start: int, word_end: int) -> int:
        """Where the longest form at `start` ends (its first word `text[start:word_end]`, as
        `find` tries them), or 0."""
        group = self._forms.get(text[start:word_end])
        if group is None:
            return 0
        # the two tuples walked one after the other, not joined (a new tuple a call)
        for form in group.longer.get(text[word_end : word_end + 2], ()):
            end = start + len(form)
            if text[start:end] == form and not _word_char(text, end):
                return end
        for form in group.shorter:
            end = start + len(form)
            if text[start:end] == form and not _word_char(text, end):
                return end
        return word_end if group.whole else 0


def _kinds_table(rest_firsts: set[str]) -> bytes:
    """A `bytes.translate` table of an ASCII text's characters to their kinds for
    `Names._scan_words`: "A" a capital, "r" a first character of a lower-case first word
    (`rest_firsts`), "a" any other word character, " " any character not a word's."""
    table = bytearray(b" " * 256)
    for code in range(128):
        char = chr(code)
        if char in ASCII_CAPITALS:
            table[code] = ord("A")
        elif char in rest_firsts:
            table[code] = ord("r")
        elif char.isalnum() or char == "_":
            table[code] = ord("a")
    return bytes(table)


def _marked_words(kinds: str, mark: str, spaced: str) -> list[tuple[int, int]]:
    """The spans of the words of `kinds` (its runs of characters other than spaces) that
    open with `mark` (`spaced` is " " + `mark`), each found by `str.find`."""
    spans: list[tuple[int, int]] = []
    if kinds.startswith(mark):
        start = 0
    else:
        start = kinds.find(spaced) + 1
        if start == 0:
            return spans
    while True:
        end = kinds.find(" ", start)
        if end < 0:
            spans.append((start, len(kinds)))
            return spans
        spans.append((start, end))
        start = kinds.find(spaced, end) + 1
        if start == 0:
            return spans


class _Group:
    """The forms of `Names` that open with one word, sorted longest first as `Names.find`
    tries them, kept by what follows the word: `longer` by their two characters after it
    (a form whose next two characters are not the text's cannot match there, so only the
    few that are need a comparison), `shorter` those one character longer than the word,
    `whole` whether the word alone is a form."""

    __slots__ = ("longer", "shorter", "whole")

    def __init__(self, word: str, forms: list[str]) -> None:
        size = len(word)
        longer: dict[str, list[str]] = {}
        shorter: list[str] = []
        for form in sorted(forms, key=len, reverse=True):
            if len(form) >= size + 2:
                longer.setdefault(form[size : size + 2], []).append(form)
            elif len(form) == size + 1:
                shorter.append(form)
        self.longer = {after: tuple(group) for after, group in longer.items()}
        self.shorter = tuple(shorter)
        self.whole = word in forms


class Words:
    """Forms found as whole words, the longest at each position, leftmost first, not
    overlapping, in a text searched as it is (no case folding): what `actor_data`'s
    `spaced_pattern` of them finds, but looked up by each form's first word (its leading run
    of word characters), as `Names` does, its forms kept in a `_Group`. The trie-shaped regex
    tested every character of the text for a word's; here the text is split at its spaces
    and each word is one dict lookup.

    A form that matches at a position starts with the text's whole word there (a form's
    first word is followed by a non-word character or nothing, as the text's is), so only
    that word's forms are tried, longest first. A piece between two spaces that is all
    alphanumeric is one word; one that ends in a single character not a word's holds one
    word before it ("troops,"); any other piece has its words found by a regex."""

    __slots__ = ("_groups",)

    def __init__(self, forms: Iterable[str]) -> None:
        by_word = _by_first_word(forms, "form")
        self._groups = {word: _Group(word, group) for word, group in by_word.items()}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of the forms in `text`."""
        found: list[tuple[int, int, str]] = []
        table = self._groups
        done = 0  # where the last form found ends: no form starts before it
        at = 0  # where the piece starts
        for piece in text.split(" "):
            if piece.isalnum():
                if at >= done:
                    group = table.get(piece)
                    if group is not None:
                        done = _longest(text, at, at + len(piece), group, found) or done
            elif piece:
                head = piece[:-1]
                if head.isalnum() and piece[-1] != "_":
                    if at >= done:
                        group = table.get(head)
                        if group is not None:
                            done = _longest(text, at, at + len(head), group, found) or done
                else:
                    for match in _FIRST_WORD.finditer(piece):
                        start, end = at + match.start(), at + match.end()
                        group = table.get(match.group()) if start >= done else None
                        if group is not None:
                            done = _longest(text, start, end, group, found) or done
            at += len(piece) + 1
        return found


def _longest(
    text: str, start: int, word_end: int, group: _Group, found: list[tuple[int, int, str]]
) -> int:
    """The longest of a word's forms at `start` (the text's word there ends at `word_end`),
    added to `found`, as `Names.find` tries them: its end, else 0."""
    for form in group.longer.get(text[word_end : word_end + 2], ()) + group.shorter:
        end = start + len(form)
        if text[start:end] == form and not _word_char(text, end):
            found.append((start, end, form))
            return end
    if group.whole:
        found.append((start, word_end, text[start:word_end]))
        return word_end
    return 0
