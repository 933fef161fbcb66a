"""Find the actors of a sentence: countries, people, organisations and agent words.

The surface forms (`actor_data`) are kept in a table of case-sensitive names keyed by their
first word (`Names`: a regex finds the capitalised words, each looked up), in a word trie for
the large derived dictionaries (`Gazetteer`), and compiled into a trie-shaped regular
expression for agent words in any case, so a sentence is scanned mostly in C; Python work is
proportional to the number of capitalised words and matches. Adjacent matches are then joined into
one actor where natural: "Russian President Vladimir Putin", "Iraqi troops", "President of
Armenia".
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Final, NamedTuple, TypeVar

from tensionwatch.domain.actor import IGO_SECTOR, Actor
from tensionwatch.domain.actor_data import (
    AGENTS,
    ENTITIES,
    SHARED_INSTITUTIONS,
    Entry,
    Forms,
    Kind,
    load_forms,
    party_forms,
    pattern,
)
from tensionwatch.domain.clause_words import OWNED_ENDINGS
from tensionwatch.domain.gazetteer import ASCII_CAPITALS, Gazetteer, Names, Words
from tensionwatch.domain.names import MILITARY_RANKS, money_at, private_name_words

# The kinds read as module constants: `Kind.PLACE` is an attribute of an Enum class, looked up
# through the enum's metaclass (~800 instructions a read, compiled, several reads a unit).
_BODY: Final = Kind.BODY
_ORG: Final = Kind.ORG
_PERSON: Final = Kind.PERSON
_PLACE: Final = Kind.PLACE
_SEAT: Final = Kind.SEAT
_TITLE: Final = Kind.TITLE

Resolved = tuple[str, str | None]  # an actor's code (country, IGO code or "") and sector


class ActorMatch(NamedTuple):
    """An actor found in a text: `actor.text == text[start:end]`; `kind` says what the words
    name (`person`, `place`, `seat`, `org`, `title` or `body`: see `Kind`)."""

    start: int
    end: int
    actor: Actor
    kind: str = "place"


_actor_match: Final = partial(tuple.__new__, ActorMatch)  # as `_unit` below: one call per actor
# A kind's plain string: `Kind.value` is a Python-level descriptor call, once per actor found.
_KIND_VALUES: Final = {kind: kind.value for kind in Kind}


@dataclass(frozen=True, slots=True, eq=False)
class _Form:
    """The meanings of a surface form, with what it stands for alone worked out in advance."""

    kind: Kind
    entries: tuple[Entry, ...]
    alone: Resolved | None  # unused for people: their role depends on the day
    # The kind tests of every match, answered once: looking up an enum member costs more.
    person: bool
    title: bool

    @classmethod
    def of(cls, entries: tuple[Entry, ...]) -> _Form:
        entry = entries[0]
        alone: Resolved | None = (entry.code, entry.sector)
        if entry.kind in AGENTS:  # an office of a named body keeps the body's code
            alone = (entry.code, entry.sector) if entry.sector else None
        return cls(entry.kind, entries, alone, entry.kind is _PERSON, entry.kind is _TITLE)


class _Unit(NamedTuple):
    start: int
    end: int
    form: _Form


# Builds a `_Unit` from a tuple without the Python-level `__new__` of NamedTuple (a call
# per match found: noticeably slower).
_unit: Final = partial(tuple.__new__, _Unit)


def _forms(table: dict[str, tuple[Entry, ...]]) -> dict[str, _Form]:
    """Each surface form's `_Form`; forms with the same entries share one (it keys a memo)."""
    shared: dict[tuple[Entry, ...], _Form] = {}
    forms = {}
    for form, entries in table.items():
        if entries not in shared:
            shared[entries] = _Form.of(entries)
        forms[form] = shared[entries]
    return forms


_ARTICLES: Final = ("The ", "the ")


def _merge(first: list[_Unit], second: list[_Unit], text: str = "") -> list[_Unit]:
    """Both lists' units in text order, leftmost-longest where they overlap (ties: `first`).

    Each list is ordered and non-overlapping, so at most two units share a start: the walk
    puts `first`'s before `second`'s, and a longer one from `second` replaces it. A form
    that opens with "The " is no leftmost: a longer form that starts after its article wins
    ("The Islamic Resistance in Iraq" is "Islamic Resistance in Iraq", not Phoenix's "The
    Islamic Resistance" and a place).
    """
    if not second:
        return first
    if not first:
        return second
    merged: list[_Unit] = []
    # the two ordered lists merged by a walk (`first`'s unit first on a tie, as a stable sort
    # of `first + second` put it): a sort called its key function once a unit
    ordered: list[_Unit] = []
    index = other = 0
    count, others = len(first), len(second)
    while index < count and other < others:
        if second[other].start < first[index].start:
            ordered.append(second[other])
            other += 1
        else:
            ordered.append(first[index])
            index += 1
    ordered += first[index:]
    ordered += second[other:]
    for unit in ordered:
        if not merged or unit.start >= merged[-1].end:
            merged.append(unit)
        elif unit.end > merged[-1].end and (
            unit.start == merged[-1].start
            or (unit.start == merged[-1].start + 4 and text.startswith(_ARTICLES, unit.start - 4))
        ):
            merged[-1] = unit
    return merged


# --- joining matches into actors ----------------------------------------------------------

