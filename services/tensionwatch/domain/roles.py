"""Who did it and to whom: the source and target of a trigger from the clause structure.

- Active voice: the source is the subject, the nearest mention before the trigger in its
  clause that no preposition governs (a reported clause starts after "X said (that)"; an
  apposition, a parenthesis or a closed relative clause is stepped over; inside a relative
  clause without its own subject, the antecedent; a verb joined by "and" to the one before
  shares its subject); the target is the first mention after the trigger in its clause that
  is not a place (see `targets` and `clauses`).
- Passive voice ("was attacked (by X)", "came under fire from X"): the subject is the target
  and the "by"/"from" agent the source.
- Nouns: "X's attack on Y", "the attack by X on Y", "sanctions by X".
- Symmetric acts (meet, agree, cooperate): "X and Y met", "talks between X and Y".
- Mentions in datelines and attributions, and places, are never parties; a target that is
  the source again (the same words, or the same state) is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache, partial
from typing import Final, NamedTuple

from tensionwatch.domain.actor import IGO_SECTOR, JUDICIAL_SECTOR, Actor
from tensionwatch.domain.actor_data import country_names
from tensionwatch.domain.acts import PRAISING, PROTEST_CONTENT_ROOTS
from tensionwatch.domain.cameo import (
    AID_PLEDGE,
    ARREST,
    ASKING_ROOTS,
    COERCE_ROOT,
    CONSULT_ROOT,
    DENIAL,
    DISAPPROVE_ROOT,
    FORCE_POSTURE_ROOT,
    INTENT_ROOT,
    OCCUPY,
    PRESSING_ROOTS,
    PROTEST_ROOT,
    RELEASED_PERSONS,
    RETURN,
    SANCTIONS_IMPOSED,
    SAYING_ROOTS,
    SYMMETRIC_ROOTS,
    THREAT_ROOT,
    THREATENED_PROTEST,
    TIES_CUT,
)
from tensionwatch.domain.clause_words import (
    ANSWER_STEMS,
    ARTICLES,
    ASSAULT_NOUNS,
    BACK_VERBS,
    BE,
    CLAUSAL,
    COUNT_AFTER_AT,
    DENYING,
    FINITE,
    INDEFINITE_ARTICLES,
    LOCATIVE,
    NOUN_OPENERS,
    OBJECT_OPENERS,
    OPENING_MARKS,
    OWNED_ENDINGS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTES,
    RELATIVES,
    SAY,
    THIRD_POSSESSIVES,
    WEEKDAY_NAMES,
    WOUNDING,
    disjoint_in,
    link_before,
)
from tensionwatch.domain.clauses import Layout
from tensionwatch.domain.context import (
    ARMED_FORCES,
    ARMED_GROUPS,
    CIVIC_SECTORS,
    DOMESTIC_CRITICS,
    FORCE_NOUNS,
    HOME_STATE,
    PLACE,
    PRONOUN,
    STATE_FORCES,
    STATE_KINDS,
    STATE_SECTORS,
    Mention,
    organised,
    other_of_pair,
    same_entity,
)
from tensionwatch.domain.existence import (
    CASUALTY_LINKS,
    CASUALTY_WORDS,
    COME,
    PASSIVE_OPENERS,
    PAST_PASSIVE_AUXILIARIES,
    PLAN_MODALS,
    RELEASING_VERBS,
    SUBJECT_RELATIVES,
    gapped_passive,
    time_or_adverb,
)
from tensionwatch.domain.targets import (
    ADDRESSING,
    BORDERS,
    CONDITIONS,
    OUTSIDE_ADDRESSEES,
    SITES,
    VIOLENT_ROOTS,
    Trigger,
    find_object,
    reported_answer,
)

FILINGS: Final = frozenset("suit lawsuit complaint petition".split())  # filed by an accuser
# The words an implied party stands for (it has none in the sentence).
IMPLIED_WORDS: Final[dict[str, str]] = {
    "OPP": "(protesters)",
    "CVL": "(people)",
    "GOV": "(government)",
    "MIL": "(forces)",
    "JUD": "(court)",
    "COP": "(police)",
    "LEG": "(parliament)",
    "MED": "(journalists)",
}
# A state's organs less its legislature (`context.STATE_SECTORS`): those that arrest, fight and
# make policy; a parliament's members criticise a policy as a critic does. (Neither the sets nor
# the unit tests tell this apart from all six organs: every event is the same either way.)
STATE_BODIES: Final[frozenset[str]] = STATE_SECTORS - {"LEG"}
# armed groups and gangs (_own_act, emergency_at_home)
OUTLAW_SECTORS: Final = ARMED_GROUPS | {"CRM"}
# Sides whose street protest (14) names no addressee is not against their own government: an
# armed group's is against others too. A state's is a diplomatic complaint ("Japan protested
# the sentence", 114, `cameo.COMPLAINT`); a 14 left with a state as its source is people
# the actor index read as their state ("French farmers blocked roads around Paris": Paris).
OWN_PAIR_WORDS: Final = frozenset({"their", "them", "themselves"})  # "between their countries"
BETWEEN_BREAKS: Final = frozenset(
    {"and", "with", "but", ","}
)  # another verb or party before "between"
MUTUAL_FIGHTING: Final = frozenset({"193"})  # "the gunfight between militants and forces"
# Fighting that takes two sides: "Thai and Cambodian troops clashed", "fought each other".
MUTUAL_VERBS: Final = ("clash", "skirmish", "fought", "battled")
TRADED: Final = frozenset(
    "traded trade trading exchanged exchange exchanging swapped swap swapping".split()
)  # accusations
FIGHTING_ROOTS: Final = frozenset({"19"})  # a fight's noun takes both sides from "between X and Y"
WITH_REACH: Final = 3  # tokens from a meeting's trigger to the party it was held "with"
MEDIATING_CODES: Final = frozenset({"045", "038", "039", "043", "028", "108"})
AGENT_REACH: Final = 10  # tokens from the trigger to its "by" agent
BE_WORDS: Final = frozenset(
    "was were been being is are be got get gets has have had also reportedly allegedly "
    "later then not never already".split()
)
BE_FORMS: Final = frozenset(
    {"was", "were", "been", "being", "is", "are", "be", "got", "get", "gets"}
)
IRREGULAR_PARTICIPLES: Final[frozenset[str]] = frozenset(
    "shot held hit struck taken beaten seen caught brought sent thrown bought sold slain "
    "stabbed frozen broken given met overrun withdrawn driven killed shut cut flown".split()
)
TRANSITIVE_ONLY: Final = frozenset(
    "killed wounded injured arrested detained abducted kidnapped captured executed slain jailed "
    "imprisoned deported expelled".split()
)
REDUCED_FOLLOWERS: Final = frozenset(
    "in on at during near last when after while since overnight earlier yesterday".split()
)
# "marched toward Congress demanding ...": where a march goes does not do the demanding
GOALS: Final = frozenset({"toward", "towards", "to", "into", "on"})
# "was placed under house arrest by X": the one placed is the target, X the source.
PLACED_UNDER: Final = frozenset("placed put kept held".split())
DREW: Final = frozenset(
    "drew draw draws drawn drawing faced faces face facing received receive receives "
    "sparked sparking suffered suffer suffers suffering prompting provoking triggering "
    "attracting".split()
)
# Words right before a criticism whose object, the act criticised, stands before them: "The
# detention drew condemnation from X", and the passive's subject, "The verdict was condemned
# by X".
CRITICISED_BEFORE: Final = DREW | {"was", "were"}
# "received weapons from Iran", "obtained a loan from the IMF", "accepted aid from the EU":
# the one who gets a gift, a loan, a promise or support is its target, the giver "from" whom
# it came the source (verb triggers of these roots; a noun after them reads as a passive).
RECEIVING: Final = frozenset(
    "received receive receives receiving obtained obtain obtains obtaining got get gets "
    "getting accepted accept accepts accepting secured secure secures securing".split()
)
GIVEN_ROOTS: Final = frozenset({"03", "05", "07"})
# "A second defendant received eight years", "received the stiffest sentence": a sentence
# passed (173) that the subject receives is told in the passive (labelling guide point 49)
SENTENCE_CODE: Final = ARREST  # 173, an arrest or a sentence passed
SENTENCE_RECEIVED: Final = frozenset("received receives receiving got".split())
# Accepting an offer, an invitation or a promise is the accepter's own act (it agrees);
# only accepted aid (07) is the giver's.
ACCEPTING: Final = frozenset("accepted accept accepts accepting".split())
AID_ROOT: Final = "07"
CALL: Final = "041"  # "received a call from X": the caller is the source
# "X and Y", "X and the Y", "Mr X and Mr Y" (an honorific is no part of the name found); round 61
# (roles61): "two Malian soldiers and a Nigerien officer" (the indefinite article too)
_CONJOINED: Final = re.compile(
    r"^\s*(?:,\s*)?(?:and|&)\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+|"
    r"(?:mr|mrs|ms)\s*\.?\s+)?"
    r"(?:\d[\d,]*\s+)?$",
    re.IGNORECASE,
)
COORDINATORS: Final = frozenset({"and", "or", "but"})
UNDER: Final[frozenset[str]] = frozenset({"under"})  # "came under attack" (`_came_under`)
DETERMINER_WORDS: Final = NOUN_OPENERS | {"that", "of"}
ADJECTIVE_ENDINGS: Final = ("ish", "ese", "ian", "ic", "an", "i", "ch", "ek", "ss")
ADJECTIVE_FORMS: Final = frozenset({"U.S.", "US", "UN", "U.N.", "EU", "NATO", "Thai", "Greek"})
ANOTHER: Final = frozenset({"another", "others", "second", "third", "fourth", "fifth"})
RELATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    "in during under by after since through from at".split()
)
ADVERBS: Final = frozenset(
    "also then later subsequently again reportedly allegedly further".split()
)
# After "and", only a verb phrase goes on with these: "condemned X and has vowed to": the
# subject is shared even when the word before "and" belongs to another party.
AUXILIARIES: Final[frozenset[str]] = frozenset(
    "has have had will would shall should can could may might must".split()
)


ANSWERS: Final = frozenset("retaliation response revenge reprisal reaction".split())
# not "during clashes"; "protested over the attack": the reason, someone else's act
TIME_PREPOSITIONS: Final = frozenset("after before following since over".split())
NOT_THINGS: Final = SAY | frozenset("so such now and or but than".split())  # "said that", "so that"


# "condemned the strikes", "called the verdict a sham": the act criticised, by its noun, and
# the PLOVER types whose maker (in the sentence before) the criticism targets (none: any act).
_FORCE: Final = ("ASSAULT", "COERCE")
# "the use of force", "the use of violence": the force criticised, as "the violence" is
USE_OF: Final = ["use", "of"]
USED_FORCE: Final = frozenset({"force", "violence"})
CRITICISED: Final[dict[str, tuple[str, ...]]] = {
    **dict.fromkeys(
        (*ASSAULT_NOUNS, *"killing killings shooting shootings assault ramming rammings".split()),
        ("ASSAULT",),
    ),
    # a strike is also a stoppage of work, a protest ("backed the strike" of the miners)
    **dict.fromkeys("strike strikes".split(), ("ASSAULT", "PROTEST")),
    # "detained two men in a raid": a raid by troops or police is force or arrests
    **dict.fromkeys("raid raids".split(), _FORCE),
    **dict.fromkeys("violence force abuses attacks execution executions".split(), _FORCE),
    **dict.fromkeys(
        "launch launches test tests drills exercises deployment".split(), ("MOBILIZE",)
    ),
    **dict.fromkeys(
        "arrest arrests detention detentions verdict verdicts sentence sentences conviction "
        "convictions crackdown crackdowns ban bans seizure seizures deportation deportations "
        "jailing imprisonment".split(),
        ("COERCE",),
    ),
    # round 42 (wire42): "called the charges a political lynching", "condemned the indictment":
    # a charge brought is an arrest or charge with legal action (CAMEO 173, labelling guide
    # point 24)
    **dict.fromkeys("charge charges indictment indictments".split(), ("COERCE",)),
    # "condemned what it called atrocities committed in the city", "denounced the massacre"
    **dict.fromkeys("atrocity atrocities massacre massacres".split(), _FORCE),
    **dict.fromkeys("sanctions expulsion expulsions".split(), ("SANCTION",)),
    # round 62 (targets62): "suspended the licence of a radio station ... condemned the
    # suspension", "arrived in Kyiv on a visit ... criticised the visit": a suspension of a
    # licence, of aid or of ties told before (coercion or a sanction), a visit (a consultation)
    # (only the one told by its verb, `TOLD_BY_VERB`: any act of those types may be no suspension)
    **dict.fromkeys("suspension suspensions".split(), ("COERCE", "SANCTION")),
    **dict.fromkeys("visit visits".split(), ("CONSULT",)),
    # "welcomed the extradition": a handing over of a person, done (CAMEO 174, COERCE, round 46)
    # or allowed by a court (063, judicial cooperation)
    **dict.fromkeys("extradition extraditions".split(), ("COERCE", "COOPERATE")),
    # "welcomed the summons": an envoy summoned to hear a protest
    **dict.fromkeys("summons summoning".split(), ("ACCUSE", "CONSULT")),
    **dict.fromkeys("offer offers proposal proposals".split(), ("AGREE", "REQUEST")),
    **dict.fromkeys(
        "decision move step plan measure measures incident incidents ruling judgment "
        # "condemned the attempt": an attempted act of any type (a coup, a seizure)
        "judgement action actions attempt".split(),
        (),
    ),
    # round 56 (miss56): "freed 20 prisoners ... Ankara welcomed the gesture": a gesture is an act
    # of the story of any type, its maker's (labelling guide point 32)
    **dict.fromkeys("gesture gestures".split(), ()),
    **dict.fromkeys("accusation accusations allegation allegations".split(), ("ACCUSE",)),
    # "condemned the remarks": what a party said, an accusation or an appeal or demand
    **dict.fromkeys("remarks comments".split(), ("ACCUSE", "REQUEST")),
    # "condemned the resolution", "rejected the statement": what a body adopted or a
    # government said, whose maker (a censure, an appeal, a demand) the reproach answers
    **dict.fromkeys(
        "resolution resolutions statement statements".split(), ("ACCUSE", "REQUEST", "SANCTION")
    ),
    # "condemned the violation", "denounced the repression": a breach or force already told
    **dict.fromkeys("violation violations".split(), ("MOBILIZE", "ASSAULT")),
    **dict.fromkeys("repression".split(), _FORCE),
    # "welcomed the veto", "rejected the demand" (a threat's condition is a demand too)
    **dict.fromkeys("veto vetoes".split(), ("REJECT",)),
    **dict.fromkeys("demand demands ultimatum ultimatums".split(), ("REQUEST", "THREATEN")),
    # round 44 (sides44): "Finland has closed the last crossing ... Amnesty criticised the
    # closure", "Saudi Arabia and Qatar welcomed the talks", "welcomed the agreement", "welcomed
    # the releases": a closed border (CAMEO 191), talks, a deal and a release told earlier are
    # their makers' (the first-named side of talks or a deal: labelling guide point 32)
    **dict.fromkeys("closure closures blockade".split(), ("COERCE",)),
    **dict.fromkeys("talks".split(), ("CONSULT",)),
    **dict.fromkeys("deal agreement accord pact".split(), ("AGREE", "SUPPORT", "CONSULT")),
    **dict.fromkeys("release releases".split(), ("RETREAT", "CONCEDE")),
    # round 45 (sides45): a made thing names its maker as the act that made it does: "a court
    # issued a warrant for his arrest ... he rejected the warrant" (the court, labelling guide
    # point 46), "X banned arms sales to Y ... welcomed the embargo" (the banning state)
    **dict.fromkeys("warrant warrants".split(), ("COERCE",)),
    **dict.fromkeys("embargo embargoes".split(), ("SANCTION", "COERCE")),
}
# "hit back", "struck back", "fought back" (`clause_words.BACK_VERBS`): an answer told by a verb
# and its particle (two tokens, which no stem of one token matches)


# "returned fire", "were returning fire": fire answering fire (not "returned home")
RETURN_VERBS: Final = frozenset("return returns returned returning".split())


def answering(window: Sequence[str]) -> bool:
    """Whether the words say an act answers another ("retaliated", "in response", "hit back",
    "returned fire")."""
    for index, word in enumerate(window):
        if word.startswith(ANSWER_STEMS):
            return True
        if word in BACK_VERBS and window[index + 1 : index + 2] == ["back"]:
            return True
        if word in RETURN_VERBS and window[index + 1 : index + 2] == ["fire"]:
            return True
    return False


IN_RESPONSE: Final[int] = 3  # words after a hostile act that may say it answers ("in response")
HOSTILE_TYPES: Final = ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE")
CRITICISED_DETERMINERS: Final = frozenset("the this these that latest recent his her their".split())
POLICY_DETERMINERS: Final = CRITICISED_DETERMINERS | frozenset({"new", "proposed", "planned"})
# "condemned Sunday's killings", "Tuesday's strikes": a day's possessive is a determiner too
DAY_POSSESSIVES: Final = frozenset(
    day + "'s" for day in (*WEEKDAY_NAMES, "yesterday", "today", "weekend")
)


def criticised_noun(words: Sequence[str], token: int) -> str | None:
    """The noun of a definite act named at `token` ("the strikes", "Sunday's killings") with at
    most one word describing it between ("criticised the mass arrests", "condemned the
    deadly shelling"), if `CRITICISED` knows it."""
    at = criticised_at(words, token)
    return words[at] if at >= 0 else None


# "condemned what it called the killings", "what he described as an assault": the critic's
# own name for an act told before stands after these
WHAT_CALLED: Final = frozenset({"called", "termed", "described"})


def criticised_at(words: Sequence[str], token: int) -> int:
    """Where the noun `criticised_noun` reads stands (-1: none)."""
    word = words[token]
    if word == "what":
        return _called_at(words, token)
    if word not in CRITICISED_DETERMINERS and word not in DAY_POSSESSIVES:
        return -1
    following = words[token + 1 : token + 3]
    if following and following[0] in CRITICISED:
        return token + 1
    if following == USE_OF and token + 3 < len(words) and words[token + 3] in USED_FORCE:
        return token + 3  # "condemned the use of force against the strikers" (align42)
    if following and following[0] in QUOTES:  # 'condemned the "barbaric" attack'
        return _quoted_modifier(words, token + 1)
    if len(following) < 2 or following[1] not in CRITICISED:
        return -1
    modifier = following[0]
    if not modifier.isalpha() or modifier in NOT_MODIFIERS:
        return -1
    return token + 2


def _called_at(words: Sequence[str], what: int) -> int:
    """Where the noun stands in "what it called the killings", "what they described as
    attacks" (`WHAT_CALLED`, one word naming the caller), bare or after "the", "a" or "an"
    with at most one word describing it (-1: none)."""
    at = what + 3
    if at >= len(words) or words[what + 2] not in WHAT_CALLED:
        return -1
    if words[what + 2] == "described":
        if words[at] != "as":
            return -1
        at += 1
    if at >= len(words):
        return -1
    if words[at] in CRITICISED:
        return at
    if words[at] not in ARTICLES:
        return -1
    for noun in (at + 1, at + 2):
        if noun < len(words) and words[noun] in CRITICISED:
            modifier = words[at + 1]
            if noun == at + 1 or (modifier.isalpha() and modifier not in NOT_MODIFIERS):
                return noun
    return -1


def _quoted_modifier(words: Sequence[str], opening: int) -> int:
    """Where the noun stands after one quoted word describing it ('the "cowardly" attack'),
    the quote tokens around the word (-1: none)."""
    noun = opening + 3
    if noun >= len(words) or words[opening + 2] not in QUOTES or words[noun] not in CRITICISED:
        return -1
    modifier = words[opening + 1]
    return noun if modifier.isalpha() and modifier not in NOT_MODIFIERS else -1


# Words that, between a determiner and a noun of `CRITICISED`, open another phrase than a
# description of it ("the ban on", "that the attack")
NOT_MODIFIERS: Final = ARTICLES | CRITICISED_DETERMINERS | PREPOSITIONS | COORDINATORS | SAY


class Roles(NamedTuple):
    """The two sides of an act, how far (in characters) they stand from its trigger, and the
    mentions they came from (for the sentence's next act)."""

    source: Actor | None
    target: Actor | None
    distance: int
    source_mention: int | None = None
    target_mention: int | None = None


NOBODY: Final = Roles(None, None, 0)
# Builds `Roles` from a tuple of its five fields without NamedTuple's Python-level `__new__`
# (as `context.plain_mention`): `assign` makes one per act a sentence's triggers name.
_new_roles: Final = partial(tuple.__new__, Roles)


def assign(layout: Layout, trigger: Trigger, previous: Roles | None = None) -> Roles:
    """Source and target of `trigger` (`previous`: the roles of the act coded just before it
    in the sentence, whose subject a coordinated verb shares)."""
    if not layout.mentions:
        return NOBODY
    # praise and endorsement (`acts.PRAISING`, 051) is one side's act on a third party's deed:
    # "Saudi Arabia and Qatar welcomed the talks" is two welcomers of the talks' makers (labelling
    # guide point 32), not two sides acting together as signers or the parties to talks are
    # (round 44, sides44)
    symmetric = (
        trigger.code[:2] in SYMMETRIC_ROOTS
        and trigger.code[:3] not in MEDIATING_CODES
        and trigger.code[:3] not in PRAISING
    ) or trigger.code in MUTUAL_FIGHTING
    symmetric = symmetric or (
        trigger.code[:2] in FIGHTING_ROOTS and layout.words[trigger.head].startswith(MUTUAL_VERBS)
    )
    symmetric = symmetric or (trigger.head > 0 and layout.words[trigger.head - 1] in TRADED)
    symmetric = symmetric or layout.words[trigger.head] in TRADED  # "X and Y exchanged prisoners"
    symmetric = symmetric or _each_released(layout, trigger)  # "X and Y each freed 90 prisoners"
    giver = _giver(layout, trigger)
    symmetric = symmetric and giver is None  # "received a call from X": X called
    pair = _joint_pair(layout, trigger) if symmetric else None
    if pair is None and trigger.code[:2] in FIGHTING_ROOTS and _fight_noun(layout, trigger):
        pair = _between(layout, trigger, _after(layout, trigger))  # "clashes between X and Y"
    source: int | None
    target: int | None
    if pair is not None:
        source, target = pair
    elif (agent := _subject_first(layout, trigger)) is not None:
        source, target = agent  # "The Spanish ambassador was summoned by Argentina's ministry"
    elif (held := _placed_under(layout, trigger, previous)) is not None:
        source, target = held  # "The court placed X under house arrest", "ordered X jailed"
    elif _passive(layout, trigger) or _fell_to(layout, trigger):
        source, target = _passive_roles(layout, trigger, previous)
    elif _reduced(layout, trigger):
        source, target = _agent(layout, trigger, ("by",), 2), _noun_before(layout, trigger)
    elif trigger.noun and (victims := _victims_of(layout, trigger)) is not None:
        source = _possessor(layout, trigger)  # "two soldiers were killed in the attack"
        source = source if source is not None else _adjectival(layout, trigger)
        source = source if source is not None else _agent(layout, trigger, ("by",))
        target = victims
    elif trigger.noun:
        source, target = _noun_roles(layout, trigger, previous)
    elif giver is not None:
        source, target = giver, _subject(layout, trigger, previous)
    elif (inverted := _inverted(layout, trigger)) is not None:
        source, target = inverted
    else:
        source = _participle_speaker(layout, trigger, _subject(layout, trigger, previous))
        target = _object_relative(layout, trigger, source)
        target = target if target is not None else find_object(layout, trigger, source)
        target = target if target is not None else _addressee(layout, trigger, source)
        target = target if target is not None else _another(layout, trigger, previous)
        target = target if target is not None else _provoker(layout, trigger, source)
        target = target if target is not None else _conjunct_object(layout, trigger, source)
    source = source if source is not None else _unturned_agent(layout, trigger, target)
    target = _condemned_doer(layout, trigger, source, target)
    authored = _author_in_trigger(layout, trigger, source)
    target = authored if authored is not None else target
    target = _not_a_measure(layout, trigger, source, target)  # "against the EU's trade deal"
    target = _not_guarded(layout, trigger, target)  # "sent frigates to patrol the waters"
    target = _posture_clause(layout, trigger, source, target)  # "... and offered help to X"
    target = _victims_when(layout, trigger, target)  # "were killed when rockets hit"
    source, target = _handed_note(layout, trigger, source, target, previous)
    source, target = _sent_note(layout, trigger, source, target, previous)
    return _voiced_state(layout, trigger, _roles(layout, trigger, source, target))


# Round 62 (roles62): "Chief Minister X wrote to Foreign Minister Y, urging him to secure the
# release ...", "Finance Minister X told lawmakers that Ghana had flouted the treaty,
# accusing Accra of ...": a participle of a demand or a reproach set off by a comma after the
# main clause is said by the main clause's subject, the party that opens the sentence, not by
# the party the main verb addresses ("to Y": the urging had no source) nor one inside the clause
# it reports (after "that": the bloc took the accusation)
_SPEAKING_PARTICIPLES: Final = frozenset(
    "urging accusing asking calling demanding blaming appealing pressing".split()
)
_OPENING_WORDS: Final = ARTICLES | frozenset({")", "-", "\u2014", "\u2013", "--"})


def _participle_speaker(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """The sentence's opening subject for a comma's speaking participle whose subject search
    found no party, an addressee (a party after a preposition) or a party after "that"."""
    head, words = trigger.head, layout.words
    if head < 2 or words[head] not in _SPEAKING_PARTICIPLES or words[head - 1] != ",":
        return source
    opening = _opening_subject(layout)
    if opening is None or opening == source or layout.last[opening] >= head:
        return source
    if source is not None and layout.prep[source] is None:
        if layout.first[source] < layout.last[opening]:
            return source
        if "that" not in words[layout.last[opening] : layout.first[source]]:
            return source
    return opening


def _opening_subject(layout: Layout) -> int | None:
    """The party that opens the sentence (after its dateline and an article), if any: no
    preposition's object, no aside."""
    opening = next((m for m in range(len(layout.mentions)) if not layout.blocked[m]), None)
    if opening is None or layout.prep[opening] is not None:
        return None
    words = layout.words
    at = layout.first[opening] - 1
    while at >= 0 and words[at] in ARTICLES:
        at -= 1
    return opening if at < 0 or words[at] in _OPENING_WORDS else None


# Round 59 (parties59b): "A ministry spokeswoman, Irina Sokolova, warned that Belarus would answer
# by expelling an Estonian envoy" (wp39-a01-s05), "Embassy spokesman Yuri Orlov warned that
# Minsk would retaliate" (wp37-a11-s04): a state's spokesman whose state the sentence does
# not name (the article gave him one, often the dateline's) warns in that state's name when the
# clause he reports has a state as its subject vowing to answer; the state is his, not the one
# threatened (the threatened side is filled from the article, as for any threat that names none).
# The state is named by a place or its seat (`STATE_KINDS`).


def _voiced_state(layout: Layout, trigger: Trigger, found: Roles) -> Roles:
    """A threat whose target is the state its speaker reports as vowing to answer ("warned
    that Moscow would respond"), while the speaker's state came from the article alone: the
    speaker speaks for that state and the threat names no target."""
    speaking, vowing = found.source_mention, found.target_mention
    if trigger.code[:2] != THREAT_ROOT or speaking is None or vowing is None:
        return found
    speaker, state = layout.mentions[speaking], layout.mentions[vowing]
    if not speaker.resolved or state.resolved or state.kind not in STATE_KINDS:
        return found
    country = state.actor.country
    if speaker.actor.sector != "GOV" or country is None or country == speaker.actor.country:
        return found
    first = layout.first[vowing]
    if first <= trigger.head + 1 or layout.words[first - 1] != "that":
        return found  # "warned Moscow": the one warned
    if not reported_answer(layout, trigger, vowing):
        return found
    voice = Actor(speaker.actor.text, country + "GOV", country, "GOV")
    return found._replace(source=voice, target=None, target_mention=None)


# Round 59 (parties59): "A deputy minister handed the ambassador a note demanding ...",
# "organisers handed the council a petition calling for ...", "handed the Kenyan envoy a protest
# note": the party a note, letter or petition is handed to (the first object of a verb of giving,
# the document its second) is the act's target, the giver's subject its source (labelling guide
# section 2: the addressee is the target), never the maker of the document's demand.
GIVING_VERBS: Final = frozenset(
    "handed hands hand handing gave gives give giving delivered delivers deliver delivering "
    "presented presents present presenting".split()
)
DOCUMENTS: Final = frozenset(
    "note notes letter letters petition petitions memorandum demarche démarche message "
    "ultimatum list".split()
)
HANDED_REACH: Final = 6  # tokens from the first object's end to the trigger
HANDED_BREAKS: Final = frozenset({",", ";", "and", "but", "who", "which", "that"})


def _handed_to(layout: Layout, index: int, trigger: Trigger) -> int:
    """The token of the verb of giving whose first object is mention `index`, the document
    (opened by "a" or "an") standing between it and the trigger ("handed the ambassador a
    note demanding"); -1 when the mention is no such object."""
    words = layout.words
    first = layout.first[index]
    after = layout.last[index] + 1
    if (
        after >= trigger.head
        or trigger.head - after > HANDED_REACH
        or words[after] not in INDEFINITE_ARTICLES
        or not disjoint_in(HANDED_BREAKS, words, after, trigger.head)
    ):
        return -1
    if disjoint_in(DOCUMENTS, words, after + 1, trigger.last + 1):
        return -1  # "hands Canberra a veto": no document handed
    verb = first - 1
    if verb > 0 and words[verb] in ARTICLES:
        verb -= 1
    if verb < 1 or words[verb] not in GIVING_VERBS or words[verb - 1] in ("and", "to"):
        return -1  # "summoned the envoy and handed him a note": the summons's act, one event
    return verb


def _handed_note(
    layout: Layout,
    trigger: Trigger,
    recipient: int | None,
    target: int | None,
    previous: Roles | None,
) -> tuple[int | None, int | None]:
    """With the source found the first object of a verb of giving (`_handed_to`), the giver
    (that verb's subject) as the source and the one handed the document as the target, unless
    the act's object is the subject of a clause of its own ("handed the envoy a note demanding
    that Naypyitaw stop the shelling"); else the two as found."""
    if recipient is None:
        return recipient, target
    verb = _handed_to(layout, recipient, trigger)
    if verb < 0:
        return recipient, target
    start = layout.starts[verb]
    giver = _subject(layout, Trigger(verb, verb, start, start, trigger.code), previous)
    if giver == recipient:
        giver = None
    if (
        target is not None
        and target != recipient
        and layout.first[target] > 0
        and layout.words[layout.first[target] - 1] == "that"
    ):
        return giver, target
    return giver, recipient


# Round 60 (targets60): "Quito had sent a formal note to Lima asking that the former minister be
# handed back" (wp24-a05-s01), "sent a letter to the Icelandic coast guard directorate demanding
# answers" (fp9-a15-s10), "sent protest notes to Hanoi and Manila objecting to" (wp41-a20-s02),
# "a note seeking the ex-premier's extradition had been sent to Colombo" (w8-a09-s01): a note,
# letter or petition sent "to" a party is addressed to it; the demand or objection the document
# carries (a participle on the document, before or after the "to" phrase) is aimed at that
# addressee, the sender (the sending verb's subject) making it (labelling guide section 2: the
# addressee is the target), not at the person the demand names nor the party named last before
# the participle. A complaint (11) whose own object is a party of another state ("a letter to
# the Security Council protesting Ethiopia's dam") keeps it. What a document carries is what a
# protest carries (`acts.PROTEST_CONTENT_ROOTS`: an appeal, a demand, a charge); a form of "be"
# (`BE`) before the sending verb makes it a passive.
SENDING_VERBS: Final = GIVING_VERBS | frozenset(
    "sent sends send sending addressed addresses dispatched dispatches submitted submits".split()
)
SENT_REACH: Final = 5  # tokens from the sending verb to its document, and back
SENT_AHEAD: Final = 12  # tokens from a document's participle to "... been sent to X"


def _sent_note(
    layout: Layout,
    trigger: Trigger,
    source: int | None,
    target: int | None,
    previous: Roles | None,
) -> tuple[int | None, int | None]:
    """The act a document carries, sent to a party (`_sent_to`): the sender (the sending verb's
    subject; in the passive, the source as found unless it is the addressee, else the
    reported speaker) acts on the addressee."""
    if trigger.noun or trigger.code[:2] not in PROTEST_CONTENT_ROOTS:
        return source, target
    words = layout.words
    if not words[trigger.head].endswith("ing"):
        return source, target
    found = _sent_to(layout, trigger)
    if found is None:
        return source, target
    recipient, verb = found
    if (
        trigger.code[:2] == DISAPPROVE_ROOT
        and target is not None
        and target != recipient
        and layout.first[target] > trigger.head
        and layout.mentions[target].other is None  # not "the two countries' plan"
        and layout.mentions[target].actor.country != layout.mentions[recipient].actor.country
    ):
        return source, target  # "a letter to the Council protesting Ethiopia's dam"
    if verb >= 0 and words[verb - 1] not in BE:
        start = layout.starts[verb]
        sender = _subject(layout, Trigger(verb, verb, start, start, trigger.code), previous)
        return (sender if sender != recipient else None), recipient
    source = source if source != recipient else None
    speaker = layout.speaker
    if (
        source is None
        and speaker is not None
        and layout.last[speaker] < trigger.head
        and layout.mentions[speaker].actor.country != layout.mentions[recipient].actor.country
    ):
        source = speaker  # "X told reporters that a note ... had been sent to Y": X's side
    return source, recipient


def _sent_to(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """(addressee, sending verb's token) of a document sent "to" a party whose participle is
    `trigger`: "sent a note to X [and Y][,] asking", "a note had been sent to X seeking"; or
    (addressee, -1) for "a note requesting ... had been sent to X". None when no such form."""
    found = _sent_before(layout, trigger)
    if found is not None:
        return found
    words = layout.words
    head = trigger.head
    if head > 0 and words[head - 1] in DOCUMENTS:
        end = min(head + SENT_AHEAD, len(words) - 2)
        for k in range(head + 1, end):
            if words[k] in SENT_BREAKS:
                return None
            if words[k] in SENDING_VERBS and words[k - 1] in BE:
                addressee = _mention_at(layout, k + 2) if words[k + 1] == "to" else None
                return (addressee, -1) if addressee is not None else None
    return None


SENT_BREAKS: Final = frozenset({";", ".", "and", "but"})


def _mention_at(layout: Layout, start: int) -> int | None:
    """The mention opening at token `start`, or right after an article there: the owner of
    that token (`Layout.owner`), when the mention opens on it."""
    for token in (start, start + 1) if layout.words[start] in ARTICLES else (start,):
        index = layout.owner.get(token, -1)
        if index >= 0 and layout.first[index] == token:
            return index
    return None


def _mention_ending(layout: Layout, token: int) -> int | None:
    """The first mention whose last token is `token`, or None."""
    return next((i for i in range(len(layout.mentions)) if layout.last[i] == token), None)


def _sent_before(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """(addressee, sending verb's token) when the participle follows the addressee: "sent a
    note to X [and Y][,] asking", "a note had been sent to the X ministry seeking"."""
    words = layout.words
    head = trigger.head
    before = head - 1 if head > 0 and words[head - 1] == "," else head
    # the addressee ending right before the participle, the first of a pair joined by "and"
    index = _mention_ending(layout, before - 1)
    if index is None:
        return None
    first = layout.first[index]
    if first > 1 and words[first - 1] == "and":
        joined = _mention_ending(layout, first - 2)
        if joined is not None:
            index, first = joined, layout.first[joined]
    low = max(first - SENT_REACH, 1)
    while first > low and words[first - 1] != "to" and words[first - 1].isalpha():
        first -= 1  # "to the Norwegian fisheries directorate"
    if first < 2 or words[first - 1] != "to":
        return None
    verb = first - 2
    low = max(verb - SENT_REACH, 0)
    while verb >= low and words[verb] not in SENDING_VERBS:
        verb -= 1
    if verb < max(low, 1):
        return None
    if disjoint_in(DOCUMENTS, words, max(verb - SENT_REACH, 0), first - 1):
        return None
    return index, verb


def _noun_roles(
    layout: Layout, trigger: Trigger, previous: Roles | None
) -> tuple[int | None, int | None]:
    """An act told by its noun: its maker the possessor ("Russia's attack"), the adjective
    ("Israeli strikes"), the "by" agent or the subject, its target the object after it; an
    attack repelled ("Ukrainian forces repelled a Russian assault") is the repeller's act on
    the attack's maker."""
    hurt = _hurt_in(layout, trigger)
    if hurt is not None:
        return hurt  # "Rebels wounded three policemen in a bomb attack"
    verb = repelling_verb(layout.words, trigger.head)
    if verb >= 0:
        start = layout.starts[verb]
        source = _subject(layout, Trigger(verb, verb, start, start, trigger.code), previous)
        target = _possessor(layout, trigger)
        target = target if target is not None else _adjectival(layout, trigger)
        target = target if target is not None else _agent(layout, trigger, ("by",))
        return source, target if target != source else None
    source = _possessor(layout, trigger)
    source = source if source is not None else _adjectival(layout, trigger)
    source = source if source is not None else _agent(layout, trigger, ("by",))
    source = source if source is not None else _blamed_on(layout, trigger)
    if source is None:
        source = _subject(layout, trigger, previous)
        if source is not None and _held_subject(layout, trigger, source):
            source = None  # "X was detained while filming the arrests": X is no arrester
    target = find_object(layout, trigger, source)
    target = target if target is not None else _addressee(layout, trigger, source)
    target = target if target is not None else _provoker(layout, trigger, source)
    return source, target


# Round 59 (parties59b): "A photographer for the local daily, Tomas Reyes, was also held while
# recording the detentions" (wp36-a17-s04), "Karim Aziz, 39, was taken from a cafe ... under the
# emergency decree, which permits internment without charge" (fp30-a13-s06): the subject of a
# passive is the one acted upon; a detention's noun later in the sentence is no act of his (round
# 58 left both: the unknown name became the arrest's source and outranked the passive's event).
SUBJECT_ASIDES: Final = frozenset({","})


def _held_subject(layout: Layout, trigger: Trigger, subject: int) -> bool:
    """Whether a coercion's noun would take as its maker the subject of a passive verb ("X,
    46, was taken", "X was also detained")."""
    if trigger.code[:2] != COERCE_ROOT:
        return False
    words = layout.words
    token = layout.last[subject] + 1
    while token < trigger.head and (words[token] in SUBJECT_ASIDES or words[token].isdigit()):
        token += 1
    if token >= trigger.head or words[token] not in BE_FORMS:
        return False
    token += 1
    while token < trigger.head and words[token] in BE_WORDS:
        token += 1
    return token < trigger.head and _participle(words[token])


def _blamed_on(layout: Layout, trigger: Trigger) -> int | None:
    """ "A drone strike blamed on the paramilitary forces hit an army base": the party an act's
    noun is blamed on right after it is its maker, as a "by" agent is (round 35, types2; the
    blame names no accuser, existence.reduced_relative)."""
    after = trigger.last + 1
    if layout.words[after : after + 2] != ["blamed", "on"]:
        return None
    index = layout.owner.get(after + 2)
    if index is None:
        index = layout.owner.get(after + 3)  # "blamed on the militia"
    if index is None or index < 0 or layout.blocked[index]:
        return None
    return index if layout.first[index] <= after + 4 else None


# Verbs of fighting off an attack: "repelled the attack", "fought off an assault", "thwarted
# a Russian offensive". The repeller uses force on the attack's maker.
REPELLING: Final = frozenset(
    "repel repels repelled repelling repulse repulses repulsed repulsing thwart thwarts "
    "thwarted thwarting foil foils foiled foiling".split()
)
REPELLING_PARTICLES: Final = {
    "off": frozenset(
        "fought fight fights fighting fend fends fended fending beat beats "
        "beating ward warded warding".split()
    ),
    "back": frozenset("beat beats beating beaten pushed push pushes pushing".split()),
}
REPELLED_NOUNS: Final = frozenset(
    "attack attacks assault assaults offensive raid raids incursion incursions advance "
    "advances onslaught".split()
)
REPEL_BREAKS: Final = frozenset(", ; : and or but by of after before".split())
REPEL_REACH: Final = 4  # words between the verb and the attack's noun ("a major Russian ground")


def repelling_verb(words: list[str], head: int) -> int:
    """The verb of fighting off the act noun at `head` ("repelled", "fought" of "fought off"),
    or -1 when the noun is no such verb's object."""
    if words[head] not in REPELLED_NOUNS:
        return -1
    for k in range(head - 1, max(head - 2 - REPEL_REACH, -1), -1):
        word = words[k]
        if word in REPELLING:
            return k
        verbs = REPELLING_PARTICLES.get(word)
        if verbs is not None:
            return k - 1 if k > 0 and words[k - 1] in verbs else -1
        if word in REPEL_BREAKS:
            return -1
    return -1


# How a clause after a condemned act names its doer: "the attack, which was carried out by X",
# "the raid, saying it was launched by X", "the bombing, which it blamed on X".
DOING_PARTICIPLES: Final = frozenset(
    "carried conducted launched mounted staged claimed committed perpetrated orchestrated "
    "fired ordered executed".split()
)
BLAMING: Final = frozenset("blamed blames blaming attributed attributes attributing".split())
DOER_CLAUSES: Final = frozenset({"which", "saying", "adding", "that"})
DOER_REACH: Final = 8  # tokens from the comma after the condemned act to its doer's "by"/"on"
CONDEMNED_REACH: Final[int] = 8  # tokens from the verb of condemning to the comma after its object
DOER_DETERMINERS: Final[frozenset[str]] = ARTICLES
DOER_BREAKS: Final = frozenset({",", ";", ":", "and", "but"})


def _condemned_doer(
    layout: Layout, trigger: Trigger, source: int | None, target: int | None
) -> int | None:
    """ "Lebanon denounced the raid, saying it was carried out by Israeli forces", "Iraq
    condemned the attack, which it blamed on Turkish drones": a condemnation with no party
    after its verb (or only one of its own side's, the victims: "the attack on its border
    post") targets the doer the clause after the condemned act names."""
    if trigger.code[:2] != DISAPPROVE_ROOT or trigger.noun:
        return target
    mentions = layout.mentions
    own = mentions[source].actor.country if source is not None else None
    if target is not None and (own is None or mentions[target].actor.country != own):
        return target
    comma = _doer_clause(layout, trigger, own)
    doer = _named_doer(layout, comma) if comma is not None else None
    if doer is None or (source is not None and same_entity(mentions[source], mentions[doer])):
        return target
    return doer


def _doer_clause(layout: Layout, trigger: Trigger, own: str | None) -> int | None:
    """The comma that opens a clause ("which", "saying") after the condemned act, when no party
    of another country than the condemner's stands between the verb and it ("condemned Russia,
    which ...": the party condemned is named)."""
    words = layout.words
    end = min(trigger.head + CONDEMNED_REACH + 1, len(words) - 1)
    comma = next((k for k in range(trigger.head + 2, end) if words[k] == ","), None)
    if comma is None or words[comma + 1] not in DOER_CLAUSES:
        return None
    for k in range(trigger.head + 1, comma):
        named = layout.owner.get(k, -1)
        if named >= 0 and (own is None or layout.mentions[named].actor.country != own):
            return None
    return comma


def _named_doer(layout: Layout, comma: int) -> int | None:
    """The party after "(was) carried out by", "launched by", "blamed on" in the clause."""
    words = layout.words
    for k in range(comma + 2, min(comma + 2 + DOER_REACH, len(words) - 1)):
        word = words[k]
        if word in DOER_BREAKS:
            return None
        if word in DOING_PARTICIPLES:
            by = k + 1 if words[k + 1] == "by" else k + 2  # "launched by", "carried out by"
            if words[by - 1 : by + 1] not in (["out", "by"], [word, "by"]):
                continue
        elif word in BLAMING:  # "blamed on", "blamed it on", "attributed to"
            ends = range(k + 1, min(k + 4, len(words)))
            by = next((j for j in ends if words[j] in ("on", "to")), -1)
            if by < 0:
                return None
        else:
            continue
        doer = by + 1
        while doer < len(words) and words[doer] in DOER_DETERMINERS:
            doer += 1
        found = layout.owner.get(doer, -1)
        return found if found >= 0 else None
    return None


# "rejected a U.N. report", "dismissed Amnesty International's report": a denial or rejection
# whose trigger holds the thing turned down names its author inside it, the accuser (016) or
# the one whose word is rejected (12); labelling guide, section 4 case 2.
AUTHORED_ROOTS: Final = ("01", "12")


def _author_in_trigger(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    if not trigger.code.startswith(AUTHORED_ROOTS):
        return None
    inside = [
        i
        for i, mention in enumerate(layout.mentions)
        if trigger.start <= mention.start
        and mention.end <= trigger.end
        and i != source
        and mention.kind != "pronoun"
    ]
    return inside[0] if len(inside) == 1 else None


# "The court placed Bolsonaro under house arrest", "A judge ordered the mayor jailed": the
# party between a verb that puts someone into a state and the arrest (after "under", or a
# participle of detention right after it) is the one arrested; the subject of that verb acts.
ORDERING_VERBS: Final = frozenset("ordered order orders ordering".split())
PLACING_VERBS: Final = ORDERING_VERBS | frozenset(
    "placed place places placing put puts putting kept keep keeps keeping".split()
)
HELD_WORDS: Final = frozenset("house police".split())  # "under house arrest", "under police guard"
HELD_DETERMINERS: Final = OBJECT_OPENERS | {"former"}  # "placed his former aide"


def _placed_under(
    layout: Layout, trigger: Trigger, previous: Roles | None
) -> tuple[int | None, int] | None:
    """Source and target of a detention told as a state its object is put in (17x only)."""
    if not trigger.code.startswith(COERCE_ROOT) or trigger.head < 2:
        return None
    words = layout.words
    token = trigger.head - 1
    while token > 0 and words[token] in HELD_WORDS:
        token -= 1
    if words[token] == "under":
        verbs = PLACING_VERBS
        token -= 1
    elif not trigger.noun and words[trigger.head].endswith("ed"):
        verbs = ORDERING_VERBS  # "ordered Imamoglu jailed", not "the police Imamoglu arrested"
    else:
        return None
    held = layout.owner.get(token)
    if held is None or held < 0 or layout.last[held] != token or layout.first[held] < 1:
        return None
    if layout.prep[held] == "of" and held > 0 and layout.last[held - 1] == layout.first[held] - 2:
        held -= 1  # "placed the former governor of Sonora under house arrest"
    verb = layout.first[held] - 1
    while verb > 0 and words[verb] in HELD_DETERMINERS:
        verb -= 1
    if words[verb] not in verbs:
        return None
    placing = Trigger(verb, verb, layout.starts[verb], layout.starts[verb], trigger.code)
    return _subject(layout, placing, previous), held


def _passive_roles(
    layout: Layout, trigger: Trigger, previous: Roles | None
) -> tuple[int | None, int | None]:
    """Source and target of an act told in the passive: the agent ("by", or "from" after a
    noun) acts on the subject."""
    nominal = trigger.noun or _came_under(layout, trigger) or _drawn(layout, trigger)
    source = _agent(layout, trigger, ("by", "from") if nominal else ("by",))
    if source is None:
        source = _agent_titled_in_trigger(layout, trigger)
    if source is None and _fell_to(layout, trigger):
        source = _taker(layout, trigger)  # "fell to the rebels"
    if source is None and trigger.noun:  # "came under heavy Russian bombardment"
        source = _adjectival(layout, trigger)
    source = source if source is not None else _agent_of_antecedent(layout, trigger)
    if (drawn := _drawn_after_act(layout, trigger, previous)) is not None:
        return source, drawn.source_mention  # "fined the company, sparking protests from X"
    target = _subject(layout, trigger, previous)
    target = target if target is not None else _among_inverted(layout, trigger)
    target = target if target is not None else _recipient(layout, trigger, source)
    target = target if target is not None else _struck_site(layout, trigger)
    target = target if target is not None else _passive_victims(layout, trigger)
    source = source if source is not None else _releaser(layout, trigger, target)
    if source is None and trigger.code == TIES_CUT:
        source = _left_state(layout, trigger)  # "were expelled and given a week to leave Riga"
    source = source if source is not None else _announcing_state(layout, trigger, target)
    if source is None and _deployed_force(layout, trigger, target):
        return target, None  # "Soldiers were deployed around the court"
    if source is None and layout.words[trigger.head] in SCRAMBLED:
        force = _scrambled_force(layout, trigger)
        if force is not None:
            return force, _intercepted_craft(layout, trigger)
    return source, target


# Round 53 (roles53w): "a car was struck by an Israeli drone near Tyre, killing two Hezbollah
# members": violence told in the passive on a thing (no party as its subject) is aimed at the
# dead or wounded its participle names (docs/labelling.md section 2: attacks name those
# attacked), as in the active (`targets._victims_after`).
VICTIMS_REACH: Final[int] = 4  # tokens from "killing" to the victims ("killing at least two")


def _passive_victims(layout: Layout, trigger: Trigger) -> int | None:
    """The party a consequence participle after a violent act told in the passive names."""
    if trigger.code[:2] not in VIOLENT_ROOTS:
        return None
    words = layout.words
    after = words[trigger.last + 1 :]
    if WOUNDING.isdisjoint(after):
        return None
    at = next(k for k in range(trigger.last + 1, len(words)) if words[k] in WOUNDING)
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= at or _attribution(layout, index):
            continue  # "killing by Mali's count 14 Nigerien soldiers": not Mali
        return index if first - at <= VICTIMS_REACH else None
    return None


# Round 49 (types49): an expulsion of diplomats told in the passive from its subject ("two Russian
# diplomats were expelled", "the envoy had been ordered to leave", "was given 72 hours to leave",
# "was ordered out of": `data/triggers.tsv`, labelling guide point 7): the diplomats are the target
# and the expelling state the "by" agent, else the state they are told to leave ("from Albania",
# "to leave Estonia", "out of Oslo"), else the announcing government (`_announcing_state`). A recall
# in the passive ("its ambassador has been recalled") stays the ambassador's own state's act.
EXPELLED_PARTICIPLES: Final = frozenset("expelled ordered told asked instructed given".split())
LEFT_STATE_WORDS: Final = frozenset("from leave of quit depart".split())
LEFT_STATE_REACH: Final = 3  # tokens from the trigger's end to the state left ("out of Oslo")


def _expulsion_passive(words: list[str], trigger: Trigger) -> bool:
    """ "diplomats were expelled", "the envoy has been ordered to leave": a trigger (`TIES_CUT`)
    that starts on its subject's noun and runs through "be" and an expelling participle."""
    return any(
        words[k] in BE_FORMS and words[k + 1] in EXPELLED_PARTICIPLES
        for k in range(trigger.head + 1, trigger.last)
    )


def _left_state(layout: Layout, trigger: Trigger) -> int | None:
    """ "were expelled from Albania", "given 48 hours to leave Estonia", "ordered out of Oslo":
    the state an expulsion told in the passive sends the diplomats from."""
    words = layout.words
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= trigger.last or layout.blocked[index]:
            continue
        if first - trigger.last > LEFT_STATE_REACH:
            return None
        between = words[trigger.last : first]
        return index if any(w in LEFT_STATE_WORDS for w in between) else None
    return None


def _subject_first(layout: Layout, trigger: Trigger) -> tuple[int | None, int | None] | None:
    """Roles of a trigger that starts on its passive subject's noun: an expulsion of diplomats
    ("two diplomats were expelled from", `_expelled_roles`), else one with a "by" agent
    (`_subject_trigger_agent`)."""
    if trigger.code == TIES_CUT and _expulsion_passive(layout.words, trigger):
        return _expelled_roles(layout, trigger)
    return _subject_trigger_agent(layout, trigger)


def _expelled_roles(layout: Layout, trigger: Trigger) -> tuple[int | None, int | None]:
    """Source and target of an expulsion of diplomats told in the passive from its subject: the
    diplomats' own party (held in the trigger's first words, else the nearest subject before it)
    and the expelling state ("by", the state left, or the announcing government)."""
    held = next(
        (
            i
            for i in range(len(layout.mentions))
            if layout.first[i] <= trigger.head <= layout.last[i]
        ),
        None,
    )
    if held is None:
        held = _nearest_subject(layout, layout.left_stop(trigger.head), trigger.head)
    source = _agent(layout, trigger, ("by",))
    source = source if source is not None else _left_state(layout, trigger)
    source = source if source is not None else _announcing_state(layout, trigger, held)
    return source, held


def _announcing_state(layout: Layout, trigger: Trigger, target: int | None) -> int | None:
    """Round 38 (weak5): "Foreign Minister X said ambassador Y had been declared persona non
    grata over ...": an envoy expelled with no agent named was expelled by the state whose
    government official announces it (a government speaker, another party than the envoy)."""
    speaker = layout.speaker
    if speaker is None or speaker == target or trigger.code != TIES_CUT:
        return None
    actor = layout.mentions[speaker].actor
    if actor.sector != "GOV" or actor.country is None:
        return None
    envoy = layout.mentions[target].actor.country if target is not None else None
    return speaker if envoy != actor.country else None  # not his own state's envoy


def _agent_titled_in_trigger(layout: Layout, trigger: Trigger) -> int | None:
    """Round 38 (feedmiss5): "was received by President Hakainde Hichilema": a "by" agent whose
    title ends the trigger's pattern ("received by * {president|...}") and whose name runs on
    past it; its title is a trigger word, so the mention was set aside as the act's modifier."""
    for index, mention in enumerate(layout.mentions):
        first = layout.first[index]
        if trigger.start < mention.start < trigger.end < mention.end and first > 0:
            return index if layout.words[first - 1] == "by" else None
    return None


def _scrambled_force(layout: Layout, trigger: Trigger) -> int | None:
    """ "Italian F-35 jets based in Estonia as part of NATO's air policing mission were
    scrambled", "Two Finnish Air Force F/A-18 Hornets were scrambled": jets scrambled are the
    force of the country that heads the subject (its armed forces, or its adjective before
    craft), however far the subject's own description runs on; not a place or body inside it."""
    stop = layout.left_stop(trigger.head)
    for index, actor in enumerate(m.actor for m in layout.mentions):
        if layout.first[index] < stop or layout.last[index] >= trigger.head:
            continue
        if actor.sector in ARMED_FORCES or (not actor.sector and _national_craft(layout, index)):
            return index
        return None  # the subject opens with something else
    return None


def _intercepted_craft(layout: Layout, trigger: Trigger) -> int | None:
    """ "were scrambled to intercept the Russian planes": the party the trigger's own words
    name after the verb is the side the jets are sent at (none named: the story's other side,
    `counterpart`)."""
    for index in range(len(layout.mentions)):
        if trigger.head < layout.first[index] and layout.last[index] <= trigger.last:
            return index
    return None


SITE_REACH: Final = (
    8  # tokens from the site's noun to the passive's participle ("in northern Chad")
)


def _struck_site(layout: Layout, trigger: Trigger) -> int | None:
    """ "An army post in eastern Niger was struck by drones", "A government convoy was hit":
    violence done to a site its agent word modifies is done to that agent (the subject's
    modifier, no party by itself as a noun's modifier)."""
    if trigger.code[:2] not in VIOLENT_ROOTS:
        return None
    words = layout.words
    for index in sorted(layout.modifiers, reverse=True):
        site = layout.last[index] + 1
        if site >= trigger.head or site >= len(words) or words[site] not in SITES:
            continue
        between = words[site + 1 : trigger.head]
        if len(between) > SITE_REACH or not between or between[-1] not in BE:
            return None
        if "," in between or any(layout.owner.get(k) == -1 for k in range(site, trigger.head)):
            return None
        return index
    return None


def _deployed_force(layout: Layout, trigger: Trigger, subject: int | None) -> bool:
    """ "Troops were deployed at key points in the capital", "Police were put on alert": a show
    of force told in the passive with no agent shows the force its subject names (their state's
    army or police is the source, docs/labelling.md section 2), not a force acted upon."""
    if subject is None or not trigger.code.startswith(FORCE_POSTURE_ROOT):
        return False
    actor = layout.mentions[subject].actor
    if actor is None:
        return False
    return actor.sector in ARMED_FORCES or (not actor.sector and _national_craft(layout, subject))


# Craft and units a country's adjective names as a force with no agent word of their own
# ("Italian jets were scrambled", "Spanish Eurofighter jets were scrambled", "Dutch F-35s").
CRAFT: Final = frozenset(
    "jets jet planes aircraft warplanes fighters bombers helicopters drones warships ships "
    "frigates destroyers corvettes submarines vessels tanks batteries".split()
)
CRAFT_REACH: Final = (
    3  # a model designation may stand between ("F-35 jets": "F-35" is three tokens)
)


def _national_craft(layout: Layout, subject: int) -> bool:
    """Whether a country's adjective heads craft of its forces: "Italian jets", "Spanish
    Eurofighter jets" (its text an adjective, a craft word within a few tokens after it, with
    model designations and at most one other word between)."""
    text = layout.mentions[subject].actor.text
    if not text or not text[0].isupper() or not text.endswith(ADJECTIVE_ENDINGS):
        return False
    words = layout.words
    start = layout.last[subject] + 1
    named = False  # one word of a model's name ("Eurofighter"); designations carry digits
    for index in range(start, min(start + CRAFT_REACH + 1, len(words))):
        word = words[index].lower()
        if word in CRAFT:
            return True
        if word == "-" or any(char.isdigit() for char in word):
            continue
        if named or not word.isalpha() or word in BE or word in NOT_THINGS:
            return False
        named = True
    return False


# A measure a protest is against ("against an EU trade deal", "against cheap Ukrainian grain
# imports", "against the government's labour reform"): the labelled sets code every such
# protest as against the protesters' own government, whoever the measure's author or origin.
POLICY_THINGS: Final = frozenset(
    "deal deals agreement agreements imports rules regulations law laws reform reforms policy "
    "policies tariffs tariff treaty pact quotas".split()
)
POLICY_REACH: Final = 4  # words after the party's name looked at for the measure


# A house of parliament, not its members ("Hungary's parliament protested against the law"),
# protests as a ministry does: by a diplomatic complaint (`cameo.COMPLAINT`).
LEGISLATIVE_BODIES: Final[frozenset[str]] = frozenset(
    "parliament legislature senate congress assembly".split()
)


def state_protester(actor: Actor | None, countries: frozenset[str]) -> bool:
    """Whether a protest's source is a state that complains (a government, a house of
    parliament, a country named bare: "Vietnam protested"), not people in the street."""
    if actor is None:
        return False
    if actor.sector == "GOV":
        return True  # "Tokyo", "the foreign ministry"
    if actor.sector == "LEG":
        return actor.text.lower().rsplit(" ", 1)[-1] in LEGISLATIVE_BODIES
    return actor.sector is None and actor.text in countries


# The purpose of a show of force that names what it keeps, not whom it faces: "sent two
# frigates to patrol the waters around Greenland", "patrol vessels to guard the pipeline".
GUARDING: Final = frozenset("guard patrol protect secure defend escort".split())


def _not_guarded(layout: Layout, trigger: Trigger, target: int | None) -> int | None:
    """A show of force has a target only when it is aimed at someone (docs/labelling.md 2:
    "toward", "to shadow", "into X's waters"); what a deployment is sent to guard or patrol
    after the trigger is a place or a thing it keeps, no party faced."""
    if target is None or trigger.code[:2] != FORCE_POSTURE_ROOT:
        return target
    if layout.words[trigger.last] not in GUARDING or layout.first[target] <= trigger.last:
        return target
    return None


# Round 59 (parties59b): a show of force is aimed only at a side its own clause names
# (docs/labelling.md section 2 and point 27: "toward", "to shadow", "into X's waters", else
# null). A party named past a relative pronoun ("police to contain riots that broke out after
# the arrest of the opposition leader in Nairobi") or past a second verb in the past joined by
# "and" ("moved soldiers to the frontier and offered shelter to Bolivians fleeing the fighting")
# belongs to that other clause. A word that aims the force ("toward", "into") before the party
# keeps it ("into waters that Greece claims"). The relatives that open the other clause are
# those that stand for its subject (`existence.SUBJECT_RELATIVES`: "that", "which", "who").
POSTURE_AIMS: Final = frozenset(
    "toward towards into against shadow monitor track watch intercept escort tail".split()
)


def _posture_clause(
    layout: Layout, trigger: Trigger, source: int | None, target: int | None
) -> int | None:
    """A show of force's target, unless it stands in another clause after the trigger."""
    if target is None or trigger.noun or trigger.code[:2] != FORCE_POSTURE_ROOT:
        return target  # a noun's act ("the deployment") may be told in the clause after it
    words, first = layout.words, layout.first[target]
    if first <= trigger.last or not disjoint_in(POSTURE_AIMS, words, trigger.last + 1, first):
        return target
    place = layout.mentions[target].actor
    if source is not None and place.sector is None:
        if layout.mentions[source].actor.country == place.country:
            return target  # its own ground ("moved batteries to Jazan"), left to later steps
    for k in range(trigger.last + 1, first):
        word = words[k]
        if word in SUBJECT_RELATIVES:
            return None
        if word == "and" and k + 1 < first:
            verb = words[k + 1]
            if verb.islower() and verb.endswith("ed"):
                return None  # "and offered"; not "and was sharing information with X", whose
                # posture would lose its target's weight and fall behind the sharing (064)
    return target


def _not_a_measure(
    layout: Layout, trigger: Trigger, source: int | None, target: int | None
) -> int | None:
    """A protest's target, unless it only qualifies the measure protested against (then the
    protest is against the protesters' own government, filled later). A state's protest
    ("Hungary's parliament protested against a Slovak law") is a complaint to the measure's
    maker, whose country the qualifier names: it keeps the target."""
    if target is None or not trigger.code.startswith(PROTEST_ROOT):
        return target
    if source is not None and state_protester(layout.mentions[source].actor, country_names()):
        return target
    return None if _policy_of(layout, target) else target


def _policy_of(layout: Layout, target: int) -> bool:
    """Whether the party at `target` only qualifies a measure named right after it ("the
    European Union's trade deal", "Ukrainian grain imports")."""
    last = layout.last[target]
    for word in layout.words[last + 1 : last + 1 + POLICY_REACH]:
        if word in POLICY_THINGS:
            return True
        if not (word.isalpha() and word.islower()) and word not in POSSESSIVE_MARKS:
            if word != "'":  # "the farmers' pension reform"
                return False
    return False


VICTIM_SECTORS: Final = frozenset({"CVL"})
ARMED_STATE: Final[frozenset[str | None]] = frozenset({"MIL", "GOV", "COP", "SPY", None})


def foreign_victims(found: Roles, layout: Layout, code: str) -> Roles:
    """ "Pakistan's military said Indian shelling killed two civilians": unnamed civilians
    killed by a foreign state's forces are not that state's own people (which the article's
    country would make them in a story datelined there) but the reporting side's."""
    if code[:2] not in VIOLENT_ROOTS or found.source is None or found.target is None:
        return found
    mention = found.target_mention
    speaker = layout.speaker
    if mention is None or speaker is None or not layout.mentions[mention].resolved:
        return found
    source, target = found.source, found.target
    if target.sector not in VICTIM_SECTORS or source.sector not in ARMED_STATE:
        return found
    if not target.text.islower() or target.country != source.country:
        return found
    country = layout.mentions[speaker].actor.country
    if (
        not country
        or country == source.country
        or layout.mentions[speaker].actor.code.startswith(IGO_SECTOR)
    ):
        return found
    victims = Actor(text=target.text, code=country + "CVL", country=country, sector="CVL")
    return found._replace(target=victims)


# "..., with a spokesperson saying": the participles of a "with X saying" clause.
WITH_SAYING: Final = frozenset("saying telling adding arguing insisting noting stating".split())


def with_speaker(found: Roles, layout: Layout, last: int) -> Roles:
    """ "Beijing rejected the protest, with a foreign ministry spokesperson saying ...": the
    party of a "with X saying" clause after the act (its trigger ending at `last`) speaks for
    the actor; it is not the one the act is aimed at (who is, is left to the coder's
    `_answered_charge` and the rules after it)."""
    mention = found.target_mention
    if mention is None:
        return found
    words, start, end = layout.words, layout.first[mention], layout.last[mention]
    if start <= last or end + 1 >= len(words) or words[end + 1] not in WITH_SAYING:
        return found
    between = words[last + 1 : start]
    if "with" not in between or "," not in between[: between.index("with")]:
        return found
    return found._replace(target=None, target_mention=None)


def shared_addressee(
    layout: Layout, trigger: Trigger, found: Roles, previous: Roles | None, before: str
) -> Roles:
    """ "Percy spoke to the senator and asked that the bill be withdrawn", "met Xi and urged
    restraint": a request with no addressee joined by "and" to a meeting or call (`before`:
    its code) is made of the one met or called."""
    if previous is None or found.target is not None or previous.target is None:
        return found
    if trigger.code[:2] not in ASKING_ROOTS or before[:2] != CONSULT_ROOT:
        return found
    if found.source_mention != previous.source_mention or not _coordinated(
        layout, trigger, previous
    ):
        return found
    return found._replace(target=previous.target, target_mention=previous.target_mention)


INTERCEPTING: Final = frozenset(
    "destroyed destroy destroys shot downed down intercepted intercept intercepts "
    "neutralised neutralized repelled repel".split()
)
PROJECTILES: Final = frozenset("drone drones missile missiles rocket rockets projectiles".split())


def intercepted(found: Roles, words: list[str], first: int, last: int, rival: str | None) -> Roles:
    """ "Russia's Defense Ministry said its forces destroyed 12 drones over the Black Sea": the
    drones shot down, named without an owner, are the other side's (the country the article
    names most after the shooter's own)."""
    if found.target is not None or found.source is None or rival is None:
        return found
    if rival == found.source.country:
        return found
    window = words[first : min(last + 5, len(words))]
    if not INTERCEPTING.intersection(words[first : last + 1]):
        return found
    if PROJECTILES.isdisjoint(window):
        return found
    return found._replace(target=implied_actor(rival, "MIL"), target_mention=None)


def implied_source(found: Roles, code: str, home: str | None) -> Roles:
    """A protest reported with no protesters ("Protests against the president spread",
    "the rallies drew thousands") is made by people of the country it happens in: the
    article's, else the country of the party protested against. The implied side is no
    mention (no evidence for the act's confidence), only its country."""
    if found.source is not None or not code.startswith(PROTEST_ROOT):
        return found
    country = home or (found.target.country if found.target is not None else None)
    if country is None:
        return found
    return found._replace(source=implied_actor(country, "OPP"))


# Acts by which people of a country press or reproach its own state ("Protest leaders called
# on President Boluarte to resign", "The party called on the government to transfer the
# case", "Farm leaders threatened to block the crossings if Warsaw did not ..."): told with a
# subject no party names, they are the country's own people's (`cameo.PRESSING_ROOTS`).
# The state an opposition presses or reproaches: `context.HOME_STATE`, its organs less its spies.


def home_critic(found: Roles, code: str, home: str | None) -> Roles:
    """An act with no named source (nor filer, `filed_by`) that presses or reproaches the
    state of the article's own country is by that country's people."""
    target = found.target
    if (
        found.source is None
        and home is not None
        and code[:2] in PRESSING_ROOTS
        and target is not None
        and target.country == home
        and target.sector in HOME_STATE
    ):
        return found._replace(source=implied_actor(home, "OPP"))
    return found


# Acts by which a party of the article's own country presses, reproaches, rebuffs or strikes
# at someone the sentence leaves unnamed ("Ajaero demanded their release", "Rights groups
# condemned what they called excessive force", "The court annulled the election", "Gunmen forced
# their way into a campus", "The opposition leader said he was ready to begin talks"): the
# unnamed other side is of the same country (`coder._pressed_at_home` says when).
HOME_PRESSED_ROOTS: Final = ("03", "10", "11", "12", "17", "18", "19")
# What a state offers its own people (CAMEO 034 reform, a resignation; 0351-0353 easing
# restrictions or dissent, releases): its other offers (talks, a ceasefire, aid access) are
# made to a side abroad or in arms as often, and stay unaimed.
HOME_OFFERS: Final = ("034", "0351", "0352", "0353")

# Coercion at home: bans, arrests and charges, expulsions and repression (CAMEO 172-175) are a
# state's, on its own people when they name no one else ("the court ordered the prisoners
# deported", "prosecutors charged several of those held"), and by its own state when they name
# no maker ("three activists were charged", "lawmakers were hit by pepper spray"). Not a seizure
# (171): the ship, catch or cash a state seizes is as often foreign or no one's.
HOME_COERCIONS: Final = ("172", "173", "174", "175")


def home_pressed(found: Roles, code: str, home: str | None) -> Roles:
    """An act of the article's own country's party aimed at no one named is aimed at that
    country: its government when the maker is no state organ, else its people; the victim of
    violence is the country named as a whole."""
    source = found.source
    if (
        found.target is not None
        or source is None
        or home is None
        or source.country != home
        or source.sector is None  # a country named whole, a name the index does not know
        or code[:2] not in HOME_PRESSED_ROOTS
    ):
        return found
    if code[:2] in VIOLENT_ROOTS:  # the victim of force: the country, no sector (guide §2)
        return found._replace(target=_home_country(home))
    state = source.sector in HOME_STATE
    if state and code[:2] == "03" and not code.startswith(HOME_OFFERS):
        return found
    if code[:2] == COERCE_ROOT and not (state and code.startswith(HOME_COERCIONS)):
        return found
    return found._replace(target=implied_actor(home, "CVL" if state else "GOV"))


# Unconventional force told with no maker ("a journalist was beaten unconscious", "seven officers
# had been abducted", "a car bomb killed three") against the article's own country's people:
# the maker is of that country too (CAMEO 181 abduction, 182 beating, 183 bombing, 185
# assassination). Not an assault told by its target alone (180: "an airstrike hit a crowded
# market", whose maker in a war between states is the other one) nor force of root 19, whose
# unnamed maker is the other side as often.
HOME_ASSAULTS: Final = ("181", "182", "183", "185")
HOME_ASSAILED: Final = HOME_ASSAULTS + HOME_COERCIONS  # what a country named whole is the maker of


def home_assailant(found: Roles, code: str, home: str | None) -> Roles:
    """An assault on a party of the article's country with no maker named is by that
    country, named as a whole (`coder._pressed_at_home` says when)."""
    target = found.target
    if (
        found.source is not None
        or target is None
        or home is None
        or target.country != home
        or not code.startswith(HOME_ASSAILED)
    ):
        return found
    return found._replace(source=_home_country(home))


def struck_rival(found: Roles, code: str, rival: str | None) -> Roles:
    """Force (CAMEO 18, 19) by a state's organ that hits no one named, in a sentence naming one
    country besides the maker's ("Cambodia's defence ministry said Thai troops had fired first",
    "Russian fighters carried out strikes on positions near Nioro du Sahel"), hits that
    country, named as a whole (`coder._pressed_at_home` finds it)."""
    source = found.source
    if (
        found.target is not None
        or source is None
        or rival is None
        or source.country in (None, rival)
        or source.sector not in HOME_STATE
        or code[:2] not in VIOLENT_ROOTS
    ):
        return found
    return found._replace(target=_home_country(rival))


@lru_cache(maxsize=64)
def _home_country(country: str) -> Actor:
    return Actor(text="(country)", code=country, country=country, sector=None)


# People who protest or strike against their own state: a concession they make to no one named
# ("Taxi drivers called off their strike", "the opposition suspended its boycott") is to it:
# civilians, the opposition and parties, and the trades (`context.CIVIC_SECTORS`) but health.
PROTESTERS: Final = DOMESTIC_CRITICS | (CIVIC_SECTORS - {"HLH"}) | {"CVL"}
# Concessions (CAMEO 080-083: easing a ban or restriction, yielding to demands, a resignation,
# the sacking of one's own minister) as against retreats (084-087: releases, withdrawals).
CONCESSIONS: Final[frozenset[str]] = frozenset({"080", "081", "082", "083"})


def implied_target(found: Roles, code: str) -> Roles:
    """A protest by people of a country with no one named as protested against ("thousands
    marched against a proposed finance bill") is against that country's government; a
    curfew, state of emergency or ban a state imposes on no one named is on its own people;
    so is a concession a state makes to no one named ("lifted the ban on social media",
    "announced his resignation", "dismissed his government"). A protest the parse aims at its
    own protesters' side (the same country and sector: "party members rallied outside the
    court") or at its own country's people (the crowd counted in the act's phrase: "thousands
    of people gathered outside parliament") is against the government too (labelling guide
    section 2: the place is no target)."""
    if found.source is None:
        return found
    source = found.source
    if found.target is not None:
        target = found.target
        if (
            code.startswith((PROTEST_ROOT, THREATENED_PROTEST))
            and source.country is not None
            and (target.code == source.code or target.code == source.country + "CVL")
            and source.sector in PROTESTERS
        ):
            return found._replace(target=implied_actor(source.country, "GOV"))
        return found
    if source.country is None:
        return found
    if code.startswith(PROTEST_ROOT) and source.sector not in ARMED_GROUPS:
        return found._replace(target=implied_actor(source.country, "GOV"))
    if code.startswith(SANCTIONS_IMPOSED) and (
        source.sector is None or source.sector in STATE_FORCES
    ):
        return found._replace(target=implied_actor(source.country, "CVL"))
    if code[:3] in CONCESSIONS and source.sector in HOME_STATE:
        return found._replace(target=implied_actor(source.country, "CVL"))
    if code[:3] in CONCESSIONS and source.sector in PROTESTERS:
        return found._replace(target=implied_actor(source.country, "GOV"))  # "called off"
    return found


# round 39: a curfew or state of emergency (CAMEO 1723, 1724) is on the country's own people
# (labelling guide point 17), also when it is declared along a border or over an armed group's
# violence: "declared a state of emergency along its border with Chile" is not aimed at Chile, and
# "imposed a curfew after clashes between gangs" not at the gangs. A foreign country named as a
# whole (no sector) with a border word after the act, or a home armed group or gang told as the
# cause ("over", "after"), gives way to the source's civilians; a foreign people ("a curfew on
# Palestinians") and a group the curfew is put on ("on gang members") stay.
EMERGENCIES: Final = ("1723", "1724")
CAUSE_WORDS: Final = frozenset("over after amid following".split())  # the group's violence


def emergency_at_home(found: Roles, code: str, words: list[str], first: int) -> Roles:
    """A state's curfew or emergency whose target is a neighbour named along a border or an
    armed group of its own country: its own people (`CVL`)."""
    source, target = found.source, found.target
    if target is None or source is None or not code.startswith(EMERGENCIES):
        return found
    own = source.country
    if own is None or not (source.sector is None or source.sector in STATE_FORCES):
        return found
    if target.country == own:
        if target.sector not in OUTLAW_SECTORS or disjoint_in(
            CAUSE_WORDS, words, first, len(words)
        ):
            return found  # "a curfew on gang members": the named group takes its sector
    elif target.sector is not None or disjoint_in(BORDERS, words, first, len(words)):
        return found
    return found._replace(target=implied_actor(own, "CVL"))


@lru_cache(maxsize=64)
def _territory(country: str) -> Actor:
    return Actor(text="(territory)", code=country, country=country, sector=None)


def territory_here(found: Roles, code: str, home: str | None) -> Roles:
    """ "The rebels seized two villages", "Troops recaptured the base": territory taken from
    no one named is the article's country's, named as a place (labelling guide, section 2:
    a seized town, the side it was taken from if named, else the country)."""
    if found.target is not None or found.source is None or home is None:
        return found
    if not code.startswith(OCCUPY):
        return found
    return found._replace(target=_territory(home))


# Acts aimed at the other side of the article's conflict when they name no one ("The North
# warned it would take countermeasures", "Russia rejected the idea"), and appeals or welcomes
# by an outsider, aimed at the article's country ("The African Union urged restraint").
COUNTERING_TYPES: Final = frozenset({"ACCUSE", "REJECT", "THREATEN"})
APPEALING_TYPES: Final = frozenset({"REQUEST", "SUPPORT"})
APPEALING_ROOTS: Final[frozenset[str]] = frozenset({"02", "10", "05"})
AGREEMENTS: Final[frozenset[str]] = frozenset(
    "agreement agreements deal accord accords signing declaration truce ceasefire "
    "cease-fire pact treaty".split()
)
CLOSED_CROSSINGS: Final = frozenset(
    "crossing crossings checkpoints border borders frontier".split()
)
RESPONDING: Final = frozenset("response retaliation reply".split())
# Jets scrambled are sent at the other side's aircraft (the labelling guide, section 4 case 18:
# "Japan scrambled fighters as Chinese bombers neared Okinawa", JPN -> CHN), as a show of
# force "to shadow" is: with no one named, the other side of the article.
SCRAMBLED: Final[frozenset[str]] = frozenset("scramble scrambled scrambles scrambling".split())
STORY_MIN: Final = 2  # mentions of a country that make it one side of the article's story
# An object the act names that is no party of the index ("criticised the developing
# countries", "urged allies to ...") or is the source's own ("rejected the budget proposal of
# its finance ministry"): the act has its target, only not a coded one.
NAMED_OBJECTS: Final = frozenset(
    "countries nations states governments allies partners members leaders critics donors "
    "lawmakers officials its their his her own".split()
)
OBJECT_REACH: Final[int] = 6  # words after the trigger looked at for such an object
# Round 54 (roles54w): a possessive names no object when what it owns is the source's own
# ground or standing ("would respond firmly to any attack on its territory") or the people
# the act is said to guard ("would take all necessary measures to protect its citizens"):
# those are the source's, and the act is aimed at the other side (docs/labelling.md
# section 2: the target is the one the act is aimed at).
OWN_HOLDINGS: Final[frozenset[str]] = frozenset(
    "territory territories soil sovereignty border borders frontier frontiers interests "
    "waters airspace integrity security independence".split()
)
OWN_MARKS: Final[frozenset[str]] = THIRD_POSSESSIVES | {"own"}


def counterpart(
    found: Roles,
    kind: str,
    code: str,
    words: list[str],
    last: int,
    pair: tuple[Actor, Actor] | None,
    ranked: Sequence[tuple[str, int]],
    named_place: bool = False,
    agreed: Actor | None = None,
    armed: Actor | None = None,
    first: int | None = None,
) -> Roles:
    """The target an act names no one for, from the article.

    - An accusation, rejection or threat (or a move "in response") by one side of the
      article's conflict is aimed at the other side: the other party of the last act between
      two countries ("the two sides"), else the other of the two countries the article names
      most.
    - An opposition's criticism with no one named is of its own government.
    - An appeal or a welcome by an outsider (an organisation, a third country) is aimed at
      the article's country: "The U.N. mission urged all sides to stop the fighting"; an
      appeal for something ("called for an inquiry") names no addressee and has none.
    - A welcome of an agreement ("welcomed the signing") is aimed at the party that made the
      last agreement reported (`agreed`).
    - An act of a state's organs on people named by a common noun with no country word is
      on the state's own people (`_own_people`; `first`: the act's first word), also when a
      party is named only past a clause after them ("detained a cartoonist after he mocked
      the president": `_people_before_clause`).
    - In a war within one country, a threat by its state is aimed at the armed group the
      article named last (`armed`), and an armed group's threat at the state.
    The source's own capital or places as its target (`named_place`: the target was named as
    a place) give way to the other side too.
    The filled side is no mention (no evidence for the act's confidence), only its country."""
    source = found.source
    if source is None:
        return found
    own = source.country
    verbs = (last, last if first is None else first)
    home = _home_side(found, kind, code, words, verbs, ranked)
    if home is not None:
        return found._replace(target=home, target_mention=None)
    closing = kind == "COERCE" and not disjoint_in(CLOSED_CROSSINGS, words, last, last + 5)
    side = _other_side(own, pair, ranked)
    found = _own_forces_warned(found, kind, words, verbs, side)
    if found.target is not None:
        if not (closing or (kind in COUNTERING_TYPES and named_place)):
            return found
        if not _own_state(found.target, source, closing):
            return found
        found = found._replace(target=None, target_mention=None)  # "warned that Pyongyang"
    elif NAMED_OBJECTS.intersection(_object_words(words, last)):
        return found
    if (
        kind in COUNTERING_TYPES
        or closing
        or (kind == "MOBILIZE" and not (RESPONDING | SCRAMBLED).isdisjoint(words))
    ):
        domestic = (
            _domestic_target(source, kind, code, armed)
            or _censure_target(source, kind, words, verbs)
            or _civic_reproach_target(source, kind, ranked)
        )
        if domestic is not None:
            return found._replace(target=domestic)
        other = (
            side
            or _denied_charge(source, code, words, verbs[1])
            or _home_reproach(source, kind, words, verbs, ranked)
        )
    elif kind == "SUPPORT" and agreed is not None and AGREEMENTS.intersection(words[last:]):
        other = agreed.country if agreed.country != own else None  # "welcomed the signing"
    elif kind in APPEALING_TYPES and code[:2] in APPEALING_ROOTS:
        other = (
            None
            if _appeal_for(kind, words, first) or _appeal_to_the_world(kind, words, first)
            else _outsider_appeal(own, pair, ranked)
        )
    else:
        return found
    if other is None:
        return found
    armed_denial = code == DENIAL and source.sector in ARMED_GROUPS  # its accuser is the state
    own_people = other == own and kind in HOME_REPROACH_TYPES and not armed_denial
    sector = "CVL" if own_people else "GOV"
    return found._replace(target=implied_actor(other, sector), target_mention=None)


# An opposition's or party's appeal or demand that names its addressee only by a possessive
# ("opposition lawmakers called for his resignation", "urged his supporters to paralyse the
# country") is made at home (its government or its own people), unless it is addressed
# abroad; one with no one in particular ("called for an inquiry") has no target.


def _home_side(
    found: Roles,
    kind: str,
    code: str,
    words: list[str],
    verbs: tuple[int, int],
    ranked: Sequence[tuple[str, int]],
) -> Actor | None:
    """The source's own country as the target of an act that names no one: a state's act on
    people named by a common noun (`_own_people`), also before a clause that names another
    party (`_people_before_clause`), an opposition's appeal in its own story."""
    source = found.source
    if source is None or source.country is None:
        return None
    if found.target is not None:
        if _people_before_clause(found, kind, words, verbs):
            return implied_actor(source.country, _people_sector(words, verbs[0]))
        return None
    own = source.country
    rivals = _own_rivals(source, kind, words, verbs[0])
    if rivals is not None:
        return rivals  # "accused his opponents of ...": the opposition, not the people
    at_home = bool(ranked) and ranked[0][0] == own
    people = _people_acted_on(source, kind, code, words, verbs, at_home)
    if people is not None:
        return people
    if _home_force(source, kind, code, words, verbs, ranked):
        return implied_actor(own, "CVL")
    if kind != "REQUEST" or code[:2] not in ("02", "10") or source.sector not in DOMESTIC_CRITICS:
        return None
    if not ranked or ranked[0][0] != own:
        return None
    after = [word.lower() for word in words[verbs[1] + 1 : verbs[1] + 8]]  # from the first word
    if OUTSIDE_ADDRESSEES.intersection(after) or disjoint_in(POSSESSIVES, after, 0, 4):
        return None  # "called for an inquiry": no one in particular (labelling guide, 2)
    return implied_actor(own, "GOV")


# Force or coercion by a state's organs on no one named, in a story of no other country ("The
# police said officers had made 27 arrests", "banned the group and seized its assets"): its
# own people, unless its object is a thing ("seized a tanker": no target, labelling guide 2).
SEIZED_THINGS: Final = frozenset(
    "ship ships vessel vessels tanker tankers boat boats cargo drugs weapons arms goods "
    "aircraft plane planes drone drones shipment shipments containers fuel cocaine".split()
)


# Persons freed (0841): "a judge ordered the release of all those detained" with no target frees
# the state's own people; read by `_home_force` and `_releaser`
HOME_FORCE_KINDS: Final = (*_FORCE, "THREATEN")  # force, coercion and threats of them


def _people_acted_on(
    source: Actor,
    kind: str,
    code: str,
    words: list[str],
    verbs: tuple[int, int],
    at_home: bool = False,
) -> Actor | None:
    """The source's own people as the target of an act that names only people of no country
    after its verbs: a state's organs acting on them (`_own_people`), a party of the story's
    own country (`at_home`) meeting or addressing them (`_met_at_home`), anyone freeing them
    (`_freed_people`)."""
    own = source.country
    if own is None:
        return None
    for verb in verbs:
        if _own_people(source, kind, words, verb) or (
            at_home and _met_at_home(source, kind, words, verb)
        ):
            return implied_actor(own, _people_sector(words, verb))
    if code != RELEASED_PERSONS:
        return None
    for verb in verbs:
        freed = _freed_people(words, verb)
        if freed is not None:
            return implied_actor(own, freed)
    return None


# Round 54 (roles54w): persons freed (0841) named by a common noun with no country word ("the
# gunmen freed two soldiers they had seized", "a judge ordered the release of four activists")
# are of the freeing side's own country, whoever frees them (docs/labelling.md section 2: the
# target of a release is the one released); soldiers and police are its forces
# (`context.FORCE_NOUNS`).
def _freed_people(words: list[str], verb: int) -> str | None:
    """The sector of the people of no country a release names after its verb (forces by
    `FORCE_NOUNS`, journalists MED, the rest of `OWN_PEOPLE` CVL), or None."""
    for index in range(verb + 1, min(len(words), verb + 1 + PEOPLE_REACH)):
        word = words[index].lower()
        force = FORCE_NOUNS.get(word)
        if force is not None:
            return force
        if word in OWN_PEOPLE:
            return _people_sector(words, verb)
        if not (word.isdigit() or word in PEOPLE_MODIFIERS):
            return None
    return None


def _home_force(
    source: Actor,
    kind: str,
    code: str,
    words: list[str],
    verbs: tuple[int, int],
    ranked: Sequence[tuple[str, int]],
) -> bool:
    """Whether an act of force or coercion, or a threat of it ("warned that anyone who joins
    the rallies would be prosecuted", "would dock the pay of workers who strike"), by a
    state's organs with no target is on its own people: the story names no other country,
    the act no thing as its object."""
    if not (kind in HOME_FORCE_KINDS or code.startswith(RELEASED_PERSONS)):
        return False
    if source.sector not in STATE_SECTORS:
        return False
    if not ranked or ranked[0][0] != source.country:
        return False
    if any(count >= STORY_MIN for _, count in ranked[1:]):
        return False
    after = {word.lower() for word in words[min(verbs) + 1 : max(verbs) + 1 + OBJECT_REACH]}
    return SEIZED_THINGS.isdisjoint(after)


# A state's reproach or refusal of a thing in a story of one country ("the minister condemned
# the looting", "Sanchez called the investigation a smear campaign", "rejected calls to step
# down"): the thing is its own people's doing, the labelling guide's target (the doer of the
# act condemned, the one whose demand is turned down), not no one.
HOME_REPROACH_TYPES: Final = frozenset({"ACCUSE", "REJECT"})
REPROACHED_DETERMINERS: Final = frozenset("the this these those such their".split())
ASKED_THINGS: Final = frozenset("calls demands appeals requests pressure".split())
# A pact is made between states, not by the reproaching side's own people ("Russia criticized
# the deal", "rejected the new trade agreement"): its makers, when the story names them, are the
# other side; else the reproach has no target.
PACTS: Final[frozenset[str]] = frozenset(
    "deal deals agreement agreements accord accords pact pacts treaty treaties".split()
)
PACT_REACH: Final = 4  # "the deal", "the new trade agreement"


def _home_reproach(
    source: Actor,
    kind: str,
    words: list[str],
    verbs: tuple[int, int],
    ranked: Sequence[tuple[str, int]],
) -> str | None:
    """The source's own country when an accusation or rejection by a party of the story's
    only country names a definite thing as its object (the word after the act's last or
    first word)."""
    own = source.country
    if kind not in HOME_REPROACH_TYPES or own is None or not ranked or ranked[0][0] != own:
        return None
    if any(count >= STORY_MIN for _, count in ranked[1:]):
        return None
    following = {words[verb + 1] for verb in verbs if verb + 1 < len(words)}
    if not following & (REPROACHED_DETERMINERS | ASKED_THINGS):
        return None
    if not PACTS.isdisjoint(words[verbs[0] + 1 : verbs[0] + 1 + PACT_REACH]):
        return None
    return own


# Round 43 (feed43): "Abazovic accused his former partners of wanting to hand the country back",
# "Pashinyan accused his opponents of playing with the fate of the state": a politician's own
# rivals ("his"/"her": a person's, not a state's "its critics", who may be abroad) are the
# opposition of the source's country (labelling guide section 2: opposition parties, their
# leaders and activists `OPP`); "partners" only as former or coalition partners.
OWN_RIVALS: Final[frozenset[str]] = frozenset(
    "opponents rivals critics detractors foes adversaries".split()
)
FORMER_PARTNERS: Final[frozenset[str]] = frozenset({"partners", "allies"})
RIVAL_MODIFIERS: Final[frozenset[str]] = frozenset(
    "former political main chief old longtime erstwhile coalition domestic".split()
)
RIVALS_REACH: Final = 4  # the possessive and up to two modifiers before the noun


@lru_cache(maxsize=64)
def _opposition(country: str) -> Actor:
    """A country's opposition filled in by a rule: named so, it stays `OPP` at output (an
    implied "(protesters)" is written `CVL`, actor.shown_sector)."""
    return Actor(text="(opposition)", code=country + "OPP", country=country, sector="OPP")


def _own_rivals(source: Actor, kind: str, words: list[str], last: int) -> Actor | None:
    """The source's country's opposition as the object "his opponents", "her former partners"
    of an accusation, rejection or threat by a state's organ."""
    own = source.country
    if kind not in COUNTERING_TYPES or own is None or source.sector not in STATE_BODIES:
        return None
    window = [word.lower() for word in words[last + 1 : last + 1 + RIVALS_REACH]]
    if not window or window[0] not in ("his", "her"):
        return None
    for index, word in enumerate(window[1:], 1):
        if word in OWN_RIVALS or (word in FORMER_PARTNERS and index > 1):
            return _opposition(own)
        if word not in RIVAL_MODIFIERS:
            return None
    return None


def _object_words(words: list[str], last: int) -> Sequence[str]:
    """The words after an act that may be its object: up to `OBJECT_REACH`, not past a
    clause joined by "and" or a comma ("lodged a protest and demanded his release": "his" is
    the second verb's), nor into a condition (round 53, roles53w: "warned that dockers would
    walk out if the bill passed its final reading": "its" is the condition's). A clause a
    denial opens with "that" is the charge, no object ("denied that its fighters had ...":
    "its" is the charge's). The source's own holdings are no object (`_own_holding`)."""
    if words[last] in DENYING and words[last + 1 : last + 2] == ["that"]:
        return ()
    if words[last] == "that" and words[last - 1 : last] and words[last - 1] in DENYING:
        return ()  # the trigger holds "denied that"
    window = words[last + 1 : last + 1 + OBJECT_REACH]
    for index, word in enumerate(window):
        if word in (",", "and", "but") or word in CONDITIONS:
            window = window[:index]
            break
    return [word for index, word in enumerate(window) if not _own_holding(window, index)]


def _own_holding(window: Sequence[str], index: int) -> bool:
    """Whether the possessive at `index` owns the source's own ground or standing ("on its
    territory") or follows a verb of guarding (`GUARDING`: "to protect its fishermen"): no
    object."""
    if window[index] not in OWN_MARKS:
        return False
    if index + 1 < len(window) and window[index + 1] in OWN_HOLDINGS:
        return True
    return index > 0 and window[index - 1] in GUARDING


# People a state's own organs act on or accuse, named by a common noun with no country word
# ("Police fired tear gas at supporters", "accused the organisers of trying to stage a coup",
# "accused far-left groups of seeking chaos", "detained several people who laid flowers"):
# the state's own people (the labelling guide: those arrested, gassed, accused), not the
# other side of the article's conflict, nor no one.
OWN_PEOPLE: Final = frozenset(
    "people persons supporters protesters demonstrators activists organisers organizers "
    "group groups monitors observers rioters anyone youths residents villagers strikers "
    "marchers opponents dissidents mourners man men woman women suspects "
    # people named by what they do (round 26: "detained party workers", "sentenced a theatre
    # director and a playwright", "arrested 118 immigrants", "jailed two journalists")
    "person supporter protester demonstrator activist organiser organizer rioter resident "
    "villager striker opponent dissident suspect youth worker workers immigrants migrants "
    "journalist journalists reporter reporters editor editors blogger bloggers student "
    "students lawyer lawyers director directors playwright writer writers poet artist "
    "artists farmers teachers doctors pensioners fans crowd crowds worshippers member "
    "members politician politicians candidate candidates mayor governor minister "
    "ministers deputies critic painter painters singer singers rapper musician musicians "
    "actor actors actress comedian priest priests nun nuns vendors traders "
    # round 34: "accused the aide of plotting", "accused the freed prisoners of being mercenaries"
    "aide aides prisoners detainees "
    # round 38: "urged the displaced to return to their homes"
    "displaced evacuees".split()
)
# "-ist" names a person by calling or creed ("a novelist", "two unionists"), but for verbs.
PERSON_SUFFIXES: Final = ("ist", "ists")
IST_WORDS: Final = frozenset(
    "exist exists assist assists insist insists resist resists persist".split()
)
OWN_PEOPLE_KINDS: Final = frozenset({"ACCUSE", "THREATEN", "COERCE", "ASSAULT", "REQUEST"})
# Words of a noun phrase before its head that leave it a state's own people; anything else
# (a name, a demonym, "foreign", "Western") ends the search.
PEOPLE_MODIFIERS: Final = frozenset(
    "the a an some several many dozens hundreds thousands scores of at on against "
    "violent armed radical far-left far-right extremist opposition election unidentified "
    "unknown masked young local suspected two three four five six seven eight nine ten "
    "eleven twelve dozen "
    # round 34: people owned by the act told before or just held ("accused its organisers of
    # trying to seize power", "accused the freed prisoners of"); a name or demonym still ends it
    "its their his her freed released jailed detained arrested".split()
)
PEOPLE_REACH: Final = 5  # words after the trigger looked at for the object
# Force and arrests reach their people past the means and any plain word before them ("fired
# tear gas and stun grenades at hooded youths", "fired tear gas to disperse his supporters",
# "detained party workers"): any word in lower case but those that end the object.
LOOSE_REACH: Final = 8
OBJECT_ENDS: Final = frozenset(
    "who whom which that after before when while because for over since as during until "
    "from with in near outside inside by said says".split()
)
# Words that place a side or people abroad ("foreign intelligence services", "western
# envoys"): `coder.ABROAD` reads them with "abroad"; force's and an arrest's people stop at any
# word that begins with one of them or with "outside" or "external" (`_plain_word`).
ABROAD_WORDS: Final = ("foreign", "international", "overseas", "western")
FOREIGN_WORDS: Final = (*ABROAD_WORDS, "outside", "external")


# Round 55 (roles55f): docs/labelling.md section 2: people "take the country they act in or
# belong to, from the story", and the addressee of an appeal or the side met is the target. In
# a story of the source's own country, people of no country named right after a meeting held
# or offered ("met leaders of the association", "ready to meet the protesters'
# representatives") or an appeal by the opposition, a party or a party no word gave a sector
# ("the banned opposition movement X called on workers across the country") are that country's
# people, as those a state's organs act on are (`_own_people`).
MEETING_KINDS: Final[frozenset[str]] = frozenset({"CONSULT", "AGREE"})
HOME_ADDRESSERS: Final[frozenset[str]] = frozenset({"OPP", "PTY", "LEG"})
# people met through those who speak for them ("the strikers' representatives")
SPOKESPEOPLE: Final[frozenset[str]] = frozenset({"leaders", "representatives", "delegates"})
# the words of a meeting's own phrase after an offer's first word ("ready to meet with")
MEETING_STEPS: Final[frozenset[str]] = frozenset({"to", "meet", "with", "talks", "hold"})


def _met_at_home(source: Actor, kind: str, words: list[str], verb: int) -> bool:
    """Whether a meeting held or offered by any party, or an appeal by one that is no
    state organ (`HOME_ADDRESSERS`, or no sector), names as its object only people of no
    country (`OWN_PEOPLE`, or their `SPOKESPEOPLE` for a meeting); the caller has checked that
    the story is of the source's country."""
    meeting = kind in MEETING_KINDS
    if not meeting and (kind != "REQUEST" or source.sector in STATE_BODIES):
        return False
    if not meeting and source.sector is not None and source.sector not in HOME_ADDRESSERS:
        return False
    for index in range(verb + 1, min(len(words), verb + 1 + PEOPLE_REACH)):
        lower = words[index].lower()
        if lower in OWN_PEOPLE or (meeting and lower in SPOKESPEOPLE):
            return True
        if meeting and lower in MEETING_STEPS:
            continue
        if not (lower.isdigit() or lower in PEOPLE_MODIFIERS or lower in OPENING_MARKS):
            return False
    return False


def _own_people(source: Actor, kind: str, words: list[str], verb: int) -> bool:
    """Whether an act of a state's organs with no target names as its object only people
    of no country ("arrested 41 election monitors", "accused the group of")."""
    return _own_people_at(source, kind, words, verb) >= 0


def _own_people_at(source: Actor, kind: str, words: list[str], verb: int) -> int:
    """The index of the word naming the people of no country an act of a state's organs
    names as its object (`_own_people`), or -1."""
    if source.country is None or kind not in OWN_PEOPLE_KINDS:
        return -1
    if source.sector not in STATE_BODIES and not (source.sector is None and kind in _FORCE):
        if not (source.sector == "LEG" and kind == "REQUEST"):  # "the speaker urged residents"
            return -1  # a state named as a whole arrests or executes too ("Iran executed a man")
    loose = kind in _FORCE
    end = min(len(words), verb + 1 + (LOOSE_REACH if loose else PEOPLE_REACH))
    for index in range(verb + 1, end):
        word = words[index]
        lower = word.lower()
        if lower in OWN_PEOPLE or (loose and _calling(lower)):
            return index
        if word.isdigit() or lower in PEOPLE_MODIFIERS or word in OPENING_MARKS:
            continue
        if loose and _plain_word(word):
            continue
        return -1
    return -1


# Round 43 (wire43): words that open a clause or an adjunct after force's or an arrest's
# object ("detained a cartoonist after he mocked the president", "who had criticised", "over
# drawings mocking"): a party named past one is no object of the act
CLAUSE_AFTER_OBJECT: Final = frozenset(
    "who whom which that after before when while because over since as during until".split()
)


def _people_before_clause(
    found: Roles, kind: str, words: list[str], verbs: tuple[int, int]
) -> bool:
    """ "Police detained a political cartoonist after he posted drawings mocking the
    government": force or an arrest by a state's organs whose object is people of no country
    (`_own_people`) and whose target was found only past a clause opened after them is on
    those people, not on the party of the clause."""
    source, target = found.source, found.target
    if source is None or target is None or kind not in _FORCE or not target.text:
        return False
    head = _bare_word(target.text.split(None, 1)[0])
    for verb in verbs:
        people = _own_people_at(source, kind, words, verb)
        if people < 0:
            continue
        for index in range(people + 1, len(words)):
            lower = _bare_word(words[index])
            if lower == head:
                return False
            if lower in CLAUSE_AFTER_OBJECT:
                return head in (_bare_word(word) for word in words[index + 1 :])
    return False


def _bare_word(word: str) -> str:
    """A word in lower case without a possessive's ending ("government's": "government")."""
    lower = word.lower()
    return lower[:-2] if lower.endswith(OWNED_ENDINGS) else lower


# People named by their trade in the media: the labelling's MED ("jailed two journalists",
# "police beat reporters covering the march"), as the agent words code one journalist.
MEDIA_PEOPLE: Final = frozenset(
    "journalist journalists reporter reporters correspondent correspondents photographer "
    "photographers cameraman cameramen blogger bloggers".split()
)


def _people_sector(words: list[str], verb: int) -> str:
    """The sector of a state's own people `_own_people` found after the verb: media workers
    are MED, the rest civilians (CVL)."""
    for word in words[verb + 1 : verb + 1 + LOOSE_REACH]:
        if word.lower() in MEDIA_PEOPLE:
            return "MED"
    return "CVL"


def _calling(word: str) -> bool:
    """A person named by calling or creed ("novelist", "unionists")."""
    return len(word) > 5 and word.endswith(PERSON_SUFFIXES) and word not in IST_WORDS


def _plain_word(word: str) -> bool:
    """A word in lower case that may stand before force's or an arrest's people."""
    return word.islower() and word not in OBJECT_ENDS and not word.startswith(FOREIGN_WORDS)


def _domestic_target(source: Actor, kind: str, code: str, armed: Actor | None) -> Actor | None:
    """The other side within the source's own country: an opposition's criticism is of its
    government, and so is a threat to protest ("the group vowed to demonstrate in Madrid",
    CAMEO 133); in a war within one country a threat by the state is aimed at the armed
    group named last ("the army chief vowed to retake the city"), an armed group's at the
    state ("vowed to keep fighting")."""
    own = source.country
    if own is None:
        return None
    if source.sector in DOMESTIC_CRITICS and kind != "MOBILIZE":
        return implied_actor(own, "GOV")
    if code.startswith(THREATENED_PROTEST):
        return implied_actor(own, "GOV")
    if kind != "THREATEN":
        return None
    if armed is not None and _domestic_war(source, armed):
        return armed
    return implied_actor(own, "GOV") if source.sector in ARMED_GROUPS else None


# Round 43 (feed43): a no-confidence or censure motion is a legislature's act at home (labelling
# guide point 23: 11, the movers or `LEG` -> the government): with no one named it is against the
# source's own government, never the other side of the article's story ("Montenegro's government
# fell when 50 of the 81 members of parliament backed a motion of no confidence in Prime
# Minister X", in an article on a church deal with Serbia, went to Serbia's government).
# (words as lexicon.tokenize gives them: "no-confidence" is one token; "_" never occurs)
CENSURE_WORDS: Final[frozenset[str]] = frozenset({"confidence", "no-confidence", "censure"})


def _censure_target(
    source: Actor, kind: str, words: list[str], verbs: tuple[int, int]
) -> Actor | None:
    """The source's own government as the target of a censure or no-confidence motion."""
    own = source.country
    if kind != "ACCUSE" or own is None:
        return None
    span = words[min(verbs) : max(verbs) + 1]
    if CENSURE_WORDS.isdisjoint(word.lower() for word in span):
        return None
    return implied_actor(own, "GOV")


# People of a country organised by their trade (unions, teachers, doctors and nurses: the
# labour, education and health sectors): their refusal or reproach of a thing in a story of
# their own country alone ("the teachers' association condemned the law", "the unions
# rejected the offer") is of their state, as an opposition's is (labelling guide 19: a deal
# or plan is its maker's). Civilians at large are left out: "residents condemned the attack".


def _civic_reproach_target(
    source: Actor, kind: str, ranked: Sequence[tuple[str, int]]
) -> Actor | None:
    """The source's own government as the target of an accusation or a rejection by its
    organised people (`context.CIVIC_SECTORS`) that names no one, in a story of one country."""
    own = source.country
    if kind not in HOME_REPROACH_TYPES or not organised(source) or own is None:
        return None
    if not ranked or ranked[0][0] != own or any(n >= STORY_MIN for _, n in ranked[1:]):
        return None
    return implied_actor(own, "GOV")


def _domestic_war(source: Actor, armed: Actor) -> bool:
    """A state's forces or government against an armed group of their own country."""
    return (
        source.country is not None
        and armed.country == source.country
        and source.sector in STATE_BODIES
        and armed.sector in ARMED_GROUPS
    )


# A denial of a charge ("denied any wrongdoing", "denied any involvement in the shooting",
# "denied using force", "denied that live rounds had been fired") by a state's organ or an
# opposition, in a story with no other side:
# the accuser (the target of a denial) is its own people. An armed group's denial in a war
# within its own country ("the rebels denied attacking the checkpoint", "denied that its
# fighters had harmed civilians") answers the state that reported or charged the act, as its
# threats are aimed at the state (`_domestic_target`): the accuser is its government.
DENIERS: Final = HOME_STATE | DOMESTIC_CRITICS | ARMED_GROUPS
CHARGE_OPENERS: Final = frozenset({"any", "that"})  # "denied any wrongdoing", "denied that ..."


def _denied_charge(source: Actor, code: str, words: list[str], verb: int) -> str | None:
    """The source's own country as the accuser of a charge it denies with no accuser named and
    no other side in the story (`verb`: the act's first word)."""
    following = words[verb + 1 : verb + 2]
    if code != DENIAL or source.sector not in DENIERS or not following:
        return None
    if words[verb] in DENYING and (following[0] in CHARGE_OPENERS or following[0].endswith("ing")):
        return source.country
    return None


def _own_forces_warned(
    found: Roles, kind: str, words: list[str], verbs: tuple[int, int], other: str | None
) -> Roles:
    """A threat told as what the source's own state or forces would do ("warned that the navy
    would seize any trawler", "warned that Turkey would not allow"): the subject of the "that"
    clause is the one who would act, not the one threatened; the threat is aimed at the other
    side of the article's story (`other`), when it has one."""
    target, source = found.target, found.source
    if (
        kind == "THREATEN"
        and other is not None
        and source is not None
        and target is not None
        and target.country == source.country
        and (target.sector is None or target.sector in STATE_BODIES)
        and any(words[verb + 1 : verb + 2] == ["that"] for verb in verbs)
    ):
        return found._replace(target=implied_actor(other, "GOV"), target_mention=None)
    return found


def _own_state(target: Actor, source: Actor, place: bool) -> bool:
    """The source's own capital standing for its state ("Kim Yo Jong warned that Pyongyang
    would respond"), or its own country or places named as such (for a closure, "Pakistan
    closed the Torkham and Chaman crossings"; for a reproach or threat, "rejected the threat
    and said Mexico would not accept"): a state does not reproach or threaten its own land.
    Round 61 (roles61): a capital is a state's own only for the state's organs (or a party of
    no sector); a rebel group, an opposition or a crowd of the country reproaches its own
    capital's government ("The rebel coalition accused Bamako of violating the truce")."""
    own = source.country
    if own is None or target.country != own or not target.text[:1].isupper():
        return False
    if place or (target.code == own and target.sector is None):
        # its own country or places: "rejected the threat and said Mexico would not accept"
        return target.code == own and target.sector is None
    if source.sector is not None and source.sector not in STATE_SECTORS:
        return False
    return target.code == own + "GOV" and " " not in target.text


def _other_side(
    own: str | None, pair: tuple[Actor, Actor] | None, ranked: Sequence[tuple[str, int]]
) -> str | None:
    if own is None:
        return None
    if pair is not None and own in (pair[0].country, pair[1].country):
        return other_of_pair(own, pair)
    story = [country for country, count in ranked[:2] if count >= STORY_MIN or country == own]
    if len(story) == 2 and own in story:
        return story[0] if story[1] == own else story[1]
    return None


def _appeal_for(kind: str, words: list[str], first: int | None) -> bool:
    """ "called for an inquiry", "asked for calm": an appeal for something, made to no one in
    particular (labelling guide, section 2: no target)."""
    return kind == "REQUEST" and first is not None and words[first + 1 : first + 2] == ["for"]


# Addressees of an appeal that stand for the world, not for one side of the story ("urged
# other nations to send more money", "appealed to the international community to ..."):
# the appeal is made to no one in particular (labelling guide, section 2); not "all sides"
WORLD_ADDRESSEES: Final = OUTSIDE_ADDRESSEES - {"parties", "sides"}
ADDRESSEE_REACH: Final = 5  # words from the appeal's verb to the "to" of what it asks


def _appeal_to_the_world(kind: str, words: list[str], first: int | None) -> bool:
    """ "urged other nations to send more personnel", "appealed to the international
    community to help": an appeal to the world at large, no party of the story."""
    if kind != "REQUEST" or first is None:
        return False
    after = words[first + 1 : first + 1 + ADDRESSEE_REACH]
    if after[:1] and after[0] in ADDRESSING:
        after = after[1:]
    if "to" not in after:
        return False
    addressee = after[: after.index("to")]
    return all(w.isalpha() and w.islower() for w in addressee) and not WORLD_ADDRESSEES.isdisjoint(
        addressee
    )


def _outsider_appeal(
    own: str | None, pair: tuple[Actor, Actor] | None, ranked: Sequence[tuple[str, int]]
) -> str | None:
    if not ranked or ranked[0][1] < STORY_MIN:
        return None
    main = ranked[0][0]
    if own is not None and (own == main or (pair and own in (pair[0].country, pair[1].country))):
        return None  # a side of the story appeals to allies or to its own people
    return main


# Nouns of `CRITICISED` that name an act told before only by its verb (`ACT_VERB_NOUNS`, noted in
# `ArticleContext.act_nouns`): "the suspension" is not the last arrest or sanction of any kind.
TOLD_BY_VERB: Final = frozenset({"suspension", "suspensions"})


def criticised(
    found: Roles,
    words: list[str],
    first: int,
    acts: dict[str, tuple[Actor | None, Actor | None]],
    welcome: bool = False,
    named: dict[str, Actor] | None = None,
) -> Roles:
    """ "Japan condemned the launch", "Beijing called the decision a provocation": a criticism
    with no target of a definite act the sentence before reported targets that act's maker.
    The own people `_home_reproach` assumed for a story of one country give way to the maker
    named earlier ("The IAEA's board passed a resolution censuring Tehran. Iran condemned the
    resolution": the agency, not Iran's people). A `welcome` ("the opposition leader welcomed
    the ruling") is aimed at the maker on the welcomer's own side too, unless it is the
    welcomer itself. `named`: the maker of the act of the noun's type in the last sentence
    that used the noun ("Israeli troops detained two men in a raid ... condemned the raid":
    the raid's maker, though a later sentence told another's act of that type;
    `ArticleContext.act_nouns`). Round 39 (sides6)."""
    if (found.target is not None and not _home_default(found)) or not acts:
        return found
    tokens = list(range(first + 1, min(first + 4, len(words) - 1)))
    if first > 0 and words[first - 1] in CRITICISED_BEFORE:  # "The verdict was condemned by"
        tokens = list(range(max(first - 4, 0), first - 1)) + tokens
    for token in tokens:
        noun = criticised_noun(words, token)
        if noun is None:
            continue
        kinds = CRITICISED[noun]
        told = named.get(noun) if named is not None else None
        if told is not None and not (found.source and _own_act(told, found.source, welcome)):
            return found._replace(target=told, target_mention=None)
        if told is None and noun in TOLD_BY_VERB:
            return found  # a suspension the article did not tell by its verb: not the last act
        # "the move", "the decision": the latest act that is not itself an answer to one
        # of its kinds, the latest told (`acts` holds the last sentence's first)
        made = [acts[k] for k in acts if k in kinds] if kinds else _moves(acts, noun)
        maker = next((source for source, _ in made if source is not None), None)
        if maker is None or (found.source and _own_act(maker, found.source, welcome)):
            return found
        return found._replace(target=maker, target_mention=None)
    return found


def _phrase_end(words: list[str], start: int) -> int:
    """The index of the comma that ends the phrase `start` stands in (a comma closed by a
    quotation mark, `"a blank cheque for Brussels,"`, ends none), else the sentence's end."""
    for index in range(start + 1, len(words)):
        if words[index] == "," and (index + 1 == len(words) or words[index + 1] not in QUOTES):
            return index
    return len(words)


def home_pact_criticised(found: Roles, words: list[str], first: int) -> Roles:
    """Round 58 (parties58b): an opposition's or party's criticism of a pact ("the opposition
    criticised the agreement", "criticised the Australian deal") is of its own government, the
    pact's party at home (labelling guide point 19: the critic's own government if it made
    it), not its foreign partner: neither the maker of the pact the article told before
    (`criticised`) nor a country word inside the pact's phrase. A party named outside that
    phrase ("criticised the deal, accusing Moscow of ...") stays the target."""
    source, target = found.source, found.target
    if source is None or target is None or source.sector not in DOMESTIC_CRITICS:
        return found
    own = source.country
    if own is None or target.country == own:
        return found
    end = min(first + 1 + PACT_REACH, len(words))
    pact = next((index for index in range(first + 1, end) if words[index] in PACTS), -1)
    if pact < 0:
        return found
    if found.target_mention is not None and not set(target.text.lower().split()).issubset(
        words[first + 1 : _phrase_end(words, pact)]
    ):
        return found
    return found._replace(target=implied_actor(own, "GOV"), target_mention=None)


def _own_act(maker: Actor, critic: Actor, welcome: bool) -> bool:
    """Whether the act's maker is the critic's side (`same_side`) or, for a welcome, the
    welcomer itself: its country and sector, or its state named bare ("Romania summoned the
    ambassador. The government welcomed the summons")."""
    if not welcome:
        if maker.sector == "JUD" and critic.sector != "JUD":
            return False  # "the ex-minister rejected the warrant": the court's (guide point 46)
        if maker.sector in OUTLAW_SECTORS and maker.sector != critic.sector:
            return False  # "Haiti condemned the attack" by gangs: no side of the critic's
        return same_side(maker, critic)
    if maker.country != critic.country:
        return False
    sectors = {maker.sector or "", critic.sector or ""}
    return len(sectors) == 1 or ("" in sectors and bool(sectors & STATE_BODIES))


def _home_default(found: Roles) -> bool:
    """Whether the target is the source's own people that no mention names, which
    `_home_reproach` assumes for a reproach of a definite thing."""
    target, source = found.target, found.source
    return (
        target is not None
        and source is not None
        and found.target_mention is None
        and target.text == IMPLIED_WORDS["CVL"]
        and target.country == source.country
    )


def repelled_attack(
    found: Roles,
    words: list[str],
    first: int,
    acts: dict[str, tuple[Actor | None, Actor | None]],
) -> Roles:
    """ "Russian troops launched an offensive near Kharkiv. Ukrainian forces repelled the
    attack.": an attack fought off with no maker named in the sentence is the last attack
    reported, and the force used against it is aimed at that attack's maker."""
    if found.target is not None or found.source is None or "ASSAULT" not in acts:
        return found
    if repelling_verb(words, first) < 0:
        return found
    maker = acts["ASSAULT"][0]
    if maker is None or maker.country is None or same_side(maker, found.source):
        return found
    return found._replace(target=maker, target_mention=None)


# The words that join a criticism's clause to the next ("condemned the arrests and urged X",
# "condemned the raid but urged X"): a party after one is the next clause's
CLAUSE_JOINERS: Final = frozenset({"and", "but"})


def criticised_past_clause(
    found: Roles,
    layout: Layout,
    first: int,
    last: int,
    acts: dict[str, tuple[Actor | None, Actor | None]],
    home: str | None = None,
    named: dict[str, Actor] | None = None,
    welcome: bool = False,
) -> Roles:
    """ "condemned the raids and called on the government to ...", "called the raid a massacre
    and appealed to the United Nations", "condemned the arrests but urged Brasilia to ...": a
    criticism of a definite act named right after its verb is aimed at the act's maker
    (`criticised`), not at the party of the clause joined after it, nor at the act's sufferer
    ("condemned the attack on Abu Dhabi": `_victim_named`).
    "condemned the coup, and the West African bloc threatened": a coup's country (`home`,
    `coup_criticised`). Where no maker is found the party stays, unless it is the critic's own
    country ("condemned the drills ..., and said Taiwan would not be intimidated"): no one's
    target, for the story's other side to fill (`counterpart`). `named`, `welcome`: as
    `criticised`; round 53 (roles53w): a welcome too ("welcomed the releases but urged Washington
    to keep up pressure": the releasing state, not the addressee of the joined appeal)."""
    if found.target_mention is None:
        return found
    words = layout.words
    for token in range(first + 1, min(last + 2, len(words) - 1)):
        noun = criticised_at(words, token)
        coup = noun < 0 and home is not None and _coup_named(words, token)
        if noun < 0 and not coup:
            continue
        noun = token + 1 if coup else noun
        start = layout.first[found.target_mention]
        between = words[noun + 1 : start]
        if (
            CLAUSE_JOINERS.isdisjoint(between)
            and not _described_as(between)
            and not _victim_named(layout, first, noun, found.target_mention)
        ):
            return found
        cleared = found._replace(target=None, target_mention=None)
        if coup:
            return coup_criticised(cleared, words, first, home)
        if not acts:
            return found
        if welcome:
            return _welcomed_past_clause(found, cleared, words, first, noun, acts, named)
        made = criticised(cleared, words, first, acts, named=named)
        if made.target is not None and not _own_country(made.target, found.source):
            return made
        return cleared if _own_country(found.target, found.source) else found
    return found


# Round 53 (roles53w): talks and deals welcomed have two sides, whom the appeal joined after
# them often names ("welcomed the talks and called on both governments to ..."): no maker
# replaces its addressee.
TWO_SIDED: Final[str] = "CONSULT"


def _welcomed_past_clause(
    found: Roles,
    cleared: Roles,
    words: list[str],
    first: int,
    noun: int,
    acts: dict[str, tuple[Actor | None, Actor | None]],
    named: dict[str, Actor] | None,
) -> Roles:
    """A welcome of a definite act told before with a clause joined after it ("welcomed the
    releases but urged Washington to keep up pressure", "welcomed the release and said Oman had
    mediated") is aimed at the act's maker (docs/labelling.md point 32), even the welcomer's own
    state named whole (an exile welcoming "Belarus freed 31 prisoners"); where no maker is
    found, or the act has two sides, the party of the joined clause stays. Round 55 (review55):
    a joined "said" no longer keeps its party; what was said may name the maker ("welcomed the
    ruling and said the court had ..."), and then the maker told before is that party."""
    if TWO_SIDED in CRITICISED.get(words[noun], ()):
        return found
    made = criticised(cleared, words, first, acts, True, named)
    return made if made.target is not None else found


def _described_as(between: Sequence[str]) -> bool:
    """Whether the words after the criticised noun open what the critic calls it ("rejected
    the decision as a gift to Y's militants", "dismissed the verdict as biased ... in a
    statement from Z's capital"): a party named there is in the critic's description, not the
    one the criticism is aimed at; not "as well as" (another object of the verb), nor a
    description that names the act's maker by "by" ("denounced the detentions as a purge
    ordered by X's government": the critic's own word on who made it)."""
    if not between or between[0] != "as" or between[1:2] == ["well"]:
        return False
    return between[-1] != "by"


def _coup_named(words: Sequence[str], token: int) -> bool:
    """ "the coup", "Monday's putsch" at `token`."""
    word = words[token]
    if word not in CRITICISED_DETERMINERS and word not in DAY_POSSESSIVES:
        return False
    return words[token + 1] in COUPS


def _own_country(target: Actor | None, source: Actor | None) -> bool:
    """Whether the target is the source's own country named as a whole ("Taiwan" after its
    president): a place, no body of it."""
    if target is None or source is None or target.country is None:
        return False
    return target.country == source.country and not target.sector


# "condemned the attack on Abu Dhabi", "the strikes against Armenian villages": the act's
# sufferer, after the criticised noun
SUFFERING_PREPOSITIONS: Final = frozenset({"on", "against"})
SUFFERER_REACH: Final = 3  # words from "on" to the sufferer's mention ("on the city of Aden")
# "blamed the attack on separatists", "pinned the bombing on": "on" names the accused
BLAMING_ON: Final = BLAMING | frozenset("blame pin pinned pins pinning".split())


def _victim_named(layout: Layout, first: int, noun: int, mention: int) -> bool:
    """Whether the mention stands right after "on" or "against" after the criticised noun:
    the act's sufferer, not the one the criticism is aimed at (docs/labelling.md 2: the one
    condemned is the doer of the condemned act); not after a verb of blame."""
    words = layout.words
    if words[first] in BLAMING_ON:
        return False
    if noun + 1 >= len(words) or words[noun + 1] not in SUFFERING_PREPOSITIONS:
        return False
    return noun + 2 <= layout.first[mention] <= noun + 1 + SUFFERER_REACH


def _moves(
    acts: dict[str, tuple[Actor | None, Actor | None]], noun: str = ""
) -> list[tuple[Actor | None, Actor | None]]:
    """The parties of the acts told before that a definite noun of no one type ("the move",
    "the ruling") may name: a court's acts for a ruling (`RULINGS`), else the moves."""
    if noun in RULINGS:  # "welcomed the ruling": the court's (guide point 32), any of its acts
        rulings = [
            parties
            for parties in acts.values()
            if parties[0] and parties[0].sector == JUDICIAL_SECTOR
        ]
        if rulings:
            return rulings
    moves = [parties for kind, parties in acts.items() if kind not in REACTIONS]
    if moves:
        return moves
    # only words about a move ("Malawi welcomed the decision"): the move is the one they were
    # about, made by whom they were aimed at
    return [(target, None) for _, target in acts.values() if target is not None] or list(
        acts.values()
    )


REACTIONS: Final = frozenset({"ACCUSE", "REJECT", "SUPPORT"})  # words about a move, not moves
# A court's decision named by its noun: the maker is the court (docs/labelling.md point 32: "the
# court for a ruling, verdict or indictment"), whatever type its act was coded as ("rejected the
# challenge", a REJECT, is the ruling welcomed after it)
RULINGS: Final[frozenset[str]] = frozenset({"ruling", "judgment", "judgement"})
POLICIES: Final = frozenset(
    "reform reforms law laws bill bills policy policies decree decrees budget amendment "
    "amendments legislation crackdown".split()
)


def policy_criticised(found: Roles, words: list[str], first: int, home: str | None) -> Roles:
    """ "Opponents have called the measure draconian", "the opposition condemned the new law":
    a criticism of a policy no one in the sentence made targets the government of the
    article's country (a policy's maker), unless that government is the critic."""
    if found.target is not None or home is None:
        return found
    if found.source is not None and found.source.country == home:
        if found.source.sector in STATE_BODIES:
            return found
    for token in range(first + 1, min(first + 5, len(words))):
        if words[token] in POLICIES and words[token - 1] in POLICY_DETERMINERS:
            return found._replace(target=implied_actor(home, "GOV"), target_mention=None)
    return found


# A seizure of power: its makers are soldiers or plotters of the country it happens in.
COUPS: Final = frozenset("coup coups putsch takeover mutiny".split())
COUP_REACH: Final = (
    8  # "denounced an attempted coup", "condemned what he called an attempt to seize power"
)


def coup_criticised(found: Roles, words: list[str], first: int, home: str | None) -> Roles:
    """ "The African Union condemned the coup", "President Arce denounced an attempted coup",
    "condemned what he called an attempt to seize power by force": a criticism of a coup no
    one in the sentence is named for targets the country it happens in (the article's), its
    forces, whoever the critic (its own president too)."""
    if found.target is not None or home is None:
        return found
    window = words[first + 1 : first + 1 + COUP_REACH]
    if COUPS.isdisjoint(window) and not _seize_power(window):
        return found
    return found._replace(target=implied_actor(home, "MIL"), target_mention=None)


def _seize_power(window: Sequence[str]) -> bool:
    """ "an attempt to seize power", "a bid to grab power"."""
    return any(
        word in ("seize", "grab", "take") and window[index + 1 : index + 2] == ["power"]
        for index, word in enumerate(window)
    )


def same_side(maker: Actor, critic: Actor) -> bool:
    """Whether a critic is on the side of the act's maker: the same country, unless one is the
    state and the other is not ("the opposition condemned the arrest" by the police)."""
    if maker.country != critic.country:
        return False
    return (maker.sector in STATE_BODIES) == (critic.sector in STATE_BODIES)


def retaliation(
    found: Roles,
    words: list[str],
    first: int,
    last: int,
    acts: dict[str, tuple[Actor | None, Actor | None]],
    before: int = 0,
    older: dict[str, tuple[Actor | None, Actor | None]] | None = None,
) -> Roles:
    """ "Moscow vowed to retaliate" after "the EU imposed sanctions on Russia": a threat to
    answer with no target targets the maker of the hostile act the sentence before reported
    against the threatener's country; so does a hostile act done in answer ("Mexico responded
    by recalling its diplomats": the answer stands up to `before` words before the act).
    `older`: the acts of the sentences before that, the latest of each type, looked at when
    the latest acts hold none against the answerer ("Israeli jets struck ... Iran's army said
    its air defences intercepted most of the missiles ... Tehran reserved the right to
    respond": the interception, a hostile act of the answerer's own, hides the strike).
    The answerer's own people a story of one country assumed (`_home_force`) give way too:
    "Kyrgyz troops returned fire" answers the attack, not Kyrgyz civilians."""
    if (found.target is not None and not _home_default(found)) or found.source is None or not acts:
        return found
    after = last + 1 + (IN_RESPONSE if before else 0)  # "fired warning shots in response"
    if not answering(words[max(first - before, 0) : after]):
        return found
    answerer = found.source
    for table in (acts, older) if older else (acts,):
        for kind in HOSTILE_TYPES:
            maker, sufferer = table.get(kind, (None, None))
            if maker is None or same_side(maker, answerer):
                continue
            if _insurgents_first(maker, sufferer, answerer):
                return found._replace(target=maker, target_mention=None)
            if sufferer is None or sufferer.country != answerer.country:
                continue
            if maker.country != answerer.country or same_side(sufferer, answerer):
                # a civil war's sides are one country's state and its armed groups
                return found._replace(target=maker, target_mention=None)
    return found


def _insurgents_first(maker: Actor, sufferer: Actor | None, answerer: Actor) -> bool:
    """ "Rebels shelled an army base near Kidal ... The army struck back": a state's force
    answers the armed group of its own country that struck first, whatever place or people
    (or none) that attack was found to hit in the country (not only when the state's own side
    was found to suffer it)."""
    if maker.sector not in ARMED_GROUPS or answerer.sector not in STATE_BODIES:
        return False
    if maker.country is None or maker.country != answerer.country:
        return False
    return sufferer is None or sufferer.country == answerer.country


# "in response to the attack", "in retaliation for the strikes": the act answered, named
ANSWERED: Final = {
    ("response", "to"),
    ("reaction", "to"),
    ("retaliation", "for"),
    ("reprisal", "for"),
}
ANSWERED_REACH: Final = 8  # words after the act's trigger where the answer may name what it answers


def answered_act(
    found: Roles,
    words: list[str],
    last: int,
    acts: dict[str, tuple[Actor | None, Actor | None]],
) -> Roles:
    """ "Poland scrambled fighter jets in response to the attack": an act with no target done
    in answer to a definite act the article just reported targets that act's maker, whoever
    suffered it (`retaliation` asks that the answerer's country suffered, for an answer that
    does not name the act)."""
    if found.target is not None or found.source is None or not acts:
        return found
    end = min(last + ANSWERED_REACH, len(words) - 2)
    for token in range(last + 1, end):
        if (words[token], words[token + 1]) not in ANSWERED:
            continue
        determiner, noun = words[token + 2 : token + 4] if token + 3 < len(words) else ("", "")
        kinds = CRITICISED.get(noun) if determiner in CRITICISED_DETERMINERS else None
        if not kinds:
            return found
        maker = next((acts[k][0] for k in kinds if k in acts and acts[k][0] is not None), None)
        if maker is None or maker.country is None or same_side(maker, found.source):
            return found
        if maker.country == found.source.country:
            return found
        return found._replace(target=maker, target_mention=None)
    return found


def filed_by(
    found: Roles, words: list[str], accusers: tuple[Actor | None, Actor | None] | None
) -> Roles:
    """ "The suit, filed under the act, wants the government to ...": a lawsuit or complaint
    that opens the sentence acts for whoever filed it (the accuser just reported)."""
    if found.source is not None or accusers is None or accusers[0] is None:
        return found
    if len(words) < 3 or words[0] != "the" or words[1] not in FILINGS:
        return found
    if found.target is not None and found.target.code == accusers[0].code:
        return found  # no self-target
    return found._replace(source=accusers[0])


@lru_cache(maxsize=512)
def implied_actor(country: str, sector: str) -> Actor:
    """The party a rule fills in for a state's organ the sentence leaves unnamed ("(police)",
    "(parliament)": `IMPLIED_WORDS`)."""
    return Actor(text=IMPLIED_WORDS[sector], code=country + sector, country=country, sector=sector)


# Online platforms a state blocks, bans or suspends: the company that runs one is the act's
# target, of its owner's country ("ordered the suspension of X across Brazil", "blocked access
# to Instagram", "ordered the dissolution of TikTok's Canadian business"), not the country the
# ban covers nor its users; the labelled sets code every such ban so. As written in the text.
PLATFORM_OWNERS: Final = {
    **dict.fromkeys(
        "X Twitter Facebook Instagram WhatsApp YouTube Google Meta Starlink ChatGPT OpenAI "
        "Threads".split(),
        "USA",
    ),
    **dict.fromkeys("TikTok WeChat ByteDance Temu".split(), "CHN"),
}
PLATFORM_ROOTS: Final = frozenset({"16", "17"})
PLATFORM_REACH: Final = (
    6  # words after the trigger ("the suspension of the social media platform X")
)
MEDIUM_WORDS: Final = frozenset({"on", "via", "through", "over"})  # "posted on X": a medium


def platform_owner(
    found: Roles, code: str, text: str, starts: Sequence[int], words: list[str], last: int
) -> Roles:
    """A ban or block of a named platform targets the company running it (`PLATFORM_OWNERS`),
    unless the act already has a target of a country other than the source's."""
    source, target = found.source, found.target
    if code[:2] not in PLATFORM_ROOTS or source is None or source.country is None:
        return found
    if target is not None and target.country != source.country:
        return found
    for token in range(last, min(last + 1 + PLATFORM_REACH, len(words))):
        if token > 0 and words[token - 1] in MEDIUM_WORDS:
            continue
        start = starts[token]
        name = text[start : start + len(words[token])]
        name = name.removesuffix("'s").removesuffix("\u2019s")
        owner = PLATFORM_OWNERS.get(name)
        if owner is not None and owner != source.country:
            company = Actor(text=name, code=owner + "BUS", country=owner, sector="BUS")
            return found._replace(target=company, target_mention=None)
        if words[token] in (".", ";"):
            break
    return found


# round 39 (sides6f): "were given life terms", "was handed a ten-year sentence": the term or
# sentence a legal act's phrase names is a court's as surely as "sentenced"
SENTENCED: Final = frozenset(
    "sentenced jailed convicted imprisoned charged indicted remanded term terms sentence "
    "sentences".split()
)
# "Bobi Wine was detained in Luuka district", "the activist was arrested at her home": an
# arrest told in the passive with no agent is the police's of the country ("were bundled into
# vans", round 39, sides6f; round 49, miss49f: "was taken from his home before dawn")
ARRESTED: Final = frozenset("arrested detained held bundled taken".split())
# round 39 (sides6f): "They were released two hours later": people of the article's country
# set free in the passive with no agent are released by its state, which held them
# (`RELEASED_PERSONS`): "released", "freed" (`existence.RELEASING_VERBS`)
# "Mr Tembo was placed under house arrest", "the former president was taken into custody": an
# arrest told by a verb phrase around its noun, passive with no agent, is the police's as well
# (the noun alone, "the arrest of X", names an act, not who made it).
ARREST_NOUNS: Final = frozenset("arrest custody detention".split())


def _held_unnamed(found: Roles, code: str, words: list[str], first: int, home: str) -> Roles:
    """ "Eleven people were detained", "Several men have been arrested", "At least 20 of his
    supporters were arrested": an arrest in the passive that names neither side holds people
    of the article's country (the police's side is `sentenced_here`'s)."""
    if found.source is not None or found.target is not None or code[:2] != COERCE_ROOT:
        return found
    if first == 0 or words[first - 1] not in PAST_PASSIVE_AUXILIARIES:
        return found
    if words[first] not in ARRESTED:
        return found
    return found._replace(target=implied_actor(home, "CVL"))


def sentenced_here(
    found: Roles,
    code: str,
    words: list[str],
    first: int,
    last: int,
    home: str | None,
    place: str | None = None,
) -> Roles:
    """ "Fail Alsynov, a Bashkir activist, was sentenced to four years", "Lissu was charged
    with treason", "Wine was detained": a sentence, a charge or an arrest of one of the
    article's own people with no court or police named is that state's courts' or police's.
    Where the participle names the country it happened in ("A Canadian climber was detained
    in Nepal", `place`), the police and courts are that country's, whoever is held."""
    if home is not None and place is None:
        found = _held_unnamed(found, code, words, first, home)
    if found.source is not None or found.target is None:
        return found
    if place is not None and place != found.target.country:
        home = place
    if home is None:
        return found
    if found.target.country != home and place is None:
        return found
    said = words[first : last + 1]
    if code.startswith(RELEASED_PERSONS) and _passive_release(words, first):
        return found._replace(source=implied_actor(home, "GOV"))
    if code[:2] != COERCE_ROOT:
        return found
    if not SENTENCED.isdisjoint(said):
        return found._replace(source=implied_actor(home, "JUD"))
    if not ARRESTED.isdisjoint(said) or (len(said) > 1 and not ARREST_NOUNS.isdisjoint(said)):
        return found._replace(source=implied_actor(home, "COP"))
    return found


def _passive_release(words: list[str], first: int) -> bool:
    """ "were released", "had been freed": a release told in the passive (the trigger at
    `first` is the participle, or its auxiliary: round 50's "were released" pattern)."""
    if words[first] in PAST_PASSIVE_AUXILIARIES:
        return first + 1 < len(words) and words[first + 1] in RELEASING_VERBS
    return (
        words[first] in RELEASING_VERBS
        and first > 0
        and words[first - 1] in PAST_PASSIVE_AUXILIARIES
    )


def aid_here(found: Roles, code: str, home: str | None) -> Roles:
    """ "Japan sent a team of disaster relief experts", "The World Food Programme began
    distributing rice": aid (CAMEO 07, and a pledge of it, 033) to no one named goes to the
    country the article is about, when the giver is another (the caller passes no `home`
    for an article's first sentence: a sentence alone, or a lead, has told no story's
    country yet)."""
    if found.target is not None or found.source is None or home is None:
        return found
    if not (code[:2] == AID_ROOT or code.startswith(AID_PLEDGE)):
        return found
    if found.source.country == home:
        return found
    return found._replace(target=implied_actor(home, "GOV"), target_mention=None)


# Round 62 (targets62): "the minister promised that Manila would grant cheap credit", "vowed
# that Jordanian troops would help clear the mines": the subject of the clause a pledge or
# offer opens with "that" is the one who will give, the pledger's own side, not the one the
# pledge is made to (docs/labelling.md section 2: the target is the one the act is aimed at).
# With no one else named, the pledge is made to the other side of the article's pair or story.
# A story with no other side keeps the pledge's own-country target (a pledge made at home).
PLEDGING_VERBS: Final = frozenset(
    "pledged pledges promised promises vowed vows offered offers assured assures".split()
)
PLEDGE_CLAUSE_REACH: Final = 3  # words from the pledge's verb to "that" ("pledged on Friday that")


def own_pledge_subject(
    found: Roles,
    code: str,
    words: list[str],
    span: tuple[int, int],
    pair: tuple[Actor, Actor] | None,
    ranked: Sequence[tuple[str, int]],
) -> Roles:
    """A pledge's target that is the pledger's own country named as the subject of the clause
    after "<pledged> that" (`span`: its first and last token) and before "would"/"will" gives
    way to the other side of the article (`_other_side`); in a story of one country it stays."""
    source, target = found.source, found.target
    if code[:2] != INTENT_ROOT or source is None or target is None:
        return found
    if source.country is None or target.country != source.country:
        return found
    first, last = span
    if last + 1 >= len(words) or words[last + 1] not in PLAN_MODALS:  # "would", "will"
        return found
    opener = (first - 1 if first > 0 and words[first - 1] in ARTICLES else first) - 1
    if opener < 1 or words[opener] != "that":
        return found
    if PLEDGING_VERBS.isdisjoint(words[max(opener - PLEDGE_CLAUSE_REACH, 0) : opener]):
        return found
    other = _other_side(source.country, pair, ranked)
    if other is None:
        return found  # a pledge at home ("pledged that the president would respect the ruling")
    return found._replace(target=implied_actor(other, "GOV"), target_mention=None)


def _another(layout: Layout, trigger: Trigger, previous: Roles | None) -> int | None:
    """ "shot a policeman and kidnapped another (officer)": the object is one more of the
    previous act's kind, of the same side."""
    if previous is None or previous.target_mention is None:
        return None
    following = layout.words[trigger.last + 1 : trigger.last + 4]
    if not any(word in ANOTHER for word in following) or not _coordinated(
        layout, trigger, previous
    ):
        return None
    return previous.target_mention


PROVOKED: Final = frozenset({"after", "when"})
PROVOKED_ROOTS: Final = frozenset({"15", "17", "18", "19", "20"})


def _provoker(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """ "South Korean troops fired warning shots after North Korean soldiers crossed the
    line", "police fired tear gas when protesters threw stones": a forceful act with no
    object, answering what another party did in a clause opened by "after" or "when", is
    aimed at that party (the clause's subject)."""
    if source is None or trigger.code[:2] not in PROVOKED_ROOTS:
        return None
    words = layout.words
    end = min(len(words), trigger.last + 8)
    opener = next((k for k in range(trigger.last + 1, end) if words[k] in PROVOKED), None)
    if opener is None or "," in words[trigger.last + 1 : opener]:
        return None
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= opener:
            continue
        if first > opener + 4 or layout.prep[index] not in (None, words[opener]):
            return None  # "after North Korean soldiers crossed": "after" opens a clause
        if layout.blocked[index] or not _clause_follows(words, layout.last[index]):
            return None
        doer, actor = layout.mentions[index].actor, layout.mentions[source].actor
        if doer.country is None or same_side(doer, actor) and doer.country == actor.country:
            return None
        return index
    return None


def _clause_follows(words: list[str], last: int) -> bool:
    """Whether a verb follows the mention (an adverb or the rest of its noun phrase between):
    "soldiers (briefly) crossed", "Turkish fishing boats entered", not "talks with Kosovo on
    Friday"."""
    for word in words[last + 1 : last + 4]:
        if word.endswith("ed") or word in IRREGULAR_PARTICIPLES or word in BE_FORMS:
            return True
        if not word.isalpha() or word in PREPOSITIONS or word in NOT_THINGS:
            return False
    return False


# Ranks that are also adjectives: in a trigger before its noun ("A general strike paralysed
# the capital", "a major offensive") the word describes the act, not an officer doing it.
ADJECTIVE_TITLES: Final = frozenset({"general", "major"})


def _unturned_agent(layout: Layout, trigger: Trigger, target: int | None) -> int | None:
    """The agent the trigger starts with (`_agent_in_trigger`), unless it is the target: a
    trigger that starts on its passive subject's noun ("two envoys were expelled", "the attache
    ... was given 48 hours to leave") has that subject as the target the passive's reading
    chose (labelling guide section 2: "Passives are turned round"), never also the maker
    (round 56, roles56)."""
    agent = _agent_in_trigger(layout, trigger)
    return agent if agent != target else None


def _agent_in_trigger(layout: Layout, trigger: Trigger) -> int | None:
    """ "protesters threw stones", "Turkish warplanes struck": a trigger that starts with
    (the last word of) its agent."""
    for index in range(len(layout.mentions)):
        first, last = layout.first[index], layout.last[index]
        if first <= trigger.head <= last < trigger.last:
            if first == last and layout.words[first] in ADJECTIVE_TITLES:
                return None  # "a general strike", "a major offensive": no officer's act
            return index if layout.prep[index] is None else None
    return None


def reporter(layout: Layout, mention: int) -> int | None:
    """Who says the clause `mention` stands in: the reporting speaker, else the subject of
    the clause before its "that" ("The administration declared that China must ...")."""
    if layout.speaker is not None and layout.speaker != mention:
        return layout.speaker
    first = layout.first[mention]
    that = next((k for k in range(first - 1, -1, -1) if layout.words[k] == "that"), None)
    if that is None:
        return None
    found = _nearest_subject(layout, layout.left_stop(that), that)
    return found if found != mention else None


def _addressee(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """ "wrote to the premier to request a meeting": the party written or turned to is the
    target of the act its infinitive names."""
    to = trigger.head - 1
    if to < 1 or layout.words[to] != "to":
        return None
    before = to - 1
    if layout.words[before] == ")" and "(" in layout.words[max(before - 8, 0) : before]:
        before -= layout.words[before - 1 :: -1].index("(") + 2  # "the prime minister (Modi)"
    index = layout.owner.get(before)
    if index is None or index < 0 or index == source or layout.blocked[index]:
        return None
    return index if layout.prep[index] == "to" else None


def _inverted(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """ "Recently called for the regime under Kim, U.S. to replace its envoy": copy machine-
    translated from a verb-second language (German, Dutch, the Nordic ones) puts the subject
    after a verb that opens the sentence behind an adverb. With nothing but adverbs before
    the verb, "X, Y to <verb>" after it is the subject X asking Y."""
    if trigger.noun or trigger.head == 0 or trigger.head > 3:
        return None
    if not all(map(time_or_adverb, layout.words[: trigger.head])):
        return None
    after = [i for i, first in enumerate(layout.first) if first > trigger.head]
    if len(after) < 2:
        return None
    subject = after[0]
    comma = layout.last[subject] + 1
    words = layout.words
    if comma + 1 < len(words) and words[comma] in ("under", "of", "in"):
        owned = layout.owner.get(comma + 1, -1)  # "the regime under Kim": the subject's own
        comma = layout.last[owned] + 1 if owned >= 0 else comma
    if comma >= len(words) - 2 or words[comma] != ",":
        return None
    asked = layout.owner.get(comma + 1)
    if asked is None or asked < 0 or layout.last[asked] + 1 >= len(words):
        return None
    if words[layout.last[asked] + 1] != "to" or layout.blocked[subject] or layout.blocked[asked]:
        return None
    return subject, asked


def _object_relative(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """ "Mike Pence, who Christie had derided": the antecedent is the object of the verb when the
    relative clause has a subject of its own."""
    pronoun = _relative_before(layout, trigger.head, layout.left_stop(trigger.head))
    if pronoun is None or source is None or layout.first[source] <= pronoun:
        return None
    if layout.words[pronoun] == "where":  # "flew to Warsaw, where he met X": a place
        return None
    if layout.words[pronoun] == "whose":  # "Modi, whose government has accused China": the
        return None  # antecedent owns the clause's subject; it is no object of its verb
    if layout.words[pronoun] == "which" and trigger.code.startswith(DENIAL):
        return None  # "accused Kabul of sheltering the fighters, which the Taliban denied"
    if "," in layout.words[pronoun + 1 : trigger.head]:
        return None
    antecedent = layout.antecedent[pronoun]
    return antecedent if antecedent != source and not layout.blocked[antecedent] else None


def _own_side(mentions: Sequence[Mention], source: int, target: int) -> bool:
    """ "The two countries agreed to keep cooperating on intelligence", "Both armies began
    pulling troops back": a bare sector the context gave the pair's first side's country is
    that side's own, no party the pair acts on."""
    found, first = mentions[target], mentions[source].actor
    return found.resolved and found.actor.country == first.country and not found.refers


def _roles(layout: Layout, trigger: Trigger, source: int | None, target: int | None) -> Roles:
    mentions = layout.mentions
    if source is not None and target is not None:
        if source == target or same_entity(mentions[source], mentions[target]):
            target = None
    if (
        target is not None
        and mentions[target].other is not None
        and layout.prep[target] == "between"
        and trigger.code[:2] == CONSULT_ROOT
        and trigger.code[:3] not in MEDIATING_CODES
    ):
        # "Qatar hosted talks between the two sides": the talks are the two sides', as with
        # "talks between Pakistan and Afghanistan"; the host is no party
        pair = mentions[target]
        return _new_roles((pair.actor, pair.other, _distance(trigger, [pair]), target, None))
    if source is not None and mentions[source].other is not None:
        other = mentions[source].other
        if (
            target is None
            or layout.prep[target] in LOCATIVE
            or _own_side(mentions, source, target)
            or _pair_place(layout, trigger, target)
        ):
            # "the two leaders agreed", "discussed the situation in Gaza": the pair's second
            sides = [mentions[source]]
            return _new_roles(
                (mentions[source].actor, other, _distance(trigger, sides), source, None)
            )
    return _new_roles(
        (
            mentions[source].actor if source is not None else None,
            mentions[target].actor if target is not None else None,
            _distance(trigger, [mentions[i] for i in (source, target) if i is not None]),
            source,
            target,
        )
    )


def _pair_place(layout: Layout, trigger: Trigger, target: int) -> bool:
    """Round 59 (parties59): "The two leaders agreed to resume talks on the New River Triangle":
    a place of no state organ named after a preposition in a pair's act is what the act is
    about, not a third party: an act of the two together (agreement, talks, support,
    cooperation) is between the pair (not an appeal: "the two presidents called on
    Afghanistan's Taliban authorities" names its addressee)."""
    if trigger.code[:2] not in SYMMETRIC_ROOTS:
        return False
    mention = layout.mentions[target]
    return (
        mention.kind == PLACE and mention.actor.sector is None and layout.prep[target] is not None
    )


def _usable(layout: Layout, index: int) -> bool:
    return not layout.blocked[index] and layout.prep[index] not in LOCATIVE


# --- subject --------------------------------------------------------------------------


def _subject(layout: Layout, trigger: Trigger, previous: Roles | None) -> int | None:
    stop = layout.left_stop(trigger.head)
    joined = _joined_subject(layout, trigger, previous, stop)
    if joined != _UNJOINED:
        return joined
    if (
        _after_thing(layout, trigger)
        or _adverbial_noun(layout, trigger)
        or _unnamed_who(layout, trigger, stop)  # "tear gas at supporters who blocked roads"
    ):
        return None
    doer = layout.owner.get(trigger.head - 1)
    if doer is not None and doer >= 0 and not trigger.noun and not layout.blocked[doer]:
        if (
            layout.words[trigger.head].endswith("ing")
            and layout.mentions[doer].kind not in ("place", "seat")
            and layout.prep[doer] not in GOALS
        ):
            return doer  # "tear gas at opposition supporters protesting against the vote"
    relative = _relative_before(layout, trigger.head, stop)
    if (
        relative is not None
        and not trigger.noun
        and _after_restrictive(layout, trigger.head, relative)
    ):
        antecedent = layout.antecedent[relative]
        return antecedent if _relative_subject(layout, antecedent) else None
    if relative is not None:
        found = _in_relative(layout, trigger, relative)
        return _first_conjunct(layout, found, stop) if found is not None else None
    opened = _prepositional_relative(layout, trigger.head, stop)
    found = _nearest_subject(layout, opened, trigger.head, inside=opened != stop)
    if found is not None and not trigger.noun:
        found = _placed_subject(layout, found)
    if found is not None and not trigger.noun and _own_thing_subject(layout, found, trigger):
        return None  # "traded accusations after a drone strike on a market killed 30"
    if found is not None and _said_between(layout, found, trigger):
        return None  # "They said drone strikes hit a market": the speaker made no strike
    if found is not None and _thing_reported(layout, found, trigger, stop):
        return layout.speaker  # "said the Japanese ship had entered ... and accused Tokyo"
    if found is not None:
        found = _first_conjunct(layout, found, opened)
        found = _participle_holder(layout, found, opened, trigger)
    found = _shared_subject(layout, trigger, found, stop)
    found = found if found is not None else _agent_of_subject(layout, stop, trigger.head)
    found = found if found is not None else _owner_of_subject(layout, stop, trigger.head)
    return found if found is not None else _speaker_fallback(layout, trigger, stop)


# Round 51 (types51): "A gang holding seven nurses kidnapped from a clinic freed them", "Troops
# guarding the crossing shot two smugglers": a party the subject's present participle takes as its
# object ("holding seven nurses") is no subject of the main verb after it; the party before the
# participle is. Not across a clause's break ("the army, holding the town, said"; "who", "said")
# nor after a word in -ing that is a preposition ("including", "following").
_ING_PREPOSITIONS: Final = frozenset(
    "including according during following regarding concerning excluding notwithstanding "
    "pending barring".split()
)
# participles that stand before a noun as its adjective ("Honduras' governing Libre party", "the
# ruling party", "the warring sides"): the party after them is no object
_ING_ADJECTIVES: Final = frozenset(
    "ruling governing opposing warring neighbouring neighboring remaining outgoing incoming "
    "ongoing existing".split()
)


def _participle_holder(layout: Layout, found: int, stop: int, trigger: Trigger) -> int:
    """The party before a present participle whose object is `found`, the main verb's subject
    (`found` itself when no such participle stands between them)."""
    words = layout.words
    if found == 0 or trigger.noun or words[trigger.head].endswith("ing"):
        return found
    for holder in range(found - 1, -1, -1):  # "holding seven nurses and a doctor": the first
        if layout.first[holder] < stop:
            return found
        verb = layout.last[holder] + 1
        participle = words[verb] if verb < layout.first[holder + 1] else ""
        if not participle.endswith("ing"):
            continue
        if (
            participle in _ING_PREPOSITIONS
            or participle in _ING_ADJECTIVES
            or words[verb - 1].endswith(POSSESSIVE_ENDINGS)  # "China's ruling party"
            or not participle.islower()
            or layout.prep[holder] is not None
            or layout.blocked[holder]
            or not disjoint_in(_PARTICIPLE_BREAKS, words, verb, trigger.head)
        ):
            return found
        return holder
    return found


def _placed_subject(layout: Layout, index: int) -> int:
    """ "Some Kenyan lawmakers from Mombasa criticised ...", "Kenyan troops in Somalia
    attacked ...": a place right after a party of a sector, joined by "in" or "from" alone,
    says where that party is from or stands; the party is the subject."""
    if layout.mentions[index].kind != PLACE:
        return index
    owner = _placed_owner(layout, index)
    return index if owner is None else owner


_PLACED_PREPS: Final = frozenset({"in", "from"})


def _placed_owner(layout: Layout, index: int) -> int | None:
    """The party of a sector right before the town or capital at `index`, joined to it by
    "in" or "from" alone ("Russia's embassy in Bern"), if any."""
    if index == 0 or layout.mentions[index].kind not in STATE_KINDS or layout.blocked[index - 1]:
        return None
    between = _gap(layout, index - 1, index)
    if len(between) != 1 or between[0] not in _PLACED_PREPS or layout.prep[index - 1] is not None:
        return None
    return index - 1 if layout.mentions[index - 1].actor.sector is not None else None


SUBORDINATE: Final = frozenset("after before when because while as since".split())
# "Riot police charged the demonstrators and used water cannon", "The court ordered X to wear
# a monitor and banned him from ...": a verb joined by "and" with no subject of its own shares
# the subject of the verb before it; the party nearest before "and" is that verb's object.
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset(
    "and or but , ; : who which that whom whose when while after before because as if said "
    "says told".split()
)
# a participle's phrase ends at these (`_participle_holder`): "and" joins its objects
_PARTICIPLE_BREAKS: Final = (CLAUSE_OPENERS - {"and"}) | SUBORDINATE | SAY | frozenset({"to"})


def _conjunct_object(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """ "Riot police charged the demonstrators and used water cannon": force with no object of
    its own, joined by "and" to a verb with one, is used on that verb's object."""
    if source is None or trigger.code[:2] not in ("17", "18"):
        return None
    token = bisect_left(layout.starts, trigger.start)
    before = [i for i in range(len(layout.mentions)) if i > source and layout.last[i] < token]
    if not before:
        return None
    found = before[-1]
    stop = layout.left_stop(trigger.head)
    if _shared_subject(layout, trigger, found, stop) != source:
        return None
    return found if layout.mentions[found].actor != layout.mentions[source].actor else None


def _shared_subject(layout: Layout, trigger: Trigger, found: int | None, stop: int) -> int | None:
    """The subject of the verb before "and" when the trigger is a verb joined to it and
    `found` (the party nearest before) is that verb's object; else `found`."""
    if found is None or trigger.noun:
        return found
    words = layout.words
    token = bisect_left(layout.starts, trigger.start) - 1
    if token > 0 and words[token].endswith("ed") and words[token - 1] == "and":
        token -= 1  # "and used water cannon", "and fired tear gas": the verb before its noun
    while token >= 0 and (words[token] in ADVERBS or words[token] in AUXILIARIES):
        token -= 1
    if token <= 0 or words[token] != "and" or layout.prep[found] is not None:
        return found
    if layout.last[found] >= token or layout.blocked[found]:
        return found
    subject = next(
        (
            i
            for i in range(found)
            if layout.first[i] >= stop
            and layout.prep[i] is None
            and not layout.blocked[i]
            and not layout.enclosed[i]
        ),
        None,
    )
    if subject is None:
        return found
    verbs = words[layout.last[subject] + 1 : layout.first[found]]
    if not verbs or not CLAUSE_OPENERS.isdisjoint(verbs) or not verbs[0].endswith("ed"):
        return found  # the party before "and" is no object of the subject's verb
    between = words[layout.last[found] + 1 : token]
    if not CLAUSE_OPENERS.isdisjoint(between) and not _verb_list(between):
        return found
    return subject


def _verb_list(between: list[str]) -> bool:
    """Round 38 (weak5): "the putschists dissolved the government, closed the borders and
    imposed a curfew": between the first verb's object and "and" stand only further verb
    phrases of a list, each opened by a comma and a past verb, and nouns joined by "and"
    ("dissolved the government and the constitution, closed ...")."""
    for index, word in enumerate(between):
        following = between[index + 1] if index + 1 < len(between) else ""
        if word == ",":
            if not following.endswith("ed") or following in CLAUSE_OPENERS:
                return False
        elif word == "and":
            if following.endswith("ed") or following in CLAUSE_OPENERS:
                return False
        elif word in CLAUSE_OPENERS:
            return False
    return True


def _own_thing_subject(layout: Layout, found: int, trigger: Trigger) -> bool:
    """Whether a subordinate clause opened between the subject found and the verb ("after a
    drone strike on a market killed") has its own subject, a thing that is no party."""
    words = layout.words
    for token in range(layout.last[found] + 1, trigger.head - 2):
        if words[token] in SUBORDINATE and words[token + 1] in ARTICLES:
            following = layout.owner.get(token + 2)
            if _phrase_then_and(words, token + 2, trigger.head):
                return False
            return following is None or following < 0
    return False


# round 38 (feedmiss5): "Several opposition lawmakers went into the building after the march and
# demanded that ...": a short noun phrase with no verb of its own ("after the march") and then
# "and": the verb after it goes on with the subject, no clause of the thing's
THING_PHRASE_REACH: Final = 2  # words of the phrase ("the march", "the final vote")


def _phrase_then_and(words: list[str], start: int, head: int) -> bool:
    """Whether the words from `start` to the verb at `head` are a short phrase with no past
    verb and then "and"."""
    phrase = words[start : head - 1]
    return (
        words[head - 1] == "and"
        and len(phrase) <= THING_PHRASE_REACH
        and not any(word.endswith("ed") for word in phrase)
    )


def _said_between(layout: Layout, found: int, trigger: Trigger) -> bool:
    """Whether the act's noun opens the clause reported after the subject found ("They said
    drone strikes hit ...": no verb of the subject's but "said" before the noun)."""
    between = layout.words[layout.last[found] + 1 : trigger.head]
    return bool(between) and between[-1] in SAY or (len(between) > 1 and between[-2] in SAY)


LIST_COMMAS: Final = ([","], [",", "the"])


def _first_conjunct(layout: Layout, found: int, stop: int) -> int:
    """ "Britain, France and Germany warned", "The United States and Japan imposed": a
    coordinated subject acts through its first-named party (the initiator by convention), not
    the one nearest the verb."""
    left = found - 1
    if left < 0 or layout.first[left] < stop:
        return found
    if not (_subject_conjunct(layout, left) or _included(layout, left)):
        return found
    if not (
        _joined(layout, left, found)
        or _list_goes_on(layout, left, found)
        or _demonym_shared(layout, left, found)
    ):
        return found
    right = layout.mentions[found].actor
    if layout.mentions[left].actor.sector is None and right.sector and right.country:
        # "US and British forces": the adjectives share the noun's sector (not "The United
        # Kingdom and the African Union urged": an organisation is no country's sector)
        return found
    first = left
    while (
        first > 0
        and layout.first[first - 1] >= stop
        and (_list_conjunct(layout, first - 1) or _included(layout, first - 1))
    ):
        between = _gap(layout, first - 1, first)
        if between not in LIST_COMMAS:  # "Norway, the Czech Republic, Austria"
            break
        first -= 1
    if _included(layout, first) and _country_head(layout, first - 1, stop):
        return first - 1  # "Germany and its allies, including Japan, ...": the head acts
    return first if not layout.enclosed[first] else left


# Round 59 (parties59): "Russian police and migration officers detained ...", "Kenyan police and
# immigration officials arrested ...": a bare agent noun joined by "and" and one modifier of its
# own ("migration officers") to a party its demonym names shares that party's country: the
# first conjunct is the subject (the bare noun alone would take the story's other country). Both
# are a state's forces or its government (`STATE_FORCES`).


def _demonym_shared(layout: Layout, left: int, right: int) -> bool:
    """Whether the mention at `right` is a bare agent noun after "and" and one lower-case
    modifier, joined to a state's force or organ at `left` named with its country."""
    gap = _gap(layout, left, right)
    if len(gap) != 2 or gap[0] != "and" or not (gap[1].isalpha() and gap[1].islower()):
        return False
    named, bare = layout.mentions[left].actor, layout.mentions[right]
    return (
        named.country is not None
        and named.sector in STATE_FORCES
        and bare.actor.sector in STATE_FORCES
        and bare.actor.text.islower()
    )


def _included(layout: Layout, index: int) -> bool:
    """Round 39 (sides6f): "Western embassies, including those of the U.S. and Britain,
    called for restraint": the list after "including" names the countries of a body that is
    no country's; its first-named party is the subject, as in a listed subject."""
    return layout.prep[index] == "including" and _usable(layout, index)


def _country_head(layout: Layout, index: int, stop: int) -> bool:
    """A party named with its country right before an "including" list, the head it belongs
    to (not a bare sector given the story's country: "Several governments, including ...")."""
    return (
        index >= 0
        and layout.first[index] >= stop
        and _subject_conjunct(layout, index)
        and layout.mentions[index].actor.country is not None
        and not layout.mentions[index].resolved
    )


def _list_conjunct(layout: Layout, index: int) -> bool:
    """A party of a listed subject, also a country set off by commas inside the list ("South
    Africa, the Czech Republic, Norway and Chile cut ties": no apposition of South
    Africa's, the list's second state)."""
    if _subject_conjunct(layout, index):
        return True
    return (
        layout.enclosed[index]
        and index > 0
        and layout.mentions[index].kind == PLACE
        and layout.mentions[index - 1].kind == PLACE
        and _usable(layout, index)
        and layout.prep[index] is None
    )


def _list_goes_on(layout: Layout, left: int, found: int) -> bool:
    """ "Saudi Arabia, Egypt and the Gulf states voiced support": two parties set off by a
    comma, the list closed by "and" and a group that is no coded party; the nearest party
    is a middle conjunct, not the subject."""
    words = layout.words
    between = _gap(layout, left, found)
    after = layout.last[found] + 1
    return between == [","] and after < len(words) and words[after] == "and"


def _subject_conjunct(layout: Layout, index: int) -> bool:
    return (
        _usable(layout, index)
        and layout.prep[index] is None
        and not layout.enclosed[index]
        and layout.mentions[index].kind != PRONOUN
    )


def _after_thing(layout: Layout, trigger: Trigger) -> bool:
    """ "after an attack that killed two soldiers": a relative clause on a noun that is no
    party has that noun for its subject, not the party before it."""
    token = trigger.head - 1
    while token > 0 and layout.words[token] in ADVERBS:
        token -= 1
    if token < 1 or layout.words[token] not in ("that", "which"):
        return False
    noun = layout.words[token - 1]
    return noun.isalpha() and token - 1 not in layout.owner and noun not in NOT_THINGS


SUFFERED: Final = frozenset("killed wounded injured hurt died slain abducted kidnapped".split())


# Words that may stand between "killed in a" and the act's noun: "a suicide car bombing", "a
# roadside bomb attack", "a militant attack" (plain words in lower case, no party's word).
VICTIM_MODIFIERS: Final = 3


def _modifier_word(layout: Layout, token: int) -> bool:
    if layout.owner.get(token, -1) >= 0:
        return True  # a party's word: "in a Hezbollah drone attack"
    word = layout.words[token]
    return word.isalpha() and word.islower() and word not in DETERMINER_WORDS | SUFFERED | {"in"}


def _victims_of(layout: Layout, trigger: Trigger) -> int | None:
    """ "Two soldiers were killed in the attack", "nine people died in Russian shelling": the
    subject of a passive of suffering before "in" and the act's noun is the act's target."""
    token = trigger.head - 1
    while (
        token > trigger.head - 1 - VICTIM_MODIFIERS and token > 0 and _modifier_word(layout, token)
    ):
        token -= 1  # "a suicide car bombing", not "the three days of protest"
    while token > 0 and layout.words[token] in DETERMINER_WORDS:
        token -= 1
    if token < 1 or layout.words[token] != "in" or layout.words[token - 1] not in SUFFERED:
        return None
    stop = layout.left_stop(token - 1)
    victims = _nearest_subject(layout, stop, token - 1)
    if any(layout.owner.get(inside, -1) >= 0 for inside in range(token + 1, trigger.head)):
        # "nine people died in Russian shelling of Kherson": the adjective is the agent, found
        # apart with the place named after; victims of a country stay the target ("two
        # Indian soldiers were killed in a militant attack")
        if victims is None or layout.mentions[victims].actor.country is None:
            return None
    return victims


# Verbs of harm whose active form names the victims as object before "in" and the act's noun.
HURTING: Final = CASUALTY_WORDS  # killed wounded injured hurt
HURT_REACH: Final = 6  # tokens from the verb to "in" ("wounded two British soldiers in")


def _hurt_in(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """ "Rebels wounded three policemen in a bomb attack": an active verb of harm with the
    victims as its object before "in" and the act's noun; the verb's subject made the attack,
    the object suffered it (the noun's nearest party before it was the victims, as the source,
    round 43, types43). A passive ("two soldiers were wounded in") is `_victims_of`'s."""
    token = trigger.head - 1
    while (
        token > trigger.head - 1 - VICTIM_MODIFIERS and token > 0 and _modifier_word(layout, token)
    ):
        token -= 1
    while token > 0 and layout.words[token] in DETERMINER_WORDS:
        token -= 1
    words = layout.words
    if (
        token < 3
        or words[token] != "in"
        or any(layout.owner.get(inside, -1) >= 0 for inside in range(token + 1, trigger.head))
    ):
        return None
    verb = next(
        (k for k in range(token - 2, max(token - 1 - HURT_REACH, 0), -1) if words[k] in HURTING),
        -1,
    )
    if verb < 1 or words[verb - 1] in BE_FORMS or words[verb - 1] in BE_WORDS:
        return None
    victims = layout.owner.get(token - 1, -1)
    if victims < 0 or layout.first[victims] <= verb:
        return None
    source = _nearest_subject(layout, layout.left_stop(verb - 1), verb)
    return (source, victims) if source is not None else None


# "Eleven civilians were killed when rockets hit their homes", "X was killed and two others
# were wounded on Wednesday when a patrol opened fire on them", "six guards died when jets
# bombed the post": the victims a verb of suffering names right before "when" are the target
# of the act the clause after it tells.
# Round 39 (sides6).
WHEN_REACH: Final = 8  # tokens from "when" to the act's verb ("when a border patrol opened")
SUFFERED_REACH: Final = 4  # tokens from the passive of suffering to "when" ("on Wednesday")
WHEN_BREAKS: Final = frozenset({",", ";", ":"})  # "when" of another clause than the act's


def _victims_when(layout: Layout, trigger: Trigger, target: int | None) -> int | None:
    """The victims of a violent act told in a "when" clause after their verb of suffering,
    when no target was found (`target` else, None when there is no such clause or no party
    named as its subject)."""
    if target is not None or trigger.code[:2] not in VIOLENT_ROOTS:
        return target
    words = layout.words
    reach = range(trigger.head - 1, max(trigger.head - 1 - WHEN_REACH, 0), -1)
    when = next((token for token in reach if words[token] == "when"), -1)
    if when < 2 or any(words[token] in WHEN_BREAKS for token in range(when, trigger.head)):
        return None
    for token in range(when - 1, max(when - 1 - SUFFERED_REACH, 1), -1):
        if words[token] in SUFFERED:
            return _nearest_subject(layout, layout.left_stop(token - 1), token - 1)
    return None


def suffered_in(layout: Layout, trigger: Trigger) -> bool:
    """Whether the act is named as what its victims suffered in ("five guards were killed
    in a suicide truck bombing"), or its victims' passive names the operation they suffered it
    in (`_suffered_in_operation`): an act that implies its doer, named or not."""
    if trigger.code[:2] not in VIOLENT_ROOTS:
        return False
    if not trigger.noun:
        return _suffered_in_operation(layout, trigger)
    return _victims_of(layout, trigger) is not None


# round 51 (articles51): "12 ELN fighters were wounded during the operation", "two soldiers were
# wounded in a security operation", "were killed in the army's operations": a passive of
# suffering whose "in" or "during" names the forces' operation (a noun the coder reads as no act
# of its own) implies the operation's maker as surely as "in an attack" does (labelling guide,
# section 2: source is the one who acts, the passive turned round). Such acts scored as ones
# with no source at all and fell under the agency-copy floor.
OPERATION_NOUNS: Final = frozenset("operation operations crackdown".split())
HYPHENED: Final = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _suffered_in_operation(layout: Layout, trigger: Trigger) -> bool:
    """ "were wounded during the operation": the verb of suffering in the passive, "in" or
    "during" right after it, then the operation's noun (a determiner and up to
    `VICTIM_MODIFIERS` plain, hyphened or party's words between: "a joint security operation",
    "the cross-border operation"). Asked only of a violent verb with no source found."""
    words = layout.words
    head = trigger.head
    if words[head] not in SUFFERED or head + 2 >= len(words):
        return False
    before = head - 1
    if before > 0 and words[before] in ADVERBS:
        before -= 1  # "were later killed"
    if before < 0 or words[before] not in PASSIVE_OPENERS:
        return False
    token = head + 1
    if words[token] not in CASUALTY_LINKS:  # "in", "during"
        return False
    token += 1
    while token < len(words) and words[token] in DETERMINER_WORDS:
        token += 1
    for k in range(token, min(token + VICTIM_MODIFIERS + 1, len(words))):
        word = words[k]
        if word in OPERATION_NOUNS:
            return True
        if not (_modifier_word(layout, k) or (word.islower() and HYPHENED.fullmatch(word))):
            return False  # "the cross-border operation": a compound modifier too
    return False


def _adverbial_noun(layout: Layout, trigger: Trigger) -> bool:
    """ "Two soldiers were wounded after the attack on their convoy", "struck in retaliation
    for attacks on its troops": an act named as what came before is not done by the clause's
    subject (one "during clashes" may take part). A trigger read as a verb counts when a
    determiner shows it is a noun ("over the water cannon attack")."""
    nominal = trigger.noun
    for token in range(trigger.head - 1, max(trigger.head - 5, -1), -1):
        word = layout.words[token]
        if word in TIME_PREPOSITIONS:
            return nominal
        if word in ("for", "to") and token > 0 and layout.words[token - 1] in ANSWERS:
            return nominal  # "in retaliation for attacks on U.S. troops": someone else's
        if layout.owner.get(token, -1) >= 0 or not word.isalpha():
            return False  # a party's word; not another trigger's ("the water cannon attack")
        if word == "and" and not trigger.noun and layout.words[trigger.head].endswith("ed"):
            return False  # round 38: "went in after the march and demanded": the subject's verb
        if not trigger.noun and (word in BE_WORDS or word in AUXILIARIES):
            return False  # "jailed over a protest was freed": a verb, its own clause
        nominal = nominal or word in ARTICLES
    return False


def _nearest_subject(layout: Layout, stop: int, before: int, inside: bool = False) -> int | None:
    """The nearest mention before token `before` (not before `stop`) that can be a subject
    (`inside`: the search stays within a relative clause, whose own mentions it may take)."""
    for index in range(len(layout.mentions) - 1, -1, -1):
        if layout.last[index] >= before:
            continue
        if layout.first[index] < stop:
            return None
        prep = layout.prep[index]
        if (
            _usable(layout, index)
            and (prep is None or prep in CLAUSAL)
            and (inside or not layout.enclosed[index])
        ):
            return index
    return None


def _agent_of_subject(layout: Layout, stop: int, before: int) -> int | None:
    """ "Lobbying by the president persuaded the Senate": a subject noun phrase without a
    party of its own acts through its "by" agent."""
    for index in range(len(layout.mentions) - 1, -1, -1):
        if layout.last[index] >= before:
            continue
        if layout.first[index] <= stop:
            return None
        if layout.prep[index] == "by" and not layout.blocked[index]:
            by = layout.first[index] - 1
            while by > stop and layout.words[by] != "by":
                by -= 1
            words = layout.words[stop:by]
            return index if words and not any(w in (",", "and") for w in words) else None
    return None


# Round 61 (miss61): "The office of the Kenyan president urged ...", "The monitoring mission of
# the African Union asked ...", "The presidential office in Seoul denounced ...": a subject noun
# phrase whose head the index does not know (an organ of a party) acts for the party its "of" or
# "in" phrase names; the search for a subject skipped that party as a prepositional one. Only an
# organ's noun (`OWNED_HEADS`) heads the phrase; relatives, supporters and the like of a party
# ("Relatives of the victims", "supporters of the president") are no organ of it, and "of"
# without "the" starts an organ's own name ("The Office of Inspector General").
OWNED_HEADS: Final = frozenset(
    "office mission delegation delegations leadership secretariat presidency".split()
)
OWNED_PREPOSITIONS: Final = frozenset({"of", "in"})
OWNED_REACH: Final = 6  # tokens from the subject's opening to its preposition


def _owner_of_subject(layout: Layout, stop: int, before: int) -> int | None:
    """The party a subject noun phrase with no party of its own belongs to (see above): the
    first mention of the clause, governed by "of" or "in", right after the phrase's head and
    right before the verb at `before`."""
    words = layout.words
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first < stop:
            continue
        if (
            layout.last[index] + 1 != before
            or layout.prep[index] not in OWNED_PREPOSITIONS
            or layout.blocked[index]
        ):
            return None
        at = first - 1
        while at > stop and words[at] != layout.prep[index]:
            at -= 1
        if at <= stop or at - stop > OWNED_REACH or words[at] != layout.prep[index]:
            return None
        if words[at] == "of" and words[at + 1] != "the":
            return None  # "The Office of Inspector General": the organ's own name
        opening = words[stop:at]
        if any(word in (",", "and", "who", "which", "that") for word in opening):
            return None
        return index if words[at - 1] in OWNED_HEADS else None
    return None


def _prepositional_relative(layout: Layout, head: int, stop: int) -> int:
    """ "an ambush by the ELN in which four police officers were killed": a clause opened by a
    preposition and "which" has its own subject; the search starts after "which"."""
    words = layout.words
    for token in range(head - 1, max(stop, 1) - 1, -1):
        if words[token] in ("which", "whom") and words[token - 1] in RELATIVE_PREPOSITIONS:
            return token + 1
    return stop


def _recipient(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """ "A fugitive was extradited to Spain by a Delhi court": when the one acted upon is no
    party, the party it was handed, sent or given "to" is the target."""
    stop = layout.right_stop(trigger.head)
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= trigger.last or index == source:
            continue
        if first >= stop or first - trigger.last > AGENT_REACH:
            return None
        if layout.prep[index] == "to" and not layout.blocked[index]:
            return index if layout.words[first - 1] in ("to", "the") else None
    return None


# organs of rule, no forces: what is "released" by them is aid, not captives
CIVIL_AUTHORITIES: Final = frozenset({"GOV", "JUD", "LEG", "IGO"})
RELEASER_PREPS: Final = frozenset({"with", "from"})  # "in an exchange with Russia", "from Iran"


def _releaser(layout: Layout, trigger: Trigger, released: int | None) -> int | None:
    """ "Forty prisoners were returned to Kyiv in an exchange with Russia", "Ten soldiers were
    handed back to Cambodia, Thailand's army said": captives released with no "by" agent were
    released by the other side the sentence names after the act ("with", "from"), else by
    the speaker when the speaker is of another country than they are."""
    if trigger.code != RELEASED_PERSONS or released is None:
        return None
    captives = layout.mentions[released]
    if captives.actor.sector in CIVIL_AUTHORITIES:
        return None  # "before assistance to the government is released": no captives
    start = layout.left_stop(trigger.head)  # "Three Russians and one Ukrainian were freed"
    countries = {
        layout.mentions[i].actor.country
        for i in range(len(layout.mentions))
        if start <= layout.first[i] < trigger.head
    }
    countries |= {captives.actor.country, captives.other.country if captives.other else None}
    countries |= {layout.mentions[i].actor.country for i in _to_parties(layout, trigger)}
    stop = layout.right_stop(trigger.head)
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= trigger.last or layout.blocked[index]:
            continue
        if first >= stop:
            break
        country = layout.mentions[index].actor.country
        if layout.prep[index] in RELEASER_PREPS and country and country not in countries:
            return index
    speaker = layout.speaker
    if speaker is None:
        return None
    country = layout.mentions[speaker].actor.country
    return speaker if country and country not in countries else None


def _to_parties(layout: Layout, trigger: Trigger) -> list[int]:
    stop = layout.right_stop(trigger.head)
    return [
        i
        for i in range(len(layout.mentions))
        if trigger.head < layout.first[i] < stop and layout.prep[i] == "to"
    ]


def _agent_of_antecedent(layout: Layout, trigger: Trigger) -> int | None:
    """ "an ambush carried out by al-Shabaab in which four police officers were killed": what was
    done in the act was done by the act's agent (its "by" phrase before "in which")."""
    stop = layout.left_stop(trigger.head)
    opened = _prepositional_relative(layout, trigger.head, stop)
    if opened == stop:
        return None
    preposition = opened - 2
    for index in range(len(layout.mentions) - 1, -1, -1):
        if layout.last[index] >= preposition:
            continue
        if preposition - layout.last[index] > 1 or layout.first[index] < stop:
            return None
        return index if layout.prep[index] == "by" and not layout.blocked[index] else None
    return None


def restrictive_closer(layout: Layout, head: int) -> int | None:
    """The "who" of the restrictive clause the verb at `head` follows as the main verb
    ("Soldiers who were fighting the rebels killed six civilians": killed), if any."""
    pronoun = _relative_before(layout, head, layout.left_stop(head))
    if pronoun is None or "," in layout.words[pronoun + 1 : head]:
        return None
    return pronoun if _after_restrictive(layout, head, pronoun) else None


def open_relative(layout: Layout, head: int) -> int | None:
    """The relative pronoun of the clause still open at `head`, if any."""
    pronoun = _relative_before(layout, head, layout.left_stop(head))
    if pronoun is None or "," in layout.words[pronoun + 1 : head]:
        return None
    return None if _after_restrictive(layout, head, pronoun) else pronoun


# the first word of a "who" clause that shows its verb: "who were fighting", "who had fled"
_CLAUSE_VERB_OPENERS: Final = BE_WORDS | AUXILIARIES
# words that open another clause or report inside the "who" clause before its object
_RESTRICTIVE_BREAKS: Final = CLAUSE_OPENERS | SUBORDINATE | SAY | frozenset({"to"})


def _after_restrictive(layout: Layout, head: int, pronoun: int) -> bool:
    """ "Soldiers who were fighting the rebels killed six civilians": the verb at `head`
    follows a restrictive "who" clause that has its own verb and ends with its object right
    before `head`, so it is the main clause's verb, whose subject is the antecedent."""
    words = layout.words
    if words[pronoun] != "who" or pronoun + 1 >= head:
        return False
    opener = words[pronoun + 1]
    if opener not in _CLAUSE_VERB_OPENERS and not (opener.islower() and opener.endswith("ed")):
        return False
    word = words[head]
    if not word.islower() or word.endswith("ing"):
        return False
    token = head - 1
    while token > pronoun and (words[token] in ADVERBS or words[token] in AUXILIARIES):
        token -= 1
    ending = _mention_ending(layout, token)
    if ending is not None:
        if layout.first[ending] <= pronoun + 1:
            return False
        end = layout.first[ending]
    else:  # "Rebels who had seized the town attacked": an object no party names
        before = words[token]
        if token < pronoun + 3 or not before.isalpha() or before in BE_WORDS:
            return False
        end = token + 1
    return not any(w in _RESTRICTIVE_BREAKS for w in words[pronoun + 2 : end])


WHO_REACH: Final = 4  # words from "who" to its clause's verb ("who had tried to march")


def _unnamed_who(layout: Layout, trigger: Trigger, stop: int) -> bool:
    """Whether the verb at `head` is told of people no party names, as the subject of a
    "who" clause ("arrested dozens of young people who marched toward parliament", "a war
    veteran who wants the president to step down"): the clause's subject is those people,
    never the main clause's subject, so the act has no named source."""
    head = trigger.head
    if trigger.noun:
        return False
    for token in range(head - 1, max(stop, head - WHO_REACH - 1), -1):
        if layout.words[token] != "who":
            continue
        if token in layout.antecedent or token == 0:
            return False
        before = token - 1
        named = any(
            layout.first[i] <= before <= layout.last[i] or token < layout.first[i] < head
            for i in range(len(layout.mentions))
        )
        return not named and layout.words[before].isalpha()
    return False


def _relative_before(layout: Layout, head: int, stop: int) -> int | None:
    """The relative pronoun (", which") between the clause start and the trigger, if any."""
    if not layout.antecedent:
        return None  # the sentence has no relative pronoun with an antecedent: most have none
    for token in range(head - 1, max(stop, 0) - 1, -1):
        if layout.words[token] in RELATIVES and token in layout.antecedent:
            return token
    return None


def _in_relative(layout: Layout, trigger: Trigger, pronoun: int) -> int | None:
    """ "X, who ... , attacked": X; ", which Ankara sees as": Ankara; ", which arrived": X."""
    antecedent = layout.antecedent[pronoun]
    between = layout.words[pronoun + 1 : trigger.head]
    if "," in between:  # the clause has closed: "..., who had been detained, but Peru dismissed"
        comma = pronoun + 1 + len(between) - 1 - between[::-1].index(",")
        after = _nearest_subject(layout, comma + 1, trigger.head)
        if after is not None:
            return after
        if layout.enclosed[antecedent]:
            # round 47 (roles47): "Mendoza, a former World Bank economist who took office in
            # 2021, accused": the relative clause describes the apposition's noun; the main
            # verb's subject is the party the apposition describes
            start = layout.first[antecedent]
            head = _nearest_subject(layout, layout.left_stop(start), start)
            if head is not None:
                return head
        if _usable(layout, antecedent):
            return antecedent
        # round 50 (miss50f): "Russia's embassy in Bern, which also covers Liechtenstein, has
        # condemned": the clause describes the town or capital that says where the party
        # stands (as `_placed_subject`'s); the party is the main verb's subject
        placed = _placed_owner(layout, antecedent)
        return placed if placed is not None and _usable(layout, placed) else None
    inside = _nearest_subject(layout, pronoun + 1, trigger.head, inside=True)
    if inside is not None:
        return inside
    if layout.words[pronoun] == "where":
        return _where_some(layout, pronoun, antecedent)
    return antecedent if _relative_subject(layout, antecedent) else None


# Round 46 (roles46): "where some", "where several", "where dozens": the part of a crowd
WHERE_PART: Final = frozenset("some several many others dozens hundreds thousands".split())


def _where_some(layout: Layout, pronoun: int, antecedent: int) -> int | None:
    """ "The crowd moved on to the prime minister's office at the Auberge de Castille, where
    some threw eggs": the place "where" stands for does nothing (labelling guide, section 2:
    places are not parties); a part of those the main clause tells of ("some", "several")
    acts, so the main clause's subject, named before the place, is the source."""
    if layout.words[pronoun + 1 : pronoun + 2] != [] and layout.words[pronoun + 1] in WHERE_PART:
        return _nearest_subject(layout, 0, layout.first[antecedent])
    return None


def _relative_subject(layout: Layout, antecedent: int) -> bool:
    """Whether a relative clause's antecedent can be its subject: any party but a place,
    whatever governs it ("threw stones at police, who responded by firing")."""
    if _usable(layout, antecedent):
        return True
    return not layout.blocked[antecedent] and layout.mentions[antecedent].kind not in (
        "place",
        "seat",
    )


def _coordinated(layout: Layout, trigger: Trigger, previous: Roles) -> bool:
    """Whether the trigger is a verb joined by "and" to the verb before it, with no subject
    of its own ("shot a policeman and kidnapped another": not "X and Y met")."""
    token = trigger.head - 1
    auxiliary = False
    while token >= 0 and (layout.words[token] in ADVERBS or layout.words[token] in AUXILIARIES):
        auxiliary = auxiliary or layout.words[token] in AUXILIARIES
        token -= 1
    if token > 0 and layout.words[token] == "," and layout.words[trigger.head].endswith("ing"):
        # "expelled two diplomats, accusing them of spying": the participle's subject is
        # the clause's before the comma, not its object
        return not trigger.noun and previous.source_mention is not None
    if token <= 0 or layout.words[token] not in COORDINATORS:
        return False
    if auxiliary:
        return True
    before = layout.owner.get(token - 1)
    if before is None or before < 0 or before == previous.target_mention:
        return True
    return layout.prep[before] in LOCATIVE  # "met Zelenskyy in Ankara and called for talks"


_UNJOINED: Final = -2  # `_joined_subject`: no verb joined to the act before it


def _joined_subject(
    layout: Layout, trigger: Trigger, previous: Roles | None, stop: int
) -> int | None:
    """The subject of a verb joined by "and" to the act before it: that act's subject ("shot a
    policeman and kidnapped another"); `_UNJOINED` for a verb not so joined."""
    if previous is None:
        return _UNJOINED
    if previous.source_mention is not None and _coordinated(layout, trigger, previous):
        if _thing_reported(layout, previous.source_mention, trigger, stop):
            return layout.speaker  # "said the Chinese vessel rammed ... and accused"
        return previous.source_mention
    if _object_before_and(layout, trigger, previous):
        # "The Houthis said the strikes killed four civilians and vowed to respond": the verb
        # after "and" shares the first verb's subject (here no party), not its object
        return layout.speaker if _speaker_goes_on(layout, trigger, stop) else None
    return _UNJOINED


def _object_before_and(layout: Layout, trigger: Trigger, previous: Roles) -> bool:
    """Whether the trigger is a verb joined by "and" right after the object of the act before
    it, an act with no subject found ("the strikes killed four civilians and vowed")."""
    if trigger.noun or previous.source_mention is not None or previous.target_mention is None:
        return False
    token = trigger.head - 1
    while token > 0 and layout.words[token] in ADVERBS:
        token -= 1
    if token <= 0 or layout.words[token] != "and":
        return False
    return layout.owner.get(token - 1) == previous.target_mention


def _speaker_fallback(layout: Layout, trigger: Trigger, stop: int) -> int | None:
    """ "She said her movement would cooperate with the cabinet": the speaker's side."""
    speaker = layout.speaker
    if speaker is not None and _speakers_own(layout, trigger, speaker):
        return speaker
    if speaker is None or stop == 0 or layout.first[speaker] >= stop:
        return None
    owned = {"his", "her", "their", "our", "its", "we", "i"}
    if not owned.isdisjoint(layout.words[stop : trigger.head]):
        return speaker
    if _forces_own_strike(layout, trigger, speaker, stop):
        return speaker
    return speaker if _speaker_goes_on(layout, trigger, stop) else None


# "The Nigerian Air Force said a strike destroyed a hideout", "military sources said the jets
# had targeted": an air strike with no maker named, told by a state's armed force, is its own
AIR_STRIKES: Final = frozenset(
    "strike strikes airstrike airstrikes jets warplanes aircraft drones helicopters".split()
)
# Round 41 (weak41): "said the drones of the Bolivian navy attacked a patrol": a party named
# after one of these right after the strike's noun is its maker, not the reporting force. (Round
# 40's owner check read the tokens before the trigger's head, the strike's noun itself: only
# the article, which no mention owns, so it could not fail.)
STRIKE_MAKER_LINKS: Final = frozenset({"of", "from"})
STRIKE_MAKER_REACH: Final = (
    4  # tokens after the link looked at for the maker ("of the Bolivian navy")
)


def _forces_own_strike(layout: Layout, trigger: Trigger, speaker: int, stop: int) -> bool:
    """Whether the act is an air strike the clause a state's armed force reports names by its
    noun alone ("said a strike on Thursday destroyed ...", "said the jets had hit ...")."""
    if trigger.code[:2] not in VIOLENT_ROOTS or layout.mentions[speaker].actor.sector != "MIL":
        return False
    between = layout.words[stop : trigger.last + 1]
    return (
        len(between) >= 2
        and between[0] in ARTICLES
        and between[1] in AIR_STRIKES
        and not _strike_maker_named(layout, speaker, stop + 2, trigger.last)
    )


def _strike_maker_named(layout: Layout, speaker: int, link: int, last: int) -> bool:
    """ "the drones of the Bolivian navy", "jets from a Bolivian base": a party of another
    country than the reporting force's, named after "of" or "from" right after the strike's
    noun (at `link`), before the act's last word ("the drones of its river brigade" are the
    force's own)."""
    if link >= last or layout.words[link] not in STRIKE_MAKER_LINKS:
        return False
    home = layout.mentions[speaker].actor.country
    for token in range(link + 1, min(link + 1 + STRIKE_MAKER_REACH, last)):
        named = layout.owner.get(token, -1)
        if named >= 0 and layout.mentions[named].actor.country != home:
            return True
    return False


def _speakers_own(layout: Layout, trigger: Trigger, speaker: int) -> bool:
    """The act of a reporting frame's speaker, though the speaker only reports: a quote's
    "we"/"I" ('"We strongly condemn this attack," the ministry said') and a participle hung
    on the frame ('the ministry said in a statement, summoning the ambassador')."""
    words, head = layout.words, trigger.head
    if trigger.noun:
        return False
    if layout.first[speaker] > head:  # the quote before its speaker
        token = head - 1
        while token > 0 and (words[token] in ADVERBS or words[token].endswith("ly")):
            token -= 1  # "We strongly condemn"
        return token >= 0 and words[token] in ("we", "i") and words[token - 1 : token] != [","]
    between = range(layout.last[speaker] + 1, head)
    return (
        words[head].endswith("ing")
        and 0 < len(between) <= 8
        and words[between[0]] in SAY
        and not any(t in layout.owner or words[t] in FINITE or words[t] in SAY for t in between[1:])
    )


# Acts done by saying (cameo.SAYING_ROOTS) but offers and promises (03): an offer joined by "and"
# after a reported clause ("said the talks had stalled and offered to ...") is not given to the
# speaker (with 03, one more false event and one more wrong dyad on the round-23..25 sets).
SPEECH_ROOTS: Final = SAYING_ROOTS - {INTENT_ROOT}


def _thing_reported(layout: Layout, found: int, trigger: Trigger, stop: int) -> bool:
    """ "China said the Japanese ship had entered its waters and accused Tokyo of ...": the
    reported clause's subject is a thing of a country (a ship, a drone, an aircraft), which
    says nothing; an act done by saying joined to that clause by "and" is the speaker's."""
    speaker = layout.speaker
    if speaker is None or layout.first[speaker] >= stop or speaker == found:
        return False
    mention = layout.mentions[found]
    if mention.kind != "place" or mention.actor.sector is not None or mention.resolved:
        return False
    after = layout.last[found] + 1
    if after >= len(layout.words) or after in layout.owner:
        return False
    noun = layout.words[after]
    if not (noun.isalpha() and noun.islower()) or noun in FINITE or noun in SAY:
        return False
    return _speaker_goes_on(layout, trigger, stop)


def _speaker_goes_on(layout: Layout, trigger: Trigger, stop: int) -> bool:
    """ "Manila said the ship was hit with water cannon and accused Beijing of ...": an act
    done by saying, joined by "and" after the clause the speaker reported, with no party of
    that clause for a subject, is the speaker's."""
    words = layout.words
    if trigger.noun or trigger.code[:2] not in SPEECH_ROOTS or words[stop - 1] not in SAY:
        return False
    token = trigger.head - 1
    while token > stop and words[token] in ADVERBS:
        token -= 1
    return token > stop and words[token] in COORDINATORS


# --- passives, agents, possessors, pairs --------------------------------------------------


def _drawn(layout: Layout, trigger: Trigger) -> bool:
    """A trigger that reads as a verb ("protests") but is the noun "sparked", "drew" or "faced"
    takes: "sparking protests from rights groups", "drew angry protests from farmers"."""
    return any(word in DREW for word in layout.words[max(trigger.head - 2, 0) : trigger.head])


# "fined the company, sparking protests from rights groups", "drawing criticism from the EU": a
# reaction a comma-set participle tells of is aimed at the act before it, made by its doer
DRAWING: Final = frozenset(
    "drawing sparking prompting provoking triggering attracting earning".split()
)


def _drawn_after_act(layout: Layout, trigger: Trigger, previous: Roles | None) -> Roles | None:
    """ "The regulator fined the station, sparking protests from press groups": the reaction
    drawn by the act before it targets that act's doer (`previous`, when it has one), not the
    party next to the comma (the act's own target)."""
    if previous is None or previous.source_mention is None:
        return None
    words = layout.words
    for token in range(max(trigger.head - 2, 1), trigger.head):
        if words[token] in DRAWING and words[token - 1] == ",":
            return previous
    return None


# "The town fell to the rebels": a place taken, told from the place's side (see _fell_to)
FELL: Final = frozenset({"fell", "falls", "fallen"})


def _fell_to(layout: Layout, trigger: Trigger) -> bool:
    """ "Kasama fell to the rebels on Sunday": the party it fell "to" took it (192), the
    subject is what was taken; an agent after "to", as a passive's after "by"."""
    words = layout.words
    return (
        trigger.code[:2] == "19"
        and words[trigger.head] in FELL
        and words[trigger.head + 1 : trigger.head + 2] == ["to"]
    )


def _taker(layout: Layout, trigger: Trigger) -> int | None:
    """The party right after "fell to (the)": a goal to the layout (blocked), the taker here."""
    start = trigger.head + 2
    start += layout.words[start] == "the" if start < len(layout.words) else 0
    for index in range(len(layout.mentions)):
        if layout.first[index] <= start <= layout.last[index] and layout.prep[index] == "to":
            return index
    return None


def _passive(layout: Layout, trigger: Trigger) -> bool:
    """ "was attacked", "were seized by", "came under fire from", "drew criticism from"."""
    words = layout.words
    head = words[trigger.head]
    if trigger.code == SENTENCE_CODE and head in SENTENCE_RECEIVED and not trigger.noun:
        return True  # "received eight years in prison": the subject is the one sentenced
    before = words[max(trigger.head - 3, 0) : trigger.head]
    window = words[max(trigger.head - 5, 0) : trigger.head]
    if "under" in words[max(trigger.head - 5, 0) : trigger.head + 2]:  # rare: see the tests
        if any(
            a in PLACED_UNDER and b == "under" for a, b in zip(window, window[1:], strict=False)
        ):
            return True
        if _came_under(layout, trigger):
            return True  # "came under heavy drone attack from", "Orban came under attack from"
    if trigger.noun or _drawn(layout, trigger):
        came = any(
            a in COME and b in ("under", "in") for a, b in zip(window, window[1:], strict=False)
        )
        received = trigger.code[:2] in GIVEN_ROOTS and any(
            _received(word, trigger.code) for word in before[-3:]
        )
        received = received and _agent(layout, trigger, ("from",)) is not None
        return came or received or any(word in DREW for word in before[-3:])
    if head in BE_FORMS and trigger.last > trigger.head:
        # a trigger with its own auxiliary ("were handed back to"), but not a feeling ("was
        # outraged"): that is the subject's own disapproval
        following = words[trigger.head + 1]
        return _participle(following) and trigger.code[:2] != DISAPPROVE_ROOT
    if not _participle(head):
        return _among_those(words, trigger.head)
    if _own_stance(words, trigger):
        return False
    if _be_before(words, trigger.head) or gapped_passive(words, trigger.head):
        return True  # "a second kidnapped" after "was killed and": the auxiliary left out
    following = words[trigger.head + 1] if trigger.head + 1 < len(words) else ""
    after_by = words[trigger.head + 2] if trigger.head + 2 < len(words) else ""
    if following == "by" and after_by.endswith("ing"):
        return False  # "Pakistan retaliated by expelling": how it acted, not an agent
    if following == "by" and head.endswith("ed") and words[trigger.head - 1].isalpha():
        return True  # "talks mediated by Turkey", "a truce brokered by Qatar"
    return following == "by" and trigger.head - 1 in layout.owner


# Participles that, with "be" and "to", tell the subject's own stance, not an act done to it:
# "Chile is opposed to the plan" (round 43, types43: the PLOVER GSR's "Israel is opposed to
# French mediation" lost its source to the passive's turn).
STANCE_PARTICIPLES: Final = frozenset({"opposed"})
# Round 54 (miss54f): so do participles of concern ("said it was deeply troubled by the
# sentence", "was alarmed by the arrests"): the "by" names what concerns the subject, no agent
# acting on it (docs/labelling.md, point 28: the one concerned is the source)
CONCERN_CODE: Final[str] = "012"
FEELING_PARTICIPLES: Final[frozenset[str]] = frozenset(
    "concerned alarmed worried troubled disturbed dismayed".split()
)
# What concern names when it is aimed at no one's act (point 28: concern over "reports",
# "allegations" or a situation with no doer is a comment, not relevant): the coder's
# `_concern_over_act` turns no such concern into a criticism, and "was concerned by reports of"
# keeps the passive's reading, which gives the comment no source
NO_DOER: Final[frozenset[str]] = frozenset(
    "report reports allegation allegations claim claims rumour rumours rumor rumors situation "
    "developments news accounts violence unrest tension tensions escalation crisis".split()
)
NO_DOER_REACH: Final[int] = 4  # words after the preposition where a report or a situation stands


def _own_stance(words: list[str], trigger: Trigger) -> bool:
    """ "Turkey is opposed to Swiss mediation": the subject's own stance; "Oslo was troubled by
    the verdict": the subject's own concern over an act (`FEELING_PARTICIPLES`, `NO_DOER`)."""
    head = words[trigger.head]
    if head in STANCE_PARTICIPLES and words[trigger.head + 1 : trigger.head + 2] == ["to"]:
        return True
    if trigger.code != CONCERN_CODE or head not in FEELING_PARTICIPLES:
        return False
    after = trigger.head + 2
    return disjoint_in(NO_DOER, words, after, after + NO_DOER_REACH)


def _be_before(words: list[str], head: int) -> bool:
    """ "were seized", "were detained and beaten": a form of "be" before the participle, over
    adverbs and other participles joined to it."""
    for word in reversed(words[max(head - 5, 0) : head]):
        if word in BE_FORMS:
            return True
        if word in ("or", "and") and _active_with_clause(words, head):
            return False  # "until all hostages were returned and demanded that Hamas hand over"
        coordinated = word in ("or", "and") or word.endswith(("ed", "en"))
        if word not in BE_WORDS and not coordinated:
            return False
    return False


def _active_with_clause(words: list[str], head: int) -> bool:
    """ "... until all hostages were returned and demanded that Hamas hand over the bodies": a
    verb after "and" that opens a "that" clause has a subject of its own, the sentence's, and
    is no second participle of the passive before it ("were detained and beaten"); a verb
    whose passive takes the clause ("were arrested and told that") stays one."""
    return words[head + 1 : head + 2] == ["that"] and words[head] not in TOLD_THAT


# Participles whose passive takes a "that" clause: "were arrested and told that they would".
TOLD_THAT: Final = frozenset(
    "told warned informed assured reminded advised notified promised shown convinced".split()
)


def _among_those(words: list[str], head: int) -> bool:
    """ "Timba was among those detained": the subject is one of those the act was done to."""
    return words[head] == "among" and words[head + 1 : head + 2] == ["those"]


AMONG_REACH: Final[int] = (
    4  # tokens from "was" to the held party's noun ("was a former cabinet minister")
)


def _among_inverted(layout: Layout, trigger: Trigger) -> int | None:
    """ "Among those detained was a former minister": the subject put after "was"/"were" is
    the one the act was done to, as in "a former minister was among those detained". Round 56
    (roles56): a time phrase may stand before the copula ("Among those held on Friday night
    was"), and a name the index does not know may come first with the party in its apposition
    ("was Ana Lopes-Vieira, a senator of the opposition")."""
    words = layout.words
    if not _among_those(words, trigger.head):
        return None
    be = _among_copula(words, trigger.last + 1)
    if be is None:
        return None
    apposed = None
    for k in range(be + 1, min(be + AMONG_APPOSED_REACH, len(words))):
        if words[k] == ",":
            apposed = k
            break
        if words[k] in BE_FORMS or words[k] in COORDINATORS:
            break
    for i in range(len(layout.mentions)):
        first = layout.first[i]
        if layout.blocked[i] or first <= be:
            continue
        if first <= be + AMONG_REACH:
            return i
        # "was Noa Levi, a lawmaker": the party named in the unknown name's apposition
        return i if apposed is not None and apposed < first <= apposed + APPOSED_REACH else None
    return None


AMONG_APPOSED_REACH: Final[int] = 6  # tokens from "was" to the comma after an unknown name
APPOSED_REACH: Final[int] = 3  # tokens from that comma to the party's noun (", a lawmaker")
AMONG_TIME_REACH: Final[int] = 4  # tokens of a time phrase before the copula ("on Friday night")


def _among_copula(words: list[str], start: int) -> int | None:
    """The copula of "Among those detained was", right after the participle or after a time
    phrase ("on Thursday morning", "last week"): the first "be" within reach before any comma."""
    for k in range(start, min(start + AMONG_TIME_REACH + 1, len(words))):
        if words[k] in BE_FORMS:
            return k
        if words[k] == "," or words[k] in COORDINATORS:
            return None
    return None


def _participle(word: str) -> bool:
    """A past participle, as a passive's: "attacked", "taken", "shot"; not an adjective or
    adverb that only ends like one ("was open to talks", "were often")."""
    if word in EN_WORDS:
        return False
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


# Words ending in "en" that are no participle: "the government was open to dialogue" is the
# government's own intent, not an act done to it.
EN_WORDS: Final = frozenset("open often even keen seven eleven between".split())
# Adverbs a passive lets stand between its auxiliary and its participle in a trigger that runs
# through both ("Bolivia's ambassador was also summoned by", `data/triggers.tsv`)
PASSIVE_ADVERBS: Final = frozenset("also again then later promptly".split())


def _subject_trigger_agent(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """ "The Spanish ambassador was summoned by the Argentine foreign ministry", "a Polish
    helicopter was fired on from Belarusian territory": a trigger that starts on its passive
    subject's noun and runs through "was" and the participle; the "by" agent (for force also
    "from") is the source, the party holding the subject's noun the target."""
    words = layout.words
    be = next(
        (
            k
            for k in range(trigger.head + 1, trigger.last)
            if words[k] in BE_FORMS
            and (
                _participle(words[k + 1])
                or (words[k + 1] in PASSIVE_ADVERBS and _participle(words[k + 2]))
            )
        ),
        None,
    )
    if be is None:
        return None
    held = next(
        (
            i
            for i in range(len(layout.mentions))
            if layout.first[i] <= trigger.head <= layout.last[i]
        ),
        None,
    )
    # the trigger's own first word, its subject ("Five activists were held by police"), is a
    # modifier of the trigger only in the layout's blocking: it is the party held
    own = held is not None
    if not own and "," in words[trigger.head + 1 : be]:
        return None  # "denounced the raid, saying it was carried out by X": X did the raid
    if held is None:
        held = _nearest_subject(layout, layout.left_stop(trigger.head), trigger.head)
    forced = trigger.code[:2] in FIGHTING_ROOTS or trigger.code[:2] == "18"
    agent = _agent(layout, trigger, ("by", "from") if forced else ("by",))
    if held is None or agent is None or (layout.blocked[held] and not own):
        return None
    return agent, held


def _came_under(layout: Layout, trigger: Trigger) -> bool:
    """ "came under heavy drone attack from X": what the subject suffered, X did (also when
    the trigger is the phrase itself: "came under attack from", "came under criticism from")."""
    words = layout.words
    if words[trigger.head] in COME and words[trigger.head + 1 : trigger.head + 2] == ["under"]:
        return True
    # "came under fire and shot the gunmen": "and" ends the look, a verb of its own follows
    under = link_before(words, trigger.head - 1, 5, UNDER, COORDINATORS, words_only=True)
    return under > 0 and words[under - 1] in COME


def _giver(layout: Layout, trigger: Trigger) -> int | None:
    """ "Taiwan received a shipment of tanks from the United States": the "from" party of a
    gift, loan, promise or support the subject received (see RECEIVING)."""
    if trigger.code[:2] not in GIVEN_ROOTS and trigger.code != CALL:
        return None
    if trigger.noun or not _received(layout.words[trigger.head], trigger.code):
        return None
    return _agent(layout, trigger, ("from",))


def _received(word: str, code: str) -> bool:
    """Whether `word` receives what an act of `code` gives ("received", "obtained"; "accepted"
    only aid, since accepting an offer or invitation is the accepter's own act)."""
    return word in RECEIVING and (word not in ACCEPTING or code[:2] == AID_ROOT)


def _reduced(layout: Layout, trigger: Trigger) -> bool:
    """ "the names of the soldiers killed", "militants killed in the raid": a participle of
    a verb that always takes an object, with none after it, describes its object; so does
    "held captive" right after its noun or the comma of its apposition ("Eighteen fishermen,
    held captive for months, have been freed": the fishermen were held, round 42)."""
    if trigger.noun:
        return False
    words = layout.words
    head = trigger.head
    if trigger.last == head + 1 and words[head] in HELD and words[head + 1] in CAPTIVE:
        return _no_object_after(words, trigger.last) and _noun_before(layout, trigger) is not None
    if trigger.last != head:
        return False  # "expelled two diplomats on Tuesday": the trigger holds its object
    return words[head] in TRANSITIVE_ONLY and _no_object_after(words, trigger.last)


HELD: Final = frozenset({"held", "kept"})
CAPTIVE: Final = frozenset({"captive", "hostage", "prisoner", "prisoners"})


def _noun_before(layout: Layout, trigger: Trigger) -> int | None:
    """The party right before the participle, or before the comma that opens its apposition
    ("fishermen, held captive")."""
    before = trigger.head - 1
    index = layout.owner.get(before)
    if index is None and before > 0 and layout.words[before] == ",":
        index = layout.owner.get(before - 1)
    return index if index is not None and index >= 0 and not layout.blocked[index] else None


def _no_object_after(words: list[str], last: int) -> bool:
    """Nothing the verb could take as its object follows: the sentence or clause ends, or a
    preposition or time word does ("killed in the raid", but not "killed at least five")."""
    if last + 1 >= len(words):
        return True
    following = words[last + 1]
    if following in (",", ".", ";", ":", "by"):
        return True
    after = words[last + 2] if last + 2 < len(words) else ""
    return following in REDUCED_FOLLOWERS and not (following == "at" and after in COUNT_AFTER_AT)


def _agent(
    layout: Layout, trigger: Trigger, preps: tuple[str, ...], reach: int = AGENT_REACH
) -> int | None:
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= trigger.head:
            continue
        if first - trigger.last > reach:
            break
        if _at_hands(layout, index) and "by" in preps and not layout.blocked[index]:
            return index  # "were killed at the hands of Israeli forces": a "by" agent
        if layout.prep[index] in preps and not layout.blocked[index]:
            if _attribution(layout, index):
                continue  # "killing by Mali's count 14 soldiers": whose count, no agent
            if not any(w in preps for w in layout.words[trigger.head + 1 : first]):
                continue  # "responded by expelling Peruvian diplomats": "by" governs the act
            if _cause_before(layout.words, trigger.last + 1, first):
                return None  # "expelled over interference by Mexico": the cause's doer
            return index
    return None


# Round 55 (review55): "by Mali's count", "by the army's own tally": a possessive "by" phrase
# whose noun is a count says whose figure it is (docs/labelling.md section 2: the source is the
# one who acts), never the passive's agent.
ATTRIBUTION_NOUNS: Final[frozenset[str]] = frozenset(
    "count counts account estimate estimates tally reckoning figures".split()
)


def _attribution(layout: Layout, index: int) -> bool:
    """Whether the mention at `index` owns a count right after it ("Mali's count", "the army's
    own tally"): the figure's teller, no agent."""
    words, last = layout.words, layout.last[index]
    after = last + 1
    if after < len(words) and words[after] in POSSESSIVE_MARKS:
        after += 1
    elif not words[last].endswith(POSSESSIVE_ENDINGS):
        return False
    if after < len(words) and words[after] == "own":
        after += 1
    return after < len(words) and words[after] in ATTRIBUTION_NOUNS


# Round 38 (weak5): "had been declared persona non grata over repeated interference by Mexico's
# authorities", "was expelled for spying by ...": a "by" phrase after a noun of cause hangs from
# that noun (its doer did what the act answers), and is no agent of the act.
CAUSE_PREPOSITIONS: Final = frozenset("over amid".split())


def _cause_before(words: list[str], start: int, first: int) -> bool:
    """Whether a preposition of cause stands between the act and its "by" phrase, with a noun
    between it and "by"."""
    for index in range(start, first):
        if words[index] in CAUSE_PREPOSITIONS:
            return words[index + 1] != "by"
        if words[index] == "by":
            return False
    return False


def _at_hands(layout: Layout, index: int) -> bool:
    first = layout.first[index]
    before = layout.words[max(first - 3, 0) : first]
    return before[-2:] == ["hands", "of"] or before == ["hands", "of", "the"]


def _possessor(layout: Layout, trigger: Trigger) -> int | None:
    """ "Pyongyang's weapons test", "Xi Jinping's state visit": the possessor acts."""
    for token in range(trigger.head - 1, max(trigger.head - 4, -1), -1):
        owner = layout.owner.get(token)
        if owner is not None and owner >= 0:
            end = layout.mentions[owner].end
            text_after = layout.words[token]
            possessive = text_after.endswith(("'s", "'")) or _followed_by_s(layout, token)
            return owner if possessive and not layout.blocked[owner] and end else None
    return None


def _adjectival(layout: Layout, trigger: Trigger) -> int | None:
    """ "killed in Syrian tank shelling", "US sanctions": a national adjective or an
    acronym right before the act's noun (a few plain modifiers between) is its agent; a
    place name is not ("the Kyiv bombing")."""
    for token in range(trigger.head - 1, max(trigger.head - 4, -1), -1):
        owner = layout.owner.get(token)
        if owner is None:
            word = layout.words[token]
            if not word.isalpha() or word in DETERMINER_WORDS or word in SAY:
                return None  # not "They said drone strikes": the speaker
            if word in PREPOSITIONS or word in COME:
                return None  # "Malian soldiers came under attack": the subject, no modifier
            continue
        if owner < 0 or layout.blocked[owner] or layout.last[owner] >= trigger.head + 1:
            return None
        mention = layout.mentions[owner]
        first = mention.actor.text.split()[0]
        adjective = first.endswith(ADJECTIVE_ENDINGS) or first in ADJECTIVE_FORMS
        named_place = mention.kind in ("place", "seat") and not adjective
        return None if named_place or mention.kind == "person" else owner
    return None


def _followed_by_s(layout: Layout, token: int) -> bool:
    return token + 1 < len(layout.words) and layout.words[token + 1] in ("s", "'s")


def _each_released(layout: Layout, trigger: Trigger) -> bool:
    """Round 42 (wire42): "Russia and Ukraine each freed 307 prisoners": two sides that each
    release or return what they hold release it to the other, an exchange (labelling guide
    point 41: the first-named side the source, the other the target)."""
    return (
        trigger.head > 0
        and layout.words[trigger.head - 1] == "each"
        and trigger.code.startswith(RETURN)
    )


def _pair(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """ "X and Y met", or "... between X and Y"."""
    before = [
        i
        for i in range(len(layout.mentions))
        if layout.last[i] < trigger.head and _usable(layout, i) and layout.prep[i] is None
    ]
    before = _apposed_last(layout, before)
    if len(before) >= 2 and (
        _joined(layout, before[-2], before[-1]) or _named_of_joined(layout, before[-2], before[-1])
    ):
        if layout.prep[before[-1]] is None and not _mediated(layout, trigger):
            if not _met_with(layout, trigger) and not _fought_object(layout, trigger):
                return _listed_pair(layout, before)
    after = _after(layout, trigger)
    between = _between(layout, trigger, after)
    if between is not None:
        if before and trigger.code[:2] == INTENT_ROOT and not trigger.noun:
            # "Uzbekistan offered to host talks between A and B": Uzbekistan's offer, made to
            # the first of the two that is not its own side
            maker, (left, right) = before[-1], between
            own = layout.mentions[maker].actor.country
            return maker, right if layout.mentions[left].actor.country == own else left
        return between
    if not before:  # "(they) met ..., US envoy Stephen Biegun, and Russia's deputy minister"
        free = [i for i in after if layout.prep[i] is None]
        for left, right in zip(free, free[1:], strict=False):
            if _joined(layout, left, right):
                return left, right
    return None


def _apposed_last(layout: Layout, before: list[int]) -> list[int]:
    """ "Abiy Ahmed and Somaliland's leader, Muse Bihi Abdi, signed": a name set off by commas
    right after the second of two joined parties is that party again, not a third one."""
    if len(before) < 3:
        return before
    prior, last = before[-2], before[-1]
    words = layout.words
    if _gap(layout, prior, last) != [","]:
        return before
    if len(before) > 3 and _gap(layout, before[-4], before[-3]) == [","]:
        return before  # the first party has its own apposition: `_listed_pair` reads the list
    closing = layout.last[last] + 1
    if closing >= len(words) or words[closing] != ",":
        return before
    return before[:-1] if _joined(layout, before[-3], prior) else before


OF_PHRASE_MAX: Final = 8  # "of the UN-backed Gang Suppression Force and": six words between
OF_PHRASE_BREAKS: Final = frozenset({",", "who", "which", "that", "and", "or", "but", "with"})


def _named_of_joined(layout: Layout, left: int, right: int) -> bool:
    """ "Kenyan officers of the UN-backed Gang Suppression Force and Haitian police": the first
    party's "of" and the short noun phrase it takes (no party the index knows) stand between
    the two joined parties."""
    gap = _gap(layout, left, right)
    if not 3 <= len(gap) <= OF_PHRASE_MAX or gap[0] != "of" or gap[-1] != "and":
        return False
    return disjoint_in(OF_PHRASE_BREAKS, gap, 1, -1)


def _gap(layout: Layout, left: int, right: int) -> list[str]:
    """The words between the mention at `left` and the one at `right`."""
    return layout.words[layout.last[left] + 1 : layout.first[right]]


def _listed_pair(layout: Layout, before: list[int]) -> tuple[int, int]:
    """ "Japan, South Korea and the United States held joint drills": a list acting together
    is coded between its first two parties (the first-named is the source by convention),
    not its last two."""
    k = len(before) - 2
    while k > 0 and _gap(layout, before[k - 1], before[k]) == [","]:
        k -= 1
    return before[k], before[k + 1]


def _met_with(layout: Layout, trigger: Trigger) -> bool:
    """ "Egyptian and Qatari mediators held talks with a Hamas delegation": the two subjects
    are one side; the party after "with" is the other."""
    return any(
        layout.prep[i] == "with" and layout.first[i] <= trigger.last + WITH_REACH
        for i in _after(layout, trigger)[:1]
    )


def _fought_object(layout: Layout, trigger: Trigger) -> bool:
    """ "Haitian police and Kenyan officers fought the gunmen": a fighting verb with a party
    for its direct object; the two subjects are one side, the object the other."""
    if trigger.noun or trigger.code[:2] not in FIGHTING_ROOTS:
        return False
    after = _after(layout, trigger)
    if not after or layout.prep[after[0]] is not None or layout.first[after[0]] <= trigger.last:
        return False  # "exchanged artillery fire": a word of the trigger's phrase
    between = layout.words[trigger.last + 1 : layout.first[after[0]]]
    return all(word in ARTICLES or word.isdigit() for word in between)


def _mediated(layout: Layout, trigger: Trigger) -> bool:
    """ "Oman and Kenya offered to host talks between the two rivals": the act joins
    two other parties, so the two subjects are one side of it, not its two sides."""
    stop = layout.right_stop(trigger.head)
    start = trigger.head + 1
    words = layout.words[start : min(stop, trigger.last + 8)]
    if "between" not in words:
        return False
    # "Kenya and Tanzania signed a pact ending a dispute between their two countries", "the
    # feud between them": the two subjects' own quarrel, so they are the act's two sides
    after = start + words.index("between") + 1
    return after >= len(layout.words) or layout.words[after] not in OWN_PAIR_WORDS


def _after(layout: Layout, trigger: Trigger) -> list[int]:
    stop = layout.right_stop(trigger.head)
    return [
        i
        for i in range(len(layout.mentions))
        if trigger.head < layout.first[i] < stop and _usable(layout, i)
    ]


def _between(layout: Layout, trigger: Trigger, after: list[int]) -> tuple[int, int] | None:
    """ "talks between X and Y", "fighting broke out between the army and rebels"."""
    for left, right in zip(after, after[1:], strict=False):
        if layout.prep[left] == "between" and _joined(layout, left, right):
            if _between_own(layout, trigger, left):
                return left, right
    return None


def _fight_noun(layout: Layout, trigger: Trigger) -> bool:
    """A fight named by a noun, also a gerund opening the sentence ("Fighting between ...")."""
    after = trigger.last + 1
    return trigger.noun or (after < len(layout.words) and layout.words[after] == "between")


def _between_own(layout: Layout, trigger: Trigger, left: int) -> bool:
    """Whether "between X and Y" belongs to this act, not to a later one of the clause: "spoke
    with Putin and offered to host talks between Russia and Ukraine" (the call is Erdogan's)."""
    for token in range(trigger.last + 1, layout.first[left]):
        if layout.words[token] in BETWEEN_BREAKS or layout.owner.get(token) == -1:
            return False
    return True


# Round 60 (targets60): "The accord was signed in Maputo by Mozambique's energy minister and his
# Malawian counterpart" (wp41-a18-s01), "signed in the capital by Eritrean Foreign Minister X
# and his Sudanese counterpart Y" (wp40-a19-s01), "signed in Geneva by Andorra's foreign
# minister, X, and a senior EU envoy" (fp25-a08-s01): a joint act told in the passive
# whose "by" agent is two parties joined by "and" is the two sides' act, the first named the
# source and the second the target (docs/labelling.md section 2: both sides acting, the first
# named leading), as "X and Y signed" is; before, the second agent was lost and the act had no
# target.


def _joint_pair(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """The two sides of a joint act: "X and Y met", "between X and Y", or in the passive "was
    signed by X and his Y counterpart" (`_joined_agents`)."""
    pair = _pair(layout, trigger)
    if pair is None and not trigger.noun and _passive(layout, trigger):
        return _joined_agents(layout, trigger)
    return pair


def _joined_agents(layout: Layout, trigger: Trigger) -> tuple[int, int] | None:
    """The two parties of a joint act's "by" agent joined by "and" (the first one's name set
    off by commas stepped over: "X's foreign minister, Y, and a senior EU envoy"), of two
    countries; None otherwise."""
    agent = _agent(layout, trigger, ("by",))
    if agent is None:
        return None
    count = len(layout.mentions)
    first, other = agent, agent + 1
    if other + 1 < count and _gap(layout, agent, other) == [","]:
        first, other = other, other + 1  # the first agent's name in apposition
    if other >= count:
        return None
    gap = _gap(layout, first, other)
    if gap[:1] == [","]:
        gap = gap[1:]
    rest = gap[1:]
    if gap[:1] != ["and"] or len(rest) > 2 or not all(w.isalpha() for w in rest):
        return None
    left, right = layout.mentions[agent].actor, layout.mentions[other].actor
    if not (_side_code(left) and _side_code(right)) or left.country == right.country:
        return None  # not one country's two bodies ("and the country's defence minister")
    return agent, other


def _side_code(actor: Actor) -> bool:
    """Whether an actor is a side of a joint act: one of a country, or an international body."""
    return actor.country is not None or (actor.code or "").startswith(IGO_SECTOR)


def _joined(layout: Layout, left: int, right: int) -> bool:
    between = " ".join(_gap(layout, left, right))
    return _CONJOINED.match(between + " ") is not None


def _distance(trigger: Trigger, sides: list[Mention]) -> int:
    gap = 0
    for mention in sides:
        before, after = trigger.start - mention.end, mention.start - trigger.end
        # two-argument `max`es, compiled to comparisons (three arguments: a generic call)
        gap = max(max(gap, before), after)
    return gap
