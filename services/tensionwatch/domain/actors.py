"""Find the actors of a sentence: countries, people, organisations and agent words.

The knowledge lives in three data files beside this module (`data/countries.tsv`,
`data/agents.tsv`, `data/actors.tsv`; their headers document the format). They are compiled
once into one regular expression shaped like a trie, so a sentence is scanned in C; Python
work is proportional to the number of matches. Adjacent matches are then joined into one
actor where natural: "Russian President Vladimir Putin", "Iraqi troops", "President of Armenia".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from tensionwatch.domain.models import Actor

_DATA_PACKAGE = "tensionwatch.domain"


class Kind(StrEnum):
    """What a surface form names."""

    PLACE = "place"  # a country's name or demonym: the country, no sector
    SEAT = "seat"  # a capital or metonym: the country's government
    ORG = "org"  # a named body with its own code and sector
    PERSON = "person"  # a person in a role
    TITLE = "title"  # an agent word naming a person ("minister")
    BODY = "body"  # an agent word naming a group or organ ("troops")


_ENTITIES = frozenset({Kind.PLACE, Kind.SEAT, Kind.ORG})
_AGENTS = frozenset({Kind.TITLE, Kind.BODY})


@dataclass(frozen=True, slots=True)
class Entry:
    """One meaning of a surface form; people have one entry per role."""

    kind: Kind
    code: str  # ISO alpha-3, a longer CAMEO code such as IGOUNO, or "" for agent words
    sector: str | None
    since: date | None = None
    until: date | None = None

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def holds_on(self, day: date) -> bool:
        after_start = self.since is None or self.since <= day
        return after_start and (self.until is None or day <= self.until)


class ActorMatch(NamedTuple):
    """An actor found in a text: `actor.text == text[start:end]`."""

    start: int
    end: int
    actor: Actor


class _Unit(NamedTuple):
    start: int
    end: int
    kind: Kind
    entries: tuple[Entry, ...]


# --- reading the data files -------------------------------------------------------------


def _rows(name: str, width: int) -> Iterator[list[str]]:
    """The data rows of a tab-separated file: comments and the header skipped, padded."""
    text = resources.files(_DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:
        fields = [field.strip() for field in line.split("\t")]
        yield fields + [""] * (width - len(fields))


def _alternatives(cell: str) -> list[str]:
    return [form.strip() for form in cell.split("|") if form.strip()]


def _day(text: str, end: bool) -> date | None:
    """A date from YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means its last day."""
    if not text:
        return None
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        month_end = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1).toordinal() - 1
        return date.fromordinal(month_end) if end else date(parts[0], parts[1], 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def _span(valid: str) -> tuple[date | None, date | None]:
    if not valid:
        return None, None
    since, _, until = valid.partition("..")
    return _day(since.strip(), end=False), _day(until.strip(), end=True)


def _plural(form: str) -> str:
    if form.endswith("man"):
        return form[:-3] + "men"
    if form.endswith("y") and form[-2:-1] not in ("a", "e", "o", "u"):
        return form[:-1] + "ies"
    if form.endswith(("s", "x", "ch", "sh")):
        return form + "es"
    return form + "s"


def _case_variants(form: str) -> set[str]:
    """Exact spellings a case-sensitive form also matches in: spaced hyphens, ALL CAPS."""
    forms = {form, form.replace("’", "'"), form.replace("'", "’")}
    if "-" in form:
        forms.add(form.replace("-", " "))
    if len(form) > 3:
        forms |= {variant.upper() for variant in forms}
    return forms


_Table = dict[str, tuple[Entry, ...]]


@dataclass
class _Lexicon:
    """Surface forms and their entries: `exact` is case-sensitive, `folded` lower-cased."""

    exact: _Table
    folded: _Table

    def add(self, forms: Iterable[str], entry: Entry, *, fold: bool = False) -> None:
        table = self.folded if fold else self.exact
        for form in forms:
            variants = {form.lower()} if fold else _case_variants(form)
            for variant in variants:
                known = table.get(variant, ())
                if entry not in known:
                    table[variant] = (*known, entry)


def _load_countries(lexicon: _Lexicon) -> None:
    for iso3, names, demonyms, seats in _rows("countries.tsv", 4):
        adjectives = _alternatives(demonyms)
        plurals = [form + "s" for form in adjectives if form.endswith(("an", "i"))]
        lexicon.add(_alternatives(names) + adjectives + plurals, Entry(Kind.PLACE, iso3, None))
        lexicon.add(_alternatives(seats), Entry(Kind.SEAT, iso3, "GOV"))


def _load_agents(lexicon: _Lexicon) -> None:
    for sector, role, words in _rows("agents.tsv", 3):
        entry = Entry(Kind(role), "", None if sector == "-" else sector)
        forms = _alternatives(words)
        lexicon.add(forms + [_plural(form) for form in forms], entry, fold=True)


def _load_actors(lexicon: _Lexicon) -> None:
    for kind, code, sector, valid, names in _rows("actors.tsv", 5):
        since, until = _span(valid)
        entry = Entry(Kind(kind), code, None if sector in ("", "-") else sector, since, until)
        lexicon.add(_alternatives(names), entry)


# --- the trie-shaped regular expression ---------------------------------------------------


class _Node(dict[str, "_Node"]):
    """A character trie; the key "" marks the end of a form."""


def _trie(forms: Iterable[str]) -> _Node:
    root = _Node()
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, _Node())
        node[""] = _Node()
    return root


def _regex(node: _Node) -> str:
    """A regex matching the trie's forms, longest first (greedy options, ordered by char)."""
    branches = [re.escape(char) + _regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _pattern(forms: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_regex(_trie(forms))}(?!\w)")


def _merge(first: list[_Unit], second: list[_Unit]) -> list[_Unit]:
    """Both lists' units in text order, leftmost-longest where they overlap (ties: `first`)."""
    if not second:
        return first
    if not first:
        return second
    merged: list[_Unit] = []
    for unit in sorted(first + second, key=_leftmost_longest):
        if not merged or unit.start >= merged[-1].end:
            merged.append(unit)
    return merged


def _leftmost_longest(unit: _Unit) -> tuple[int, int]:
    return unit.start, -unit.end


# --- joining matches into actors ----------------------------------------------------------

_SPACE = re.compile(r"[ \t]{1,3}")
_POSSESSIVE = re.compile(r"['’]s?[ \t]{1,3}")
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_NAME = re.compile(
    r"[ \t]+([A-Z][\w'’]*(?:(?:[ \t]+|-)(?:(?:al|el|bin|ibn|de|da|dos|van|von|der|du|le|la)"
    r"(?:[ \t]+|-))?[A-Z][\w'’]*){0,3})"
)
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December The A An And But Or On In At "
    "For Of To From With By As He She It They We I You His Her Their This That These Those "
    "Who Which What When Where Said Says".split()
)


