"""Function words the clause layer reads a sentence by (lower case, as tokens are)."""

from __future__ import annotations

import math
from typing import Final

# Whether this module runs compiled (mypyc): its file is then the extension, not the source.
COMPILED: Final = not __file__.endswith(".py")


def disjoint_in(vocab: frozenset[str], words: list[str], start: int, end: int) -> bool:
    """`vocab.isdisjoint(words[start:end])`, the same answer for every `start` and `end` (a
    slice's negative and outlying bounds included).

    Compiled, a loop that tests each word with `in` (a primitive) beats building the slice
    and calling `isdisjoint`, which mypyc calls as a generic method: about 660 instructions a
    call less on the bench's calls. Interpreted, the loop would cost more than the slice and
    the method, so the source takes them there (`COMPILED`)."""
    if not COMPILED:
        return vocab.isdisjoint(words[start:end])
    size = len(words)
    if start < 0:
        start = max(start + size, 0)
    if end < 0:
        end = end + size
    elif end > size:
        end = size
    for at in range(start, end):
        if words[at] in vocab:
            return False
    return True


SAY: Final = frozenset(
    "said says say saying told tells tell telling added adds adding noted stated "
    "explained reported quoted wrote writes asserted stressed argued commented remarked "
    "observed recalled heard hears".split()
)
# Participles that open what a party said after its act (", saying Cairo had agreed ...")
PARTICIPLE_FRAMES: Final = frozenset(
    {"adding", "saying", "noting", "stressing", "arguing", "explaining"}
)
LOCATIVE: Final = frozenset(
    "in at near from toward towards into off outside inside across along around throughout "
    "within via through beyond onto under".split()
)
PREPOSITIONS: Final = LOCATIVE | frozenset(
    "to of on against with for over by between among upon about amid after before during "
    "despite since behind following including regarding concerning alongside".split()
)
SUBORDINATORS: Final = frozenset(
    "as while because although though whereas when since if unless until after before once "
    "whether".split()
)
AMBIGUOUS_SUBORDINATORS: Final[frozenset[str]] = frozenset(
    {"as", "after", "before", "since", "until", "once"}
)
# After these a mention is the subject of a clause, not the object of a preposition.
CLAUSAL: Final[frozenset[str]] = SUBORDINATORS
# The number words a group is counted by, "two" to "ten", with their values ("two Belarusian
# diplomats ... the pair", `references.COUNTS`; `existence.NUMBER_WORDS`, the words alone)
COUNTED_NUMBERS: Final[dict[str, int]] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip
NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred hundreds thousand thousands dozen dozens least most more than up "
    "about around nearly some".split()
)
# Between an owner's name and what it owns in the text ("Yemen's Houthi rebels", "the North’s
# General Staff")
OWNED_GAPS: Final[tuple[str, str]] = ("'s ", "’s ")
# The same possessive closing a word or a token ("Kenya's", "the group’s"), for `str.endswith`
OWNED_ENDINGS: Final[tuple[str, str]] = ("'s", "’s")
# The tokens of a possessive after a name ("Malta 's", "Malta s"): a body's words go on
POSSESSIVE_MARKS: Final[frozenset[str]] = frozenset({"s", "'s", "’s"})
# The endings of a possessive word ("Kenya's", "the rebels'"), for `str.endswith`
POSSESSIVE_ENDINGS: Final[tuple[str, ...]] = ("'s", "’s", "s'", "s’")
# "at least 15 people", "at most five": a count, not a place or a time
COUNT_AFTER_AT: Final[frozenset[str]] = frozenset({"least", "most"})
RELATIVES: Final = frozenset({"who", "which", "whose", "whom", "where"})
ARTICLES: Final = frozenset({"a", "an", "the"})
# The possessives of another party, not the speaker's own "our" ("its troops", "his aide"): what
# opens the noun of a thing a story names (`OBJECT_OPENERS`), a body's owner (`references`)
THIRD_POSSESSIVES: Final[frozenset[str]] = frozenset({"its", "their", "his", "her"})
# "its troops", "their peacekeeping force": a party's own people (`targets`)
POSSESSIVES: Final = THIRD_POSSESSIVES | {"our"}
# The possessives of a body or a group, not of a person: "said its fighters attacked" (a
# reported clause, `clauses`), "launched its offensive" (`relevance._launch_at`)
GROUP_POSSESSIVES: Final[frozenset[str]] = frozenset({"its", "their"})
# "it", "they", "he", "she", "we": the subject pronouns that stand for a party (the "I" and
# "you" of a quote are a speaker and a listener)
PARTY_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "they", "he", "she", "we"})
# An article or a possessive of another party: what opens the noun of an object a story names
# ("protested the sentence", "placed his aide under house arrest"; not "our", the speaker's own).
OBJECT_OPENERS: Final = ARTICLES | THIRD_POSSESSIVES
# The words that only open a noun phrase: the articles, the possessives and the demonstratives
# (not "that", mostly a conjunction).
# An article or any possessive ("a", "the", "his", "our"): what opens a goal's noun ("his top
# priority", `existence.GOAL_DETERMINERS`) or the thing a reporting verb takes ("observed a truce")
ARTICLES_OR_POSSESSIVES: Final = ARTICLES | POSSESSIVES
NOUN_OPENERS: Final = ARTICLES_OR_POSSESSIVES | {"this", "these", "those"}
# What names a thing the story has told ("the raid", "this decision", "those protests"):
# `coder`'s definite acts and charges, `existence`'s named protests.
DEFINITE: Final[frozenset[str]] = frozenset({"the", "this", "that", "these", "those"})
# the determiners that point back to what the article told: "killed in the clashes" (a toll of
# the fight told, `existence`), "The protesters had gathered" (the crowd told, `relevance`)
RECALLING_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "these", "those"})
# The determiners: those, "your", and the quantifiers, which may also stand for the noun ("both
# indicted", "all agreed").
DETERMINERS: Final = NOUN_OPENERS | frozenset(
    "your some several another any every each both all".split()
)
# Nouns a named party may modify without being a party itself ("Security Council resolutions").
DOCUMENTS: Final = frozenset(
    "resolution resolutions report reports statement statements sources footage data website "
    "document documents records figures charter convention".split()
)
# Flags a crowd carries ("waving Russian flags", "wrapped in Kenyan flags"): the country only
# says whose flags they are, no party of the act; a flag burned or torn down is the act's
# object and names its target. A banner's slogan may name the target ("Free Tibet" banners).
EMBLEMS: Final = frozenset({"flag", "flags"})
CARRYING: Final = frozenset(
    "waving waved carrying carried holding held brandishing unfurling draped wrapped".split()
)
EMBLEM_REACH: Final[int] = (
    3  # words from the verb of carrying to the flag's country ("waving the red ...")
)
# A body's own noun after the name of the organisation or state it belongs to, before the
# place it is posted in ("The U.N. mission in Lebanon said", "the EU delegation in Kyiv").
POSTED_BODIES: Final = frozenset(
    "mission missions delegation office embassy consulate representation".split()
)
MODIFIED_NOUNS: Final = frozenset(
    "offensive operation campaign buildup presence aid assistance support intervention action "
    "attack strike activity personnel vehicle base chief official leadership footage video "
    "videos statement statements report reports sources data website spokesman information "
    "assessment briefing failure estimate".split()
)
ADVERBIAL: Final = LOCATIVE | frozenset(
    "during after before amid despite following since for because".split()
)
TIME_NOUNS: Final[frozenset[str]] = frozenset(
    "day days week weeks month months year years morning evening night afternoon time times "
    "hours minutes period weekend today yesterday tomorrow".split()
)
IDIOMS: Final[frozenset[str]] = frozenset(
    "protest response retaliation solidarity support favour favor talks letter statement "
    "reaction revenge defiance violation breach cooperation coordination partnership "
    "agreement alliance contact touch conflict dispute turn".split()
)
# The days of the week, in the order of `date.weekday()` (Monday 0): a day of the story, in the
# dating word lists below and in existence's and relevance's, and the day `temporal` dates.
WEEKDAY_NAMES: Final = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
WEEKDAYS: Final = frozenset(WEEKDAY_NAMES)
# The months, January first: in the dating words below, and the months `temporal` dates and
# the segmenter knows (with their abbreviations, data/temporal_months.tsv).
MONTH_NAMES: Final = tuple(
    "january february march april may june july august september october november december".split()
)
DATE_WORDS: Final = (
    WEEKDAYS | frozenset(MONTH_NAMES) | frozenset("today yesterday tonight tomorrow".split())
)
# A denial's verb ("denied any wrongdoing", "Rwanda denies backing the rebels"); its present
# tense alone is a standing position (`existence.DENIALS`).
DENYING: Final = frozenset({"deny", "denies", "denied"})
# Units of the calendar a date counts in: "next week", "last month", "later this year"; with
# their plurals, spans ahead or behind ("in the coming weeks", "in recent months").
CALENDAR_UNITS: Final = frozenset({"week", "weekend", "month", "year"})
CALENDAR_SPANS: Final = CALENDAR_UNITS | {"weeks", "months", "years"}
ADJECTIVAL_AGENTS: Final[frozenset[str]] = frozenset(
    "official military general diplomatic senior security".split()
)
# Modifiers that also name a party ("military drills", "a general strike"): after an article
# or a possessive and before a past tense with its object, the word is the party and the
# trigger its verb ("The military accused the opposition", "the general rejected the offer").
PARTY_MODIFIERS: Final = frozenset({"military", "general"})
# Round 41 (miss8): "A military airstrike on a school killed 20 students", "A military drone strike
# hit a market": the strike's noun after "military" opening the sentence (or its body after an
# agency dateline) names no other striker; the military is the party, as "an army
# airstrike" already made it ("carried out a military airstrike" keeps the modifier)
AIR_STRIKE_NOUNS: Final = frozenset({"airstrike", "airstrikes", "drone"})
INDEFINITE_ARTICLES: Final = frozenset({"a", "an"})
SUBJECT_ARTICLES: Final = INDEFINITE_ARTICLES  # "A military airstrike", "An army drone"
# the token before the article when the sentence's body follows an agency dateline: its
# agency's closing bracket ("(AFP) - A ...": the tokens drop the dash)
DATELINE_ENDS: Final = frozenset({")"})
# Past tenses without "-ed" that follow such a party as its verb: "The military struck rebel
# positions", "the military sent reinforcements", "the military held exercises".
IRREGULAR_PAST: Final = frozenset(
    "held sent led fought struck shot took began threw gave made met told kept brought sought "
    "won lost hit spent built drove withdrew overran broke beat caught chose drew fled flew "
    "laid left ran rose sank sold shut spoke stood swept tore upheld wrote".split()
)
PARTY_OPENERS: Final = THIRD_POSSESSIVES | {"the"}
NOT_NOUNS: Final[frozenset[str]] = frozenset(
    "says has was is does goes seems appears remains wants needs plans hopes expects claims "
    "denies accuses warns urges calls insists believes knows thinks agrees rejects".split()
)
PARTITIVES: Final[frozenset[str]] = frozenset(
    "thousands hundreds dozens millions scores tens some many most all one two three several "
    "members leaders supporters representatives officials members delegation delegations group "
    "groups units contingents contingent part majority rest each both total number handful "
    "couple batch convoy convoys patrol patrols column columns squad squads platoon platoons "
    "battalion battalions crowd crowds busload boatload".split()
)
# "a spokesman for the foreign ministry", "officials from India and China", "a delegation
# from the EU": the party after these people's preposition is whom they speak or act for,
# not a place or an object (the prepositions counted like the partitive "of").
AFFILIATED: Final = {
    "for": frozenset(
        "spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople camp camps "
        "shelter shelters school schools".split()
    ),
    "from": frozenset(
        "official officials delegation delegations representative representatives diplomats "
        "envoy envoys negotiators ministers lawmakers legislators".split()
    ),
    # round 51 (miss51f): "The head of the Civil Service Association warned", "the leader of
    # the teachers' union said": the one who leads a body speaks and acts for it
    "of": frozenset("head heads leader leaders chief chairman chairwoman chairperson".split()),
}
# Before the person: "recalled its diplomats from Quito" is the verb's "from", a place.
NOT_AFFILIATING: Final[frozenset[str]] = POSSESSIVES | {"my", "your"}
CLAUSE_BREAKS: Final = frozenset({";", ":"})
QUOTES: Final = frozenset({'"', "“", "”"})
OPENING_QUOTES: Final[frozenset[str]] = frozenset({'"', "“"})  # a quotation opened
CLOSING_QUOTES: Final[frozenset[str]] = frozenset({'"', "”"})  # and closed
SINGLE_QUOTES: Final[str] = "'‘"  # a single quotation mark opened (the first also an apostrophe)
# The tokens a quoted name or word opens with, double or single ("the 'rebels'", "“looters”")
OPENING_MARKS: Final[frozenset[str]] = OPENING_QUOTES | frozenset(SINGLE_QUOTES)
ASIDE_WORDS: Final[int] = 4  # a bracket closed within these words after a party is stepped over
NP_WALK: Final = 5  # tokens looked back over for the preposition of a noun phrase
# Stems of verbs and nouns by which an act answers another ("retaliated", "in response")
ANSWER_STEMS: Final = ("retaliat", "aveng", "reveng", "respond", "respons", "reciproc")
# "hit back", "struck back", "fought back": an answer told by a verb and its particle (roles'
# answering acts, existence's "hit back with artillery fire")
BACK_VERBS: Final[frozenset[str]] = frozenset(
    "hit hits hitting strike strikes striking struck fight fights fighting fought".split()
)
# The bare modals of a plan or an announcement ("would send", "will meet")
BARE_MODALS: Final = frozenset({"will", "would", "shall"})
# Their future tense alone: a deed a party "will" do (`relevance._announced_deed`), a threat's
# words ("will not go unpunished", `coder._speakers_threat`)
FUTURE_MODALS: Final = BARE_MODALS - {"would"}
# The forms of "be" that make a passive or a copula ("was detained", "were tear-gassed").
PAST_BE: Final[frozenset[str]] = frozenset({"was", "were"})
# Its present: a copula that describes ("Brunei is a sultanate", `relevance.PRESENT_COPULAS`)
PRESENT_BE: Final[frozenset[str]] = frozenset({"is", "are"})
TENSED_BE: Final = PAST_BE | PRESENT_BE
BE: Final = TENSED_BE | {"be", "been", "being"}
# A refusal's negation after a vow or a modal ("vowed never to", "will not govern")
NOT_OR_NEVER: Final[frozenset[str]] = frozenset({"not", "never"})
# The perfect's auxiliary ("has sent", "had agreed"); its present ("has sent", "have agreed").
PRESENT_PERFECT: Final[frozenset[str]] = frozenset({"has", "have"})
PERFECT: Final = PRESENT_PERFECT | {"had"}
# Finite auxiliaries: after "said X" they show X is the subject of a reported clause
# ("a diplomat said China would veto it"), not a speaker ("..., said Lee on Sunday").
FINITE: Final[frozenset[str]] = (
    TENSED_BE | PERFECT | frozenset("would will could can should may might must did does".split())
)
# Participles that open a reduced relative clause of a charge, with their preposition:
# "companies accused of supplying drones", "a man suspected of spying for Russia".
CHARGE_PARTICIPLES: Final = {
    "accused": "of",
    "suspected": "of",
    "charged": "with",
    "convicted": "of",
}
# What joins countries listed before one agent noun ("U.S., British and Canadian troops").
CONJOINED: Final[tuple[tuple[str, ...], ...]] = ((",",), ("and",), (",", "and"))
# Premises: "the Baku office of Sputnik", "its Minsk bureau": the city before them is a place.
PREMISES: Final[frozenset[str]] = frozenset(
    "office offices bureau headquarters branch premises".split()
)
# Prepositions that set an act named as a noun apart as the time or occasion of the clause's
# act: "criticised the decision during a visit to Budapest" (not "called off a visit by").
ACT_FRAMES: Final[frozenset[str]] = frozenset("during on amid after before following".split())
# Journeys that are no act of their own, set apart the same way: "on a trip to Lima".
TRIP_NOUNS: Final = frozenset("trip trips tour journey stopover".split())
# Place nouns a city's name may stand after, set off by a comma ("Peru's capital, Lima").
PLACE_NOUNS: Final = frozenset("capital city town port".split())