_SPACE: Final = re.compile(r"[ \t]{1,3}")
_POSSESSIVE: Final[re.Pattern[str]] = re.compile(r"['’]s?[ \t]{1,3}")
# "Saudi Arabia's southwestern Jizan": a country's place, qualified by lower-case words.
_PLACE_OF: Final[re.Pattern[str]] = re.compile(r"['’]s[ \t]{1,3}(?:[a-z][a-z-]*[ \t]{1,3}){0,2}")
_IN: Final[re.Pattern[str]] = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
# Bodies that belong to the place they are "in" ("authorities in Tiraspol" are Moldova's even
# in a story from Moscow); not "troops" or "officials", who are often foreigners posted there.
_LOCAL: Final[frozenset[str]] = frozenset(
    {
        "authorities",
        "local authorities",
        "police",
        "riot police",
        "gendarmerie",
        "security forces",
    }
)
# Round 60 (story60): "A court in Belgrade ordered the veteran held", "prosecutors in Novi
# Sad": a court, a judge or prosecutors sit in the state whose town they are "in", not the
# story's (a Croatian veteran's case heard in Serbia); not "the court in Porto-Novo", the
# building a crowd gathers outside
_LOCAL_COURTS: Final[frozenset[str]] = frozenset(
    {"court", "courts", "prosecutor", "prosecutors", "judge", "magistrate", "tribunal"}
)
_OF: Final[re.Pattern[str]] = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# Round 41 (names41): a given name's or surname's lower-case part after a hyphen is the name's
# ("Cho Sei-young", "Nguyen Thi Kim-ngan"), not cut off at the hyphen ("Cho Sei"); a
# compound's suffix is not ("the Kim-era", "Ruto-led"): `_NAME_TAIL`.
_NAME_TAIL: Final = (
    r"(?:-(?!(?:led|backed|era|style|based|linked|allied|aligned|run|owned|born|made|"
    r"appointed|controlled|sponsored|supported|funded|friendly|leaning|type|like)\b)"
    r"[a-z][a-z'’]*)?"
)
_NAME: Final = re.compile(
    r"[ \t]+([A-Z][\w'’]*" + _NAME_TAIL + r"(?:(?:[ \t]+|-)(?:(?:al|el|bin|ibn|de|da|dos|van|"
    r"von|der|du|le|la)(?:[ \t]+|-))?[A-Z][\w'’]*" + _NAME_TAIL + r"){0,3})"
)
_NOT_NAMES: Final[frozenset[str]] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December The A An And But Or On In At "
    "For Of To From With By As He She It They We I You His Her Their This That These Those "
    "Who Which What When Where Said Says".split()
    # a number spelt out opening a sentence after a dateline is no given name: "Four Chinese
    # coast guard ships entered ...", "Two Israeli soldiers were killed ..."
    + "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Fifty Dozens "
    "Hundreds Thousands Tens Several Some Many Most Both All".split()
)
_WORD: Final[re.Pattern[str]] = re.compile(r"[^\s-]+")
# Round 57 (dict57): a region a minister's or envoy's portfolio names, between a country's
# possessive and the title: "Australia's Pacific minister Helen Carmody" is Australia's minister
# (the capitalised region broke the join, so the minister took the story's country, Fiji),
# "Britain's Africa minister", "Japan's Middle East envoy".
_PORTFOLIO_REGION: Final[re.Pattern[str]] = re.compile(
    r"['’]s[ \t]{1,3}(?:Pacific|Indo-Pacific|Asia-Pacific|Asia|Africa|Europe|Middle[ \t]East|"
    r"Mideast|Americas|Latin[ \t]America|Caribbean|Arctic|Balkans|Sahel|Gulf|Indian[ \t]Ocean)"
    r"[ \t]{1,3}"
)
# A community's adjective between a country's and an agent word: "Iraqi Kurdish forces" are
# Iraq's, "Syrian Druze fighters" Syria's.
_COMMUNITY: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+(?:Kurdish|Druze|Alawite|Shiite|Shia|Sunni|Yazidi|Tamil|Baloch|Pashtun|Hazara|"
    r"Tuareg|Arab|Christian|Muslim|Hindu|Buddhist|Catholic|Islamist|Jihadist)[ \t]+"
)
# Country names that are also given names: followed by a capitalised word that is no known
# actor, they start a person's name ("Jordan Bardella", "Chad Smith").
_GIVEN_NAMES: Final = frozenset({"Jordan", "Chad", "Georgia", "Israel"})
# One-word names that may end a person's name: places ("Luis Montenegro") and organisations
# ("Therese Kayikwamba Wagner" is Congo's foreign minister, not the Wagner Group).
_SURNAMES: Final = ENTITIES  # places, seats, organisations
# A backer named before "-backed": "the Saudi-backed government" is Yemen's, "Rwanda-backed M23"
# a Congolese group, "U.N.-backed" no UN body; the backer is no party of the phrase. So is the
# maker or supplier of a weapon: "Iranian-made drones", "U.S.-supplied missiles". Round 62
# (roles62): nor is the mediator of talks ("agreed to resume U.S.-mediated talks with Israel":
# the talks' other side is Israel); a broker or drafter stays (a "U.S.-brokered route"
# criticised aims at its broker)
_BACKED: Final = re.compile(
    r"-(?:backed|supported|sponsored|funded|armed|trained|allied|aligned|made|built|supplied"
    r"|designed|produced|manufactured|donated|mediated)\b"
)
# Round 47 (roles47): a language's adjective is no country: "the English-speaking North-West
# region" of Cameroon, "a Russian-speaking activist" in Riga, "a French-language ballad" name
# no British, Russian or French party (the speakers take the country of the story, section 2).
_LANGUAGE: Final = re.compile(r"-(?:speaking|language)\b")
_GIVEN_BEFORE: Final = re.compile(r"(?<![\w'’.&-])([A-Z][a-z]+) $")
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER: Final[frozenset[str]] = ASCII_CAPITALS


def _capitalised_before(text: str, start: int) -> bool:
    """Whether the characters before the space before `start` are a capital and one or more
    lower-case letters, as `_GIVEN_BEFORE` needs of its word: most units follow a lower-case
    word ("in Sereth"), and this walk back over it is cheaper than the regex's search."""
    at = start - 2
    while at >= 0 and text[at] in _ASCII_LOWER:
        at -= 1
    return 0 <= at < start - 2 and text[at] in _ASCII_UPPER


# Capitalised words that qualify a place rather than name a person ("Northern Gaza").
_QUALIFIERS: Final[frozenset[str]] = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater "
    "Inner Outer Old New Occupied Free Rural Coastal Metro Mount Lake Port Saint St Fort "
    "Mr Mrs Ms Dr Sir Lord Lady King Queen Prince Princess Emir Sheikh Pope General "
    "Former Acting Interim Deputy Then Late".split()
)
# "Russian Su-30 fighter jets", "Chinese J-10 fighters", "U.S. F-16 jets", "Turkish Bayraktar
# TB2 drones": a weapon's model designation (letters, a hyphen or not, and digits) between a
# country's adjective and the force's agent word; the force is the country's, not a bare
# agent word the story's own country would take.
_MODEL: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]{1,3}(?:[A-Z][a-z]+[ \t]{1,3})?[A-Z][A-Za-z]*-?\d+[A-Za-z]*){1,2}[ \t]{1,3}"
)
# Round 41 (false8): a firm named by its country and its trade ("a US private equity firm", "a
# Malaysian glove maker", "a Chilean copper company"): up to two lower-case words between the
# country's word and a business body (`data/agents.tsv`, BUS) make one actor, the country's
# firm, no longer the country beside a firm.
_TRADE: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+){1,2}")
_TRADE_SECTOR: Final = "BUS"
_MAX_GAP: Final = 28  # the longest gap a rule below accepts: "'s southwestern coastal "


@dataclass(slots=True)
class _Group:
    """Adjacent matches that make one actor."""

    units: list[_Unit]
    end: int
    person: bool
    entity: bool

    @classmethod
    def of(cls, unit: _Unit) -> _Group:
        kind = unit.form.kind
        return cls([unit], unit.end, kind is _PERSON, kind in ENTITIES)

    def add(self, unit: _Unit) -> None:
        kind = unit.form.kind
        self.units.append(unit)
        self.end = unit.end
        self.person = self.person or kind is _PERSON
        self.entity = self.entity or kind in ENTITIES

    def accepts(self, text: str, unit: _Unit) -> bool:
        """Whether `unit` continues this actor ("Russian" + "troops", "President" + "Putin")."""
        last = self.units[-1]
        if unit.start - last.end > _MAX_GAP:
            return False
        gap = text[last.end : unit.start]
        kind, last_kind = unit.form.kind, last.form.kind
        if kind is _PLACE and last_kind is _PLACE and len(self.units) == 1:
            # "Saudi Arabia's Jizan region": one place, named once (counted twice, it made
            # the country the article's and gave it the bare "allied forces" of the sentence)
            same = unit.form.entries[0].code == last.form.entries[0].code
            return same and _PLACE_OF.fullmatch(gap) is not None
        if kind in ENTITIES:
            if last_kind in AGENTS and not (self.person or self.entity) and _is_of(gap):
                return True
            if _posted_at_mission(text, last, unit, gap) and not (self.person or self.entity):
                return True  # "a diplomat at the Russian embassy": Russia's diplomat
            if _opposition_party(text, last, unit, gap) and len(self.units) == 1:
                return True  # "the opposition Green Party": the party is in opposition
            if _national_branch(last, unit, gap) and len(self.units) == 1:
                return True  # "Amnesty International Indonesia": the body's branch there
            if _demonym_of_group(last, unit, gap) and len(self.units) == 1:
                return True  # "Afghan Taliban forces", "Lebanese Hezbollah": one group
            if _local_institution(text, last, unit, gap) and not self.person:
                return True  # "Dhaka Metropolitan Police": the city's force, not London's
            # "authorities in Tiraspol", "police in Goma": the place's own
            return (
                kind is not _ORG
                and len(self.units) == 1
                and _IN.fullmatch(gap) is not None
                and _local_body(text, last, gap)
            )
        if self.person and kind is not _BODY:
            return False
        return (
            gap == " "
            or _SPACE.fullmatch(gap) is not None
            or (
                (last_kind in ENTITIES or last_kind is _PERSON)
                and _POSSESSIVE.fullmatch(gap) is not None
            )
            or (
                kind is _TITLE
                and last_kind is _PLACE
                and _PORTFOLIO_REGION.fullmatch(gap) is not None
            )
            or (
                last_kind is _PLACE
                and kind in AGENTS
                and (_COMMUNITY.fullmatch(gap) is not None or _MODEL.fullmatch(gap) is not None)
            )
            or (
                last_kind is _PLACE
                and kind is _BODY
                and unit.form.entries[0].sector == _TRADE_SECTOR
                and _TRADE.fullmatch(gap) is not None
            )
            or (
                # "the army's spokesman", "the ministry's chief": a title of no sector of its
                # own speaks for the body (not "the club's owners", a sector of their own);
                # round 43 (feed43): "the court's president", "the senate's president" preside
                # over the body, no head of state
                last_kind is _BODY
                and kind is _TITLE
                and (unit.form.entries[0].sector is None or _presides(text, last, unit))
                and _POSSESSIVE.fullmatch(gap) is not None
            )
        )


