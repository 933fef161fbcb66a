"""The coder's actor: who acts or is acted upon, as the coder passes it between its layers.

The same four fields as `models.Actor`, the record the coder's events carry, in a plain slotted
class: a pydantic model answers every field read through its `__getattr__` hook (which the
interpreter does not specialise, and which mypyc calls as a generic attribute look-up), while
this class is a native class in the compiled coder, whose fields are read as struct members.
The coder reads actors' fields tens of times an act; it makes an event's `models.Actor` only
when the event is made (`Actor.record`).
"""

from __future__ import annotations

from typing import Final, TypeVar

from pydantic import BaseModel

from tensionwatch.domain import models
from tensionwatch.domain.actor_data import country_names, country_words
from tensionwatch.domain.clause_words import ASSAULT_NOUNS, NUMBER_WORDS

# round 40 (align40): docs/labelling.md, section 2: trade unions and their leaders are civilians,
# `CVL`, not `LAB` (13 of the open sets' 14 union labels). The coder keeps `LAB` inside, where it
# tells a union from other civilians ("the union" back to the union named last:
# `references._unions`), and writes `CVL` in the event it emits.
# round 43 (sector43): insurgents, militants and jihadists, `INS` in the actor index (CAMEO's
# sector), are `REB` in the guide (section 2: "rebels, separatists, insurgents and jihadist
# groups"): the open labels code 55 of 78 `INS` parties with the country right `REB`, 3 `INS`.
OUTPUT_SECTORS: Final[dict[str, str]] = {"LAB": "CVL", "INS": "REB"}

# The bare crowd words, one source: `references._crowd` reads them for a crowd of no country
# of its own (of the country it marches in), `coder` for appeals to and fire on a crowd.
BARE_CROWDS: Final[frozenset[str]] = frozenset(
    "protesters protestors demonstrators marchers crowds crowd rioters".split()
)

# round 43 (sector43): docs/labelling.md, section 2: protesters, demonstrators and crowds are
# civilians, `CVL`, unless a party or group is named (point 38: "opposition supporters" are
# `OPP`). The actor index files them under `OPP` (data/agents.tsv), and the coder's rules keep
# reading them so (a crowd is one of a country's domestic critics); the event it emits writes
# `CVL` for an opposition-sector party named only as a crowd: the open labels code 165 of 179
# such parties `CVL` (protesters 134 of 147 outside other sectors' labels). The last word of such
# a party: the bare crowd words, their singulars ("a protester"), a counted crowd ("tens of
# thousands").
CROWD_HEADS: Final[frozenset[str]] = BARE_CROWDS | frozenset(
    "protester protestor demonstrator marcher rioter thousands hundreds".split()
)
CROWD_SECTOR: Final = "OPP"
# An intergovernmental body's sector, and the opening of its code ("IGO", "IGOUNO", "IGOWSTNAT")
IGO_SECTOR: Final[str] = "IGO"
NAMED_OPPOSITION: Final = "opposition"  # "opposition protesters" stay the opposition's


_set: Final = object.__setattr__
_Model = TypeVar("_Model", bound=BaseModel)
_ACTOR_FIELDS: Final[frozenset[str]] = frozenset(models.Actor.model_fields)


def _actor_record(fields: dict[str, object]) -> models.Actor:
    """`models.Actor.validated(fields)` of a coder's actor's four fields (in the model's
    order; text and code strings, country and sector strings or None, as `Actor` holds them),
    made in compiled code without validation: the model validates nothing more of them, and
    its classmethod and validator cost several thousand instructions a record."""
    made = models.Actor.__new__(models.Actor)
    _set(made, "__dict__", fields)
    _set(made, "__pydantic_fields_set__", set(_ACTOR_FIELDS))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