def party_subject(words: list[str], head: int, named: bool = False) -> bool:
    """ "The military accused the opposition", "the military struck rebel positions": a party
    named by a modifier (`PARTY_MODIFIERS`) after an article or a possessive, then a past
    tense (also an irregular one, `IRREGULAR_PAST`) that takes an object. `named`: the word
    before the modifier is a capitalised name (round 42, wire42: "The U.S. military struck a
    boat", "The Israeli military struck a base", whose strike was read as a noun)."""
    word = words[head]
    if head < 2 or words[head - 1] not in PARTY_MODIFIERS:
        return False
    if not word.endswith("ed") and word not in IRREGULAR_PAST:
        return False
    opener = words[head - 2]
    if opener not in PARTY_OPENERS and not opener.endswith("'s") and not named:
        return False
    after = words[head + 1] if head + 1 < len(words) else ""
    # a hyphenated word is a word too: "China's military launched large-scale drills"
    return after.replace("-", "").isalpha() and after not in ("of", "by", "in", "and")


# The nouns of an armed attack, read as ASSAULT where a criticised act is named
# (roles.CRITICISED) and as a military act where a condemned country is its forces
# (actor.MILITARY_ACTS). Each adds its own: roles.CRITICISED killings, shootings and rammings
# (anyone's), actor.MILITARY_ACTS launches, missiles, drones and manoeuvres (a military's).
ASSAULT_NOUNS: Final[tuple[str, ...]] = tuple(
    "attack attacks strike strikes airstrike airstrikes shelling bombing bombings offensive "
    "incursion incursions".split()
)


