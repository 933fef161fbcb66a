"""What an article has said so far, so that a sentence's references can be resolved.

The coder reads an article in order (headline, then body) and keeps an `ArticleContext`:
the dateline's country, the countries named so far, the last person, group and state named,
the last speaker, and the names people were introduced with. `references.resolve` uses it to
give pronouns ("he", "they", "it"), definite descriptions ("the North", "the ministry",
"the rebels", "the latter"), bare sectors ("police" -> the article's country) and ambiguous
demonyms ("Congolese") an actor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from typing import Any, Final, NamedTuple

from tensionwatch.domain.actor import IGO_SECTOR, Actor
from tensionwatch.domain.temporal import month_numbers

# Kinds of a mention (from the actor index, or how a reference was resolved).
PERSON: Final = "person"
PLACE: Final = "place"
SEAT: Final = "seat"
ORG: Final = "org"
BODY: Final = "body"
TITLE: Final = "title"
PRONOUN: Final = "pronoun"
NAME: Final = "name"  # a capitalised name the index does not know (a person, most likely)
STATE_KINDS: Final = frozenset({PLACE, SEAT})
# Intergovernmental organisations: their codes open with their sector; the United Nations and
# its organs are "IGOUNO" (docs/labelling.md section 2: U.N. bodies are `UNO`)
UN_SECTOR: Final[str] = IGO_SECTOR
UN_CODE: Final[str] = "IGOUNO"

# A dateline: "SEOUL:", "ANKARA, May 29 (Xinhua) --", "DUBAI, United Arab Emirates (AP) —",
# "WASHINGTON --", "MANHEIM, PA.:", "Photo: AFP New Delhi:", "New Delhi, Sept 3 (IANS)".
_DATELINE: Final = re.compile(
    r"^(?:Photo:\s*\w+\s+)?"
    r"(?P<place>[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3})"
    r"(?:,\s*[^:—–()\n]{1,60}?)?"
    r"(?:\s*\((?P<agency>[^()\n]{2,30})\))?"
    r"\s*(?P<mark>:|--|—|–|-)\s"
)

DATELINE_CHARS: Final = 120  # the longest dateline taken for one


class Mention(NamedTuple):
    """An actor named or referred to in a sentence: `text[start:end]` in the sentence."""

    start: int
    end: int
    actor: Actor
    kind: str
    resolved: bool = False  # found through the context (a pronoun, "the North", "police")
    refers: str = ""  # a pronoun's antecedent's words
    other: Actor | None = None  # "the two leaders": the second of the pair they stand for


# Builds a `Mention` from a tuple of its seven fields without NamedTuple's Python-level
# `__new__` (as `lexicon._match`): `plain_mention` makes one per party a sentence names.
_new_mention: Final = partial(tuple.__new__, Mention)


def plain_mention(start: int, end: int, actor: Actor, kind: str, resolved: bool = False) -> Mention:
    """`Mention(start, end, actor, kind, resolved)`, made the cheap way."""
    return _new_mention((start, end, actor, kind, resolved, "", None))


def most_common(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """`counts.most_common(n)`, the same list: Counter's own runs heapq's pure-Python loop
    (about 30,000 instructions a call, several calls an act). The callers ask for one to
    three, so one pass keeps the leaders in order (sorting every count cost ~11,000
    instructions a call, compiled); both keep the first counted ahead on ties."""
    top: list[tuple[str, int]] = []
    if n <= 0:
        return top
    for key, count in counts.items():
        if len(top) == n and count <= top[-1][1]:
            continue  # a tie ranks after the one counted first
        at = len(top)
        while at > 0 and top[at - 1][1] < count:
            at -= 1
        top.insert(at, (key, count))
        if len(top) > n:
            top.pop()
    return top


def dateline_end(text: str, first: bool) -> tuple[int, str]:
    """Where a dateline at the start of `text` ends (0 without one) and its place words.

    In the first sentence of an article any dateline shape counts; elsewhere only one in
    capitals ("SEOUL:"), so that "She wrote:" is not taken for one."""
    head = text[:DATELINE_CHARS]  # a dateline's mark stands before its end
    if ":" not in head and "-" not in head and "—" not in head and "–" not in head:
        return 0, ""  # most sentences: the regex would try every capitalised run first
    found = _DATELINE.match(text)
    if found is None or found.end() > DATELINE_CHARS:
        return 0, ""
    place = found.group("place")
    capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 2
    if not (capitals or (first and (found.group("agency") or found.group("mark") == ":"))):
        return 0, ""
    if found.group("mark") == "-" and not (capitals or found.group("agency")):
        return 0, ""
    return found.end(), place


# round 44 (weak44): a US dateline. The city tables leave out the towns of English-speaking
# countries and cities named like people or words ("Denver", "Houston", "Phoenix": a surname, a
# bird), so "DENVER (AP) —" gave the story no home. The agencies' own convention tells: the
# cities AP's stylebook lets stand alone in a dateline, and any other US town followed by its
# state ("MANHEIM, Pa. (AP) —", "FARGO, N.D. (Reuters) -"; the eight states written in full,
# "Georgia" left out: "TBILISI, Georgia" is the country's).
US_DATELINE_CITIES: Final[frozenset[str]] = frozenset(
    {
        "ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI", "CLEVELAND", "DALLAS",
        "DENVER", "DETROIT", "HONOLULU", "HOUSTON", "INDIANAPOLIS", "LAS VEGAS", "LOS ANGELES",
        "MIAMI", "MILWAUKEE", "MINNEAPOLIS", "NEW ORLEANS", "NEW YORK", "OKLAHOMA CITY",
        "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "ST. LOUIS", "SALT LAKE CITY", "SAN ANTONIO",
        "SAN DIEGO", "SAN FRANCISCO", "SEATTLE",
    }
)  # fmt: skip
_US_STATE_IN_DATELINE: Final = re.compile(
    r",\s*(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Va"
    r"|Vt|Wash|W\.Va|Wis|Wyo)\.|(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)\b)",
    re.IGNORECASE,
)


def us_dateline(head: str, place: str) -> str | None:
    """ "USA" when a dateline (`head`, its text; `place`, its place words) is a US town's."""
    if place.upper() in US_DATELINE_CITIES or _US_STATE_IN_DATELINE.search(head) is not None:
        return "USA"
    return None


