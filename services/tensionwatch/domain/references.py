"""A sentence's mentions of actors, with references resolved from the article so far.

Besides the names the actor index finds, a sentence refers to parties by:

- pronouns: "he"/"him" and "she" (the last person named, women by their titles), "they"/
  "them" (the last group), "it" (the last state or organisation, when it acts: not "it is"),
  "we"/"I" (the speaker);
- descriptions: "the North" / "the South" in a story about the Koreas, "the rebels" (the last
  armed group named), "the latter" (the last party named);
- a name already introduced ("lawmaker Wong Chin-chu" ... "Wong");
- bare sectors, which take a country: "police", "the ministry", "opposition lawmakers" belong
  to the country the article last named for that sector, else the dateline's, else the one it
  names most;
- ambiguous demonyms ("Congolese", "Korean", "Sudanese"): the candidate the article names most.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from operator import attrgetter, itemgetter
from typing import Final

from tensionwatch.domain import names
from tensionwatch.domain.actor import BARE_CROWDS, CROWD_HEADS, IGO_SECTOR, Actor
from tensionwatch.domain.actor_data import country_words, has_initials, party_initials
from tensionwatch.domain.clause_words import (
    ARTICLES,
    COUNTED_NUMBERS,
    NAMING_PRONOUNS,
    OBJECT_OPENERS,
    OWNED_GAPS,
    THIRD_POSSESSIVES,
    WHAT_NAMING,
)
from tensionwatch.domain.context import (
    ARMED_GROUPS,
    BODY,
    DOMESTIC_CRITICS,
    ENVOY_TITLES,
    GROUP_SECTORS,
    HOME_STATE,
    JUNTA,
    NAME,
    NOT_NAMES,
    ORG,
    PERSON,
    PLACE,
    PRONOUN,
    SEAT,
    STATE_FORCES,
    STATE_KINDS,
    STATE_SECTORS,
    TITLE,
    UN_CODE,
    UN_SECTOR,
    ArticleContext,
    Mention,
    dateline_end,
    is_female,
    most_common,
    named_by,
    other_of_pair,
    people_named,
    plain_mention,
    plural,
    posted,
    regional_body,
)
from tensionwatch.domain.names import money_at

# "the Gulf of Oman", "the Sea of Japan": a sea named after a country is no actor at all.
_WATER: Final = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?|Ocean|Channel) of (?:the )?$")
_SEA: Final = re.compile(r"\s+(?:Sea|Gulf|Ocean|Strait)\b")  # "the South China Sea", "Arabian Sea"
_SEA_WORDS: Final = ("Sea", "Gulf", "Ocean", "Strait")  # one of them is in every match of _SEA
# "vowed a firm response": the adjective, not a business.
# "EU-style sanctions", "Soviet-style elections", "a Soviet-era tank": a party named only to
# say what a thing is like, or of what time, is no party of the act
_LIKENED: Final = re.compile(r"[-\u2010\u2011](?:style|type|like|era)\b", re.IGNORECASE)
_ADJECTIVE_FIRM: Final = re.compile(
    r"firm\s+(?:response|stance|position|commitment|support|line|hand|grip|belief|action|"
    r"measures|steps|answer|reply|message|warning|opposition|rejection|resolve|denial|"
    r"decision|determination|countermeasures|retaliation)\b"
)
# "the Ministry of Labour", "the Labour Department", "Labour Day": the word of an office or a
# trade, not the party (data/actors.tsv's parties that several countries share).
PARTY_SECTOR: Final = "PTY"
_LABOUR_OFFICE: Final = re.compile(
    r"Labou?r (?:Department|Ministry|Minister|Day|Court|Office|Congress|Federation|Union|"
    r"Organi[sz]ation|Code|Relations|Commission|Council|Force|Inspectorate|Secretary)\b"
)
# "posted on social media": the platforms, no news outlet
_SOCIAL: Final = re.compile(r"(?<![\w-])[Ss]ocial[ -]$")
_OFFICE_OF: Final[re.Pattern[str]] = re.compile(r"(?:\bof|\band|\bfor|&) $")
# "Latin American countries", "South American leaders": a continent, not the United States.
_CONTINENT: Final = re.compile(r"(?<![\w-])(?:Latin|South|Central|North|Meso|Pan)[ -]$")
_SET_IN: Final = re.compile(
    r"(?<![\w-])(?:in|inside) (?:the )?(?:(?:[a-z-]*ern|central|occupied|rebel-held) ){0,2}$"
)
# Where talks are held or exiles live is no setting of the fighting ("rebel groups at peace
# talks in South Sudan" are Sudan's), nor where a speaker speaks of a crowd ("the president,
# speaking at an investment forum in Rosario, called the protesters ...").
_VENUE: Final = re.compile(
    r"(?<![\w-])(?:talks|summit|meeting|conference|negotiations|exile|asylum|forum) "
    r"(?:held )?(?:in|inside) (?:the )?(?:(?:[a-z-]*ern|central) ){0,2}$"
)
# A sentence that opens by setting its scene in a country or town ("In neighbouring Honduras,",
# "In Niamey,"): its bare sectors are that country's, not the dateline's.
_OPENING_IN: Final = re.compile(
    r"(?:In|Inside|Across) (?:the )?(?:(?:neighbou?ring|nearby|[a-z-]*ern|central) ){0,2}$"
)
# "In the Haitian border town of Ouanaminthe, ...": the scene named by its country's word
_OPENING_TOWN: Final = re.compile(
    r"(?: [a-z-]+)? (?:city|town|village|port|region|province|district|island|capital) of "
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3},"
)
_LOCATED: Final = re.compile(r"(?<![\w-])(?:in|at|near) $")
_NEIGHBOUR: Final = re.compile(
    r"(?<![\w-])(?:its|their) (?:(?:western|eastern|northern|southern|larger|smaller) )?"
    r"neighbou?r(?![\w-])"
)
_HOME_CITY: Final = re.compile(r"(?<=\bon )the (?:city|capital)(?![\w-])(?! of\b)(?!'s)")
# "Eritrea's information minister", "Sudan's Islamist-led government", "Libya's
# U.N.-recognised government" (an abbreviation's dots before the hyphen); round 52 (roles52):
# one capitalised word of a portfolio or region right before the body ("Australia's Pacific
# minister", "Britain's Africa minister"), never before a lower-case word ("Russia's Lavrov
# met officials" owns no "officials")
_STATES_OWN: Final = re.compile(
    r"['’]s (?:(?:[a-z-]+|[A-Z](?:[a-z]+|[A-Z]+|\.(?:[A-Z]\.)+)-[a-z]+) ){1,2}$"
    r"|['’]s (?:[a-z-]+ )?[A-Z][a-z]+ $"
)
# Round 61 (roles61): "Peru's National Agency for Water said it would sue": a body's
# capitalised head word after one to three capitalised words of its name, right after the
# state's possessive, is that state's (not the article's home state, which a bare "Agency" took)
# Round 62 (roles62): so when "and" joins two of its name's words ("Peru's Fisheries and Ports
# Ministry dismissed the request": the bare "Ministry" took the home state)
_NAMED_BODY: Final = re.compile(r"['’]s [A-Z][a-z]+ (?:(?:and |& )?[A-Z][a-z]+ ){0,2}")
_TITLED_BODY: Final = re.compile(r"[A-Z][a-z]+")
_FOREIGN: Final = re.compile(r"(?<![\w-])(?:Western|western|[Ff]oreign|overseas) $")
# "... and said it would", ", saying they had": a reported clause of the sentence's subject.
_SAID_AND: Final = re.compile(
    r"(?:\band|,) (?:also )?(?:said|says|added|adds|saying|adding|warned|vowed|insisted) "
    r"(?:that )?$"
)
# "Croatia's foreign ministry told Belgrade that it would not allow the visit": a pronoun
# opening what a party was told is said by the teller, not the told (round 37)
_TOLD_THAT: Final = re.compile(
    r"\b(?:told|informed|assured|notified|tells|informs|assures|notifies)"
    r"(?= )[^,;:.\"“”]{1,40} that $"
)
# Peoples that live mostly in one country, named before a bare sector ("Baloch separatists").
_COMMUNITY_HOMES: Final = {
    "Baloch": "PAK",
    "Baluch": "PAK",
    "Kashmiri": "IND",
    "Uyghur": "CHN",
    "Uighur": "CHN",
    "Tibetan": "CHN",
    "Chechen": "RUS",
}
_COMMUNITY_NAMES: Final = tuple(_COMMUNITY_HOMES)
_COMMUNITY_WORDS: Final = re.compile("|".join(_COMMUNITY_NAMES))
_COMMUNITY_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(([A-Z][a-z]+(?:an|i|ese|ish) )?(" + _COMMUNITY_WORDS.pattern + r")) $"
)
_FROM: Final = re.compile(r"\s+from\s+(?:the\s+)?")
# "Military instructors from Britain", "Army engineers from India": a bare sector word used as
# the modifier of a plural head noun (one or two lowercase plurals, no verb) before "from".
_HEAD_FROM: Final = re.compile(
    r"\s+(?:(?!(?:was|has|is|does|says|goes|comes|ones|others|this|thus|plus)\b)"
    r"[a-z]+[a-rt-z]s\s+){1,2}from\s+(?:the\s+)?"
)
_SIDE_OF: Final = re.compile(r"\s+(?:on|from)\s+the\s+")  # "gunmen on the Venezuelan side"
_SIDE: Final = re.compile(r"\s+side\b")
_ALLIED: Final = re.compile(r"\s+and\s+(?:its\s+|their\s+)?(?:allied|affiliated)\s+")
_LED: Final = re.compile(
    r"-led (?:[a-z-]+ ){0,2}"
)  # "NATO-led peacekeepers", "-led security forces"


# The look-behind regexes below are tried on a few characters before each mention; most
# mentions have none of their words there, which one substring test tells (the regex is
# then not run: each call costs more than the test).


# The nouns of bodies of private life, as a regex alternation
# (sport, culture, business, learning), for a title's owner before or after it.
_PRIVATE_BODIES: Final = (
    "federation|association|league|festival|academy|foundation|museum|orchestra|gallery|theatre"
    "|theater|label|team|squad|society|charity|tournament|competition|championship|company|firm"
    "|club|university|college|start-up|startup|carmaker|airline|chain"
)
# "the federation's president", "the museum's secretary", "the firm's chief executive": the
# head of a body of sport, culture, learning or business, not a state's officer (the body, when
# the index knows its word, is the party: "the firm"); a party's, a country's, a province's or
# a council's president stays one.
_PRIVATE_HEAD: Final = re.compile(
    r"\b(?:" + _PRIVATE_BODIES + r"|school|hospital|institute|brand)['’]s\s+$"
)
PRIVATE_HEAD_REACH: Final = (
    16  # characters before a title looked at for its owner ("association's ")
)
OFFICER: Final = "GOV"


def _private_head(text: str, start: int, actor: Actor) -> bool:
    """A state's title owned by a body of private life ("the federation's president")."""
    if actor.sector != OFFICER or actor.country is not None:
        return False
    begin = max(start - PRIVATE_HEAD_REACH, 0)
    if text.find("s ", begin, start) < 0:
        return False
    return _PRIVATE_HEAD.search(text, begin, start) is not None


# round 33: the same head named after its title ("the president of the football federation
# resigned", "the chairman of the national olympic committee", "the president of the chamber of
# commerce criticised the tax rise"): up to three words of the body's name before its noun; the
# Association of Southeast Asian Nations (a noun followed by "of") stays a body of states.
_PRIVATE_BODY_AFTER: Final = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'’.-]+\s+){0,3}?(?:"
    + _PRIVATE_BODIES
    + r"|olympic\s+committee|paralympic\s+committee|chamber\s+of\s+(?:commerce|industry))"
    r"\b(?!\s+of\b)",
    re.IGNORECASE,
)


def _private_head_after(text: str, end: int, actor: Actor) -> bool:
    """A state's title followed by a body of private life ("the president of the football
    federation"), as `_private_head` for the owner named before it."""
    if actor.sector != OFFICER or actor.country is not None or not text.startswith(" of ", end):
        return False
    return _PRIVATE_BODY_AFTER.match(text, end) is not None


def _water(text: str, start: int) -> bool:
    """ "the Gulf of Oman", "the Sea of Japan": the name before a place's."""
    begin = max(start - 12, 0)
    return text.find("of ", begin, start) >= 0 and _WATER.search(text, begin, start) is not None


def _social(text: str, start: int) -> bool:
    """ "Social Democrats": not the democrats of a country."""
    begin = max(start - 7, 0)
    return text.find("ocial", begin, start) >= 0 and _SOCIAL.search(text, begin, start) is not None


def _foreign(text: str, start: int) -> bool:
    """ "Western intelligence agencies", "foreign forces": a word that puts a mention abroad
    stands right before it (with its space; `$` may also stand before a final newline)."""
    # the few characters before `start` sliced and asked for the endings: compiled, that is a
    # native call; `endswith` with a start and an end was a generic method call a mention
    return (
        text[max(start - _FOREIGN_REACH, 0) : start].endswith(_FOREIGN_ENDS)
        and _FOREIGN.search(text, max(start - 9, 0), start) is not None
    )


_FOREIGN_ENDS: Final = ("ern ", "eign ", "seas ", " \n")
_FOREIGN_REACH: Final[int] = max(len(end) for end in _FOREIGN_ENDS)


def _any_government(text: str, start: int, end: int, actor: Actor) -> bool:
    """ "join a government that opposed ...", "any takeover of government by force": the word
    alone after "a", "an" or "any", or after "of" with no determiner, and before a clause or
    phrase of its own (`_AFTER_ANY`: punctuation, "that", "by", "in" ...), names a kind of
    body, no state's government. "A government spokesman", "a government convoy",
    "government-held" (the word a modifier) and "a government of national unity" (the
    state's own) keep their country."""
    if end - start != 10 or actor.country is not None or text[start:end] != "government":
        return False
    if _AFTER_ANY.match(text, end) is None:
        return False
    return (
        text.endswith(_ANY_ENDS, 0, start)
        and _ANY.search(text, max(start - 5, 0), start) is not None
    )


_ANY_ENDS: Final = ("a ", "an ", "any ", "of ")
_ANY: Final = re.compile(r"(?:^|\W)(?:a|an|any|of) $")  # lowercase: `_ANY_ENDS` runs first
_AFTER_ANY: Final = re.compile(
    r"(?:$|[,.;:)]|\s(?:that|which|who|whose|by|in|to|and|or|with|for|on|at|through|"
    r"led|formed|headed|run|backed)\b)"
)


def _labour_office(text: str, start: int, actor: Actor) -> bool:
    """ "Labour" in the name of an office or a trade body, not the party. Only the party is
    dropped: "Labour Minister Vera Kamtukule", found whole as a person with a title, is the
    minister (dropped too, the name was read as an unknown party of no sector)."""
    if actor.country is not None or not text.startswith("Labo", start):
        return False
    if actor.sector != PARTY_SECTOR:
        return False
    return bool(
        _LABOUR_OFFICE.match(text, start) or _OFFICE_OF.search(text, max(start - 4, 0), start)
    )