# The one-word links the look-backs of `link_before` stop at, and a look-back with no breaks.
TO: Final[frozenset[str]] = frozenset({"to"})
THAT: Final[frozenset[str]] = frozenset({"that"})
OF: Final[frozenset[str]] = frozenset({"of"})
NO_BREAKS: Final[frozenset[str]] = frozenset()


def link_before(
    words: list[str],
    start: int,
    reach: int,
    links: frozenset[str],
    breaks: frozenset[str],
    words_only: bool = False,
) -> int:
    """Where the nearest of `links` stands in the `reach` words from `start` back, with none of
    `breaks` between (nor, `words_only`, a token that is no plain word: punctuation, a number,
    a hyphenated word); -1 where there is none. The look-back of "evidence that X urged",
    "efforts to secure the lifting", "fears of a boycott": the caller asks what stands before
    the link. The look stops at the sentence's second word, so a link found has a word before
    it; a word in both `links` and `breaks` is a link."""
    for index in range(start, max(start - reach, 0), -1):
        word = words[index]
        if word in links:
            return index
        if word in breaks or (words_only and not word.isalpha()):
            return -1
    return -1


# The participles that tell a violent act's dead or wounded after it (", killing 12"): the act's
# result (relevance._dated_toll, coder), whom it was aimed at (targets._victims_after,
# roles._passive_victims)
WOUNDING: Final[frozenset[str]] = frozenset({"killing", "wounding", "injuring"})