# Round 43 (feed43): the head of a court, a legislature or a party named by its possessive ("The
# court's president rejected the accusation") is that body's (JUD, LEG, ...), not the state's
# president (GOV), who could then not answer a GOV accuser.
PRESIDING_TITLES: Final[frozenset[str]] = frozenset(
    {"president", "vice-president", "chairman", "chairwoman", "chairperson"}
)
GOVERNMENT_SECTOR: Final = "GOV"


def _local_body(text: str, body: _Unit, gap: str) -> bool:
    """Whether `body` belongs to the place it is "in" (`_LOCAL`, `_LOCAL_COURTS`; a court
    not named "the court" nor "in the" region: "a court in the Urals city of ...")."""
    name = text[body.start : body.end].lower()
    if name in _LOCAL:
        return True
    return (
        name in _LOCAL_COURTS
        and gap == " in "
        and text[max(body.start - 4, 0) : body.start].lower() != "the "
    )


def _presides(text: str, body: _Unit, title: _Unit) -> bool:
    return text[title.start : title.end].lower() in PRESIDING_TITLES and body.form.entries[
        0
    ].sector not in (None, GOVERNMENT_SECTOR)


_AT_FROM: Final[re.Pattern[str]] = re.compile(r"[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?")
_MISSION_AFTER: Final[re.Pattern[str]] = re.compile(
    r"['’]?s?[ \t]+(?:embassy|consulate|mission)\b", re.IGNORECASE
)


def _posted_at_mission(text: str, last: _Unit, unit: _Unit, gap: str) -> bool:
    """ "a senior diplomat at the Russian embassy", "an official from Iran's consulate": a
    state's person (a title of the government) posted at a country's mission is that
    country's, as "an official of the Chinese embassy" is (round 42, feed42: such a diplomat
    expelled was taken for the expelling state's)."""
    if last.form.kind is not _TITLE or unit.form.kind is not _PLACE:
        return False
    if last.form.entries[0].sector != "GOV" or _AT_FROM.fullmatch(gap) is None:
        return False
    return _MISSION_AFTER.match(text, unit.end) is not None


def _group_kind(text: str, members: Sequence[_Unit]) -> Kind:
    """`_kind`, and a person posted at a mission ("a diplomat at the Russian embassy") is a
    title, not the mission."""
    kind = _kind(members)
    if kind is _BODY and members[0].form.kind is _TITLE and _posted(text, members):
        return _TITLE
    return kind


def _posted(text: str, members: Sequence[_Unit]) -> bool:
    """Whether joined matches name a person posted at a mission (`_posted_at_mission`)."""
    return any(
        _posted_at_mission(text, last, unit, text[last.end : unit.start])
        for last, unit in zip(members, members[1:], strict=False)
    )


def _national_branch(last: _Unit, unit: _Unit, gap: str) -> bool:
    """ "Amnesty International Indonesia called on ...", "Transparency International Kenya": a
    non-governmental body's name and a country right after it (one space) name the body's
    national branch, one party of that country (`_branch_country`; not an intergovernmental
    body: "told the Arab League Syria had ..." names Iran)."""
    if gap != " " or unit.form.kind is not _PLACE or last.form.kind is not _ORG:
        return False
    return last.form.entries[0].code.startswith(BRANCHED_CODES)


BRANCHED_CODES: Final = ("NGO",)


def _demonym_of_group(last: _Unit, unit: _Unit, gap: str) -> bool:
    """Round 52 (roles52): "Pakistani troops and Afghan Taliban forces clashed", "Lebanese
    Hezbollah": a country's name or demonym right before (one space) a named group of the
    same country names that group, one party (`_group_after_demonym`): left apart, the
    demonym stood as a party of its own beside the group, and "A and B clashed" lost B."""
    if gap != " " or unit.form.kind is not _ORG or last.form.kind is not _PLACE:
        return False
    place, group = last.form.entries[0].code, unit.form.entries[0].code
    return len(place) == 3 and group.startswith(place)


# Round 54 (dict54): the words of an institution's name that name no country ("Metropolitan
# Police", "Supreme Court Justices", "Royal Navy", "State Department", "Revolutionary Guards",
# "Federal Security Service"): a dictionary gives such a name to the one country whose copy
# names it so, but another country's or city's name right before it makes it that country's own
# ("Dhaka Metropolitan Police", "the Thai Royal Navy", "Kenya's State Department for ...").
GENERIC_NAME_WORDS: Final[frozenset[str]] = frozenset(
    "National Federal Supreme Metropolitan Royal Republican Revolutionary Central State "
    "Interior Coast Border Presidential Constitutional Internal External Foreign Special "
    "Security Intelligence Investigation Criminal Enforcement Law Public Home Justice Affairs "
    "Defense Defence Self-Defense Self-Defence Armed Air Ground Maritime Naval Guard Guards "
    "Police Service Services Court Courts Justices Ministry Office Bureau Agency Department "
    "Directorate Administration Forces Force Army Navy Marines Command Council Assembly "
    "Staff General of the and for".split()
)
_PLACES: Final[frozenset[Kind]] = frozenset({_PLACE, _SEAT})


def _local_institution(text: str, last: _Unit, unit: _Unit, gap: str) -> bool:
    """Whether a country's or city's name (or its possessive) stands right before an
    organisation of another country whose name is made only of `GENERIC_NAME_WORDS`: that
    place's own institution (`_institution_of_place`), as "Dhaka police" is Bangladesh's."""
    if unit.form.kind is not _ORG or last.form.kind not in _PLACES:
        return False
    if gap != " " and _POSSESSIVE.fullmatch(gap) is None:
        return False
    place, body = last.form.entries[0].code, unit.form.entries[0].code
    if len(body) != 3 or body == place:
        return False
    name = text[unit.start : unit.end]
    # round 56 (dict56): "Malawi's Democratic Progressive Party", "the Czech SPD": a party's
    # name or initials after another country's name is that country's party
    return GENERIC_NAME_WORDS.issuperset(name.split()) or name in party_forms()


