"""The actor recogniser's knowledge: surface forms read from the data files, and their regexes.

The data files beside this module (`data/countries.tsv`, `data/ambiguous_demonyms.tsv`,
`data/agents.tsv`, `data/actors.tsv`, the places and cities tables; their headers document
the format) give every surface form one or more `Entry`s. `Forms` keeps them in tables,
case-sensitive names and lower-cased agent words; `pattern` compiles a table into one regular
expression shaped like a trie, so that a sentence is scanned in C (the agent words; the names
are kept in `gazetteer.Names`, a table keyed by each form's first word: one regex of them
all is heavy).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Final, NamedTuple

from tensionwatch.domain.lexicon import fold

_DATA_PACKAGE = "tensionwatch.domain"


class Kind(StrEnum):
    """What a surface form names."""

    PLACE = "place"  # a country's name or demonym: the country, no sector
    SEAT = "seat"  # a capital or metonym: the country's government
    ORG = "org"  # a named body with its own code and sector
    PERSON = "person"  # a person in a role
    TITLE = "title"  # an agent word naming a person ("minister")
    BODY = "body"  # an agent word naming a group or organ ("troops")


ENTITIES = frozenset({Kind.PLACE, Kind.SEAT, Kind.ORG})
AGENTS = frozenset({Kind.TITLE, Kind.BODY})


class SharedInstitution(NamedTuple):
    """An institution several countries have, named alone with capitals: whose it is depends
    on the story (`names`), so the actor index leaves it out (`actors`)."""

    sector: str
    korean: str | None  # its country in a story about Korea
    taiwanese: str | None  # its country in a story naming Taiwan
    default: str | None  # its country otherwise (`None`: the article's)


# South Korea has a Joint Chiefs of Staff and a Financial Services Commission, Taiwan a
# Financial Supervisory Commission; named alone elsewhere the JCS are the Pentagon's.
SHARED_INSTITUTIONS: dict[str, SharedInstitution] = {
    "Joint Chiefs of Staff": SharedInstitution("MIL", "KOR", None, "USA"),
    "JCS": SharedInstitution("MIL", "KOR", None, "USA"),
    "FSC": SharedInstitution("GOV", "KOR", "TWN", None),
}


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


Table = dict[str, tuple[Entry, ...]]


@dataclass
class Forms:
    """Surface forms and their entries: `exact` is case-sensitive, `folded` lower-cased,
    `large` case-sensitive forms of the large derived dictionaries (looked up word by word
    rather than compiled into the regular expression); `weak` the forms of `large` that only
    the GeoNames cities give (a one-word one next to another capitalised word is taken for
    part of another name: "Maia Sandu", "Cerro Verde")."""

    exact: Table
    folded: Table
    large: Table = field(default_factory=dict)
    weak: set[str] = field(default_factory=set)

    def add(
        self, forms: Iterable[str], entry: Entry, *, fold: bool = False, large: bool = False
    ) -> None:
        table = self.folded if fold else self.large if large else self.exact
        for form in forms:
            variants = {form.lower()} if fold else _case_variants(form, large)
            for variant in variants:
                known = table.get(variant, ())
                if entry not in known:
                    table[variant] = (*known, entry)


def load_forms() -> Forms:
    """Every surface form of the package's data files."""
    forms = Forms({}, {})
    _load_countries(forms)
    _load_places(forms, "places_news.tsv")  # first: it corrects the two derived tables
    _load_places(forms, "places.tsv")
    _load_ambiguous(forms)
    _load_agents(forms)
    _load_actors(forms, "phoenix_actors.tsv", large=True)
    _load_actors(forms, "actors.tsv")
    _load_places(forms, "cities.tsv", new_only=True)
    return forms


# --- reading the data files -------------------------------------------------------------


