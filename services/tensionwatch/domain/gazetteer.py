"""Large name tables looked up word by word: Phoenix's people, organisations and places.

Tens of thousands of names would make the actor index's regular expression slow to compile
and heavy in memory; kept in a trie of words, they cost one dict lookup per capitalised word
of a sentence (and one per following word while a name continues). Matches are
leftmost-longest, whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[\w][\w'’.&-]*")


class _Node:
    """A word trie node: the words that may follow, and the name ending here."""

    __slots__ = ("children", "name")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.name = ""


class Gazetteer:
    """Case-sensitive names, found as whole-word sequences in a text."""

    __slots__ = ("_root", "_size")

    def __init__(self, names: Iterable[str]) -> None:
        root = _Node()
        size = 0
        for name in names:
            words = [word.rstrip(".'’") for word in _WORD.findall(name)]
            if not words or not words[0][:1].isupper():
                continue
            node = root
            for word in words:
                node = node.children.setdefault(word, _Node())
            size += not node.name
            node.name = name
        self._root = root
        self._size = size

    def __len__(self) -> int:
        return self._size

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name in `text`, leftmost-longest, not overlapping."""
        words = [(m.group().rstrip(".'’"), m.start()) for m in _WORD.finditer(text)]
        found: list[tuple[int, int, str]] = []
        index, count, top = 0, len(words), self._root.children
        while index < count:
            word = words[index][0]
            node = top.get(word) if word[:1].isupper() else None
            if node is None:
                index += 1
                continue
            last, name = -1, ""
            at = index
            while node is not None:
                if node.name:
                    last, name = at, node.name
                at += 1
                node = node.children.get(words[at][0]) if at < count else None
            if last < 0:
                index += 1
                continue
            found.append((words[index][1], words[last][1] + len(words[last][0]), name))
            index = last + 1
        return found