def _institution_of_place(units: Sequence[_Unit]) -> Resolved | None:
    """The country and sector of an institution named after another country's or city's
    name (`_local_institution`; "officers of the Lima Metropolitan Police" too): the place's
    country, the institution's sector. Only that rule joins a place to an organisation of
    another country (`_demonym_of_group` joins one of its own)."""
    for last, unit in zip(units, units[1:], strict=False):
        if last.form.kind in _PLACES and unit.form.kind is _ORG:
            place, body = last.form.entries[0], unit.form.entries[0]
            if len(body.code) == 3 and body.code != place.code:
                return place.code, body.sector
    return None


def _group_after_demonym(units: Sequence[_Unit], agents: str | None) -> Resolved | None:
    """The group's code and sector of a group named after its demonym (`_demonym_of_group`)."""
    if len(units) < 2 or units[0].form.kind is not _PLACE or units[1].form.kind is not _ORG:
        return None
    return _entity(units[1].form.entries[0], agents)


def _opposition_party(text: str, last: _Unit, unit: _Unit, gap: str) -> bool:
    """Whether "opposition" stands right before a party's name ("the opposition Green Party",
    "the main opposition Labour Party"): one actor, a party the sentence puts in opposition."""
    return (
        gap == " "
        and unit.form.kind is _ORG
        and unit.form.entries[0].sector == PARTY_SECTOR
        and text[last.start : last.end].lower() == "opposition"
    )


# An opening quotation mark and the capitalised words of a name up to an agent word in it.
_QUOTED_NAME_START: Final = re.compile(
    r"(?:^|(?<=\s))['\"‘“](?:[A-Z][\w'’-]*[ \t]+(?:for[ \t]+|of[ \t]+|and[ \t]+)?){0,4}$"
)
# A closed quotation and the noun of a campaign it names: "the 'Justice for All' movement".
_QUOTED_NAME_END: Final = re.compile(
    r"[^'\"‘’“”]{0,60}['\"’”][ \t]+(?:movement|campaign|coalition|initiative|march|"
    r"protests?|rally|rallies|slogan|group|platform|alliance|network|petition)\b"
)


def _quoted_title(text: str, unit: _Unit) -> bool:
    """Whether an agent word opens the quoted title of a campaign ("the 'Justice for All'
    movement", "a \"Police Out\" campaign"): a word of the name, not a judge or the police."""
    start = unit.start
    if not text[start : start + 1].isupper():
        return False
    opened = _QUOTED_NAME_START.search(text, max(start - 40, 0), start)
    return opened is not None and _QUOTED_NAME_END.match(text, unit.end) is not None


# Round 52 (miss52w): "the opposition National Citizens' Movement", "the Workers' Front": an agent
# word in the possessive inside a party's capitalised name is a word of the name, not a party of its
# own (it stood nearer the verb than "opposition" and made the party civilians).
_NAMED_BODY_AFTER: Final[re.Pattern[str]] = re.compile(
    r"['’][ \t]+(?:Movement|Party|Front|Alliance|Congress|Coalition)\b"
)


def _possessive_in_name(text: str, unit: _Unit) -> bool:
    """Whether an agent word in the possessive plural opens a party's name ("Citizens'
    Movement"): capitalised, its apostrophe followed by the name's capitalised head."""
    if not text[unit.start : unit.start + 1].isupper():
        return False
    return _NAMED_BODY_AFTER.match(text, unit.end) is not None


def _is_of(gap: str) -> bool:
    return _OF.fullmatch(gap) is not None


# Round 58 (parties58): a soldier's rank, abbreviated, between a title and the name ("Kenya's
# army chief Gen. Peter Otieno", "Military spokesman Brig. Gen. Omar Haddad", "the navy's
# commander Adm. Luis Ortega"): the name runs on past it (the rank alone was read as the name,
# and the name after it as an unknown one of the story's country). The ranks are
# `names.MILITARY_RANKS`, with "Cdr" too
_RANK_BEFORE_NAME: Final[re.Pattern[str]] = re.compile(
    rf"(?:[ \t]+(?:{MILITARY_RANKS}|Cdr)\.){{1,3}}(?=[ \t]+[A-Z])"
)


def _name_end(text: str, end: int, limit: int) -> int:
    """End of a capitalised name right after a title ("Minister Igor Morgulov"), else `end`."""
    rank = _RANK_BEFORE_NAME.match(text, end, limit) if text[end + 1 : end + 2].isupper() else None
    found = _NAME.match(text, rank.end() if rank is not None else end, limit)
    if found is None:
        return end
    stop = end
    parts = list(_WORD.finditer(found.group(1)))
    for at, word in enumerate(parts):
        if word.group() in _NOT_NAMES and not _verb_in_name(word.group(), parts, at):
            break
        stop = found.start(1) + word.end()
    while text[stop - 1] in "'’" or text[stop - 2 : stop] in OWNED_ENDINGS:
        stop -= 1 if text[stop - 1] in "'’" else 2
    return stop


# Round 62 (roles62): a given name that is also a saying verb ("Foreign Minister Dhoihir Said
# Abdallah", "General Said Chanegriha"): between a title and a capitalised word of the name
# after it, it is a word of the name (the name stopped at it and "said" read as the verb, so
# the accusation lost its source); the last word of the run ("Minister Lavrov Said") still
# ends it.
_SAYING_NAMES: Final = frozenset({"Said", "Says"})


def _verb_in_name(word: str, parts: list[re.Match[str]], at: int) -> bool:
    """Whether `word` (a word of `_NOT_NAMES`), the `at`th of a titled name's capitalised
    words, is a given name inside the name: a saying verb's form with a capitalised word of
    the name right after it."""
    if word not in _SAYING_NAMES or at + 1 >= len(parts):
        return False
    following = parts[at + 1].group()
    return following not in _NOT_NAMES and following[1:2].islower()


# "Executive" as an adjective of a thing or a body ("an executive order", "the executive
# branch", "its executive committee"): no business person.
_EXECUTIVE_THING: Final = re.compile(
    r"(?i:executive)[ \t]+(?i:orders?|decrees?|branch|powers?|actions?|authority|privilege|"
    r"committee|board|council|summary|session|mansion)\b"
)
# Round 58 (false58): a royal title as the first word of a thing's or a creature's name ("a king
# tide swamped the harbour road", "king prawns", "a queen bee"): no monarch.
_ROYAL_THING: Final = re.compile(
    r"(?i:king|queen)[ \t]+(?i:tides?|prawns?|crabs?|cobras?|penguins?|salmon|bees?|"
    r"size|sized|mackerel|fisher|fishers)\b"
)
# The ideal, not a judge: "brought to justice", "a travesty of justice", "calls for justice".
_IDEAL_JUSTICE: Final = re.compile(r"(?:\bto|\bof|\bfor)[ \t]+$")
# The capitalised word right after a title.
_NEXT_WORD: Final = re.compile(r"[ \t]([A-Z][a-z]+)\b")
_PRIVATE_NAME_WORDS: Final = private_name_words()
# Round 62 (roles62): a noun of private names that is also a common surname ("Unification
# Minister Park Sun-young", "Defence Minister Park Jin"): followed by a capitalised given name
# (no noun of private names) it is the title holder's surname, not a park's name
_SURNAME_WORDS: Final = frozenset({"Park"})
_GIVEN_AFTER: Final = re.compile(r"[ \t]+[A-Z][a-z]+(?:-[a-z]+)?\b")