def _rows(name: str, width: int) -> Iterator[list[str]]:
    """The data rows of a tab-separated file: comments and the header skipped, padded."""
    text = resources.files(_DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    text = fold(text)  # the coder reads sentences folded: "Erdoğan" meets "Erdogan"
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


def _case_variants(form: str, large: bool = False) -> list[str]:
    """Exact spellings a case-sensitive form also matches in: either apostrophe, spaced
    hyphens, ALL CAPS (not for the large dictionaries: headlines in capitals are rare, and
    memory is not). In a fixed order, the form first: the tables keep their keys in the order
    they are added, and of two keys that differ only by a word's trailing apostrophe ("Al
    Bayda'", "Al Bayda’") the gazetteer keeps the last (`Gazetteer`), so a set's order here
    made its choice hang on the hash seed."""
    forms = [form, form.replace("’", "'"), form.replace("'", "’")]
    if "-" in form:
        forms.append(form.replace("-", " "))
    if len(form) > 3 and not large:
        forms += [variant.upper() for variant in forms]
    return list(dict.fromkeys(forms))


# Demonyms that are adjectives only ("Polish", "Icelandic", "Chinese", "Swiss") or already
# plural or a compound ("Frenchman": "Frenchmen" is listed) take no "s"; the rest are also the
# people noun ("Serb" -> "Serbs", "Dane" -> "Danes", "Kazakh" -> "Kazakhs", "Icelander" ->
# "Icelanders"; round 43, gaz43: before, only forms in -an and -i had their plural).
_NO_PEOPLE_PLURAL: Final = ("s", "sh", "ch", "x", "z", "ese", "ic", "man", "men", ".")


def _people_noun(form: str) -> bool:
    """Whether a demonym's plural names the country's people ("Serbs", not "Polishs")."""
    return not form.endswith(_NO_PEOPLE_PLURAL) and not form[-1].isupper()


def _load_countries(forms: Forms) -> None:
    for iso3, names, demonyms, seats in _rows("countries.tsv", 4):
        adjectives = _alternatives(demonyms)
        plurals = [form + "s" for form in adjectives if _people_noun(form)]
        forms.add(_alternatives(names) + adjectives + plurals, Entry(Kind.PLACE, iso3, None))
        forms.add(_alternatives(seats), Entry(Kind.SEAT, iso3, "GOV"))


@cache
def country_words() -> frozenset[str]:
    """The names, demonyms and plurals of countries (a place named by them is a country, not
    one of its towns or regions)."""
    words: set[str] = set()
    for _, names, demonyms, _ in _rows("countries.tsv", 4):
        adjectives = _alternatives(demonyms)
        words.update(_alternatives(names), adjectives, (form + "s" for form in adjectives))
    words.update(row[0] for row in _rows("ambiguous_demonyms.tsv", 2))
    return frozenset(words)


@cache
def country_names() -> frozenset[str]:
    """The names of countries as written ("Vietnam", "The Philippines"), without demonyms: a
    country named whole, not its people ("Bolivians")."""
    words: set[str] = set()
    for _, names, _, _ in _rows("countries.tsv", 4):
        for name in _alternatives(names):
            words.add(name)
            if name.startswith("The "):
                words.add("the " + name[4:])
    return frozenset(words)


@cache
def seat_towns() -> dict[str, str]:
    """Round 60 (story60): the names an international body's row of `actors.tsv` gives it
    that the place tables give one country's town ("Brussels": the EU's name, and a town of
    Belgium) -> that country. The index reads such a name as the body; named as a place
    ("marched through Brussels", "searches in Brussels", "Brussels Airport", a dateline) it
    is the town, and sets the story in its country."""
    towns: dict[str, set[str]] = {}
    for iso3, names in _rows("places.tsv", 2):
        for form in _alternatives(names):
            towns.setdefault(form, set()).add(iso3)
    seats: dict[str, str] = {}
    for _, code, _, _, names in _rows("actors.tsv", 5):
        if not code.startswith("IGO"):
            continue
        for form in _alternatives(names):
            countries = towns.get(form, set())
            if len(countries) == 1:
                seats[form] = next(iter(countries))
    return seats


@cache
def party_forms() -> frozenset[str]:
    """Round 56 (dict56): the names and initials of the political parties `actors.tsv` files
    under a country (rows of sector PTY or OPP, or one of whose names holds "Party": Taiwan's
    governing "Democratic Progressive Party|DPP"). Initials several countries' parties share
    ("DPP", "SPD", "NDP") are the story's party where the article names the table's country by
    no other word (`references._namesake_parties`), and a country's name right before one is
    its owner ("Malawi's DPP", `actors._local_institution`)."""
    return frozenset(_parties())


@cache
def party_initials() -> dict[str, str]:
    """The initials among `party_forms` ("DPP", "SPD", "MORENA": one upper-case word of two to
    six letters), each with the country the table files it under."""
    return {
        name: code
        for name, code in _parties().items()
        if 2 <= len(name) <= 6 and name.isupper() and name.isalpha()
    }


def has_initials(text: str, country: str | None, initials: dict[str, str]) -> bool:
    """Whether an actor's words (`text`) are, or hold, initials of a party of the actor's own
    country in the tables (`party_initials`: "DPP", "members of the SPD", "a DPP lawmaker";
    "MORENA" too, not "Morena"; not "officials of the Czech SPD", made Czech by the name)."""
    if " " not in text:
        return initials.get(text) == country
    return any(initials.get(word) == country for word in text.split())


@cache
def _parties() -> dict[str, str]:
    """Each party's name or initials in `actors.tsv` with its country (the first row's)."""
    found: dict[str, str] = {}
    for kind, code, sector, _, names in _rows("actors.tsv", 5):
        named = _alternatives(names)
        if kind != "org" or len(code) != 3:
            continue
        if sector in ("PTY", "OPP") or any("Party" in form for form in named):
            for name in named:
                found.setdefault(name, code)
    return found


def _load_ambiguous(forms: Forms) -> None:
    """Demonyms of several countries the country table leaves out ("Korean"): the first
    candidate's; the reference resolver decides by the article."""
    for demonym, candidates in _rows("ambiguous_demonyms.tsv", 2):
        if demonym not in forms.exact:
            forms.add([demonym], Entry(Kind.PLACE, candidates.split("|")[0], None))


def _load_agents(forms: Forms) -> None:
    for sector, role, words in _rows("agents.tsv", 3):
        entry = Entry(Kind(role), "", None if sector == "-" else sector)
        alternatives = _alternatives(words)
        forms.add(alternatives + [_plural(form) for form in alternatives], entry, fold=True)


def _load_places(forms: Forms, name: str, *, new_only: bool = False) -> None:
    """Cities, provinces and regions: places of their country, no sector. With `new_only`
    (the GeoNames cities, the last and least sure table) only names no other table has."""
    large, exact = forms.large, forms.exact
    for iso3, names in _rows(name, 2):
        alternatives = _alternatives(names)
        if new_only:
            alternatives = [
                form for form in alternatives if form not in large and form not in exact
            ]
            forms.weak.update(form for form in alternatives if " " not in form)
        forms.add(alternatives, Entry(Kind.PLACE, iso3, None), large=True)


# A name that is only a date or a number ("May 15" and "17 November", Greek groups of the
# Phoenix dictionary; "313") names no actor in news copy: it is the dateline's day ("ATHENS,
# May 15 (Reuters) -") or a figure. Longer names keep their date ("April 19 Movement").
_NOT_A_NAME: Final = re.compile(
    r"\d+|(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December))"
)


# The three ways copy names the United Nations before one of its bodies ("the U.N. Support
# Mission in Libya", "the UN Support Mission in Libya", "the United Nations Support Mission in
# Libya"): a form of the actor table opening with one of them also matches with the others, so
# a body listed once is not read as "U.N." and an unknown name ("Support") in the other spellings.
# "The United Nations" is a form of the Phoenix table, and the leftmost match wins: the full
# name also takes it before it.
_UN_PREFIXES: Final = ("UN ", "U.N. ", "United Nations ", "The United Nations ")


def _un_spellings(forms: list[str]) -> list[str]:
    """`forms` and, for each opening with a prefix of `_UN_PREFIXES`, its other spellings."""
    spelled = list(forms)
    for form in forms:
        prefix = next((p for p in _UN_PREFIXES if form.startswith(p)), None)
        if prefix is None:
            continue
        rest = form[len(prefix) :]
        spelled += [other + rest for other in _UN_PREFIXES if other + rest not in spelled]
    return spelled


def _load_actors(forms: Forms, name: str, large: bool = False) -> None:
    for kind, code, sector, valid, names in _rows(name, 5):
        since, until = _span(valid)
        entry = Entry(Kind(kind), code, None if sector in ("", "-") else sector, since, until)
        named = [form for form in _alternatives(names) if not _NOT_A_NAME.fullmatch(form)]
        if not large:
            named = _un_spellings(named)
        forms.add(named, entry, large=large)


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


def pattern(forms: Iterable[str], flags: re.RegexFlag = re.NOFLAG) -> re.Pattern[str]:
    """A regex finding the forms as whole words, the longest at each position."""
    return re.compile(rf"(?<!\w){_regex(_trie(forms))}(?!\w)", flags)


_WORD_START = re.compile(r"\w")


def spaced_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """`pattern`'s matches, found faster: the regex opens with the non-word character before
    a form instead of `pattern`'s look-behind, so the engine skips from one such character to
    the next rather than trying every position. Search the text with one space put before
    it: a match's form then lies at `(m.start(), m.end() - 1)` of the text. Every form must
    start with a word character (a form starting where the last match ended would be missed:
    that character is taken by the match)."""
    forms = list(forms)
    if any(_WORD_START.match(form) is None for form in forms):
        raise ValueError("every form must start with a word character")
    return re.compile(rf"\W{_regex(_trie(forms))}(?!\w)")