def bisect_left(values: list[int], value: int) -> int:
    """`bisect.bisect_left(values, value)` for a list of ints, in compiled code: the same
    halving (the library's is a generic call from compiled code, with its arguments parsed and
    each step a rich comparison: ~700 instructions a call, several per mention)."""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle] < value:
            low = middle + 1
        else:
            high = middle
    return low


def bisect_right(values: list[int], value: int) -> int:
    """`bisect.bisect_right(values, value)` for a list of ints (see `bisect_left`)."""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if value < values[middle]:
            high = middle
        else:
            low = middle + 1
    return low


def round3(value: float) -> float:
    """`round(value, 3)`, the same float, in compiled code. The library's converts the float to
    its correctly rounded decimal string and back (~2,500 instructions a call, several a
    candidate). For a value in (0, 1] the thousandths are scaled with an error under 1e-12;
    unless the scaled value lies within 1e-9 of a half, its nearest integer is the exact
    value's, and that integer divided by 1000 (both exact) is the double nearest the decimal,
    which `round` returns. Zero (signed), values outside (0, 1] and near-halves take `round`."""
    if 0.0 < value <= 1.0:
        scaled = value * 1000.0
        whole = float(math.floor(scaled))
        fraction = scaled - whole
        if fraction < 0.499999999:
            return whole / 1000.0
        if fraction > 0.500000001:
            return (whole + 1.0) / 1000.0
    return round(value, 3)