def _in_private_name(text: str, end: int) -> bool:
    """Whether a title is the first word of the name of a league, club, firm, medium or thing
    ("Premier League", "Premier Inn", "President Hotel"): a noun of such names follows it."""
    found = _NEXT_WORD.match(text, end)
    if found is None or found.group(1) not in _PRIVATE_NAME_WORDS:
        return False
    return found.group(1) not in _SURNAME_WORDS or _GIVEN_AFTER.match(text, found.end()) is None


def _no_office_holder(text: str, start: int, end: int) -> bool:
    """Whether a title names no one: the first word of a private name ("Premier League"),
    an executive thing ("an executive order"), or the ideal of justice ("brought to justice",
    "a travesty of justice")."""
    if _in_private_name(text, end) or _EXECUTIVE_THING.match(text, start):
        return True
    if _ROYAL_THING.match(text, start):
        return True
    return text[start:end] == "justice" and bool(
        _IDEAL_JUSTICE.search(text, max(start - 6, 0), start)
    )


# Offices of a state, not of an international body: "Prime Minister Mark Rutte" is the Dutch
# premier, whatever international post the same person holds later.
_NATIONAL_TITLES: Final = frozenset(
    "prime minister|president|premier|chancellor|foreign minister|defence minister|"
    "defense minister".split("|")
)


# "former", "ex-" before a title, also across the capitalised words of the phrase ("Former
# Socialist prime minister X"). Not coder.FORMERLY's "then" or "once": "the then Prime Minister
# X" held the office when he acted, so the title gives it.
_FORMER_TITLE: Final = re.compile(r"\b(?:[Ff]ormer|[Ee]x)[- ]?(?:[A-Z][\w'’-]* )*$")


def _national_title(
    text: str, members: Sequence[_Unit], resolved: Resolved | None, on: date | None
) -> Resolved | None:
    """A person of an international body's latest role (`_role` with no date) named with the
    title of a state's office right before, and no organisation or country beside ("Prime
    Minister Mark Rutte", "President Michelle Bachelet"), holds the latest national office
    the tables give: copy with no date is as likely to be old as new. So does one whose latest
    role is out of office (round 44: "Prime Minister Boyko Borissov" in undated copy is the
    head of government, not the opposition leader he became), unless the title is a former
    one ("former President X")."""
    if on is not None or resolved is None:
        return resolved
    if len(members) < 2 or not members[1].form.person or not members[0].form.title:
        return resolved
    if any(member.form.kind not in AGENTS for member in members[2:]):
        return resolved  # "Prime Minister X's government" is his too; no other name after
    if text[members[0].start : members[0].end].lower() not in _NATIONAL_TITLES:
        return resolved
    if not resolved[0].startswith(IGO_SECTOR) and (
        resolved[1] == "GOV" or _FORMER_TITLE.search(text, 0, members[0].start) is not None
    ):
        return resolved
    national = [e for e in members[1].form.entries if len(e.code) == 3 and e.sector == "GOV"]
    if not national:
        return resolved
    latest = max(national, key=_since)
    return latest.code, latest.sector


def _place_in_name(text: str, end: int, unit: _Unit) -> bool:
    """Whether a one-word place right after a title starts the person's name ("Foreign
    Minister Ararat Mirzoyan", "Defense Minister Israel Katz"): a surname follows it. Round 51
    (roles51): so does a one-word capital ("Health Cabinet Secretary Aden Duale": Kenya's
    minister, not Yemen's government; "Labour Minister Paris Lee")."""
    return _place_after_title(text, end, unit) and _CAPITAL_AFTER.match(text, unit.end) is not None


# Round 61 (story61): a given name and a surname's particle between a title and a one-word
# place ("Foreign Minister Pieter van Aalst", "Defence Minister Karl von Linz"): the place is
# the surname, not a party of its own.
_GIVEN_AND_PARTICLE: Final[re.Pattern[str]] = re.compile(
    r"[ \t]+[A-Z][a-z]+[ \t]+(?:van|von|van der|van den|von der|ter|ten)[ \t]+"
)


def _particle_surname(text: str, end: int, unit: _Unit) -> bool:
    """Whether a one-word place after a title's given name and a particle is its surname."""
    if unit.form.kind is not _PLACE or " " in text[unit.start : unit.end]:
        return False
    return _GIVEN_AND_PARTICLE.fullmatch(text, end, unit.start) is not None


def _place_after_title(text: str, end: int, unit: _Unit) -> bool:
    """Whether `unit` is a one-word place or seat right after a title ending at `end`, with
    only spaces between (`_place_in_name`, `_ship_named_for_place`)."""
    if unit.form.kind is not _PLACE and unit.form.kind is not _SEAT:
        return False
    return (
        _SPACE.fullmatch(text, end, unit.start) is not None
        and " " not in text[unit.start : unit.end]
    )


def _ship_named_for_place(text: str, title: _Unit, end: int, unit: _Unit) -> bool:
    """Round 57 (dict57): a navy's ship prefix the tables file under its country ("HMAS",
    "USS", "BRP": a title in capitals with a code, which no office is) names the ship by the
    one-word place after it ("HMAS Adelaide left Brisbane", "HMS Forth"): the place is the
    ship's name, not a party of its own."""
    if not _place_after_title(text, end, unit):
        return False
    return bool(title.form.entries[0].code) and text[title.start : title.end].isupper()


def _role(entries: Sequence[Entry], on: date | None) -> Resolved:
    """The code and sector of a person on a day (`None`: the latest role)."""
    dated = sorted((entry for entry in entries if entry.dated), key=_since)
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


def _since(entry: Entry) -> date:
    return entry.since or date.min


def _agent_sector(units: Iterable[_Unit]) -> str | None:
    """The sector the agent words give: the most specific one ("government troops": MIL)."""
    sectors = [unit.form.entries[0].sector for unit in units if unit.form.kind in AGENTS]
    specific = [sector for sector in sectors if sector and sector != "GOV"]
    if specific:
        return specific[0]
    return "GOV" if "GOV" in sectors else None


# Titles that outrank a person's dated role: an opposition leader named so is in opposition
# now, whatever office the person held before or after.
OPPOSITION_SECTOR: Final = "OPP"
PARTY_SECTOR: Final = "PTY"
TITLE_OUTRANKS: Final[frozenset[str]] = frozenset({OPPOSITION_SECTOR})


def _joined(units: Sequence[_Unit], on: date | None) -> Resolved | None:
    """The code and sector of several joined matches: a person's, else an entity's."""
    agents = _agent_sector(units)
    branch = (
        _branch_country(units)
        or _institution_of_place(units)
        or _group_after_demonym(units, agents)
    )
    if branch is not None:
        return branch
    for index, unit in enumerate(units):
        if unit.form.kind is _PERSON:
            code, sector = _role(unit.form.entries, on)
            named = next((u for u in units[:index] if u.form.kind in ENTITIES), None)
            if named is not None and named.form.entries[0].code != code:
                # "former NATO chief Jens Stoltenberg", "Georgian ex-president X": the
                # organisation or country the sentence names outranks the role a table
                # dates for the day
                return _entity(named.form.entries[0], agents or sector)
            if agents in TITLE_OUTRANKS and index and units[index - 1].form.kind in AGENTS:
                # "Opposition Leader Peter Dutton", a minister once: the title the sentence
                # gives outranks the role a table holds for the day (or the latest one)
                return code, agents
            return code, sector or agents
    for unit in units:
        if unit.form.kind in ENTITIES:
            return _entity(unit.form.entries[0], agents)
    for unit in units:
        # round 57 (dict57): a title the tables file under one body keeps its code when
        # another agent word joins it ("HMS Queen Elizabeth": the navy's ship, not a queen)
        if unit.form.kind is _TITLE and unit.form.entries[0].code:
            return unit.form.entries[0].code, agents
    return ("", agents) if agents else None