# The date of a dateline ("ANKARA, May 29 (Xinhua) --", "New Delhi, Sept 3 (IANS)"): a month's
# name or abbreviation and a day after it.
_DATELINE_DAY: Final = re.compile(r"\b([A-Za-z]{3,9})\.? ([0-9]{1,2})\b")


def dateline_date(head: str) -> tuple[int, int]:
    """The month and the day of the report's date in `head`, a dateline's text; (0, 0) when it
    names none."""
    months = month_numbers()
    for found in _DATELINE_DAY.finditer(head):
        month = months.get(found.group(1).lower(), 0)
        day = int(found.group(2))
        if month and 1 <= day <= 31:
            return month, day
    return 0, 0


# Words that stay in lower case inside a name after its first word ("Rio de Janeiro",
# "Port-au-Prince", "Bosnia and Herzegovina", "Abu Bakr al Baghdadi", "Osama bin Laden"): a
# dateline in capitals is read again as a name with them (`as_written`), and `names` joins
# capitalised words across them.
NAME_PARTICLES: Final = frozenset(
    "of the for and de da do dos das du del la le les al el es au bin ibn van von ul".split()
)


def as_written(place: str) -> str:
    """A dateline's place in capitals as a name is written ("SAO PAULO" -> "Sao Paulo",
    "RIO DE JANEIRO" -> "Rio de Janeiro", "PORT-AU-PRINCE" -> "Port-au-Prince")."""
    parts = re.split(r"([ -])", place.lower())
    return "".join(
        part if index and part in NAME_PARTICLES else part[:1].upper() + part[1:]
        for index, part in enumerate(parts)
    )


def other_of_pair(own: str | None, pair: tuple[Actor, Actor] | None) -> str | None:
    """The other country of the last two-party act, when `own` is one of its two sides (and
    the other is not `own` too)."""
    if own is None or pair is None:
        return None
    sides = (pair[0].country, pair[1].country)
    if own not in sides:
        return None
    other = sides[1] if own == sides[0] else sides[0]
    return other if other != own else None


def named_by(mention: Mention) -> str:
    """The words a mention names its party by (those of its antecedent when it refers)."""
    return (mention.refers or mention.actor.text).lower()


def same_entity(left: Mention, right: Mention) -> bool:
    """Whether two mentions are one party (a self-target): the same words and code, or the
    same state named twice ("North Korea ... from its capital Pyongyang")."""
    a, b = left.actor, right.actor
    if (left.refers or a.text) == (right.refers or b.text) and a.code == b.code:
        return True
    if a.code == b.code and a.code.startswith(IGO_SECTOR) and (left.refers or right.refers):
        return True  # "IAEA chief Rafael Grossi ... the agency's": the agency he heads
    if a.country is None or a.country != b.country:
        return False
    if _state_level(left) and _state_level(right):
        return True
    # "The Chinese Embassy hosted a reception ... between China and Kenya": a state's named
    # office and the state itself are one side
    return (_bare_state(left) and _office(right)) or (_bare_state(right) and _office(left))


def _bare_state(mention: Mention) -> bool:
    """A country or its capital named as such, of no sector."""
    return (
        mention.kind in STATE_KINDS
        and mention.actor.sector is None
        and not _people(mention.actor.text)
    )


def _office(mention: Mention) -> bool:
    """A state's government body named with its state ("the Chinese Embassy")."""
    return mention.kind == BODY and mention.actor.sector == "GOV"


def _state_level(mention: Mention) -> bool:
    """A country, its capital or its government as such (not a person, not a sector)."""
    if mention.kind in STATE_KINDS:  # not "Israelis" (people) against their government
        return mention.actor.sector in (None, "GOV") and not _people(mention.actor.text)
    return mention.kind == BODY and mention.actor.sector == "GOV" and mention.actor.text.islower()


def _counter() -> Counter[str]:
    """An empty Counter, as `Counter()` makes it, without `Counter.__init__`: an interpreted
    call (its `update(None)`) about twenty times a plain dict's, five for each context made."""
    return Counter.__new__(Counter)