def _word_starts(*words: str) -> str:
    """An alternation of `words` (regex fragments), each standing at a word's start: no
    letter, digit, apostrophe or hyphen before it.

    Each word's first letter is matched before the look-behind that checks the character
    before it (the idiom of `actor_data.pattern`): a regex that opens with literal letters
    lets the engine skip to them, where one that opens with a look-behind is tried at every
    character (five times slower on news text; the two are compared in test_regex_idioms)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    branches = [f"{first}(?<![\\w'’-]{first})(?:{'|'.join(rest)})" for first, rest in rests.items()]
    return f"(?:{'|'.join(branches)})"


_PRONOUN: Final = re.compile(
    _word_starts(
        *"He he She she Him him They they Them them It it We we I".split(),
        "the latter",
        "The latter",
        # "accused her of", "arrested her": "her" as an object (not "her party")
        r"her(?= (?:of|to|for|with|in|on|at|from|after|over|as|and)\b|[,.;]|$)",
    )
    + r"(?=['’](?:ll|d|s|re|ve|m)\b|[^\w'’-]|$)"  # "we'll", "they're" but not "it's" in "its"
)
# The lower-cased words `_PRONOUN` can match (each as a token of `lexicon.Tokens`, or a
# token's part before its apostrophe: "they're", "he'd"): a sentence whose words hold none of
# them has no match, so it is not scanned (most sentences; the scan was ~19K instructions one).
# A match stands at a token's start (no letter, digit, apostrophe or hyphen before it) and ends
# it or its part before an apostrophe (no letter, digit, underscore or hyphen after it), so it
# is always one of these words: the test can only let through a sentence with no pronoun.
_PRONOUN_HEADS: Final = frozenset("he she him they them it we i her latter".split())


def _may_hold_pronoun(vocabulary: Collection[str], text: str) -> bool:
    """Whether the sentence's words (`vocabulary`, lower-cased tokens of `text`) may hold a
    match of `_PRONOUN`: one of `_PRONOUN_HEADS`, alone or before an apostrophe."""
    if not _PRONOUN_HEADS.isdisjoint(vocabulary):
        return True
    if "'" not in text and "’" not in text:
        return False  # no word holds an apostrophe (the tokens write "’" as "'"): most
    return any(word.partition("'")[0] in _PRONOUN_HEADS for word in vocabulary if "'" in word)


# "declined his invitation": the possessor of an offer turned down or taken up is the other
# party, resolved from the sentences before (never the one who declines).
_OFFERS: Final[tuple[str, ...]] = (
    "invitation",
    "offer",
    "request",
    "proposal",
    "demand",
    "appeal",
    "plea",
    "overture",
    "ultimatum",
)
_OFFER_OWNER: Final = re.compile(
    r"\b(?:declin|reject|refus|accept|dismiss|rebuff|spurn|snubb|welcom|ignor|heed)(?:ed|es|e|s|ing)?"
    r" (his|her|their) (?=(?:[a-z-]+ )?(?:" + "|".join(_OFFERS) + r")s?\b)"
)
# Round 41 (names41): "his" and "her" too, and up to two lower-case words between the
# possessive and the body ("his security agencies", "its own armed forces")
# Round 43 (feed43): a preposition or a conjunction between ends the possessive's noun phrase:
# in "the APC ended its boycott of parliament" or "their attack on police", "its" owns the
# boycott, not the body after "of" (a bare parliament so read took the last-named AU's code).
_POSSESSIVE_BREAKS: Final = (
    "of|on|in|at|to|by|for|with|from|against|over|into|about|between|among|toward|towards"
    "|and|or|than"
)
_POSSESSIVE: Final = re.compile(
    r"(?<![\w'’-])([Ii]ts|[Tt]heir|[Hh]is|[Hh]er)"
    rf"(?: (?!(?:{_POSSESSIVE_BREAKS}) )[a-z]+){{0,2}} $"
)
_POSSESSIVE_REACH: Final = 32  # characters before the body the possessive is looked for in
# `_POSSESSIVE`'s words, lower-cased: each match is one as a whole token (no letter, digit,
# apostrophe or hyphen before it, a space after it), so a sentence whose words hold none of
# them has no possessive to look for (`resolve` then skips `_possessed`)
_POSSESSIVES: Final[frozenset[str]] = THIRD_POSSESSIVES
_OWNER_WORD: Final = {"his": "he", "her": "she", "their": "they"}
# the pronoun each possessive stands for (`_possessed`): a person's or a body's
_POSSESSOR: Final = {"its": "it", **_OWNER_WORD}
_OWNER: Final = re.compile(r"(?<![\w'’-])(his|her|His|Her) $")
# "the North", not "the South China Sea" (the first letter before the look-behind: see
# `_word_starts`)
_HEMISPHERE: Final = re.compile(r"[Tt](?<![\w-][Tt])he (North|South)(?![\w-])(?!\s+[A-Z])")
_NAME: Final = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z][\w'’-]{2,}")  # see `_word_starts`
# "Li held talks", "Li's visit": a short family name alone, not the first word of a longer name
# ("Te Pati Maori" after "Aroha Te Whata")
_SHORT_NAME_USED: Final = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[a-z]{1,2}(?=['’]s\b|[^\w'’-]|$)(?! [A-Z])"
)
_COUNTRIES: Final = re.compile(
    r"(?<![\w-])[Tt]he (?:(?:neighbou?ring|other|respective) )?(?:countries|nations)(?![\w-])"
)
_REQUESTING: Final = re.compile(
    r"(?<![\w-])[Tt]he requesting (?:state|country|government|nation|party)(?![\w-])"
)
# "the two leaders", "both sides", "where the two signed": the two parties of the last act
# that had two.
# (The first letters open the regex, so the engine skips to them: `test_regex_idioms.py`
# holds the plain form, every branch opening with "(?<![\w-])".)
_PAIR: Final = re.compile(
    r"[AaTtBbEe](?<![\w-].)(?:"
    r"(?<=[Aa])ll (?:the )?(?:warring )?(?:sides|parties)(?![\w-])|"
    r"(?:(?<=[Tt])he two|(?<=[Bb])oth)(?: (?:foreign|defen[cs]e|top|sides'))? (?:leaders|sides|"
    r"countries|nations|governments|ministers|presidents|premiers|delegations|neighbou?rs|"
    r"states|counterparts|envoys|capitals|men|rivals|parties|armies|militaries|navies|allies|"
    r"partners|adversaries|foes|enemies)(?![\w-])|"
    r"(?<=[Tt])he two(?= (?:also |then |later |have |had |will |would )?(?:[a-z]+ed|held|met|"
    r"spoke) )|"
    r"(?<=[Ee])ach (?:side|country|government|army)(?= [a-z]+ed the other)"
    r")"
)
# "the bloc", "the 27-nation bloc", "the Western alliance": a regional organisation named before.
_ALLIANCES: Final = ("IGOWST",)  # NATO's codes
_BLOC: Final = re.compile(r"(?<![\w-])[Tt]he (?:[\w-]+ ){0,2}?(?:bloc|alliance)(?![\w-])")
# "the kingdom", "the Jewish state": the state of that kind the article has named most.
_STATE_EPITHET: Final = re.compile(
    r"(?<![\w-])[Tt]he (kingdom|sultanate|emirate|Jewish state|Islamic Republic|Islamic republic|"
    r"Gulf state|Gulf kingdom|oil-rich kingdom|Hermit Kingdom|hermit kingdom)(?![\w-])"
)
_MONARCHIES: Final = tuple(
    "SAU JOR MAR BHR GBR THA ESP NLD BEL SWE NOR DNK KHM BTN LSO SWZ TON".split()
)
_EPITHET_WORDS: Final = ("ingdom", "ultanate", "mirate", "state", "epublic")
_EPITHET_STATES: Final = {
    "kingdom": _MONARCHIES,
    "sultanate": ("OMN", "BRN"),
    "emirate": ("QAT", "KWT", "ARE"),
    "jewish state": ("ISR",),
    "islamic republic": ("IRN", "PAK", "MRT", "AFG"),
    "gulf state": ("QAT", "KWT", "ARE", "BHR", "OMN", "SAU"),
    "gulf kingdom": ("SAU", "BHR"),
    "oil-rich kingdom": ("SAU",),
    "hermit kingdom": ("PRK",),
}
# "the Pakistani Taliban": a demonym right before an armed group's or party's name.
_NATIONAL_GROUPS: Final = ARMED_GROUPS | DOMESTIC_CRITICS
_CHALLENGERS: Final = _NATIONAL_GROUPS  # armed groups, oppositions and parties
# "killed 30 people across southern Lebanon": people in a country are its civilians.
# Demonyms of countries that share the name they come from (the two Congos, the Guineas,
# the Dominicas): the dateline's country is the one meant. Not "Sudanese" (a South Sudanese
# is called so), nor "Korean" (the South is the first reading anyway). So are the Serbs and
# Croats of Kosovo and Bosnia in a story datelined there (round 43, gaz43: "KOSOVO ... Kosovo
# police detained four Serbs" are Kosovo's, as "ethnic Serbs" are).
SHARED_NAMES: Final = frozenset(
    "Congolese Guinean Guineans Dominican Dominicans Serb Serbs Croat Croats".split()
)
_SPOKESPERSON: Final = re.compile(r"\b[Tt]he spokes(?:man|woman|person)\b(?! for| of)")
_ETHNIC: Final = re.compile(r"\b[Ee]thnic $")
_IN_BEFORE: Final = re.compile(r"\b(?:in|inside|across|of) (?:the )?(?:\w+ )?$")
# round 50 (articles50): also the sentence's first word ("People of Sindh have denounced")
_PEOPLE_IN: Final = re.compile(
    r"(?<![\w-])([Pp]eople|[Cc]ivilians|[Rr]esidents|[Vv]illagers|[Cc]hildren|[Ww]omen|"
    r"[Ww]orshippers|[Pp]ilgrims|[Pp]assengers|[Ff]armers|[Ff]ishermen|Palestinians) "
    r"(?:in|across|of|from|throughout|inside) "
    r"(?:the )?(?:(?:southern|northern|eastern|western|central|north|south|east|west|"
    r"north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|"
    r"southeastern|southwestern) )?$"
)
_COUNTED_PEOPLE: Final = re.compile(
    r"(?<![\w-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    # a crowd counted at the sentence's start: "Hundreds of people rallied outside ..."
    r"dozens|scores|hundreds|thousands|millions|dozen|hundred|thousand|"
    r"(?<![^\s\"“‘'])(?:Dozens|Hundreds|Thousands|Tens of thousands)) (?:of )?"
    r"(people)(?![\w'’-])"
    # not "eight people in Kabul", "people in northeast Nigeria": the place names them
    r"(?! (?:in|across|throughout|inside) (?:the )?"
    r"(?:[A-Z]|(?:north|south|east|west)[a-z-]* [A-Z]))"
)
# The verbs of a crowd's protest, after its count ("Thousands marched", "people have rallied")
_CROWD_VERBS: Final = (
    r"(?:(?:have|had|also) )?(?:marched|rallied|protested|demonstrated|gathered|took to)"
)
_CROWD: Final = re.compile(
    r"(?<![\w-])(?:[Tt]ens of |[Hh]undreds of )?(?:[Tt]housands|[Hh]undreds|[Dd]ozens)"
    r"(?= " + _CROWD_VERBS + r")"
)
# The same verbs said of people counted before them: the crowd is of the country where the
# sentence places it
_GATHERED: Final = re.compile(r"\bpeople " + _CROWD_VERBS + r"\b|" + _CROWD.pattern)
_START: Final = attrgetter("start")
_GENERIC: Final = frozenset(  # generic first words of group names
    "National Liberation Democratic People's Peoples Popular Islamic Revolutionary United "
    "Patriotic Republican Socialist Freedom Unity".split()
)
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) $")
_NOT_NAME_STARTS: Final = frozenset("The A An Its Their His Her This That And Of".split())
_DEMONYM_ENDINGS: Final = ("ish", "ese", "ian", "ic", "an", "i", "ch", "ek")
# "the group", "the armed group", "the Iran-aligned group", "the al-Qaida-linked group": a
# description of the group named last, by its kind or its patron; "the outfit" (round 50,
# articles50: South Asian copy's word for an armed group, "the banned outfit")
_GROUP: Final = re.compile(
    r"(?<![\w-])[Tt]he (?:(?:armed|militant|rebel|jihadist|"
    r"[\w'’-]+-(?:aligned|backed|linked|allied|affiliated|supported)|banned|proscribed) )?"
    r"(?:group|movement|outfit)(?![\w-])"
)
# Heads of organisations' names that, after "the", stand for the one the story named.
_DESCRIBED_HEADS: Final = frozenset(
    "agency commission council court tribunal bureau authority secretariat organization "
    "organisation association federation league foundation committee fund peacekeepers".split()
)
_THE: Final = re.compile(r"[Tt]he ")
_DESCRIPTION: Final = re.compile(r"[Tt](?<![\w-].)he ([a-z]{4,})(?![\w-])")  # `.`: the T
# After "it" these make it an expletive or a copula, not an actor acting ("it is clear").
_IT_NOT_ACTING: Final = frozenset(
    "is was 's be been being seems seemed appears appeared remains remained became becomes "
    "takes took makes made".split()
)
_IT_TAKES: Final = frozenset("takes took makes made".split())
_TAKEN: Final = frozenset("note steps measures action part".split())
_INTENT_ADJECTIVES: Final = frozenset(
    "willing ready prepared determined committed set going about planning considering "
    "unwilling reluctant skeptical sceptical confident concerned optimistic pessimistic "
    "worried hopeful convinced opposed unhappy satisfied disappointed alarmed troubled "
    "disturbed dismayed".split()
)
# Sectors of a country's own politics: in a story filed from another capital they are the
# story's country's ("opposition activists" in a Moscow report on Belarus), not the dateline's.
_STORY_SECTORS: Final = frozenset({"OPP", "CVL", "COP", "REB", "INS", "LEG", "JUD"})
STORY_MIN: Final[int] = 2  # mentions that make a country the one a story is about
# A bare body that seized power ("the coup leaders", "the junta"): of the country whose coup
# the story tells, not of the capital a regional bureau files from ("ABUJA - ... Niger")
_SEIZED_POWER: Final = frozenset({"coup", "junta", "putschists"})
INTERNATIONAL: Final = "IMG"  # CAMEO's international militarised groups (al-Qaida, Islamic State)
PEOPLE: Final[frozenset[str]] = frozenset({PERSON, NAME})


def _read_ambiguous_demonyms() -> dict[str, tuple[str, ...]]:
    return _candidates("ambiguous_demonyms.tsv")


_AMBIGUOUS_DEMONYMS_ONCE: Final[
    list[dict[str, tuple[str, ...]]]
] = []  # `ambiguous_demonyms()`'s table, once read


def ambiguous_demonyms() -> dict[str, tuple[str, ...]]:
    """Demonyms shared by several countries -> the candidate countries, commonest first."""
    # a compiled list, not `functools.cache`: a cached function's call from compiled code
    # costs a few hundred instructions, and the rules ask for the table every sentence
    if not _AMBIGUOUS_DEMONYMS_ONCE:
        _AMBIGUOUS_DEMONYMS_ONCE.append(_read_ambiguous_demonyms())
    return _AMBIGUOUS_DEMONYMS_ONCE[0]


def _read_shared_places() -> dict[str, tuple[str, ...]]:
    return _candidates("shared_places.tsv")


_SHARED_PLACES_ONCE: Final[
    list[dict[str, tuple[str, ...]]]
] = []  # `shared_places()`'s table, once read


def shared_places() -> dict[str, tuple[str, ...]]:
    """Place names of several countries -> the candidate countries, the place tables' first
    (`data/shared_places.tsv`: "Valencia", Spain's or Venezuela's)."""
    # a compiled list, not `functools.cache`: a cached function's call from compiled code
    # costs a few hundred instructions, and the rules ask for the table every sentence
    if not _SHARED_PLACES_ONCE:
        _SHARED_PLACES_ONCE.append(_read_shared_places())
    return _SHARED_PLACES_ONCE[0]


def _candidates(name: str) -> dict[str, tuple[str, ...]]:
    files = resources.files("tensionwatch.domain").joinpath("data")
    text = files.joinpath(name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {row[0]: tuple(row[1].split("|")) for row in rows[1:]}


def resolve(
    text: str,
    found: Iterable[tuple[int, int, Actor, str]],
    context: ArticleContext | None,
    vocabulary: Collection[str] | None = None,
) -> list[Mention]:
    """The sentence's mentions in text order: the index's finds (bare sectors and ambiguous
    demonyms given a country) plus the references the context resolves. `vocabulary`: the
    set of the sentence's words (`lexicon.Tokens.vocabulary`) where the caller has it: a
    sentence whose words hold no pronoun is not scanned for one (`_may_hold_pronoun`), nor
    one with no possessive for the owners of its bodies (`_POSSESSIVES`)."""
    found = [f for f in found if not _LIKENED.match(text, f[1])] if "-" in text else list(found)
    if context is None:
        context = ArticleContext()  # a sentence alone: references within it
    found = _based_abroad(text, found, context)
    found = _shared_places_in(found, context)  # "Protesters in Valencia" in a Caracas story
    found = _defined_acronyms(text, found, context)  # "the Alliance for Change (ANC)"
    found = _us_georgia(text, found)  # "Georgia Gov. X", "the governor of Georgia"
    found = _namesake_parties(text, found, context)  # "the opposition New Democratic Party"
    found = _congo_of_story(text, found, context)  # "Congo's" in a Brazzaville story
    armed = any(_armed(actor) for _, _, actor, _ in found)
    crowd = any(_crowd(actor) for _, _, actor, _ in found)
    opening = _opening_place(text, found)
    # the scene a sentence opens with is where it places its crowd ("In Kinshasa,
    # protesters attacked ..., accusing Western powers of failing to rein in Kigali")
    placed = (opening or _placed_in(text, found)) if armed or crowd else None
    story = placed or (context.main_country() if context.home else None) if armed else None
    if context.main_country() is None:
        context = _with_sentence_country(context, found)
    # a substring test a sentence is cheaper than a regex call a name, and most sentences
    # name no sea and no firm
    sea = any(word in text for word in _SEA_WORDS)
    firm = "firm" in text
    found = [
        f
        for f in found
        if not _water(text, f[0])
        and not (sea and _SEA.match(text, f[1]))
        and not _continental(text, f[0], f[2])
        and not (firm and _ADJECTIVE_FIRM.match(text, f[0]))
        and not _labour_office(text, f[0], f[2])
        and not _social(text, f[0])
        and not _private_head(text, f[0], f[2])
        and not _private_head_after(text, f[1], f[2])
    ]
    found = _townsfolk(text, _national_groups(text, _name_tails(text, found)))
    mentions = _origins(
        text,
        [
            _named(start, end, actor, kind, context, story, placed, opening, crowd)
            if not _foreign(text, start)
            else Mention(start, end, actor, kind, True)  # "Western intelligence agencies": none
            for start, end, actor, kind in found
            if not _any_government(text, start, end, actor)
        ],
    )
    mentions = _delegation_heads(text, _led(text, mentions))
    if " of the " in text:
        mentions = _members_of(text, mentions)
    mentions = _local_officials(text, mentions)  # "a Serb deputy mayor of <a Kosovo town>"
    mentions = _described_bodies(text, mentions, context)
    korean = context.korea or any(m.actor.country in ("PRK", "KOR") for m in mentions)
    hemispheres = _hemispheres(text, korean)
    # "the North's General Staff said its forces": before "its" is read
    mentions = _hemispheres_own(text, mentions, hemispheres)
    mentions = _possessed(text, mentions, context, vocabulary)
    mentions = _organisations_bodies(text, mentions)
    mentions = _challenged(mentions, context)
    mentions = _states_own(text, mentions, context)
    if any(verb in text for verb in _ORDERING_STEMS):
        mentions = _ordered_forces(text, mentions)
    mentions = _states_own_bodies(text, mentions)
    mentions = _owners_party(text, mentions)
    mentions = _people_in(text, mentions)
    mentions = _envoys_named_before(text, mentions, context.last_envoys)
    mentions = _mission_named_before(text, mentions, context.last_mission)
    mentions = _minorities(text, mentions, context)
    mentions = _communities(text, mentions)
    mentions = _pairs(text, mentions, context)
    if "sanction" in text or "embargo" in text:
        mentions = _sanctioning_bodies(text, mentions, context)
    if context.names:
        mentions = _surnamed_places(mentions, context)
    _note_described_orgs(text, mentions, context)  # "the Viv Ansanm gang coalition"
    extra = hemispheres + _known_names(text, mentions, context)
    extra += _described_orgs(text, mentions, context) + _other_countries(text, context)
    extra += _requesting_state(text, mentions, context) + _epithets(text, context)
    extra += _armed_group(text, mentions, context) + _blocs(text, mentions, context)
    extra += _party(text, mentions, context)
    extra += _world_body(text)  # "the world body": the UN
    if "union" in text or "federation" in text:
        extra += _unions(text, mentions, context)
    extra += _counted_people(text, found, context) + _spokespeople(text, context)
    extra += _the_men(text, context)  # "the men": the people named last
    extra += _the_counted(text, context)  # "the pair": the two named last
    mentions = _flags(text, mentions, context)  # "Chinese-flagged trawlers ... their owners"
    extra += _the_craft(text, mentions, context)  # "the vessel": the state's craft named last
    extra += _the_public(text, context) + _bare_bodies(text, mentions, context)
    extra += _addressed_leaders(text, mentions, context)
    extra += _neighbour(text, mentions, context) + _home_city(text, mentions, context)
    mentions = _merged(mentions, extra)
    mentions = _merged(mentions, names.unknown(text, mentions, context))
    # "the North's ruling Workers' Party": a name the article lent a country
    mentions = _hemispheres_own(text, mentions, hemispheres)
    mentions = _merged(mentions, _pronouns(text, mentions, context, vocabulary))
    mentions = _owned_sectors(text, mentions, context)
    if "mbass" in text or "onsul" in text:
        mentions = _host_bodies(mentions, context)
    if "nvoy" in text or "mbassador" in text:
        mentions = _summoning_bodies(mentions, context)
    if "accused" in text or "blamed" in text:
        mentions = _self_accusing_bodies(text, mentions, context)
    mentions = _bodies_facing_their_country(text, mentions, context)
    if " in " in text:
        mentions = _seated_bodies(text, mentions)
    mentions = _merged(mentions, _offer_owners(text, context))
    mentions = _bracketed_aliases(text, mentions) if "(" in text else mentions
    people = next((m for m in reversed(mentions) if people_named(m)), None)
    context.last_people = people or context.last_people
    _note_counted(text, mentions, context)
    _note_craft(text, mentions, context)
    _note_mission(text, mentions, context)
    return mentions


_BASED: Final[str] = "-based"


def _based_abroad(
    text: str, found: list[tuple[int, int, Actor, str]], context: ArticleContext
) -> list[tuple[int, int, Actor, str]]:
    """Round 52 (roles52): "The Gulf Rights Monitor, a London-based group run by Bahraini
    exiles", "the Paris-based Lao Movement for Human Rights": a place named to say where a
    group sits, in another country than the article's, does not give the group its country
    (docs/labelling.md, section 2: a group takes the country it acts in or belongs to, from
    the story): it stands for a group of the article's country, as an unknown name does
    (`names.unknown`). A seat of the story's own country stays ("a Kathmandu-based rights
    group" in a Nepali story, "the Tripoli-based government")."""
    if _BASED not in text:
        return found  # most sentences
    main = context.main_country()
    if main is None:
        return found
    return [
        (f[0], f[1], make_actor(f[2].text, main, main, None), NAME)
        if f[3] in STATE_KINDS
        and f[2].country not in (None, main)
        and text.startswith(_BASED, f[1])
        else f
        for f in found
    ]


def _bracketed_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Kenyan Ministry of Foreign Affairs (MFA) said", "Senior Resident Magistrate
    (SRM) Ann Wanjiru said": a short capitalised name in brackets right after a party is that
    party's own abbreviation, and a name right after the bracket is the person the title
    before it names; neither is a stranger given the nearest state (the speaker a trailing
    "said" then takes)."""
    out = list(mentions)
    for index in range(1, len(out)):
        head, alias = out[index - 1], out[index]
        if text[head.end : alias.start] != " (" or text[alias.end : alias.end + 1] != ")":
            continue
        if not _ABBREVIATION.fullmatch(text, alias.start, alias.end) or head.actor.code is None:
            continue
        out[index] = _as_head(alias, head)
        if index + 1 < len(out) and head.kind == TITLE:
            named = out[index + 1]
            if named.kind == NAME and text[alias.end : named.start] == ") ":
                out[index + 1] = _as_head(named, head)
    return out


_ABBREVIATION: Final = re.compile(r"[A-Z](?=[A-Za-z&-]*[A-Z])[A-Za-z&-]{1,9}")  # "MFA", "DoD"


def _as_head(mention: Mention, head: Mention) -> Mention:
    actor = head.actor
    like = make_actor(mention.actor.text, actor.code, actor.country, actor.sector)
    return mention._replace(actor=like)


# A state's seat named right after a bare body: "the foreign ministry in Beijing", "the
# government in Bogota". Not police: "a police spokesman in Kampala said" in a Madrid story
# then loses the police to the city (test_recall_round26).
_SEATED_IN: Final = re.compile(r"[ \t]+in[ \t]+$")
SEATED_SECTORS: Final = frozenset({"GOV"})


def _seated_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "In a statement, the foreign ministry in Beijing accused the Lithuanian government":
    a bare ministry, government or authorities right before "in" and a place of a
    state (a capital, a city, a country named as a whole) is that state's, not the country
    the article or the sentence's other party lent it. A state's mission ("the embassy in
    Beijing", "the delegation in Geneva") stands abroad and keeps its own."""
    for index in range(len(mentions) - 1):
        body, seat = mentions[index], mentions[index + 1]
        actor, place = body.actor, seat.actor
        if not body.resolved or actor.sector not in SEATED_SECTORS or seat.kind not in STATE_KINDS:
            continue
        if place.country is None or place.country == actor.country or seat.resolved:
            continue
        if not _SEATED_IN.fullmatch(text, body.end, seat.start):
            continue
        lower = actor.text.lower()
        if any(word in lower for word in ENVOYS) or lower.startswith(MISSIONS):
            continue
        if "delegation" in lower or "mission" in lower or "embass" in lower:
            continue
        mentions[index] = _rehomed(body, place.country)
    return mentions


# A state's mission abroad: "the Fijian embassy", "the U.S. Consulate".
MISSIONS: Final = ("embass", "consul")
HOST_BODIES: Final = ("ministry", "government", "foreign office", "authorities")


def _host_bodies(mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "The Fijian embassy protested to the foreign ministry over the arrests": a bare
    ministry or government a state's mission deals with is its host's (the dateline's country,
    else the other country the article names most), not the mission's own state (a
    self-target). With no host known it is left as it was."""
    for index, mission in enumerate(mentions):
        owner = mission.actor.country
        if owner is None or not any(word in mission.actor.text.lower() for word in MISSIONS):
            continue
        for later in range(index + 1, len(mentions)):
            body = mentions[later]
            actor = body.actor
            if not body.resolved or actor.country != owner or actor.sector != "GOV":
                continue
            if not any(word in actor.text.lower() for word in HOST_BODIES):
                continue
            host = _host(owner, context)
            if host is None:
                break
            hosted = make_actor(actor.text, host + "GOV", host, "GOV")
            mentions[later] = body._replace(actor=hosted)
        break
    return mentions


# A state's envoy: "the ambassador of Armenia", "Armenia's envoy", "the Armenian ambassador".
ENVOYS: Final = ("ambassador", "envoy", "charg")


def _summoning_bodies(mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "The foreign ministry summoned the ambassador of Armenia": a bare ministry or
    government that deals with a state's envoy before it in the sentence is not the envoy's
    own state (English names a foreign envoy by the country, a self-summons never happens):
    it is the host's (`_host`), else of no country known, rather than the envoy's country
    that the article happened to name most. "The ambassador to Armenia" is no envoy of it."""
    for index, body in enumerate(mentions):
        actor = body.actor
        if not body.resolved or actor.sector != "GOV" or actor.country is None:
            continue
        if not any(word in actor.text.lower() for word in HOST_BODIES):
            continue
        for later in range(index + 1, len(mentions)):
            if mentions[later].resolved:
                continue  # "recalled its ambassador to ...": an envoy not named by its country
            envoy = mentions[later].actor
            lower = envoy.text.lower()
            if envoy.country != actor.country or " to " in lower:
                continue
            if not any(word in lower for word in ENVOYS):
                continue
            mentions[index] = _rehomed(body, _host(actor.country, context))
            break
    return mentions


# "The ministry accused Armenia", "the government blamed Israel": the accused right after the verb
_ACCUSING_GAP: Final = re.compile(r"\s+(?:has\s+|had\s+)?(?:accused|blamed)\s+(?:the\s+)?$")