def _branch_country(units: Sequence[_Unit]) -> Resolved | None:
    """ "Amnesty International Kenya": a watchdog's national section takes its country, sector
    the body's own (labelling guide section 2: `KEN`, sector `NGO`), not the bare `NGO` of the
    international body. Joined only by `_national_branch` (the body, one space, a place)."""
    if len(units) != 2 or units[0].form.kind is not _ORG or units[1].form.kind is not _PLACE:
        return None
    body, place = units[0].form.entries[0], units[1].form.entries[0]
    if not body.code.startswith(BRANCHED_CODES) or not place.code:
        return None
    return place.code, body.sector


def _entity(entry: Entry, agents: str | None) -> Resolved:
    """A named entity's code and sector, the sector of the agent words with it for a country
    ("Iraqi troops": MIL), an organisation's own; a party name several countries share, the
    agent words' ("the Ministry of Labour", "the Labour government": GOV)."""
    if entry.kind is _ORG and (entry.code or not agents):
        if agents == OPPOSITION_SECTOR and entry.sector == PARTY_SECTOR:
            return entry.code, agents  # "the opposition BJP": in opposition now
        return entry.code, entry.sector
    return entry.code, agents or entry.sector


_CAPITAL_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+[A-Z][a-z]")
_CAPITAL_BEFORE: Final[re.Pattern[str]] = re.compile(r"[A-Z][a-z][\w'’-]*[ \t]+$")
_SURNAME_AFTER: Final[re.Pattern[str]] = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w'’-])")
_CALENDAR_WORDS: Final[frozenset[str]] = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December".split()
)


def _holders_surname(text: str, matches: list[ActorMatch], unit: _Unit) -> None:
    """Round 56 (dict56): "Interior Minister Ana Harris": a known person's one-word name dropped
    as the end of another name ends the name of the title's holder matched right before it
    (the article's later "Harris" is hers, `references._namesake`)."""
    if matches and _surname_of_titled(text, matches[-1], unit):
        prior = matches[-1]
        old = prior.actor
        actor = Actor(text[prior.start : unit.end], old.code, old.country, old.sector)
        matches[-1] = _actor_match((prior.start, unit.end, actor, prior.kind))


def _surname_of_titled(text: str, prior: ActorMatch, unit: _Unit) -> bool:
    """Whether a known person's one-word name (`unit`, a surname the tables give another
    person) ends the name of the title's holder matched right before it, one blank between
    ("Interior Minister Ana" + "Harris")."""
    return (
        prior.kind == _KIND_VALUES[_PERSON]
        and prior.end + 1 == unit.start
        and text[prior.end] == " "
    )


def _inside_other_name(text: str, unit: _Unit) -> bool:
    """A one-word name of a known person right next to another capitalised word (not at the
    start of the sentence) belongs to someone else's full name; so does a longer one with a
    capitalised word right after it that is no weekday or month: "Alvaro Garcia Ortiz" (two
    surnames) is not the "Alvaro Garcia" of the dictionary."""
    if " " in text[unit.start : unit.end]:
        after = _SURNAME_AFTER.match(text, unit.end)
        return after is not None and after.group(1) not in _CALENDAR_WORDS and not _title_case(text)
    return _glued(text, unit.start, unit.end, after_title=False)


# Offices whose name ends in "-General" and hold no rank: "Secretary-General", "Director-General"
# (a "Lieutenant-General" or "Major-General" is a soldier).
_CIVIL_GENERALS: Final = (
    "secretary",
    "director",
    "attorney",
    "solicitor",
    "governor",
    "auditor",
    "procurator",
    "comptroller",
    "registrar",
)


def _hyphen_general(lowered: str, unit: _Unit) -> bool:
    """ "NATO Secretary-General Mark Rutte", "WHO Director-General Tedros": "General" glued by a
    hyphen to an office is the office's second word, not a soldier's rank (the military title
    took the name, "General Mark Rutte", and left the organisation out)."""
    start = unit.start
    if start < 2 or lowered[start - 1] != "-" or not lowered.startswith("general", start):
        return False
    return lowered[max(start - 12, 0) : start - 1].endswith(_CIVIL_GENERALS)


def _civil_generals(lowered: str, agents: list[_Unit], folded: dict[str, _Form]) -> list[_Unit]:
    """The agent words with each civil office's "-General" joined to the office before it, as
    one title ("Secretary-General of the Arab League", "Attorney-General" as "attorney general"
    when the table has that form), not a general's rank of its own."""
    kept: list[_Unit] = []
    for unit in agents:
        if kept and kept[-1].end == unit.start - 1 and _hyphen_general(lowered, unit):
            office = kept[-1]
            joined = folded.get(f"{lowered[office.start : office.end]} general", office.form)
            kept[-1] = _unit((office.start, unit.end, joined))
            continue
        kept.append(unit)
    return kept


# Round 56 (craft56): "fighters" and "bombers" name craft, not men, after an aircraft's model
# ("Danish F-16 fighters", "two Chinese H-6 bombers", "a Su-24 bomber", "F/A-18 fighters"), its
# maker's or type's name ("Rafale fighters", "strategic bombers", "stealth fighters") or an air
# force ("air force bombers"), or before a craft's word ("a fighter jet", "fighter pilots"): the
# owner's air force, MIL (labelling guide section 2, `MIL` "army, navy, air force"; point 18:
# "Japan scrambled fighters as Chinese bombers neared Okinawa", JPN/MIL -> CHN/MIL), not the
# rebels (REB) or suicide bombers (INS) the words name alone ("Hamas fighters", "fighters loyal
# to ...", "two suicide bombers" stay). A model is letters, a hyphen or slash, and digits: "M23
# fighters" (no hyphen) are the group's.
_WARCRAFT_WORDS: Final[frozenset[str]] = frozenset({"fighter", "fighters", "bomber", "bombers"})
_WARCRAFT_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?<![\w-])[A-Z][A-Za-z]{0,3}(?:/[A-Z]{1,2})?-\d+[A-Za-z]{0,2}"
    r"|\b(?:Rafale|Mirage|Gripen|Eurofighter|Typhoon|Tornado|Sukhoi|Tupolev|Harrier|Hornet"
    r"|[Ss]tealth|[Ss]trategic|[Ll]ong-range|[Ss]upersonic|[Aa]ir [Ff]orce))[ \t]{1,3}$"
)
_WARCRAFT_AFTER: Final[re.Pattern[str]] = re.compile(
    r"[ \t]{1,3}(?:jets?|planes?|aircraft|pilots?|squadrons?)\b"
)
_WARPLANES: Final = "warplanes"


def _warcraft(text: str, units: list[_Unit], folded: dict[str, _Form]) -> list[_Unit]:
    """The units with "fighters" and "bombers" that name aircraft read as "warplanes" (MIL
    body): after a model, a type or an air force, or before a craft's word. A known name in
    the words before ("M-23 fighters", a group's) keeps the word's own sector."""
    craft = folded.get(_WARPLANES)
    if craft is None:
        return units
    kept: list[_Unit] = []
    for unit in units:
        start, end = unit.start, unit.end
        if (
            unit.form.kind in AGENTS
            and text[start:end].lower() in _WARCRAFT_WORDS
            and (
                _WARCRAFT_AFTER.match(text, end) is not None or _warcraft_before(text, start, kept)
            )
        ):
            unit = _unit((start, end, craft))
        kept.append(unit)
    return kept