@dataclass(slots=True, init=False)
class ArticleContext:
    """The state of one article being coded, updated sentence by sentence by the coder."""

    title: str | None = None
    dateline: str = ""
    month: int = 0  # the dateline's month ("ANKARA, May 29 (Xinhua) --"), 0 for none named
    day: int = 0  # the dateline's day of the month (29), 0 for none named
    home: str | None = None  # the dateline's country, once looked up
    home_named: int = 0  # how many of the dateline's own words name the home
    countries: Counter[str] = field(default_factory=Counter)
    last_person: Mention | None = None
    last_female: Mention | None = None
    last_group: Mention | None = None
    # the country of the diplomats or envoys named last with one ("expelled two Chinese
    # diplomats"), for "the two diplomats" later (references._envoys_named_before)
    last_envoys: str | None = None
    # round 54 (roles54f): the party of the visiting delegation named last with its state or
    # body ("a Senegalese delegation", "a delegation from the African Union"), for "the
    # delegation" or "the envoys" later (references._mission_named_before)
    last_mission: Actor | None = None
    last_state: Mention | None = None
    last_armed: Mention | None = None  # the last rebel or insurgent group named
    # the armed group named before `last_armed` (another one): "the rebels extend support to
    # the outfit" where "the rebels" is the group named last (references._armed_group)
    before_armed: Mention | None = None
    last_party: Mention | None = None  # the last political party, opposition or its voice named
    last_bloc: Mention | None = None  # the last regional organisation named ("the bloc" later)
    last_speaker: Mention | None = None
    previous: list[Mention] = field(default_factory=list)  # the last sentence's mentions
    subject: Mention | None = None  # the last sentence's main subject (a pronoun's first pick)
    # the person the last sentence's subject names ("the AU Commission chairperson X")
    subject_person: Mention | None = None
    by_sector: dict[str, tuple[str, int]] = field(default_factory=dict)  # -> country, sentence
    # the country of the last trade union, teachers, nurses or doctors named, also by reference
    # or in a name ("the union" later is theirs: references._unions)
    last_trade: str | None = None
    # a named body's head word ("junta" of "Niger's military junta", "police" of "Kosovo
    # police") -> its country: "the junta", "the police" later repeat it
    heads: dict[str, str] = field(default_factory=dict)
    # an organisation's head word ("commission" of "the European Commission") -> the
    # organisation: "the Commission" later is that body, not a state's commission
    bodies: dict[str, Actor] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # every sentence, for a look ahead
    ahead: Counter[str] = field(default_factory=Counter)  # countries the whole article names
    # those countries in the order the article first names them, its dateline left out
    # ("both sides": the side named first, references._pairs)
    order: list[str] = field(default_factory=list)
    towns: Counter[str] = field(default_factory=Counter)  # of them, by a town or region
    scene: Counter[str] = field(default_factory=Counter)  # places the story is "in" or "at"
    # of the countries named, those named by a party of theirs the index knows ("the
    # opposition New Democratic Party": Canada's), counted apart (references._namesake_parties)
    party_countries: Counter[str] = field(default_factory=Counter)
    # round 56 (home56): of the countries named, those named by their capital standing for the
    # state ("thanked Washington", "Moscow said"), not set there ("in Majuro"): a site names a
    # foreign government by its capital and its own as "the government" (`main_country`)
    seats: Counter[str] = field(default_factory=Counter)
    # round 61 (story61): of the countries named, those named by a resident envoy or mission
    # ("Venezuela's ambassador", "the Russian embassy"), less those named as where one is posted
    # ("... ambassador in Port of Spain"): a guest of the state the site reports from, not its
    # state (coder._resident_envoy; `main_country`, without a dateline)
    guests: Counter[str] = field(default_factory=Counter)
    found: dict[str, tuple[date | None, Any]] = field(default_factory=dict)  # text: day, actors
    scanned: bool = False
    frame: str = ""  # the article's topic frame (relevance.article_frames), set by the scan
    crime: bool = False  # whether it is a crime or court report (relevance.article_frames)
    _main: str | None = None
    # the country of the party the first sentence of the body opens with ("Latvia has
    # ordered ...", "A Bahraini appeals court sentenced ..."), found by the look-ahead
    lead: str | None = None
    # round 56 (home56): in agency copy, the state whose party the lead opens with after the
    # dateline when the lead names no party of the dateline's country (coder._opening_state):
    # the story's, reported from a mediator's or a regional bureau's city
    opening: str | None = None
    names: dict[str, Mention] = field(default_factory=dict)  # a person's name word -> them
    short_names: bool = False  # whether `names` holds a family name of two or three letters
    orgs: dict[str, Mention] = field(default_factory=dict)  # an organisation's word -> it
    korea: bool = False  # whether "the North" / "the South" are the Koreas
    skipped: int = 0  # sentences whose acts were all judged not political
    offer: Actor | None = None  # who made the last offer or demand ("dismissed the offer")
    asker: tuple[Actor, int] | None = None  # who last asked something, in which sentence
    accuser: Actor | None = None  # who made the last accusation ("rejected the criticism")
    accused: str | None = None  # the country the accuser's accusation was aimed at
    # the last sentence's acts by PLOVER type -> (source, target): "The attack damaged ...",
    # "The two leaders discussed ..." go on with the act just reported
    acts: dict[str, tuple[Actor | None, Actor | None]] = field(default_factory=dict)
    # every earlier sentence's acts by PLOVER type, the latest of each: "Guterres condemned
    # the shelling" two sentences after the shelling was reported
    history: dict[str, tuple[Actor | None, Actor | None]] = field(default_factory=dict)
    # a definite act's noun ("raid", "strikes") -> the maker of the main act of the last
    # sentence that used the word: "condemned the raid" is of that act (roles.criticised)
    act_nouns: dict[str, Actor] = field(default_factory=dict)
    pair: tuple[Actor, Actor] | None = None  # the last two parties of one act ("the two sides")
    # round 42 (wire42): the pair "both sides" and "the two countries" stand for, which a third
    # party's appeal, praise or criticism of one side does not replace (coder._pair_of)
    sides: tuple[Actor, Actor] | None = None
    # round 53 (roles53f): the two parties of the first agreement the article tells, first named
    # first: "welcomed the deal" by a third party targets the first, by one of them the other
    # (docs/labelling.md point 32; coder._pact_welcomed)
    pact: tuple[Actor, Actor] | None = None
    # a country -> the last party of another country that attacked it ("condemned the attack
    # on Abu Dhabi" after a later strike elsewhere: coder._attack_on)
    attackers: dict[str, Actor] = field(default_factory=dict)
    # round 59 (miss59): a document's noun ("motion", "declaration") -> who tabled, adopted or
    # passed it, as a sentence named them: "The motion also accuses ..." later is theirs
    # (coder._document_author)
    authors: dict[str, Actor] = field(default_factory=dict)
    sentences: int = 0
    # the countries of the parties of the acts of a sentence, and that sentence's number
    parties: tuple[int, frozenset[str]] = (-1, frozenset())
    # round 50 (roles50): an acronym the article defines for a name the index does not know
    # ("the National Alliance for Change (ANC)" in a Lome story) -> (the country the index
    # gives the acronym, the article's country, the name's sector): the index's party of
    # that acronym (South Africa's ANC) is not meant (references._defined_acronyms); round 55
    # (dict55): also one defined for a name the index knows as another body ("Reporters Without
    # Borders (RSF)": not Sudan's RSF) -> (that country, the name's code, country, sector)
    acronyms: dict[str, tuple[str, str, str | None, str | None]] = field(default_factory=dict)
    # round 50 (roles50): the last group of people of no state sector named by a plural
    # ("four Costa Rican fishermen", "residents"), also as the object of a noun ("the
    # detention of four fishermen"): "the men" later (references._the_men)
    last_people: Mention | None = None
    # round 61 (targets61): the last group of people named with its number ("two Russian
    # diplomats", "three Russian citizens"), by that number: "the pair", "the three suspects"
    # later (references._the_counted)
    counted: dict[int, Mention] = field(default_factory=dict)
    # round 52 (types52): the last craft named with its force or country ("a Chinese coast
    # guard vessel", "two Iraqi coast guard boats", "a Russian warship"): "the vessel",
    # "the two ships" opening a clause later (references._the_craft)
    last_craft: Mention | None = None
    # round 62 (story62): the state whose flag a craft the article named flies ("three
    # Korean-flagged seiners"): its owners later are that state's (references._flagged)
    flag: str | None = None
    # people named with their title and a country ("Brazilian Foreign Minister Mauro Vieira"),
    # in order: "the foreign minister" later is the last of them with that title
    titled: list[Mention] = field(default_factory=list)

    def __init__(
        self,
        title: str | None = None,
        dateline: str = "",
        month: int = 0,
        day: int = 0,
        home: str | None = None,
        home_named: int = 0,
        countries: Counter[str] | None = None,
        last_person: Mention | None = None,
        last_female: Mention | None = None,
        last_group: Mention | None = None,
        last_envoys: str | None = None,
        last_mission: Actor | None = None,
        last_state: Mention | None = None,
        last_armed: Mention | None = None,
        before_armed: Mention | None = None,
        last_party: Mention | None = None,
        last_bloc: Mention | None = None,
        last_speaker: Mention | None = None,
        previous: list[Mention] | None = None,
        subject: Mention | None = None,
        subject_person: Mention | None = None,
        by_sector: dict[str, tuple[str, int]] | None = None,
        last_trade: str | None = None,
        heads: dict[str, str] | None = None,
        bodies: dict[str, Actor] | None = None,
        texts: list[str] | None = None,
        ahead: Counter[str] | None = None,
        order: list[str] | None = None,
        towns: Counter[str] | None = None,
        scene: Counter[str] | None = None,
        party_countries: Counter[str] | None = None,
        seats: Counter[str] | None = None,
        guests: Counter[str] | None = None,
        found: dict[str, tuple[date | None, Any]] | None = None,
        scanned: bool = False,
        frame: str = "",
        crime: bool = False,
        _main: str | None = None,
        lead: str | None = None,
        opening: str | None = None,
        names: dict[str, Mention] | None = None,
        short_names: bool = False,
        orgs: dict[str, Mention] | None = None,
        korea: bool = False,
        skipped: int = 0,
        offer: Actor | None = None,
        asker: tuple[Actor, int] | None = None,
        accuser: Actor | None = None,
        accused: str | None = None,
        acts: dict[str, tuple[Actor | None, Actor | None]] | None = None,
        history: dict[str, tuple[Actor | None, Actor | None]] | None = None,
        act_nouns: dict[str, Actor] | None = None,
        pair: tuple[Actor, Actor] | None = None,
        sides: tuple[Actor, Actor] | None = None,
        pact: tuple[Actor, Actor] | None = None,
        attackers: dict[str, Actor] | None = None,
        authors: dict[str, Actor] | None = None,
        sentences: int = 0,
        parties: tuple[int, frozenset[str]] = (-1, frozenset()),
        acronyms: dict[str, tuple[str, str, str | None, str | None]] | None = None,
        last_people: Mention | None = None,
        counted: dict[int, Mention] | None = None,
        last_craft: Mention | None = None,
        flag: str | None = None,
        titled: list[Mention] | None = None,
    ) -> None:
        """The fields as the dataclass's own `__init__` sets them (a container left out or
        None: a new empty one, its `default_factory`). Written out (`init=False` above): the
        compiled coder ran the `__init__` the dataclasses module generates, interpreted, for
        the context of each sentence coded alone (`references.resolve`) and each borrowed copy
        (`with_home`); this one compiles, and compiled callers call it natively. A new field
        must be added here too (test_r52_speed52 compares every field's default)."""
        self.title = title
        self.dateline = dateline
        self.month = month
        self.day = day
        self.home = home
        self.home_named = home_named
        self.countries = _counter() if countries is None else countries
        self.last_person = last_person
        self.last_female = last_female
        self.last_group = last_group
        self.last_envoys = last_envoys
        self.last_mission = last_mission
        self.last_state = last_state
        self.last_armed = last_armed
        self.before_armed = before_armed
        self.last_party = last_party
        self.last_bloc = last_bloc
        self.last_speaker = last_speaker
        self.previous = [] if previous is None else previous
        self.subject = subject
        self.subject_person = subject_person
        self.by_sector = {} if by_sector is None else by_sector
        self.last_trade = last_trade
        self.heads = {} if heads is None else heads
        self.bodies = {} if bodies is None else bodies
        self.texts = [] if texts is None else texts
        self.ahead = _counter() if ahead is None else ahead
        self.order = [] if order is None else order
        self.towns = _counter() if towns is None else towns
        self.scene = _counter() if scene is None else scene
        self.party_countries = _counter() if party_countries is None else party_countries
        self.seats = _counter() if seats is None else seats
        self.guests = _counter() if guests is None else guests
        self.found = {} if found is None else found
        self.scanned = scanned
        self.frame = frame
        self.crime = crime
        self._main = _main
        self.lead = lead
        self.opening = opening
        self.names = {} if names is None else names
        self.short_names = short_names
        self.orgs = {} if orgs is None else orgs
        self.korea = korea
        self.skipped = skipped
        self.offer = offer
        self.asker = asker
        self.accuser = accuser
        self.accused = accused
        self.acts = {} if acts is None else acts
        self.history = {} if history is None else history
        self.act_nouns = {} if act_nouns is None else act_nouns
        self.pair = pair
        self.sides = sides
        self.pact = pact
        self.attackers = {} if attackers is None else attackers
        self.authors = {} if authors is None else authors
        self.sentences = sentences
        self.parties = parties
        self.acronyms = {} if acronyms is None else acronyms
        self.last_people = last_people
        self.counted = {} if counted is None else counted
        self.last_craft = last_craft
        self.flag = flag
        self.titled = [] if titled is None else titled

    def with_home(self, home: str) -> ArticleContext:
        """A shallow copy of the context with `home` for its home country, field for field
        `dataclasses.replace(self, home=home)` (containers shared, no field reset). Written out:
        the compiled coder called the interpreted `replace` once a sentence, about 118,000
        instructions a call (its field walk and keyword dict), 7.9% of the benchmark's
        instructions (callgrind, round 51); this is one native constructor call. A new field
        must be added here too (test_r51_speed51 compares every field with `replace`'s)."""
        return ArticleContext(
            title=self.title,
            dateline=self.dateline,
            month=self.month,
            day=self.day,
            home=home,
            home_named=self.home_named,
            countries=self.countries,
            last_person=self.last_person,
            last_female=self.last_female,
            last_group=self.last_group,
            last_envoys=self.last_envoys,
            last_mission=self.last_mission,
            last_state=self.last_state,
            last_armed=self.last_armed,
            before_armed=self.before_armed,
            last_party=self.last_party,
            last_bloc=self.last_bloc,
            last_speaker=self.last_speaker,
            previous=self.previous,
            subject=self.subject,
            subject_person=self.subject_person,
            by_sector=self.by_sector,
            last_trade=self.last_trade,
            heads=self.heads,
            bodies=self.bodies,
            texts=self.texts,
            ahead=self.ahead,
            order=self.order,
            towns=self.towns,
            scene=self.scene,
            party_countries=self.party_countries,
            seats=self.seats,
            guests=self.guests,
            found=self.found,
            scanned=self.scanned,
            frame=self.frame,
            crime=self.crime,
            _main=self._main,
            lead=self.lead,
            opening=self.opening,
            names=self.names,
            short_names=self.short_names,
            orgs=self.orgs,
            korea=self.korea,
            skipped=self.skipped,
            offer=self.offer,
            asker=self.asker,
            accuser=self.accuser,
            accused=self.accused,
            acts=self.acts,
            history=self.history,
            act_nouns=self.act_nouns,
            pair=self.pair,
            sides=self.sides,
            pact=self.pact,
            attackers=self.attackers,
            authors=self.authors,
            sentences=self.sentences,
            parties=self.parties,
            acronyms=self.acronyms,
            last_people=self.last_people,
            counted=self.counted,
            last_craft=self.last_craft,
            flag=self.flag,
            titled=self.titled,
        )

    def named(self) -> Counter[str]:
        """How often the article names each country: the whole article once it has been looked
        ahead, else the sentences so far."""
        return self.ahead or self.countries

    def main_country(self) -> str | None:
        """The article's country: its dateline's, else the one the whole article names most
        (headline and body looked ahead), else the one named most so far.

        A dateline of a regional bureau ("BANGKOK (AP) — Myanmar's military ...") whose
        country the article names nowhere else gives way to the country it names most, when
        that one is named at least twice. Of countries named equally often, the one whose
        towns and regions the article names: a newspaper names its own towns bare and foreign
        countries by name ("met his Chinese counterpart in Melbourne")."""
        if self.home:
            if self.ahead and self.ahead.get(self.home, 0) <= self.home_named:
                top = next((c for c in most_common(self.ahead, 2) if c[0] != self.home), None)
                if top is not None and top[1] >= FOREIGN_BUREAU_MIN:
                    return top[0]
            return self.home
        if self.ahead:  # fixed once the article is scanned: worked out once
            if self._main is None:
                # the countries named most, in the order first counted (as the sorted
                # `most_common()` lists them, without sorting every count interpreted); a
                # resident envoy's state counts less, the state it is posted in more (`guests`)
                named = self._hosted() if self.guests else self.ahead
                count = most_common(named, 1)[0][1]
                tied = [country for country, n in named.items() if n == count]
                # then the one the story is set "in" or "at" ("an army post near the Ghanaian
                # border in Togo": Togo's, the neighbour only marks where)
                self._main = max(tied, key=lambda c: (self.towns.get(c, 0), self.scene.get(c, 0)))
                lead = self.lead
                if lead is not None and named.get(lead, 0) * LEAD_SHARE[1] >= count * LEAD_SHARE[0]:
                    # "Mexico has accused Washington ... Economy Secretary Marcelo Ebrard":
                    # a site names its own country's people and bodies bare and a foreign
                    # state by name, so a state the story opens with, named nearly as often
                    # as the one named most, is the story's
                    self._main = lead
                if lead is not None and self._main == lead:
                    self._main = self._own_of_pair(lead, count)
            return self._main
        return most_common(self.countries, 1)[0][0] if self.countries else None

    def _hosted(self) -> Counter[str]:
        """Round 61 (story61): the countries the article names, each less its `guests` (a guest
        not named counts below none; the order is `ahead`'s, then the guests')."""
        named = Counter(self.ahead)
        named.subtract(self.guests)
        return named

    def _own_of_pair(self, top: str, count: int) -> str:
        """Round 56 (home56): in a story with no dateline that opens with the state `top`
        (named `count` times at most), the site's own state where `top` is a foreign partner
        it names by its capital: "The United States has delivered drought relief to the
        Marshall Islands ... President Tomas Jibon thanked Washington ... He called on
        Washington to pay": a site names a foreign government by its capital and its own
        people and bodies bare (docs/labelling.md section 2: parties take the country they
        belong to, from the story). The next state named, at least half as often, whose
        capital stands for no party, is the story's."""
        if self.seats.get(top, 0) < SEAT_PARTIES_MIN:
            return top
        for country, named in most_common(self.ahead, 3):
            if country != top and named * 2 >= count and not self.seats.get(country, 0):
                return country
        return top

    def country_for(self, sector: str | None) -> str | None:
        """The country a bare sector ("police", "the ministry") belongs to here: the one named
        for that sector in this or the last sentence, else the article's.

        In a story of its dateline's country, a foreign one the last sentence named for the
        sector but made no party of an act there ("ordered French special forces out of the
        country months later. In the north, jihadists attacked a military detachment near
        Djibo"; "according to a statement from the Syrian Foreign Ministry. Sheikhs ... called
        on the government") is background or a speaker: the bare sector is the story's own.
        One that acted or was acted on there ("North Korean soldiers crossed the line ... The
        soldiers retreated") goes on."""
        last = self.by_sector.get(sector or "")
        if last is not None and self.sentences - last[1] <= 1 and not self._bystander(last):
            return last[0]
        main = self.main_country()
        return main if main is not None or last is None else last[0]

    def _bystander(self, last: tuple[str, int]) -> bool:
        """Whether the foreign country `last` names for a sector in the sentence before was no
        party of its acts, in a story of the dateline's country (`country_for`)."""
        country, sentence = last
        if not self.home or country == self.home or self.sentences - sentence != 1:
            return False
        done, parties = self.parties
        return not (done == sentence and country in parties) and self.main_country() == self.home

    def titled_country(self, title: str) -> str | None:
        """The country of the person named last with the bare title `title` ("foreign
        minister" of "Brazilian Foreign Minister Mauro Vieira"), if the article named one."""
        words = title.lower().split()
        size = len(words)
        if size < 2 and words[0] not in ENVOY_TITLES:
            return None  # "the president", "the minister" alone: often the host's own
        for mention in reversed(self.titled):
            named = mention.actor.text.lower().split()
            if len(named) > size and any(
                named[i : i + size] == words for i in range(len(named) - size + 1)
            ):
                return mention.actor.country
        return None

    def ask(self, asker: Actor | None, sentence: int) -> None:
        """Note who asked something of someone in sentence number `sentence`."""
        if asker is not None:
            self.asker = (asker, sentence)

    def asked_by(self, sentence: int) -> Actor | None:
        """Who asked something in the sentence right before sentence number `sentence`."""
        if self.asker is None or self.asker[1] != sentence - 1:
            return None
        return self.asker[0]

    def observe(
        self,
        mentions: Sequence[Mention],
        speaker: Mention | None,
        subject: Mention | None = None,
        asides: frozenset[int] = frozenset(),
        person: Mention | None = None,
    ) -> None:
        """Remember a coded sentence's mentions (its speaker and main subject) for the
        sentences after it; those starting at `asides` (in an apposition or a relative clause
        set off by commas: "the junta, which expelled French troops in 2022,") lend their
        country to no later bare sector ("the army said")."""
        for mention in mentions:
            lead = subject is not None and mention.start == subject.start
            self._note(mention, mention.start in asides, lead)
        self.sentences += 1
        if speaker is not None:
            self.last_speaker = speaker
        if mentions:
            self.previous = list(mentions)
        self.subject = subject
        self.subject_person = person

    def _note_body(self, mention: Mention) -> None:
        """An organisation named in full ("the European Commission"), by its head word; the
        country of a union or of the workers it speaks for (`last_trade`); and that of
        diplomats named with one (`last_envoys`)."""
        actor = mention.actor
        if actor.country and organised(actor):
            # round 56 (roles56): also people organised by a trade ("several thousand
            # farmers", "the fishermen", `organised`), not only a civic sector: "the union"
            # later is theirs (docs/labelling.md section 2: trade unions and their leaders
            # take the story's country, `CVL`)
            self.last_trade = actor.country
        if (
            actor.country
            and not mention.resolved
            and mention.kind in (TITLE, BODY)
            and posted(actor.text)
        ):
            self.last_envoys = actor.country
        if actor.code.startswith(IGO_SECTOR) and not mention.resolved and " " in actor.text:
            self.bodies[actor.text.rsplit(None, 1)[-1].lower()] = actor

    def _note_titled(self, mention: Mention) -> None:
        """A person named with a title and a country ("Russian Defence Minister Andrei
        Belousov"), for a bare "the defence minister" later (`titled_country`)."""
        if mention.actor.country and " " in mention.actor.text and not mention.resolved:
            self.titled.append(mention)

    def _note_group(self, mention: Mention) -> None:
        """The last group, armed group and party named, for "the group" and "the party"."""
        actor, kind = mention.actor, mention.kind
        if kind in (BODY, ORG) and actor.sector in GROUP_SECTORS:
            self.last_group = mention
        if actor.sector in ARMED_GROUPS and kind in (BODY, ORG, TITLE):
            last = self.last_armed
            if last is not None and named_by(last) != named_by(mention):
                self.before_armed = last  # another group: "the outfit" beside "the rebels"
            self.last_armed = mention  # "the group" later
        if actor.country and kind in (BODY, ORG, TITLE) and _partisan(actor):
            self.last_party = mention  # "the party" later (references._party)
        elif actor.country and kind == PERSON and actor.sector in DOMESTIC_CRITICS:
            # "arrested opposition leader X ... The party denounced": the party of the
            # opposition politician named last, when no party was named after
            self.last_party = mention

    def _note_head(self, text: str, country: str) -> None:
        """A named body's head word ("junta" of "Niger's military junta"); not "the government".
        The first military government named is also "the junta"."""
        head = text.rsplit(None, 1)[-1].lower()
        if head not in _GENERIC_HEADS:
            self.heads[head] = country
        if _military_rule(text):
            self.heads.setdefault(JUNTA, country)

    def _note(self, mention: Mention, aside: bool = False, lead: bool = False) -> None:
        actor = mention.actor
        country = actor.country
        if country and not mention.resolved:
            self.countries[country] = self.countries.get(country, 0) + 1
            if country in ("PRK", "KOR"):
                self.korea = True
        if (
            actor.sector
            and actor.country
            and not mention.resolved
            and not aside
            and mention.kind != ORG
            and not posted(actor.text)
            and (lead or mention.kind != SEAT or country == self.main_country())
        ):
            # a named organisation ("the PLO") is no country's "government" or "police", nor
            # is a diplomat posted abroad ("expelled the French ambassador. The junta ...");
            # round 56 (refs56): nor a foreign capital standing for its state but not the
            # sentence's subject ("urged Moscow to respect the rules ... Lawmakers called on
            # the government"): a story names a foreign government by its capital and its own
            # bare (docs/labelling.md section 2: parties take the country they belong to, from
            # the story), so a bare "the government" after one is the story's; a capital that
            # acted ("La Paz expelled two diplomats. The deputy foreign minister") goes on
            self.by_sector[actor.sector] = (actor.country, self.sentences)
            if mention.kind == BODY:
                self._note_head(actor.text, actor.country)
        elif actor.sector == "GOV" and actor.country and not mention.resolved and not aside:
            head = actor.text.rsplit(None, 1)[-1].lower()
            if mention.kind == BODY and head in MISSION_HEADS:
                # "detained a U.S. Embassy employee ... The embassy demanded": the mission
                # named, not the host the story is set in (it lends no "government" its state)
                self.heads[head] = actor.country
        self._note_body(mention)
        kind = mention.kind
        if kind in (PERSON, NAME) or (kind == TITLE and _has_name(actor.text)):
            self.last_person = mention
            self._note_titled(mention)
            if is_female(actor.text):
                self.last_female = mention
            self._remember_names(mention)
        elif kind in STATE_KINDS or (kind == ORG and not plural(actor.text)):
            self.last_state = mention
        self._note_group(mention)
        if regional_body(actor.code, kind):
            self.last_bloc = mention  # "the bloc", "the alliance" later (not the UN's organs)
        if kind == ORG or (kind in (TITLE, BODY) and " of the " in actor.text):
            # round 51 (miss51f): "fighters of the Coalition of Patriots for Change": the
            # organisation a title names is "the coalition" later, as a named one is
            self._remember_org(mention)

    def _remember_org(self, mention: Mention) -> None:
        """ "the association" may name an organisation later, and a firm its first word
        ("Halcyon" after "Halcyon Freight")."""
        text = mention.actor.text
        if " " in text:
            for word in _name_words(text):
                self.orgs[word.lower()] = mention
            if text.endswith(" peacekeepers"):
                # "United Nations peacekeepers ... accused the peacekeepers": the U.N.'s
                self.orgs["peacekeepers"] = mention
        if mention.actor.sector == "BUS":
            short = _NAME_WORD.match(text)
            if short is not None and short.group() not in NOT_NAMES:
                self.names.setdefault(short.group(), mention)
        elif mention.actor.sector == "OPP" and " " not in text and text not in NOT_NAMES:
            # round 50 (miss50f): a party named once ("the opposition Juwa party",
            # `names._opposition_named`) by its name alone later ("Juwa rejected")
            self.names.setdefault(text, mention)

    def _remember_names(self, mention: Mention) -> None:
        if mention.kind == PRONOUN:
            return
        for word in _name_words(mention.actor.text):
            # Round 50 (miss50f): "Prime Minister Dickon Mitchell's government": the name
            # without its possessive, as `references._known_names` looks it up ("Mitchell has
            # dismissed the motion" later); a possessor names no one anew ("Muscat's lawyers"
            # after "Joseph Muscat" keeps him)
            name = word.removesuffix("'s").removesuffix("’s")
            if name in NOT_NAMES:
                continue
            if name == word:
                self.names[name] = mention
            else:
                self.names.setdefault(name, mention)
        if mention.kind in (PERSON, NAME):
            text = mention.actor.text
            for word in _SHORT_NAME.findall(text):
                if word not in SHORT_NOT_NAMES:
                    self.names[word] = mention
                    self.short_names = True
            last = _SHORT_SURNAME.search(text) if " " in text else None
            if last is not None and last.group() not in SHORT_NOT_NAMES:
                self.names[last.group()] = mention
                self.short_names = True