def _self_accusing_bodies(
    text: str, mentions: list[Mention], context: ArticleContext
) -> list[Mention]:
    """ "The ministry accused Armenia of the shelling of Azerbaijan's border villages": a bare
    ministry or government that accuses a state by name is not that state's own (a state's
    body names its own state as "we" or "the government", never as an accused; its own
    country's rebels, parties or people it does accuse: "the government blamed Boko Haram");
    it is the country whose people or places the charge names after the accused, else the host
    (`_host`), else of no country known. The accused stays the target, not the victim named
    inside the act (which a self-dyad pushed the target to)."""
    for index, body in enumerate(mentions[:-1]):
        actor, accused = body.actor, mentions[index + 1].actor
        if not body.resolved or actor.sector != "GOV" or actor.country is None:
            continue
        if accused.country != actor.country or mentions[index + 1].resolved:
            continue
        if accused.sector and accused.sector not in STATE_SECTORS:
            continue  # "the government accused the RSF": its own country's armed group or party
        if mentions[index + 1].kind in PEOPLE:
            continue  # "accused Haftar's forces": a person or a person's forces, no state
        if not any(word in actor.text.lower() for word in HOST_BODIES):
            continue
        if not _ACCUSING_GAP.match(text[body.end : mentions[index + 1].start]):
            continue
        victims = (m.actor.country for m in mentions[index + 2 :] if not m.resolved)
        other = next((c for c in victims if c is not None and c != accused.country), None)
        mentions[index] = _rehomed(body, other or _host(accused.country, context))
    return mentions


# Bare bodies of a state's own scene: "the foreign ministry", "police", "parliament", "the army",
# and bare titles: "the president", "the defence minister", "lawmakers" (their sectors:
# `context.HOME_STATE`).
BARE_KINDS: Final = frozenset({BODY, TITLE})
# What the bare body's act reaches the named country through: its verb and the words of its
# object ("condemned Ethiopia's incursion", "arrested three Ethiopian nationals"), not a clause
# it reports ("said Ethiopia would ...") or a place ("in Ethiopia").
_FACING_GAP: Final = re.compile(r"[\w' -]*")
_REPORTED_OR_PLACED: Final = re.compile(
    r"\b(?:said|says|told|tells|added|saying|that|who|which|and|in|at|near|from|inside|"
    r"across|to|into|by|for|of|as)\b"
)
# Words from the body to the country its act names ("passed a resolution condemning Russia's").
FACING_WORDS: Final = 4
# "the Ghanaian Plan of Action", "a new Nigerian Constitution": a demonym in a proper name
_NAME_GOES_ON: Final = re.compile(r"(?:['’]s)?\s+[A-Z]")


def _bodies_facing_their_country(
    text: str, mentions: list[Mention], context: ArticleContext
) -> list[Mention]:
    """ "The foreign ministry condemned Ethiopia's incursion", "Police arrested three Ethiopian
    nationals": a bare body the article gives a country only by what it names most is not of
    the country its own act names by name or demonym right after it (English names a foreign
    party by its country and its own bodies bare; the country named most is often the one
    acted against). It is the host's (the dateline's, else the other country the article
    names most), else of no country known. A body of the dateline's country keeps it."""
    for index, body in enumerate(mentions[:-1]):
        actor = body.actor
        country = actor.country
        if not body.resolved or body.kind not in BARE_KINDS or country in (None, context.home):
            continue
        if actor.sector not in HOME_STATE:
            continue
        named = mentions[index + 1]
        if named.resolved or named.kind != PLACE or named.actor.country != country:
            continue
        gap = text[body.end : named.start]
        if not _FACING_GAP.fullmatch(gap) or _REPORTED_OR_PLACED.search(gap):
            continue
        if not gap.strip() or len(gap.split()) > FACING_WORDS:
            continue  # "the police Ethiopia sent": no verb between
        if _NAME_GOES_ON.match(text, named.end):
            continue  # "Congress will support the Philippine Plan": its own country's thing
        if _acted_at_home(text, mentions, index + 2, named.end, country):
            continue
        mentions[index] = _rehomed(body, _host(country, context))
    return mentions


# Round 62 (story62): "Police separately detained a Dutch citizen in Utrecht", in a story of
# Iranian diplomats the Netherlands expelled: the body's act set in a town of the country its
# object is named by (the object's own people, seized at home) is that country's own organ at
# work, not a foreign body facing it; the rule above, which gives it the host, is for a body whose
# act reaches a foreign party ("Police arrested three Ethiopian nationals" in a Kenyan story).
_AT_HOME_BEFORE: Final = (" in ", " at ")
_AT_HOME_REACH: Final = 40  # characters from the object to the place


def _acted_at_home(
    text: str, mentions: list[Mention], start: int, after: int, country: str
) -> bool:
    """Whether a place of `country` ("in Utrecht") follows the object (ending at `after`)
    within `_AT_HOME_REACH` characters, among `mentions[start:]`."""
    for mention in mentions[start:]:
        if mention.start - after > _AT_HOME_REACH:
            return False
        if mention.resolved or mention.kind not in (PLACE, SEAT):
            continue
        if mention.actor.country == country and text.endswith(_AT_HOME_BEFORE, 0, mention.start):
            return True
    return False


def _rehomed(body: Mention, country: str | None) -> Mention:
    """A bare body given another country's (of its sector), or none (then unresolved)."""
    sector = body.actor.sector or "GOV"
    if country is None:
        unknown = make_actor(body.actor.text, sector, None, sector)
        return body._replace(actor=unknown, resolved=False)
    return body._replace(actor=make_actor(body.actor.text, country + sector, country, sector))


def _host(owner: str, context: ArticleContext) -> str | None:
    """The country a mission of `owner` stands in: the dateline's, unless it is the mission's
    own, else the other country the article names most."""
    if context.home is not None and context.home != owner:
        return context.home
    named = context.named()
    return next((c for c, _ in most_common(named, 2) if c != owner), None)


# A measure aimed at a country: "sanctions on Belarus", "an arms embargo against Eritrea".
_MEASURE_ON: Final = re.compile(
    r"\b(?:sanctions|embargo|embargoes)[ \t]+(?:on|against|targeting)[ \t]+(?:the[ \t]+)?"
)
_SANCTIONING_SECTORS: Final = frozenset({"LEG", "GOV"})


def _sanctioning_bodies(
    text: str, mentions: list[Mention], context: ArticleContext
) -> list[Mention]:
    """ "Parliament voted for sanctions on Belarus": a bare parliament or government before a
    measure aimed at a country is not that country's own (the country named most, here the
    target, is not the body's): it is the dateline's, else the other country the article
    names most, else of no country named."""
    measures = list(_MEASURE_ON.finditer(text))
    aimed = {
        mention.actor.country
        for found in measures
        for mention in mentions
        if mention.start == found.end() and mention.actor.country is not None
    }
    if not aimed:
        return mentions
    first = measures[0].start()  # finditer's matches come in order
    changed = list(mentions)
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if not mention.resolved or mention.start >= first:
            continue
        if actor.sector not in _SANCTIONING_SECTORS or actor.country not in aimed:
            continue
        other = _other_country(context, aimed)
        sector = actor.sector or ""
        own = (
            make_actor(actor.text, other + sector, other, sector)
            if other is not None
            else make_actor(actor.text, sector, None, sector)
        )
        changed[index] = mention._replace(actor=own)
    return changed


def _other_country(context: ArticleContext, aimed: set[str]) -> str | None:
    """The article's country other than those a measure is aimed at."""
    if context.home and context.home not in aimed:
        return context.home
    return next((c for c, _ in most_common(context.named(), 3) if c not in aimed), None)


def _owned_sectors(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "his regime", "her government", "the regime under Kim": a bare sector a person owns
    or leads is of that person's country (the "he" or "she" of the sentence or of the
    sentences before, the person named after it), not of the country last named for the
    sector."""
    if "is " not in text and "er " not in text and "led by " not in text:
        return mentions  # no "his"/"her"/"under"/"led by" at all
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if not (mention.resolved and actor.sector) or mention.refers:
            continue
        owner = _OWNER.search(text, max(mention.start - 5, 0), mention.start)
        if owner is None:  # "the Regime under Kim" (translated copy capitalises nouns)
            person = _leader(text, mentions, index)
        elif not actor.text.islower():
            continue
        else:
            word = _OWNER_WORD[owner.group(1).lower()]
            person = _antecedent(word, mentions, owner.start(), context)
        if person is None or person.kind not in PEOPLE or not person.actor.country:
            continue
        country = person.actor.country
        resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
        mentions[index] = mention._replace(actor=resolved)
    return mentions


_LED_BY: Final = re.compile(r" (?:under|led by) (?:the )?$")


def _leader(text: str, mentions: list[Mention], index: int) -> Mention | None:
    """ "the regime under Kim", "the government led by Modi": the person named right after
    the bare sector leads it."""
    if index + 1 >= len(mentions):
        return None
    after = mentions[index + 1]
    between = text[mentions[index].end : after.start]
    return after if len(between) < 14 and _LED_BY.search(between) else None


def _pairs(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "The two leaders agreed ...", "both sides": the source and target of the last act
    that had both (the first of them acts, the second is the other side)."""
    if context.sides is None or not (
        "two " in text or "oth " in text or "ll " in text or "ach " in text
    ):
        return mentions
    named_first, named_second = first, second = context.sides
    if second.country is not None and second.country == context.home != first.country:
        first, second = second, first  # "the two later held talks": the dateline's side first
    # "urged both sides", "called on both governments": as the one an act is aimed at, the
    # pair is the side the article named first (the guide's convention), which a regional
    # bureau's dateline need not be ("PESHAWAR, Pakistan - Afghan Taliban forces ...")
    earlier = _named_earlier(first, second, context)
    aimed_first, aimed_second = (second, first) if earlier is second else (first, second)
    states = (aimed_first, aimed_second) if earlier is not None else context.sides
    pairs = [
        Mention(m.start(), m.end(), _like(m.group(), first), BODY, True, first.text, second)
        if m.start() and not _aimed_at(text, m.start())
        else Mention(
            m.start(),
            m.end(),
            _like(m.group(), aimed_first),
            BODY,
            True,
            aimed_first.text,
            aimed_second,
        )
        if m.start()
        # "The two countries signed agreements": as the subject that opens the sentence, the
        # pair acts through the side the article named first (the guide's convention); round
        # 49 (roles49): the first the article names, not the first of the last act between
        # them ("Turkmenistan and Uzbekistan signed ... Uzbek Foreign Minister arrived in
        # Ashgabat ... Both governments called on": Turkmenistan's)
        else _opening_pair(
            m,
            _agreeing_pair(text, m, context)
            or (states if _of_states(m.group()) else context.sides),
        )
        for m in _PAIR.finditer(text)
    ]
    if not pairs:
        return mentions
    if any(p.actor.text.endswith(" men") for p in pairs):
        pairs = [_counted_pair(p, context) for p in pairs]
    kept = [m for m in mentions if not any(p.start <= m.start < p.end for p in pairs)]
    members = [m for m in kept if any(_pair_member(text, m, p) for p in pairs)]
    if members:
        kept = [m for m in kept if m not in members]
        pairs = [_with_members(p, members, text) for p in pairs]
    return sorted(kept + pairs, key=lambda m: m.start)


# round 50 (roles50): "the two men" after an act on two people of one side ("Belgium expelled
# two Russian diplomats. ... The two men, both attached to the embassy, were declared persona
# non grata") are those two, not the two sides of that act (the expelling state first).


def _counted_pair(pair: Mention, context: ArticleContext) -> Mention:
    """`pair` ("the two men") as the party the sentence before counted as two ("two Russian
    diplomats", "two Peruvian fishermen"), if it counted one so."""
    if not pair.actor.text.endswith(" men") or not 0 < context.sentences <= len(context.texts):
        return pair
    before = context.texts[context.sentences - 1]
    for mention in context.previous:
        actor = mention.actor
        if actor.country is None or " " + actor.text not in before or not plural(actor.text):
            continue
        at = before.find(" " + actor.text)
        words = before[:at].split()
        if "two" in [word.lower() for word in words[-2:]]:
            return Mention(pair.start, pair.end, _like(pair.actor.text, actor), BODY, True)
    return pair


# Round 49 (roles49): the words of a pair that name its states, not the two people the last act
# named ("The two leaders agreed" after "Japarov met his Tajik counterpart" stays in that
# order; "The two sides agreed", "Both governments called on" take the side named first)
_PAIR_STATES: Final = frozenset(
    "sides countries nations governments states capitals parties armies militaries".split()
)


def _of_states(words: str) -> bool:
    """Whether a pair's words ("both governments", "the two sides") name its states."""
    return words.rsplit(None, 1)[-1].lower() in _PAIR_STATES


# Round 60 (targets60): "Mozambique and Malawi signed an accord ... The Indian envoy welcomed
# the two governments' step and offered New Delhi's help. The two sides further agreed to form a
# border commission" (wp41-a18-s05), "Peru and Ecuador signed a treaty ... Peru's foreign
# ministry dismissed the Chilean complaint ... The two governments then agreed to run joint
# customs posts" (wp41-a04-s07): the pair that opens a sentence as the subject of "agreed" or
# "signed" are the two parties of the article's agreement (`ArticleContext.pact`, the first
# agreement or signing between two countries), not the last two countries an act joined (a
# third party's word, a quarrel with a neighbour told in between).
_AGREEING: Final = re.compile(r" (?:also |have |had |then |later |further )?(?:agreed|signed) ")


def _agreeing_pair(
    text: str, match: re.Match[str], context: ArticleContext
) -> tuple[Actor, Actor] | None:
    """The article's agreement's two parties, when the pair `match` (a pair of states) is
    the subject of an agreement or a signing; None otherwise."""
    pact = context.pact
    if pact is None or not _of_states(match.group()):
        return None
    if _AGREEING.match(text, match.end()) is None:
        return None
    return _governed(pact[0]), _governed(pact[1])


def _governed(side: Actor) -> Actor:
    """A state named bare ("Zambia") as its government, the side of an agreement."""
    if side.sector is not None or side.country is None or side.code != side.country:
        return side
    return make_actor(side.text, side.country + "GOV", side.country, "GOV")


def _opening_pair(match: re.Match[str], sides: tuple[Actor, Actor]) -> Mention:
    """The mention of a pair that opens the sentence, acting through the first of `sides`."""
    first, second = sides
    return Mention(0, match.end(), _like(match.group(), first), BODY, True, first.text, second)


# Words after which a pair opens a clause of its own ("..., and the two later held talks")
_PAIR_OPENERS: Final = frozenset("and but while as when after before then where since so".split())


def _aimed_at(text: str, start: int) -> bool:
    """Whether the pair at `start` follows a verb or a preposition in lower case ("called on
    both sides", "urged the two leaders"), not a clause's opening ("and the two met")."""
    before = text[max(start - 24, 0) : start].split()
    if not before:
        return False
    word = before[-1]
    return word.isalpha() and word.islower() and word not in _PAIR_OPENERS


def _named_earlier(first: Actor, second: Actor, context: ArticleContext) -> Actor | None:
    """Of a pair of two countries, the one the article names first outside its dateline
    ("PESHAWAR, Pakistan (Reuters) - Afghan Taliban forces and Pakistani troops fought ...
    Saudi Arabia urged both sides": Afghanistan's); None when it names either nowhere (a
    sentence coded alone) or both are of one country."""
    order = context.order
    if first.country == second.country or first.country not in order:
        return None
    if second.country not in order:
        return None
    return first if order.index(first.country) < order.index(second.country) else second


# "Commanders from both sides met": a bare sector's word before the pair names its members,
# who act as the pair (the pair's mention opens on them, not after "from", a place's word)
_PAIR_MEMBERS: Final = frozenset({" from ", " of "})


def _pair_member(text: str, mention: Mention, pair: Mention) -> bool:
    """Whether `mention` is a bare sector's one word naming members of the pair after it."""
    if text[mention.end : pair.start] not in _PAIR_MEMBERS or not mention.resolved:
        return False
    words = mention.actor.text
    return " " not in words and words[1:].islower()


def _with_members(pair: Mention, members: list[Mention], text: str) -> Mention:
    """The pair's mention opening on the members' word before it, if one stands there."""
    for member in members:
        if _pair_member(text, member, pair):
            actor = _like(text[member.start : pair.end], pair.actor)
            return pair._replace(start=member.start, actor=actor)
    return pair