@dataclass
class _Group:
    """Adjacent matches that make one actor."""

    units: list[_Unit]
    end: int
    person: bool
    entity: bool

    @classmethod
    def of(cls, unit: _Unit) -> _Group:
        return cls([unit], unit.end, unit.kind is Kind.PERSON, unit.kind in _ENTITIES)

    def add(self, unit: _Unit) -> None:
        self.units.append(unit)
        self.end = unit.end
        self.person = self.person or unit.kind is Kind.PERSON
        self.entity = self.entity or unit.kind in _ENTITIES

    def accepts(self, text: str, unit: _Unit) -> bool:
        """Whether `unit` continues this actor ("Russian" + "troops", "President" + "Putin")."""
        last = self.units[-1]
        if unit.start - last.end > _MAX_GAP:
            return False
        gap = text[last.end : unit.start]
        if unit.kind in _ENTITIES:
            return last.kind in _AGENTS and not (self.person or self.entity) and _is_of(gap)
        if self.person and unit.kind is not Kind.BODY:
            return False
        return (
            gap == " "
            or _SPACE.fullmatch(gap) is not None
            or (
                (last.kind in _ENTITIES or last.kind is Kind.PERSON)
                and _POSSESSIVE.fullmatch(gap) is not None
            )
        )


_MAX_GAP = 12


def _is_of(gap: str) -> bool:
    return _OF.fullmatch(gap) is not None


def _name_end(text: str, end: int, limit: int) -> int:
    """End of a capitalised name right after a title ("Minister Igor Morgulov"), else `end`."""
    found = _NAME.match(text, end, limit)
    if found is None:
        return end
    stop = end
    for word in _WORD.finditer(found.group(1)):
        if word.group() in _NOT_NAMES:
            break
        stop = found.start(1) + word.end()
    while text[stop - 1] in "'’" or text[stop - 2 : stop] in ("'s", "’s"):
        stop -= 1 if text[stop - 1] in "'’" else 2
    return stop


_WORD = re.compile(r"[^\s-]+")


def _groups(text: str, units: Sequence[_Unit]) -> Iterator[_Group]:
    index = 0
    while index < len(units):
        group = _Group.of(units[index])
        index += 1
        while index < len(units) and group.accepts(text, units[index]):
            group.add(units[index])
            index += 1
        if group.units[-1].kind is Kind.TITLE:
            limit = units[index].start if index < len(units) else len(text)
            group.end = _name_end(text, group.end, limit)
        yield group