# An envoy is a foreign state's: "the ambassador" after "Russia's ambassador" is Russia's, where
# "the president" alone is often the host's own
ENVOY_TITLES: Final = frozenset({"ambassador", "envoy", "diplomat"})
_GENERIC_HEADS: Final = frozenset(
    "government authorities administration officials leadership cabinet ministry".split()
)
FOREIGN_BUREAU_MIN: Final = 2  # mentions of another country that outweigh a bare dateline
# (a, b): the lead's state is the article's when named at least a/b as often as the top one
LEAD_SHARE: Final = (2, 3)
# round 56 (home56): times a capital stands for its state that make it a foreign partner of
# a story with no dateline (`ArticleContext._own_of_pair`)
SEAT_PARTIES_MIN: Final = 2
# words before the party a lead sentence opens with ("A", "Three", "The"): no more
LEAD_OPENING: Final = 2
ARMED_GROUPS: Final = frozenset({"REB", "INS"})
# A state's organs: its government, armed forces and police (`STATE_FORCES`: what imposes a
# curfew, what a bare "the police" of another country is taken for), and its spies,
# legislature and courts. `roles` names the sets it leaves one out of.
ARMED_FORCES: Final = frozenset({"MIL", "COP"})  # its armed forces and police
# The armed forces and police named by a common noun, with their sector: the force a crowd
# hits (`coder`'s riots, labelling guide point 42) and the forces a side frees (`roles`'
# releases); "officers" are police where nothing says otherwise.
FORCE_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys("soldier soldiers troops servicemen conscripts".split(), "MIL"),
    **dict.fromkeys("police policemen officers gendarmes gendarmerie gardai".split(), "COP"),
}
STATE_FORCES: Final = ARMED_FORCES | {"GOV"}
STATE_SECTORS: Final = STATE_FORCES | {"SPY", "LEG", "JUD"}
# A state's organs less its spies: what its own people press or reproach (`roles`), the bare
# bodies and titles of its own scene ("the foreign ministry", "police", "lawmakers": `references`)
HOME_STATE: Final[frozenset[str]] = STATE_SECTORS - {"SPY"}
GROUP_SECTORS: Final = frozenset({"REB", "INS", "OPP", "MIL", "COP", "SPY", "NGO", "PTY"})
DOMESTIC_CRITICS: Final = frozenset({"OPP", "PTY"})  # a country's own opposition and parties