def copied(record: _Model, update: dict[str, object]) -> _Model:
    """`record.model_copy(update=update)` for the coder's frozen records (no extra fields, no
    private attributes): the same fields, field set and order, made here in compiled code, where
    pydantic's `model_copy` (with `__copy__` and `copy.copy` three times) runs interpreted, about
    a dozen thousand instructions a copy, several hundred copies a bench pass."""
    kind = type(record)
    made = kind.__new__(kind)
    _set(made, "__dict__", record.__dict__ | update)
    _set(made, "__pydantic_extra__", None)
    fields = set(record.__pydantic_fields_set__)
    fields.update(update)
    _set(made, "__pydantic_fields_set__", fields)
    _set(made, "__pydantic_private__", None)
    return made


def shown_sector(text: str, sector: str | None) -> str | None:
    """The sector an event writes for an actor: `LAB` as `CVL`; an opposition-sector party
    named only as a crowd ("protesters", "(protesters)", "tens of thousands") as `CVL`."""
    if sector in OUTPUT_SECTORS:
        return OUTPUT_SECTORS[sector]
    if sector != CROWD_SECTOR:
        return sector
    words = text.lower().split()
    if words and words[-1].strip("()") in CROWD_HEADS and NAMED_OPPOSITION not in words:
        return "CVL"
    return sector


# round 44 (sector44): docs/labelling.md, section 2: a country named as a whole ("China", "the
# United States", "Israeli", "it", "both countries") is its government, `GOV`, in diplomacy
# (accusing, meeting, expelling, sanctioning, appeals, agreements), its forces, `MIL`, as the
# doer of a military act, and has no sector as the place or victim of force; a people named by
# its plural demonym ("Cubans", "Romanians") is its civilians, `CVL`. The coder keeps such a
# party without a sector (its rules and the learned veto read a bare country so); the event it
# emits, once the veto has kept it (`coder._written_sectors`), writes the sector by the act's
# PLOVER type. Open labels of bare countries with the country right: diplomacy ~690 of ~850
# `GOV`; the source of ASSAULT or MOBILIZE 80 of 90 `MIL`; the target of ASSAULT, COERCE or
# MOBILIZE mixed (`MIL`, `CVL`, empty): kept; plural demonyms 21 of 29 `CVL`. A name the actor
# index does not know (a person, a town, an acronym) given the story's country is no country
# named whole and keeps no sector (its labels: `GOV`, `OPP`, `REB`, `MIL`, empty, mixed).
WHOLE_SOURCE_SECTORS: Final[dict[str, str]] = {"ASSAULT": "MIL", "MOBILIZE": "MIL"}
WHOLE_TARGET_KEPT: Final[frozenset[str]] = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
WHOLE_SECTOR: Final = "GOV"
PEOPLE_SECTOR: Final[str] = "CVL"
# words after a country's name or demonym that still name the state: "her Tajik counterpart",
# "Israeli leaders", "Georgia's leaders"
STATE_HEADS: Final[frozenset[str]] = frozenset("counterpart counterparts leader leaders".split())


# round 44 (sector44): the one condemned is the doer of the condemned act (docs/labelling.md,
# section 2), so a country named whole condemned for a military act ("condemned the launch",
# "condemned an Israeli air strike", "condemned China's aggressive military activities") is
# its forces, `MIL`: the open labels code 39 of the bare countries accused with the country
# right `MIL`, nearly all of them condemned for a strike, attack, launch or incursion. Only for
# CAMEO 111 (`cameo.CRITICISM`: condemned, criticised): "accused X of backing the offensive"
# (112) and "summoned X's envoy to protest the strikes" (114) are aimed at X's government (14
# of 14 labelled GOV).
MILITARY_SECTOR: Final = "MIL"
MILITARY_ACTS: Final[frozenset[str]] = frozenset(ASSAULT_NOUNS) | frozenset(
    "launch launches missile missiles rocket rockets shellings bombardment bombardments raid "
    "raids drone drones manoeuvres maneuvers invasion military deployment".split()
)
CONDEMNED_REACH: Final = 6  # words after the act's evidence that may name what is condemned