def _role(entries: Sequence[Entry], on: date | None) -> tuple[str, str | None]:
    """The code and sector of a person on a day (`None`: the latest role)."""
    dated = sorted((entry for entry in entries if entry.dated), key=_start)
    undated = [entry for entry in entries if not entry.dated]
    if on is None:
        chosen = dated[-1] if dated else undated[0]
        return chosen.code, chosen.sector
    holding = [entry for entry in dated if entry.holds_on(on)]
    if holding:
        return holding[-1].code, holding[-1].sector
    if undated:
        return undated[0].code, undated[0].sector
    before = [entry for entry in dated if entry.until is not None and entry.until < on]
    return (before[-1] if before else dated[0]).code, None


def _start(entry: Entry) -> date:
    return entry.since or date.min


def _agent_sector(units: Iterable[_Unit]) -> str | None:
    """The sector the agent words give: the most specific one ("government troops": MIL)."""
    sectors = [unit.entries[0].sector for unit in units if unit.kind in _AGENTS]
    specific = [sector for sector in sectors if sector and sector != "GOV"]
    if specific:
        return specific[0]
    return "GOV" if "GOV" in sectors else None


def _code_and_sector(group: _Group, on: date | None) -> tuple[str, str | None] | None:
    units = group.units
    if len(units) == 1:  # the common case: one word or name, nothing to combine
        return _alone(units[0], on)
    agents = _agent_sector(units)
    for unit in units:
        if unit.kind is Kind.PERSON:
            code, sector = _role(unit.entries, on)
            return code, sector or agents
    for unit in units:
        if unit.kind in _ENTITIES:
            entry = unit.entries[0]
            return entry.code, entry.sector if unit.kind is Kind.ORG else agents or entry.sector
    return ("", agents) if agents else None


def _alone(unit: _Unit, on: date | None) -> tuple[str, str | None] | None:
    entry = unit.entries[0]
    if unit.kind is Kind.PERSON:
        return _role(unit.entries, on)
    if unit.kind in _AGENTS:
        return ("", entry.sector) if entry.sector else None
    return entry.code, entry.sector


@lru_cache(maxsize=8192)
def _actor(text: str, code: str, sector: str | None) -> Actor:
    if len(code) == 3:
        return Actor(text=text, code=code + (sector or ""), country=code, sector=sector)
    return Actor(text=text, code=code or sector or "", country=None, sector=sector)


# --- the index ----------------------------------------------------------------------------


class ActorIndex:
    """Every known actor's surface forms, compiled for fast matching."""

    def __init__(self, lexicon: _Lexicon) -> None:
        self._lexicon = lexicon
        self._exact = _pattern(lexicon.exact)
        self._folded = _pattern(lexicon.folded)
        self._folded_any_case = re.compile(self._folded.pattern, re.IGNORECASE)

    @classmethod
    def load(cls) -> ActorIndex:
        """Build the index from the package's data files (use `default_index()` to share one)."""
        lexicon = _Lexicon({}, {})
        _load_countries(lexicon)
        _load_agents(lexicon)
        _load_actors(lexicon)
        return cls(lexicon)

    def _units(self, text: str) -> list[_Unit]:
        """Every known form in `text`: case-sensitive forms, then agent words in any case."""
        exact = [self._unit(found, self._lexicon.exact) for found in self._exact.finditer(text)]
        lowered = text.lower()
        if len(lowered) == len(text):  # lower-casing kept the offsets: scan the cheap way
            found_folded = self._folded.finditer(lowered)
        else:
            found_folded = self._folded_any_case.finditer(text)
        folded = [self._unit(found, self._lexicon.folded, fold=True) for found in found_folded]
        return _merge(exact, folded)

    @staticmethod
    def _unit(found: re.Match[str], table: _Table, *, fold: bool = False) -> _Unit:
        form = found.group()
        entries = table[form.lower() if fold else form]
        start, end = found.span()
        return _Unit(start, end, entries[0].kind, entries)

    @property
    def size(self) -> int:
        """How many surface forms the index knows."""
        return len(self._lexicon.exact) + len(self._lexicon.folded)

    def find(self, text: str, on: date | None = None) -> list[ActorMatch]:
        """The actors in `text`, leftmost-longest and non-overlapping, as of the day `on`."""
        units = self._units(text)
        if not units:
            return []
        matches = []
        for group in _groups(text, units):
            resolved = _code_and_sector(group, on)
            if resolved is not None:
                start = group.units[0].start
                actor = _actor(text[start : group.end], *resolved)
                matches.append(ActorMatch(start, group.end, actor))
        return matches


@cache
def default_index() -> ActorIndex:
    """The index built from the package data, loaded once per process."""
    return ActorIndex.load()