# Round 53 (miss53w): "warned on state television that ...", "accused Urdaneta on state radio of
# ...", "said in a statement read on national television": a broadcaster after "on" or "over"
# near a word of telling is where the saying was heard, no party of the act (docs/labelling.md,
# section 2: the parties are the one who acts and the one acted on). Not "imposed sanctions on
# state television" or "an attack on the public broadcaster": no word of telling before them.
MEDIUM_PREPOSITIONS: Final[frozenset[str]] = frozenset({"on", "over"})
MEDIUM_REACH: Final[int] = 3  # words before the preposition looked at for a word of telling
BROADCAST_TELLING: Final[frozenset[str]] = frozenset(
    """said says say saying speaking spoke speaks speak warned warns warning announced announces
    announcing declared declares declaring appeared appearing appears broadcast aired read
    shown televised statement statements address speech remarks interview message comments
    told accused accuses urged urges called calls threatened vowed pledged insisted""".split()
)


# Round 57 (refs57): the verbs by which a party names in its own words what it speaks of, after
# "what" and a pronoun: "condemned what it called a plot", "rejected what it described as
# pressure", "over what they said were raids" (`references._names_it`, `targets._naming_pronoun`)
WHAT_NAMING: Final[frozenset[str]] = frozenset(
    "called calls termed terms described describes said says saw sees considered considers "
    "branded brands labelled labeled".split()
)
# `PARTY_PRONOUNS` less "we" ("what we called" is a speaker quoted)
NAMING_PRONOUNS: Final[frozenset[str]] = PARTY_PRONOUNS - {"we"}