def condemns_force(sentence: str, evidence: str) -> bool:
    """Whether the act's evidence in `sentence`, or the few words after it up to a comma,
    names a military act as what is condemned ("condemned the launch as ...")."""
    at = sentence.find(evidence) if evidence else -1
    if at < 0:
        return False
    tail = sentence[at + len(evidence) :].split(",", 1)[0].split()[:CONDEMNED_REACH]
    words = evidence.split() + tail
    return any(word.strip("\"'.;:()").lower() in MILITARY_ACTS for word in words[1:])


def whole_country_sector(plover_type: str, source: bool, force: bool = False) -> str | None:
    """The sector an event writes for a country named as a whole on one side of an act of
    `plover_type` (None: none, as the place or victim of force; `force`: the act condemns a
    military act, whose doer is the target)."""
    if force and not source:
        return MILITARY_SECTOR
    if source:
        return WHOLE_SOURCE_SECTORS.get(plover_type, WHOLE_SECTOR)
    return None if plover_type in WHOLE_TARGET_KEPT else WHOLE_SECTOR


def _named_whole(text: str) -> str | None:
    """How `text` names a country: "people" for a plural demonym ("Bolivians"), "state" for its
    name, a demonym, a word for it ("it", "both sides", "the kingdom") or its leaders or
    counterpart; None for a proper name of something else or for the coder's "(country)",
    a maker no one names."""
    if not text or text[0] == "(":
        return None  # "(country)": the coder's guess at a maker no one names, of any sector
    if not text[0].isupper():
        return "state"  # a word for a country the coder resolved: "it", "both sides"
    bare = text[4:] if text.startswith("The ") else text
    names, words = country_names(), country_words()
    if bare in names:
        return "state"
    if bare in words:
        single = bare[:-1] if bare.endswith("s") else ""
        return "people" if single in words and single not in names else "state"
    head = bare.rsplit(" ", 1)
    if len(head) == 2 and head[1] in STATE_HEADS:
        owner = head[0].removesuffix("'s")
        if owner in names or owner in words:
            return "state"
    return None


def _demonym(text: str) -> bool:
    """Whether `text` is a country's adjective alone ("Bolivian", "South Korean"), no name of
    a country nor a word for one: a crowd's nationality where the coder missed its head noun
    (round 45, sector45: the doer of a march, strike or blockade is the crowd, `CVL`, points 42
    and 43; an adjective standing for the state does not march)."""
    return text[:1].isupper() and text in country_words() and text not in country_names()


def written_whole(
    party: models.Actor | None, plover_type: str, source: bool, force: bool = False
) -> models.Actor | None:
    """`party` with the sector it is written with when it is a country named as a whole (its
    code its country's, no sector): `whole_country_sector`, or `CVL` for a people; None when it
    is something else or keeps no sector."""
    if party is None or party.sector is not None:
        return None
    country, code = party.country, party.code  # read once (see `written_party`)
    if country is None or code != country:
        return None
    text = party.text
    named = _named_whole(text)
    if named is None:
        return None
    if named == "state" and source and plover_type == PROTEST_TYPE and _demonym(text):
        named = "people"  # "Thousands of Bolivian miners marched": the crowd, not the state
    sector = (
        PEOPLE_SECTOR if named == "people" else whole_country_sector(plover_type, source, force)
    )
    if sector is None:
        return None
    return copied(party, {"code": code + sector, "sector": sector})


# round 44 (sector44): docs/labelling.md, section 2: schools and students are `EDU`. The actor
# index files "students", "pupils" and student leaders under civilians (data/agents.tsv's
# titles), and the coder's rules read them so; the event the veto has kept writes them `EDU`
# (the veto weighs a `CVL` source +0.95 and `EDU` -0.26, so written before it they changed its
# decision: sector43 tried that). Open labels: 29 of 33 such `CVL` parties with the country
# right are labelled `EDU`, 2 `CVL`.
SCHOOL_SECTOR: Final = "EDU"
SCHOOLED_FROM: Final = "CVL"
STUDENT_HEADS: Final[frozenset[str]] = frozenset(
    "student students pupil pupils schoolchildren schoolgirls schoolboys".split()
)
# a count or share before "of" leaves the head after it ("dozens of pupils", "some of the students",
# "one of the students"): the clause layer's number words and a few more
COUNTED_BEFORE_OF: Final[frozenset[str]] = (
    CROWD_HEADS | NUMBER_WORDS | frozenset("scores tens group groups many several few".split())
)
STUDENT_BODIES: Final[frozenset[str]] = frozenset(
    "leader leaders representative representatives group groups union unions".split()
)