def regional_body(code: str, kind: str) -> bool:
    """Whether a mention of an actor of this code, of this kind, names an intergovernmental
    body that is not the UN or one of its organs, and not by a pronoun: what "the bloc" and
    "the alliance" refer back to (`ArticleContext.last_bloc`, `references._regional`)."""
    return code.startswith(UN_SECTOR) and not code.startswith(UN_CODE) and kind != PRONOUN


def people_named(mention: Mention) -> bool:
    """A group of people named by a plural, of a country and of no state's organ ("Costa Rican
    fishermen", "residents"; not "troops", "diplomats")."""
    actor = mention.actor
    if mention.kind not in (TITLE, BODY) or (mention.resolved and mention.refers):
        return False  # a reference ("them", "the men") names no new group
    return (
        actor.country is not None
        and actor.sector not in STATE_SECTORS
        and actor.sector not in (None, IGO_SECTOR)
        and (plural(actor.text) or actor.text.endswith("men"))
    )


def _partisan(actor: Actor) -> bool:
    """A party, the opposition or one who speaks for it ("the opposition spokesman"), or a
    body named as a party ("the ruling party"): what "the party" later stands for."""
    return actor.sector in DOMESTIC_CRITICS or actor.text.lower().endswith(PARTY_WORDS)


PARTY_WORDS: Final = ("party", "parties")
# People organised by their trade: labour, education, health ("the teachers' association").
CIVIC_SECTORS: Final = frozenset({"LAB", "EDU", "HLH"})
# People named by the trade they live from ("the farmers", "fishermen", "wine growers"):
# civilians (CVL) in the guide, but organised as a trade is (round 27: "the farmers rejected
# the offer" was scored a private party's act and dropped); people at large stay private.
TRADE_PEOPLE: Final = frozenset(
    "farmers fishermen fishers growers herders ranchers peasants winegrowers".split()
)