def _warcraft_before(text: str, start: int, before: list[_Unit]) -> bool:
    """Whether an aircraft's model, type or air force ends right before `start`, not a part of
    a name the index knows (other than an air force's)."""
    found = _WARCRAFT_BEFORE.search(text, max(start - 24, 0), start)
    if found is None:
        return False
    previous = before[-1] if before else None
    return (
        previous is None
        or previous.end <= found.start()
        or previous.form.entries[0].sector == "MIL"
    )


# Round 61 (story61): an organisation named inside a ministry's or office's title, as one of
# its portfolio's fields ("the Ministry of Foreign and CARICOM Affairs", "Minister of Foreign
# Affairs and African Union Affairs"): the title names the state's ministry, not the body.
_PORTFOLIO_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:Ministry|Department|Minister|Secretary|Office)[ \t]+(?:of|for)[ \t]+"
    r"(?:[A-Z][\w'’-]*,?[ \t]+(?:and[ \t]+)?){1,4}$"
)
_PORTFOLIO_AFTER: Final[re.Pattern[str]] = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+Affairs\b"
)


def _in_portfolio(text: str, unit: _Unit) -> bool:
    """Whether an organisation's name is a field of a ministry's title (`_PORTFOLIO_BEFORE`)."""
    if unit.form.kind is not _ORG or _PORTFOLIO_AFTER.match(text, unit.end) is None:
        return False
    return _PORTFOLIO_BEFORE.search(text, max(unit.start - 60, 0), unit.start) is not None


def _title_case(text: str) -> bool:
    """A headline in title case ("Vladimir Putin Warns the West"): most words capitalised."""
    words = text.split()
    return 2 * sum(word[:1].isupper() for word in words) > len(words)


def _glued(text: str, start: int, end: int, after_title: bool = True) -> bool:
    """A one-word name with another capitalised word right after it, or right before it (not
    the sentence's first word, nor a title unless `after_title`): part of a longer name
    ("Cerro Verde", "Maia Sandu")."""
    if _CAPITAL_AFTER.match(text, end):
        return True
    before = _CAPITAL_BEFORE.search(text, max(start - 30, 0), start)
    if before is None or before.start() == 0:
        return False
    return after_title or not _is_title(before.group().strip())


def _no_false_countries(text: str, units: list[_Unit]) -> list[_Unit]:
    """The units less the country words that name no party: "pro-Russian separatists" (not
    Russia's), "anti-Israel protesters", the backer of "Iranian-backed Houthis", a currency
    ("US$815,000", "US dollars"), "Jordan
    Bardella" (a given name: a capitalised word follows that starts no known actor; "Israel
    Police", "Chad President" keep theirs)."""
    kept: list[_Unit] = []
    for index, unit in enumerate(units):
        if unit.form.kind in ENTITIES and (
            _BACKED.match(text, unit.end) is not None
            or money_at(text, unit.end)
            or _LANGUAGE.match(text, unit.end) is not None
        ):
            continue
        if unit.form.kind is _PLACE:
            start = unit.start
            if text[start - 1 : start] == "-":
                prefix = text[max(start - 5, 0) : start - 1].lower()
                if prefix.endswith(("pro", "anti")):
                    continue
            capital = _CAPITAL_AFTER.match(text, unit.end)
            if capital is not None and text[start : unit.end] in _GIVEN_NAMES:
                word = _WORD.match(text, capital.end() - 2)
                following = units[index + 1].start if index + 1 < len(units) else -1
                bare = word.group().rstrip(".,;:!?'’\"") if word else ""
                if following != capital.end() - 2 and bare not in _NOT_NAMES:
                    continue  # "Jordan Bardella", not "Israel Friday reimposed"
        kept.append(unit)
    return kept


# A capitalised noun that makes the name before it another thing's: a party or a campaign
# named after a place ("the Colorado Party" of Paraguay, "Palestine Action" in Britain), or a
# street, square or gate named after a place, group or person ("near the Black Star Gate",
# "on Moi Avenue"). Round 42 (feed42): a place's country or a group's was read into them.
# Round 54 (dict54): a structure named by letters, its noun in lower case ("the SNP bridge" over
# the Danube in Bratislava, "a blockade of the FNB avenue"): the letters are the structure's name,
# not the party an actor table files under them (Scotland's SNP). Only after an organisation's
# acronym: a place before such a noun is where the thing stands ("Kabul airport").
_NAME_HEADS: Final[tuple[str, ...]] = tuple(
    "Party Action Gate Square Street Avenue Boulevard bridge square street avenue boulevard "
    "airport stadium highway motorway tunnel monument memorial".split()
)
_NAME_HEAD: Final[re.Pattern[str]] = re.compile(r"[ \t](?:" + "|".join(_NAME_HEADS) + r")\b")
# The letters a head opens with: a unit followed by a space and another letter (most) ends no
# longer name, and no regex call is needed to say so
_NAME_HEAD_INITIALS: Final[frozenset[str]] = frozenset(head[0] for head in _NAME_HEADS)
_PLACE_NAMED: Final = frozenset({"Party", "Action"})  # a place's name only: not "Fatah Party"
_LANDMARK_KINDS: Final = frozenset({_PLACE, _ORG, _PERSON})


def _head_of_longer_name(text: str, unit: _Unit) -> bool:
    """Whether a place, group or person's name is the first part of a longer name that
    `_NAME_HEAD` ends: no party of its own. A noun in lower case ends only an acronym's."""
    if text[unit.end + 1 : unit.end + 2] not in _NAME_HEAD_INITIALS:
        return False  # the character after the space `_NAME_HEAD` opens with opens no head
    found = _NAME_HEAD.match(text, unit.end)
    if found is None or unit.form.kind not in _LANDMARK_KINDS:
        return False
    head = found.group()[1:]
    if head.islower():
        name = text[unit.start : unit.end]
        return unit.form.kind is _ORG and name.isupper() and name.isalpha()
    return unit.form.kind is _PLACE or head not in _PLACE_NAMED


def _is_title(word: str) -> bool:
    return word in {"President", "Prime", "Minister", "Chancellor", "Premier", "Mr", "Mrs", "Ms"}


def _kind(units: Sequence[_Unit]) -> Kind:
    """What joined matches name: a person if any is one, else the agent word if there is one
    ("Russian troops": a body), else the entity."""
    if len(units) == 1:
        return units[0].form.kind
    kinds = [unit.form.kind for unit in units]
    if _PERSON in kinds:
        return _PERSON
    agents = [kind for kind in kinds if kind in AGENTS]
    return agents[-1] if agents else kinds[-1]


def _new_actor(text: str, code: str, sector: str | None) -> Actor:
    if len(code) == 3:
        return Actor(text=text, code=code + (sector or ""), country=code, sector=sector)
    return Actor(text=text, code=code or sector or "", country=None, sector=sector)


_Key = TypeVar("_Key", bound=Hashable)
_Value = TypeVar("_Value")
_MEMO_LIMIT: Final[int] = 8192


def _remember(memo: dict[_Key, _Value], key: _Key, value: _Value) -> _Value:
    """Store `value` in a memo that is emptied when full (its keys are small and repeat)."""
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


# --- the index ----------------------------------------------------------------------------