def _schooled(text: str) -> bool:
    """Whether `text` names students: its head (its last word, or the word before "of" unless
    that counts them) a student's ("students", "(pupils)", "hundreds of students"), or a
    student body's after "student" ("student leaders", "student unions")."""
    words = text.lower().split()
    if "of" in words[1:]:  # "parents of students" are parents; "hundreds of students" students
        at = words.index("of", 1)
        words = words if words[at - 1] in COUNTED_BEFORE_OF else words[:at]
    if not words:
        return False
    last = words[-1].strip("()")
    if last in STUDENT_HEADS:
        return True
    return len(words) > 1 and words[-2] in ("student", "students'") and last in STUDENT_BODIES


# round 44 (sector44): docs/labelling.md, section 2: `GOV` is the government and head of
# state. A military government ("Niger's military government", "the military rulers", "junta
# chief Min Aung Hlaing") governs: the actor index files it under `MIL` by its "military" or
# "junta" and the coder's rules read it so; the event writes it `GOV`. Open labels of such
# `MIL` parties with the country right: 14 of 15 `GOV`.
RULING_WORDS: Final[frozenset[str]] = frozenset(
    "government governments rulers ruler junta junta's regime".split()
)


# "government troops", "junta forces" are the forces
RULED_FORCES: Final[frozenset[str]] = frozenset(
    "troops forces force soldiers army militia militias units".split()
)


def _ruling(text: str) -> bool:
    """Whether `text` names a government (its rulers, its junta) rather than its forces."""
    words = text.lower().split()
    at = next((i for i, word in enumerate(words) if word in RULING_WORDS), -1)
    return at >= 0 and not any(word in RULED_FORCES for word in words[at + 1 :])


# round 45 (sector45): docs/labelling.md, section 2 and point 37: a party is `GOV` when it rules
# (the coder writes "the ruling X" so, `coder._ruling_party`) and `OPP` otherwise ("opposition
# parties, their leaders and activists"); the guide has no `PTY`. The actor index files a named
# party whose role it does not know under `PTY`, and the coder's rules and the veto read it so
# (the veto weighs the sector); the event the veto has kept writes it `OPP`. Open labels of such
# `PTY` parties with the country right: 37 of 45 `OPP`, 7 `GOV` (parties then in power the
# sentence does not call ruling), 1 `PTY` ("political parties" of all sides, kept: a plural
# "parties" names several, not the opposition).
PARTY_SECTOR: Final = "PTY"
OPPOSITION_SECTOR: Final = "OPP"
# round 45 (sector45): the index's other sectors the guide writes otherwise (section 2): a
# national rights group ("a Kenyan rights group", "human rights groups", a rights activist) is
# `NGO` (`HRI`: 6 of 7 open labels `NGO`); refugees, migrants and the displaced are civilians
# (`REF`: 5 of 6 `CVL`). Written after the veto, which weighs the index's sectors.
GUIDE_SECTORS: Final[dict[str, str]] = {"HRI": "NGO", "REF": "CVL"}
# round 50 (actors50): section 2 has no `SPY` either: an intelligence or internal-security
# service is a body of its government (`GOV`: open labels 4 of 4, "Moroccan security services"
# accused, "the Romanian intelligence" rebutted), and `COP` as the doer of police work
# (arrests: "Venezuelan intelligence agents detained ...", 1 of 1), as "security forces" are.
INTELLIGENCE_SECTOR: Final = "SPY"
POLICE_WORK_TYPE: Final = "COERCE"
# round 46 (sector46): docs/labelling.md, section 2 has no `ELI`: the actor index files former
# heads and ministers ("former prime minister", "Former president X"), elders and traditional
# leaders under CAMEO's elites, and the coder's rules and the veto read them so. The event the
# veto has kept writes a former office holder `OPP` (the guide's opposition leaders: open labels
# 4 of 4 such `ELI` parties `OPP`, Chad's, Guinea-Bissau's, Tuvalu's, Moldova's), one the index
# dates as former but the sentence titles in office ("Japanese Prime Minister X" in an undated
# 1990s report) `GOV` (PLOVER GSR 2 of 2), and elders and traditional leaders `CVL` (open 1 of 1;
# the GSR's own `ELI` labels stay unmatched either way).
ELITE_SECTOR: Final = "ELI"
FORMER_MARKS: Final = ("former", "ex-")
OFFICE_WORDS: Final[frozenset[str]] = frozenset(
    "president minister premier chancellor secretary".split()
)