def _states_own(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "Eritrea's information minister", "Iran's state-run news agency": a bare sector a
    country owns, with a word or two between, is of that country. Round 46 (roles46): not a
    town that is the surname of a person the article named in full ("Muscat's former chief
    of staff" after "Prime Minister Joseph Muscat": his, `_surnamed_places`)."""
    for index in range(1, len(mentions)):
        owner, mention = mentions[index - 1], mentions[index]
        actor = mention.actor
        country = owner.actor.country
        if not (mention.resolved and actor.sector) or mention.refers:
            continue
        if owner.kind not in STATE_KINDS or country is None or country == actor.country:
            continue
        if context.names and _surname_of(owner, context) is not None:
            continue
        if mention.start - owner.end > 30:
            continue
        if actor.text.islower():
            if not _STATES_OWN.fullmatch(text, owner.end, mention.start):
                continue
        elif not (
            _TITLED_BODY.fullmatch(actor.text)
            and _NAMED_BODY.fullmatch(text, owner.end, mention.start)
        ):
            continue
        resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
        mentions[index] = mention._replace(actor=resolved)
    return mentions


# "President X ordered army units to ...": a verb of command (or of sending) right before a
# bare force or envoy
_ORDERING_STEMS: Final = (
    "rdere",
    "rders",
    "nstructed",
    "ommanded",
    "irected",
    "sent",
    "sends",
    "ispatche",
)
_ORDERED: Final = re.compile(
    r" (?:has |had |also |then |later )?(?:ordered|orders|instructed|commanded|directed|sent|"
    r"sends|dispatched|dispatches) (?:the |his |her |its |their |all |more |a |an )?$"
)


def _ordered_forces(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Belarusian President Alexander Lukashenko ordered army units in the Grodno region to
    be put on combat alert": a bare force a state's leader or body orders is that state's, not
    the force of the country the article named last (often the neighbour it faces); so are the
    envoys or troops it sends ("sent special envoys to Maseru to meet Thabane")."""
    for index in range(1, len(mentions)):
        owner, mention = mentions[index - 1], mentions[index]
        actor, country = mention.actor, owner.actor.country
        if not (mention.resolved and actor.sector in STATE_FORCES) or mention.refers:
            continue
        if country is None or country == actor.country or not actor.text.islower():
            continue
        if owner.actor.sector not in ("GOV", "MIL", None) or owner.kind == PLACE:
            continue
        if mention.start - owner.end > 30 or not _ORDERED.fullmatch(text, owner.end, mention.start):
            continue
        resolved = make_actor(actor.text, country + (actor.sector or ""), country, actor.sector)
        mentions[index] = mention._replace(actor=resolved)
    return mentions


def _states_own_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "South Korea's Joint Chiefs of Staff", "Ukraine's State Department": a state body the
    index knows as another country's, owned by a named state, is that state's."""
    if "'s " not in text and "’s " not in text:
        return mentions
    for index in range(1, len(mentions)):
        owner, mention = mentions[index - 1], mentions[index]
        actor, country = mention.actor, owner.actor.country
        if owner.kind not in STATE_KINDS or country is None or mention.kind != ORG:
            continue
        if actor.country is None or actor.country == country or actor.sector not in STATE_SECTORS:
            continue
        if text[owner.end : mention.start] not in ("'s ", "’s ", "'s the ", "’s the "):
            continue
        resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
        mentions[index] = mention._replace(actor=resolved)
    return mentions


def _owners_party(text: str, mentions: list[Mention]) -> list[Mention]:
    """Round 46 (roles46): "Britain's opposition Conservatives", "Kenya's ruling Jubilee
    party": a party or opposition named right after a state's opposition or a state that owns
    it ("'s") is of that state, not of the country the article lent the bare name (the
    dateline's, in a story filed from the other state of the pair)."""
    if "'s " not in text and "’s " not in text:
        return mentions
    for index in range(1, len(mentions)):
        owner, mention = mentions[index - 1], mentions[index]
        country = owner.actor.country
        if country is None or mention.actor.sector not in DOMESTIC_CRITICS:
            continue
        if mention.actor.country == country or not (mention.resolved or not mention.actor.country):
            continue
        gap = text[owner.end : mention.start]
        owned = gap in OWNED_GAPS and owner.kind in STATE_KINDS
        named = gap == " " and owner.actor.sector in DOMESTIC_CRITICS and not owner.resolved
        if not (owned or named):
            continue
        sector = mention.actor.sector or ""
        resolved = make_actor(mention.actor.text, country + sector, country, sector)
        mentions[index] = mention._replace(actor=resolved)
    return mentions


# round 50 (roles50): docs/labelling.md, section 2 (parties take the country they act in or
# belong to): a town's office holder named with a people's name ("a Serb deputy mayor of a
# town in Kosovo", "the ethnic Hungarian governor of a Romanian county") holds the office of
# the town's country; the name says who he is, the office whose he is.
LOCAL_OFFICES: Final = ("mayor", "governor", "councillor", "councilor", "prefect")
_OF: Final = " of "


def _local_officials(text: str, mentions: list[Mention]) -> list[Mention]:
    if _OF not in text:
        return mentions
    for index in range(len(mentions) - 1):
        office, place = mentions[index], mentions[index + 1]
        actor = office.actor
        if office.kind != TITLE or office.resolved or not actor.text.endswith(LOCAL_OFFICES):
            continue
        if place.kind not in STATE_KINDS or place.actor.country in (None, actor.country):
            continue
        if text[office.end : place.start] != _OF or place.actor.sector not in (None, "GOV"):
            continue
        country = place.actor.country
        sector = actor.sector
        held = make_actor(actor.text, country + (sector or ""), country, sector)
        mentions[index] = office._replace(actor=held)
    return mentions


def _minorities(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "ethnic Albanians demonstrated in Serbia", "ethnic Armenians in Karabakh": a people
    named as an ethnic group are the people of the country they live in (a place named after
    "in" in the sentence, else the article's, else the other state the sentence names), not
    of the state their name recalls."""
    if "thnic " not in text:
        return mentions
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if actor.country is None or mention.resolved:
            continue
        if not _ETHNIC.search(text, max(mention.start - 7, 0), mention.start):
            continue
        home = next(
            (
                m.actor.country
                for m in mentions
                if m.kind in STATE_KINDS
                and m.actor.country not in (None, actor.country)
                and _IN_BEFORE.search(text, max(m.start - 8, 0), m.start)
            ),
            None,
        )
        placed = home is not None
        home = home or context.main_country()
        if not placed and home is not None and home == context.home and _shared_name(actor):
            continue  # round 47 (roles47): "PRISTINA - Kosovo police arrested three ethnic
            # Serbs ..., drawing an angry response from Belgrade": the Serbs the dateline's
            # country already took (SHARED_NAMES) are no people of the state the sentence names
        if not placed and home in (None, actor.country):
            # no place "in" and no other story: the other state the sentence names (round 43,
            # gaz43: "ethnic Serbs began a sit-in against Norway's decision")
            home = next(
                (
                    m.actor.country
                    for m in mentions
                    if m.kind in STATE_KINDS and m.actor.country not in (None, actor.country)
                ),
                None,
            )
        if home is None or home == actor.country:
            continue
        people = make_actor(actor.text, home + "CVL", home, "CVL")
        mentions[index] = mention._replace(actor=people, resolved=True, refers=actor.text)
    return mentions


def _shared_name(actor: Actor) -> bool:
    """Whether the actor is named by a demonym several countries share ("Serbs", "Congolese")."""
    return not SHARED_NAMES.isdisjoint(actor.text.split())


def _communities(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Baloch separatists", "Kashmiri militants", "Uyghur activists": a bare sector after the
    name of a people that lives mostly in one country is of that country (the labelled sets'
    convention), not of the article's; after a country's demonym ("Iranian Baloch
    militants") the index has already joined them."""
    if not any(word in text for word in _COMMUNITY_NAMES):  # a regex search cost more
        return mentions
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if not (
            mention.resolved and actor.sector and actor.code == f"{actor.country}{actor.sector}"
        ):
            continue
        found = _COMMUNITY_BEFORE.search(text, max(mention.start - 40, 0), mention.start)
        if found is None or found.group(2) is not None:
            continue
        country = _COMMUNITY_HOMES[found.group(3)]
        if country != actor.country:
            resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
            mentions[index] = mention._replace(actor=resolved)
    return mentions


def _challenged(mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "Syrian rebels ambushed a government convoy", "Sudanese rebels and the army agreed":
    a bare state sector after rebels or an opposition named with their country is that
    country's (the one they challenge), not the article's; after an opposition or a party
    of the article ("the opposition urged the government"), theirs too, not that of a
    country the sentence before named. Round 59 (nouns59): not a force whose noun the article
    has named with another state ("fighters shelled Moroccan army positions ... the Polisario
    said its units had targeted the army"): the bare noun repeats that state's (`_named_head`)."""
    country = None
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if actor.country and (
            (not mention.resolved and actor.sector in _CHALLENGERS)
            or (not mention.refers and actor.sector in DOMESTIC_CRITICS)
        ):
            country = country or actor.country
        elif (
            country
            and mention.resolved
            and not mention.refers
            and actor.sector in STATE_FORCES
            and (actor.text.islower() or _bare_title(mention))
            and actor.country != country
            and not _named_head(actor, context)
        ):
            resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
            mentions[index] = mention._replace(actor=resolved)
    return mentions


def _named_head(actor: Actor, context: ArticleContext) -> bool:
    """Whether a bare mention's head noun ("army" of "the occupation army") is one the article
    named before with the state the mention was resolved to ("Moroccan army positions")."""
    if actor.country is None or actor.sector == "GOV" or not actor.text:
        return False  # "foreign governments": no force's noun
    return context.heads.get(actor.text.rsplit(None, 1)[-1].lower()) == actor.country


# "a Melbourne man", "a Lagos teenager", "two Dublin women": private persons of the town's
# country, not the country itself
_TOWNSFOLK: Final = re.compile(
    r"\s+(?:man|woman|men|women|teenager|teenagers|teen|boy|boys|girl|girls|couple|"
    r"pensioner|grandmother|grandfather|mother|father|mum|dad|motorist|driver|landlord|"
    r"businessman|businesswoman)\b"
)
# "a Lisbon bakery", "a Lima restaurant", "the Accra firm": a private business of the town's
# country (BUS), not its state: a capital read as its government only before no such noun
_TOWN_BUSINESS: Final = re.compile(
    r"\s+(?:bakery|bakeries|restaurant|restaurants|cafe|café|pub|bar|hotel|hotels|shop|shops|"
    r"store|stores|supermarket|boutique|salon|brewery|winery|firm|firms|company|companies|"
    r"law firm|business|businesses|retailer|start-up|startup|nightclub|gallery|bookshop|"
    r"bookstore|developer|dealership|garage|factory|landlord|landlords)\b(?!\s+(?:of|in)\b)"
)


def _townsfolk(
    text: str, found: list[tuple[int, int, Actor, str]]
) -> list[tuple[int, int, Actor, str]]:
    # Only what follows a state's name is read: a search of the whole text first, to skip
    # the loop, cost more than the loop (2% of the coder's instructions).
    kept = found
    for index, (start, end, actor, kind) in enumerate(found):
        if kind not in STATE_KINDS or not actor.country:
            continue
        sector = (
            "CVL"
            if _TOWNSFOLK.match(text, end)
            else "BUS"
            if _TOWN_BUSINESS.match(text, end)
            else ""
        )
        if sector:
            if kept is found:
                kept = list(found)
            kept[index] = (
                start,
                end,
                make_actor(actor.text, actor.country + sector, actor.country, sector),
                kind,
            )
    return kept


def _bare_title(mention: Mention) -> bool:
    """ "the Prime Minister", "the President": a title with no name."""
    return mention.kind == TITLE and NOT_NAMES.issuperset(mention.actor.text.split())


def _people_in(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "killed 30 people across southern Lebanon": the people are civilians of the country
    named right after them (not of a capital: "people in Kabul" stays the place's)."""
    if "eople" not in text and "ians" not in text and "ers" not in text and "en " not in text:
        return mentions
    added = []
    for mention in mentions:
        country = mention.actor.country
        if mention.kind != PLACE or country is None or mention.resolved:  # not a capital
            continue
        found = _PEOPLE_IN.search(text, max(mention.start - 60, 0), mention.start)
        if found is None:
            continue
        actor = make_actor(found.group(1), country + "CVL", country, "CVL")
        covered = [i for i, m in enumerate(mentions) if m.start == found.start(1)]
        where = mention.actor.text
        if covered:
            mentions[covered[0]] = mentions[covered[0]]._replace(actor=actor, refers=where)
        else:
            added.append(Mention(found.start(1), found.end(1), actor, BODY, True, where))
    return _merged(mentions, added)


# Round 51 (roles51): "Canada expelled two Chinese diplomats ... Foreign Minister Anita Anand
# said the two consular officials had been declared persona non grata", "Zimbabwe ordered two
# U.S. embassy officials to leave ... accused the two diplomats of": a definite bare group of
# diplomats (also officials called consular or of an embassy) repeats the diplomats named
# before, of their state (docs/labelling.md section 2: the target is the one expelled or
# accused), not of the state the article last named for the government sector (the host's).
_DEFINITE_ENVOYS: Final = re.compile(
    r"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:(?:consular|embassy)\s+)?$"
)
ENVOY_HEADS: Final = frozenset(
    "diplomats envoys attaches officials staff staffers employees".split()
)
_ENVOY_WORD: Final = re.compile(r"\b(?:diplomats|envoys|attach[eé]s)$")


def _envoys_named_before(text: str, mentions: list[Mention], country: str | None) -> list[Mention]:
    """Each definite bare group of diplomats in `mentions` given the country of the diplomats
    the article named before (`context.last_envoys`), if it named any."""
    if country is None:
        return mentions
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if not mention.resolved or actor.sector != "GOV" or actor.country == country:
            continue
        head = actor.text.rsplit(None, 1)[-1].lower()
        if head not in ENVOY_HEADS:
            continue
        before = _DEFINITE_ENVOYS.search(text, max(mention.start - 30, 0), mention.start)
        if before is None:
            continue
        envoys = _ENVOY_WORD.search(actor.text.lower()) is not None
        if not envoys and not posted(before.group() + actor.text):
            continue  # "the two officials": not said to be diplomats
        recoded = make_actor(actor.text, country + "GOV", country, "GOV")
        mentions[index] = mention._replace(actor=recoded)
    return mentions


# Round 54 (roles54f): "a delegation from the Economic Community of West African States
# arrived in Lome ... The envoys also met leaders of the opposition", "A Senegalese delegation
# arrived in Conakry ... The delegation also met": a definite bare delegation, its envoys or
# delegates repeat the visiting mission named before (docs/labelling.md section 2: the actor
# an earlier sentence named; the host is a place, no party), not the state the article last
# named for the government sector (the host's). "The delegations" (both sides') is left alone.
MISSION_WORDS: Final[frozenset[str]] = frozenset(
    "delegation delegations mission envoys delegates".split()
)
MISSION_HEADS: Final[frozenset[str]] = frozenset({"delegation", "envoys", "delegates"})
_DEFINITE_MISSION: Final = re.compile(r"\b[Tt]he\s+(?:(?:two|three|visiting|foreign)\s+)?$")
# "a delegation from the", "envoys of", "a mission sent by": the party named right after
_MISSION_FROM: Final = re.compile(
    r"\b(?:[Dd]elegation|[Mm]ission|[Ee]nvoys|[Dd]elegates)\s+(?:from|of|sent\s+by)\s+(?:the\s+)?$"
)
# "an ECOWAS delegation", "the EU mission": the body named right before
_MISSION_AFTER: Final = re.compile(r"\s+(?:delegation|mission|envoys|delegates)\b")
# "The European Union sent a delegation", "Angola has dispatched two envoys": its sender
_MISSION_SENT: Final = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:sent|dispatched|despatched)\s+(?:a|an|its|two|three)\s+"
    r"(?:[\w-]+\s+)?(?:delegation|mission|envoys|delegates)\b"
)


def _mission_named_before(
    text: str, mentions: list[Mention], mission: Actor | None
) -> list[Mention]:
    """Each definite bare delegation, envoys or delegates in `mentions` given the party of
    the visiting mission the article named before (`context.last_mission`), if any."""
    if mission is None:
        return mentions
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if actor.sector != "GOV" or actor.text.lower() not in MISSION_HEADS:
            continue
        if actor.code == mission.code:
            continue
        if _DEFINITE_MISSION.search(text, max(mention.start - 20, 0), mention.start) is None:
            continue
        if mission.country is None or mission.code.startswith(IGO_SECTOR):
            recoded = _like(actor.text, mission)
        else:
            recoded = make_actor(actor.text, mission.country + "GOV", mission.country, "GOV")
        mentions[index] = mention._replace(actor=recoded)
    return mentions


def _note_mission(text: str, mentions: list[Mention], context: ArticleContext) -> None:
    """Note the sentence's last visiting mission named with its party: a delegation named
    with its state or body in one name ("a Senegalese delegation", "an ECOWAS delegation",
    "Envoys of the United Nations"), a body or state named right after "a
    delegation from" / "envoys of" / "a mission sent by", a body named right before
    "delegation" / "mission" ("the EU mission"), or the sender of one ("The European Union
    sent a delegation"). Three substring tests a sentence; most name no mission."""
    if "elegat" not in text and "nvoy" not in text and " mission" not in text:
        return
    for mention in mentions:
        actor = mention.actor
        if mention.resolved or not (actor.country or actor.code.startswith(IGO_SECTOR)):
            continue
        words = actor.text.lower().split()
        if len(words) > 1 and (words[-1] in MISSION_WORDS or words[0] in MISSION_WORDS):
            context.last_mission = actor  # "Senegalese delegation", "Envoys of the U.N."
        elif _MISSION_FROM.search(text, max(mention.start - 40, 0), mention.start) is not None:
            context.last_mission = actor
        elif actor.code.startswith(IGO_SECTOR) and _MISSION_AFTER.match(text, mention.end):
            context.last_mission = actor
        elif "sent" in text or "patched" in text:
            if _MISSION_SENT.match(text, mention.end):
                context.last_mission = actor


def _counted_people(
    text: str, named: Sequence[tuple[int, int, Actor, str]], context: ArticleContext
) -> list[Mention]:
    """ "arrested more than 30 people", "43 people were detained", "hundreds of people": people
    counted in a report are civilians of the article's country (a bare "people" is not);
    "thousands marched": a crowd counted alone that marches is protesters. A counted crowd
    that rallies, marches or gathers where the sentence places it ("Hundreds of people rallied
    outside the French embassy in Dakar") is of that place's country, as protesters are
    (`_named`; labelling guide section 2: protesters take the country they act in)."""
    if "people" not in text and "sands" not in text and "dreds" not in text and "ozens" not in text:
        return []
    country = context.main_country()
    if country is None:
        return []
    # each scan only when the word its every match holds is in the text ("people"; a crowd's
    # "Thousands", "Hundreds", "Dozens"): the two regexes try every character
    counted = list(_COUNTED_PEOPLE.finditer(text)) if "people" in text else []
    crowds = (
        list(_CROWD.finditer(text)) if "sands" in text or "dreds" in text or "ozens" in text else []
    )
    if not counted and not crowds:
        return []
    if _GATHERED.search(text) is not None:
        country = _placed_in(text, named) or country
    people = make_actor("people", country + "CVL", country, "CVL")
    found = [Mention(match.start(1), match.end(1), people, BODY, True) for match in counted]
    for match in crowds:
        crowd = make_actor(match.group(), country + "OPP", country, "OPP")
        found.append(Mention(match.start(), match.end(), crowd, BODY, True))
    return sorted(found, key=_START)


def _name_tails(
    text: str, found: list[tuple[int, int, Actor, str]]
) -> list[tuple[int, int, Actor, str]]:
    """ "the West Papua National Liberation Army", "the Karen National Liberation Army": a
    group's name that starts with a generic word ("National ...") right after another
    capitalised word is the end of a longer name, not the group it names alone (Colombia's
    ELN). After a place it is a group of that place's country; else an unknown name."""
    if not any(item[2].sector in _NATIONAL_GROUPS for item in found):
        return found
    kept: list[tuple[int, int, Actor, str]] = []
    for item in found:
        start, end, group, kind = item
        if group.sector not in _NATIONAL_GROUPS or group.text.split(" ", 1)[0] not in _GENERIC:
            kept.append(item)
            continue
        before = _CAPITALISED_BEFORE.search(text, max(start - 40, 0), start)
        if before is None or before.group(1) in _NOT_NAME_STARTS:
            kept.append(item)
            continue
        place = kept[-1] if kept and kept[-1][1] == start - 1 else None
        if place is not None and place[2].country and place[2].sector is None:
            country = place[2].country
            actor = make_actor(text[place[0] : end], country + group.sector, country, group.sector)
            kept[-1] = (place[0], end, actor, kind)
    return kept


def _national_groups(
    text: str, found: list[tuple[int, int, Actor, str]]
) -> list[tuple[int, int, Actor, str]]:
    """ "the Pakistani Taliban", "Iraqi Hezbollah": a demonym right before a group's name
    sets the group's country."""
    for index in range(len(found) - 1, 0, -1):
        start, _, nation, _ = found[index - 1]
        group_start, end, group, kind = found[index]
        country = nation.country
        if (
            country is None
            or nation.sector is not None
            or group.sector not in _NATIONAL_GROUPS
            or group.country in (None, country)
            or text[found[index - 1][1] : group_start] != " "
            or not nation.text.endswith(_DEMONYM_ENDINGS)
            or text[start - 1 : start] == "-"  # "the pro-Iranian Hezbollah": not Iran's
        ):
            continue
        actor = make_actor(text[start:end], country + group.sector, country, group.sector)
        found[index - 1 : index + 1] = [(start, end, actor, kind)]
    return found


def _armed_group(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """ "The group claimed the attack", "drones launched by the group": the armed group the
    article named last; the one named before it when the sentence has already named the last
    one by its words ("NSCN(K) has been arming the Kuki militants ... In return, the militants
    lend logistic help to the outfit": the outfit is NSCN(K); round 52, articles52)."""
    last = context.last_armed
    if last is None or ("group" not in text and "movement" not in text and "outfit" not in text):
        return []
    found = []
    for match in _GROUP.finditer(text):
        group = last
        if context.before_armed is not None and any(
            m.resolved and m.end <= match.start() and _names_group(m, last) for m in mentions
        ):
            group = context.before_armed
        actor = _like(match.group(), group.actor)
        refers = group.refers or group.actor.text
        found.append(Mention(match.start(), match.end(), actor, BODY, True, refers))
    return found


def _names_group(mention: Mention, group: Mention) -> bool:
    """Whether an armed party the sentence describes ("the rebels") names `group` by the same
    words: a group named by its name ("Hamas said the group ...") may be the group itself."""
    return mention.actor.sector in ARMED_GROUPS and named_by(mention) == named_by(group)


# "The party condemned the arrest": a bare "the party" as a party to the act, not "the party to
# the accord" or "the party of the president" (the words after it name which), nor "the party's
# congress" (its possessive is the party too: kept)
_THE_PARTY: Final = re.compile(
    r"(?<![\w-])[Tt]he party(?![\w-])(?! (?:to|of|in|at|for|that|which|who)\b)"
)


def _party(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """ "Police arrested the opposition spokesman ... The party condemned the arrest": the
    political party, opposition or opposition voice the article named last."""
    party = context.last_party
    if party is None or "he party" not in text:
        return []
    found = []
    for match in _THE_PARTY.finditer(text):
        if _inside(mentions, match.start()) or _inside(mentions, match.end() - 1):
            continue  # "the ruling party", already the index's
        actor = _like(match.group(), party.actor)
        refers = party.refers or party.actor.text
        found.append(Mention(match.start(), match.end(), actor, BODY, True, refers))
    return found


# round 50 (roles50): "the men", "the women" repeat the group of people the article named last
# ("detained four Costa Rican fishermen ... its troops had detained the men"; "11 Tanzanian
# fishermen ... said the men had been arrested"): those people (their country and sector), not
# nobody (docs/labelling.md, section 2: the target is the person arrested).
_THE_MEN: Final = re.compile(r"(?<![\w-])[Tt]he (?:wo)?men(?![\w-])(?! and)")


# Round 52 (types52): "a Chinese coast guard vessel ... The ministry said the vessel had patrolled
# inside Bruneian waters", "two Iraqi coast guard boats entered its waters ... the boats had sailed
# two miles into Kuwaiti waters": the last craft named with its force or country is what "the
# vessel", "the boats" or "the two ships" opening a clause later stand for, as the doer (not "the
# vessel of the fisheries bureau", named there; not "the boats were intercepted", "the vessel came
# under attack", told of as the one acted on) (the sentences of an
# article are read as a whole: docs/labelling.md, "the rebels" or "Paris" is the actor an earlier
# sentence named). Only as a clause's subject (the sentence's start, after "said", "that", "and",
# "but", "when", "after", "before", "as", "while" or a comma): "fired on the vessel" may be another.
_CRAFT_AFTER: Final = re.compile(
    r"(?:\s+(?:coast ?guard|navy|naval|patrol|military|government|supply|fishing|fisheries|"
    r"research|survey|cargo|merchant|maritime|militia|spy))?"
    r"\s+(?:vessels?|ships?|boats?|warships?|frigates?|destroyers?|corvettes?|gunboats?|cutters?)"
    r"(?![\w-])"
)
_THE_CRAFT: Final = re.compile(
    r"(?<![\w-])[Tt]he (?:(?:two|three|four|five|six|[0-9]+) )?(?:vessels?|ships?|boats?)"
    r"(?![\w'’-])(?! of\b)"
    r"(?!\s+(?:was|were|is|are|came|comes|got|(?:has|have|had) been)\b)"
)
_CRAFT_SUBJECT_BEFORE: Final = re.compile(
    r"(?:^|,|\b(?:said|says|that|and|but|when|after|before|as|while))\s*$"
)
CRAFT_WORDS: Final[tuple[str, str, str]] = ("vessel", "ship", "boat")


# Round 62 (story62): docs/labelling.md section 2 (a party named by reference takes the code of
# the one it stands for). "Angola's navy boarded three Korean-flagged seiners ... said the
# owners of the boats would be fined", "Tonga's police held a Fijian-flagged longliner ...
# threatened the ship's owners with a lawsuit": a craft named by its flag is a business of the
# flag's state (its owners', not the state's: `BUS`), and a bare business (owners, the company) in a
# later sentence that names the craft again is that state's, not the story's own (the
# detaining state the article is about).
_FLAGGED: Final = "-flagged "
FLAGGED_CRAFT: Final = (*CRAFT_WORDS, "trawler", "longliner", "tanker", "carrier")
_BUSINESS: Final = "BUS"


def _flags(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """A flagged craft's state ("two Chinese-flagged trawlers") and, in a later sentence that
    names a craft, its bare owners ("the owners of the vessels")."""
    if _FLAGGED in text:
        return _flagged(text, mentions, context)
    if context.flag is not None and any(word in text for word in FLAGGED_CRAFT):
        return _craft_owners(mentions, context.flag)
    return mentions


def _flagged(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """A state's name or demonym right before "-flagged ": that state's business, noted as the
    article's flag (`context.flag`)."""
    for index, mention in enumerate(mentions):
        country = mention.actor.country
        if country is None or mention.actor.sector is not None or mention.resolved:
            continue
        if not text.startswith(_FLAGGED, mention.end):
            continue
        actor = make_actor(mention.actor.text, country + _BUSINESS, country, _BUSINESS)
        mentions[index] = mention._replace(actor=actor)
        context.flag = country
    return mentions


def _craft_owners(mentions: list[Mention], flag: str) -> list[Mention]:
    """A bare business ("the owners", "the company") in a sentence that names the craft of
    the article's flag: a business of the flag's state."""
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if not mention.resolved or mention.refers or actor.sector != _BUSINESS:
            continue
        if actor.country == flag:
            continue
        actor = make_actor(actor.text, flag + _BUSINESS, flag, _BUSINESS)
        mentions[index] = mention._replace(actor=actor)
    return mentions


def _the_craft(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "the vessel", "the two ships" opening a clause: the state's craft named last."""
    craft = context.last_craft
    if craft is None or not any(word in text for word in CRAFT_WORDS):
        return []
    return [
        Mention(m.start(), m.end(), _like(m.group(), craft.actor), BODY, True, craft.actor.text)
        for m in _THE_CRAFT.finditer(text)
        if not _inside(mentions, m.start())
        and _CRAFT_SUBJECT_BEFORE.search(text, max(m.start() - 12, 0), m.start()) is not None
    ]


def _note_craft(text: str, mentions: list[Mention], context: ArticleContext) -> None:
    """Note the sentence's last craft named with its force or country ("a Chinese coast guard
    vessel", "a Russian warship", "a Philippine supply boat"): the one a later "the vessel"
    most likely is, whoever's it is."""
    if not any(word in text for word in CRAFT_WORDS):
        return
    for mention in mentions:
        if mention.resolved or mention.actor.country is None:
            continue  # "sending two coast guard ships": a bare force given the story's country
        if _CRAFT_AFTER.match(text, mention.end):
            context.last_craft = mention


def _the_men(text: str, context: ArticleContext) -> list[Mention]:
    people = context.last_people
    if people is None or ("he men" not in text and "he women" not in text):
        return []  # not "men" alone: it stands in "government", "statement", "movement"
    # not marked resolved: the antecedent named their country ("four Costa Rican fishermen"),
    # which rules lending a bare party the arresting state's (coder._detained_here) keep
    return [
        Mention(m.start(), m.end(), _like(m.group(), people.actor), BODY, False, people.actor.text)
        for m in _THE_MEN.finditer(text)
    ]


# Round 61 (targets61): "Estonia ordered two Belarusian diplomats out ... the minister accused the
# pair of spying", "officers held three Moldovan citizens ... the three suspects were later
# charged": a definite number standing for people ("the pair", "the three", "the three
# suspects") is the group the article last named with that number, whose country
# and sector it keeps (docs/labelling.md section 2: a party named by reference takes the code
# of the one it stands for), not no one or the arresting state's own people.
# the number words a group is counted by, and "pair"; written once for the two patterns below
COUNTS: Final[dict[str, int]] = {**COUNTED_NUMBERS, "pair": 2}
_NUMBER_WORDS: Final[str] = "|".join(COUNTED_NUMBERS)
_COUNTED_BEFORE: Final = re.compile(r"(?<![\w-])(" + _NUMBER_WORDS + r"|[2-9]|[1-9][0-9]) $")
# "the pair", "the three suspects", "the two were": the number names people (not "the two
# countries", "the two agreed", "the three had talks" of a pair or a bloc: a people noun, a
# verb of being or having, or a clause's end after it)
_THE_COUNTED: Final = re.compile(
    r"(?<![\w-])[Tt]he (pair|" + _NUMBER_WORDS + ")"
    r"(?:(?= (?:were|was|had|have|are|is)\b| ?[,.;])"
    r"| (?:suspects|men|women|diplomats|detainees|nationals|citizens|activists|journalists"
    r"|officials|fishermen|sailors|soldiers|officers|workers|students)(?![\w'’-])"
    r"|(?<=pair)(?![\w'’-]))"
)


def _note_counted(text: str, mentions: Sequence[Mention], context: ArticleContext) -> None:
    """Note each group of people of a country named with its number ("two Russian diplomats",
    "11 Tanzanian fishermen"): the one a later "the pair", "the three" stands for (a number
    word to ten, `_THE_COUNTED`)."""
    for mention in mentions:
        actor = mention.actor
        if mention.kind not in (TITLE, BODY) or mention.refers or mention.start < 3:
            continue
        if actor.country is None or actor.sector == IGO_SECTOR or not plural(actor.text):
            continue
        number = _COUNTED_BEFORE.search(text, max(mention.start - 7, 0), mention.start)
        if number is None:
            continue
        word = number.group(1)
        context.counted[COUNTS[word] if word in COUNTS else int(word)] = mention


def _the_counted(text: str, context: ArticleContext) -> list[Mention]:
    """ "the pair", "the three suspects": the group named last with that number."""
    if not context.counted or "he " not in text:
        return []  # most articles count no group
    found = []
    for match in _THE_COUNTED.finditer(text):
        group = context.counted.get(COUNTS[match.group(1)])
        if group is None:
            continue
        # a crowd ("four protesters") keeps its words: the event writes a crowd as civilians
        # (`actor.CROWD_HEADS`), whatever the index's sector for it
        crowd = group.actor.text.rsplit(" ", 1)[-1].lower() in CROWD_HEADS
        actor = group.actor if crowd else _like(match.group(), group.actor)
        found.append(Mention(match.start(), match.end(), actor, BODY, False, group.actor.text))
    return found


def _spokespeople(text: str, context: ArticleContext) -> list[Mention]:
    """ "The spokesperson urged Washington ...": the spokesperson who spoke last in the
    article (a foreign ministry's, named before with its country)."""
    speaker = context.last_speaker
    if speaker is None or "pokes" not in text or not speaker.actor.country:
        return []
    return [
        Mention(m.start(), m.end(), _like(m.group(), speaker.actor), BODY, True)
        for m in _SPOKESPERSON.finditer(text)
    ]


# "called on the public to stay calm", "appealed to the public not to": the public addressed by an
# appeal or a warning (labelling guide point 33: the country's CVL), not "the public prosecutor",
# "open to the public" or "a threat to the public"
_THE_PUBLIC: Final = re.compile(
    r"\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing) (?:on|upon)|appeal(?:ed|s|ing) to|ask(?:ed|s|ing)"
    r"|warn(?:ed|s|ing)|encourag(?:ed|es|ing)|implor(?:ed|es|ing)|exhort(?:ed|s|ing)) "
    r"(?:the )?(public)(?= (?:to|not)\b)"
)


def _the_public(text: str, context: ArticleContext) -> list[Mention]:
    """ "Prabowo called on the public to stay calm": the people of the article's country, whom
    the actor tables do not name ("public" alone is no party: "the public broadcaster")."""
    if "public" not in text:
        return []
    country = context.main_country()
    if country is None:
        return []
    people = make_actor("the public", country + "CVL", country, "CVL")
    return [Mention(m.start(1), m.end(1), people, BODY, True) for m in _THE_PUBLIC.finditer(text)]


# Round 61 (targets61): "The AU envoy called on the country's leaders to resume the dialogue",
# "the bloc's office asked leaders in Gagauzia to abide by the verdict": an
# appeal addressed to the leaders of a state named by "the country's" or by the place they lead
# in is aimed at that state's government (docs/labelling.md section 2: a state's leaders are its
# GOV), not at no one ("leaders" alone names no party of the index: `roles.NAMED_OBJECTS`).
_ADDRESSED_LEADERS: Final = re.compile(
    r"\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing) (?:on|upon)|appeal(?:ed|s|ing) to|ask(?:ed|s|ing)"
    r"|press(?:ed|es|ing)|encourag(?:ed|es|ing)) "
    r"(?:the (country's|nation's) (leaders|officials|rulers)"
    r"|(?:the )?(leaders|officials|rulers) in )"
)


def _addressed_leaders(
    text: str, mentions: Sequence[Mention], context: ArticleContext
) -> list[Mention]:
    """The leaders an appeal is addressed to, of the article's country ("the country's") or
    of the place named right after "in" (`_ADDRESSED_LEADERS`)."""
    if "leaders" not in text and "officials" not in text and "rulers" not in text:
        return []  # nearly every sentence: the cheap test first
    found = []
    for match in _ADDRESSED_LEADERS.finditer(text):
        if match.group(1) is not None:
            start, end = match.start(2), match.end(2)
            country = context.main_country()
        else:
            start, end = match.start(3), match.end(3)
            place = next((m for m in mentions if m.start == match.end()), None)
            if place is None or place.kind not in STATE_KINDS:
                continue
            country = place.actor.country
        if country is None or _inside(mentions, start):
            continue
        leaders = make_actor(text[start:end], country + "GOV", country, "GOV")
        found.append(Mention(start, end, leaders, BODY, True))
    return found


# "accused the council of manipulating the results", "called on the assembly to vote": a bare
# council (an electoral, transitional or town council: the state's, GOV) or assembly (the
# chamber, LEG) that the actor tables do not name alone ("freedom of assembly" and "unlawful
# assembly" have no article; "the council of elders", "the Council of Europe", "the assembly's
# speaker" name another; "accused the council of manipulating" is the council)
_THE_BODY: Final = re.compile(
    r"(?<![\w-])[Tt]he (council|assembly)(?![\w'’-])(?! of (?:[A-Z]|the |elders|ministers))"
)
BODY_SECTORS: Final = {"council": "GOV", "assembly": "LEG"}


def _bare_bodies(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """ "Nasralla accused the council of manipulating the results": the council or assembly of
    the body the article named with that word ("Haiti's transitional council"), else of the
    article's country (labelling guide section 2: a state's organs take its code)."""
    # a sentence alone ("The council voted to strip Belarus of its voting rights") gives its
    # council no country of its own: an international body's, likely
    if ("he council" not in text and "he assembly" not in text) or not context.ahead:
        return []
    found = []
    for match in _THE_BODY.finditer(text):
        if _inside(mentions, match.start()) or _inside(mentions, match.end() - 1):
            continue
        head = match.group(1)
        body = context.bodies.get(head)
        if body is not None:  # "the Council of Europe ... the council": that organisation
            found.append(
                Mention(match.start(), match.end(), _like(match.group(), body), BODY, True)
            )
            continue
        country = context.heads.get(head) or context.main_country()
        if country is None:
            continue
        sector = BODY_SECTORS[head]
        actor = make_actor(match.group(), country + sector, country, sector)
        found.append(Mention(match.start(), match.end(), actor, BODY, True))
    return found


def _epithets(text: str, context: ArticleContext) -> list[Mention]:
    """ "Blinken thanked the kingdom": the state of that kind the article named most."""
    if not any(word in text for word in _EPITHET_WORDS):
        return []
    found = []
    for match in _STATE_EPITHET.finditer(text):
        kinds = _EPITHET_STATES[match.group(1).lower()]
        named = [c for c in kinds if context.countries.get(c, 0) or context.ahead.get(c, 0)]
        if not named:
            continue
        country = max(named, key=lambda c: (context.countries.get(c, 0), context.ahead.get(c, 0)))
        actor = make_actor(match.group(), country, country, None)
        found.append(Mention(match.start(), match.end(), actor, PLACE, True))
    return found


def _blocs(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """ "accusing the bloc of meddling", "the 27-nation bloc", "the alliance": the regional
    organisation named last, in this sentence or before (the EU, NATO, ECOWAS, ...)."""
    if "bloc" not in text and "alliance" not in text:
        return []
    found = []
    for match in _BLOC.finditer(text):
        alliance = match.group().endswith("alliance")  # NATO, not "Brussels" for the EU
        bloc = next(
            (m for m in reversed(mentions) if m.end <= match.start() and _regional(m, alliance)),
            context.last_bloc,
        )
        if bloc is None or not _regional(bloc, alliance):
            continue
        actor = _like(match.group(), bloc.actor)
        found.append(Mention(match.start(), match.end(), actor, ORG, True, bloc.actor.text))
    return found


# round 55 (dict55): "the world body" is news copy's epithet of the United Nations ("charges the
# world body rejects", "urged the world body to act"), as "the bloc" is of a regional one; read
# as the UN (IGO: docs/labelling.md section 2, U.N. bodies are `UNO`), with or without a UN body
# named before (the held-out pair of round 54 lost a source to it). Not "the world body for
# athletics" (a sports federation named by what it governs).
_WORLD_BODY: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w-])[Tt]he (?:\d+-(?:member|nation) )?world body(?![\w-])(?! (?:for|of) )"
)


def _world_body(text: str) -> list[Mention]:
    if "world body" not in text:
        return []  # few sentences name it
    found = []
    for match in _WORLD_BODY.finditer(text):
        actor = make_actor(match.group(), UN_CODE, None, UN_SECTOR)
        found.append(Mention(match.start(), match.end(), actor, ORG, True))
    return found


# "the union", "the unions" (lowercase): a labour union the article named before ("The Teachers
# Union of Malawi ... The union dismissed the threat") or of the workers it named (teachers,
# nurses, doctors: "threatened to sack striking teachers ... The union dismissed the threat");
# not "the Union" (the EU, the United
# States), not "the union of the two parties", and nothing in a story that named no union.
# round 50 (roles50): docs/labelling.md, section 2 (trade unions and their leaders are `CVL`):
# also a union named by its members ("the miners' union", "the teachers' union": a union of the
# story's country whether or not one was named before), "the federation" of a story that named
# a labour federation ("Chile's largest labour federation, the CUT, ... urged the federation to
# call off the protests"). Open rows: 3 targets and sources of 3 that had none.
_UNION: Final = re.compile(
    r"(?<![\w-])[Tt]he (?:(?P<members>[a-z]+s['’] )?unions?|(?P<federation>(?:con)?federation))"
    r"(?![\w-])(?! of (?![a-z]+ing\b))"  # "accused the union of taking": the charge's "of"
)
_LABOUR_FEDERATION: Final = re.compile(
    r"\b(?:labou?r|trade[- ]union|unions['’]?|workers['’]?) (?:con)?federation\b"
)
LABOUR: Final = "LAB"


def _unions(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    found = []
    for match in _UNION.finditer(text):
        start = match.start()
        if match.group("federation") and not _labour_federation_named(context):
            continue
        named = next(
            (m for m in reversed(mentions) if m.end <= start and m.actor.sector == LABOUR), None
        )
        country = named.actor.country if named is not None else None
        if country is None:  # a union named before, or the workers ("striking teachers")
            country = context.last_trade
        if country is None and (match.group("members") or _union_named(context)):
            country = context.main_country()
        if country is None:
            continue
        actor = make_actor(match.group(), country + LABOUR, country, LABOUR)
        found.append(Mention(start, match.end(), actor, BODY, True))
    return found


def _earlier_texts(context: ArticleContext) -> list[str]:
    """The article's sentences before the one being read (all of them when it is not known)."""
    return context.texts[: context.sentences] if context.sentences else []


# Round 62 (targets62): "police detained the head of a dock workers' union ... The interior
# ministry accused the union of taking foreign funds": a union the article
# named before only by a common noun ("a transport workers' union", "union leader X") is of the
# story's country, as one named by its members is (lowercase: not "the European Union")
_UNION_WORD: Final = re.compile(r"(?<![\w-])unions?(?![\w-])")


def _union_named(context: ArticleContext) -> bool:
    return any(_UNION_WORD.search(text) for text in _earlier_texts(context))


def _labour_federation_named(context: ArticleContext) -> bool:
    return any(_LABOUR_FEDERATION.search(text) for text in _earlier_texts(context))


def _regional(mention: Mention, alliance: bool = False) -> bool:
    """A regional organisation or one of its people ("the European Union's ambassador"); for
    "the alliance", a military alliance (NATO)."""
    code = mention.actor.code
    if alliance:
        return code.startswith(_ALLIANCES)
    return regional_body(code, mention.kind)


def _continental(text: str, start: int, actor: Actor) -> bool:
    """Whether a match of "America(n)" is part of a continent's name ("Latin American")."""
    return (
        actor.country == "USA"
        and text.startswith("America", start)
        and _CONTINENT.search(text, max(start - 8, 0), start) is not None
    )


def _offer_owners(text: str, context: ArticleContext) -> list[Mention]:
    """ "X declined his invitation": "his" is the inviter, from the sentences before."""
    if "his " not in text and "her " not in text and "their " not in text:
        return []
    if not any(noun in text for noun in _OFFERS):
        return []  # no offer's noun (the scan tries every word boundary): most sentences
    found = []
    for match in _OFFER_OWNER.finditer(text):
        antecedent = _antecedent(_OWNER_WORD[match.group(1)], [], match.start(1), context)
        if antecedent is not None:
            actor = _like(match.group(1), antecedent.actor)
            refers = antecedent.refers or antecedent.actor.text
            start, end = match.start(1), match.end(1)
            found.append(Mention(start, end, actor, PRONOUN, True, refers))
    return found


def _with_sentence_country(
    context: ArticleContext, found: Sequence[tuple[int, int, Actor, str]]
) -> ArticleContext:
    """Before the article has named a country, a bare sector takes the sentence's first."""
    country = next((actor.country for _, _, actor, _ in found if actor.country), None)
    if country is None:
        return context
    return context.with_home(country)


# Watchdogs and relief agencies that speak and work across borders (Amnesty International
# `NGOHRIAMN`, Human Rights Watch, the CPJ, the Red Cross `NGOHLHRCR`, MSF) keep no country,
# as an IGO does; the labelled sets code them as an international body (docs/labelling.md,
# section 2). Other named NGOs act where they stand.
TRANSNATIONAL_NGOS: Final = ("NGOHRI", "NGOHLH")


def _local_ngo(code: str) -> bool:
    return code.startswith("NGO") and not code.startswith(TRANSNATIONAL_NGOS)


def _armed(actor: Actor) -> bool:
    """An armed group with an international code, or a bare armed sector ("militants")."""
    if actor.code.startswith(INTERNATIONAL):
        return True
    return actor.country is None and actor.code == actor.sector and actor.sector in ARMED_GROUPS


def _crowd(actor: Actor) -> bool:
    """A bare crowd sector (no country of its own) named by a bare crowd word ("protesters",
    "demonstrators", `actor.BARE_CROWDS`): of the country it marches in."""
    return (
        actor.country is None and actor.code == actor.sector and actor.text.lower() in BARE_CROWDS
    )


def _placed_in(text: str, found: Sequence[tuple[int, int, Actor, str]]) -> str | None:
    """Where the sentence sets its story: the first country or town it places something in
    ("in eastern Syria", "in Mosul"); not the country a sentence alone names most ("U.S.
    airstrikes killed Islamic State fighters" is set in neither)."""
    for start, _, actor, kind in found:
        if (
            actor.country is not None
            and kind in STATE_KINDS
            and _SET_IN.search(text, max(start - 30, 0), start) is not None
            and _VENUE.search(text, max(start - 40, 0), start) is None
        ):
            return actor.country
    return None


def _opening_place(text: str, found: Sequence[tuple[int, int, Actor, str]]) -> str | None:
    """The country of a place the sentence opens with before a comma ("In Niamey, ...")."""
    if not text.startswith(("In ", "Inside ", "Across ")):
        return None
    for start, end, actor, kind in found:
        if start > 40:
            return None
        if kind in STATE_KINDS and actor.country is not None:
            if _OPENING_IN.fullmatch(text, 0, start) and (
                text.startswith(",", end) or _OPENING_TOWN.match(text, end)
            ):
                return actor.country
            return None
    return None


def _named(
    start: int,
    end: int,
    actor: Actor,
    kind: str,
    context: ArticleContext,
    story: str | None,
    placed: str | None,
    opening: str | None = None,
    crowd: bool = False,
) -> Mention:
    """`story`: the country the sentence's story is set in (`_placed_in`, else the
    dateline's); `placed`: the one the sentence itself places something in. Both are looked
    for only when the sentence names an armed group (`_armed`) or a crowd (`_crowd`: `crowd`
    says it does)."""
    if actor.country is None and story is not None and actor.code.startswith(INTERNATIONAL):
        # "al-Qaida's affiliate" in a story set in Mali: an armed group with an international
        # code is the group of the country it fights in (the labelled sets' convention)
        return Mention(start, end, make_actor(actor.text, actor.code, story, actor.sector), kind)
    if (
        actor.country is None
        and actor.sector
        and (actor.code == actor.sector or _local_ngo(actor.code))
    ):  # a bare sector ("police", "a rights group") or a body acting where it stands
        # (Greenpeace's activists, `NGOUSA` groups): the country it acts in
        resolved = _bare_sector(actor, kind, start, context)
        if resolved is not None and opening is not None and resolved.country != opening:
            # "In neighbouring Honduras, teachers went on strike": the scene's country
            resolved = make_actor(
                resolved.text, opening + (actor.sector or ""), opening, actor.sector
            )
        if (
            resolved is not None
            and placed is not None
            and actor.sector in ARMED_GROUPS
            and resolved.country != placed
            and resolved.country == context.main_country()
        ):  # "WASHINGTON (AP) — U.S. forces killed militants in Somalia": Somalia's
            resolved = make_actor(resolved.text, placed + actor.sector, placed, actor.sector)
        if (
            resolved is not None
            and placed is not None
            and (_crowd(actor) or (crowd and actor.sector == "LEG"))
            and resolved.country != placed
            and resolved.country == context.main_country()
        ):  # "protesters gathered outside the parliament in Cotonou": Benin's, in a story
            # Paris or Brussels leads (protesters are of the country they march in), and so
            # is the parliament they gather at
            resolved = make_actor(resolved.text, placed + actor.sector, placed, actor.sector)
        if (
            resolved is not None
            and resolved.country is None
            and resolved.code.startswith(INTERNATIONAL)
        ):
            # round 39 (sides6f): "the insurgents", the international group named before, are
            # the group of the country they fight in, as the group named by its name is
            where = story or context.main_country()
            if where is not None:
                resolved = make_actor(resolved.text, resolved.code, where, resolved.sector)
        if resolved is not None:
            return plain_mention(start, end, resolved, kind, True)
    elif actor.country is not None:
        return plain_mention(start, end, _demonym(actor, context), kind)
    return plain_mention(start, end, actor, kind)


def _origins(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "exiled dissidents from Myanmar", "police from Kenya", "gunmen on the Venezuelan side
    of the river": a bare sector right before "from" and a country, or before "on the" and
    a country's side, takes that country, not the article's; "Yemeni troops and allied
    fighters": one right after a named party and "and allied" takes that party's."""
    for index in range(len(mentions) - 1):
        mention, origin = mentions[index], mentions[index + 1]
        actor = mention.actor
        if not (mention.resolved and actor.sector and actor.text[1:].islower()):
            continue  # a bare sector, also opening the sentence ("Gunmen on the ... side")
        country = origin.actor.country
        if (
            country
            and origin.kind in STATE_KINDS
            and (
                _FROM.fullmatch(text, mention.end, origin.start)
                or _HEAD_FROM.fullmatch(text, mention.end, origin.start)
                or (
                    _SIDE_OF.fullmatch(text, mention.end, origin.start)
                    and _SIDE.match(text, origin.end)
                )
            )
        ):
            resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
            mentions[index] = Mention(mention.start, mention.end, resolved, mention.kind, True)
    for index in range(1, len(mentions)):
        mention, ally = mentions[index], mentions[index - 1]
        actor = mention.actor
        if not (mention.resolved and actor.sector and actor.text.islower()):
            continue
        country = ally.actor.country  # "Yemeni troops and allied forces": the troops' side
        if country and not ally.resolved and _ALLIED.fullmatch(text, ally.end, mention.start):
            resolved = make_actor(actor.text, country + actor.sector, country, actor.sector)
            mentions[index] = Mention(mention.start, mention.end, resolved, mention.kind, True)
    return mentions


# Between a lawmaker and the party named as theirs: "Sen. Maria Lopes of the opposition ...".
_MEMBER_OF: Final = re.compile(r"[ \t]+of[ \t]+the[ \t]+")


def _members_of(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Sen. Maria Lopes of the opposition Green Party": a lawmaker named right before "of
    the" and an opposition party is that party's voice, OPP (as "opposition Sen. Lopes" and
    "Maria Lopes of the opposition ..." already are), of the party's country."""
    for index in range(len(mentions) - 1):
        member, party = mentions[index], mentions[index + 1]
        if member.actor.sector != "LEG" or party.actor.sector != "OPP":
            continue
        country = party.actor.country
        if country is None or member.actor.country not in (None, country):
            continue
        if _MEMBER_OF.fullmatch(text, member.end, party.start) is None:
            continue
        actor = make_actor(member.actor.text, country + "OPP", country, "OPP")
        mentions[index] = member._replace(actor=actor)
    return mentions


def _led(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "NATO-led peacekeepers", "a Kenyan-led police mission": a bare sector led by a
    country or organisation named right before "-led" is that party's."""
    if "-led " not in text:
        return mentions
    for index in range(1, len(mentions)):
        mention, leader = mentions[index], mentions[index - 1]
        actor, lead = mention.actor, leader.actor
        if not (actor.sector and actor.text.islower()):
            continue  # not a bare sector
        if _LED.fullmatch(text, leader.end, mention.start) is None:
            continue
        code = lead.code if lead.country is None else lead.country + actor.sector
        resolved = make_actor(actor.text, code, lead.country, actor.sector)
        mentions[index] = Mention(mention.start, mention.end, resolved, mention.kind, True)
    return mentions


# Round 62 (roles62): "The Vietnamese delegation was headed by Deputy Trade Minister Y ...", "the
# Omani team, led by State Minister X,": the official named with a bare title
# as the one leading a state's delegation is that state's (he took the article's home state,
# Bhutan, the host, and the visit's two sides were one)
_HEADED_BY: Final = re.compile(r",? (?:was |is |were |are )?(?:led|headed) by (?:the |a |an )?")
_DELEGATIONS: Final = ("delegation", "delegations", "team", "mission")


def _delegation_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person given a country by the context (`resolved`) right after "<a state's
    delegation> (was) led by" is of the delegation's country."""
    if "ed by " not in text:
        return mentions
    for index in range(1, len(mentions)):
        mention, body = mentions[index], mentions[index - 1]
        actor, country = mention.actor, body.actor.country
        if mention.kind not in PEOPLE or not mention.resolved or country is None:
            continue
        if country == actor.country or not body.actor.text.lower().endswith(_DELEGATIONS):
            continue
        if _HEADED_BY.fullmatch(text, body.end, mention.start) is None:
            continue
        sector = actor.sector or ""
        resolved = make_actor(actor.text, country + sector, country, actor.sector)
        mentions[index] = mention._replace(actor=resolved)
    return mentions


def _titled_owner(mentions: Sequence[Mention], at: int) -> Mention | None:
    """The last titled party of a known country before `at` ("Peru's defence minister" of
    "Peru's defence minister, Walter Astudillo, said his ..."), if any."""
    for mention in reversed(mentions):
        if mention.end <= at and mention.actor.country and _titled(mention):
            return mention
    return None


def _possessed(
    text: str,
    mentions: list[Mention],
    context: ArticleContext,
    vocabulary: Collection[str] | None = None,
) -> list[Mention]:
    """ "The navy said its ships ...", "the rebels said their fighters ...": a bare sector
    after "its" or "their" belongs to what the pronoun stands for (the sentence's party before
    it, else the last sentence's subject), not to the article's last country for that sector.
    Round 41 (names41): so does one after "his" or "her", a lower-case word or two between
    ("Canada's prime minister said his security agencies ...": Canada's, not those of the
    state the article names most); a person of no known country ("Peru's defence minister,
    Walter Astudillo") or a plural title ("told reporters") gives way to the last singular
    titled party of a known country before it (`_titled_owner`). `vocabulary`: the set of the
    sentence's words, where known: none of `_POSSESSIVES` in it, no possessive to look for."""
    if vocabulary is not None and _POSSESSIVES.isdisjoint(vocabulary):
        return mentions
    for index, mention in enumerate(mentions):
        if not (mention.resolved and mention.actor.sector and mention.actor.text.islower()):
            continue
        word = _POSSESSIVE.search(text, max(mention.start - _POSSESSIVE_REACH, 0), mention.start)
        if word is None:
            continue
        pronoun = _POSSESSOR[word.group(1).lower()]
        owner = _antecedent(pronoun, mentions[:index], word.start(), context)
        if pronoun in ("he", "she") and (
            owner is None or owner.actor.country is None or not _titled(owner)
        ):  # "told reporters that his ...": no party of many
            owner = _titled_owner(mentions[:index], word.start()) or owner
        country = owner.actor.country if owner is not None else None
        sector = mention.actor.sector
        if owner is not None and country is None and owner.actor.code.startswith(IGO_SECTOR):
            # "The AU mission said its troops ...": the organisation's own troops
            actor = make_actor(mention.actor.text, owner.actor.code, None, owner.actor.sector)
            mentions[index] = mention._replace(actor=actor)
            continue
        if country is None or country == mention.actor.country:
            continue
        actor = make_actor(mention.actor.text, country + sector, country, sector)
        mentions[index] = mention._replace(actor=actor)
    return mentions


# "the U.N.'s food agency", "the United Nations children's agency": a few plain words
# between an organisation and the bare body that is its own.
_OWN_BODY_GAP: Final = re.compile(r"(?:['’]s)?(?:[ \t]+[a-z]+(?:['’]s)?){0,2}[ \t]+")
OWN_BODIES: Final = frozenset({"agency", "agencies", "office", "body", "watchdog"})


def _organisations_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The U.N.'s food agency accused the RSF": a bare body right after an organisation's
    name, joined by plain words, is the organisation's, not the article's country's."""
    for index in range(1, len(mentions)):
        mention, owner = mentions[index], mentions[index - 1]
        if mention.actor.text.lower() not in OWN_BODIES:
            continue
        if mention.actor.country and not mention.resolved:
            continue  # a body the sentence gives a country of its own
        if not owner.actor.code.startswith(IGO_SECTOR):
            continue
        if _OWN_BODY_GAP.fullmatch(text, owner.end, mention.start) is None:
            continue
        actor = make_actor(mention.actor.text, owner.actor.code, None, owner.actor.sector)
        mentions[index] = mention._replace(actor=actor)
    return mentions


MILITIA: Final = ("militia", "militias")


def _bare_sector(actor: Actor, kind: str, start: int, context: ArticleContext) -> Actor | None:
    """ "the rebels": the last armed group; "police", "the ministry": the sector's country."""
    group = context.last_group
    if actor.sector in ARMED_GROUPS and group is not None and group.actor.sector in ARMED_GROUPS:
        return _like(actor.text, group.actor)
    armed = context.last_armed
    if actor.text.lower().endswith(MILITIA) and armed is not None:
        # "the militia" after "Fano militia fighters": that group, not the state's army
        return _like(actor.text, armed.actor)
    titled = context.titled_country(actor.text) if kind == TITLE else None
    if kind == PERSON and actor.text.split(None, 1)[0].lower() in ENVOY_TITLES:
        titled = context.titled_country(actor.text.split(None, 1)[0])  # "Ambassador X Y"
    if titled is not None:
        # "Brazilian Foreign Minister Mauro Vieira arrived in Caracas ... The foreign minister
        # met opposition leaders": a bare title repeats the person the article named with it
        # (often a visitor), not the country last named for the sector (often the host)
        return make_actor(actor.text, titled + (actor.sector or ""), titled, actor.sector)
    head = context.heads.get(actor.text.rsplit(None, 1)[-1].lower()) if actor.text else None
    if head is None and JUNTA in actor.text.lower().split():
        head = context.heads.get(JUNTA)  # "Junta spokesman Zaw Min Tun": the junta's man
    if head is not None:
        # "Niger's military junta ... The junta": the body the article named with that word
        return make_actor(actor.text, head + (actor.sector or ""), head, actor.sector)
    country = (
        _dateline_ministry(actor, kind, context)
        or _government_forces(actor, context)
        or _named_party(actor, context)
        or _critics_country(actor, context)
        or _scene_country(actor, context)
        or _local_leaders(actor, context)
        # "TOKYO - ... Prime Minister Shigeru Ishiba said": a person named with a bare title
        # ("Interior Minister Tomasz Siemoniak", no demonym) is an official of the country the
        # report is from or about, as English news names a foreign one with the country; not
        # of the last country the sentence before named for that sector (often the addressee)
        or (context.main_country() if kind == PERSON else None)
        or context.country_for(actor.sector)
    )
    if country is None:
        return None
    if country == context.home and (
        actor.sector in _STORY_SECTORS or not _SEIZED_POWER.isdisjoint(actor.text.lower().split())
    ):
        subject = _subject_country(context)
        if subject is not None and (actor.sector not in ARMED_GROUPS or _set_in(subject, context)):
            country = subject
    return make_actor(actor.text, country + (actor.sector or ""), country, actor.sector)


# Traditional and tribal leaders, chiefs and elders are of the land they lead: named bare, they
# are the article's country ("ACCRA - ... Traditional leaders in the area accused Burkinabe
# soldiers"), not the foreign state named in the sentence or the one before (round 41 left it).
LOCAL_LEADERS: Final = frozenset("traditional tribal clan paramount elder elders".split())


def _local_leaders(actor: Actor, context: ArticleContext) -> str | None:
    """The dateline's country, else the article's, for bare traditional, tribal or clan
    leaders and elders."""
    if actor.sector != "ELI" or LOCAL_LEADERS.isdisjoint(actor.text.lower().split()):
        return None
    return context.home or context.main_country()


def _dateline_ministry(actor: Actor, kind: str, context: ArticleContext) -> str | None:
    """ "ALGIERS - Algeria recalled its ambassador to France ... The foreign ministry condemned
    the French decision": a ministry the article has not named with a country, after an act
    of the dateline's state, is that state's, not that of the last state named (often the one
    acted against). So in a site's story with no dateline is a bare state official or body
    ("Britain has expelled Russia's attache, accusing Moscow of ... The Home Secretary set out
    the measures"), after acts of the state the story is about (`main_country`): a site names
    its own state's people and bodies bare."""
    if actor.sector != "GOV":
        return None
    home: str | None = None
    if context.home:
        if kind != BODY or "inistr" not in actor.text:
            return None
        home = context.home
    elif kind in BARE_KINDS and context.scanned:
        home = context.main_country()
    if home is None:
        return None
    sources = {source.country for source, _ in context.acts.values() if source is not None}
    return home if sources == {home} else None


# "government forces", "government troops": a state's own army, named so in a story of its war
GOVERNMENT_FORCES: Final = ("government ", "pro-government ")


def _government_forces(actor: Actor, context: ArticleContext) -> str | None:
    """ "Rwandan troops, deployed at the request of Mozambique's government, clashed with the
    insurgents ... the minister said government forces had retaken two villages": forces
    called the government's are of the state the story is set in (its dateline, else the
    country it names most), not a foreign army the sentence before named."""
    if actor.sector not in STATE_FORCES or not actor.text.lower().startswith(GOVERNMENT_FORCES):
        return None
    return context.home or context.main_country()


def _named_party(actor: Actor, context: ArticleContext) -> str | None:
    """Round 53 (roles53f): docs/labelling.md, section 2 (parties "take the country they act in
    or belong to, from the story"): a party the index names with no country, by a name several
    countries' parties share ("the opposition Conservatives", "Sinn Fein leader X"), is of the
    country the report is from (its dateline) or about (the one it names most), not of the
    dissidents of another country named before (`_critics_country`: "Hong Kong dissidents" in an
    Ottawa story) nor of the foreign place the story's troops serve in (`_scene_country`). A
    name: a capitalised word after the first (not "The opposition", "the party"). A party
    named before with its country ("Hungarian conservatives ... The Social Democrats", round
    44) still lends it (`_critics_country`)."""
    if actor.sector not in DOMESTIC_CRITICS or PARTY in context.by_sector:
        return None
    words = actor.text.split()
    if not any(word[:1].isupper() for word in words[1:]):
        return None
    return context.home or context.main_country()


def _critics_country(actor: Actor, context: ArticleContext) -> str | None:
    """ "Opposition Leader Peter Dutton accused the government ... The Greens called on the
    Prime Minister": a bare party or opposition is of the country whose opposition or parties
    the article named last, not of the foreign state it names most."""
    if actor.sector not in DOMESTIC_CRITICS:
        return None
    named = [context.by_sector[s] for s in DOMESTIC_CRITICS if s in context.by_sector]
    if not named:
        return None
    if actor.sector == PARTY and PARTY not in context.by_sector and context.home:
        return context.home  # only an opposition named ("Chinese dissidents"): no party's
    return max(named, key=itemgetter(1))[0]


# round 44 (weak44): "KARLSRUHE, Germany - ... had spied on Chinese dissidents ... The leaders
# of the ruling Social Democrats demanded": a party named with no country, when the article has
# named an opposition but no party, is of the dateline's country; a foreign opposition or dissidents
# named earlier are no party of the story's politics (they gave China's). Open: 2 rows right.
PARTY: Final = "PTY"


# Sectors of a country's own scene: its opposition, parties, police and parliament.
SCENE_SECTORS: Final = frozenset({"OPP", "PTY", "COP", "LEG"})


def _scene_country(actor: Actor, context: ArticleContext) -> str | None:
    """ "Kenya's President hosted China's envoy in Nairobi ... The opposition accused the
    government ... Police arrested 12 protesters": in a story with no dateline, a bare
    opposition, party, police or parliament is of the country the story is set in (its
    places named after "in", "at"), not of a foreign state it names more often but sets
    nothing in; one named for that sector in the sentence before still goes first."""
    if actor.sector not in SCENE_SECTORS or context.home or not context.scene:
        return None
    last = context.by_sector.get(actor.sector or "")
    if last is not None and context.sentences - last[1] <= 1:
        return None
    main = context.main_country()
    # the place named most (the first counted of a tie) and whether another is named as
    # often: `Counter.most_common()` sorted every place in interpreted code to tell the same
    place, count = most_common(context.scene, 1)[0]
    if place == main or context.scene.get(main or "", 0) or _tied(context.scene, count):
        return None
    return place


def _tied(counts: Counter[str], count: int) -> bool:
    """Whether more than one key of `counts` is counted `count` times."""
    found = 0
    for n in counts.values():
        if n == count:
            found += 1
            if found > 1:
                return True
    return False


def _set_in(country: str, context: ArticleContext) -> bool:
    """Whether the article sets something in `country` (names its towns or regions, or a
    place "in" it): "BAMAKO (AP) - France said it would keep troops ... Militants attacked
    an army post near Gao": bare militants fight where the story is set, the dateline's
    country, not a state the article names more often only as a speaker."""
    return bool(context.towns.get(country, 0) or context.scene.get(country, 0))


def _subject_country(context: ArticleContext) -> str | None:
    """The country a story filed from another capital is about ("MOSCOW (AP) — Police in
    Belarus detained ..."): one the article names at least twice and more often than the
    dateline's country outside the dateline, twice over (a report from Moscow on Moscow's
    protests that names Belarus twice stays Russian)."""
    counts, home = context.named(), context.home
    if home is not None and context.opening == home:
        # round 56 (home56): the lead's parties are the home's, or it names the home as one
        # ("SUVA - Japan handed two patrol boats to Fiji's navy"): a donor or a rival named
        # more often does not make it another state's story
        return None
    own = counts.get(home, 0) - context.home_named if home is not None else 0
    for country, count in most_common(counts, 2):
        if country != home:
            return country if count >= STORY_MIN and count > 2 * own else None
    return None


# round 50 (roles50): docs/labelling.md, section 2: parties "take the country they act in or
# belong to, from the story". An article that spells out an acronym ("opposition lawmaker X of
# the National Alliance for Change (ANC)", in a Lome story) means its own body by it, not the
# party of another country the actor index files under those letters (South Africa's African
# National Congress): the index's full names would have been found before the bracket. The
# name is taken for one when its capitalised words' initials hold every letter of the acronym
# (in any order: "Alliance Nationale pour le Changement"); then the acronym, and the parties
# named with it ("ANC supporters", "ANC leader X"), are of the article's country for the rest
# of the article, the acronym alone with the sector of the name's words ("Alliance": `OPP`).
_BRACKETED_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
_ACRONYM_NAME: Final = re.compile(
    r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|and|the|de|du|des|la|le|pour|et)[ \t]+){0,2})*"
    r"[A-Z][\w'’-]*[ \t]+\($"
)
_ACRONYM_REACH: Final = 80  # characters before the bracket the name may take


def _defined_acronyms(
    text: str, found: list[tuple[int, int, Actor, str]], context: ArticleContext
) -> list[tuple[int, int, Actor, str]]:
    """`found` with the acronyms the article defines for a body of its own given its country
    (noting each new definition in `context.acronyms`)."""
    if " (" in text:  # a definition stands in brackets: most sentences hold none
        _note_acronyms(text, found, context)
    if not context.acronyms:
        return found
    return [_acronym_rehomed(item, context.acronyms) for item in found]


def _note_acronyms(
    text: str, found: list[tuple[int, int, Actor, str]], context: ArticleContext
) -> None:
    """Note in `context.acronyms` each acronym `text` defines in brackets after a name of
    the article's own body ("the National Alliance for Change (ANC)"), or after a body the
    index knows by another code ("Reporters Without Borders (RSF)": `_named_before`)."""
    home = context.main_country()
    for start, end, actor, kind in found:
        if kind != ORG or not actor.country:
            continue
        if text[start - 2 : start] != " (" or text[end : end + 1] != ")":
            continue
        acronym = text[start:end]
        if not _BRACKETED_ACRONYM.fullmatch(acronym) or acronym in context.acronyms:
            continue
        named = _named_before(start - 2, actor, found)
        if named is not None:
            context.acronyms[acronym] = (actor.country, named.code, named.country, named.sector)
            continue
        before = max(0, start - _ACRONYM_REACH)
        name = _ACRONYM_NAME.search(text, before, start)
        words = _spelt_out(text[name.start() : start - 2], acronym) if name is not None else []
        first = start - 2 - len(" ".join(words))
        if len(words) < 2:
            continue
        inside = [(a, k) for s, e, a, k in found if s < start - 2 and first < e]
        country = _country_inside(inside) if inside else home
        if country is None or country == actor.country:
            continue
        context.acronyms[acronym] = (actor.country, country, country, names.name_sector(words))


# round 55 (dict55): docs/labelling.md section 2, parties "take the country they act in or
# belong to"; an acronym in brackets right after a body's name is that body's ("Reporters Without
# Borders (RSF)", "the Singapore Armed Forces (SAF)", "Japan's Self-Defense Forces (SDF)"), not the
# other country's group the index files under the same letters (Sudan's RSF and SAF, Syria's SDF),
# in the sentence and for the rest of the article. A body is an organisation or an agent joined to
# its country; a bare sector ("forces (SDF)") names none, nor does a person or place ("President X
# (UDA)" names the person's party).
_NAMING_KINDS: Final[frozenset[str]] = frozenset({ORG, BODY})


def _named_before(
    bracket: int, acronym: Actor, found: list[tuple[int, int, Actor, str]]
) -> Actor | None:
    """The body whose name ends right before the bracket at `bracket`, when the index gives it
    another code than the acronym's and a country or a body's own code (not a bare sector)."""
    for _, end, actor, kind in found:
        if end == bracket and kind in _NAMING_KINDS and actor.code != acronym.code:
            return actor if actor.country or len(actor.code) > 3 else None
    return None


def _country_inside(inside: list[tuple[Actor, str]]) -> str | None:
    """ "the Australian Defence Force (ADF)": the one country the known words inside a spelt-out
    name give it (its demonym or country), else None (another body's name inside it)."""
    countries = {actor.country for actor, _ in inside}
    if len(countries) != 1 or any(kind != PLACE or actor.sector for actor, kind in inside):
        return None
    return next(iter(countries))


def _spelt_out(name: str, acronym: str) -> list[str]:
    """The last words of `name` whose capitalised initials hold every letter of `acronym`
    ("National Alliance for Change" of "Dzidzoli of the National Alliance for Change" for
    "ANC"), or none."""
    words = name.split()
    letters = set(acronym)
    initials: set[str] = set()
    for first in range(len(words) - 1, -1, -1):
        if words[first][0].isupper():
            initials.add(words[first][0])
            if letters <= initials:
                return words[first:]
    return []


OPPOSITION_WORD: Final = "opposition"


def _namesake_parties(
    text: str, found: list[tuple[int, int, Actor, str]], context: ArticleContext
) -> list[tuple[int, int, Actor, str]]:
    """Round 51 (roles51): docs/labelling.md section 2, parties "take the country they act in
    or belong to, from the story". A party the actor index files under another country
    ("the opposition New Democratic Party", Canada's, in a story from Saint Vincent; "the
    Justice and Development Party", Turkey's, in a Moroccan story) whose country the whole
    article names only by parties of its own is a namesake of the story's country (its
    dateline's, else the one it names most): a story about that country's party names it.
    Only one the sentence calls an opposition ("the opposition New Democratic Party", "...,
    the main opposition party"): an opposition stands against the story's government, while a
    party named bare may be a foreign one visiting ("MADRID (Reuters) - Morena party
    chairwoman Elena Quiroga accused Spanish prosecutors": Mexico's).
    Round 56 (dict56): a party named by its initials ("the DPP", "members of the NDP") is the
    story's whatever the sentence calls it when the article spells the initials out by a
    name of its own ("the Democratic Party for the People ... the DPP": Japan's, not Taiwan's;
    `_initials_spelt`): initials are shared by parties of many countries, and a story names its
    own party in full; a foreign party's delegation named by its initials alone keeps the
    table's country ("Lindiwe Zulu (ANC)" in Harare). A party the table files as governing
    another country is only a party here (sector PTY)."""
    if not context.party_countries:
        return found  # most articles name no party the index knows
    opposition = OPPOSITION_WORD in text
    if not opposition and not any(_initials(actor) for _, _, actor, _ in found):
        return found  # no party named by its initials alone or as their last word
    home = context.main_country()
    if home is None:
        return found
    rehomed: list[tuple[int, int, Actor, str]] = []
    for start, end, actor, kind in found:
        country = actor.country
        if (
            kind in _PARTY_KINDS
            and country
            and country != home
            and context.ahead.get(country, 0) <= context.party_countries.get(country, 0)
        ):
            sector = actor.sector
            if kind == ORG and opposition and sector in DOMESTIC_CRITICS:
                actor = make_actor(actor.text, home + (sector or ""), home, sector)
            elif _initials(actor) and _initials_spelt(actor.text, context):
                sector = sector if sector in DOMESTIC_CRITICS else PARTY_SECTOR
                actor = make_actor(actor.text, home + (sector or ""), home, sector)
        rehomed.append((start, end, actor, kind))
    return rehomed


_PARTY_KINDS: Final[frozenset[str]] = frozenset({ORG, TITLE, BODY})
# A run of capitalised words with the small words a party's name holds ("Democratic Party for
# the People", "Convention People's Party"): initials spelt out (`_initials_spelt`)
_SPELT: Final[re.Pattern[str]] = re.compile(
    r"[A-Z][a-z]+(?:['’]s)?(?:[ \t]+(?:(?:of|for|the|and)[ \t]+){0,2}[A-Z][a-z]+(?:['’]s)?)+"
)
_SMALL_WORDS: Final[frozenset[str]] = frozenset({"of", "for", "the", "and"})


def _initials_spelt(text: str, context: ArticleContext) -> bool:
    """Whether a sentence of the article spells out the party initials `text` holds: a run of
    capitalised words whose first letters, small words left out, are the initials."""
    initials = party_initials()
    words = [word for word in text.split() if word in initials]
    for sentence in context.texts:
        for run in _SPELT.finditer(sentence):
            letters = "".join(w[0] for w in run.group().split() if w not in _SMALL_WORDS)
            if any(word in letters for word in words if len(word) >= 2):
                return True
    return False


def _initials(actor: Actor) -> bool:
    """Whether an actor's words are, or hold, initials the tables give a party of the actor's
    country (`actor_data.has_initials`)."""
    return has_initials(actor.text, actor.country, party_initials())


def _acronym_rehomed(
    item: tuple[int, int, Actor, str],
    acronyms: dict[str, tuple[str, str, str | None, str | None]],
) -> tuple[int, int, Actor, str]:
    start, end, actor, kind = item
    for word in actor.text.split():
        defined = acronyms.get(word)
        if defined is None or actor.country != defined[0]:
            continue
        _, code, country, sector = defined
        if country is not None:  # a body of no country keeps its code, its people too
            if actor.text != word or sector is None:
                sector = actor.sector
            code = country + (sector or "")
        return (start, end, make_actor(actor.text, code, country, sector), kind)
    return item


def _shared_places_in(
    found: list[tuple[int, int, Actor, str]], context: ArticleContext
) -> list[tuple[int, int, Actor, str]]:
    """`found` with each place name of several countries given the article's country."""
    shared = shared_places()
    if all(actor.text not in shared for _, _, actor, _ in found):
        return found
    return [
        (start, end, _shared_place(actor, context) if actor.text in shared else actor, kind)
        for start, end, actor, kind in found
    ]


# round 44 (weak44): "Georgia" is the country in the place tables, and the shared-place rule
# cannot tell a US story about the country from one about the state (a Washington story names
# the US most). The sentence's own words can: a US state's office or party next to the name
# ("Georgia Gov. X", "the governor of Georgia", "Georgia Republicans", "Georgia's secretary of
# state"), its capital ("in Atlanta"), a postal abbreviation ("R-Ga."), or another US state
# listed with it ("Georgia and Alabama"). The country has no governor, senators, secretary of
# state or attorney general; "Georgia's Republican Party" (a party of the country) and "U.S.
# senators visited Georgia" (a visit to it) stay the country's.
US_GEORGIA: Final = "Georgia"
US_STATES: Final = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
_STATE_OFFICES: Final = (
    r"Gov\.|Lt\. Gov\.|[Gg]overnor|Sen\.|[Ss]enators?|[Ss]tate [Ss]enat(?:e|or)|"
    r"[Ss]ecretary of [Ss]tate|[Aa]ttorney [Gg]eneral|[Ll]egislature|General Assembly|"
    r"[Ss]tatehouse"
)
_US_GEORGIA_BEFORE: Final = re.compile(
    r"(?:\b(?:Gov\.|Governor|governor of|[Ss]tate of|Atlanta,)"
    rf"|\b(?:{US_STATES})(?:,| and| or))\s*$"
)
_US_GEORGIA_AFTER: Final = re.compile(
    rf"(?:'s)?\s+(?:{_STATE_OFFICES})(?!\w)|\s+(?:Republicans?|Democrats?|GOP)\b"
    rf"|(?:,| and| or)\s+(?:{US_STATES})\b"
)
_US_GEORGIA_SENTENCE: Final = re.compile(r"\bAtlanta\b|\b[RD]-Ga\.")


def _us_georgia(
    text: str, found: list[tuple[int, int, Actor, str]]
) -> list[tuple[int, int, Actor, str]]:
    """`found` with "Georgia" the US state where the sentence's words make it one (also in a
    longer mention the index made of it: "Georgia Gov. X", "governor of Georgia")."""
    if US_GEORGIA not in text:
        return found
    sentence = _US_GEORGIA_SENTENCE.search(text) is not None
    return [
        (start, end, _recoded(actor, "USA"), kind)
        if actor.country == "GEO" and _us_state_named(text, start, end, sentence)
        else (start, end, actor, kind)
        for start, end, actor, kind in found
    ]


# Round 47 (roles47): "Congo" alone names either Congo; the actor tables give it Kinshasa's
# (COD), the commoner in the news. In a story of the Republic of the Congo (datelined there, or
# with no dateline naming it most) it is Brazzaville's, as an ambiguous demonym is the
# article's ("BRAZZAVILLE (AFP) - Congo's main opposition party rejected ..."). Not a name
# that says which ("Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa").
BARE_CONGO: Final = "Congo"
REPUBLIC_OF_CONGO: Final = "COG"
_KINSHASA_CONGO: Final = "COD"
_CONGO_QUALIFIED: Final = re.compile(
    r"(?:Democratic\s+Republic\s+of\s+(?:the\s+)?|\bDR\s+|\bD\.R\.\s+)$"
)


def _congo_of_story(
    text: str, found: list[tuple[int, int, Actor, str]], context: ArticleContext
) -> list[tuple[int, int, Actor, str]]:
    """`found` with a bare "Congo" read as the Republic of the Congo in a story set there."""
    if BARE_CONGO not in text or (context.home or context.main_country()) != REPUBLIC_OF_CONGO:
        return found
    return [
        (start, end, _recoded(actor, REPUBLIC_OF_CONGO), kind)
        if actor.country == _KINSHASA_CONGO and _bare_congo(text, start, end)
        else (start, end, actor, kind)
        for start, end, actor, kind in found
    ]


def _bare_congo(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` names "Congo" with no word that makes it Kinshasa's."""
    at = text.find(BARE_CONGO, start, end)
    if at < 0 or text[at + len(BARE_CONGO) : at + len(BARE_CONGO) + 1] in ("-", "l"):
        return False  # "Congo-Kinshasa", "Congolese"
    return _CONGO_QUALIFIED.search(text, max(at - 40, 0), at) is None


def _us_state_named(text: str, start: int, end: int, sentence: bool) -> bool:
    """Whether `text[start:end]` holds the word "Georgia" and a US state's cue goes with it."""
    at = text.find(US_GEORGIA, start, end)
    if at < 0 or text[at + len(US_GEORGIA) : at + len(US_GEORGIA) + 1].isalpha():
        return False  # "Georgian"
    after = at + len(US_GEORGIA)
    return (
        sentence
        or _US_GEORGIA_BEFORE.search(text, max(at - 40, 0), at) is not None
        or _US_GEORGIA_AFTER.match(text, after) is not None
    )


def _shared_place(actor: Actor, context: ArticleContext) -> Actor:
    """A place name of several countries ("Valencia"): the candidate the article has named
    most, else the first (the place tables' own)."""
    return _recoded(actor, _most_named(shared_places()[actor.text], context))


def _most_named(candidates: tuple[str, ...], context: ArticleContext) -> str:
    """Of a name's candidate countries, the one the article has named most (ties: the
    first)."""
    return max(candidates, key=lambda c: (context.countries.get(c, 0), -candidates.index(c)))


def _recoded(actor: Actor, country: str) -> Actor:
    """`actor` as a party of `country`: its code's country part replaced, when it has one."""
    if country == actor.country:
        return actor
    code = country + actor.code[3:] if actor.code[:3] == actor.country else actor.code
    return make_actor(actor.text, code, country, actor.sector)


def _demonym(actor: Actor, context: ArticleContext) -> Actor:
    """An ambiguous demonym's country: the candidate the article has named most."""
    table = ambiguous_demonyms()
    words = actor.text.split()
    word = next((w for w in words if w in table), None)
    if word is None or any(w[:1].isupper() for w in words[: words.index(word)]):
        return actor  # "North Korean" is not ambiguous
    candidates = table[word]
    home = context.home
    if home in candidates and word in SHARED_NAMES:
        best = home  # "BRAZZAVILLE, Congo (AP) — Congolese police": the dateline's Congo
    else:
        best = _most_named(candidates, context)
    return _recoded(actor, best)


def _like(text: str, antecedent: Actor) -> Actor:
    """A reference's actor: its own words, the antecedent's code."""
    return make_actor(text, antecedent.code, antecedent.country, antecedent.sector)


@lru_cache(maxsize=4096)
def make_actor(text: str, code: str, country: str | None, sector: str | None) -> Actor:
    """An actor record, made once for the same fields (references repeat across sentences)."""
    return Actor(text=text, code=code, country=country, sector=sector)


def _hemispheres(text: str, korean: bool) -> list[Mention]:
    """ "the North", "the South" in a story (or a sentence) about the Koreas."""
    if not korean or ("North" not in text and "South" not in text):
        return []  # every match names one of the two (most sentences of a Korean story: none)
    found = []
    for match in _HEMISPHERE.finditer(text):
        code = "PRK" if match.group(1) == "North" else "KOR"
        actor = Actor(text=match.group(), code=code, country=code, sector=None)
        found.append(Mention(match.start(), match.end(), actor, PLACE, True))
    return found


_OFFICER_OF: Final[str] = " of "


def _hemispheres_own(
    text: str, mentions: list[Mention], hemispheres: Sequence[Mention]
) -> list[Mention]:
    """Round 52 (roles52): "the North's General Staff", "the North's ruling Workers' Party",
    "a senior official of the North's ruling party": a body or party the North (or the
    South) owns, and an officer "of" it, are of that Korea, not of the country the article
    lent the bare body (the dateline's Seoul). As `_states_own` and `_owners_party` do for a
    state the index names; "the North" is a reference, made after them. Called twice: before
    the possessives are read ("its forces" after the North's body) and after the unknown names
    the article lends a country ("Workers' Party"); a sentence with no "the North" or "the
    South" (`hemispheres` empty) loops over nothing."""
    for owner in hemispheres:
        if not text.startswith(OWNED_GAPS, owner.end):
            continue
        country = owner.actor.country or ""
        after = next((i for i, m in enumerate(mentions) if m.start >= owner.end), len(mentions))
        if after < len(mentions):
            owned = mentions[after]
            gap = text[owner.end : owned.start]
            if _lent_body(owned, country) and (
                gap in OWNED_GAPS or _STATES_OWN.fullmatch(gap) is not None
            ):
                mentions[after] = _owned_by(owned, country)
        before = after - 1 if after and mentions[after - 1].start == owner.start else after
        if before and text[mentions[before - 1].end : owner.start] == _OFFICER_OF:
            if _lent_body(mentions[before - 1], country):
                mentions[before - 1] = _owned_by(mentions[before - 1], country)
    return mentions


def _lent_body(mention: Mention, country: str) -> bool:
    """A bare body, title or party the context lent a country other than `country`."""
    actor = mention.actor
    if not (mention.resolved and actor.sector) or mention.refers or mention.kind == PERSON:
        return False
    return actor.country != country


def _owned_by(mention: Mention, country: str) -> Mention:
    """The mention of `country`'s body: named by the sentence now, no longer lent (a later
    rule that moves a lent party, as `coder._own_opposition`, leaves it)."""
    sector = mention.actor.sector or ""
    actor = make_actor(mention.actor.text, country + sector, country, sector)
    return mention._replace(actor=actor, resolved=False)


def _known_names(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """Names of people the article introduced earlier ("Wong" after "lawmaker Wong Chin-chu"),
    and of firms by their first word ("Halcyon" after "Halcyon Freight")."""
    names = context.names
    if not names:
        return []
    found: list[Mention] = []
    # a name the text does not hold (its words hold no name either): a substring test a name
    # (an article knows a few) is cheaper than the scan of the text's capitalised words
    if not any(name in text for name in names):
        return found
    # most sentences name none of them: the words alone first (`findall` makes no match
    # object and needs no method call a word), the matches only when one is a known name
    words = _NAME.findall(text)
    if context.short_names:  # "Li held talks": a short family name the article gave in full
        words += _SHORT_NAME_USED.findall(text)
    if not any(_possessor(word) in names for word in words):
        return found
    matches = list(_NAME.finditer(text))
    if context.short_names:
        matches += _SHORT_NAME_USED.finditer(text)
    for match in matches:
        # "Machar's party": the possessor's name without its "'s"
        name = match.group().removesuffix("'s").removesuffix("’s")
        person = context.names.get(name)
        if person is not None and money_at(text, match.start() + len(name)):
            continue  # "40 million New Zealand dollars": a currency, after a title's country word
        if person is not None and not _inside(mentions, match.start()):
            actor = _like(name, person.actor)
            kind = ORG if person.kind == ORG else PERSON
            found.append(Mention(match.start(), match.start() + len(name), actor, kind, True))
    return found


def _possessor(word: str) -> str:
    """A name as `_known_names` looks it up: without the possessive "'s"."""
    return word.removesuffix("'s").removesuffix("’s")


def _surnamed_places(mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "Muscat told reporters", "said Mr. Masisi": a town or capital named by one word that is
    the surname of a person the article introduced in full ("former prime minister Joseph
    Muscat", "President Mokgweetsi Masisi") is that person, not the place (news-site copy names
    a leader by surname). A country's name ("Jordan", "Chad") stays the country."""
    for index, mention in enumerate(mentions):
        person = _surname_of(mention, context) or _namesake(mention, context)
        if person is None:
            continue
        actor = _like(mention.actor.text, person.actor)
        mentions[index] = Mention(mention.start, mention.end, actor, PERSON, True)
    return mentions


def _namesake(mention: Mention, context: ArticleContext) -> Mention | None:
    """Round 56 (dict56): "Interior Minister Ana Okafor of Peru ... Okafor rejected": a known
    person's bare surname in the tables (another country's politician of that surname) is the
    person the article introduced in full by another first name, of another country (the
    article's introduction wins, docs/labelling.md section 2: a person takes the country they
    act for). Same-country namesakes keep the table ("Melania Trump ... Trump said")."""
    word = mention.actor.text
    if mention.kind != PERSON or mention.resolved or " " in word:
        return None
    person = context.names.get(word)
    if person is None or person.kind not in (PERSON, NAME, TITLE):
        return None
    full = person.actor.text
    if not full.endswith(" " + word) or person.actor.country in (None, mention.actor.country):
        return None
    return person


def _surname_of(mention: Mention, context: ArticleContext) -> Mention | None:
    """The person the article introduced in full whose surname a one-word town or capital
    is (`_surnamed_places`), if any."""
    word = mention.actor.text
    if mention.kind not in STATE_KINDS or mention.resolved or " " in word:
        return None
    person = context.names.get(word)
    if person is None or word in country_words():
        return None
    full = person.actor.text  # in full, or as a reference already resolved to them
    if person.kind != PERSON and not _unknown_person(person):
        return None
    if not full.endswith(word) or (" " not in full and not person.resolved):
        return None
    return person


def _unknown_person(mention: Mention) -> bool:
    """Round 55 (dict55): "took Juan Carlos Urdaneta ... accused Urdaneta": a name the index
    does not know (`names.unknown`) of no organisation's sector and two to four words, a
    person's name in full, whose last word the place tables give another country's town (a
    Philippine city): the bare word later is that person too."""
    return (
        mention.kind == NAME
        and mention.actor.sector is None
        and 1 <= mention.actor.text.count(" ") <= 3
    )


# Round 51 (roles51): "The kidnapping, blamed on the Viv Ansanm gang coalition ... a leader of
# the coalition threatened to burn down police stations": an organisation named and then
# described by a lower-case noun that names organisations ("gang coalition", "rebel alliance",
# "armed group") is "the coalition" later, as one whose name holds the word already is
# (`_described_orgs`).
_DESCRIBED_AFTER: Final = re.compile(r"[ \t]+((?:[a-z]+[ \t]+){0,2}[a-z]{4,})(?![\w-])")


def _note_described_orgs(text: str, mentions: Sequence[Mention], context: ArticleContext) -> None:
    """Note in `context.orgs` the organisation word that describes an organisation named right
    before it."""
    heads: frozenset[str] | None = None
    for mention in mentions:
        if mention.kind != ORG or mention.resolved:
            continue
        after = _DESCRIBED_AFTER.match(text, mention.end)
        if after is None:
            continue
        heads = heads if heads is not None else names.organisation_words()
        words = after.group(1).split()
        at = next((i for i, w in enumerate(words) if w in heads), -1)
        if at < 0 or any(_not_descriptive(w) for w in words[:at]):
            continue  # "the National Unity Government urged the international community"
        if words[at] not in context.orgs:
            context.orgs[words[at]] = mention


def _not_descriptive(word: str) -> bool:
    """Whether a word between a name and an organisation word is no noun or adjective that
    describes the organisation: an article or a past form ("urged the international")."""
    return word in _DETERMINERS or (word.endswith("ed") and word != "armed")


_DETERMINERS: Final[frozenset[str]] = OBJECT_OPENERS | {"this", "that"}


def _described_orgs(
    text: str, mentions: Sequence[Mention], context: ArticleContext
) -> list[Mention]:
    """ "the association", "the commission": a definite common noun that heads the name of an
    organisation named earlier ("the Northern Federation of Retired Miners") is it."""
    if not context.orgs or "the " not in text.lower():
        return []
    heads = names.organisation_words()
    if not any(word in text for word in context.orgs if word in heads):
        return []  # none of the heads the article's organisations have is in the sentence
    found = []
    for match in _DESCRIPTION.finditer(text):
        word = match.group(1)
        org = context.orgs.get(word)
        if org is None or word not in heads or _inside(mentions, match.start(1)):
            continue
        actor = _like(word, org.actor)
        found.append(Mention(match.start(1), match.end(1), actor, ORG, True, org.actor.text))
    return found


def _described_bodies(text: str, mentions: list[Mention], context: ArticleContext) -> list[Mention]:
    """ "the agency", "the court": an agent word the index gave the sector's country is the
    organisation named earlier whose name it heads ("the International Atomic Energy Agency
    said ... the agency's inspectors": the IAEA, not the dateline's Austrian government); not
    "the army" or "the party", which a story uses for other bodies than the one it named."""
    if not context.orgs:
        return mentions
    for index, mention in enumerate(mentions):
        word = mention.actor.text
        org = context.orgs.get(word) if word in _DESCRIBED_HEADS else None
        if org is None or not mention.resolved or org.actor.code == mention.actor.code:
            continue
        if _THE.fullmatch(text, max(mention.start - 4, 0), mention.start) is None:
            continue
        actor = _like(word, org.actor)
        mentions[index] = Mention(mention.start, mention.end, actor, ORG, True, org.actor.text)
    return mentions


def _neighbour(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """ "Pakistan accused its neighbour of sheltering militants": the other side of the last
    two-country act, else the other of the two countries the article names most."""
    if "neighbo" not in text:
        return []
    found = []
    for match in _NEIGHBOUR.finditer(text):
        owner = next(
            (m for m in reversed(mentions) if m.end <= match.start() and m.actor.country), None
        )
        own = owner.actor.country if owner is not None else context.main_country()
        other = _other_of(own, context)
        if other is not None and not _inside(mentions, match.start()):
            actor = make_actor(match.group(), other, other, None)
            found.append(Mention(match.start(), match.end(), actor, PLACE, True))
    return found


def _other_of(own: str | None, context: ArticleContext) -> str | None:
    if own is None:
        return None
    pair = context.pair
    if pair is not None and own in (pair[0].country, pair[1].country):
        return other_of_pair(own, pair)
    counts = context.named()
    return next((c for c, n in most_common(counts, 3) if c != own and n >= 2), None)


def _home_city(text: str, mentions: Sequence[Mention], context: ArticleContext) -> list[Mention]:
    """ "KYIV, Ukraine (AP) — Russia launched a drone attack on the city": "the city" or "the
    capital" of a dateline, not followed by a name ("the city of Tyre"), is the dateline's
    country."""
    home = context.home
    if home is None or context.sentences == 0 or ("city" not in text and "capital" not in text):
        return []
    found = []
    for match in _HOME_CITY.finditer(text):
        if not _inside(mentions, match.start()):
            actor = make_actor(match.group(), home, home, None)
            found.append(Mention(match.start(), match.end(), actor, PLACE, True))
    return found


def _other_countries(text: str, context: ArticleContext) -> list[Mention]:
    """ "visit the neighboring countries": a definite plural of countries (not "the two
    countries", both sides; not "the developing countries", a class) refers back to those the
    article named besides its own; as one party, the one it named most."""
    if "countries" not in text and "nations" not in text:
        return []
    home = context.main_country()
    others = [country for country, _ in most_common(context.countries, 2) if country != home]
    if not others:
        return []
    country = others[0]
    return [
        Mention(m.start(), m.end(), make_actor(m.group(), country, country, None), PLACE, True)
        for m in _COUNTRIES.finditer(text)
    ]


def _requesting_state(
    text: str, mentions: Sequence[Mention], context: ArticleContext
) -> list[Mention]:
    """ "extradited to the requesting state": the state that made the request the article
    reported (its last asker), else the state named last before these words."""
    if "requesting" not in text:
        return []
    found = []
    for match in _REQUESTING.finditer(text):
        asker = context.asker[0] if context.asker is not None else None
        country = asker.country if asker is not None else None
        if country is None:
            before = _last([m for m in mentions if m.end <= match.start()], _is_place)
            state = before or context.last_state
            country = state.actor.country if state is not None else None
        if country is not None:
            actor = make_actor(match.group(), country + "GOV", country, "GOV")
            found.append(Mention(match.start(), match.end(), actor, PLACE, True))
    return found


def _is_place(mention: Mention) -> bool:
    return mention.kind in STATE_KINDS


def _pronouns(
    text: str,
    mentions: list[Mention],
    context: ArticleContext,
    vocabulary: Collection[str] | None = None,
) -> list[Mention]:
    found: list[Mention] = []
    if vocabulary is not None and not _may_hold_pronoun(vocabulary, text):
        return found  # no word that can be a pronoun: no scan (most sentences)
    pronouns = list(_PRONOUN.finditer(text))
    if not pronouns:
        return found  # most sentences: no antecedents to look for
    # "China's embassy in London said it ...": a place named as where a party is stands for no
    # pronoun of the sentence
    candidates = [m for m in mentions if not (m.kind in STATE_KINDS and _located(text, m.start))]
    for match in pronouns:
        word = match.group().lower()
        if _inside(mentions, match.start()):
            continue
        if word == "it" and not _it_acts(text, match.end()):
            continue
        if word == "it" and _thing_before(text, mentions, match.start()):
            continue
        told = _TOLD_THAT.search(text, max(match.start() - 60, 0), match.start())
        if told is not None:
            antecedent = _teller(word, candidates, told.start(), context)
        elif _SAID_AND.search(text, max(match.start() - 24, 0), match.start()) is not None:
            antecedent = _subject_of(word, text, candidates, match.start(), context)
        else:
            antecedent = _unbound(word, text, candidates, match.start(), context)
            antecedent = antecedent or _said_by(word, text, candidates, match.start(), context)
            antecedent = antecedent or _antecedent(word, candidates, match.start(), context)
        if antecedent is not None and _names_it(text, match.start(), match.end()):
            antecedent = _namer(antecedent, text, candidates, match.start())
        if antecedent is not None:
            actor = _like(match.group(), antecedent.actor)
            refers = antecedent.refers or antecedent.actor.text
            # round 61 (roles61): "The two sides signed a trade deal. They also agreed to open
            # a consulate": "they" for a pair is both its sides, the second the other
            pair = antecedent.other if word == "they" else None
            found.append(Mention(match.start(), match.end(), actor, PRONOUN, True, refers, pair))
    return found


_WHAT: Final = "what "  # before the pronoun of "what it called"
_WHAT_SIZE: Final = len(_WHAT)
_NAMING_VERB_REACH: Final = 11  # characters after the pronoun's space that hold its verb


def _names_it(text: str, start: int, end: int) -> bool:
    """Round 57 (refs57): whether the pronoun at `start`-`end` opens "what it called ...",
    "what they described as ..." (`WHAT_NAMING`): it stands for the one who names the thing,
    the party that speaks (`_namer`), which is no party its act is aimed at
    (`targets._naming_pronoun`)."""
    if start < _WHAT_SIZE or text[start - _WHAT_SIZE : start].lower() != _WHAT:
        return False
    if start > _WHAT_SIZE and text[start - _WHAT_SIZE - 1].isalnum():
        return False  # "somewhat it ..."
    verb = text[end + 1 : end + 1 + _NAMING_VERB_REACH].split(None, 1)
    return bool(verb) and text[end : end + 1] == " " and verb[0].lower() in WHAT_NAMING


# What may stand before a sentence's subject: nothing, an article, a dateline's dash
_SUBJECT_OPENERS: Final = ARTICLES | {""}
_DATELINE_DASHES: Final = ("\u2014 ", " - ", "\u2013 ")
_RELATIVES: Final = (", which ", ", who ")


def _namer(antecedent: Mention, text: str, candidates: list[Mention], at: int) -> Mention:
    """The party a pronoun in "what it called" stands for, where the one found for it
    (`antecedent`) is a party of its own sentence: the sentence's subject, the party that opens
    it ("Australia called on China to stop what it described as dangerous conduct": Australia,
    not China, the party named last). One found in the sentences before stays; so does one
    where no party opens the sentence ('"These terrorist attacks ...," said X') or a relative
    clause stands between ("..., according to the Bar Association, which condemned what it
    called")."""
    if not any(m is antecedent for m in candidates):
        return antecedent
    first = next((m for m in candidates if m.kind != PRONOUN), None)
    if first is None or first.end > at or first is antecedent:
        return antecedent
    head = text[: first.start]
    for dash in _DATELINE_DASHES:
        head = head.rpartition(dash)[2]
    if head.strip().lower() not in _SUBJECT_OPENERS:
        return antecedent
    between = text[first.end : at]
    if any(relative in between for relative in _RELATIVES):
        return antecedent
    return first


_THING_IT: Final = re.compile(
    r"\b(?:tankers?|ships?|vessels?|boats?|freighters?|plane|aircraft|jet|drone|satellite)\b"
)


_CLAUSE_BREAK: Final = re.compile(
    r"[,;:(\"“”]|\b(?:said|says|that|who|whom|which|while|when|after|before|as|because|if|"
    r"until|but|or)\b"
)


def _unbound(
    word: str, text: str, candidates: list[Mention], at: int, context: ArticleContext
) -> Mention | None:
    """ "Police used water cannon to clear them", "Hours later police fired tear gas at them":
    "them" is not the one party before it in its sentence (that would be "themselves"), after
    an opening time phrase too, when no clause break stands between them; it is the last
    sentence's subject or the last group, when that is another party than that one (None, as
    for any other pronoun, when not)."""
    if word != "them":
        return None
    before = [m for m in candidates if m.end <= at and m.kind != PRONOUN]
    if len(before) != 1:
        return None
    bound = before[0]
    if _CLAUSE_BREAK.search(text, bound.end, at) is not None:
        return None
    others = [m for m in candidates if m is not bound]
    found = _antecedent(word, others, at, context)
    if found is None or found.actor.code == bound.actor.code:
        return None  # "Officers dragged some of them" after "Police detained ...": no other
    return found


def _thing_before(text: str, mentions: Sequence[Mention], at: int) -> bool:
    """ "seized a foreign tanker in the Gulf of Oman, accusing it of smuggling fuel": "it" after
    a ship or craft named since the sentence's last party is that thing, no party."""
    last = max((m.end for m in mentions if m.end <= at), default=0)
    return _THING_IT.search(text, last, at) is not None


# Round 42 (wire42): also the agency style with no "on" ("The court's prosecutor said Thursday he
# was seeking arrest warrants": "he" had no speaker, and the warrants went to the police)
_SAID_BEFORE: Final = re.compile(
    r"\b(?:said|says|added|announced|stated|claimed)"
    r"(?: (?:(?:on|late on|early on) )?[A-Z][a-z]+day)?(?: that)? $"
)
# "Mexico's Attorney General's Office said ...", "The Kremlin on Monday said ...": the body's
# head noun after the party named, and the day, stand between the speaker and its verb; so does
# a short aside in brackets that names no party (round 41, weak41: "Peru's foreign minister
# (pictured) said he would ..." left the summons with no source)
_SPEAKER_GAP: Final = re.compile(
    r"(?:'s)? (?:\([^()]{1,40}\) )?"
    r"(?:(?:[Oo]ffice|[Mm]inistry|[Dd]epartment|[Aa]gency|[Cc]ommission|[Cc]ouncil|"
    r"[Cc]ommittee|[Cc]ommand|[Hh]eadquarters) )?(?:(?:on|late on|early on) [A-Z][a-z]+day )?"
)


# "His office said it had proposed talks": a person's office, government or spokesman said "it"
# or "they" for the person named before, whose "his" or "her" this is (round 37)
_OWNER_SAID: Final = re.compile(
    r"(?<![\w'’-])([Hh]is|[Hh]er) (?:office|government|administration|ministry|cabinet|"
    r"spokes(?:man|woman|person)) (?:(?:(?:on|late on|early on) )?[A-Z][a-z]+day )?$"
)


def _said_by(
    word: str, text: str, mentions: Sequence[Mention], at: int, context: ArticleContext
) -> Mention | None:
    """ "Hamas said it had accepted the proposal", "The rebels said they ...": "it" or "they"
    right after "X said" is X, whatever its name looks like (not a person); so after "X's
    office said on Monday it ..." (its body's head noun and the day between)."""
    if word not in _SAID_BY_WORDS:
        return None
    said = _SAID_BEFORE.search(text, max(at - 40, 0), at)
    if said is None:
        return None
    owner = _OWNER_SAID.search(text, max(said.start() - 40, 0), said.start())
    if owner is not None and word in ("it", "they"):
        before = [m for m in mentions if m.end <= owner.start()]
        return _antecedent(_OWNER_WORD[owner.group(1).lower()], before, owner.start(), context)
    speaker = max((m for m in mentions if m.end < said.start()), key=lambda m: m.end, default=None)
    if speaker is None:
        return _unknown_speaker(word, text, said.start(), context)
    if speaker.kind == PRONOUN:
        return None
    if not _SPEAKER_GAP.fullmatch(text, speaker.end, said.start()):
        return speaker if _headed_by(word, text, speaker, said.start()) else None
    if speaker.kind in PEOPLE:
        if word != "they":
            return None
        first = _first_joined(text, mentions, speaker)  # "Obama and Putin said they"
        return first if first is not speaker else None
    if word in _PERSONAL and speaker.kind != TITLE:
        return None  # "The ministry said he ...": someone else
    return _first_joined(text, mentions, speaker) if word == "they" else speaker


# Round 61 (roles61): "The student federation said it would strike on Monday", "Opposition
# party leaders said they": the saying clause's subject is a noun phrase whose head, a common
# noun or two, follows the party named as its modifier; "it" after a singular head, "they"
# after a plural one, is that subject, the party that modifies it, not the last body of the
# sentences before (the head itself names no party the index knows)
_HEAD_GAP: Final = re.compile(r"(?:'s)? ([a-z]+ ){1,2}")
_HEAD_WORDS: Final = frozenset({"it", "they"})
# words that end a subject's noun phrase rather than head it: a verb's helpers and adverbs, the
# conjunctions and relatives of another clause
_NOT_HEADS: Final = frozenset(
    {
        "also", "has", "have", "had", "then", "later", "earlier", "and", "or", "but", "who",
        "which", "that", "it", "they", "he", "she", "officially", "previously", "separately",
        "alone", "too", "itself", "themselves", "in", "on", "of", "at", "by", "for", "with",
        "from", "to", "as", "a", "an", "the", "its", "their", "his", "her", "is", "was",
        "were", "are", "be", "been", "not", "now", "still", "again", "repeatedly", "publicly",
        "this", "last", "next", "week", "month", "year", "yesterday", "today", "tonight",
    }
)  # fmt: skip


def _headed_by(word: str, text: str, speaker: Mention, said: int) -> bool:
    """Whether the words between `speaker` and the saying verb at `said` are the head of the
    noun phrase `speaker` modifies ("student federation said it", "party leaders said
    they"), agreeing in number with the pronoun `word`."""
    if word not in _HEAD_WORDS or speaker.kind in PEOPLE and word == "they":
        return False
    gap = _HEAD_GAP.fullmatch(text, speaker.end, said)
    if gap is None:
        return False
    heads = text[speaker.end : said].split()
    if heads and heads[0] == "'s":
        heads = heads[1:]
    if not heads or not _NOT_HEADS.isdisjoint(heads) or any(h.endswith("ly") for h in heads):
        return False
    return heads[-1].endswith("s") == (word == "they")


# Round 61 (roles61): "Organisers said they would march again", "Residents said they
# had fled": the saying verb's subject opens the sentence and names no party the index knows;
# "it" or "they" right after the verb is that subject, not the last body of the sentences
# before (a rights group's appeal told just before the crowd's own threat)
IMPLIED_PEOPLE: Final = "(people)"
_UNKNOWN_SUBJECT: Final = re.compile(r"(?:[Tt]he |[Ss]ome |[Mm]any )?[A-Z][a-z]+(?: [a-z]+){0,2} ")


def _unknown_speaker(word: str, text: str, said: int, context: ArticleContext) -> Mention | None:
    """The party "it" or "they" after "<subject> said" (`said`: the verb's start) stands for
    when the subject is a short noun phrase opening the sentence that names no party: the
    article's own people (None when the article has no country yet or the words are no
    such subject)."""
    if word not in _HEAD_WORDS or _UNKNOWN_SUBJECT.fullmatch(text, 0, said) is None:
        return None
    if not _NOT_HEADS.isdisjoint(h.lower() for h in text[:said].split()):
        return None
    country = context.main_country()
    if country is None:
        return None
    people = make_actor(IMPLIED_PEOPLE, country + "CVL", country, "CVL")
    return Mention(0, said - 1, people, BODY, True)


# "Mexico and Canada said they would retaliate" (round 43, types43): "they" after speakers
# joined by "and" is all of them, the first named leading (section 2: both sides acting
# together, source the first named), not the last of them.
_JOINED_GAP: Final = re.compile(r",? and |, ")


def _first_joined(text: str, mentions: Sequence[Mention], speaker: Mention) -> Mention:
    """The first of the parties joined to `speaker` by "and" (or a list's commas) before it."""
    first = speaker
    for mention in reversed([m for m in mentions if m.end <= speaker.start]):
        if mention.kind == PRONOUN or (mention.kind in PEOPLE) != (speaker.kind in PEOPLE):
            break
        if _JOINED_GAP.fullmatch(text, mention.end, first.start) is None:
            break
        first = mention
    if first is not speaker and " and " not in text[first.end : speaker.start]:
        if not _listed_pair(text, first, speaker):
            return speaker  # an apposition ("Hamas, the group"), a fronted phrase
    return first


# round 44 (weak44): "Peru, Bolivia said they would ...": a list with no "and" that opens the
# sentence, of two different parties each named by a capitalised name, is both speakers; the
# first named leads (section 2), as in "Peru and Bolivia said they". Not an apposition
# ("Hamas, the group"), nor a fronted phrase ("After talks with Chile, Bolivia said they").
_LIST_OPENERS: Final = frozenset({"", "the", "both"})


def _listed_pair(text: str, first: Mention, speaker: Mention) -> bool:
    """Whether `first`, ", " and `speaker` are two parties listed at the sentence's start."""
    return (
        text[first.start - 1 : first.start] != "("
        and text[: first.start].strip().lower() in _LIST_OPENERS
        and text[speaker.start : speaker.start + 1].isupper()
        and not speaker.resolved
        and speaker.actor.code != first.actor.code
    )


# "The prime minister said he would not resign" (round 28): "he" or "she" right after an office
# holder named by title alone ("the prime minister", "the interior minister") is that person;
# no person was named for the pronoun to take, so the refusal had no source.
_PERSONAL: Final = frozenset({"he", "she"})
# "it", "they", "he", "she": the third person's pronouns, those that name a party in its own
# words too ("what it called", `clause_words.NAMING_PRONOUNS`)
_SAID_BY_WORDS: Final = NAMING_PRONOUNS


def unnamed_foreign(text: str, mention: Mention) -> bool:
    """ "accused foreign intelligence services", "Western diplomats": a party of no country,
    named only as someone else's (no party that a country's event can name)."""
    actor = mention.actor
    if actor.country is not None or actor.code.startswith(IGO_SECTOR):
        return False
    return _foreign(text, mention.start)


def _located(text: str, start: int) -> bool:
    """Whether a place is named after a locative preposition ("in London")."""
    return _LOCATED.search(text, max(start - 6, 0), start) is not None


def _subject_of(
    word: str, text: str, mentions: Sequence[Mention], at: int, context: ArticleContext
) -> Mention | None:
    """ "Iraq condemned a Turkish strike and said it would complain": the pronoun after a
    saying verb joined to the first one is that verb's subject, the sentence's first party of
    the pronoun's kind (after any dateline), not the last one named."""
    dateline, _ = dateline_end(text, True)
    opening = [m for m in mentions if m.start >= dateline]
    return _antecedent(word, opening, at, context, first=True)


def _teller(
    word: str, mentions: Sequence[Mention], verb: int, context: ArticleContext
) -> Mention | None:
    """ "X told Y that it ...", "X had informed him that he ...": the pronoun is X, the last
    fitting party before the telling verb (the one told stands between them)."""
    return _antecedent(word, mentions, verb, context)


def _antecedent(
    word: str, mentions: Sequence[Mention], at: int, context: ArticleContext, first: bool = False
) -> Mention | None:
    """What the pronoun `word` at `at` stands for: the last fitting party before it (`first`:
    the first one), else the last sentence's subject, else the article's last of its kind."""
    before = [m for m in mentions if m.end <= at and m.kind != PRONOUN]
    if first:
        before.reverse()
    subject = context.subject if not before else None  # the last sentence's subject first
    person = context.subject_person if not before else None  # the person it names
    if subject is not None and subject.kind == PRONOUN:
        # "It demands a ceasefire and calls on Libyan authorities ... It also imposes": a
        # pronoun that opens a sentence goes on with the last one's subject, said the same way
        if _PRONOUN_CLASS.get(subject.actor.text.lower()) == _PRONOUN_CLASS.get(word, word):
            return subject
    if word in ("he", "him"):
        last = context.last_person
        return (
            _last(before, _is_male_person)
            or _if(subject, _was_male)
            or _if(person, _was_male)
            or _if(last, _was_male)
        )
    if word in ("she", "her"):
        return (
            _last(before, _is_female_person)
            or _if(subject, _was_female)
            or _if(person, _was_female)
            or context.last_female
            or _last(before, _is_person)
            or context.last_person
        )
    if word in ("they", "them"):
        return _last(before, _is_group) or _if(subject, _is_group) or context.last_group
    if word == "it":
        return _last(before, _is_state) or _if(subject, _is_state) or context.last_state
    if word in ("we", "i"):
        return context.last_speaker or context.last_person
    return before[-1] if before else (context.previous[-1] if context.previous else None)


_PRONOUN_CLASS: Final = {"him": "he", "her": "she", "them": "they"}
_PRONOUN_CLASS.update((word, word) for word in ("he", "she", "they", "it"))


def _if(mention: Mention | None, test: Callable[[Mention], bool]) -> Mention | None:
    return mention if mention is not None and test(mention) else None


def _last(mentions: Sequence[Mention], test: Callable[[Mention], bool]) -> Mention | None:
    for mention in reversed(mentions):
        if test(mention):
            return mention
    return None


def _is_person(mention: Mention) -> bool:
    return mention.kind in PEOPLE


def _titled(mention: Mention) -> bool:
    singular = not mention.actor.text.endswith("s")
    return mention.kind in PEOPLE or (mention.kind == TITLE and singular)


def _man(person: Callable[[Mention], bool]) -> Callable[[Mention], bool]:
    """Who `person` accepts, less those whose names are a woman's."""
    return lambda mention: person(mention) and not is_female(mention.actor.text)


def _woman(person: Callable[[Mention], bool]) -> Callable[[Mention], bool]:
    """Who `person` accepts whose names are a woman's."""
    return lambda mention: person(mention) and is_female(mention.actor.text)


# A person of this sentence named before the pronoun; an earlier sentence's, also one a
# singular title stands for ("A Chinese foreign ministry spokesman said ... He urged Japan").
_is_male_person: Final = _man(_is_person)
_is_female_person: Final = _woman(_is_person)
_was_male: Final = _man(_titled)
_was_female: Final = _woman(_titled)


def _is_group(mention: Mention) -> bool:
    plural = mention.actor.text.endswith("s")
    return mention.kind in (BODY, ORG, TITLE) and (plural or mention.actor.sector in GROUP_SECTORS)


def _is_state(mention: Mention) -> bool:
    """What "it" may stand for: a state, a singular organisation or body ("the military")."""
    return mention.kind in STATE_KINDS or (
        mention.kind in (ORG, BODY) and not mention.actor.text.endswith("s")
    )


_NOT_DOING: Final = frozenset({"becoming", "getting", "being", "seeming", "raining", "nothing"})


def _it_acts(text: str, at: int) -> bool:
    """Whether "it" is an actor here: "it will", "it had halted", "it is willing to", "it was
    fighting"; not "it is clear", "it seems", "it is becoming clear"."""
    rest = [w.lower().strip(",.;:\"'“”") for w in text[at : at + 40].split()[:3]]
    if not rest:
        return False
    if rest[0] in ("is", "was", "'s") and len(rest) > 1:
        if rest[1].endswith("ing") and rest[1] not in _NOT_DOING:
            return True  # "it was fighting the rebels": a progressive, an act
        if rest[1].endswith("ly") and len(rest) > 2:
            # round 54 (miss54f): one adverb before the stance, quoted or not ("said it was
            # deeply concerned", 'it was "deeply troubled"'); not "it was deeply troubling"
            return rest[2] in _INTENT_ADJECTIVES
        return rest[1] in _INTENT_ADJECTIVES
    if rest[0] in _IT_TAKES and len(rest) > 1:
        return rest[1] in _TAKEN  # "it took note", "it took steps" (not "it took weeks")
    return rest[0] not in _IT_NOT_ACTING


def _inside(mentions: Sequence[Mention], at: int) -> bool:
    return any(m.start <= at < m.end for m in mentions)


def _merged(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Both lists in text order; an extra mention overlapping a found one is dropped."""
    if not extra:
        return mentions
    starts = [m.start for m in mentions]
    kept = list(mentions)
    for mention in extra:
        index = bisect_right(starts, mention.start)
        if index and mentions[index - 1].end > mention.start:
            continue
        if index < len(mentions) and mentions[index].start < mention.end:
            continue
        kept.append(mention)
    return sorted(kept, key=_START)