class ActorIndex:
    """Every known actor's surface forms, compiled for fast matching."""

    def __init__(self, forms: Forms) -> None:
        self._exact_forms = _forms(forms.exact)
        self._folded_forms = _forms(forms.folded)
        self._large_forms = _forms(forms.large)
        self._gazetteer = Gazetteer(forms.large)
        self._weak = frozenset(forms.weak)
        self._names = Names(forms.exact)
        self._folded = Words(forms.folded)
        self._folded_any_case = pattern(forms.folded, re.IGNORECASE)
        self._roles: dict[tuple[_Form, date | None], Resolved] = {}
        self._actors: dict[tuple[str, str, str | None], Actor] = {}

    @classmethod
    def load(cls) -> ActorIndex:
        """Build the index from the package's data files (use `default_index()` to share one)."""
        return cls(load_forms())

    @property
    def size(self) -> int:
        """How many surface forms the index knows."""
        return len(self._exact_forms) + len(self._folded_forms) + len(self._large_forms)

    def find(self, text: str, on: date | None = None) -> list[ActorMatch]:
        """The actors in `text`, leftmost-longest and non-overlapping, as of the day `on`."""
        units = self._units(text)
        matches: list[ActorMatch] = []
        index, count = 0, len(units)
        while index < count:
            unit = units[index]
            index += 1
            members: Sequence[_Unit] = (unit,)
            end = unit.end
            if index < count and units[index].start - end <= _MAX_GAP:  # may join the next
                group = _Group.of(unit)
                while index < count and group.accepts(text, units[index]):
                    group.add(units[index])
                    index += 1
                members, end = group.units, group.end
            last = members[-1]
            if last.form.person and _inside_other_name(text, last):
                members = members[:-1]  # "Petro Symonenko", "Jeb Bush": another person's name
                if not members:
                    _holders_surname(text, matches, last)
                    continue
                end = members[-1].end
            resolved = self._resolve(members, on)
            resolved = _national_title(text, members, resolved, on)
            if resolved is None or (
                not resolved[0] and text[unit.start : end] in SHARED_INSTITUTIONS
            ):  # "the Joint Chiefs of Staff" alone: the story decides whose (`names`);
                continue  # "South Korea's Joint Chiefs of Staff" stays an agent word of its owner
            kind = _group_kind(text, members)
            if len(members) == 2 and members[1].form.kind is _ORG and kind is not _ORG:
                if members[1].start - members[0].end == 1:  # "the opposition Green Party"
                    kind = _ORG  # the party, named: not a body of agent words
            if members[-1].form.title:
                if _no_office_holder(text, unit.start, end):
                    continue  # "Premier League", "an executive order", "brought to justice"
                if index < count and (
                    _place_in_name(text, end, units[index])
                    or _ship_named_for_place(text, members[-1], end, units[index])
                    or _particle_surname(text, end, units[index])
                ):
                    # "Foreign Minister Ararat Mirzoyan": a first name; "HMAS Adelaide": a
                    # ship's name; no place either way
                    index += 1
                named = _name_end(text, end, units[index].start if index < count else len(text))
                kind = _PERSON if named > end else kind
                end = named
            actor = self._actor(text[unit.start : end], resolved)
            matches.append(_actor_match((unit.start, end, actor, _KIND_VALUES[kind])))
        return matches

    def _units(self, text: str) -> list[_Unit]:
        """Every known form in `text`: case-sensitive forms, then agent words in any case."""
        exact = self._exact_forms
        named, gazetted = self._names.find_with(self._gazetteer, text)  # one scan for both
        names = [_unit((s, e, exact[name])) for s, e, name in named]
        large = self._large_forms
        weak = self._weak
        listed = [
            _unit((s, e, large[name]))
            for s, e, name in gazetted
            if name not in weak or not _glued(text, s, e)
        ]
        names = _merge(names, listed, text)
        # each unit's end tested (a character test first), not the text searched for a head:
        # a search tried the heads at every space of every sentence
        names = [unit for unit in names if not _head_of_longer_name(text, unit)]
        folded = self._folded_forms
        lowered = text.lower()
        if len(lowered) == len(text):  # lower-casing kept the offsets: look up its words
            agents = [_unit((s, e, folded[form])) for s, e, form in self._folded.find(lowered)]
        else:
            found = self._folded_any_case.finditer(text)
            agents = [_unit((m.start(), m.end(), folded[m.group().lower()])) for m in found]
        if "'" in text or '"' in text or "‘" in text or "“" in text:
            agents = [
                unit
                for unit in agents
                if not (_quoted_title(text, unit) or _possessive_in_name(text, unit))
            ]
        if "-general" in lowered:
            agents = _civil_generals(lowered, agents, folded)
        units = _merge(names, agents, text)
        if "fighter" in lowered or "bomber" in lowered:
            units = _warcraft(text, units, folded)
        if (
            (
                "-" in lowered  # each of the five tests after it needs a hyphen: most have none
                and (
                    "pro-" in lowered
                    or "anti-" in lowered
                    or _BACKED.search(lowered) is not None
                    or "-speaking" in lowered
                    or "-language" in lowered
                )
            )
            or any(n in text for n in _GIVEN_NAMES)
            or "$" in text
            or any(money_at(text, unit.end) for unit in units if unit.form.kind in ENTITIES)
        ):
            units = _no_false_countries(text, units)
        if " Affairs" in text:  # few sentences name a ministry of affairs
            units = [unit for unit in units if not _in_portfolio(text, unit)]
        return self._no_surnames(text, units)

    def _no_surnames(self, text: str, units: list[_Unit]) -> list[_Unit]:
        """The units less one-word places or organisations that end a person's name: "Luis
        Montenegro", "Jose Lima", "Tom Holland", "Therese Kayikwamba Wagner" (a capitalised word
        no table knows, not the sentence's first, not a weekday, a compass word or a community's
        adjective, stands right before)."""
        kept: list[_Unit] = []
        previous_end = -1
        for unit in units:
            start = unit.start
            if (
                start > 2
                and text[start - 1] == " "
                and unit.form.kind in _SURNAMES
                and previous_end != start - 1
                and _capitalised_before(text, start)
                and " " not in text[start : unit.end]
                and not text[start : unit.end].isupper()  # "Former NATO chief": no surname
            ):
                before = _GIVEN_BEFORE.search(text, max(start - 20, 0), start)
                if before is not None and before.start() > 0 and self._unknown(before.group(1)):
                    previous_end = unit.end
                    continue
            kept.append(unit)
            previous_end = unit.end
        return kept

    def _unknown(self, word: str) -> bool:
        """Whether a capitalised word is no known form, stop word or place's qualifier."""
        if word in _NOT_NAMES or word in _QUALIFIERS or word in self._exact_forms:
            return False
        if _COMMUNITY.fullmatch(f" {word} ") is not None:
            return False
        return word not in self._large_forms and word.lower() not in self._folded_forms

    def _resolve(self, units: Sequence[_Unit], on: date | None) -> Resolved | None:
        if len(units) > 1:
            return _joined(units, on)
        form = units[0].form  # the common case: one word or name, nothing to combine
        if not form.person:
            return form.alone
        found = self._roles.get((form, on))
        if found is None:
            found = _remember(self._roles, (form, on), _role(form.entries, on))
        return found

    def _actor(self, text: str, resolved: Resolved) -> Actor:
        # the pair's items named, not starred: compiled, a starred tuple or call is built
        # the generic way
        code, sector = resolved
        key = (text, code, sector)
        found = self._actors.get(key)
        if found is None:
            found = _remember(self._actors, key, _new_actor(text, code, sector))
        return found


@cache
def default_index() -> ActorIndex:
    """The index built from the package data, loaded once per process."""
    return ActorIndex.load()