# Round 51 (roles51): the leaders of a strike, a cooperative, a farm movement or a community
# (`data/agents.tsv`, CVL titles: "Strike leaders rejected the offer") speak for people
# organised, as a union does.
LEADERS: Final = frozenset({"leader", "leaders"})


def organised(actor: Actor) -> bool:
    """People organised by their trade: a civic sector, civilians named by a trade, or the
    leaders civilians have (`LEADERS`)."""
    if actor.sector in CIVIC_SECTORS:
        return True
    words = actor.text.lower().split()
    return (
        actor.sector == "CVL"
        and bool(words)
        and (words[-1] in TRADE_PEOPLE or (len(words) > 1 and words[-1] in LEADERS))
    )


NOT_NAMES: Final = frozenset(
    "Mr Mrs Ms Miss Dr Sir Lady President Prime Minister Foreign Defence Defense Secretary "
    "General Chief Deputy Vice State Leader Chairman Chairwoman Senator Sen Rep Governor King "
    "Queen Prince Interior Affairs Minister Ministry Party National Democratic Republican "
    "The Of And US U.S. United Kingdom".split()
)
MISSION_HEADS: Final = frozenset({"embassy", "consulate"})
# "Myanmar's military government ... Junta aircraft struck": a state ruled by its military, named
# first, is the one "the junta" and a "junta spokesman" later stand for (not the dateline's
# neighbour a regional bureau reports from)
JUNTA: Final = "junta"
RULING_HEADS: Final = frozenset({"government", "regime", "rulers", "leadership"})