def _elite_sector(text: str) -> str:
    """The guide's sector for an elite party by its words: a former office holder `OPP`, an
    office holder `GOV`, elders and traditional leaders `CVL`."""
    words = text.lower().split()
    if any(word.startswith(FORMER_MARKS) for word in words):
        return OPPOSITION_SECTOR
    return WHOLE_SECTOR if not OFFICE_WORDS.isdisjoint(words) else PEOPLE_SECTOR


# round 46 (sector46): docs/labelling.md, section 2: `JUD` is courts and prosecutors. An attorney
# general heads the state's prosecution (the Fiscal or Procurador General of Venezuela, Guatemala,
# Colombia, El Salvador, Peru) and charges, indicts and opens cases; data/agents.tsv files the
# title under the government's titles, and the coder's rules and the veto read it so. The event the
# veto has kept writes an attorney general and his office `JUD`. Open labels of such parties: 10
# of 11 `JUD`; the eleventh, "Attorney General and Justice Minister X", `GOV` (a minister too:
# left `GOV`).
JUDICIAL_SECTOR: Final = "JUD"
PROSECUTING_TITLE: Final = "attorney general"
MINISTER_WORD: Final = "minister"


def _prosecuting(text: str) -> bool:
    """Whether `text` names an attorney general or his office ("Attorney General X", "the
    attorney-general's office") and no minister."""
    words = text.lower().replace("-", " ")
    return PROSECUTING_TITLE in words and MINISTER_WORD not in words


PARTIES_HEADS: Final[frozenset[str]] = frozenset({"parties", "(parties)"})


def _a_party(text: str) -> bool:
    """Whether `text` names one party or its people, not several parties ("political
    parties", "all parties")."""
    words = text.lower().split()
    return not words or words[-1] not in PARTIES_HEADS


# round 45 (sector45): docs/labelling.md, section 2 and points 42-43: a protest, march or strike
# with no one named as target is aimed at the protesters' own government (`GOV`): a place ("in
# Peshawar", "on the Avenida de Mayo", "outside the Legislative Palace") is no party; its source
# is the crowd (`CVL` unless a party or group is named). Where the coder's side of a protest is
# only its country (a place, a crowd count, a name the actor index does not know; no sector),
# the event writes the target `GOV` and the source `CVL`. Open labels of such sides with the
# country right: targets 21 of 25 `GOV` (the others a person, a party, a date: LEG, JUD, OPP,
# CVL); sources 6 of 8 `CVL` (a bloc `OPP`, a school `EDU`).
PROTEST_TYPE: Final = "PROTEST"
PROTESTED_SECTOR: Final = "GOV"
PROTESTER_SECTOR: Final = PEOPLE_SECTOR


def _protest_side(party: models.Actor, source: bool) -> models.Actor | None:
    """A side of a protest named only by its country (no sector) written with the sector the
    guide gives it: the crowd `CVL`, the one protested against its government `GOV`."""
    if party.sector is not None or party.country is None or party.code != party.country:
        return None
    sector = PROTESTER_SECTOR if source else PROTESTED_SECTOR
    return copied(party, {"code": party.code + sector, "sector": sector})


def written_party(
    party: models.Actor | None, plover_type: str, source: bool, force: bool = False
) -> models.Actor | None:
    """`party` as the event writes it when its sector is written otherwise than the coder
    reads it (students `EDU`; a military government `GOV`; a party of no known role `OPP`;
    rights groups `NGO`, refugees `CVL`; an attorney general `JUD`; elites `OPP`, `GOV` or
    `CVL`; a country named whole: `written_whole`; a protest's side named by its country alone:
    `_protest_side`); None when as it is."""
    if party is None:
        return None
    # the sector read once: a pydantic record's field is a generic attribute look-up through
    # its `__getattr__` hook (~350 instructions) in the compiled coder, twice an event
    sector = party.sector
    if sector == PARTY_SECTOR and _a_party(party.text):
        return _resectored(party, OPPOSITION_SECTOR)
    if sector in GUIDE_SECTORS:
        return _resectored(party, GUIDE_SECTORS[sector])
    if sector == INTELLIGENCE_SECTOR:
        policing = source and plover_type == POLICE_WORK_TYPE
        return _resectored(party, "COP" if policing else WHOLE_SECTOR)
    if sector == SCHOOLED_FROM and _schooled(party.text):
        return _resectored(party, SCHOOL_SECTOR)
    if sector == MILITARY_SECTOR and _ruling(party.text):
        return _resectored(party, WHOLE_SECTOR)
    if sector == WHOLE_SECTOR and _prosecuting(party.text):
        return _resectored(party, JUDICIAL_SECTOR)
    if sector == ELITE_SECTOR:
        return _resectored(party, _elite_sector(party.text))
    whole = written_whole(party, plover_type, source, force)
    if whole is None and plover_type == PROTEST_TYPE:
        return _protest_side(party, source)
    return whole


def _resectored(party: models.Actor, sector: str) -> models.Actor:
    """`party` written with `sector` in place of its own, in its sector field and its code."""
    code = resectored_code(party.code, party.sector or "", sector)
    return copied(party, {"code": code, "sector": sector})


def resectored_code(code: str, old: str, new: str) -> str:
    """`code` with its trailing sector `old` written `new` ("NERMIL" -> "NERGOV"); a code that
    does not end in `old` stays as it is."""
    return code[: -len(old)] + new if code.endswith(old) else code


class Actor:
    """The words in the text and their CAMEO-style code (`models.Actor`'s fields: `code` is
    the country (ISO alpha-3) or IGO code plus the sector; `country` the ISO code; `sector` the
    CAMEO sector: GOV, MIL, REB, IGO, ...). Equal and hashed by its fields, as the model is;
    never changed once made."""

    __slots__ = ("text", "code", "country", "sector", "_record")

    def __init__(
        self, text: str, code: str, country: str | None = None, sector: str | None = None
    ) -> None:
        self.text = text
        self.code = code
        self.country = country
        self.sector = sector
        self._record: models.Actor | None = None

    def record(self) -> models.Actor:
        """The output record with these fields (made once: actors are shared through memos)."""
        if self._record is None:
            code, sector = self.code, self.sector
            shown = shown_sector(self.text, sector)
            if sector is not None and shown != sector:
                code = resectored_code(code, sector, shown or "")
                sector = shown
            fields: dict[str, object] = {
                "text": self.text,
                "code": code,
                "country": self.country,
                "sector": sector,
            }
            self._record = _actor_record(fields)
        return self._record

    def _fields(self) -> tuple[str, str, str | None, str | None]:
        return (self.text, self.code, self.country, self.sector)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Actor):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Actor(text={self.text!r}, code={self.code!r}, country={self.country!r}, "
            f"sector={self.sector!r})"
        )