def _military_rule(text: str) -> bool:
    """Whether a body's words name a military government ("military government", "military
    rulers", "military regime"; the "junta" itself is noted as any head is)."""
    words = text.lower().split()
    return len(words) > 1 and words[-2] == "military" and words[-1] in RULING_HEADS


_POSTED: Final = re.compile(
    r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|diplomats?|consul\w*|charg[eé])\b", re.I
)
_NAME_WORD: Final = re.compile(r"\b[A-Z][a-z][\w'’-]{2,}")
# "Li" of "Chinese Premier Li Qiang", "Xi" of "Xi Jinping": a family name of two or three
# letters, written before the given name that ends the mention, is how later sentences name
# the person ("Li held talks with ..."); particles and titles that stand first are none ("Al",
# "De", "Gen"), nor is a word before a lower-case one ("Te Pati Maori lawmaker X Y")
_SHORT_NAME: Final = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{1,2}(?=(?: [A-Z][a-z][\w'’-]*)+$)")
# Round 47 (miss47f): "Teo" of "Prime Minister Feleti Teo", "Lee" of "John Lee": a surname of
# two or three letters that ends a person's name after a capitalised given name is how site
# copy names them later ("Teo dismissed the appeal"); `_NAME_WORD` takes four letters or more.
# Words of `SHORT_NOT_NAMES` are none (the month "May", the suffixes "Jr" and "Sr").
_SHORT_SURNAME: Final = re.compile(r"(?<=[a-z] )[A-Z][a-z]{1,2}$")
SHORT_NOT_NAMES: Final = frozenset(
    "Al El Ul De Da Di Do Du Dos Das Del Der Den Des La Le Las Los Van Von Ten Ter Bin Ibn Abu "
    "Abd Bou Ben Mac Mc Te Ta Mr Mrs Ms Dr Sir Gen Col Cpt Lt Maj Sgt Rep Sen Gov St Jr Sr Rev Fr "
    "He It In On At As By No So Of To An Or If Up Us We My Be Is The And But For Not Its His Her "
    "Our Was Are Has Had Can May Did Now Yet All Any New Old One Two Six Ten Top Key Red".split()
)
_FEMALE: Final = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Madame|Lady|Queen|Princess|Empress|Baroness|Dame)\b|"
    r"\b(?:spokes|chair|congress|business)?woman\b|\bfirst lady\b",
    re.IGNORECASE,
)
# Women in office whom wire copy names without a title that shows it (first names, and
# surnames that stand alone in later sentences): "Meloni met Hifter. She urged him ...".
_WOMEN: Final = re.compile(
    r"\b(?:Giorgia|Meloni|Kamala|Ursula|Annalena|Baerbock|Theresa|Angela|Merkel|Hillary|Nancy|"
    r"Pelosi|Dina|Boluarte|Yulia|Tymoshenko|Svetlana|Tsikhanouskaya|Maria|Kolesnikova|Jacinda|"
    r"Ardern|Sanna|Kaja|Kallas|Mette|Frederiksen|Claudia|Sheinbaum|Xiomara|Samia|Ellen|"
    r"Hasina|Marine|Kristalina|Georgieva|Christine|Lagarde|Roberta|Metsola|Maia|Sandu|Salome|"
    r"Zourabichvili|Droupadi|Nirmala|Yingluck|Suu Kyi|Liz Truss|Sturgeon|Tsai Ing-wen|"
    r"Ing-wen|Dilma|Rousseff|Cristina|Kirchner|Michelle|Bachelet|Benazir|Mia Mottley|"
    r"Hilda|Heine|Sahle-Work|Zewde|Nikki|Haley|Kristi|Noem|Tulsi|Gabbard)\b"
)


@lru_cache(maxsize=4096)
def posted(text: str) -> bool:
    """Whether an actor's words name a diplomat or a mission posted abroad (`_POSTED`).
    Cached as `is_female`: the regex opens with "\\b" and is tried at every character of
    every sectored actor noted (about 3,000 instructions a call), and actors repeat."""
    return _POSTED.search(text) is not None


@lru_cache(maxsize=4096)
def is_female(text: str) -> bool:
    """Whether an actor's words mark a woman ("Mrs Foster", "spokeswoman", "Giorgia
    Meloni"). Cached: an article asks again of the same few actors, and the two regexes,
    tried at every character (no literal opens them), cost ~26,000 instructions a call."""
    return _FEMALE.search(text) is not None or _WOMEN.search(text) is not None


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """`_NAME_WORD.findall(text)`. Cached as `posted`: the regex opens with "\\b" and is tried
    at every character of an actor's words (about 4,500 instructions a call compiled), for
    every person, titled name and organisation noted, and an article notes the same actors
    again."""
    return tuple(_NAME_WORD.findall(text))


def _has_name(text: str) -> bool:
    return any(word not in NOT_NAMES for word in _name_words(text))


def _people(text: str) -> bool:
    """A demonym in the plural: "Israelis", "thousands of Kenyans" (people, not the state)."""
    return text.endswith(("ans", "is")) and text[:1].isupper() and " " not in text


def plural(text: str) -> bool:
    """A word or a name in the plural ("patrols", "the talks"; not "Congress")."""
    return text.endswith("s") and not text.endswith("ss")
