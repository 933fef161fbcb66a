"""Whether a trigger reports an act that took place, or only names, describes or plans one.

- Nouns (a trigger word read as a noun: after a determiner, a possessive, a number, an
  adjective or a preposition, or a word that is only a noun) report an act when they are the
  object of a verb ("launched an operation", "lodged a protest", "held talks"), when
  something happens to them ("clashes broke out", "an attack killed", "talks are under
  way"), or in a headline. As a subject of nothing, after a preposition or a copula, a noun
  describes ("The shooting on Koh Tao island is the latest ...", "after the attack"); the
  coder keeps such a noun only when the sentence reports no other act, and trusts it less.
- Names: a capitalised trigger inside a run of capitalised words ("Rapid Support Forces",
  "Operation Claw") names something.
- Goals: an act after "to" that no governing act or intention takes ("launched an operation
  to cut its supply lines") is a purpose, not an act.
- Proposals: "a proposed ceasefire", "possible talks".
- No party: "we want things to change", "the backlash helped drive voters", "asked me, a
  stranger, to help" (a wish, help or appeal that names nobody right after its verb), and
  an act named as a right or power ("the right to demonstrate").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from tensionwatch.domain import clause_words
from tensionwatch.domain.cameo import (
    CONSULT_ROOT,
    FORCE_ACT_ROOTS,
    PROTEST_ROOT,
)
from tensionwatch.domain.clause_words import (
    ARTICLES,
    CALENDAR_UNITS,
    CHARGE_PARTICIPLES,
    COUNT_AFTER_AT,
    DEFINITE,
    DENYING,
    INDEFINITE_ARTICLES,
    OF,
    PARTY_PRONOUNS,
    RECALLING_DETERMINERS,
    TENSED_BE,
    THAT,
    TO,
    WEEKDAYS,
    disjoint_in,
    link_before,
)
from tensionwatch.domain.modality import FAR_CONDITIONS, HEDGES
from tensionwatch.domain.temporal import month_names

# the determiners, and "such" and "no" ("no such attack", "no protest"): before a noun
DETERMINERS: Final[frozenset[str]] = clause_words.DETERMINERS | {"such", "no"}
CROWDS: Final = frozenset({"dozens", "hundreds", "thousands", "scores"})  # a crowd counted alone
NUMBER_WORDS: Final = frozenset(clause_words.COUNTED_NUMBERS)  # "two" to "ten"
COUNTS: Final = CROWDS | NUMBER_WORDS
QUANTIFIERS: Final = NUMBER_WORDS | frozenset(
    "dozens hundreds thousands many more most "
    "fresh new recent latest further renewed repeated similar fierce heavy intense deadly bloody "
    "major massive huge large small big first second third last previous earlier continued "
    "ongoing sporadic frequent daily weekly mass street violent peaceful nuclear military "
    "naval joint air ground cross-border direct personal verbal political negative annual "
    "upcoming alleged apparent armed brutal diplomatic economic ethnic international regional "
    "unprecedented suspected fatal failed successful planned proposed possible weekend "
    "overnight separate coordinated simultaneous retaliatory preemptive pre-emptive "
    "unprovoked provocative surprise full-scale large-scale small-scale widespread systematic "
    "rampant routine".split()
)
NOUN_PREPOSITIONS: Final = frozenset(
    "after during in of for amid over against despite following since with about before "
    "behind into from under at on by near to toward towards across inside outside via "
    "through within around upon".split()
)
ADJECTIVE_SUFFIXES: Final = ("ive", "ous", "al", "ful", "ic", "ary", "less", "ible", "able")
NOUN_ONLY: Final = frozenset(
    "summit summits meeting meetings talks negotiations consultations invitation mediation "
    "ceasefire cease-fire truce airstrike airstrikes offensive incursion incursions invasion "
    "hostilities clashes gunfight gunfights firefight firefights shootout massacre genocide "
    "bombing bombings explosion explosions blast blasts kidnapping kidnappings abduction "
    "abductions assassination crackdown clampdown curfew sanctions embargo threat threats "
    "ultimatum criticism condemnation denunciation accusation accusations allegation "
    "allegations lawsuit lawsuits demonstration demonstrations rallies sit-in deployment "
    "mobilization withdrawal pullout drawdown extradition deportation expulsion detention "
    "custody investigation inquiry visit visits trip tour condolences apology shelling "
    "bombardment artillery shells gunfire mortars drills exercises".split()
)
HAPPENS: Final = frozenset(
    "broke erupted took occurred happened began started continued resumed escalated "
    "intensified spread raged killed kill kills killing left injured wounded hit hits struck "
    "targeted rocked destroyed damaged claimed underway ongoing increasing growing continuing "
    "flared swept rocked ripped tore exploded shook "  # "a car bomb ripped through"
    "slammed smashed crashed ploughed plowed".split()  # "a missile slammed into" (round 41)
)
# Verbs of a meeting's start or sitting, the end of a noun pattern ("talks between ... opened",
# "were held"): what happens to the noun is in the pattern itself.
OPENED: Final = frozenset(
    "opened reopened resumed began begun started restarted held place way underway".split()
)
# round 35 (types15): "The protesters threw stones at police, set fire to ...", "Hundreds of
# protesters angry over prices stormed parliament": a pattern that opens on the crowd and ends
# on its verb holds the crowd's own act (145), as "talks ... resumed" holds the talks' verb; the
# crowd is the act's subject, not a noun that only names an act
# The nouns of a crowd that acts in the street (also the rioters of `coder.RIOTING_CROWDS`)
CROWD_NOUNS: Final = frozenset(
    "protesters protestors demonstrators rioters mob mobs crowd crowds students youths "
    "residents villagers supporters".split()
)
# round 37 (wiremiss4): "The soldiers retreated north after the shots", "The troops massed along the
# border", "said the jets hit sites near the villages": the same for a state's or a group's forces,
# whose pattern ends on their own verb (a noun after "the" otherwise reads as naming the act)
ACTING_FORCES: Final = frozenset(
    "soldiers troops forces fighters rebels militants insurgents militiamen gunmen marines "
    "paratroopers commandos tanks warplanes jets bombers drones warships".split()
)
# round 51 (types51): and the crowds the rally patterns open on ("Thousands of people gathered
# outside the assembly ..., chanting", `data/triggers.tsv`): counted crowds and people at large
ACTING_CROWDS: Final = (
    CROWD_NOUNS
    | {"workers", "farmers"}
    | ACTING_FORCES
    | CROWDS
    | frozenset("people relatives families mourners citizens women teachers nurses".split())
)
# what turns the crowd's verb into a description or a plan: "protesters who stormed parliament",
# "supporters said they would gather outside the court"
CROWD_VERB_BREAKS: Final = frozenset("who whom that which said say says would will".split())
PROPOSED: Final = frozenset(
    "proposed planned possible potential would-be future upcoming expected prospective "
    "hypothetical mooted rumoured rumored suggested".split()
)
CALLED_OFF: Final[frozenset[str]] = frozenset(
    "suspended cancelled canceled postponed delayed halted stalled collapsed scrapped shelved "
    "aborted deferred".split()
)
# Pattern heads that modify a noun ("joint drills", "missile tests", "air strikes").
NOUN_MODIFIERS: Final = frozenset(
    "joint military naval air missile nuclear weapons weapon suicide car roadside hunger "
    "general cyber peace rocket mass terror terrorist chemical ballistic cruise tactical war "
    "humanitarian food emergency human drone artillery gun bomb".split()
)
PREVENTING: Final[frozenset[str]] = frozenset({"from", "to", "not", "without", "against"})
DEMONYM_ENDINGS: Final = ("i", "an", "ese", "ish", "ch")
COPULAS: Final[frozenset[str]] = frozenset(
    "is are was were be been being become became remains remained".split()
)
CLAUSE_STARTS: Final = frozenset(
    "that which who whose and but or while as when because although though if".split()
)
PREPOSITION_LIKE: Final = frozenset({"including", "like", "such", "than", "unlike", "regarding"})
INJURIES: Final[frozenset[str]] = frozenset(
    "killed wounded injured died dead hurt killing wounding injuring slain".split()
)
TRANSPARENT: Final = frozenset(
    "round rounds series wave waves spate string flurry barrage volley number series "
    "campaign".split()
)
COME: Final[frozenset[str]] = frozenset({"came", "come", "comes", "coming"})
# Verbs whose act-noun object is rehearsed or counted, never reported as one act: "the drills
# simulate the seizure of ports", "documented more than 300 attacks on clinics".
REHEARSING: Final[frozenset[str]] = frozenset(
    "simulate simulates simulated simulating rehearse rehearses rehearsed rehearsing mimic "
    "mimics mimicked mimicking".split()
)
# Verbs whose noun object is an act referred to, not one reported ("used the protest"), and
# the verbs of rehearsing above.
REFERRING: Final[frozenset[str]] = REHEARSING | frozenset(
    "used uses using exploited exploit cited cites cite mentioned mentions recalled recalls "
    "recall described describes marked marks commemorated commemorate showed shows shown "
    "depicted remembered remember followed follows preceded precedes preceding overshadowed "
    "dominated surrounding studied analysed analyzed covered raised raise raises raising "
    "highlighted highlights highlight listed discussed discusses discuss marking "
    "commemorating remembering recalling citing mentioning "
    # "said it was investigating the shooting": the act investigated is the probe's object,
    # named, not reported again
    "investigate investigates investigated investigating probing probed".split()
)
COUNTING: Final = frozenset(
    "documented documenting recorded recording counted tallied logged catalogued cataloged".split()
)
# A count or a spread before the noun: acts counted, not one act ("documented the killing of
# 12 protesters" reports one).
AGGREGATES: Final = frozenset(
    "more dozens hundreds thousands scores many numerous several widespread systematic "
    "rampant repeated frequent countless".split()
)
# Of those, the verbs whose object is never the act itself ("showed dissatisfaction" is one).
RECALLING: Final = (
    frozenset(
        # what a group's standing work follows: "a rights group that tracks arrests"
        "tracks track tracking monitors chronicles chronicling".split()
    )
    | frozenset(
        "marking marked marks commemorating commemorated commemorate remembering remembered "
        "remember recalling recalled recalls recall raised raises raise raising cited cites cite "
        "citing mentioned mentions mentioning listed highlighted highlights highlight".split()
    )
    | REHEARSING
)
_COUNTING_OR_RECALLING: Final = COUNTING | RECALLING  # `referred_to`'s verbs, looked for at once
HEAD_NOUNS: Final = frozenset(
    "village villages group groups zone zones line lines site sites area areas law laws camp "
    "camps leader leaders committee council movement movements organisers organizers "
    "activist activists victims victim survivors survivor anniversary museum memorial "
    "monument record records statistics figures season film racket rackets gun guns pieces "
    "battery batteries partner partners team teams "
    # round 51 (types51): "warned the kidnap gangs still active", "a kidnapping ring": the act
    # names the kind of group a party is, no act of the sentence
    "gang gangs ring rings network networks cell cells".split()
)
TIME_WORDS: Final = WEEKDAYS | frozenset(
    "on today yesterday tomorrow "
    "earlier later also now then recently last this next week month year again meanwhile "
    "already".split()
)
CATENATIVES: Final = frozenset(
    "going about due set likely able ready willing continue continued continues continuing "
    "begin began begun begins start started starts resume resumed try tried tries trying "
    "attempt attempted attempts manage managed decide decided decides chose choose opted "
    "resolved resolves "
    "voted vote votes moved move rushed failed fails fail refused refuses refuse used "
    "seem seems seemed appear appears appeared is are was were be has have had need needs "
    "needed ought allowed forced asked ordered authorised authorized urged told helped help "
    "helps worked works struggled sought seek seeks expected expects".split()
)
COMMANDS: Final = frozenset(
    "ordered orders order ordering told instructed instructs directed authorised authorized "
    "commanded commands".split()
)
CLAUSE_STOPS: Final = frozenset({",", ";", ":", "to", "and", "that", "which", "who"})
TRANSIT: Final = frozenset(
    "sent send sends sending dispatched dispatch deployed deploy travelled traveled travel "
    "travels went go goes arrived arrive flew fly came come visited visit wrote written "
    "writes write phoned called telephoned contacted approached landed lands landing returned "
    "returns returning headed heads heading travelling traveling arrives arriving flies "
    "flying".split()
)
# Forces sent somewhere ("sent troops to the region", "deployed police to the city") go there for
# force: a force act after "to" (coercion, assault, fighting) is the deployment's goal, not an act
# told done; the purpose of other journeys stays their act ("sent experts to investigate").
FORCES_SENT: Final = frozenset(
    "troops soldiers forces reinforcements units police policemen gendarmes marines paratroopers "
    "commandos warships tanks battalions brigades "
    # round 42 (types42): "an alliance's force sent at the request of the president to put down
    # an uprising", "a contingent sent to quell the riots": the force's goal, as the troops'
    "force contingent contingents".split()
)
# A stopover whose purpose is talks is the meeting itself ("stopped in Lima on Monday to meet
# Peruvian officials"), as a journey's is (`TRANSIT`); a gathering is not: a council that
# convenes "to discuss a new bus depot" sits in session, and "gathered outside parliament to
# demand" is a protest whose purpose is a goal
STOPOVER: Final = frozenset({"stopped", "stops", "stopping"})
# "are in position to attack", "is in a position to", "are in talks to end": a state, no stay
NOT_STAYS: Final = frozenset(
    "a an position place control charge favour favor talks power office line need hiding "
    "custody hospital prison jail danger shape time".split()
)
NOUN_PREFIXES: Final = ("anti-", "pro-")  # a hyphenated modifier: the trigger after it is a noun
NOUN_SUFFIXES: Final = ("-led", "-backed", "-wide", "-scale", "-style")
LOOK_AFTER: Final = 6  # tokens after a noun looked at for what happened to it


# Prepositions that take a noun phrase and never a clause, and rarely end a subject: a plural
# trigger two words after one is the phrase's noun ("sought a meeting over IRA attacks", "amid
# rebel raids"), not a verb of the modifier ("after Moscow attacks" may be a clause; "the
# President of Zambia visits" ends a subject in a headline, so "after", "of" and "in" stay out)
PHRASE_ONLY: Final = frozenset({"over", "amid", "despite", "about", "against", "during"})


def _phrase_plural(words: list[str], head: int) -> bool:
    """ "over IRA attacks", "amid the rebel raids": a trigger ending in a plural "-s" after one
    modifier word (and a determiner) that follows a preposition of `PHRASE_ONLY`."""
    word = words[head]
    if not word.endswith("s") or word.endswith("ss") or head < 2:
        return False
    left = head - 2
    if words[left] in DETERMINERS and left > 0:
        left -= 1
    return words[left] in PHRASE_ONLY and words[head - 1].replace("-", "").isalnum()


# Round 61 (articles61): "A policeman was killed and a second kidnapped after gunmen opened fire",
# "Two soldiers were killed and three abducted": after "and", a participle whose auxiliary the
# coordination leaves out (a passive "was/were <participle> and" before its short subject) is
# that passive's verb, no noun and no attribute: it reports its act as "a second was kidnapped"
# does (docs/labelling.md section 1: one event per distinct act).
GAPPED_SUBJECT_REACH: Final = 3  # words of the second subject: "a second", "three", "another"


def gapped_passive(words: list[str], head: int) -> bool:
    """Whether the participle at `head` follows "was/were <participle> and" and a subject of
    at most `GAPPED_SUBJECT_REACH` plain words, none an auxiliary, pronoun or clause word
    (`NOT_A_NOUN`: "and that officers had detained" is a clause of its own): the first
    passive's auxiliary left out. Not after "had been" ("56 people had been injured and 22
    detained"): a reported tally in the past perfect, no act of the day."""
    word = words[head]
    if (
        not word.endswith(("ed", "en"))
        or "and" not in words[max(head - 1 - GAPPED_SUBJECT_REACH, 0) : head]
    ):
        return False
    for index in range(head - 2, max(head - 2 - GAPPED_SUBJECT_REACH, 1), -1):
        if words[index] == "and":
            first = words[index - 1]
            subject = words[index + 1 : head]
            return (
                first.endswith(("ed", "en"))
                and words[index - 2] in clause_words.PAST_BE
                and all(w.isalnum() and w not in NOT_A_NOUN for w in subject)
            )
    return False


def is_noun(
    words: list[str],
    head: int,
    capitalised_before: bool = False,
    capitalised: frozenset[int] = frozenset(),
) -> bool:
    """Whether the trigger word at `head` reads as a noun (`capitalised_before`: the word
    before is a capitalised name, so the trigger is its verb: "Amnesty International
    demanded"; `capitalised`: the indices of the sentence's capitalised words)."""
    word = words[head]
    if (
        word in NOUN_MODIFIERS
        or _phrase_plural(words, head)
        or _indefinite_modified(words, head, capitalised_before, capitalised)
    ):
        return True  # "over IRA attacks": the phrase's noun; "in a militant attack"
    if word.endswith("ing") and head + 1 < len(words) and words[head + 1] == "of":
        return True  # "the destroying of emails"
    if word.endswith("ing") and head + 2 < len(words) and words[head + 1] == "by":
        return not words[head + 2].endswith("ing")  # "shelling by Russian forces", not
        # "protesting by blocking roads"
    if head == 0:
        return word in NOUN_ONLY
    before = words[head - 1]
    if capitalised_before and not before.endswith(DEMONYM_ENDINGS):
        return word in NOUN_ONLY
    if before in CROWDS and word.endswith("ed") and word not in NOUN_ONLY:
        return False  # "thousands marched", "hundreds rallied": a crowd's verb, no noun
    if before in DETERMINERS or before in QUANTIFIERS or before.endswith("'s"):
        # "the military accused X"; "the two agreed to set up a commission"
        return not (
            clause_words.party_subject(words, head, head == 2 or head - 2 in capitalised)
            or _counted_subject(words, head)
            or _floating_subject(words, head)
            or _pronoun_subject(words, head)
            or gapped_passive(words, head)
        )
    if before.startswith(NOUN_PREFIXES) or before.endswith(NOUN_SUFFIXES):
        return True  # "student-led protests", "anti-government protests", "pro-Kremlin rallies"
    if before == "to":
        return word in NOUN_ONLY  # "failed to reach a deal" is a verb, "return to talks" a noun
    if before == "by" and word.endswith("ing") and _takes_object(words, head):
        return False  # "retaliated by expelling 12 diplomats", "by recalling its envoy": a verb
    if before in NOUN_PREPOSITIONS:
        return True
    return word in NOUN_ONLY and before not in ("will", "would", "did", "not")


INDEFINITE_REACH: Final = 3  # words between "a" and the act's noun: "a Hezbollah drone attack"
NOT_MODIFIERS: Final[frozenset[str]] = frozenset(
    "to will would can could did does do may might must should shall and or who that which of "
    "not also".split()
)


def _indefinite_modified(
    words: list[str], head: int, named: bool = False, names: frozenset[int] = frozenset()
) -> bool:
    """ "killed in a militant attack", "wounded in a Hezbollah drone attack": after "a" and up
    to three modifying words, a trigger in its plain form is a noun; a singular subject there
    would take a tensed verb ("a gunman attacked", "a soldier fires"). `named`: the word before
    is a capitalised name, which may end in "s" ("a Hamas attack") as a plural may not; so may
    a capitalised word further back (`names`: "a Hamas drone attack", "a Houthis missile
    attack")."""
    word = words[head]
    if not word.isalpha() or word.endswith(("ed", "s", "ing")):
        return False
    for token in range(head - 1, max(head - 2 - INDEFINITE_REACH, -1), -1):
        before = words[token]
        if before.lower() in INDEFINITE_ARTICLES:
            return token < head - 1
        if (
            not before.replace("-", "").isalpha()
            or before.lower() in NOT_MODIFIERS
            or before in DETERMINERS
            or (
                before.endswith("s")
                and not (named and token == head - 1)
                and token not in names  # "a Hamas drone attack"
            )  # "rebels attack"
        ):
            return False
    return False


COUNTED_PARTIES: Final = frozenset("two three four both".split())
VERB_FOLLOWERS: Final = frozenset("to on that a an the with at for in".split())


# Round 42 (wire42): a quantifier floated after the subject it counts ("Saudi Arabia, Egypt and
# Jordan all condemned the strike", "Russia and Ukraine each freed 307 prisoners", "They both
# denied the charge") is no determiner of a noun: the past tense after it is the subject's verb
# (`FLOATING`: the quantifiers a perfect auxiliary may float, "have both indicted").


def _floating_subject(words: list[str], head: int) -> bool:
    """A past tense after "all", "both" or "each" that follow a name or a noun (not a
    preposition, a determiner or a verb: "the release of all detained protesters"), with a
    function word or a number after it, as `_counted_subject` asks."""
    if head < 2 or words[head - 1] not in FLOATING:
        return False
    word, subject = words[head], words[head - 2]
    if not (word.endswith("ed") or word in IRREGULAR_PASTS) or not subject.isalpha():
        return False
    if subject in DETERMINERS or subject in NOUN_PREPOSITIONS or subject.endswith("ed"):
        return False
    after = words[head + 1] if head + 1 < len(words) else ""
    return after in VERB_FOLLOWERS or after.isdigit()


# Round 44 (miss44): a quantifier standing alone for people named before it, at the start of a
# clause ("Some threw stones at police", ", and some forced their way past the barricades"), is
# the subject of the past tense after it, no determiner of a noun ("some detained protesters").
PRONOUN_QUANTIFIERS: Final = frozenset({"some", "several", "many", "most", "few"})
# the words before a quantifier that opens a clause (its own name: acts.CLAUSE_OPENERS and
# roles.CLAUSE_OPENERS are other lists, for other checks)
QUANTIFIER_OPENERS: Final = frozenset({",", ";", "and", "but", "while", '"'})
OBJECT_OPENING: Final = VERB_FOLLOWERS | clause_words.POSSESSIVES


def _pronoun_subject(words: list[str], head: int) -> bool:
    """A past tense after "some", "several" or "many" opening a clause (the sentence's first
    word, or one after a comma, "and", "but", "while"): an irregular past ("threw", "broke")
    or one in "-ed" with a function word or a possessive after it ("forced their way",
    "demanded that")."""
    if head < 1 or words[head - 1] not in PRONOUN_QUANTIFIERS:
        return False
    if head > 1 and words[head - 2] not in QUANTIFIER_OPENERS:
        return False
    word = words[head]
    if word in IRREGULAR_PASTS:
        return True
    after = words[head + 1] if head + 1 < len(words) else ""
    return word.endswith("ed") and after in OBJECT_OPENING


def _counted_subject(words: list[str], head: int) -> bool:
    """ "The two agreed to create a joint commission", "the three signed a pact": "the" and a
    number stand for the parties named before, and a past tense after them is their act, when
    a function word follows it (not "the two disputed islands", "the two detained men")."""
    if head < 2 or words[head - 2] != "the" or words[head - 1] not in COUNTED_PARTIES:
        return False
    after = words[head + 1] if head + 1 < len(words) else ""
    return words[head].endswith("ed") and after in VERB_FOLLOWERS


def _takes_object(words: list[str], head: int) -> bool:
    """Whether a gerund is followed by its object: a determiner, a possessive or a number."""
    after = words[head + 1] if head + 1 < len(words) else ""
    return after in DETERMINERS or after[:1].isdigit() or after in COUNTS


# Verbs of saying with no act of their own for a noun object: the noun after them opens the
# reported clause ("Police said the raid was carried out by a militia") and is its subject.
SAYING: Final = frozenset(
    "said says say saying added adds stated stressed noted insisted argued explained".split()
)


# Round 61 (false61): "We prevented an attack on the market", "the guards averted a
# massacre": the object of a verb of prevention is an act that did not take place (the guide,
# section 1: only acts that happened are news), no act of the one who prevented it. Not "thwart"
# or "foil", which `roles.REPELLING` reads as force used on an attack's maker ("thwarted a
# Russian offensive"), nor "stopped" ("stopped the attacks" is a cease).
AVERTING: Final = frozenset(
    "prevent prevents prevented avert averts averted forestall forestalls forestalled".split()
)


def averted(words: list[str], head: int, names: frozenset[int]) -> bool:
    """Whether the noun trigger at `head` is the object of a verb of prevention."""
    left = _noun_phrase_start(words, head, names) - 1
    return left > 0 and words[left] in AVERTING


def descriptive(
    words: list[str], head: int, last: int, names: frozenset[int] = frozenset()
) -> bool:
    """Whether a noun trigger only names or describes an act: it is the subject of a clause
    in which nothing happens to it ("The shooting on Koh Tao island is the latest ..."), hangs
    from a preposition ("after the attack", "a request for comment"), follows a copula, or is
    the object of a prevented act ("bar Tehran from enriching uranium"). A noun that is the
    object of a verb ("mounted an invasion", "tightened the blockade") reports an act."""
    if _happens(words, last) or _weapon_struck(words, head, last):
        return False
    if last > head and (
        words[last] in OPENED or _crowd_acted(words, head, last) or _verdict_told(words, head, last)
    ):
        # "Talks between X and Y resumed": the pattern holds the noun's own verb
        return False
    if last + 1 < len(words) and words[last + 1] in HEAD_NOUNS:
        return True  # "a truce village", "a protest group": the trigger modifies a noun
    left = _noun_phrase_start(words, head, names) - 1
    if left < 0:
        return True
    word = words[left]
    if word == "under" and left > 0 and words[left - 1] in COME:
        return False  # "came under heavy fire"
    if word == "with" and _answered_with(words, left):
        return False  # "police responded with tear gas": the answer is the act
    if word in NOUN_PREPOSITIONS or word in PREPOSITION_LIKE:
        return not _injured_before(words, left)
    if word in COPULAS or word in CLAUSE_STARTS or word in REFERRING or not word.isalpha():
        return True
    if word in SAYING and _said_noun(words, left, head, last):
        return True  # "Officials said the attack bore the hallmarks of ...": a reported subject
    if left > 2 and words[left - 1] in ("or", "and") and words[left - 2].endswith("ing"):
        left -= 2  # "stop him from publishing or disseminating allegations"
    return left > 0 and words[left - 1] in PREVENTING and words[left].endswith("ing")


# Round 52 (miss52w): goods handed over "under an emergency aid package", "as humanitarian
# aid": an aid noun hanging from "under/as/in" after a verb of giving in its clause names what
# the giving was (the guide's 07 AID: the giver provides it), not a described aid ("arrested
# under an aid fraud law", "received diesel under an aid deal" stay described). The clause ends
# where a text's giving does (`GIVING_BREAKS`).
AID_LINKS: Final[frozenset[str]] = frozenset(("under", "as", "in"))
AID_GIVING_VERBS: Final[frozenset[str]] = frozenset(
    "delivered delivers deliver delivering handed hands hand handing donated donates donate "
    "donating sent sends send sending shipped ships ship shipping supplied supplies supply "
    "supplying provided provides provide providing gave gives give giving airlifted flew "
    "disbursed transferred".split()
)


def given_as_aid(words: list[str], head: int, last: int, names: frozenset[int]) -> bool:
    """Whether the aid noun at `head` hangs from "under/as/in" after a verb of giving in the
    same clause ("delivered 2,000 tonnes of diesel ... under an emergency aid package")."""
    left = _noun_phrase_start(words, head, names) - 1
    if left < 1 or words[left] not in AID_LINKS:
        return False
    if words[left] == "in" and last + 1 < len(words) and words[last + 1] == "of":
        return False  # "in aid of": for a cause
    for index in range(left - 1, max(-1, left - GIVING_REACH), -1):
        word = words[index]
        if word in AID_GIVING_VERBS:
            return True
        if word in GIVING_BREAKS:
            return False
    return False


# Round 44 (miss44): "Gendarmes responded with tear gas and live rounds", "the army retaliated
# with artillery fire", "hit back with shelling": what a party answers with is its act, no noun
# hanging from a preposition (as "with tear gas" after a noun is: "a crowd with banners").
ANSWERING: Final = frozenset(
    "responded respond responds responding retaliated retaliate retaliates retaliating "
    "replied reacted answered".split()
)


def _answered_with(words: list[str], left: int) -> bool:
    """Whether the "with" at `left` follows a verb of answering ("responded with"), or "back"
    after a verb of hitting ("hit back with")."""
    if left < 1:
        return False
    before = words[left - 1]
    if before in ANSWERING:
        return True
    return before == "back" and left > 1 and words[left - 2] in clause_words.BACK_VERBS


def _verdict_told(words: list[str], head: int, last: int) -> bool:
    """ "told supporters that the prosecution was a political persecution": a pattern holding
    its noun's own predicate (a copula after the noun), the noun opening a reported clause
    ("that" or a verb of saying, then a determiner), is the speaker's verdict; a noun opening
    the sentence is not ("The arrests were illegal, the opposition party protested": the
    protest is the act)."""
    if head < 2 or disjoint_in(COPULAS, words, head + 1, last):
        return False
    return words[head - 1] in DETERMINERS and (
        words[head - 2] == "that" or words[head - 2] in SAYING
    )


def _crowd_acted(words: list[str], head: int, last: int) -> bool:
    """Whether a pattern opening on a crowd ends on the crowd's own verb."""
    if words[head] not in ACTING_CROWDS:
        return False
    return disjoint_in(CROWD_VERB_BREAKS, words, head + 1, last)


def _said_noun(words: list[str], left: int, head: int, last: int) -> bool:
    """ "said the bombing", "said the air strike": a determiner after the verb of saying and a
    trigger that is the noun alone (not "said its aircraft struck", "said the detentions were
    politically motivated", whose patterns hold the reported verb)."""
    if words[left + 1] not in DETERMINERS:
        return False
    return last == head or (last == head + 1 and words[head] in NOUN_MODIFIERS)


def classified(words: list[str], head: int, last: int) -> bool:
    """ "The abduction of the engineer is the third incident ...": a noun act that is the
    subject of "is/was the/a ..." is being described, not reported; so is one that is the
    subject of a verb relating it to something else ("said the seizure followed a court
    order", "the arrest showed her strategy was working")."""
    start = _noun_phrase_start(words, head, frozenset())
    if start > 1 and words[start - 1] not in ("said", "says", "that", "added"):
        return False  # a subject: at the start, or of a reported clause
    if last + 1 < len(words) and words[last + 1] in RELATING:
        return True  # "said the seizure followed a court order", "the arrest showed ..."
    for index in range(last + 1, min(last + 1 + LOOK_AFTER, len(words) - 1)):
        word = words[index]
        if word in (",", ";", ":") or word in HAPPENS:
            return False
        if word in ("is", "was", "been"):  # "may have been in reprisal for ..."
            return words[index + 1] in ("the", "a", "an", "one", "part", "in")
    return False


# Verbs that relate an act already told to something else: its subject is named, not reported.
RELATING: Final = frozenset(
    "showed shows followed follows proved proves reflected reflects marked marks underscored "
    "underscores highlighted highlights signalled signaled signals meant means".split()
)


def modifies_noun(words: list[str], last: int) -> bool:
    """ "a protest group", "abduction rackets", "artillery guns": the trigger word only
    qualifies the noun after it."""
    return last + 1 < len(words) and words[last + 1] in HEAD_NOUNS


def holds_verb(words: list[str], head: int, last: int) -> bool:
    """ "the warplanes bombed villages", "said the drones hit sites": a trigger that runs from
    its subject's noun to a verb in the past; the noun after it is that verb's object, which the
    noun at its head cannot qualify (round 40, wiremiss7)."""
    verb = words[last]
    return last > head and _past_tense(verb)


def referred_to(words: list[str], head: int, names: frozenset[int] = frozenset()) -> bool:
    """ "a vigil marking the Madrid train attacks", "raised several attacks": the noun is
    the object of a verb that refers to an act, never a report of one."""
    if disjoint_in(_COUNTING_OR_RECALLING, words, 0, head):
        return False  # most acts: no such verb before them, one test in C
    index = _noun_phrase_start(words, head, names) - 1
    stop = max(index - 8, -1)
    while index > stop and _in_name_or_date(words, index, names):
        index -= 1  # "the September 11, 2001, attacks"
    if index >= 0 and words[index] in COUNTING:
        counted = words[index + 1 : head]
        return any(w[:1].isdigit() or w in AGGREGATES for w in counted)
    return index >= 0 and words[index] in RECALLING


# "The court is due to rule on the government's request to ban the party", "Parliament will vote
# on the president's request", "The committee is examining the ministry's demand": a request,
# demand or proposal a court, a chamber or a committee weighs is the matter before it, made
# earlier; the sentence reports the weighing (or its schedule), not the request.
DELIBERATING: Final = frozenset(
    "consider considers considering considered examine examines examining examined review "
    "reviews reviewing weigh weighs weighing debate debates debating hear hears".split()
)
DELIBERATING_ON: Final = frozenset(
    "rule rules ruling vote votes voting decide decides deciding hearing deliberate "
    "deliberates deliberating".split()
)
DELIBERATED_ACTS: Final = frozenset(
    "request requests demand demands proposal proposals offer offers appeal appeals plea "
    "application bid call calls".split()
)


def deliberated(words: list[str], head: int, names: frozenset[int] = frozenset()) -> bool:
    if words[head] not in DELIBERATED_ACTS:
        return False
    if disjoint_in(DELIBERATING, words, 0, head) and disjoint_in(DELIBERATING_ON, words, 0, head):
        return False  # most requests: no such verb before them
    index = _noun_phrase_start(words, head, names) - 1
    while index > 0 and words[index] in DETERMINERS:
        index -= 1
    if index < 0:
        return False
    if words[index] in DELIBERATING:
        return True
    return index > 0 and words[index] == "on" and words[index - 1] in DELIBERATING_ON


# Words of a count before a noun: "more than 300 attacks", "at least 40 strikes".
COUNT_WORDS: Final = frozenset(
    {"than", "least", "at", "nearly", "almost", "about", "around", "over"}
)


def _in_name_or_date(words: list[str], index: int, names: frozenset[int]) -> bool:
    word = words[index]
    if word in (",", "other") or word in DETERMINERS or word in QUANTIFIERS or word in COUNT_WORDS:
        return True  # "raised several other ETA attacks"
    return word[:1].isdigit() or index in names


def _noun_phrase_start(words: list[str], head: int, names: frozenset[int]) -> int:
    """The first token of the noun phrase a noun trigger heads (determiners, numbers,
    adjectives, names and noun modifiers before it; `names`: capitalised tokens)."""
    index = head - 1
    start = head
    while index >= 0 and head - index <= 7:
        word = words[index]
        if word == "of" and index > 0 and words[index - 1] in TRANSPARENT:
            start, index = index - 1, index - 2  # "a new round of joint exercises"
            continue
        if word in DETERMINERS or word.endswith("'s"):
            return index
        if not (word in QUANTIFIERS or _modifier_word(word) or index in names):
            if index == head - 1 and index > 0:
                before = words[index - 1]
                if before in DETERMINERS or before.endswith("'s"):
                    return index - 1  # "his evening visit", "the border clashes": a compound
            break
        start, index = index, index - 1
    return start


def _modifier_word(word: str) -> bool:
    """A word that may modify a noun: a known adjective, a number, a hyphenated compound, a
    noun in a compound ("car bomb attack")."""
    if word[:1].isdigit() or "-" in word:
        return True
    if word.startswith("un") and word.endswith("ed"):
        return True  # "unauthorised demonstrations", "unprovoked attacks"
    if len(word) > 5 and word.endswith(ADJECTIVE_SUFFIXES):
        return True  # "effective military occupation"
    return word in NOUN_MODIFIERS or word in NOUN_ONLY


def _injured_before(words: list[str], preposition: int) -> bool:
    """ "wounded three policemen in a bomb attack", "were killed in the clashes": the act
    happened."""
    return not disjoint_in(INJURIES, words, max(preposition - 6, 0), preposition)


# Weapons a trigger may open with, its verb inside it: "A Russian drone struck", "a ballistic
# missile hit" (not "an explosion ripped through a factory": a blast may be an accident); round 37
# (types4): "said its aircraft struck the attackers as they withdrew" (the aircraft too, or the
# withdrawal was the act).
WEAPON_HEADS: Final = frozenset(
    "missile missiles ballistic cruise rocket rockets drone drones warplane warplanes jet jets "
    "bomber bombers helicopter helicopters gunship gunships aircraft plane planes".split()
)


# round 39 (wiremiss6): "The strikes hit radar sites", "the air strike destroyed a hideout": a
# strike told by what it hit, its verb inside the pattern, as a weapon's is
STRIKE_HEADS: Final = frozenset("strike strikes airstrike airstrikes air".split())


def strike_noun(words: list[str], head: int) -> bool:
    """Whether a trigger opens on a strike's noun ("the strikes hit", "the air strike
    destroyed")."""
    return words[head] in STRIKE_HEADS


def counted_strikes(words: list[str], head: int) -> bool:
    """ "said 73 strikes had hit the country": strikes counted in figures, a tally (agency copy
    spells a few strikes out: "Two strikes hit the town" reports them)."""
    return words[head] in STRIKE_HEADS and head > 0 and words[head - 1][:1].isdigit()


def _weapon_struck(words: list[str], head: int, last: int) -> bool:
    """A weapon's or strike's trigger that holds the verb of its striking reports an attack."""
    struck = words[head] in WEAPON_HEADS or words[head] in STRIKE_HEADS
    return struck and not disjoint_in(HAPPENS, words, head + 1, last + 1)


def _happens(words: list[str], last: int) -> bool:
    """Something happens to the noun: "clashes broke out", "an attack killed", "the talks
    are under way"."""
    for word in words[last + 1 : last + 1 + LOOK_AFTER]:
        if word in HAPPENS:
            return True
        if word in (";", ":", ".") or word == "that":
            return False
        if word == "under":  # "under way"
            return True
    return False


# round 36 (feed3): "at the height of the protests that shook the kingdom", "has described the
# protests as an attempt to topple", "security forces broke up protests against the vote": the
# bare plural noun after "the" (or "up") names protests the story tells elsewhere, or another
# party's act on them; not when something happens to them ("the protests spread to ...").
# Protests that are news come with their own verb ("staged protests", "Protests erupted").
NAMED_PROTESTS: Final = frozenset({"the", "these", "those", "up"})


def named_protests(words: list[str], head: int) -> bool:
    """Whether the bare noun "protests" at `head` only names protests ("the protests")."""
    return (
        words[head] == "protests"
        and head > 0
        and words[head - 1] in NAMED_PROTESTS
        and not _happens(words, head)
    )


# Round 54 (false54): "The march was organised by a youth movement that ...", "The
# demonstrations were called by the runner-up, who says ...", "Sunday's rally had been staged by
# the unions": a protest named by a definite determiner (or a possessive) whose passive names who
# organised or called it tells who stood behind a protest the story reports in another sentence;
# it describes that act and is no act of its own (docs/labelling.md section 1: descriptions,
# plain statements; the open sets label 10 of 10 such sentences irrelevant, in nine sets). An
# indefinite protest ("A second rally was organised by ... on Saturday") is news, and so is the
# active voice ("The opposition organised a second protest").
PROTEST_EVENTS: Final[frozenset[str]] = frozenset(
    "protest protests march marches rally rallies demonstration demonstrations strike strikes "
    "walkout walkouts sit-in sit-ins vigil vigils boycott boycotts blockade blockades".split()
)
ORGANISED_BY: Final[frozenset[str]] = frozenset(
    "organised organized co-organised co-organized called staged convened coordinated "
    "initiated spearheaded".split()
)
ORGANISED_AUXILIARIES: Final[frozenset[str]] = clause_words.TENSED_BE | {"been"}


def _named_protest_at(words: list[str], noun: int) -> int | None:
    """The first word of a definite protest noun ending at `noun` ("the march", "the general
    strike", "Sunday's rally"), or None."""
    if noun < 1 or words[noun] not in PROTEST_EVENTS:
        return None
    before = words[noun - 1]
    if before in DEFINITE or before.endswith("'s"):
        return noun - 1
    if noun > 1 and before.isalpha() and words[noun - 2] in DEFINITE:
        return noun - 2  # one modifier: "the general strike", "the Saturday march"
    return None


def organisers_named(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands in "the march was organised by ...", a passive that
    only names who organised or called a protest told elsewhere."""
    for by in range(3, len(words)):
        if words[by] != "by" or words[by - 1] not in ORGANISED_BY:
            continue
        auxiliary = by - 2
        if words[auxiliary] not in ORGANISED_AUXILIARIES:
            continue
        noun = auxiliary - 1
        if words[auxiliary] == "been" and words[noun] in PERFECT:
            noun -= 1
        start = _named_protest_at(words, noun)
        if start is not None and start <= head <= by:
            return True
    return False


# round 37: "enough to block the request", "was examining the request under the extradition
# treaty", "papers filed along with the extradition request": the bare noun after a definite
# determiner (one modifier may stand between) names a request the story told, the act of another
# sentence or of the past (every such appeal of the open sets is labelled irrelevant). A request
# made comes with its verb ("requested talks", "sent a request", "a diplomatic note requesting").
REQUEST_NOUNS: Final = frozenset({"request", "requests"})
NAMED_REQUESTS: Final = frozenset({"the", "this", "that", "these", "those", "such"})


def named_request(words: list[str], head: int) -> bool:
    """Whether the bare noun "request" at `head` only names a request told elsewhere."""
    if words[head] not in REQUEST_NOUNS or head < 1:
        return False
    if words[head - 1] in NAMED_REQUESTS:
        return True
    return head > 1 and words[head - 2] in NAMED_REQUESTS and words[head - 1].isalpha()


def proposed(words: list[str], head: int) -> bool:
    """ "a proposed ceasefire", "possible talks": an act that is only proposed or expected."""
    return not disjoint_in(PROPOSED, words, max(head - 3, 0), head)


def attributive(words: list[str], head: int) -> bool:
    """ "a proposed truce", "the planned visit": the trigger word is an adjective."""
    return words[head] in PROPOSED and head > 0 and words[head - 1] in DETERMINERS


# "His lawyers said they would appeal.": the lexicon's discard of a court appeal
# (`{would|will|to} appeal {.|,|against}`) cannot see a closing full stop, which is no token
COURT_APPEAL_OPENERS: Final = clause_words.BARE_MODALS | {"to"}


def court_appeal(words: list[str], head: int) -> bool:
    """ "said they would appeal.", "before deciding whether to appeal.": "appeal" closing the
    sentence after a modal or "to" is an appeal to a court, no appeal (02) to anyone."""
    return (
        head == len(words) - 1
        and head > 0
        and words[head] == "appeal"
        and words[head - 1] in COURT_APPEAL_OPENERS
    )


# Round 51 (false51): "said it would challenge the arrests in the Lahore High Court", "will
# contest the ban before the Supreme Court": the act named as the object of a legal challenge in
# a court is what the challenge is about, done before (and the challenge itself is a court
# appeal, no act between the parties: 4 of 4 open sentences that only say a side "would
# challenge" something "in court" are irrelevant; the 2 relevant ones are labelled for an
# accusation or an appeal told with it). Kept: "challenged the arrests and called for" (no court).
CHALLENGING: Final = frozenset(
    "challenge challenges challenged challenging contest contests contested contesting".split()
)
CHALLENGE_REACH: Final = 4  # tokens from the challenging verb to the act's noun
COURT_REACH: Final = 8  # tokens after the noun to "court" ("in the Lahore High Court")


def challenged_in_court(words: list[str], head: int) -> bool:
    """Whether the act's noun at `head` is what a side challenges in a court."""
    for index in range(head - 1, max(head - 1 - CHALLENGE_REACH, -1), -1):
        word = words[index]
        if word in CHALLENGING:
            after = words[head + 1 : head + 1 + COURT_REACH]
            return "court" in after and ("in" in after or "before" in after)
        if not (word in DETERMINERS or word in QUANTIFIERS or word.endswith("'s")):
            return False
    return False


def called_off(words: list[str], last: int) -> bool:
    """ "talks were suspended", "the visit was postponed": the act did not take place."""
    for word in words[last + 1 : last + 1 + LOOK_AFTER]:
        if word in CALLED_OFF:
            return True
        if word in (";", ":", ".", ",") or word == "that":
            return False
    return False


WANT: Final = frozenset({"want", "wants", "wanted", "wanting"})
# Words that open the party a wish is addressed to ("wants the government to", "wants him to");
# not "you", "me", "it": "I want you to know", "we want it to work".
ADDRESSEES: Final = frozenset("the a an its their his her our him them all every each both".split())
ASK: Final = frozenset(
    "ask asks asked asking urge urges urged urging request requests requested requesting".split()
)
HELP: Final = frozenset({"help", "helps", "helped", "helping"})
NEEDS_PARTY: Final[frozenset[str]] = (
    WANT | ASK | HELP
)  # heads whose act needs a party right after them
HELPED: Final = frozenset("the its their his her a an these those him them us".split())


def wish_without_party(words: list[str], head: int, names: frozenset[int]) -> bool:
    """ "wants things to change": a wish that names no party to act is no appeal ("wants the
    government to inform", "wants Moscow to withdraw" are)."""
    if words[head] not in WANT or head + 1 >= len(words):
        return False
    after = head + 1
    return words[after] not in ADDRESSEES and after not in names


def appeal_without_party(words: list[str], head: int, last: int, names: frozenset[int]) -> bool:
    """ "asked Philip Lewis, a former senator, to take part" asks a party; "asked me, a
    total stranger, to help" asks nobody the coder can name."""
    if words[head] not in ASK or "," not in words[head + 1 : last]:
        return False
    after = head + 1
    return after not in names and words[after] not in ADDRESSEES


def help_without_party(words: list[str], head: int, last: int, names: frozenset[int]) -> bool:
    """A bare "help" is aid to a party named right after it ("helped Jordan", "helped the
    refugees"), not "helped boost turnout", "help them to do well" or "with the help of"."""
    if head != last or words[head] not in HELP or head + 1 >= len(words):
        return False
    after = head + 1
    if after in names:
        return False
    if words[after] not in HELPED:
        return True
    return after + 1 < len(words) and words[after + 1] == "to"


# Nouns whose "to" complement names an act as a possibility: "the right to demonstrate".
COMPLEMENT_NOUNS: Final = frozenset(
    "right rights freedom liberty ability capacity chance opportunity power powers authority "
    "permission license licence mandate".split()
)
# round 35: "gives the government powers to restrict movement, impose curfews and ...": each verb
# of a list after the noun's "to" is a possibility too.
COMPLEMENT_LIST_REACH: Final = 8  # tokens from a listed verb back to the noun's "to"
COMPLEMENT_LIST_LINKS: Final = frozenset({",", "and", "or"})
COMPLEMENT_LIST_BREAKS: Final = frozenset(
    {";", ":", "(", ")", "that", "which", "who", "said", "says", "but"}
)


# "took the opportunity to urge", "seized the chance to criticise", "used the occasion to
# accuse": a chance taken is the act done there, no possibility.
CHANCES_TAKEN: Final = frozenset(
    "took takes take taking seized seizes seize seizing used uses using grabbed".split()
)
CHANCES: Final = frozenset({"chance", "opportunity"})
CHANCE_DETERMINERS: Final = frozenset({"the", "this", "that", "an", "a", "every", "each"})


# Round 41 (weak41): verbs in "-ee" whose past ends in "-eed" ("agreed", "freed"), unlike the
# base forms "need", "speed", "proceed", "succeed", "feed" (round 40's review found them read as
# no past: "had every right to appeal and freed four drivers" lost its release)
PASTS_IN_EED: Final = frozenset("agreed disagreed freed decreed guaranteed refereed".split())


def _past_tense(word: str) -> bool:
    """A verb's past form ("accused", "struck", "agreed"), not a base form ending in "-eed"
    ("proceed", "need")."""
    if word.endswith("eed"):
        return word in PASTS_IN_EED
    return word.endswith("ed") or word in IRREGULAR_PASTS


# Round 45 (type45): "demanded that the government explain why it agreed to accept ...",
# "questioned whether the police had acted": an act inside an indirect question is what is asked
# about, not an act the sentence reports (the demand or the question is the act, or none)
QUESTIONING: Final = frozenset(
    "explain explains explained explaining ask asks asked asking question questions questioned "
    "questioning wonder wonders wondered wondering know clarify clarifies clarified".split()
)
ASKED_WORDS: Final = frozenset({"why", "whether"})  # not relevance.QUESTION_WORDS
ASKED_REACH: Final = 6  # tokens from "why" to the act: "why it had agreed to"
# a clause's end looking back from the act: punctuation, "and", "but", a saying (as
# SUBORDINATE_BREAKS, below, reads it; relevance.QUESTION_BREAKS is another list for the
# questions a report leaves open)
CLAUSE_OR_SAYING_BREAKS: Final[frozenset[str]] = frozenset(
    {",", ";", ":", "and", "but", "said", "says"}
)


def asked_about(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands in a "why" or "whether" clause a questioning verb opens."""
    link = link_before(words, head - 1, ASKED_REACH, ASKED_WORDS, CLAUSE_OR_SAYING_BREAKS)
    return link > 0 and words[link - 1] in QUESTIONING  # "explain why", "questioned whether"


def complement(words: list[str], head: int) -> bool:
    """ "protects the right to demonstrate", "the power to veto": an act as a possibility
    (not a chance taken: "took the opportunity to urge")."""
    if not (head >= 2 and words[head - 1] == "to" and words[head - 2] in COMPLEMENT_NOUNS):
        return (
            head >= 3
            and words[head - 1] in COMPLEMENT_LIST_LINKS
            and _listed_complement(words, head)
        )
    if words[head - 2] in CHANCES and head >= 4 and words[head - 3] in CHANCE_DETERMINERS:
        return words[head - 4] not in CHANCES_TAKEN
    return True


def _listed_complement(words: list[str], head: int) -> bool:
    """ "powers to restrict movement, impose curfews": a verb after a comma or "and" in a list
    whose first verb follows "powers to" (not a chance: the chance taken is the caller's). A
    verb in the past is no item of the list but the subject's next act (round 40, wiremiss7:
    "said the mayors had every right to take up their posts and accused Belgrade of ...")."""
    if _past_tense(words[head]):
        return False
    to = link_before(words, head - 2, COMPLEMENT_LIST_REACH, TO, COMPLEMENT_LIST_BREAKS)
    return to > 0 and words[to - 1] in COMPLEMENT_NOUNS and words[to - 1] not in CHANCES


AIMED: Final = frozenset({"aimed", "aiming", "aim", "aims", "targeted", "directed"})
AVOIDING: Final[frozenset[str]] = frozenset(
    "avoid avoids avoided avoiding escape escapes escaped escaping evade evades evaded evading "
    "dodge dodged dodging elude eluded eluding".split()
)


# "advised its citizens to stay away from demonstrations", "told residents to keep away from the
# protests", "avoid any rallies": a crowd or an act one is told to keep clear of is no act
# reported (the advice is the act, if any). A determiner may stand between.
KEEPING_AWAY: Final[frozenset[str]] = frozenset(
    "stay stays stayed staying keep keeps kept keeping".split()
)
AVOIDED_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "any", "all", "such", "these"})


def _kept_away(words: list[str], head: int) -> bool:
    at = head - 1
    if at >= 1 and words[at] in AVOIDED_DETERMINERS:
        at -= 1
    if words[at] in AVOIDING:
        return at < head - 1  # "avoid the protests" (the bare "avoid protests" is the caller's)
    return (
        at >= 2
        and words[at] == "from"
        and words[at - 1] == "away"
        and words[at - 2] in KEEPING_AWAY
    )


def is_goal(words: list[str], head: int, intended: bool, code: str = "") -> bool:
    """ "to cut its supply lines", "in order to", "in a bid to": a purpose (not when an
    intention, plan or aspect governs the act: "wants to meet", "is set to visit", "continued
    to send", "failed to reach"; nor a protest, or the purpose of a journey: "rallied to
    demand", "sent experts to investigate"). An act avoided or escaped ("fled abroad to avoid
    arrest", "to avoid being expelled", "escaped prosecution") is none either."""
    if head >= 1 and (
        words[head - 1] in AVOIDING
        or (head >= 2 and words[head - 1] == "being" and words[head - 2] in AVOIDING)
        or _kept_away(words, head)
    ):
        return True
    if not intended and head >= 1 and words[head - 1] == "into" and words[head].endswith("ing"):
        return True  # "pressing Tehran into freeing the sailors"
    if head >= 2 and words[head - 1] == "at" and words[head - 2] in AIMED:
        return True  # "a tour aimed at pressing for a truce"
    if intended or head < 1 or words[head - 1] != "to":
        return False
    if code[:2] == PROTEST_ROOT or any(
        word in CATENATIVES for word in _verb_before_to(words, head - 1)
    ):
        return False
    if _commanded(words, head - 1) or _enacted(words, head - 1) or _visiting(words, head - 1):
        return False
    before = words[max(head - 12, 0) : head - 1]
    if code[:2] == CONSULT_ROOT and not STOPOVER.isdisjoint(before):
        return False  # "stopped in Lima to meet": the meeting
    if TRANSIT.isdisjoint(before):
        return True
    if _planned_journey(words, head - 1):
        return True  # "will send a mission to Bissau next week to discuss": a plan's purpose
    # "sent 5,000 troops to the region to regain control": force is the deployment's goal
    return code[:2] in FORCE_ACT_ROOTS and not FORCES_SENT.isdisjoint(before)


JOURNEY_REACH: Final = 12  # tokens before the purpose's "to" looked at for the journey


def _planned_journey(words: list[str], to: int) -> bool:
    """Round 51 (false51): the purpose of a journey or sending on the calendar ("will send a
    mediation mission to Bissau next week to discuss the timetable", "is due to travel to Juba
    on Friday to meet the rebels") is planned with it, no act of the day (docs/labelling.md,
    section 1: plans and schedules); the journey's verb after "will", "would" or "due to", and a
    date ahead between it and the "to" (`_date_ahead`). "sent a team to Bissau to discuss" and
    "will send troops to the border to stop" (no date ahead) stay the journey's purpose."""
    for index in range(to - 1, max(to - 1 - JOURNEY_REACH, 0), -1):
        if words[index] in TRANSIT:
            near = words[max(index - SPECULATION_REACH, 0) : index]
            return not FUTURE_MARKS.isdisjoint(near) and _date_ahead(words[index + 1 : to])
    return False


# The means by which an act is said or enacted: "issued a statement to condemn the attack",
# "signed a decree to free 200 prisoners", "used a speech to accuse Chile", "took to social
# media to criticise the bank". The "to" names what the statement, decree or speech does,
# not a goal beyond it (as "launched an operation to cut supply lines" does).
ISSUING: Final = frozenset(
    "issued issues issue issuing released releases signed signs sign signing passed passes "
    "adopted adopts approved approves published publishes posted posts used uses using "
    "delivered delivers gave gives made makes held holds called calls convened put seized "
    "seizes took takes".split()
)
INSTRUMENTS: Final = frozenset(
    "statement statements communique decree decrees order orders law laws resolution "
    "resolutions letter speech address interview conference briefing post message tweet "
    "video declaration ruling motion bill "
    # round 30: the occasion a party used ("used the debate to accuse the government",
    # "used his visit to call for talks", "seized the opportunity to criticise"): the saying is
    # done there, no goal beyond it
    "debate rally occasion opportunity sermon visit appearance remarks ceremony anniversary "
    "platform speeches interviews".split()
)
PLATFORMS: Final = frozenset(
    "media twitter x facebook instagram telegram tiktok youtube airwaves television tv "
    "radio podium stage microphone blog platform".split()
)
TAKING: Final = frozenset({"took", "takes", "take", "taking"})
MEANS_REACH: Final = 6  # tokens before "to" looked at for the instrument ("a speech in parliament")
MEANS_STOPS: Final = frozenset({",", ";", ":", "and", "but", "that", "which", "who", '"'})


def _visiting(words: list[str], to: int) -> bool:
    """ "is in Lima this week to meet Peruvian officials": a visitor's present stay, whose
    purpose is the visit's act, as after "travelled to" (`TRANSIT`)."""
    for index in range(to - 1, max(to - MEANS_REACH - 1, 0), -1):
        if words[index] in MEANS_STOPS or words[index] == "to":
            return False
        if words[index] == "in" and words[index - 1] in TENSED_BE:  # "is in Lima this week"
            return index + 1 < to and words[index + 1] not in NOT_STAYS
    return False


def _enacted(words: list[str], to: int) -> bool:
    """Whether the "to" at `to` follows the means of the act after it: a statement, decree,
    law or speech issued, signed, passed or used ("issued a statement on Sunday to condemn"),
    or a platform taken to ("took to social media to accuse"). A document named without the
    act of issuing it ("a bill to ban protests", "plans for a law to") stays a proposal."""
    noun = -1
    for index in range(to - 1, max(to - MEANS_REACH - 1, -1), -1):
        word = words[index]
        if word in MEANS_STOPS:
            return False
        if word == "to":
            return (
                index >= 1
                and words[index - 1] in TAKING
                and not disjoint_in(PLATFORMS, words, index + 1, to)
            )
        if noun < 0 and word in INSTRUMENTS:
            noun = index
        elif noun >= 0 and word in ISSUING:
            return True
    return False


def _commanded(words: list[str], to: int) -> bool:
    """ "ordered the army to raise its readiness", "told police to disperse them": the act
    ordered of someone is reported, not a purpose (the orderer's object stands before "to")."""
    for index in range(to - 2, max(to - 6, -1), -1):
        word = words[index]
        if word in COMMANDS:
            return True
        if word in CLAUSE_STOPS:
            return False
    return False


def _verb_before_to(words: list[str], to: int) -> list[str]:
    """The word before "to", and before it over a time phrase ("decided on Thursday to")."""
    found = []
    if _tally(words, to - 1):
        to -= 3 if words[to - 2] == "to" else 1  # "voted four to one to convict", "voted 7-2 to"
    for index in range(to - 1, max(to - 4, -1), -1):
        word = words[index]
        found.append(word)
        if not time_or_adverb(word):
            break  # over "on Thursday", "unanimously": "voted unanimously to demand"
    return found


TALLY: Final = re.compile(r"^\d+-\d+$")


def _tally(words: list[str], last: int) -> bool:
    """A vote's count just before "to": "7-2", "four to one", "300 to 120"."""
    if last < 1:
        return False
    if TALLY.match(words[last]):
        return True
    return last >= 2 and words[last - 1] == "to" and all(_count(words[i]) for i in (last, last - 2))


TALLY_WORDS: Final = frozenset(
    "zero nil one two three four five six seven eight nine ten eleven twelve thirteen".split()
)


def _count(word: str) -> bool:
    return word.isdigit() or word in TALLY_WORDS


def time_or_adverb(word: str) -> bool:
    """A word of a time phrase ("on Thursday", "yesterday") or an adverb in -ly."""
    return word in TIME_WORDS or (word.endswith("ly") and word.isalpha())


def in_compound(text: str, starts: Sequence[int], head: int) -> bool:
    """ "a U.N.-backed mission", "U.S.-brokered talks": a trigger glued by a hyphen to the
    word before it is part of an adjective (the tokenizer splits after the abbreviation)."""
    start = starts[head]
    return start > 0 and text[start - 1] == "-"


# round 38 (feedmiss5): "NAIROBI — Protesters stormed parliament": a dash between the word before
# and the trigger parts them (a dateline and its story), however both are written
NAME_BREAKS: Final = frozenset("-\u2013\u2014")


def in_name(
    text: str, starts: Sequence[int], spans: list[tuple[int, int]], words: list[str], head: int
) -> bool:
    """A capitalised trigger inside a run of capitalised words ("Rapid Support Forces"), not
    across a dash (`NAME_BREAKS`), spaced or not (an unspaced em dash after a dateline): a hyphened
    name ("Al-Shabaab") is one token, with no gap inside it. The gap runs from the end of the
    word before (its span's: a contraction's word may be longer, "we'll" read "we will")."""
    if head == 0 or not text[starts[head] : starts[head] + 1].isupper():
        return False
    gap = text[spans[head - 1][1] : starts[head]]
    parted = not NAME_BREAKS.isdisjoint(gap)
    neighbours = [
        i for i in (head - 1, head + 1) if 0 <= i < len(words) and not (parted and i < head)
    ]
    for i in neighbours:
        char = text[starts[i] : starts[i] + 1]
        if char.isupper() and not (i == 0 and words[i] in DETERMINERS) and words[i] != "i":
            return True
    return False


def title_case(text: str) -> bool:
    """Whether a headline capitalises most words (then capitals do not mark names)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# "a truce agreed in Doha", "the deal brokered by Qatar": the participle of a settled pact.
SETTLED: Final = frozenset(
    "agreed reached signed brokered negotiated declared announced mediated struck concluded".split()
)
PACTS: Final[frozenset[str]] = frozenset(
    "truce ceasefire cease-fire deal deals agreement agreements accord accords pact pacts "
    "treaty treaties settlement arrangement arrangements roadmap framework".split()
)
# "Venezuelans deported by the United States": people described by what was done to them.
DETAINED_BY: Final = frozenset(
    "deported expelled detained jailed imprisoned abducted kidnapped held".split()
)
# "would not accept citizens deported from Spain": people described by where they were sent
# from, no deportation of the sentence (round 35, types2); "Spain deported 40 Malians from
# Ceuta" keeps its act (no plural noun right before the participle).
SENT_AWAY: Final = frozenset({"deported", "expelled"})
# "rebels backed by Eritrea", "militias funded by the government": a side described by its
# sponsor; the sponsorship is background, not the sentence's act of support or aid.
SPONSORED_BY: Final = frozenset(
    "backed supported funded financed sponsored armed trained equipped bankrolled".split()
)
# "rebels opposed to the junta attacked a post", "lawmakers opposed to the bill walked out": the
# verb "oppose" takes no "to", so "opposed to" right after a noun is an adjective describing a
# side by its stance, not an act of rejection (120); "is opposed to", "strongly opposed to" and
# "opposed the bill" stay acts.
STANCES: Final = frozenset({"opposed"})


def stance(words: list[str], head: int) -> bool:
    """ "rebels opposed to the junta": a side described by its stance (see `STANCES`). Asked
    before acts are governed, so that the stance governs no act after its "to" ("protesters
    opposed to the mine blocked the road": the road block is the act)."""
    if words[head] not in STANCES or head < 1 or head + 1 >= len(words):
        return False
    before = words[head - 1]
    if before in NOT_A_NOUN or not before.isalpha() or before.endswith("ly"):
        return False
    return words[head + 1] == "to" and not _interposed(words, head)


# round 57 (lead): "pledged 5 million pounds in aid", "spent millions of pounds", "500 pounds of
# explosives": an amount of money or a weight, no shelling (the lexicon's 194 "pound~" coded an
# attack beside the aid); "continued to pound the town", "jets pounded Gaza" keep their attack
MEASURE_WORDS: Final = frozenset({"pound", "pounds"})
AMOUNT_WORDS: Final = frozenset(
    "hundred thousand million billion trillion mn bn mln bln hundreds thousands millions "
    "billions".split()
)


def amount(words: list[str], head: int) -> bool:
    """ "5 million pounds", "millions of pounds", "500 pounds": a unit of money or weight after
    an amount (see `MEASURE_WORDS`), no act."""
    if words[head] not in MEASURE_WORDS or head < 1:
        return False
    before = words[head - 1]
    if before == "of" and head > 1:
        before = words[head - 2]
    return before in AMOUNT_WORDS or before[:1].isdigit()


NOT_A_NOUN: Final[frozenset[str]] = frozenset(
    "was were been being is are am be get gets got who which that and or not never also "
    "has have had he she they it we i you".split()
)


# Adverbs an auxiliary and its passive participle may hold between them: "was later charged
# with arson", "were then detained by police" (round 28: "later" was taken for a noun).
INTERPOSED: Final = frozenset(
    "later then since already just now again once first soon still thereafter afterwards "
    "eventually finally formally".split()
)


def _interposed(words: list[str], head: int) -> bool:
    """An adverb between an auxiliary and the participle at `head`: a passive verb ("He was
    later charged with arson"), no noun a reduced relative describes."""
    index = head - 1
    return words[index] in INTERPOSED and index > 0 and words[index - 1] in NOT_A_NOUN


# "paid tribute to soldiers who died fighting the rebels", "the families of police officers who
# were killed battling insurgents": a fight told by a participle after the death of the people a
# relative clause describes is how they died, background to the sentence's act (a tribute, a
# burial), not a fight reported now.
DEATH_WORDS: Final = frozenset("died fell perished".split())
KILLED_AUXILIARIES: Final = frozenset("were was had_been been".split())
RELATIVE_SUBJECTS: Final = frozenset({"who", "that"})


def died_fighting(words: list[str], head: int) -> bool:
    """ "soldiers who died fighting rebels": the participle at `head` after a relative clause's
    death ("who died", "who fell", "who were killed", "who lost their lives", with "while")."""
    if not words[head].endswith("ing"):
        return False
    index = head - 1
    if index >= 0 and words[index] == "while":
        index -= 1
    if index < 1:
        return False
    if words[index] in DEATH_WORDS:
        index -= 1
    elif words[index] == "killed" and words[index - 1] in KILLED_AUXILIARIES:
        index -= 2
    elif words[index] == "lives" and index >= 3 and words[index - 2] == "lost":
        index -= 3  # "who lost their lives fighting"
    else:
        return False
    return index >= 0 and words[index] in RELATIVE_SUBJECTS


def killed_fighting(words: list[str], head: int) -> bool:
    """ "soldiers who were killed battling insurgents": the death itself, told in the relative
    clause that describes the dead before how they died, is no killing reported now."""
    if words[head] != "killed" or head < 2 or head + 1 >= len(words):
        return False
    if words[head - 1] not in KILLED_AUXILIARIES or words[head - 2] not in RELATIVE_SUBJECTS:
        return False
    return died_fighting(words, head + 1)


def how_they_died(words: list[str], head: int) -> bool:
    """ "who died fighting the rebels", "who were killed battling insurgents": the fight or the
    death told in a relative clause of how people died (`died_fighting`, `killed_fighting`)."""
    return died_fighting(words, head) or killed_fighting(words, head)


# Round 35 (types2): "sanctioned officials and others it accused of undermining the courts",
# "the men they charged with treason": a charge verb between a pronoun and its own preposition has
# lost its object to the noun before the pronoun, so it opens a relative clause on that noun (the
# "whom" left out); the charge describes whom the sentence's act was done to.


# The relative words (`clause_words.RELATIVES` has "where" and no "that"), and those that open
# a clause on a person or thing named before ("whom" left out after a charge verb: not "whose")
RELATIVES: Final[frozenset[str]] = frozenset({"that", "which", "who", "whose", "whom"})
RELATIVE_OPENERS: Final[frozenset[str]] = RELATIVES - {"whose"}


def _contact_charge(words: list[str], head: int) -> bool:
    preposition = CHARGE_PARTICIPLES.get(words[head])
    if preposition is None or head < 2 or words[head - 1] not in PARTY_PRONOUNS:
        return False
    noun = words[head - 2]
    if noun in NOT_A_NOUN or not noun.isalpha() or noun.endswith("ly"):
        return False
    return words[head + 1] == preposition


# Round 41 (false8): "The ruling, backed by six of the court's ten judges, found that ...", "The
# reform, agreed by the five-party coalition, would introduce ...": a sponsor's or a pact's
# participle with its "by" that opens a comma-set aside right after the sentence's subject (a
# short noun phrase opening the sentence on an article) describes the subject, as "rebels backed
# by Eritrea" does; the sentence's act is its main verb's, after the aside. Not a country or a
# party opening the sentence ("Peru, backed by Chile, demanded ..." keeps its demand; the aside's
# backing is dropped either way) and not the participle of a passive ("The plan was backed by").
ASIDE_SUBJECT_ARTICLES: Final = ARTICLES  # "the", "a", "an"
PARTICIPLE_SUBJECT_REACH: Final = 4  # tokens from the sentence's start to the comma at most
ASIDE_CLOSE_REACH: Final = 14  # tokens from the participle to the aside's closing comma


def _participle_on_subject(words: list[str], head: int) -> bool:
    """ "The ruling, backed by ...,": the participle at `head` right after a comma that closes
    the sentence's opening noun phrase, its "by" after it and the aside closed later."""
    word, comma = words[head], head - 1
    if word not in SPONSORED_BY and word not in SETTLED:
        return False
    if comma > PARTICIPLE_SUBJECT_REACH or words[0] not in ASIDE_SUBJECT_ARTICLES:
        return False
    if words[head + 1] != "by" or not disjoint_in(NOT_A_NOUN, words, 1, comma):
        return False
    return "," in words[head + 2 : head + ASIDE_CLOSE_REACH]


def _plural(word: str) -> bool:
    """A plural noun, with or without -s (round 45, type45: "agreed to accept five men deported
    from the United States": the men are described as the -s plurals are)."""
    return (word.endswith("s") and word not in NOT_A_NOUN) or word in IRREGULAR_PLURALS


# Round 50 (types50): "six civilians kidnapped last month from a village were released by their
# captors", "the dissidents jailed for their posts were freed on Friday": a participle of
# capture right after a noun, with the sentence's own "was"/"were" (or "have been") after it in
# the same clause, describes the ones the main verb is about; the capture is no act of the
# sentence (docs/labelling.md, section 1: "freeing prisoners is 0841, 08 RETREAT"; the capture is
# background). Not "gunmen kidnapped 12 students who were ..." (the relative's "who" ends the
# search) nor "... kidnapped 12 students, and they were ..." (a comma or "and").
CAPTIVE_PARTICIPLES: Final = DETAINED_BY | frozenset({"captured", "arrested", "seized", "taken"})
CAPTIVE_CLAUSE_ENDS: Final = frozenset(
    ", ; : ( ) and but or who which that whom whose while when after before as because until "
    "said says told".split()
)
CAPTIVE_REACH: Final = 12  # tokens from the participle to the main verb's auxiliary
# Round 51 (types51): "a gang holding seven nurses kidnapped from a clinic freed them": the
# participle of capture stands in the subject of an active release as well; the release is the
# sentence's act (0841), the capture that describes the captives background.
RELEASING_VERBS: Final = frozenset({"freed", "released"})


# Round 52 (false52): ", many of them expelled under the drive against migrants", ", most of them
# driven from their homes": a participle after a part of a group counted in an aside ("many of
# them") tells what befell the people the sentence counts, no act of its own (docs/labelling.md,
# section 1: consequences and figures). Only after a comma: "ordered most of them released" is
# the order's content, as before.
def counted_participle(words: list[str], head: int) -> bool:
    """Whether the act at `head` is a participle after ", many of them" (a pronoun quantifier,
    or all, half, none, dozens, hundreds, thousands)."""
    part = words[head - 3] if head > 3 else ""
    return (
        head > 3
        and words[head - 1] == "them"
        and words[head - 2] == "of"
        and (
            part in PRONOUN_QUANTIFIERS
            or part in ("all", "half", "none", "dozens", "hundreds", "thousands", "scores")
        )
        and words[head - 4] == ","
        and _past_tense(words[head])
    )


# Round 53 (miss53f): participles of a capture told in the passive with no agent ("The fishermen
# were taken on Sunday near the mouth of the river", "The men, all from the fishing village of ...,
# were intercepted on Tuesday night", data/triggers.tsv, 173), and the people such a capture holds
# (docs/labelling.md guide point 6, section 2: the person arrested is the target). Things taken
# or intercepted ("the decision was taken", "two missiles were intercepted") are no detention.
CAPTURE_PARTICIPLES: Final[frozenset[str]] = frozenset("intercepted picked snatched taken".split())
CAPTIVE_PEOPLE: Final[frozenset[str]] = frozenset(
    "man woman men women fishermen fisherman miners farmers herders herdsmen traders "
    "loggers crew crewmen sailors seamen villagers migrants activist activists journalist "
    "journalists reporter reporters student students workers hikers tourists nationals citizens "
    "smugglers poachers divers pilgrims".split()
)
CAPTIVE_ASIDE_REACH: Final[int] = 14  # tokens of an aside between the people and "were"
# "picked up" and "taken" also carry people ("picked up from the beach by a fishing boat", "taken
# by ambulance"): followed by "from" or "by", they are left to the lines that name a home or a
# force ("picked up by police", "taken from his home")
CARRIED_PARTICIPLES: Final[frozenset[str]] = frozenset({"picked", "taken"})
CARRIED_FROM: Final[frozenset[str]] = frozenset({"from", "by"})


def thing_captured(words: list[str], first: int, last: int, capitalised: frozenset[int]) -> bool:
    """Whether a bare passive capture's trigger ("were taken", "had been intercepted", from
    `first` to `last`; not a longer one such as "were picked up at their homes") has a subject
    that is neither people (`CAPTIVE_PEOPLE`) nor a name (a `capitalised` token: "Tembo had been
    picked up"): its head stands right before the auxiliary, or before an aside set off by two
    commas ("The men, all from ..., were intercepted")."""
    participle = first + 2 if words[first] in PERFECT else first + 1
    if participle >= len(words) or words[participle] not in CAPTURE_PARTICIPLES:
        return False
    if last > participle + 1 or (last == participle + 1 and words[last] != "up"):
        return False  # a longer line's own words say what was taken from where
    after = words[last + 1] if last + 1 < len(words) else ""
    if words[participle] in CARRIED_PARTICIPLES and after in CARRIED_FROM:
        return True  # "hikers were picked up from the beach by a fishing boat": a rescue
    if words[first] not in PASSIVE_OPENERS and words[first] not in PERFECT:
        return False
    # the head before the trigger's first word: no trigger of `data/triggers.tsv` that this
    # reaches starts on "been" ("had been" opens the line: "Tembo had been picked up")
    index = first - 1
    if index > 0 and words[index] == ",":
        index = next(
            (
                k - 1
                for k in range(index - 1, max(index - CAPTIVE_ASIDE_REACH, 0), -1)
                if words[k] == ","
            ),
            -1,
        )
    if index < 0:
        return True
    head = words[index]
    if head in CAPTIVE_PEOPLE or index in capitalised:
        return False
    # the sentence's first word is capitalised whatever it is: a name there ("Kamto, who came
    # second, was taken from ...") is no plural thing ("Missiles were intercepted")
    return index > 0 or head.endswith("s")


def captive_described(words: list[str], head: int) -> bool:
    """ "six civilians kidnapped last month were released": a participle of capture after a
    noun, in the subject of the sentence's own passive, describes the ones freed."""
    if head < 1 or words[head] not in CAPTIVE_PARTICIPLES:
        return False
    before = words[head - 1]
    if before in NOT_A_NOUN or not before.isalpha() or before.endswith("ly"):
        return False
    return _passive_main_after(words, head)


def _passive_main_after(words: list[str], head: int) -> bool:
    """Whether the clause of the participle at `head` goes on to a "was", "were" or "have been"
    of its own, or to an active "freed" or "released", before any clause break: the participle
    then stands in the subject."""
    for index in range(head + 1, min(len(words), head + 1 + CAPTIVE_REACH)):
        word = words[index]
        if word in CAPTIVE_CLAUSE_ENDS:
            return False
        if word in PAST_BE or word in RELEASING_VERBS:
            return True
        if word in PERFECT:
            return index + 1 < len(words) and words[index + 1] == "been"
    return False


def reduced_relative(words: list[str], head: int) -> bool:
    """ "companies accused of supplying drones", "a truce agreed in Doha", "rebels backed by
    Eritrea": a past participle right after a noun opens a reduced relative clause describing
    that noun. The charge or
    pact it names is background, made by someone the sentence does not name as its subject,
    so it is not one of the sentence's acts."""
    if head < 1 or head + 1 >= len(words):
        return False
    word, before = words[head], words[head - 1]
    if _contact_charge(words, head):
        return True
    if before == "," and _participle_on_subject(words, head):
        return True
    if before in NOT_A_NOUN or not before.isalpha() or before.endswith("ly"):
        return False
    if _interposed(words, head):
        return False
    preposition = CHARGE_PARTICIPLES.get(word)
    if preposition is not None:
        return words[head + 1] == preposition
    if word in DETAINED_BY and words[head + 1] == "by":
        return _plural(before)  # "Venezuelans deported by", "five men detained by"
    if word == "blamed" and words[head + 1] == "on":  # "a drone strike blamed on the RSF hit"
        if RELATIVE_OPENERS.intersection(words[max(head - 4, 0) : head - 1]):
            return False  # "the bombing, which the ministry blamed on": the blamer named
        return head + 2 < len(words) and words[head + 2] not in WEEKDAYS
    if word in SENT_AWAY and words[head + 1] == "from":
        return _plural(before)  # "citizens deported from", "five men deported from"
    if word in SPONSORED_BY and words[head + 1] == "by":
        return True  # "troops backed by Ethiopian forces attacked": describes the troops
    return word in SETTLED and before in PACTS


# "The rebels are one of more than 100 armed groups fighting in eastern Congo", "Militias
# fighting in the region include ...": a "fighting" right after a noun that a copula names the
# subject as, or that "include" lists, says what the groups are; no battle is reported ("Armed
# groups fighting the army attacked a village" reports the attack; "Soldiers are fighting
# rebels" has no noun before the participle).
WAR_PARTICIPLES: Final = frozenset({"fighting", "battling", "waging"})
DESCRIBED_REACH: Final = (
    10  # tokens from the copula to the participle ("are one of more than 100 ...")
)
INCLUDING_REACH: Final = 8  # tokens from the participle to "include"
INCLUDING: Final = frozenset({"include", "includes", "included"})
DESCRIPTION_OPENERS: Final = frozenset({"a", "an", "the", "one", "among", "two", "several"})
DESCRIPTION_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "and", "that", "which", "who"})


# Round 34: a "fighting" after armed men who are the object of a verb of having or visiting or
# of a preposition ("Kenya has 3,000 troops in Somalia fighting al-Shabab", "was killed while
# visiting troops fighting rebels", "sent aid to militias fighting the junta") describes them;
# the battle is no act of the sentence. Armed men opening their clause are its subject ("Troops
# fighting rebels killed 12": the killing is coded; "Its troops fighting in the east came under
# fire").
ARMED_MEN: Final = frozenset(
    "troops soldiers forces fighters militias militiamen units rebels insurgents volunteers "
    "mercenaries battalions brigades contingents contingent soldier fighter militants "
    # round 56 (false56): a coalition or an army named as such ("with the Saudi-led coalition
    # fighting them", "as part of a coalition fighting Islamic State")
    "coalition coalitions alliance army armies".split()
)
HOLDING_ARMED: Final = frozenset(
    "has have had having keeps keep kept maintains maintain maintained visiting visited "
    "visit visits inspecting inspected inspect reviewing reviewed to with for among supporting "
    "supported support supports backing backed back backs arming armed arm arms funding funded "
    "training trained train trains equipping equipped of".split()
)
HOLDING_REACH: Final = 8  # tokens from the armed men back to the verb or preposition ("has several
# thousand troops in Somalia"), the noun phrase's own words between
HOLDING_BREAKS: Final = DESCRIPTION_BREAKS | frozenset(
    {"said", "says", "say", "told", "when", "while", "as", "after", "before", "but", "if"}
)


def _held_fighters(words: list[str], head: int) -> bool:
    armed = False  # the armed men found ("troops in Somalia fighting": a place may follow them)
    for index in range(head - 1, max(head - 1 - HOLDING_REACH, -1), -1):
        word = words[index]
        if word in HOLDING_BREAKS or word in TENSED_BE:
            return False
        if word in HOLDING_ARMED:
            return armed  # "to stop fighting": no armed men between, no description
        armed = armed or word in ARMED_MEN
    return False


# round 34: a violent act's noun as the name a speaker gives something ("called the recording a
# targeted political assassination", "described the ruling as a judicial massacre") is the
# speaker's judgement, not violence done; the thing named, right after the verb, may be an act
# ("called the attack a cowardly act": the attack stands).
NAMING: Final = frozenset(
    "called calls call calling described describes describing branded brands branding "
    "termed terms labelled labeled labels dubbed".split()
)
NOT_NAMING: Final = frozenset({"for", "on", "off", "in", "up", "out", "to"})
NAME_ARTICLES: Final = frozenset({"a", "an", "as"})
NAMED_REACH: Final = 10  # tokens from the verb of naming to the name's noun
NAMED_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "and", "but", "that", "which", "who"})


def named_as(words: list[str], head: int) -> bool:
    article = -1
    for index in range(head - 1, max(head - 1 - NAMED_REACH, -1), -1):
        word = words[index]
        if word in NAMED_BREAKS:
            return False
        if word in NAME_ARTICLES and article < 0:
            article = index
        elif word in NAMING:
            return 0 <= article and index + 1 < article and words[index + 1] not in NOT_NAMING
    return False


def described_fighters(words: list[str], head: int) -> bool:
    if head < 1 or words[head] not in WAR_PARTICIPLES:
        return False
    before = words[head - 1]
    if before in NOT_A_NOUN or not before.isalpha() or before.endswith("ly"):
        return False
    if head > 1 and _held_fighters(words, head):
        return True
    for index in range(head + 1, min(head + 1 + INCLUDING_REACH, len(words))):
        if words[index] in INCLUDING:
            return True
        if words[index] in DESCRIPTION_BREAKS:
            break
    for index in range(head - 2, max(head - 2 - DESCRIBED_REACH, 0), -1):
        word = words[index]
        if word in TENSED_BE:
            return words[index + 1] in DESCRIPTION_OPENERS
        if word in DESCRIPTION_BREAKS:
            return False
    return False


# Round 51 (false51): "Germany is one of Namibia's largest donors", "Qatar, one of the main
# mediators, ...", "China is among the biggest buyers of its oil": a noun after "one of" or
# "among" that a copula or a comma puts on its subject names what the subject is, a standing
# role (docs/labelling.md, section 1: background and context, standing arrangements), no act.
# Kept: "one of the attacks killed ..." (no copula or comma before "one"), "was one of three
# protests held on Friday" is the caller's noun rules' (a verb after the noun reports it).
KIND_OPENERS: Final[frozenset[str]] = frozenset({"one", "among"})
KIND_LINKS: Final = TENSED_BE | frozenset({",", "remains", "remain", "became", "become"})
KIND_REACH: Final = 5  # tokens from "of" to the noun ("one of Namibia 's largest donors")
KIND_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "and", "or", "that", "which", "who"})


def one_of_kind(words: list[str], head: int) -> bool:
    """Whether the trigger at `head` is a noun naming the kind of party its subject is ("is one
    of X's largest donors", "is among the main mediators")."""
    for index in range(head - 1, max(head - 1 - KIND_REACH, 1), -1):
        word = words[index]
        if word in KIND_BREAKS:
            return False
        if word == "among" and words[index - 1] in KIND_LINKS:
            return True
        if word == "of" and words[index - 1] in KIND_OPENERS:
            # the loop stops at index 2: "one of" has a word before it
            return words[index - 2] in KIND_LINKS and words[index - 1] == "one"
    return False


# A comma-set aside right after a sentence's short subject that opens with a charge's
# participle: "The president, criticised for his handling of the crisis, has not spoken",
# "Eritrean troops, accused of atrocities during the war, withdrew in 2023".
ASIDE_CHARGES: Final = frozenset(
    "accused criticised criticized condemned blamed denounced censured faulted".split()
)
ASIDE_SUBJECT_REACH: Final = 6  # tokens of the subject before the aside's comma
CHARGE_ASIDE_REACH: Final = 14  # tokens from the participle to the comma that closes the aside
ASIDE_BREAKS: Final = frozenset({";", ":", "(", ")", '"', "“", "”"})


def charged_aside(words: list[str], head: int) -> bool:
    """ "The militia, accused by rights groups of ethnic cleansing, controls most of the
    region": the aside describes the subject by a charge made before; neither the charge nor
    its maker is news of the sentence (docs/labelling.md, section 1: background). The charge
    made on a day of the story ("accused on Monday of ...") stays an act."""
    if head < 2 or head - 1 > ASIDE_SUBJECT_REACH or words[head] not in ASIDE_CHARGES:
        return False
    if words[head - 1] != ",":
        return False
    for word in words[: head - 1]:
        if (
            word in NOT_A_NOUN
            or word in clause_words.SAY
            or word.endswith(("ed", "ly"))
            or not word[:1].isalpha()
        ) and word not in clause_words.NOUN_OPENERS:
            return False
    for index in range(head + 1, min(head + 1 + CHARGE_ASIDE_REACH, len(words))):
        word = words[index]
        if word in ASIDE_BREAKS or word in WEEKDAYS:
            return False
        if word == ",":
            return index + 1 < len(words)
    return False


# Round 57 (false57): the same charge told after the main clause, its passive participle right
# after the comma that closes it ("The remaining three are due to appear before a judge on
# Wednesday, accused of assaulting officers", "was detained on Wednesday in Luuka, accused of
# breaking COVID-19 limits"): it describes the clause's subject by what it is accused of, a
# charge whose maker the sentence does not name; neither it nor the clause's other party (the
# judge, the police) accuses anyone in the sentence (docs/labelling.md, section 4, point 49: a
# word describing a person is no act; the sentence's other act is labelled). Not the subject's
# own accusation (", accusing the army of ...", "accused the army of": an object after it).
TRAILING_CHARGES: Final = frozenset({"accused", "suspected"})


def trailing_charge(words: list[str], head: int) -> bool:
    """ "..., accused of assaulting officers" closing a sentence's main clause (see above)."""
    return (
        head > 1
        and words[head] in TRAILING_CHARGES
        and words[head - 1] == ","
        and words[head + 1 : head + 2] == ["of"]
    )


TEMPORAL: Final = frozenset({"since", "after", "before", "following", "until", "till"})
KNOWN: Final[frozenset[str]] = frozenset({"the", "these", "those", "last", "that"})
DURATIONS: Final = frozenset("days weeks months years decades".split())  # an act the story has told


def time_reference(words: list[str], head: int, names: frozenset[int] = frozenset()) -> bool:
    """ "Modi's first visit since the invasion of Ukraine", "days after the attack": a noun
    after a temporal preposition dates the sentence by an earlier act; it reports none."""
    left = _noun_phrase_start(words, head, names) - 1
    if _last_periods(words, left + 1):
        return True  # "militants behind last month's attack": an earlier act, named
    if left >= 0 and words[left] == "during" and words[left + 1] in KNOWN:
        return True  # "may have been killed during the protests": a time, not a new act
    if left >= 2 and words[left] == "of" and words[left - 1] in DURATIONS:
        # "fled after weeks of student-led protests": a span of earlier acts dates the news
        before = left - 2
        if before > 0 and (words[before][:1].isdigit() or words[before] in SPAN_COUNTS):
            before -= 1  # "after two days of fighting", "after several weeks of talks"
        return words[before] in TEMPORAL
    if left < 0 or words[left] not in TEMPORAL:
        return False
    return not _injured_before(words, left)


PAST_PERIODS: Final[frozenset[str]] = frozenset({"week's", "weekend's", "month's", "year's"})


def _last_periods(words: list[str], start: int) -> bool:
    """A noun phrase opened by "last week's", "last month's": the act of an earlier period."""
    return 0 < start < len(words) and words[start] in PAST_PERIODS and words[start - 1] == "last"


# Texts whose content is told with a modal ("the resolution would impose an embargo").
DOCUMENTS: Final[frozenset[str]] = frozenset(
    "resolution resolutions proposal proposals plan plans deal deals bill bills agreement "
    "agreements draft drafts law laws framework accord accords treaty treaties roadmap "
    "legislation initiative initiatives amendment decree decrees blueprint measure measures "
    "motion ordinance package packages".split()
)
CONTENT_MODALS: Final = frozenset({"would", "could"})  # "will": an intention announced
MODAL_REACH: Final = 4  # tokens before a trigger looked at for the modal


# round 38: "The emergency decree allows the authorities to impose curfews, ban public gatherings
# and make arrests", "The bill, drafted by the government, would allow police to ... block
# websites", "its security protocol, which allows federal forces to clear roads": what a text
# permits a party to do is its content, not an act that took place (docs/labelling.md, section 1:
# what a deal "will" do), as `document_content` reads "the resolution would impose". The text is
# the subject of the permitting verb (a noun of `MEASURES` right before it, over "would" or ",
# which", or the sentence's subject); "called on Ankara to allow the fighters to return" (no
# text) and "a bill that would allow the government to blacklist groups" (the act, "marched", is
# before it) are left alone.
PERMITTING: Final = frozenset(
    "allow allows permit permits authorise authorises authorize authorizes empower empowers "
    "enable enables".split()
)
PERMIT_REACH: Final = 14  # tokens from the permitting verb to the act ("... and make arrests")
PERMIT_BREAKS: Final = frozenset({";", ":", "(", ")", "but", "said", "says", "while"})
PERMIT_LINKS: Final = frozenset({"would", "could", "also", "which", "that", ","})
PERMITTING_TEXTS: Final = frozenset({"protocol", "protocols"})  # with `MEASURES`, below


def _text_permits(words: list[str], head: int) -> bool:
    """Whether the act at `head` is what a text allows a party to do, or the allowing itself."""
    for verb in range(head, max(head - PERMIT_REACH, 0) - 1, -1):
        word = words[verb]
        if word in PERMIT_BREAKS:
            return False
        if word in PERMITTING:
            return (verb == head or "to" in words[verb + 1 : head]) and _text_before(words, verb)
    return False


def _text_before(words: list[str], verb: int) -> bool:
    """A text (`MEASURES`) as the subject of the verb at `verb`: right before it, over "would",
    "which" or a comma, or opening the sentence ("The bill, drafted by ..., would allow")."""
    index = verb - 1
    while index > 0 and words[index] in PERMIT_LINKS:
        index -= 1
    if words[index] in MEASURES or words[index] in PERMITTING_TEXTS:
        return True
    return (
        words[0] in MEASURE_OPENERS
        and words[verb - 1] in CONTENT_MODALS
        and any(word in MEASURES for word in words[1:MEASURE_SUBJECT])
    )


# round 38: "58 Pakistani soldiers had been killed in the fighting", "A border guard was wounded in
# the shootout": the toll of a fight the report has told is a consequence (docs/labelling.md,
# section 1: casualties), no act of a party. Only a fight named with "the" ("those", "these"): a
# fight first told by its toll ("were killed in clashes between police and students on Tuesday",
# "in a shootout with raiders") is left alone, and so is "killed in the attack" (an attack has a
# doer, and the sets code it).
FIGHT_NOUNS: Final = frozenset(
    {"clashes", "fighting", "shootout", "gunfight", "firefight", "skirmishes", "crossfire"}
)
CASUALTY_WORDS: Final = frozenset({"killed", "wounded", "injured", "hurt"})
CASUALTY_LINKS: Final = frozenset({"in", "during"})
CASUALTY_REACH: Final = 3  # "killed in the fighting": participle, link and "the" before the noun


def _casualty_in_told_fight(words: list[str], head: int) -> bool:
    """ "Two soldiers were killed in the clashes": the passive participle of the toll itself."""
    return (
        0 < head < len(words) - 3
        and words[head - 1] in clause_words.BE
        and words[head + 1] == "in"
        and words[head + 2] in RECALLING_DETERMINERS
        and words[head + 3] in FIGHT_NOUNS
    )


def _casualty_of_fight(words: list[str], head: int) -> bool:
    if words[head - 1] not in RECALLING_DETERMINERS:
        return False
    index = head - 2
    if words[index] not in CASUALTY_LINKS:
        return False
    if words[index - 1] == "died":
        return True
    return words[index - 1] in CASUALTY_WORDS and index >= 2 and words[index - 2] in clause_words.BE


# Round 61 (false61): "an agreement under which the bank will lend 40 million dollars", "a
# pact under whose terms the navy would patrol the zone": a relative clause opened by "under
# which" on a text's noun tells what the text provides for, whatever its modal ("will" too: the
# text's future, no intention announced; docs/labelling.md, section 1: what a deal "will" do).
# The open sets hold nine such clauses; the one coded alone was false (wp42-a15-s04), the others
# follow a signing, the sentence's act.
DEAL_RELATIVE_REACH: Final = 10  # tokens from "which" to the act
DEAL_RELATIVE_MODALS: Final = frozenset({"will", "would", "shall", "could", "may"})
DEAL_RELATIVE_TEXTS: Final = DOCUMENTS | frozenset(
    {"pact", "pacts", "memorandum", "arrangement", "arrangements", "contract", "contracts"}
)
DEAL_RELATIVE_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "said", "says", "but"})


def deal_relative(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands, under a modal, in a clause opened by "under which"
    or "under whose" on a text's noun (see above). The caller asks only when "under" is in the
    sentence."""
    modal = False
    for index in range(head - 1, max(head - 1 - DEAL_RELATIVE_REACH, 1), -1):
        word = words[index]
        if word in DEAL_RELATIVE_BREAKS:
            return False
        if word in DEAL_RELATIVE_MODALS:
            modal = True
        elif word in ("which", "whose") and words[index - 1] == "under":
            return modal and index >= 2 and words[index - 2] in DEAL_RELATIVE_TEXTS
        elif word == "terms" and index >= 3 and words[index - 1] == "whose":
            return modal and words[index - 2] == "under" and words[index - 3] in DEAL_RELATIVE_TEXTS
    return False


def document_content(words: list[str], head: int) -> bool:
    """ "The resolution would impose an arms embargo", "Under the deal, Israel would withdraw
    its troops": what a text provides for, not an act that took place."""
    if disjoint_in(CONTENT_MODALS, words, max(head - MODAL_REACH, 0), head):
        return False  # most acts: no modal in reach, one test in C
    modal = next(
        (
            i
            for i in range(head - 1, max(head - 1 - MODAL_REACH, -1), -1)
            if words[i] in CONTENT_MODALS
        ),
        None,
    )
    if modal is None:
        return False
    subject = modal - 1
    while subject >= 0 and (words[subject].endswith("ly") or words[subject] in ("also", "then")):
        subject -= 1
    if subject >= 0 and words[subject] in DOCUMENTS:
        return True
    return words[0] == "under" and not disjoint_in(DOCUMENTS, words, 1, 4)


# Round 57 (nsd57): what a recording shows, told as a participle ("a secretly filmed video showed
# the leader of the Freedom Party offering state contracts to a woman", "the leaked tapes appear to
# be the minister ordering the editor's arrest"): the scene a tape or video
# holds, given as its content, is no act the report tells (docs/labelling.md, section 1:
# evidence and context). The open sets label every such sentence irrelevant: fp4-a02-s00 and
# news_stream_dev's ns-abc000-a04-s31 were coded, "videos showing migration agents pushing",
# "footage showed protesters swimming", "images appeared to show armoured vehicles" were not.
# An act told before a trailing recording ("detained Jorge Glas, video footage showed") stays:
# it stands before the showing verb, not after it.
RECORDINGS: Final = frozenset(
    "video videos footage tape tapes recording recordings minutes transcript transcripts "
    "images photos photographs pictures clip clips cctv".split()
)
SHOWING: Final = frozenset(
    "show shows showed showing shown depict depicts depicted depicting".split()
)
APPEARING: Final = frozenset({"appear", "appears", "appeared"})
SHOWN_AS: Final = frozenset({"show", "be"})  # "appear to show", "appear to be"
# a clause opened between the showing verb and the participle: the act has a subject of its own
SCENE_BREAKS: Final = frozenset(
    ", ; : that which who whom whose said says while as after before when because".split()
)
SCENE_REACH: Final = 12  # tokens from the showing verb to the participle
RECORDING_REACH: Final = 4  # tokens from the recording noun to its verb ("video clearly showed")


def recorded_scene(words: list[str], head: int) -> bool:
    """Whether the act at `head` is a participle ("offering", "talking") telling what a
    recording named before it shows ("video showed X offering", "minutes appear to be X
    talking to Y"). The caller asks only when the sentence names a recording (`RECORDINGS`
    against its vocabulary)."""
    if not words[head].endswith("ing"):
        return False
    for at in range(head - 1, max(head - 1 - SCENE_REACH, -1), -1):
        word = words[at]
        if word in SCENE_BREAKS:
            return False
        verb = at
        if word in SHOWN_AS and at >= 2 and words[at - 1] == "to" and words[at - 2] in APPEARING:
            verb = at - 2
        elif word not in SHOWING:
            continue
        return not disjoint_in(RECORDINGS, words, max(verb - RECORDING_REACH, 0), verb)
    return False


# Words before a verb that tell the rule a text lays down, not a day's act: "Under the new
# law, protesters who block roads face five years in prison", "police can ban rallies".
PROVISION_MARKS: Final = frozenset({"who", "that", "can", "may", "must", "cannot", "shall"})
IRREGULAR_PASTS: Final = frozenset(
    "struck fought threw shot held met sent took beat led gave made broke stole drove fled "
    "won lost began ran stood hit set cut put".split()
)
# Round 51 (miss51w): more irregular pasts that are no present of their verb, for the tests that
# ask whether a verb tells a past deed ("freed the engineers they kept for six weeks", "Judges
# found the former mayor guilty"); `IRREGULAR_PASTS` is left as the other tests read it.
SIMPLE_PASTS: Final = IRREGULAR_PASTS | frozenset(
    "found caught brought kept told sold sought bought taught tore swore bound dealt".split()
)


GENERIC_ARTICLES: Final = frozenset({"a", "an", "any"})


def provision(words: Sequence[str], head: int) -> bool:
    """ "Under the new law, protesters who block roads face five years in prison", "Under
    the decree, police may detain suspects for 30 days": after an opening that names a text,
    a verb in the present (in a relative clause or after a modal of permission or duty) tells
    what the text provides for; nobody acted. A past verb stays an act ("Under the deal,
    Israel withdrew its troops", "protesters who blocked roads"). A participle after "a" or
    "any" and a noun is the text's case, not a past act ("Under Ghana's constitution, a
    minister convicted of fraud loses his seat"; round 36)."""
    if words[0] != "under" or TEXTS.isdisjoint(words[1:5]) or head < 2:
        return False
    verb = words[head]
    if verb.endswith("ed") or verb.endswith("ing") or verb in IRREGULAR_PASTS:
        return head > 2 and words[head - 2] in GENERIC_ARTICLES and words[head - 1].isalpha()
    before = head - 1
    while before > 0 and words[before].endswith("ly") and words[before] != "only":
        before -= 1  # "who illegally block"
    return words[before] in PROVISION_MARKS


# Round 50 (types50): 'with orders to "neutralise any armed incursion"', "would respond to any
# further attack", "condemned any attack on civilians": an act named after "any" is a kind of act
# supposed, no act that happened (docs/labelling.md, section 1: speculation, plans); the sentence's
# act is the deployment, the threat or the condemnation.
ANY: Final = "any"


def any_act(words: list[str], head: int, names: frozenset[int]) -> bool:
    """Whether the noun act at `head` opens with "any" ("any armed incursion")."""
    if ANY not in words[max(head - 4, 0) : head]:
        return False  # most nouns: no "any" just before, one test
    start = _noun_phrase_start(words, head, names)
    return start < head and words[start] == ANY


HYPOTHETICAL_MODALS: Final = HEDGES | {"would"}
# "that", "which", "who": the relatives that stand for their clause's subject ("the rebels
# who attack", "the alliance that has fought", "which polls suggest will win"); read by
# `habitual_relative` and by relevance (a perfect relative, a finder in a relative clause)
SUBJECT_RELATIVES: Final[frozenset[str]] = RELATIVES - {"whose", "whom"}
# "that", "which": the relatives of a thing or an event ("the war that killed", "a pact that
# leaders turned down", "an act that violated the treaty"); read here and by coder
THING_RELATIVES: Final[frozenset[str]] = frozenset({"that", "which"})


def supposed(words: list[str], head: int, last: int, names: frozenset[int]) -> bool:
    """ "a Chinese attack on Taiwan could trigger a military response", "any strike on Iran
    would ...": an indefinite noun act that is the subject of a modal is only supposed."""
    after = words[last + 1 : last + 1 + LOOK_AFTER + 2]
    if HYPOTHETICAL_MODALS.isdisjoint(after):
        return False  # most acts: no modal after them, one test in C
    for word in after:  # the cheap half first
        if word in HYPOTHETICAL_MODALS:
            break
        if word in CLAUSE_MARKS_EXISTENCE or word in RELATIVES or word in HAPPENS:
            return False
    else:
        return False
    start = _noun_phrase_start(words, head, names)
    return start < len(words) and words[start] in GENERIC_ARTICLES


CLAUSE_MARKS_EXISTENCE: Final = frozenset({",", ";", ":", ".", "(", ")"})
# "fears of a consumer boycott", "the risk of an invasion": an act feared or possible.
FEARED: Final = frozenset(
    "fear fears feared risk risks prospect prospects possibility possibilities danger dangers "
    "spectre specter likelihood chance chances threat threats".split()
)
# "have a long history of border clashes", "a record of attacking aid workers": what a party has
# done over the years, told as its kind, is no one act (docs/labelling.md, section 1: habits).
HISTORIES: Final = frozenset("history histories record legacy".split())
FEARED_OR_TOLD: Final = FEARED | HISTORIES


# Round 52 (types52): "said officers had acted on evidence that the lawmaker urged villagers to
# block a road", "denied allegations that its troops shelled the village", "seized the tanker on
# suspicion that it damaged a cable": an act told as what a charge, a report or evidence holds is
# that charge's content (docs/labelling.md, section 1: one event a sentence, the act told, not
# what someone said before it; section 4, point 2: the denial is the act), not an act the
# sentence reports. `acts.find_candidates` drops it when the sentence tells another act outside
# such a content; alone it stays ("There are reports that Egypt began trucking weapons").
CONTENT_NOUNS: Final[frozenset[str]] = frozenset(
    "evidence proof allegation allegations accusation accusations claim claims charge charges "
    "suspicion suspicions report reports rumour rumours rumor rumors indication indications "
    "information".split()
)
CONTENT_BREAKS: Final[frozenset[str]] = frozenset(
    ", ; : ( ) but while whereas which who said says told adding".split()
)
CONTENT_REACH: Final[int] = 12  # tokens from "that" to the act it holds


def charge_content(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands in the "that" clause of a charge, report or evidence
    noun ("on evidence that X urged", "allegations that troops shelled")."""
    that = link_before(words, head - 1, CONTENT_REACH, THAT, CONTENT_BREAKS)
    return that > 0 and words[that - 1] in CONTENT_NOUNS


def feared(words: list[str], head: int, names: frozenset[int]) -> bool:
    """ "fell on fears of a Chinese consumer boycott", "the risk of a wider war": no act took
    place (a feared word and "of" at most four words before the noun)."""
    if disjoint_in(FEARED_OR_TOLD, words, 0, head):  # most sentences: no feared word before the act
        return False
    start = _noun_phrase_start(words, head, names)
    of = link_before(words, start - 1, 5, OF, CLAUSE_STARTS, words_only=True)
    return of > 0 and words[of - 1] in FEARED_OR_TOLD


ACT_PARTICIPLES: Final = frozenset(
    "besieged blockaded occupied annexed bombed shelled embattled war-torn sanctioned "
    "disputed contested jailed detained imprisoned arrested abducted kidnapped captured "
    "deported exiled teargassed tear-gassed expelled banished evicted banned outlawed convicted "
    "indicted assassinated".split()
    # round 48 (types48): "offered talks to the striking doctors", "threatened to sack the
    # striking nurses": a strike's participle before its strikers names who they are (the strike
    # is told before); no protest for "offered" or "threatened" to govern (133)
    + ["striking"]
)
PARTICIPLE_FOLLOWERS: Final = frozenset("by in on at for with from to of".split())
# a quantifier floated after a perfect auxiliary (`PERFECT`): "have both indicted", "had all"
FLOATING: Final = frozenset({"both", "all", "each"})
# "the internationally backed government", "the democratically elected president": a participle
# of support between a determiner and an adverb before it, and a noun, names what the noun is.
BACKING_PARTICIPLES: Final = frozenset(
    "backed supported recognised recognized sponsored elected endorsed".split()
)


DEGREES: Final = frozenset({"most", "least"})


def _adverb_attribute(words: list[str], head: int) -> bool:
    if head < 2 or not words[head - 1].endswith("ly") or words[head - 2] not in DETERMINERS:
        return False
    after = words[head + 1]
    return after.isalpha() and after not in NOT_A_NOUN and after not in PARTICIPLE_FOLLOWERS


OF_FOR: Final = frozenset({"of", "for"})


# Participles that name a person after "the" or "an" ("The accused appeared in court",
# "lawyers for the accused", "the condemned man"): a court report's defendant, no accusation.
PERSON_PARTICIPLES: Final = frozenset({"accused", "condemned"})


# Round 35 (types2): a present participle before the participle and its noun takes them as
# its object ("two planes carrying deported Guatemalans", "demanding jailed activists' release");
# not the auxiliaries of a verb ("being detained", "having deported").
NOT_CARRYING: Final = frozenset({"being", "having", "during", "including", "following"})


def _carrying(before: str) -> bool:
    return len(before) > 4 and before.endswith("ing") and before not in NOT_CARRYING


def participle_adjective(words: list[str], head: int) -> bool:
    """ "the besieged city of El Fasher", "released 10 jailed Americans": a participle
    between a determiner (or a number, or the sentence's start: "Detained opposition leader
    ...") and a noun describes the place or the people; it reports no act. "The accused"
    (`PERSON_PARTICIPLES` after an article) is the person accused, whatever follows."""
    if head > 0 and words[head] in PERSON_PARTICIPLES and words[head - 1] in ("the", "an"):
        return True
    if head + 1 >= len(words):
        return False
    if words[head] in BACKING_PARTICIPLES and _adverb_attribute(words, head):
        return True
    if head and words[head - 1] in DEGREES and words[head].endswith("ed"):
        # round 42 (false42): "one of the country's most visited attractions", "the world's most
        # watched election", "the least visited region": a participle graded by "most" or "least"
        # before a noun names what the noun is, no act (no visit made)
        after = words[head + 1]
        return after.isalpha() and after not in NOT_A_NOUN and after not in PARTICIPLE_FOLLOWERS
    if words[head] not in ACT_PARTICIPLES or gapped_passive(words, head):
        return False
    before, after = words[head - 1] if head else "", words[head + 1]
    if head >= 2 and before in FLOATING and words[head - 2] in PERFECT:
        return False  # "Spain and France have both indicted Carlos Ruiz": the verb, no attribute
    if not (
        head == 0  # "Detained opposition leader Ali Musa has been on hunger strike ..."
        or before in DETERMINERS
        or before[:1].isdigit()
        or before in QUANTIFIERS
        or before in OF_FOR  # "the case of detained writer Yang Hengjun"
        or _carrying(before)  # "planes carrying deported Guatemalans"
        or before in REACHING  # "let aid convoys reach besieged towns", "freed detained"
    ):
        return False
    return (
        after.isalpha()
        and after not in NOT_A_NOUN
        and after not in PARTICIPLE_FOLLOWERS
        and after not in OBJECT_STARTS
    )


# Round 51 (false51): "was meant to let aid convoys reach besieged towns", "trucks entered
# besieged areas", "aid arrived in occupied villages", "freed detained protesters": after a
# verb that goes to, into or out of a place or frees people, or after a preposition of place, a
# participle before a bare noun names the place or the people (no siege, no arrest reported).
# "RSF fighters besieged towns" (a subject before it) stays the act; so does a participle
# before a determiner or a pronoun ("troops who were deployed detained the men").
REACHING: Final = frozenset(
    "reach reaches reached reaching enter enters entered entering leave leaves left leaving "
    "flee flees fled fleeing free frees freed freeing release releases released releasing "
    "visit visits visited visiting supply supplies supplied supplying evacuate evacuates "
    "evacuated evacuating rescue rescues rescued rescuing "
    "to into from in inside across toward towards through".split()
)
OBJECT_STARTS: Final[frozenset[str]] = clause_words.NOUN_OPENERS | frozenset(
    "that my him them us me".split()
)


PLOTTING: Final = frozenset({"planning", "plotting", "preparing"})
IRREGULAR_PLURALS: Final[frozenset[str]] = frozenset({"men", "women", "people", "children"})
NOT_PLURAL_NOUNS: Final = frozenset("is was has this his its us was as thus always perhaps".split())


# "struck militants who were preparing to attack its troops", "arrested men who had planned to
# bomb the embassy": the same told in a relative clause on the people the act is about
RELATIVE_PLOTTING: Final = PLOTTING | frozenset(
    "plan plans planned plot plots plotted prepare prepares prepared".split()
)
RELATIVE_AUXILIARIES: Final = frozenset("were was are is had have has been allegedly".split())


def plotted_in_relative(words: list[str], head: int) -> bool:
    """Whether the act at `head` is planned in a "who" clause describing its planners."""
    plot = head if words[head] in RELATIVE_PLOTTING else head - 1
    if plot < 2 or words[plot] not in RELATIVE_PLOTTING:
        return False
    index = plot - 1
    while index > 0 and words[index] in RELATIVE_AUXILIARIES:
        index -= 1
    return words[index] == "who" and words[index - 1].isalpha()


def plotted_by(words: list[str], head: int, names: frozenset[int]) -> bool:
    """ "targeted militants planning attacks", "arrested three men plotting attacks": an act
    planned by the people a participle (or a "who" clause) describes is what they are
    suspected of, not an act."""
    if plotted_in_relative(words, head):
        return True
    plot = head if words[head] in PLOTTING else head - 1
    if plot < 1 or words[plot] not in PLOTTING:
        return False
    noun = plot - 1
    word = words[noun]
    return (
        noun > 0  # a sentence's first word may be a name ("Hamas planning attacks, army says")
        and noun not in names
        and word.isalpha()
        and (word.endswith("s") or word in IRREGULAR_PLURALS)
        and word not in NOT_PLURAL_NOUNS
        and word not in NOT_A_NOUN
    )


# --- background: the history and context of the story, not its news ------------------------
# Agency copy follows its news with background ("The RSF has besieged the city since May
# 2024", "China seized the shoal in 2012"), context ("The launches came days after ...",
# "their first meeting since the rebels captured Goma"), standing positions ("Rwanda denies
# backing the rebels") and speculation ("Analysts say Beijing could step up pressure"). Such
# acts took place, or may, but they are not the sentence's report of an act.

PERFECT: Final = clause_words.PERFECT
KILLING: Final = frozenset({"killed", "kills", "kill", "killing"})  # a toll, when a war kills
# Words between a perfect auxiliary and its participle ("has long been accused").
PERFECT_FILLERS: Final = frozenset(
    {"been", "being", "also", "long", "since", "already", "not", "now", "in"}
)  # "has been in jail since March"
PERFECT_REACH: Final = 6  # tokens from a perfect auxiliary to a noun trigger in the verb's object
PERFECT_BREAKS: Final[frozenset[str]] = frozenset(
    {",", ";", ":", "and", "but", "that", "which", "who", "said", "says", "after", "when", "as"}
)
SPAN_REACH: Final = 8  # tokens after an act its span stands in ("imposed sanctions on ... since")
# Acts whose "for two years" is their term, not a span of acts ("has jailed him for two years").
TERMS: Final = frozenset(
    "jailed sentenced imprisoned banned barred suspended exiled extended renewed jail prison "
    "sentence sentences term ban detention".split()
)
# tokens from a term's verb to its trigger's end ("suspended the private broadcaster")
TERM_REACH: Final = 4
SPAN_UNITS: Final = frozenset({"months", "years", "decades", "year", "decade", "centuries"})
SPAN_COUNTS: Final[frozenset[str]] = frozenset(
    "more than nearly almost over about around at least the past last several many a two three "
    "four five six seven eight nine ten".split()
)
# After "since": a recent reference point, so the act may be the news ("since Saturday").
RECENT: Final[frozenset[str]] = WEEKDAYS | frozenset(
    "dawn morning midnight yesterday overnight today tonight noon night weekend week hours".split()
)
BACKGROUND_ENDS: Final = frozenset(
    "; : . and but which who that while when after before as following amid despite "
    "because until".split()
)
DATE_REACH: Final = 10  # tokens after an act its date stands in ("signed a pact in June 2024")
DATING: Final[frozenset[str]] = frozenset(
    {"in", "since", "from", "during", "between"}
)  # not "by 2020": a deadline
# Words that may follow a date; any other word makes the year a noun's ("in 2016 letter").
AFTER_DATE: Final = frozenset(
    ", ; : and but after before when as to following amid over with in on at for by during "
    "that which while until because against from under despite the a an of shortly soon "
    "just".split()
)
CONTENT_GAP: Final = 3  # a governed act this far after its governor carries its own date
AGO_UNITS: Final[frozenset[str]] = frozenset({"year", "years", "decade", "decades"})
# "The expulsions followed the arrest of ...": verbs that are themselves the link to the earlier
# act (`_in_context_sentence`)
FOLLOWING_ACTS: Final = frozenset({"followed", "follows", "follow"})
CONTEXT_VERBS: Final = frozenset(
    COME | FOLLOWING_ACTS | {"began", "erupted", "started", "broke", "happened", "occurred"}
)
CONTEXT_LINKS: Final = frozenset({"after", "despite", "amid", "following", "since", "before"})
CONTEXT_REACH: Final = 6  # tokens from "came" to its link ("came little more than a week after")
SINCE_REACH: Final = 8  # tokens from a "since" clause's start to its verb
SINCE_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "and", "but", "said", "says"})
DENIALS: Final[frozenset[str]] = (DENYING - {"denied"}) | {
    "rejects"
}  # the present tense: a standing position
DENIED_CHARGES: Final[frozenset[str]] = frozenset(
    "accusation accusations allegation allegations charge charges claim claims involvement".split()
)
# Habits ("routinely carries out air strikes", "has often fired missiles") are left alone:
# the article set codes them ("has habitually slammed joint exercises"), and no wire or feed
# development sentence needs the rule.
RECOGNISING: Final = frozenset({"recognize", "recognise", "recognizes", "recognises"})
SPECULATORS: Final = frozenset(
    "analysts analyst experts expert observers commentators pundits speculation speculated "
    "economists economist forecasters".split()
)
SPECULATIVE_MODALS: Final = HYPOTHETICAL_MODALS  # "could", "may", "might", "would"
SPECULATION_REACH: Final = 4  # tokens before a trigger looked at for the modal


# "The general once threatened to invade the island", "the firm, once hailed as the region's
# answer to foreign rivals, ...", "a party once backed by the army": "once" just before the
# verb is the adverb of a former time, a past the sentence recalls, not the news ("once again"
# and "once more" put another word before the verb and stay; "at once" is "now"; a "once"
# that opens a clause is followed by its subject, not the verb).
def _once_done(words: list[str], head: int) -> bool:
    return head >= 1 and words[head - 1] == "once" and (head < 2 or words[head - 2] != "at")


# round 36: "has been leading diplomatic efforts to help Syria's new authorities secure the
# lifting of sanctions": an act's noun as the object of what efforts or a bid are "to" win is
# their goal, not an act (`is_goal` reads a verb right after "to"). A comma or a clause word
# between ends the look ("efforts to end the war, and the rebels freed ...").
EFFORTS: Final[frozenset[str]] = frozenset("efforts effort bid bids attempt attempts".split())
EFFORT_REACH: Final = 8  # tokens from the act's noun back to the efforts' "to"
EFFORT_BREAKS: Final[frozenset[str]] = CLAUSE_STOPS - {"to"} | {"said", "says", "but"}


def _effort_object(words: list[str], head: int) -> bool:
    if head < 3 or words[head - 1] not in DETERMINERS:
        return False  # a noun act: "secure the lifting", "win a ceasefire"
    to = link_before(words, head - 2, EFFORT_REACH, TO, EFFORT_BREAKS)
    return to > 0 and words[to - 1] in EFFORTS


# round 36: "said he would raise the attack with EU ministers when they meet in Brussels on
# Monday": a meeting in the present tense in a clause of time is one on the calendar (a past
# one is "when they met"), a plan by docs/labelling.md, section 1.
MEETING_PRESENT: Final[frozenset[str]] = frozenset("meet meets convene convenes".split())
TIME_CLAUSE_LINKS: Final[frozenset[str]] = frozenset({"when", "once", "until", "before", "after"})
TIME_CLAUSE_REACH: Final = 5  # tokens from the meeting back to its link ("when the two ministers")
TIME_CLAUSE_BREAKS: Final[frozenset[str]] = frozenset({",", ";", ":", "to", "said", "says"})


# round 36: "Jammeh, who seized power in a 1994 coup, at first conceded defeat but later
# rejected the results", "at first eased restrictions on the opposition and lifted a ban on
# rallies": "at first" tells a sequence of the past, a story's history (every such sentence of
# the open sets is irrelevant). Not "at first light" or "at first sight".
AT_FIRST_BREAKS: Final[frozenset[str]] = frozenset({";", ":", "said", "says"})


def _at_first(words: list[str], head: int) -> bool:
    for index in range(head - 1, 0, -1):
        word = words[index]
        if word in AT_FIRST_BREAKS:
            return False
        if word == "first" and words[index - 1] == "at":
            return index + 1 >= len(words) or words[index + 1] not in ("light", "sight")
    return False


# round 36: "Israel has carried out hundreds of strikes in Syria since Assad's fall and has
# sent troops into the buffer zone", "Beijing has advised its citizens against travelling to
# Japan and has suspended imports since the dispute erupted": perfect verbs joined by "and has"
# share one span, before or after either of them (`_spanned` reads only the act's own clause).
CHAIN_BREAKS: Final[frozenset[str]] = frozenset(
    "; : ( ) said says told but which who that when after before because while".split()
)


def _chained_perfect_span(words: list[str], head: int) -> bool:
    start = head
    while start > 0 and words[start - 1] not in CHAIN_BREAKS:
        start -= 1
    end = head
    while end < len(words) and words[end] not in CHAIN_BREAKS:
        end += 1
    chain = words[start:end]
    joined = any(chain[at] == "and" and chain[at + 1] in PERFECT for at in range(len(chain) - 1))
    return joined and any(
        (word == "since" and at + 1 < len(chain) and disjoint_in(RECENT, chain, at + 1, at + 4))
        or (word in ("for", "in", "over") and _span(chain[at + 1 : at + 6]))
        for at, word in enumerate(chain)
    )


# round 36: "fighting between M23 rebels and Congolese troops had continued in North Kivu",
# "though sporadic clashes have continued along the front lines": an act's noun as the subject
# of a perfect "continued" is a state that has gone on, no act the story reports (a day named,
# "clashes continued on Tuesday", has no perfect and stays).
CONTINUED_REACH: Final = (
    7  # tokens from the noun to its perfect auxiliary ("fighting between A and B had")
)
CONTINUED_BREAKS: Final[frozenset[str]] = frozenset(
    ", ; : ( ) said says which who that if unless".split()
)


def _continued_noun(words: list[str], head: int) -> bool:
    for index in range(head + 1, min(head + 1 + CONTINUED_REACH, len(words) - 1)):
        word = words[index]
        if word in CONTINUED_BREAKS:
            return False
        if word in PERFECT:
            return words[index + 1] == "continued"
    return False


# round 36: "The Supreme Court is due to hear a petition from his wife seeking his release on
# Monday": a participle in the object of a verb on the calendar ("is due/scheduled/expected
# to") tells what the planned act is about, no act of the day (the planned verb itself is
# judged by the plan rules).
SCHEDULING: Final[frozenset[str]] = frozenset({"due", "scheduled", "expected"})
SCHEDULE_REACH: Final = 10  # tokens from the participle back to the schedule's "to"
SCHEDULE_BREAKS: Final[frozenset[str]] = frozenset(
    ", ; : ( ) said says and but which who that".split()
)


# round 36: "Jordan has stepped up operations along its border in recent years, blaming
# Iran-backed militias for the traffic": a participle after a comma goes with its perfect
# clause, and a span of that clause ("in recent years", "for decades", "since 2019") makes it
# as much a standing one (`_spanned` reads the span after the act; here it is before).
SPAN_CLAUSE_REACH: Final = 24  # tokens from the participle's comma back to the perfect auxiliary
SPAN_CLAUSE_BREAKS: Final[frozenset[str]] = frozenset({";", ":", "said", "says", "but"})


def _participle_of_span(words: list[str], head: int) -> bool:
    for index in range(head - 2, max(head - 2 - SPAN_CLAUSE_REACH, 0), -1):
        word = words[index]
        if word in SPAN_CLAUSE_BREAKS:
            return False
        if word in PERFECT:
            clause = words[index + 1 : head - 1]
            return any(
                (linked in ("for", "in", "over") and _span(clause[at + 1 : at + 6]))
                or (linked == "since" and at + 1 < len(clause) and _year(clause[at + 1]))
                for at, linked in enumerate(clause)
            )
    return False


# round 45 (false45): "Mr Isaias is expected to pay a return visit to Addis Ababa within days",
# "Bainimarama is expected to serve his sentence at a prison near Suva": an act in the
# complement of "is expected to" is the report's forecast (docs/labelling.md, section 1:
# speculation and forecasts), whatever the trigger (a noun the lexicon codes apart from the
# verb). Every open sentence with such a complement is labelled irrelevant but for its other
# clause's act ("Ukraine requested a meeting of the Council, which is expected to convene").
# Not "due" or "scheduled": a meeting on the calendar is coded as the meeting (acts._intend).
# review46: the same forecast with an adverb before "expected" ("is widely expected to",
# "are also expected to", "is now expected to"), read as the passive's fillers are.
FORECAST: Final = "expected"
FORECAST_REACH: Final = (
    8  # tokens from the act back to the forecast's "to" ("to pay a return visit")
)


def _forecast(words: list[str], head: int) -> bool:
    to = link_before(words, head - 1, FORECAST_REACH, TO, SCHEDULE_BREAKS)
    if to < 2 or words[to - 1] != FORECAST:
        return False
    be = to - 2  # "is expected to", or past an adverb: "is widely expected to"
    if be > 0 and (words[be].endswith("ly") or words[be] in PASSIVE_FILLERS):
        be -= 1
    return words[be] in clause_words.BE


def _in_schedule(words: list[str], head: int) -> bool:
    to = link_before(words, head - 2, SCHEDULE_REACH, TO, SCHEDULE_BREAKS)
    return to > 1 and words[to - 1] in SCHEDULING and words[to - 2] in clause_words.BE


def _in_time_clause(words: list[str], head: int) -> bool:
    for index in range(head - 1, max(head - 1 - TIME_CLAUSE_REACH, -1), -1):
        word = words[index]
        if word in TIME_CLAUSE_LINKS:
            return index < head - 1  # a subject between: "when they meet", not "after meet"
        if word in TIME_CLAUSE_BREAKS:
            return False
    return False


# round 36: words that make an act a description, not a deed of the day: "a routine patrol",
# "routine law enforcement" (a habit, as the speaker casts it; every "routine" act of the open
# sets is irrelevant); "many finding their homes destroyed" (a state found); "say a third term
# would violate the constitution" (a judgement of what would follow).
FINDING: Final[frozenset[str]] = frozenset({"finding", "found", "find", "finds"})
VIOLATING: Final[frozenset[str]] = frozenset({"violate", "breach", "contravene"})


# Round 51 (miss51w): a word joining "routine" to a verb of its own ("said the drills were
# routine and rejected the protest") leaves "routine" its clause's predicate: no adjective of
# the act after it.
ROUTINE_JOINS: Final = frozenset({"and", "but", "or", "yet", "then"})


def _described_state(words: list[str], head: int) -> bool:
    before = words[head - 1]
    if before == "routine" or (
        words[head - 2] == "routine" and before.isalpha() and before not in ROUTINE_JOINS
    ):
        return True  # "a routine patrol", "a routine naval patrol"
    if before == "would" and words[head] in VIOLATING:
        return True
    return (
        head > 2
        and words[head].endswith("ed")
        and words[head - 3] in FINDING
        and words[head - 2] in DETERMINERS
        and (head + 1 == len(words) or words[head + 1] != "by")  # "destroyed by the army"
    )


def _agency_context(words: list[str], head: int, vocabulary: frozenset[str]) -> bool:
    """Round 36's shapes of agency copy's context (each with a cheap test first): a goal of
    efforts, a meeting in a clause of time, a sequence from "at first", an act that "has
    continued", perfects sharing a span, participles of a schedule or of a spanned clause.
    `vocabulary` is the set of `words` (its tests cost a lookup, a list's a scan)."""
    if not EFFORTS.isdisjoint(vocabulary) and _effort_object(words, head):
        return True
    if head > 1 and _described_state(words, head):
        return True
    if words[head] in MEETING_PRESENT and _in_time_clause(words, head):
        return True
    if "first" in vocabulary and _at_first(words, head):
        return True
    if "continued" in vocabulary and _continued_noun(words, head):
        return True
    if "and" in vocabulary and _perfect(words, head) and _chained_perfect_span(words, head):
        return True
    if not words[head].endswith("ing"):
        return False
    return (not SCHEDULING.isdisjoint(vocabulary) and _in_schedule(words, head)) or (
        words[head - 1] == "," and _participle_of_span(words, head)
    )


def background(
    words: list[str],
    head: int,
    last: int,
    text: str = "",
    vocabulary: frozenset[str] | None = None,
) -> bool:
    """Whether the act at `head` (to `last`) is background or context of the report rather
    than its news: an act over a span ("has occupied ... since 2014", "have been fighting for
    months"), an act dated by a year ("signed a pact in June 2024", "a year ago"), the
    reference point of a "since" clause ("their first meeting since the rebels captured
    Goma"), an act in a sentence that only sets the reported act in context ("The strikes
    came despite ...", "The protests began after ..."), a standing denial or non-recognition
    ("Rwanda denies backing the rebels"), an analyst's speculation ("Analysts say Beijing
    could ..."), a perfect act describing an actor ("Oman, which has mediated between the
    two sides, ...") or a war's toll ("the 1992-95 war killed about 100,000 people").
    `text`, the sentence, only speeds up the look for a year; `vocabulary`, the set of `words`
    (`lexicon.Tokens.vocabulary`), where the caller has it."""
    # its tests below cost a lookup each, a list's a scan
    held: frozenset[str] = frozenset(words) if vocabulary is None else vocabulary
    if (
        (words[0] in ERA_OPENERS and _past_era(words, head))
        or (words[0] == "in" and (_since_opening(words) or _dated_opening(words, head)))
        or (words[0] in clause_words.ARTICLES and _dated_subject(words, head))
        or (words[0] == "among" and _among_opening(words, head))
        or (head > 2 and _subject_aside(words, head))
        or _standing_passive(words, head)
        or _excluded_told(words, head)
        or _dated_noun(words, head)
        or _relations_told(words, head)
        or _measure_does(words, head)
        or _recalled_passive(words, head, last)
        or _after_recalled_passive(words, head)
        or _standing_participle(words, head)
        or _believed_ongoing(words, head)
        or _standing_receipt(words, head)
        or _once_done(words, head)
        or _aim_hazard_or_figure(words, head, last, held)
        or (head > 2 and _still_required(words, head))
        # "The march was organised by ...": who stood behind a protest told elsewhere
        or ("by" in held and not ORGANISED_BY.isdisjoint(held) and organisers_named(words, head))
    ):
        return True
    if not VAGUE_SPANS.isdisjoint(held) and _vague_span(words, last):
        return True
    if _agency_context(words, head, held):
        return True
    if "expected" in held and _forecast(words, head):
        return True
    if head > 1 and (_faced(words, head) or since_conjoined(words, head)):
        return True
    if head > CASUALTY_REACH and words[head] in FIGHT_NOUNS and _casualty_of_fight(words, head):
        return True
    if words[head] in CASUALTY_WORDS and _casualty_in_told_fight(words, head):
        return True
    if (not PERMITTING.isdisjoint(held) and _text_permits(words, head)) or (
        not GIVING_VERBS.isdisjoint(held) and _text_holds(words, head)
    ):
        return True  # what a text allows, gives or includes (`_text_holds`)
    if "when" in held and _when_reference(words, head):
        return True
    if "after" in held and _span_after(words, head):
        return True
    present = BACKGROUND_CUES.intersection(held)  # most sentences hold none
    dated = "ago" in present or "last" in present or (_holds_year(text) if text else True)
    if not present and not dated:
        return False
    return (
        (
            dated
            and (
                _dated(words, head, last)
                or _coordinated_dated(words, head, last)
                or _dated_antecedent(words, head)
                or _dated_when_aside(words, head)
                or _dated_subordinate(words, head)
                or _after_dated_clause(words, head)
                or _later_than_dated(words, head)
                or _move_of_dated_act(words, head)
            )
        )
        or (
            words[-1] in STANDING_DENIALS
            and not present.isdisjoint(PERFECT)
            and _disputed_charge(words, head)
        )
        or (
            not present.isdisjoint(PERFECT)
            and (
                (
                    _perfect_clause(words, head)
                    and _spanned(words, last)
                    and not _reported_tally(words, head, last)
                )
                or _span_before_verb(words, head)
                or (words[0] in SPAN_OPENERS and _span_opening(words, head))
            )
        )
        or ("since" in present and _since_clause(words, head))
        or (words[0] == "the" and _in_context_sentence(words, head))
        or (not present.isdisjoint(CAME) and _came_after(words, head))
        or (not present.isdisjoint(STANDING_CUES) and _standing(words, head))
        or (not present.isdisjoint(SPECULATORS) and _speculated(words, head))
        or (
            not present.isdisjoint(WARNING)
            and (
                _warned_of_calamity(words, head)
                or _experts_warn(words, head)
                or _warned_possibility(words, head)
            )
        )
        or (not present.isdisjoint(SWEARING) and _sworn_in(words, head))
        or (not present.isdisjoint(DOCUMENT_VERBS) and _document_says(words, head))
        or (words[head] in present and words[head] in HELD and _people_described(words, head))
        or (not present.isdisjoint(FUTURE_MARKS) and _planned(words, head, last))
        or (not present.isdisjoint(PERFECT) and _described_actor(words, head))
        or (words[head] in KILLING and _toll_of_war(words, head))
        or (not present.isdisjoint(PERFECT) and _noun_toll(words, head))
        or (not present.isdisjoint(SPAN_WORDS) and _in_the_span_after(words, last))
        or (not present.isdisjoint(CHARGE_WORDS) and _charge_content(words, head))
        or ("including" in present and _listed_offence(words, head))
        or (not present.isdisjoint(PUNISHING) and _punished_for(words, head))
    )


# round 34: a legal measure one "faces" ("faces an arrest warrant", "is facing possible
# sanctions", "faced charges of treason") is what hangs over someone, not an act done now
# ("Police arrested him and he faces charges": the arrest is the act). Not protests or attacks
# faced ("The minister faced protests from teachers on Monday": theirs is the act).
FACING: Final = frozenset({"faces", "face", "faced", "facing"})
FACED_FILLERS: Final = frozenset({"a", "an", "possible", "new", "further", "fresh"})
FACED_MEASURES: Final = frozenset(
    "arrest charges charge trial prosecution sanctions extradition deportation expulsion "
    "impeachment indictment investigation inquiry probe penalties fines ban".split()
)


# round 49 (false49): the measures counted ("faces more than 30 arrest warrants", "is facing
# dozens of charges", "faced six criminal investigations"): what hangs over someone, a count of
# it as well
FACED_COUNTS: Final = NUMBER_WORDS | frozenset(
    "more than at least over nearly about some up to several multiple dozens of criminal "
    "corruption".split()
)
FACED_REACH: Final[int] = (
    5  # tokens from the facing verb to the measure ("faces more than 30 arrest")
)


def _faced(words: list[str], head: int) -> bool:
    if words[head] not in FACED_MEASURES:
        return False
    for index in range(head - 1, max(head - 1 - FACED_REACH, -1), -1):
        word = words[index]
        if word in FACING:
            return True
        if not (word in FACED_FILLERS or word in FACED_COUNTS or word[:1].isdigit()):
            return False
    return False


# round 34: a perfect accusation followed by the accused's standing denial in the present ("Kyiv
# has accused Moscow of arming the rebels, a charge Moscow denies", "..., which Minsk rejects")
# tells a dispute of long standing, background to the news (docs/labelling.md, section 1:
# background; section 4, point 2: "has denied" is a standing denial). Not with the news's day
# ("on Tuesday accused ..., a charge it denies") and not a simple past ("accused Rwanda of ...,
# a charge Kigali denies": the day's accusation).
STANDING_DENIALS: Final = frozenset("denies deny rejects reject disputes dispute".split())
CHARGE_NOUNS: Final = frozenset(
    "charge charges accusation accusations allegation allegations claim claims".split()
)
DENIAL_TAG_REACH: Final = 7  # tokens from the sentence's end back to the tag's comma


def _disputed_charge(words: list[str], head: int) -> bool:
    end = len(words)
    for comma in range(end - 2, max(end - 2 - DENIAL_TAG_REACH, head), -1):
        if words[comma] != ",":
            continue
        tag = words[comma + 1 : comma + 3]
        if tag[0] != "which" and not (tag[0] in INDEFINITE_ARTICLES and tag[-1] in CHARGE_NOUNS):
            return False
        return _perfect(words, head) and disjoint_in(RECENT, words, 0, comma)
    return False


# round 34: an act a comma-set "a move (that) X called ..." names after a main clause dated by a
# year ("shut down parliament in 2021 and began ruling by decree, a move his opponents called a
# coup") is as old as that move: the opponents' judgement is background too (docs/labelling.md,
# section 1). A move of the news's day ("on Tuesday, a move Beijing called a provocation") and
# an undated one keep their accusation.
MOVE_NOUNS: Final = frozenset({"move", "moves", "step", "steps", "decision", "action"})
MOVE_REACH: Final = 5  # tokens from "a move" to the act ("a move his opponents called")


def _move_of_dated_act(words: list[str], head: int) -> bool:
    move = link_before(words, head - 1, MOVE_REACH, MOVE_NOUNS, SUBORDINATE_BREAKS)
    if move < 0:
        return False
    comma = move - 1 if words[move - 1] == "," else move - 2
    if comma < 1 or words[comma] != "," or (comma + 1 < move and words[comma + 1] != "a"):
        return False
    before = words[:comma]
    return RECENT.isdisjoint(before) and any(
        _year(year) and at > 0 and before[at - 1] in DATING for at, year in enumerate(before)
    )


# Words before a main clause's "had" that show it is not the sentence's main clause: a
# reporting verb ("police said 20 people had been detained"), a relative or subordinate
# clause ("activists who had gathered", "after reports that X had"), a bracket (a dateline),
# an aside or a quotation.
PLUPERFECT_BLOCKERS: Final = (
    clause_words.SAY
    | clause_words.SUBORDINATORS
    | RELATIVES
    | DENYING
    | clause_words.QUOTES
    | frozenset(
        "that where , ; : ( ) claimed alleged accused confirmed announced found believed insisted "
        "admitted revealed showed learned complained suggested thought knew feared warned "
        "acknowledged conceded estimated ruled concluded agreed hoped expected claims "
        "reports alleges believes".split()
    )
)


def pluperfect_main(words: list[str], aux: int) -> bool:
    """ "Police had banned the rally", "Duda had pardoned the two men in 2015, ...", "The
    government had urged voters to reject it": a sentence whose main clause is in the
    pluperfect, its subject opening the sentence, steps back before the story's own past
    (agency copy tells the news in the simple past), and so do the acts in its object and its
    other clauses (the readable sets label 63 such sentences irrelevant, 3 relevant). Not the
    pluperfect of reported speech ("police said 20 people had been detained", "had told the
    court that ..."), of a relative clause ("activists who had gathered"), after a dateline,
    "had" as a verb ("had talks"). `aux` is the sentence's first "had", and the caller has
    ruled out a tally up to a time ("had detained 300 by Sunday": `up_to_now`). Asked by
    `relevance` (a news site's recalled ultimatum still runs)."""
    if not _main_clause(words, aux):
        return False
    for index, word in enumerate(words[aux + 1 : aux + 4]):
        if word in PERFECT_FILLERS or word.endswith("ly"):
            continue
        if word in clause_words.SAY:
            return False  # "had told the court that ...": what it reports is its own clause
        if word.endswith("ing"):  # "had been serving a sentence": the past perfect progressive
            return words[aux + index] == "been"
        return word.endswith(("ed", "en", "wn")) or word in IRREGULAR_PARTICIPLES
    return False


TALLY_TIMES: Final = RECENT | frozenset(
    "then now evening afternoon nightfall midday late mid-afternoon".split()
)


SAME_DAY: Final = frozenset({"hours", "minutes"})  # "hours earlier"


def up_to_now(words: list[str], aux: int) -> bool:
    """ "Police had detained 300 people by Sunday", "had so far arrested 20": a count up to
    now, the news itself (docs/labelling.md, section 4, 21); and "had dissolved parliament
    earlier in the day", "hours earlier", "in the course of the day": the story's own day."""
    after = words[aux + 1 :]
    for index, word in enumerate(after):
        if word == "earlier" and index and after[index - 1] in SAME_DAY:
            return True  # "hours earlier"
        following = after[index + 1 : index + 3]
        if not following:
            return False
        if word == "by" and (following[0] in TALLY_TIMES or following == ["the", "end"]):
            return True
        if word == "so" and following[0] == "far":
            return True
        if word in DAY_FRAMES and following == ["the", "day"]:
            return True  # "earlier in the day", "in the course of the day"
    return False


DAY_FRAMES: Final = frozenset({"in", "of", "during"})


def _main_clause(words: list[str], aux: int) -> bool:
    """Whether the auxiliary at `aux` is the main clause's, its subject all that stands before
    it: no report, relative or subordinate clause, bracket or quotation before it; an
    apposition set off by two commas ("Lissu, who heads the party, had ...") is stepped over."""
    if aux == 0 or words[0] in clause_words.PREPOSITIONS:
        return False  # "In the Russian capital, Moscow, had met ...": no subject opens it
    before = words[:aux]
    if words[aux - 1] == "," and before.count(",") == 2:
        before = before[: before.index(",")]  # the subject before its apposition
    return len(before) > 0 and PLUPERFECT_BLOCKERS.isdisjoint(before)


# "Sixteen people were arrested last week over the plot", "The general was suspended from
# duty last week", "Besigye was abducted in Nairobi last weekend": a passive main clause dated
# by an earlier period (not by a day of the story) recalls what was done to the story's people
# before the news (docs/labelling.md, section 1: background). The readable sets label every
# such sentence irrelevant (25); a passive so dated in a relative clause ("a helicopter that
# was captured last week") may name the news's cause and is left alone, and so is the active
# voice ("M23 rebels executed 21 civilians last week, the U.N. said"), which reports acts anew.
# Only the past's auxiliaries: "is/are arrested" tells no earlier act (not coder's
# PASSIVE_AUXILIARIES, every passive's).
PAST_PASSIVE_AUXILIARIES: Final[frozenset[str]] = clause_words.PAST_BE | {"been"}
# The words a past passive opens on, "being" too ("was being held"): what `acts` asks of a trigger
# that starts on its auxiliary, what `coder` asks before a summons, and what `relevance` asks
# before a deed of violence named by a passer-by (one set; written out three times before).
PASSIVE_OPENERS: Final[frozenset[str]] = PAST_PASSIVE_AUXILIARIES | {"being"}
PERIOD_UNITS: Final = frozenset("week weekend month".split())
SPAN_OF_DAYS: Final = frozenset("day days week weeks month months".split())
SPAN_BACK: Final = frozenset({"earlier", "ago", "before"})
RECALL_REACH: Final = 10  # tokens after the participle its date stands in
RECALL_BREAKS: Final = frozenset(
    ", ; : ( which who whom that after before when while because since as said says".split()
)


def _after_recalled_passive(words: list[str], head: int) -> bool:
    """ "Geza was expelled from the party this month after he called for the president's
    removal": the act of an "after" or "when" clause of a recalled passive is older still."""
    for link in range(head - 1, max(head - 1 - SUBORDINATE_REACH, 0), -1):
        word = words[link]
        if word in SUBORDINATE_BREAKS:
            return False
        if word in SUBORDINATE_LINKS:
            return any(
                _recalled_passive(words, index, index)
                for index in range(max(link - RECALL_REACH, 1), link)
            )
    return False


def _recalled_passive(words: list[str], head: int, last: int) -> bool:
    if not words[head].endswith(("ed", "en", "wn")) or PAST_PASSIVE_AUXILIARIES.isdisjoint(
        words[max(head - 3, 0) : head]
    ):
        return False  # most acts: no passive, one test in C
    aux = auxiliary_before(words, head, PAST_PASSIVE_AUXILIARIES, PASSIVE_FILLERS)
    if aux is None:
        return False
    if words[aux] == "been" and aux > 0 and words[aux - 1] in PERFECT:
        aux -= 1
    if not _main_clause(words, aux) or not disjoint_in(RECENT, words, 0, aux):
        return False
    months = month_names()
    clause = words[head + 1 : last + 1 + RECALL_REACH]  # "sentenced in December to"
    for index, word in enumerate(clause):
        if word in RECALL_BREAKS or word in RECENT:
            return False
        following = clause[index + 1] if index + 1 < len(clause) else ""
        if (word == "last" and following in PERIOD_UNITS) or (
            word == "this" and following == "month"  # "this week" may be the story's
        ):
            return True
        if word == "earlier" and following == "this":
            return True
        if word in SPAN_BACK and index and clause[index - 1] in SPAN_OF_DAYS:
            return True
        if word in months and not following.isdigit():
            return index > 0 and clause[index - 1] in ("in", "last")
    return False


IRREGULAR_PARTICIPLES: Final = frozenset(
    "met held led sent fought struck shot put set cut hit won made told said left kept sought "
    "brought built caught thrown drawn given shown spent stood bid fled sworn torn overrun run "
    "become come done gone paid laid lost meant heard felt found got let quit read stolen "
    "begun ridden risen driven fallen frozen hidden split spread sold bought taught".split()
)


# "During the military dictatorship her friends were arrested", "Under Franco, troops crushed
# strikes": a sentence set in a past era of its country tells history, not the news (the readable
# sets code none: feedrel7, feedrel9). Only an opening phrase of at most ERA_REACH words; not a
# junta or a monarchy, which may rule now.
ERA_OPENERS: Final[frozenset[str]] = frozenset({"during", "under"})
ERAS: Final[frozenset[str]] = frozenset(
    {"dictatorship", "dictatorships", "dictatorship's", "apartheid", "franco", "franco's"}
)
ERA_REACH: Final = (
    5  # words after the opener looked at for the era ("During the 1976-83 dictatorship")
)


def _past_era(words: list[str], head: int) -> bool:
    """Whether the sentence opens "During/Under the ... <era>" and the act comes after it."""
    for index in range(1, min(min(ERA_REACH + 1, head), len(words))):  # two-argument `min`s
        if words[index] in ERAS:
            return True
        if words[index] == ",":
            return False
    return False


# round 36: "In the weeks since, Beijing has demanded ..., urged ... and suspended ...": a
# sentence that opens on the span since an earlier event ("In the months/years since,") tells
# what has gone on over it, as "has since" does (`since_conjoined`); every act of it is the
# story's context (docs/labelling.md, section 1: habits and trends). Not "In the days since"
# or "hours": the story's own last turn (the spans of "in the months after" too, below).
SPAN_PLURALS: Final[frozenset[str]] = frozenset({"weeks", "months", "years", "decades"})


# round 36: "Among the protesters' demands was the release of X": the opening phrase of an
# inverted copula names one of a list of things; a noun act in it is no act of the day (the
# verb after the copula, if any, is judged on its own).
AMONG_REACH: Final[int] = 8  # tokens from "Among" to the copula


def _among_opening(words: list[str], head: int) -> bool:
    for index in range(1, min(AMONG_REACH, len(words))):
        if words[index] in COPULAS:
            # a noun, not a participle: "Among those arrested was", "the sites hit was"
            act = words[head]
            return 0 < head < index and not (act.endswith("ed") or act in IRREGULAR_PASTS)
        if words[index] in CLAUSE_MARKS_EXISTENCE:
            return False
    return False


def _since_opening(words: list[str]) -> bool:
    return (
        len(words) > 5
        and words[1] == "the"
        and words[2] in SPAN_PLURALS
        and words[3] == "since"
        and words[4] == ","
    )


# round 37: "In November 2024, an eruption killed nine people and destroyed hundreds of houses",
# "In September 2025, Poland shot down several drones", "In the 2021 election, he came second, a
# result he rejected": a sentence that opens on a month of a named year, or on an event dated by
# its year, tells what happened then (docs/labelling.md, section 1: background; every such
# opening of the open sets is labelled irrelevant). A bare year ("In 2013, the tribunal found")
# is left to `_dated` (the article set codes such acts).
DATED_EVENT_REACH: Final[int] = (
    4  # tokens of the dated event's noun before its comma ("the 2021 election,")
)


def _dated_opening(words: list[str], head: int) -> bool:
    if len(words) < 5:
        return False
    if words[1] in month_names() and _year(words[2]):
        return words[3] == "," and head > 3
    if words[1] != "the" or not _year(words[2]):
        return False
    comma = next((i for i in range(3, min(3 + DATED_EVENT_REACH, head)) if words[i] == ","), 0)
    return comma > 3


# round 37: "A 2023 court ruling annulled the concession": a subject dated by its year that did
# the act in the past tells that year's deed, as "the 2024 student protests" do for a noun act
# (`_dated_noun`).
DATED_SUBJECT_REACH: Final = (
    3  # nouns between the year and the verb ("A 2023 court ruling annulled")
)


def _dated_subject(words: list[str], head: int) -> bool:
    if not (2 < head <= 2 + DATED_SUBJECT_REACH and _year(words[1])):
        return False
    return words[head].endswith("ed") and all(word.isalpha() for word in words[2:head])


# round 33: an aside between commas right after the sentence's subject ("The activist, who was
# arrested at a protest in the capital, is now studying law in Berlin", "The journalist, who was
# detained for six months, has written a book", "The leader, whose party boycotted the last
# election, is expected to stand") describes the subject: its act is the subject's past, not the
# news (docs/labelling.md, section 1: background). The main clause's own act stays; so does an
# aside that names the news's day ("Police, who fired tear gas at protesters on Saturday, said")
# and one in the present perfect ("Japan's prime minister, whose government has accused Beijing
# of coercion, met ...": a single act so told is news, section 4, point 14).
ASIDE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "whose"})
ASIDE_ENDS: Final[frozenset[str]] = frozenset({";", ":", "(", ")"})  # no aside goes on past these
SUBJECT_ASIDE_REACH: Final = 6  # tokens of the subject before ", who"
# words that show the tokens before the comma are no bare subject ("Police said the man, who")
SUBJECT_BREAKS: Final[frozenset[str]] = clause_words.SAY | frozenset(
    "that and but after before when as if while because ; : ( ) \" '' ``".split()
)


def _subject_aside(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands in a "who/which/whose" aside closed by a comma right
    after the sentence's subject, with no day of the news in it."""
    for comma in range(1, min(SUBJECT_ASIDE_REACH + 1, head)):
        word = words[comma]
        if word == ",":
            if words[comma + 1] not in ASIDE_PRONOUNS:
                return False
            for close in range(comma + 2, len(words) - 1):
                if words[close] == ",":
                    aside = words[comma + 2 : close]
                    return head < close and RECENT.isdisjoint(aside) and PERFECT.isdisjoint(aside)
                if words[close] in ASIDE_ENDS:
                    return False
            return False
        if word in SUBJECT_BREAKS:
            return False
    return False


# round 33: an act in a "when" clause after a main clause that tells something else ("She entered
# politics when students marched against the dictatorship", "Tourism collapsed when the rebels
# attacked the coastal resorts", "the region has grown used to seeing Brazil take the lead
# when the bloc calls for mediation") names a time, or a habit: a time reference, not the news
# (docs/labelling.md, section 1). Not after a casualty or an arrest ("Two soldiers were killed
# when rebels attacked their post": the attack is how they died, the news), not after a comma,
# and not in a sentence naming the news's day ("on Monday").
WHEN_REACH: Final[int] = (
    8  # tokens from "when" to the act in its clause ("when the rebels attacked")
)
WHEN_BREAKS: Final[frozenset[str]] = frozenset(", ; : ( ) and but who which that".split())
# a casualty or an arrest told before "when": the clause tells how it came about, the news
CASUALTY_BEFORE_WHEN: Final[frozenset[str]] = frozenset(
    "killed wounded injured hurt died dead shot arrested detained captured kidnapped".split()
)


# round 36: "saw its worst violence since May, when fighting in Tripoli killed eight people",
# "most recently in 2020, when it retook large areas": a "when" clause after a comma that
# defines a month or a year named after "since" or "in" tells what happened then, a time
# reference, whatever stands before it.
WHEN_DATE_LINKS: Final[frozenset[str]] = frozenset({"since", "in"})


# Round 54 (false54): and after any earlier point a "since" names ("since the winter of 2024,
# when teachers and doctors took to the streets", "since the end of 2023, when"): the open sets'
# 46 sentences with "since ..., when" are all irrelevant. Not a recent point ("since Monday,
# when police fired"): the story's own days. "since" stands at most six words before the comma.
def _since_when(words: list[str], at: int) -> bool:
    for index in range(at - 2, max(at - 8, 0), -1):
        word = words[index]
        if word == "since":
            return disjoint_in(RECENT, words, index + 1, at)
        if not word.isalnum():
            return False
    return False


def _dated_when(words: list[str], at: int) -> bool:
    if words[at - 1] != ",":
        return False
    date = words[at - 2]
    if not (_year(date) or (date != "may" or words[at - 3] == "since") and date in month_names()):
        return _since_when(words, at)
    link = at - 3
    if link >= 1 and _year(date) and words[link] in month_names():
        link -= 1  # "in October 2025, when"
    return words[link] in WHEN_DATE_LINKS or _since_when(words, at)


def _when_reference(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands in a "when" clause after a main clause (see above)."""
    for at in range(head - 1, max(head - 1 - WHEN_REACH, 1), -1):
        word = words[at]
        if word == "when":
            main = words[:at]
            if at >= 3 and _dated_when(words, at):
                return True
            return (
                at >= 2
                and "," not in main
                and CASUALTY_BEFORE_WHEN.isdisjoint(main)
                and RECENT.isdisjoint(words)
                and not incident_began(main)
            )
        if word in WHEN_BREAKS and not (word == "and" and _paired_subject(words, at)):
            return False
    return False


# Round 54 (false54): "since the winter of 2024, when teachers and doctors took to the streets":
# an "and" that joins the word right after "when" (or after "when the") to the next joins a
# subject ("when police and soldiers fired", "when the army and rebels clashed"), not two clauses.
def _paired_subject(words: list[str], at: int) -> bool:
    if at < 2 or not words[at - 1].isalpha():
        return False
    return words[at - 2] == "when" or (
        at >= 3 and words[at - 3] == "when" and words[at - 2] in clause_words.ARTICLES
    )


# round 50 (miss50w): "the shooting began when Afghan guards opened fire on a Tajik patrol", "The
# clash erupted when police fired on the crowd", "The incident occurred when a coast guard ship
# rammed the boat": one incident's start before "when" is the news the clause tells, how the
# incident came about (as a casualty before "when" is, above), no time reference; relevance's
# `_how_it_began` reads it so too. Not a state of unrest or war ("The protests began when police
# arrested a vendor", "The war began when gunmen attacked": an old unrest's origin, background),
# nor "after" ("The clashes erupted after a commander was detained").
ONSET_NOUNS: Final[frozenset[str]] = frozenset(
    "shooting firing gunfire shootout gunfight firefight skirmish clash incident "
    "confrontation standoff exchange".split()
)
ONSET_VERBS: Final[frozenset[str]] = frozenset("began started erupted occurred happened".split())
ONSET_REACH: Final[int] = 3  # words from the noun to its verb ("the exchange of fire began")


def incident_began(main: list[str]) -> bool:
    """Whether the clause before a "when" (`main`, the words up to it) ends with one incident
    starting ("the shooting began", "the clash broke out")."""
    end = len(main) - 1
    if end >= 1 and main[end] == "out" and main[end - 1] == "broke":
        end -= 1
    elif end < 0 or main[end] not in ONSET_VERBS:
        return False
    return not disjoint_in(ONSET_NOUNS, main, max(end - ONSET_REACH, 0), end)


# round 33: an act told over years with no count ("The government ignored their demands for
# years", "the council rejected their requests for decades", "occupied the valley for many
# years") is a habit or a state, history of the report (docs/labelling.md, section 1: habits and
# background); a counted term ("jailed him for ten years", "banned for five years") is the act's
# own content and stays, as does a sentence naming the news's day.
VAGUE_SPANS: Final[frozenset[str]] = frozenset({"years", "decades", "generations"})
VAGUE_COUNTS: Final[frozenset[str]] = frozenset({"many", "several", "so", "some"})


def _vague_span(words: list[str], last: int) -> bool:
    """Whether the act's clause after `last` holds "for (many) years/decades" with no count."""
    clause = _clause_after(words, last)
    for index, word in enumerate(clause[:-1]):
        if word != "for":
            continue
        at = index + 1
        while at < len(clause) - 1 and clause[at] in VAGUE_COUNTS:
            at += 1
        if clause[at] in VAGUE_SPANS:
            return RECENT.isdisjoint(words)
    return False


# Words after which a date is the date of what an act is about, not of the act.
CONTENT_OPENERS: Final[frozenset[str]] = frozenset({"of", "that"})
SPAN_AFTER: Final[frozenset[str]] = frozenset({"after", "since", "following", "that"})
# the spans of "in the months after" (SPAN_PLURALS): with "past", the cue that
# `_in_the_span_after` may apply
SPAN_WORDS: Final[frozenset[str]] = SPAN_PLURALS | {"past", "first"}
SPAN_AFTER_REACH: Final = 8  # tokens after an act its "in the months after" stands in
# "Clashes between students and troops killed 37 people in the months after the poll": a
# fight named by its noun is the subject of a toll verb, and the span stands after the toll.
TOLL_VERBS: Final[frozenset[str]] = frozenset(
    "killed left wounded injured displaced claimed".split()
)
TOLL_VERB_REACH: Final = (
    8  # tokens from the fight's noun to its toll verb ("between A and B killed")
)
TOLL_VERB_BREAKS: Final[frozenset[str]] = frozenset(
    ", ; : ( ) said says who which that when after before since".split()
)
FIRST_UNITS: Final[frozenset[str]] = SPAN_PLURALS | {"half", "year", "month", "week", "days"}


def _in_the_span_after(words: list[str], last: int) -> bool:
    """ "More than 35,000 people were arrested in the months after that vote", "30 supporters
    had been detained in the past month", "killed 2,400 people in the first nine months of the
    year": a tally over a span of weeks, months or years after an earlier event, the past
    months or the first of a period is the story's background, not an act of its day. After a
    fight's noun the span is read after its toll verb ("Clashes between A and B killed ...")."""
    start = _toll_verb_after(words, last) + 1
    clause = words[start : start + SPAN_AFTER_REACH + 3]  # the "in" within reach, its span after
    for index in range(min(SPAN_AFTER_REACH, len(clause) - 3)):
        if clause[index] in (",", ";", ":"):
            return False
        if clause[index] != "in" or clause[index + 1] != "the":
            continue
        one, two = clause[index + 2], clause[index + 3]
        if one in SPAN_PLURALS and two in SPAN_AFTER:
            return True
        if one in ("past", "last", "previous") and two in ("month", "year", "months", "years"):
            return True
        if one == "first" and _first_of(clause[index + 3 : index + 6]):
            return True
    return False


# "Rwandan troops deployed in the province since 2021", "activists detained since March": a
# participle (no auxiliary before it) whose clause runs "since" an earlier time tells a state,
# how long a party has been where it is, not an act of the day (the simple past takes no
# "since"). Not the first time since ("deployed troops for the first time since 2020": news).
FIRSTS: Final[frozenset[str]] = frozenset({"time", "first", "ever"})


def participle_since(words: list[str], head: int, last: int) -> bool:
    if not words[head].endswith("ed") or head < 1 or words[head - 1] in NOT_A_NOUN:
        return False
    if _perfect(words, head) or _interposed(words, head):
        return False  # "has deployed ... since": the perfect's span rules
    after = _clause_after(words, last)[:SPAN_REACH]
    for index, word in enumerate(after):
        if word == "since":
            before = after[index - 1] if index else words[last]
            recent = not disjoint_in(RECENT, after, index + 1, index + 4)
            return not recent and before not in FIRSTS and not before.endswith("est")
    return False


def _first_of(after: Sequence[str]) -> bool:
    """ "(in the first) six months of", "(in the first) half of", "(in the first) weeks of"."""
    for index, word in enumerate(after[:-1]):
        if word in FIRST_UNITS:
            return after[index + 1] == "of"
        if not (word.isdigit() or word in SPAN_COUNTS):
            return False
    return False


def _toll_verb_after(words: list[str], last: int) -> int:
    """The toll verb ("killed", "left") a fight's noun at `last` is the subject of, else
    `last`."""
    for index in range(last + 1, min(last + 1 + TOLL_VERB_REACH, len(words))):
        word = words[index]
        if word in TOLL_VERBS:
            return index
        if word in TOLL_VERB_BREAKS:
            break
    return last


# Nouns and participles whose "of" (or "with") opens the content of a charge: "serving a
# sentence on charges of smuggling and financing protests", "suspected of spying".
CHARGE_HEADS: Final[frozenset[str]] = frozenset(
    "charges charge counts count convicted suspected suspicion allegations".split()
)
CHARGE_REACH: Final = 6  # tokens from the charge's "of" to the act it names
# Nouns of a penalty whose "for" names the offence it punishes, an act of no one in
# particular: "new fines for staging unapproved protests", "penalties for organising
# illegal rallies" (not "fined the leader for holding a rally": the leader held it).
PENALTY_HEADS: Final[frozenset[str]] = frozenset(
    "fines fine penalties penalty punishment punishments".split()
)
CHARGE_WORDS: Final[frozenset[str]] = CHARGE_HEADS | PENALTY_HEADS | {"charged"}


# What may stand between a penalty and its "for": its amount ("fines of up to 250,000 pounds
# (US$310,000) for", "a penalty of five years for").
PENALTY_AMOUNT: Final[frozenset[str]] = frozenset(
    "of up to a an as much maximum minimum euros euro dollars pounds years year months "
    "month days million billion us usd eur gbp".split()
)
PENALTY_REACH: Final = 12  # tokens from a penalty noun to its "for"


def _penalty_before(words: list[str], index: int) -> bool:
    """The "for" at `index` names what a penalty punishes: "fines for", "fines of up to
    250,000 pounds (US$310,000) for"."""
    for before in range(index - 1, max(index - 1 - PENALTY_REACH, -1), -1):
        word = words[before]
        if word in PENALTY_HEADS:
            return True
        if word not in PENALTY_AMOUNT and word.isalpha():
            return False
    return False


def _charge_content(words: list[str], head: int) -> bool:
    """The act is named inside a charge: "on charges of financing protests", "was suspected
    of engaging in espionage and violating the law", "charged with inciting violence"; or as
    the offence of a penalty: "fines for staging unapproved protests"."""
    for index in range(head - 1, max(head - 1 - CHARGE_REACH, 0), -1):
        word = words[index]
        if word == "for" and _penalty_before(words, index):
            return True
        if word in ("of", "with"):
            before = words[index - 1]
            return before in CHARGE_HEADS or (word == "with" and before == "charged")
        if (word in NOT_A_NOUN and word != "and") or not word.isalpha():
            return False
    return False


# round 36: "sentenced ... for crimes including theft of timber and attacks on police", "for
# other offences, including assaults on officers": an act listed among the offences a charge
# or a penalty names is the offence, no act the story reports (the arrest or sentence is).
OFFENCES: Final[frozenset[str]] = frozenset("crimes offences offenses charges counts".split())
OFFENCE_REACH: Final = 8  # tokens from the act back to "including"
OFFENCE_BREAKS: Final[frozenset[str]] = frozenset({";", ":", "said", "says", "but"})


def _listed_offence(words: list[str], head: int) -> bool:
    for index in range(head - 1, max(head - 1 - OFFENCE_REACH, 1), -1):
        word = words[index]
        if word in OFFENCE_BREAKS:
            return False
        if word == "including":
            noun = index - 2 if words[index - 1] == "," else index - 1
            return noun >= 0 and words[noun] in OFFENCES
    return False


# Verbs of a penalty laid on people for what they did: "fined 40 people for joining the
# protest", "were jailed for taking part in the march", "arrested him for organising a rally".
PUNISHING: Final[frozenset[str]] = frozenset(
    "fined arrested detained jailed sentenced punished prosecuted convicted expelled "
    "suspended dismissed sacked deported".split()
)
# Taking part in an act others hold ("for joining the protest", "for taking part in the
# march") or holding one ("fined the opposition leader for holding an unauthorised rally"):
# the offence a penalty punishes is the punished people's earlier act, no event of its own
# (round 31: the rally coded a second, court-made protest).
JOINING: Final[frozenset[str]] = frozenset(
    "joining attending taking participating marching protesting demonstrating holding "
    "organising organizing staging leading calling".split()
)
PUNISHED_REACH: Final = (
    9  # tokens from the penalty's verb to its "for" ("fined opposition leader Ana
)
# Lima on Monday for")
REASON_REACH: Final = 6  # tokens from "for" to the act ("for taking part in the protest")
REASON_BREAKS: Final = frozenset({",", ";", ":", "and", "but", "who", "which", "that", "after"})


def _punished_for(words: list[str], head: int) -> bool:
    """The act is what a penalty punishes, told in a "for" and a gerund of taking part after
    the penalty's verb: "Police fined 40 people for joining the protest", "were jailed for
    protesting" (the protest is the punished people's earlier act, no act of the police, nor
    news of its own)."""
    for index in range(head - 1, max(head - 1 - REASON_REACH, -1), -1):
        word = words[index]
        if word == "for":
            return words[index + 1] in JOINING and _penalty_verb_before(words, index)
        if word in REASON_BREAKS or word in NOT_A_NOUN:
            return False  # "detained for writing against Tehran were released": a new verb
    return False


def _penalty_verb_before(words: list[str], index: int) -> bool:
    """A verb of PUNISHING stands before the "for" at `index`, in the same clause."""
    for before in range(index - 1, max(index - 1 - PUNISHED_REACH, -1), -1):
        word = words[before]
        if word in PUNISHING:
            return True
        if word in REASON_BREAKS:
            return False
    return False


def _dated_noun(words: list[str], head: int) -> bool:
    """ "in the December attack", "seized power in a 2021 coup", "Jakarta's 2020 ban", "the
    2024 student protests": an act's noun dated by a month or a year before it (a year also
    with one word between) names an earlier act, not today's."""
    if head < 2:
        return False
    if _full_date_before(words, head):
        return True
    date, before = words[head - 1], words[head - 2]
    if head > 2 and _year(before) and date.isalpha():
        date, before = before, words[head - 3]  # round 36: "the 2024 student protests"
    elif not (_year(date) or (date != "may" and date in month_names())):
        return False
    return before in DETERMINERS or before in clause_words.OWNED_ENDINGS or before.endswith("'s")


FULL_DATE: Final = 6  # tokens of "a Nov. 26, 2023, attack" before the noun: a , 2023 , 26 nov


def _full_date_before(words: list[str], head: int) -> bool:
    """ "over a Nov. 26, 2023, attack", "convicted over the Jan. 8, 2023, riots": an act's noun
    after a whole date set off by commas, its year named, is that earlier day's act (round 41,
    bg9: `_dated_noun` read a month or a year right before the noun only)."""
    if head < FULL_DATE or words[head - 1] != "," or words[head - 3] != ",":
        return False
    return (
        _year(words[head - 2])
        and words[head - 4].isdigit()
        and words[head - 5] in month_names()
        and words[head - 6] in DETERMINERS
    )


PRESENT_BE: Final[frozenset[str]] = frozenset({"is", "are", "remains", "remain"})
PASSIVE_FILLERS: Final = frozenset(
    {"also", "still", "now", "long", "itself", "themselves", "already"}
)


def _standing_passive(words: list[str], head: int) -> bool:
    """ "The Houthis are backed by Iran", "the rebels, who are backed by Rwanda, ...": a
    passive in the simple present with its agent describes how parties stand, it reports no
    act (the news is told in the past, "was attacked by", or in progress, "is being"). So
    does a state passive without one: "the group is itself banned in Belarus", "he is
    barred from running", "remains jailed"."""
    if head + 1 >= len(words) or not words[head].endswith("ed"):
        return False
    if words[head + 1] != "by" and words[head] not in STATES:
        return False
    return auxiliary_before(words, head, PRESENT_BE, PASSIVE_FILLERS) is not None


# round 48 (false48): "Opposition leader Ousmane Sonko, jailed since July, was barred from the
# race", "Chadema was barred from taking part in the October election", "a vote from which Gbagbo
# and Thiam were barred", "after the main opposition candidates were excluded": a bar or an
# exclusion told in the simple past with no one named as its doer is the standing of a
# candidate or a party in the story's background, as "is barred from running" is
# (`_standing_passive`). All 7 such open sentences are labelled irrelevant (3 were coded). Kept:
# a doer named after it ("was barred by the electoral commission"), a day of the story named
# ("was barred from the race on Monday"), the active ("The court barred him from running") and
# the perfect of news-site copy ("has been barred", docs/labelling.md point 14).
EXCLUDED: Final = frozenset({"barred", "excluded", "disqualified"})
PAST_BE: Final[frozenset[str]] = clause_words.PAST_BE
EXCLUDED_REACH: Final = 10  # tokens after the participle looked at for "by"


def _excluded_told(words: list[str], head: int) -> bool:
    """ "was barred from the race": a past passive bar with no doer or day (`EXCLUDED`)."""
    if (
        words[head] not in EXCLUDED
        or auxiliary_before(words, head, PAST_BE, PASSIVE_FILLERS) is None
    ):
        return False
    after = words[head + 1 : head + 1 + EXCLUDED_REACH]
    return "by" not in after and clause_words.WEEKDAYS.isdisjoint(words)


# Round 49 (false49): "has made the recapture of territory the priority of his rule", "has made
# appeals for peace a hallmark of his pontificate", "has made cracking down on the gangs his top
# priority": an act named as the object of "made" with a goal's noun after it is what a leader
# aims at (docs/labelling.md, section 1: plans, habits), no act done. All 7 open sentences of the
# form are labelled irrelevant (2 were coded). Kept: "made the arrest public" (no goal noun),
# "made the recapture of the town its first act" (no goal noun), an act after a clause's break.
GOAL_MAKING: Final = frozenset({"made", "make", "makes", "making"})
GOAL_NOUNS: Final = frozenset(
    "priority priorities hallmark centrepiece centerpiece cornerstone focus theme pillar "
    "trademark promise pledge".split()
)
GOAL_DETERMINERS: Final[frozenset[str]] = clause_words.ARTICLES_OR_POSSESSIVES
GOAL_BREAKS: Final = frozenset({",", ";", ":", "but", "which", "who", "that", '"', "."})
MAKING_REACH: Final[int] = 3  # tokens from "made" to the act ("made the swift arrest of")
GOAL_REACH: Final[int] = 14  # tokens after the act looked at for its goal noun ("... the focus")


def _aim_hazard_or_figure(words: list[str], head: int, last: int, held: frozenset[str]) -> bool:
    """A goal (`_made_goal`), a hazard's doing (`_hazard_subject`) or a measure's running
    figure (`_running_figure`), each asked only when the sentence (`held`) has its word."""
    return (
        (not GOAL_NOUNS.isdisjoint(held) and _made_goal(words, head, last))
        or (
            (not HAZARDS.isdisjoint(held) or "front" in held)
            and (_hazard_subject(words, head) or _hazard_clause(words, head))
        )
        or ("under" in held and _running_figure(words, head, last))
        or ("throughout" in held and _throughout_span(words, last))
        or ("reputation" in held and _reputation_shown(words, head, last))
        or (not TREND_VERBS.isdisjoint(held) and _trend_subject(words, head, last))
        or (words[head] in PROMISE_GOALS and _made_promise_goal(words, head))
    )


def _made_goal(words: list[str], head: int, last: int) -> bool:
    """Whether "made" stands just before the act at `head` and a goal's noun (`GOAL_NOUNS`)
    after a determiner follows the act's words in the same clause."""
    for index in range(head - 1, max(head - 1 - MAKING_REACH, -1), -1):
        if words[index] in GOAL_MAKING:
            break
        if words[index] in GOAL_BREAKS:
            return False
    else:
        return False
    for index in range(last + 1, min(last + 1 + GOAL_REACH, len(words))):
        word = words[index]
        if word in GOAL_BREAKS:
            return False
        if word in GOAL_NOUNS and not disjoint_in(GOAL_DETERMINERS, words, index - 3, index):
            return True
    return False


# Round 49 (false49): "A slow-moving typhoon is threatening to dump rain on Kyushu", "Floodwaters
# threatened the water plant", "warned that the wildfire was threatening Valparaiso": a natural
# hazard as the act's subject is weather or a disaster (docs/labelling.md, section 1: weather;
# point 33: safety advice), no political party acting. Kept: a hazard's word after the verb
# ("threatened to flood the capital with fighters", "vowed to storm the palace").
HAZARDS: Final = frozenset(
    "typhoon typhoons storm storms hurricane hurricanes cyclone cyclones tornado tornadoes "
    "flood floods flooding floodwaters wildfire wildfires bushfire bushfires blaze blazes "
    "volcano eruption lava drought heatwave landslide landslides mudslide mudslides earthquake "
    "quake tsunami rains rainfall snowstorm blizzard virus outbreak epidemic pandemic "
    "rivers"
    # round 50 (false50): "snowdrifts have blocked the ring road", "high winds cracked a pane"
    " snow snowdrifts snowfall avalanche avalanches gusts winds hail lahars"
    # round 51 (false51): "a cold front threatens to dump 80 centimetres of snow", "heavy rain
    # threatens to swamp the delta", "the monsoon has cut off villages"
    " rain downpour downpours monsoon frost heatwaves"
    # round 57 (homograph57): a disease named as the killer ("The flu killed thousands of people
    # in Europe last winter"), as "virus" and "epidemic" were
    " flu influenza cholera measles malaria dengue ebola mpox".split()
)
# "a cold front", "a weather front": a front of the weather (`_hazard_subject`), not the
# "Popular Front" or "the front line"
WEATHER_FRONTS: Final = frozenset({"cold", "warm", "weather", "occluded"})
HAZARD_FILLERS: Final = frozenset(
    "is are was were has have had been also now still already could may might will would "
    "continues continued continue to".split()
)


def _hazard_subject(words: list[str], head: int) -> bool:
    """Whether the word before the act at `head`, over auxiliaries and "-ly" adverbs, is a
    natural hazard (`HAZARDS`)."""
    index = head - 1
    while index >= 0 and (words[index] in HAZARD_FILLERS or words[index].endswith("ly")):
        index -= 1
    if index < 0:
        return False
    word = words[index]
    return word in HAZARDS or (word == "front" and index > 0 and words[index - 1] in WEATHER_FRONTS)


# Round 57 (homograph57): "Storm Ciaran hit France and Britain on Thursday, killing at least
# seven people", "A magnitude 7.8 earthquake hit Turkey and Syria on Monday, killing thousands",
# "Typhoon Doksuri hit the Philippines on Wednesday, forcing thousands to flee their homes": the
# participle after the comma is the doing of the hazard that opens the sentence, and the place it
# struck was read as the killer (a Turkish or French army killing its people). A participle right
# after a comma, in a sentence whose body opens on a hazard's noun (`HAZARDS`, within
# `HAZARD_OPENING` words of its start or of a dateline's end, after an opening phrase too: "On
# Friday, Storm Boris hit Poland, killing"; not "a storm of protest", "a hail of bullets"), one
# clause with a verb of impact between them (`HAZARD_IMPACTS`), no comma. Kept: "A Russian
# missile hit Kharkiv, killing", "Rebels attacked the town after the floods, killing" (no hazard
# opens them), "After the storm, troops fired on looters, killing" (the hazard's phrase closed by
# its comma, another clause after it).
HAZARD_IMPACTS: Final = frozenset(
    "hit hits struck strikes battered batters lashed lashes swept sweeps slammed slams ravaged "
    "ravages pounded pounds tore tears ripped rips hammered hammers buffeted buffets rocked rocks "
    "shook shakes flooded floods inundated inundates engulfed engulfs triggered triggers caused "
    "causes killed kills destroyed destroys damaged damages".split()
)
HAZARD_OPENING: Final[int] = 5  # words from the body's start looked at for the hazard's noun
HAZARD_DATELINE: Final[int] = 16  # words from the sentence's start looked at for a dateline's end
# a dateline ends on its agency's bracket ("MANILA, Oct 5 (Reuters) -": the dash is no token) or
# on a dash
HAZARD_DATELINE_ENDS: Final = NAME_BREAKS | {")"}


def _hazard_clause(words: list[str], head: int) -> bool:
    """Whether the act at `head` is a participle right after a comma whose clause is a hazard's
    impact (`HAZARD_IMPACTS`) told by the sentence's opening noun, a hazard (`HAZARDS`)."""
    if head < 4 or words[head - 1] != "," or not words[head].endswith("ing"):
        return False
    start = 0
    for index in range(min(head, HAZARD_DATELINE)):
        if words[index] in HAZARD_DATELINE_ENDS:
            start = index + 1
    noun = -1
    for index in range(start, min(start + HAZARD_OPENING, head - 1)):
        if words[index] in HAZARDS:
            noun = index
            break
    if noun < 0 or words[noun + 1] == "of":
        return False
    between = words[noun + 1 : head - 1]
    return "," not in between and not HAZARD_IMPACTS.isdisjoint(between)


# Round 49 (false49): "More than 85,000 people have been detained under the emergency measures",
# "Nearly 3,000 people have been jailed under the new security law": a counted figure of people
# held under a standing measure is the measure's running tally (docs/labelling.md, section 1:
# consequences and figures; habits and trends), no act of the day. All 3 open sentences of the
# form are labelled irrelevant (2 were coded). Kept: an exact count ("40 people have been
# arrested under the public order act": site copy's news of the day, point 14), the past perfect
# of a speaker's report ("Police said 40 people had been arrested"), an active verb.
APPROXIMATORS: Final = frozenset(
    "more over nearly almost some about roughly around thousands hundreds tens".split()
)
RUNNING_REACH: Final[int] = 8  # tokens before "have been" looked at for the approximate count
PRESENT_PERFECT_AUXILIARIES: Final[frozenset[str]] = clause_words.PRESENT_PERFECT


def _running_figure(words: list[str], head: int, last: int) -> bool:
    """Whether the act from `head` to `last` is "have been <participle> under" a measure
    ("activists have been held under": the trigger may open on its subject) after an
    approximate count of its subject (`APPROXIMATORS`)."""
    if words[last + 1 : last + 2] != ["under"]:
        return False
    been = last - 1
    if been < 2 or words[been] != "been" or words[been - 1] not in PRESENT_PERFECT_AUXILIARIES:
        return False
    before = words[max(been - 1 - RUNNING_REACH, 0) : been - 1]
    return not APPROXIMATORS.isdisjoint(before) and any(
        word[:1].isdigit() or word in CROWDS for word in before
    )


# Round 49 (false49): "denied the charges throughout the trial", "has continued throughout the
# case": an act told over a long span after it is a stance or a habit of that span
# (docs/labelling.md, section 1: habits, "has long denied"), no act of the day. All 4 open
# sentences with "throughout" and such a span are labelled irrelevant (1 was coded). Kept: the
# story's own hours ("chanted slogans throughout the night", "shelling continued throughout
# the day": no span of `LONG_SPANS`).
LONG_SPANS: Final = frozenset(
    "trial case war conflict campaign tenure career rule presidency reign years decade crisis "
    "proceedings hearings process occupation pandemic period strike".split()
)
SPAN_DETERMINERS: Final[frozenset[str]] = clause_words.PARTY_OPENERS  # "the", "its", "their"
THROUGHOUT_REACH: Final[int] = 8  # tokens after the act looked at for "throughout"
THROUGHOUT_BREAKS: Final = frozenset({",", ";", ":", "and", "but", "which", "who", "while"})


def _throughout_span(words: list[str], last: int) -> bool:
    """Whether "throughout the <long span>" follows the act ending at `last` in its clause."""
    for index in range(last + 1, min(last + 1 + THROUGHOUT_REACH, len(words) - 2)):
        word = words[index]
        if word in THROUGHOUT_BREAKS:
            return False
        if word == "throughout":
            return words[index + 1] in SPAN_DETERMINERS and words[index + 2] in LONG_SPANS
    return False


# Round 49 (false49): "Qatar has built a reputation as a mediator, hosting negotiations on
# Afghanistan and Gaza", "a reputation for hosting talks": an act named as what a party's
# reputation rests on is its habit (docs/labelling.md, section 1: habits and trends), as what
# a place is "known for" is (`relevance._known_for`). Kept: an act after a clause's break or a
# saying ("said its reputation as a mediator was at stake and urged ...").
REPUTATION_REACH: Final[int] = (
    8  # tokens from "reputation" to the act ("as a neutral mediator, hosting")
)
REPUTATION_BREAKS: Final = frozenset({";", ":", "and", "but", "said", "says", "which", "who"})


def _reputation_shown(words: list[str], head: int, last: int) -> bool:
    """Whether "reputation" stands before the act's participle ("hosting") in the clause of
    the act from `head` to `last` (a trigger may open before the participle: "broker,
    hosting talks between")."""
    start = max(head - REPUTATION_REACH, 0)
    if "reputation" not in words[start : last + 1]:
        return False
    index = start + words[start : last + 1].index("reputation")
    between = words[index + 1 : last + 1]
    return REPUTATION_BREAKS.isdisjoint(between) and any(word.endswith("ing") for word in between)


# Round 49 (false49): "rights groups say arrests of bloggers and activists have increased over
# the past year", "Attacks on aid convoys rose sharply last year": acts named by a plural noun
# as the subject of a verb of rise or fall tell a trend (docs/labelling.md, section 1: habits
# and trends), no act of the day. Kept: the noun as the object ("have increased attacks on",
# the active doer's act), a clause's break between the noun and the verb, a weekday named
# ("Rallies ... grew larger on Sunday": the story's protests; "grew" is no trend's verb here).
TREND_VERBS: Final = frozenset(
    "increased risen rose doubled tripled surged soared fallen fell declined dropped "
    "multiplied".split()
)
TREND_FILLERS: Final = frozenset({"have", "has", "had", "sharply", "steadily", "also"})
TREND_REACH: Final[int] = 8  # tokens after the act's noun looked at for the trend's verb
TREND_BREAKS: Final = frozenset(
    {",", ";", ":", "but", "which", "who", "that", "said", "says", "after", "since"}
)


def _trend_subject(words: list[str], head: int, last: int) -> bool:
    """Whether the plural act noun at `head` is the subject of a trend's verb (`TREND_VERBS`)
    after it in its clause ("arrests of bloggers have increased")."""
    if not words[head].endswith("s") or (head > 0 and words[head - 1] in PERFECT):
        return False
    if not clause_words.WEEKDAYS.isdisjoint(words):
        return False
    for index in range(last + 1, min(last + 1 + TREND_REACH, len(words))):
        word = words[index]
        if word in TREND_BREAKS:
            return False
        if word in TREND_VERBS:
            return index > last + 1 and (
                words[index - 1] in TREND_FILLERS or words[index - 1] not in GOAL_DETERMINERS
            )
    return False


# Round 49 (false49): "has made the recovery of public money a central promise of the
# government": a goal named as a promise or a pledge after "made <object>" is the goal
# (`_made_goal`), no promise given; "made a promise to the unions" (the noun right after
# "made") gives one.
PROMISE_GOALS: Final = frozenset({"promise", "pledge"})
PROMISE_REACH: Final[int] = 14  # tokens from "made" to the goal's noun


def _made_promise_goal(words: list[str], head: int) -> bool:
    """Whether "made <object> a <modifier> promise" holds the promise noun at `head`: a
    determiner one or two words before it, and an object between "made" and the
    determiner."""
    if head > 0 and words[head - 1] in GOAL_DETERMINERS:
        determiner = head - 1
    elif head > 1 and words[head - 2] in GOAL_DETERMINERS:
        determiner = head - 2
    else:
        return False
    for index in range(determiner - 1, max(determiner - PROMISE_REACH, -1), -1):
        word = words[index]
        if word in GOAL_BREAKS:
            return False
        if word in GOAL_MAKING:
            return index + 1 < determiner
    return False


# Nouns of a standing tie between parties: "Iran is the main backer of Hezbollah".
TIES: Final[frozenset[str]] = frozenset(
    "backer backers supplier suppliers patron patrons sponsor sponsors ally allies partner "
    "partners provider providers funder funders donor donors benefactor protector".split()
)
# Present verbs of a standing position: "China claims almost the entire South China Sea".
STANDING_VERBS: Final[frozenset[str]] = frozenset({"claims", "considers", "regards", "views"})
TIE_REACH: Final = 5  # tokens after "is" looked at for the tie's noun


def _standing_participle(words: Sequence[str], head: int) -> bool:
    """ "Iran is the main backer of Hezbollah, supplying the group with rockets", "China
    claims almost the entire South China Sea, dismissing a 2016 ruling": a participle after
    a comma that goes on from a main clause telling a standing tie ("is the main backer of")
    or a standing position in the present ("claims", "considers") describes the parties,
    it reports no act of the day ("Israeli jets struck a depot, killing two" stays one)."""
    if head < 3 or words[head - 1] != "," or not words[head].endswith("ing"):
        return False
    start = head - 2
    while start > 0 and words[start - 1] not in (",", ";", ":"):
        start -= 1
    clause = words[start : head - 1]
    for index, word in enumerate(clause):
        if word in STANDING_VERBS and 0 < index <= 4:
            return True
        if word in PRESENT_BE and not TIES.isdisjoint(clause[index + 1 : index + 1 + TIE_REACH]):
            return True
    return False


BELIEVING: Final = frozenset({"believe", "suspect", "think"})
BELIEVERS: Final[frozenset[str]] = frozenset(
    "officials diplomats governments intelligence agencies services capitals analysts "
    "experts sources".split()
)
BELIEF_START_REACH: Final = 6  # words before the believers: "U.S. and South Korean officials"


def _believed_ongoing(words: Sequence[str], head: int) -> bool:
    """ "Western officials believe Iran is supplying Moscow with missiles", "Diplomats
    suspect Pyongyang is helping ...": what unnamed officials believe is going on is a
    standing suspicion, no act of the day. Only an act in progress after "is"/"are"; a named
    speaker ("Blinken believes") or a past act ("officials believe Iran sent") is left alone."""
    if head < 4 or not words[head].endswith("ing") or words[head - 1] not in PRESENT_BE:
        return False
    for index in range(1, min(head - 2, BELIEF_START_REACH + 1)):
        if words[index] in BELIEVING:
            return words[index - 1] in BELIEVERS
    return False


RECEIVING_PRESENT: Final = frozenset({"receive", "receives", "get", "gets", "obtain", "obtains"})
# Words before a present "receive" that make it something other than a standing tie:
# "to receive", "will receive", "did not get".
NOT_STANDING: Final = frozenset(
    "to will would could can may might should must did do does not shall".split()
)
RECEIPT_REACH: Final = 14  # tokens after "receive" looked at for "from"


def _standing_receipt(words: Sequence[str], head: int) -> bool:
    """ "The militants receive most of their weapons from Tehran", "the rebels still get arms
    from Iran": the simple present of receiving from a party tells a standing supply, not a
    delivery of the day (told in the past: "The army received 20 tanks from the United
    States"; planned: "will receive"). Only with "from" after it (a host who "receives" a
    visitor is another act)."""
    if head < 1 or words[head] not in RECEIVING_PRESENT:
        return False
    if "from" not in words[head + 1 : head + 1 + RECEIPT_REACH]:
        return False
    before = head - 1
    while before > 0 and (words[before].endswith("ly") or words[before] in PASSIVE_FILLERS):
        before -= 1  # "still get", "reportedly receive"
    return words[before] not in NOT_STANDING


# Participles that name a state when "is" or "remains" comes before them.
STATES: Final[frozenset[str]] = frozenset(
    "banned barred outlawed jailed imprisoned detained exiled blacklisted prohibited "
    "forbidden sanctioned designated".split()
)  # "the group is designated a terrorist organisation by the United States": its standing


def _planned(words: list[str], head: int, last: int) -> bool:
    return _scheduled(words, head, last) or _planned_content(words, head, last)


# Round 40 (backshift8): agency copy backshifts the day's count into the past perfect when it
# reports it ("the attorney general said more than 1,000 people had been arrested in protests
# since the vote", "police said at least seven officers had been abducted since then"): the
# report's tense, no span of a standing act, and a count of arrests is an arrest
# (docs/labelling.md, section 4, points 21 and 31). A count of people held, told in a
# pluperfect that a speaker reports, "since" no year, month or span of years is the news; the
# open labels code all such counts (the held since a month or year, "since October 2024", stay
# background, and tolls "killed since" are figures, not held).
TALLY_COUNTS: Final = CROWDS | COUNT_WORDS  # "hundreds", "at least" (a figure: its digit)
TALLY_REACH: Final[int] = 8  # tokens from the count to the pluperfect's "had"


def _reported_tally(words: list[str], head: int, last: int) -> bool:
    if words[head] not in HELD:
        return False
    had = auxiliary_before(words, head, frozenset({"had"}), PERFECT_FILLERS)
    if had is None or disjoint_in(clause_words.SAY, words, 0, had):
        return False
    counted = words[max(had - TALLY_REACH, 0) : had]
    if not any(word in TALLY_COUNTS or word[:1].isdigit() for word in counted):
        return False
    if "since" not in words[last + 1 :]:
        return False
    since = words.index("since", last + 1)
    span = words[since + 1 : since + 5]
    months = month_names()
    return not any(word in SPAN_UNITS or word in months or _year(word) for word in span)


def _perfect(words: list[str], head: int) -> bool:
    """A perfect auxiliary right before the trigger ("has been besieged", "had long blocked")."""
    return auxiliary_before(words, head, PERFECT, PERFECT_FILLERS) is not None


def auxiliary_before(
    words: list[str], head: int, auxiliaries: frozenset[str], fillers: frozenset[str]
) -> int | None:
    """Where one of `auxiliaries` stands in the three words before `head`, with only `fillers`
    or adverbs in "-ly" between them ("has long been", "have already"); None if there is none."""
    for index in range(head - 1, max(head - 4, -1), -1):
        word = words[index]
        if word in auxiliaries:
            return index
        if word not in fillers and not word.endswith("ly"):
            return None
    return None


def _perfect_clause(words: list[str], head: int) -> bool:
    """A perfect auxiliary before the trigger in its clause: right before a verb, or before
    the verb whose object the trigger is ("has overseen a string of weapons tests"), or before
    the verb an "and" joins it to ("has expelled two reporters and detained activists in recent
    months": the span is both verbs')."""
    if _perfect(words, head) or conjoined_perfect(words, head, PERFECT):
        return True
    for index in range(head - 1, max(head - 1 - PERFECT_REACH, -1), -1):
        word = words[index]
        if word in PERFECT:
            return index + 1 < head and words[index + 1] not in DETERMINERS
        if word in PERFECT_BREAKS:
            return False
    return False


CONJOINED_REACH: Final = 16  # tokens from a perfect auxiliary to a participle joined by "and"
CONJOINED_BREAKS: Final = frozenset(
    "; : ( ) said says told according who which that when after before since while because "
    "as if but".split()
)


def conjoined_auxiliary(words: list[str], head: int, auxiliaries: frozenset[str]) -> int | None:
    """ "Poland has built a steel fence along the border and deployed thousands of soldiers",
    "Bandits have killed thousands of people and kidnapped thousands more": a participle
    joined by "and" to a perfect verb of its clause shares its auxiliary (one of
    `auxiliaries`), whose place this returns."""
    if head < 3 or words[head - 1] != "and" or not words[head].endswith("ed"):
        return None
    for index in range(head - 2, max(head - 2 - CONJOINED_REACH, 0), -1):
        word = words[index]
        if word in CONJOINED_BREAKS and not (word == "since" and words[index - 1] in auxiliaries):
            return None  # "has since advised ...": the adverb, no clause
        if word in auxiliaries:
            following = words[index + 1] if index + 1 < head else ""
            if following in ("been", "to") or following.endswith("ing"):
                return None
            return index
    return None


def conjoined_perfect(words: list[str], head: int, auxiliaries: frozenset[str]) -> bool:
    return conjoined_auxiliary(words, head, auxiliaries) is not None


def since_conjoined(words: list[str], head: int) -> bool:
    """ "Beijing has since advised its citizens to stay away and suspended imports": a
    participle joined by "and" to a verb of "has since" (what followed an earlier event, which
    the coder already leaves out as context) is as much context (round 34)."""
    auxiliary = conjoined_auxiliary(words, head, PERFECT)
    return auxiliary is not None and words[auxiliary + 1] == "since"


def _listed(words: list[str], index: int, pairs: bool = False) -> bool:
    """A comma or an "and" joining the nouns of a list ("on Australian barley, wine and beef
    in 2020"), not two clauses: "A , B and C", one word between them."""
    word = words[index]
    if word == "," and index + 2 < len(words):
        return words[index + 2] in (",", "and") and words[index + 1].isalpha()
    if word == "and" and index >= 2:
        return (words[index - 2] == "," and words[index - 1].isalpha()) or (
            pairs and _paired(words, index)
        )
    return False


# round 45 (false45): "between" too, as the opening of a span of years ("nuclear tests at Bikini
# and Enewetak atolls between 1946 and 1958"): DATING reads its year once the pair is in the clause
LIST_PREPOSITIONS: Final = frozenset({"on", "in", "from", "against", "of", "for", "between"})
PAIR_REACHES: Final = (2, 3)  # one or two words after the "and", then the preposition
PAIR_BREAKS: Final = frozenset({"said", "says", "he", "she", "it", "they", "we", "was", "were"})


def _paired(words: list[str], index: int) -> bool:
    """ "imposed tariffs on barley and wine in 2020", "tariffs and informal bans on barley": an
    "and" between a word and one or two lower-case words that a preposition follows joins the
    nouns of one phrase, not two clauses."""
    if not words[index - 1].isalpha():
        return False
    for reach in PAIR_REACHES:
        if index + reach >= len(words) or words[index + reach] not in LIST_PREPOSITIONS:
            continue
        joined = words[index + 1 : index + reach]
        return all(w.isalpha() and not w.endswith("ed") and w not in PAIR_BREAKS for w in joined)
    return False


def _clause_after(words: list[str], last: int, pairs: bool = False) -> list[str]:
    """The words after a trigger up to the end of its clause (a comma inside a date kept),
    at most `CLAUSE_REACH` of them. A past participle after a noun opens a reduced relative
    clause ("officers holed up", "an accord signed in March 2001") whose date is not the
    act's; not "Russian-led". With `pairs`, an "and" joining two nouns ("barley and wine in
    2020") is read inside the clause too (for its year only: a span, "in recent months", after
    "attacks on forces and facilities" is the natural feed's news)."""
    end, stop = last + 1, min(len(words), last + 1 + CLAUSE_REACH)
    while end < stop:
        word = words[end]
        if _listed(words, end, pairs):
            end += 1
            continue
        if word in BACKGROUND_ENDS:
            break
        if _contact_relative(words, end):
            break
        if word[-2:] == "ed" and word.isalpha() and word not in NOT_PARTICIPLES:
            if words[end - 1] not in AUXILIARIES:
                break
        elif word == "," and not _year_follows(words, end + 1):
            break
        end += 1
    return words[last + 1 : end]


def _contact_relative(words: list[str], index: int) -> bool:
    """A subject pronoun at `index` and a perfect auxiliary or a past verb after it: a relative
    clause with no "that" after the act's object, whose span or date is that clause's, not the
    act's. Round 50 (types50): "freed two aid workers it had held since March", "released the
    men they have detained since 2023"; round 51 (miss51w): the simple past too, "have freed 11
    teachers they held for three weeks", "has returned the boats it seized in May"."""
    if words[index] not in PARTY_PRONOUNS or index + 1 >= len(words):
        return False
    verb = words[index + 1]
    return verb in PERFECT or verb in SIMPLE_PASTS or (verb.isalpha() and _past_tense(verb))


def clause_after(words: list[str], last: int, pairs: bool = False) -> list[str]:
    """`_clause_after` for the other modules: a function, not an alias (a module's name bound
    to a function is called through the generic call protocol in the compiled coder)."""
    return _clause_after(words, last, pairs)


# "in early 2022", "in late 2021", "in mid-2020": a part of a year dates an act as the year does
YEAR_PARTS: Final[frozenset[str]] = frozenset({"early", "late", "mid", "mid-"})


def _year_follows(words: list[str], index: int) -> bool:
    """A year, or "in" and a year (a part of one), at `index`: a comma before it sets a date
    of the clause apart ("fired tear gas at protesters during the last election, in 2021")."""
    if index < len(words) and _year(words[index]):
        return True
    if index + 1 >= len(words) or words[index] != "in":
        return False
    following = words[index + 1]
    if following in YEAR_PARTS:
        return index + 2 < len(words) and _year(words[index + 2])
    return _year(following)


# Words in "-ed" that open no reduced relative clause: a name's word ("to the United States in
# February", "the Red Cross"), a number ("two hundred"), an adjective before its noun ("armed
# men", "aged 30"), "need", "indeed".
NOT_PARTICIPLES: Final = frozenset(
    "united red hundred armed aged sacred naked need indeed speed".split()
)
AUXILIARIES: Final[frozenset[str]] = clause_words.BE | PERFECT
CLAUSE_REACH: Final = 16  # a span or a date stands close after its act


# round 49 (miss49f): "has hosted the first direct talks in more than two years", "have staged the
# largest protest in a decade", "has met him for the first time since 2019": a record told after the
# act measures the day's act against the past, no span of acts (as `wire_spanned` reads agency copy)
RECORDS: Final = frozenset(
    "first record biggest largest worst deadliest heaviest longest highest fiercest bloodiest "
    "greatest".split()
)
RECORD_REACH: Final = 3  # tokens before a trigger's last word a record may stand in


def _spanned(words: list[str], last: int, weeks: bool = False) -> bool:
    """A span after the act: "since 2014", "since the war began", "for months", "for more
    than a year", "in recent years", "this year"; not a recent start ("since Saturday"), nor
    a record ("the first talks in two years").
    `weeks`: a span of weeks too ("for weeks", "in recent weeks"; not "in two weeks")."""
    if not disjoint_in(RECORDS, words, max(last - RECORD_REACH, 0), last + 1):
        return False  # "have staged the largest protest in a decade": the record in the trigger
    after = _clause_after(words, last)
    for index, word in enumerate(after[:SPAN_REACH]):
        if word in RECORDS:
            return False
        if word == "since":
            return disjoint_in(RECENT, after, index + 1, index + 4)
        span = after[index + 1 : index + 6]
        weeks_here = weeks and (word != "in" or "recent" in span)
        if word in ("for", "in", "over") and _span(span, weeks_here):
            # "has ordered them held in pre-trial detention for four months", "has sentenced
            # him to prison for four years": the term of a detention or sentence named just
            # before "for" is no span of acts, as "has jailed him for two years" is not
            # round 51 (types51): also the verb a few words before the trigger's end ("has
            # suspended the private broadcaster Horizon TV for three months")
            term = (
                words[last] in TERMS
                or (index > 0 and after[index - 1] in TERMS)
                or not disjoint_in(TERMS, words, max(last - TERM_REACH, 0), last)
            )
            return word != "for" or not term
        if word == "this" and index + 1 < len(after) and after[index + 1] == "year":
            return True
    # Round 61 (false61): "had detained 80 miners and impounded their trucks near the
    # quarries since March" (wp42-a04-s07): a verb joined by "and" with no subject of its own
    # shares its subject's span, told after the second verb's object.
    verb = last + 2 + len(after)
    if verb < len(words) and words[verb - 1] == "and" and _past_tense(words[verb]):
        return words[verb].isalpha() and _spanned(words, verb, weeks)
    return False


def spanned(words: list[str], last: int, weeks: bool = False) -> bool:
    """`_spanned` for the other modules (a function, not an alias: see `clause_after`)."""
    return _spanned(words, last, weeks)


def weeks_spanned(words: list[str], head: int, last: int) -> bool:
    """ "Court workers have been on strike for weeks", "have deported 165 people in recent
    weeks": a perfect act over a span of weeks. Asked of agency copy only (the caller): the
    shared CAMEO sentences code such spans."""
    return "weeks" in words and _perfect_clause(words, head) and _spanned(words, last, True)


# Agency copy tells a perfect act's span further from its verb than `_spanned` reads, past a
# list, an apposition or a long object: "has backed the rebels in their war against the
# militants for a decade", "have marched in the capital and other cities since the war began",
# "has besieged Kadugli, the state capital, for weeks". The act over a span is a standing one,
# background to the day's news (docs/labelling.md, section 1: habits and trends). Asked of
# agency copy only (the caller): the shared CAMEO sentences code a perfect act "since the start
# of the crisis" told that far out. Not a record ("for the first time in 23 years", "the
# biggest city to fall since 2021": news), nor a pluperfect act a speaker reports ("said it had
# captured the base, the largest to fall since ...").
WIRE_SPAN_REACH: Final = 16  # tokens after the act
WIRE_SPAN_ENDS: Final = frozenset(
    "; : . but which who whose that while when after before as following amid despite because "
    "until said says told according first record most biggest largest worst deadliest heaviest "
    "longest highest fiercest bloodiest greatest latest".split()
)
WIRE_SPAN_WORDS: Final = SPAN_UNITS | {"weeks", "since"}


def wire_spanned(words: list[str], head: int, last: int) -> bool:
    """A perfect act whose clause, read past commas and "and", runs over a span of weeks or
    more, or "since" an earlier time (not a recent one: "since Saturday")."""
    if WIRE_SPAN_WORDS.isdisjoint(words) or not _perfect_clause(words, head):
        return False
    if "had" in words[max(head - PERFECT_REACH, 0) : head]:
        return False
    after = words[last + 1 : last + 1 + WIRE_SPAN_REACH]
    for index, word in enumerate(after):
        if word in WIRE_SPAN_ENDS or _contact_relative(after, index):
            return False
        if word == "since":
            return disjoint_in(RECENT, after, index + 1, index + 4)
        if word in ("for", "over") and _span(after[index + 1 : index + 6], weeks=True):
            return word != "for" or words[last] not in TERMS
    return False


# "has for years accused the government of ...", "have for months demanded an end to ...",
# "has for years accepted deportation flights": the span stands between the perfect auxiliary
# and its participle instead of after the act (`_spanned`); the act is as much a standing one,
# background to the day's news (docs/labelling.md, section 1: habits and trends). Not "has for
# the first time" (no span) or a span of weeks or days (the story's own turn).
def _span_before_verb(words: list[str], head: int) -> bool:
    for index in range(head - 1, max(head - 1 - PERFECT_REACH - 4, 0), -1):
        word = words[index]
        if word == "for" and words[index - 1] in PERFECT:
            return _span(words[index + 1 : head])
        if word in PERFECT_BREAKS:
            return False
    return False


# Round 41 (false8): "For two years relatives of the victims have accused the authorities of
# ...", "Over the past decade the government has expelled ...": a sentence that opens on a span
# of months or more (no weeks: the story's own turn) tells its perfect act as a standing one, as
# the same span after the act or between the auxiliary and its participle does
# (docs/labelling.md, section 1: habits and trends). Not "For the first time" (no span).
SPAN_OPENERS: Final = frozenset({"for", "over"})
SPAN_OPENING_REACH: Final = 6  # words of the span after its "for"


def _span_opening(words: list[str], head: int) -> bool:
    return _span(words[1 : 1 + SPAN_OPENING_REACH]) and _perfect_clause(words, head)


def _span(words: list[str], weeks: bool = False) -> bool:
    """Words after "for", "in" or "over" that name a span; `weeks`: a span of weeks counts
    too ("have been on strike for weeks", "in recent weeks"; not "in two weeks", a date)."""
    for word in words:
        if word in SPAN_UNITS or (weeks and word == "weeks"):
            return True
        if word not in SPAN_COUNTS and word != "recent" and not word.isdigit():
            return False
    return False


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def is_year(word: str) -> bool:
    """`_year` for the other modules (a function, not an alias: see `clause_after`)."""
    return _year(word)


# Round 61 (false61): a noun phrase in apposition to the act's object, closed by commas ("seized
# the two towns, the largest in the east, in early 2024 and has since ..."), does not end the
# act's clause: the date after it is the act's (`_dated`). The apposition opens on an article,
# holds no verb, clause word or number and is at most `APPOSITION_REACH` tokens long, and a
# dating preposition follows its closing comma.
APPOSITION_REACH: Final = 10


def _apposition_end(words: list[str], comma: int) -> int:
    """Where the clause resumes after an apposition opening at the comma `comma`, or at the
    comma after a second noun joined by "and" there (the index after its closing comma), or
    -1."""
    if (
        comma + 3 < len(words)
        and words[comma] == "and"
        and words[comma + 2] == ","
        and words[comma + 1].isalpha()
        and not _past_tense(words[comma + 1])
    ):
        comma += 2  # "seized Goma and Bukavu, the ...": the object's second noun
    if comma + 2 >= len(words) or words[comma] != "," or words[comma + 1] not in ARTICLES:
        return -1
    for index in range(comma + 2, min(comma + 2 + APPOSITION_REACH, len(words) - 1)):
        word = words[index]
        if word == ",":
            return index + 1 if words[index + 1] in DATING else -1
        if (
            word in BACKGROUND_ENDS
            or not word.isalpha()
            or _past_tense(word)
            or word in clause_words.BE
        ):
            return -1
    return -1


def _past_apposition(words: list[str], last: int, clause: list[str]) -> list[str]:
    """The act's `clause`, carried on past an apposition closed by commas at its end ("seized
    the two towns, the largest in the east, in early 2024")."""
    closed = _apposition_end(words, last + 1 + len(clause))
    if closed < 0:
        return list(clause)
    return words[last + 1 : closed] + _clause_after(words, closed - 1, pairs=True)


def _dated(words: list[str], head: int, last: int) -> bool:
    """A year dating the act ("in 2012", "in June 2024", "on October 7, 2023", "from 1998 to
    2000"), "last year" or "a year ago" in the words after it in its clause. (A year opening
    the sentence, "In 2013, the tribunal found ...", is left alone: it cost the article set
    two required events and gained nothing on the wire sets.)"""
    if last - head > CONTENT_GAP and "that" in words[head:last]:
        return False  # "denied an allegation that he bribed a judge in 1994": its content's
    if not disjoint_in(RECENT, words, max(head - RECENT_REACH, 0), head):
        return False  # "on Tuesday lifted sanctions imposed six years ago"
    clause = _past_apposition(words, last, _clause_after(words, last, pairs=True))
    if _record_since(clause):
        return False  # "has met the opposition leader for the first time since 2022"
    if _period_ends(clause):
        return True  # "imposed curbs on steel, glass and tyres in 2020 after the clash"
    end = last + 1 + len(clause)
    if end + 1 < len(words) and words[end] in PHRASE_LINKS and words[end + 1] in DETERMINERS:
        # "seized the shoal after a standoff with the navy in 2012": a noun phrase after the
        # link, no clause, so its year dates the act too
        clause += [words[end], *_clause_after(words, end)]
    if _period_ends(clause):
        return True
    after = clause[:DATE_REACH]
    for index, word in enumerate(after):
        if word in RECENT and not _day_part_modifier(after, index):
            return False  # "signed a deal today to expand exports in 1991"
        if _year(word) and _dating(after, index):
            return True
        if word == "last" and index + 1 < len(after) and after[index + 1] in LAST_YEAR:
            return True  # "in June last year", "during last year's election campaign"
        if word == "ago" and index and after[index - 1] in AGO_UNITS:
            return True
    return False


# Round 52 (false52): two predicates of one subject joined by "and" share a date. "Iraq invaded
# and occupied Kuwait in 1990", "the rebels surrounded and shelled the town in 2012": the two verbs
# share the object, so the year after the second dates the first too (`_dated` stops its clause at
# "and"); "courted the islands with loans, and in 2022 proposed a pact": a year opening the second
# predicate dates its verb (the year opening the sentence, "In 2022, Beijing proposed", is left
# alone, as `_dated` says). Not a verb with an object of its own before the "and" ("invaded Kuwait
# and occupied it in 1990": the first clause is undated), nor a day of the story named before the
# act ("on Monday surrounded and shelled the town", `_dated`'s own test).
COORDINATED_ADVERBS: Final[frozenset[str]] = frozenset({"then", "later", "briefly", "also"})


def _coordinated_dated(words: list[str], head: int, last: int) -> bool:
    second = last + 2
    if second < len(words) and words[last + 1] == "and":
        if words[second] in COORDINATED_ADVERBS:
            second += 1
        return second < len(words) and _past_tense(words[second]) and _dated(words, second, second)
    return _year_opens_predicate(words, head)


def _year_opens_predicate(words: list[str], head: int) -> bool:
    """ "and in 2022 proposed", ", and in June 2024 signed": "in", a year (with its month or
    part) and the act's verb right after an "and"."""
    year = head - 1 if words[head - 1] != "," else head - 2
    if year < 3 or not _year(words[year]):
        return False
    opening = year - 1
    if words[opening] in YEAR_PARTS or words[opening] in month_names():
        opening -= 1
    return words[opening] == "in" and words[opening - 1] == "and" and _past_tense(words[head])


# Round 52 (false52): what "has to be", "needs to be" or "has yet to be" done ("The agreement still
# has to be ratified by both parliaments", "The accord needs to be signed by the two presidents",
# as "has yet to ratify" already was) is a requirement or a step not taken, no act
# (docs/labelling.md, section 1: plans and schedules). "Had to be" is a past necessity met ("the
# crowd had to be dispersed"), and "must" a demand, each as before.
REQUIRING: Final[frozenset[str]] = frozenset({"has", "have", "needs", "need", "still", "yet"})


def _still_required(words: list[str], head: int) -> bool:
    return words[head - 1] == "be" and words[head - 2] == "to" and words[head - 3] in REQUIRING


def _record_since(clause: Sequence[str]) -> bool:
    """ "for the first time since 2022", "the largest march since 1989": a record measured from
    a year (`RECORDS`), which dates no act ("the first accord in 2012" still does)."""
    if "since" not in clause:
        return False
    since = clause.index("since")
    return not RECORDS.isdisjoint(clause[:since])


LAST_YEAR: Final = frozenset({"year", "year's"})
# round 35: "was arrested in a midnight raid on his home in 2017", "detained in a dawn swoop in
# 2019": a part of the day after "a" or "an" describes the noun it stands before and names no
# day of the news, so the year still dates the act ("at dawn" or "overnight" alone still do).
DAY_PARTS: Final = frozenset(
    {"dawn", "midnight", "overnight", "night", "morning", "weekend", "noon"}
)


def _day_part_modifier(clause: Sequence[str], index: int) -> bool:
    return clause[index] in DAY_PARTS and index > 0 and clause[index - 1] in INDEFINITE_ARTICLES


def _names_recent(clause: Sequence[str]) -> bool:
    if RECENT.isdisjoint(clause):
        return False  # most clauses: no day named, one test in C
    return any(
        word in RECENT and not _day_part_modifier(clause, index)
        for index, word in enumerate(clause)
    )


RECENT_REACH: Final = 4  # tokens before an act looked at for its day


def _period_ends(clause: Sequence[str]) -> bool:
    """The act's clause, however long its chain of phrases, ends in a period of the past: "in
    2012", "in April 2023" ("was seized by the group in the first days of the war in April
    2023"). A day's date, "on March 13, 2018", is the news's own and is looked at only near
    the act."""
    if len(clause) < 2 or not _year(clause[-1]) or _names_recent(clause):
        return False
    before = clause[-2]
    if before in YEAR_PARTS and len(clause) > 2:
        return clause[-3] == "in"  # "in late 2021"
    return before == "in" or (before in month_names() and len(clause) > 2 and clause[-3] == "in")


PHRASE_LINKS: Final = frozenset({"after", "following", "amid", "despite"})


def _dating(after: Sequence[str], index: int) -> bool:
    """Whether the year at `index` dates something ("in 2012", "June 2024", "7, 2023", "1998
    to 2000"), rather than naming a noun's year ("in 2016 letter", "a blow to 2015 deal")."""
    if index > 1 and after[index - 1] in ("a", "the") and after[index - 2] in DATING:
        # "seized power in a 2021 coup": the year of the act's own noun; not of what the act is
        # about ("defended Hungary over claims of fraud in the 2018 election")
        return CONTENT_OPENERS.isdisjoint(after[:index])
    if index + 1 < len(after) and after[index + 1] not in AFTER_DATE:
        return False
    previous = after[index - 1] if index else ""
    if previous == "to":
        return index > 1 and _year(after[index - 2])
    if previous in YEAR_PARTS and index > 1:
        return after[index - 2] in DATING  # "in late 2021"
    return previous in DATING or previous in month_names() or previous == ","


def _dated_antecedent(words: list[str], head: int) -> bool:
    """ "fought a border war from 1998 to 2000 that killed thousands": an act in a relative
    clause on a noun the sentence dates years back is as old as it."""
    relative = _relative_before(words, head)
    if relative < 1 or not disjoint_in(RECENT, words, head + 1, head + 1 + DATE_REACH):
        return False  # "a pact proposed in 2022 that Fiji rejected on Monday": the day's act
    return any(
        _year(words[index]) and _year_dates(words, index)
        for index in range(max(relative - ANTECEDENT_REACH, 1), relative)
    )


# Round 52 (false52): the relative clause may hold its own subject ("proposed a security pact in
# 2022 that several leaders turned down", "signed a treaty in 1994 which parliament later
# rejected"): up to `RELATIVE_SUBJECT_REACH` words of a noun phrase between "that" or "which" and
# the act's verb, none of them a verb, a clause's break or a day of the story.
RELATIVE_SUBJECT_REACH: Final[int] = 3


def _relative_before(words: list[str], head: int) -> int:
    """Where the relative pronoun of the act's clause stands (right before the act, or before
    its subject), else -1."""
    if words[head - 1] in RELATIVES:
        return head - 1
    if not _past_tense(words[head]):
        return -1
    for index in range(head - 2, max(head - 2 - RELATIVE_SUBJECT_REACH, 0), -1):
        word = words[index]
        if word in THING_RELATIVES:
            return index
        if not word.isalpha() or _past_tense(word) or word in RECENT or word in BACKGROUND_ENDS:
            return -1
    return -1


def _year_dates(words: Sequence[str], index: int) -> bool:
    """Whether the year at `index` dates what stands before it: "in 2008", "from 1998 to 2000",
    and with its month or part of the year between, "in June 2008", "in late 2021"."""
    before = words[index - 1]
    if (before in month_names() or before in YEAR_PARTS) and index > 1:
        before = words[index - 2]
    return before in DATING or before == "to"


ANTECEDENT_REACH: Final = 6


# round 33: an act in a ", when" aside after a noun phrase the sentence dates by a year ("marched
# to mark the anniversary of the 2019 uprising, when police killed 200 people", "met the families
# of the victims of the 2019 massacre, when soldiers shot dead 40 villagers", "the coup in 2021,
# when the army seized power") tells what that past event was: background (docs/labelling.md,
# section 1), whatever the main clause tells. Not with the news's day before the comma ("on
# Monday, when police fired"), nor after a day's date ("on March 3, 2024, when"), which is the
# news's own.
def _dated_when_aside(words: list[str], head: int) -> bool:
    for link in range(head - 1, max(head - 1 - SUBORDINATE_REACH, 1), -1):
        word = words[link]
        if word == "when":
            if words[link - 1] != ",":
                return False
            before = words[max(link - 1 - ANTECEDENT_REACH, 0) : link - 1]
            return RECENT.isdisjoint(before) and any(
                _year(year) and (index == 0 or before[index - 1] != ",")
                for index, year in enumerate(before)
            )
        if word in SUBORDINATE_BREAKS or word in RELATIVES:
            return False
    return False


# "Relations plunged in 2020 after Australia called for an inquiry", "Trade recovered last
# year after Beijing lifted the tariffs": an act in an "after" or "when" clause of a main
# clause dated years back is as old as it (the main clause's own act is the story's context).
SUBORDINATE_LINKS: Final = frozenset({"after", "when", "before"})
SUBORDINATE_REACH: Final = 5  # tokens from the link to the act ("after the two countries signed")
SUBORDINATE_BREAKS: Final = CLAUSE_OR_SAYING_BREAKS
LAST_UNITS: Final[frozenset[str]] = frozenset({"year", "decade"})


def _dated_subordinate(words: list[str], head: int) -> bool:
    link = link_before(words, head - 1, SUBORDINATE_REACH, SUBORDINATE_LINKS, SUBORDINATE_BREAKS)
    if link < 0:
        return False
    one, two = words[link - 2] if link > 1 else "", words[link - 1]
    return (
        (_year(two) and one in DATING)
        or (one == "last" and two in LAST_UNITS)
        or (two == "ago" and one in AGO_UNITS)
    )


# round 36: "Five days of fighting in July 2025 killed 43 people ... before a truce was
# mediated by X", "fought their deadliest clashes in October 2025, when ..., before Qatar and
# Turkey mediated a truce": an "after", "when" or "before" clause joined to a clause dated by a
# year ("in 2025", "in July 2025", "in early 2025") is as much the past the sentence recalls as
# that clause (every such sentence of the open sets is background). Not a year of a noun ("the
# 2019 protests") or a deadline ("by 2030"); a speaker's verb or a semicolon between them ends
# the look.
DATED_CLAUSE_BREAKS: Final = frozenset({";", ":", "said", "says", "told"})
LINK_BREAKS: Final = SUBORDINATE_BREAKS - {"and"}  # "before Qatar and Turkey mediated"


def _after_dated_clause(words: list[str], head: int) -> bool:
    for link in range(head - 1, max(head - 1 - SUBORDINATE_REACH, 0), -1):
        word = words[link]
        if word in LINK_BREAKS:
            return False
        if word in SUBORDINATE_LINKS:
            return _main_clause_dated(words, link)
    return False


# "Mensah was convicted in March 2023 of fraud and was later stripped of his seat", "was
# arrested in 2021 and subsequently expelled": an act joined by "and ... later" to a clause
# dated by a year followed that past act, and is as much the past the sentence recalls
# (docs/labelling.md, section 1: background). Not "and later on Monday" (the caller looks for a
# year before the "and" only; a day of the story named after "later" keeps the act).
LATER_WORDS: Final = frozenset({"later", "subsequently"})
LATER_DAY_REACH: Final = 8  # tokens after the act a day of the story stands in ("... on Monday")


def _later_than_dated(words: list[str], head: int) -> bool:
    index = head - 1
    while index > 0 and words[index] in AUXILIARIES:
        index -= 1
    if index < 2:
        return False
    if words[index] not in LATER_WORDS:
        # round 44: the bare "and" too ("seized the town once before, in 2012, and withdrew
        # under pressure", "said in December 2023 that ..., and dissolved parliament"): a verb
        # sharing the dated clause's subject is as old as its act, unless the story's day is
        # named anywhere before it ("arrested on Monday a man wanted since a raid in 2019 and
        # charged him") or soon after it, and not after a span's starting point ("thanked
        # Jordan for its support since the fall of the government in December 2024 and
        # invited": that year dates the "since", not the thanks).
        return (
            words[index] == "and"
            and disjoint_in(RECENT, words, 0, index)
            and "since" not in words[:index]
            and disjoint_in(RECENT, words, head + 1, head + 1 + LATER_DAY_REACH)
            and _main_clause_dated(words, index)
        )
    if not disjoint_in(RECENT, words, head + 1, head + 1 + LATER_DAY_REACH):
        return False
    link = index - 1
    while link > 0 and words[link] in AUXILIARIES:
        link -= 1
    if words[link] == "and" and _main_clause_dated(words, link):
        return True
    # round 44: "later" after a year anywhere before it, with no day of the story named ("During
    # the 2011 floods the governor clashed with the minister, who later dismissed him", "who
    # seized power in a 1994 coup, at first conceded defeat but later rejected the results"):
    # later than a past the sentence dates is past too (all 13 open sentences with a year
    # before "later" are background); not a deadline's year ("by 2030").
    return disjoint_in(RECENT, words, 0, index) and any(
        _year(word) and words[position - 1] not in DEADLINES
        for position, word in enumerate(words[1:index], 1)
    )


DEADLINES: Final = frozenset({"by", "until", "till", "before"})


def _main_clause_dated(words: list[str], link: int) -> bool:
    for index in range(link - 1, 0, -1):
        word = words[index]
        if word in DATED_CLAUSE_BREAKS:
            return False
        if _year(word):
            before = words[index - 1]
            if before in month_names() or before in YEAR_PARTS:
                before = words[index - 2] if index > 1 else ""
            if before == "in":
                return True
    return False


# round 33: an act in an "after" clause set off by a comma and a counted span of months or years
# (", a year after police killed 50 protesters", ", two years after Mexico granted asylum to",
# "Nearly two years after the army seized power, ...") is the reference point the news is measured
# from, told as background (docs/labelling.md, section 1: "came days after", events named only as
# a time reference). Not days, weeks or hours (the same story's last turn), and not a span with no
# comma before it ("jailed for 15 years after a court found him guilty": a term, not a distance).
SPAN_AFTER_UNITS: Final[frozenset[str]] = frozenset(
    "year years decade decades month months".split()
)
SPAN_AFTER_COUNTS: Final[frozenset[str]] = TALLY_WORDS | frozenset({"a", "several", "some"})
SPAN_AFTER_HEDGES: Final[frozenset[str]] = frozenset(
    "nearly almost about just barely only exactly over more than some".split()
)


def _span_after(words: list[str], head: int) -> bool:
    for link in range(head - 1, max(head - 1 - SUBORDINATE_REACH, 2), -1):
        word = words[link]
        if word == "after":
            if words[link - 1] not in SPAN_AFTER_UNITS:
                return False
            count = link - 2
            if not (words[count] in SPAN_AFTER_COUNTS or words[count].isdigit()):
                return False
            opener = count - 1
            while opener >= 0 and words[opener] in SPAN_AFTER_HEDGES:
                opener -= 1
            return opener < 0 or words[opener] == ","
        if word in SUBORDINATE_BREAKS:
            return False
    return False


PLAN_MODALS: Final[frozenset[str]] = clause_words.BARE_MODALS - {"shall"}  # will would
# The bare modals of a plan and words of a date ahead ("is due to", "is expected to"), also
# `background`'s cue for a plan, looked for at once.
FUTURE_MARKS: Final = PLAN_MODALS | {"expected", "due", "scheduled", "set"}
EXERCISES: Final[frozenset[str]] = frozenset(
    {"exercises", "exercise", "drills", "drill", "maneuvers", "manoeuvres"}
)


# Round 51 (false51): a meeting, visit or journey on the calendar ("is due to meet Erdogan next
# month", "said he would meet the Syrian minister in Ankara on Thursday", "is due to travel to
# Kyiv next month") is a plan, not news (docs/labelling.md, section 1: plans and schedules, "is
# due to meet"): of the 39 open sentences that plan a meeting, visit, journey or sending with
# "will", "would", "due to" or "expected to", 33 are labelled irrelevant (the 6 relevant promise
# aid or troops, 03 and 15, or name no date). Only with a date ahead after the verb; an
# agreement or offer to meet ("agreed to meet", "offered to host talks") stays 03, and a
# withdrawal or a deployment for next week stays coded.
MEETING_HEADS: Final[frozenset[str]] = frozenset("meet meets visit visits travel".split())
HOSTING: Final = frozenset({"hold", "host"})  # "is due to hold talks", not "hold a sit-in"
MEETING_NOUNS: Final = frozenset({"talks", "meeting", "meetings", "summit", "consultations"})
# "is due to take part in the drills from Thursday": "due" or "scheduled" alone puts drills on
# the calendar; "will" and "would" with a date ahead (`_date_ahead`)
TIMETABLED: Final = frozenset({"due", "scheduled"})


def _scheduled(words: list[str], head: int, last: int) -> bool:
    """ "will hold their largest joint exercises next month", "will begin their annual drills
    next week", "are due to take part in the drills": routine exercises on the calendar are a
    plan, not news; so is a meeting or visit with a date ahead ("is due to visit Algeria next
    week", "would meet the minister on Thursday": `MEETING_HEADS`). A withdrawal announced for
    next week is coded."""
    near = words[max(head - SPECULATION_REACH, 0) : head]
    if FUTURE_MARKS.isdisjoint(near):
        return False
    after = _clause_after(words, last)
    if disjoint_in(EXERCISES, words, head, last + 1) and disjoint_in(EXERCISES, after, 0, 5):
        return _meeting_planned(words, head, last) and _date_ahead(after)
    return not TIMETABLED.isdisjoint(near) or _date_ahead(after)


def _meeting_planned(words: list[str], head: int, last: int) -> bool:
    """Whether the planned act at `head` (to `last`) is a meeting, a visit, a journey or
    what is sent on one, on no condition."""
    word = words[head]
    if not (
        word in MEETING_HEADS
        or (word in HOSTING and not disjoint_in(MEETING_NOUNS, words, head + 1, last + 3))
        or _sent_on_plan(words, head)
    ):
        return False
    # "would hold a second sit-in on Wednesday if those detained were not freed": a condition
    # makes the plan a threat or a promise (docs/labelling.md, point 9)
    return disjoint_in(FAR_CONDITIONS, words, last + 1, len(words))


def _date_ahead(after: list[str]) -> bool:
    """Whether the words after a planned act date it ahead: "next week", "later this month",
    "in the coming days", or a weekday ("on Thursday", "from Thursday to Saturday": after
    "will" or "due to", the week's coming day)."""
    for index in range(len(after)):
        word = after[index]
        following = after[index + 1] if index + 1 < len(after) else ""
        if word == "next" and following in CALENDAR_UNITS:
            return True
        if word == "later" and following == "this":
            return True
        if word == "the" and following == "coming" and index and after[index - 1] == "in":
            return True
        if word in WEEKDAY_LINKS and following in WEEKDAYS:
            return True
    return False


WEEKDAY_LINKS: Final = frozenset({"on", "from", "until", "by"})
SENT_REACH: Final = 3  # tokens from a sending verb to the noun it sends ("send a mediation")
SENDING: Final = frozenset({"send", "dispatch", "deploy"})


def _sent_on_plan(words: list[str], head: int) -> bool:
    """ "will send a mediation mission to Bissau next week": the noun sent on a planned journey
    names what the journey is for (the planning word is the caller's)."""
    for index in range(head - 1, max(head - 1 - SENT_REACH, -1), -1):
        if words[index] in SENDING:
            return True
        if words[index] not in DETERMINERS and words[index] not in QUANTIFIERS:
            return False
    return False


WARNING: Final = frozenset({"warned", "warns", "warn", "warning"})
CALAMITIES: Final = frozenset(
    "famine hunger starvation disease diseases cholera epidemic violence fighting unrest chaos "
    "conflict crisis instability drought flooding floods shortages".split()
    # round 33: hardships of the household and the budget ("the minister warned that fuel prices
    # would rise further", "warned of higher energy bills", "warned that the deficit would widen"):
    # a forecast, no harm the speaker will cause (docs/labelling.md, section 4, point 9); not
    # "economy" or "price" ("warned that Iran's economy would be crushed", "would pay a price")
    + "prices bills costs rents fares inflation recession deficit deficits debt unemployment "
    "layoffs blackouts outages".split()
)
CALAMITY_REACH: Final = 4  # tokens from "warned" to the calamity ("warned that the famine")


def _warned_of_calamity(words: list[str], head: int) -> bool:
    """ "Aid agencies warned that famine could spread": a warning of what may befall people,
    not a threat made to a party."""
    if words[head] not in WARNING:
        return False
    following = words[head + 1 : head + 1 + CALAMITY_REACH]
    return not CALAMITIES.isdisjoint(following) and ("that" in following or "of" in following[:1])


WARNED_REACH: Final = 10  # tokens from "warned" to the hedge of what it warns of
# The speaker's own side as the subject of what may happen ("warned that it could respond",
# "warned that its forces may strike"): a threat, as are the acts a hedge holds over its
# addressee ("could face sanctions", "could be targeted", "a response").
WARNER_SIDE: Final = frozenset(
    "it its we our they their he his she her us anyone whoever those".split()
)
WARNED_THREATS: Final = frozenset(
    "face faced response respond responses retaliate retaliation retaliatory consequences "
    "countermeasures reprisals targeted target targets punished prosecuted arrested expelled "
    "sanctioned met treated considered regarded seen viewed deemed legitimate".split()
)
WARNED_STOPS: Final = frozenset({";", ":", ".", "would", "will", "must", "to"})


def _warned_possibility(words: list[str], head: int) -> bool:
    """ "Aid workers warned that further attacks could force thousands to flee", "officials
    warned the fighting could disrupt the harvest", "warned that the insurgents could strike
    again": a warning of what may happen, told with "could", "may" or "might" and with
    someone other than the speaker as its subject, threatens no one; the act inside it is not
    news either (docs/labelling.md, section 4, point 9). "warned that it could respond",
    "warned that violators could face arrest" and "warned it would close the border" stay
    threats."""
    start = max(head - WARNED_REACH, 0)
    warned = -1
    for index in range(head, start - 1, -1):
        word = words[index]
        if word in WARNING:
            warned = index
            break
        if word in WARNED_STOPS or word in WARNER_SIDE:
            return False
    if warned < 0:
        return False
    end = min(warned + 1 + WARNED_REACH, len(words))
    for index in range(warned + 1, end):
        word = words[index]
        if word in WARNED_STOPS or word in WARNER_SIDE:
            return False
        if word in HEDGES:
            return index > warned + 1 and WARNED_THREATS.isdisjoint(
                words[index + 1 : index + 1 + WARNED_REACH]
            )
    return False


def _experts_warn(words: list[str], head: int) -> bool:
    """ "Economists warn that a long trade war could push Canada into recession": analysts
    and economists forecast, they threaten no one."""
    return words[head] in WARNING and not disjoint_in(SPECULATORS, words, max(head - 3, 0), head)


def _since_clause(words: list[str], head: int) -> bool:
    """ "their first meeting since the M23 rebels captured Goma": the act after "since" is
    the reference point of the sentence, not its news."""
    for index in range(head - 1, max(head - 1 - SINCE_REACH, -1), -1):
        word = words[index]
        if word == "since":
            return index + 1 < head
        if word in SINCE_BREAKS:
            return False
    return False


def _in_context_sentence(words: list[str], head: int) -> bool:
    """ "The launches came hours after ...", "The protests erupted after ...", "The strikes
    came despite ...": a sentence about an act already reported, which it only dates or
    sets in context; none of its acts is news (after "followed", none in its object: `head`)."""
    if not words or words[0] != "the":
        return False
    start = 2
    if len(words) > 2 and words[2] == ",":  # "The protests, led by a senior cleric, began"
        closing = [i for i in range(3, min(3 + ASIDE_REACH, len(words))) if words[i] == ","]
        start = closing[0] + 1 if closing else len(words)
    for index in range(start, min(start + 3, len(words))):
        if words[index] in CAUSED and words[index - 1] in ("was", "were"):
            # "The fighting was triggered by an attack on tourists in April": its cause told
            return index + 1 < len(words) and words[index + 1] == "by"
        if words[index] in CONTEXT_VERBS:
            following = words[index + 1 : index + 1 + CONTEXT_REACH]
            if words[index] in FOLLOWING_ACTS:
                # round 35: "The expulsions followed the arrest of ...", "The move follows
                # reports that ...": the verb is itself the link (not "followed by"); an act
                # after an "and" is the subject's own next deed ("The police followed the
                # marchers and arrested 20")
                return (
                    index < head
                    and words[index + 1] != "by"
                    and "and" not in words[index + 1 : head]
                )
            return not CONTEXT_LINKS.isdisjoint(following)
    return False


# round 41: "Her remarks came a day after a newspaper reported that the army had drawn up
# options for strikes", "The kidnapping was the first in years and came days after militants
# seized scores of villagers": whatever the subject ("the", a possessive, a name) and wherever
# its "came" stands, the act of the clause that "came ... after" or "following" opens is the
# earlier event the report is measured from (docs/labelling.md, section 1: "came days after").
# The act before "came" is the sentence's own; a speaker's verb or a semicolon after the link
# opens another clause ("..., and police said they arrested 12": kept).
CAME: Final = frozenset({"came", "comes"})
CAME_LINKS: Final = frozenset({"after", "following"})
CAME_BREAKS: Final = frozenset({";", ":", "said", "says", "told"})


def _came_after(words: list[str], head: int) -> bool:
    for index in range(head - 1, 0, -1):
        word = words[index]
        if word in CAME_BREAKS:
            return False
        if word in CAME_LINKS:
            return not disjoint_in(CAME, words, max(index - CONTEXT_REACH, 0), index)
    return False


ASIDE_REACH: Final[int] = 10  # tokens of an aside after the sentence's subject
# A sentence on how relations stand: "Relations between the neighbours soured after their
# troops clashed", "Ties have been strained since Japan began releasing the water, prompting
# Beijing to ban ...". Its acts are the history of the relations, context of the report.
RELATIONS: Final[frozenset[str]] = frozenset({"relations", "ties", "relationship"})
RELATIONS_OPENING: Final = 3  # tokens at the sentence's start the relations' noun stands in
RELATIONS_CHANGE: Final[frozenset[str]] = frozenset(
    "soured plunged plummeted tumbled deteriorated worsened improved thawed warmed stabilised "
    "stabilized recovered cooled frayed strained tense normalised normalized".split()
)
RELATIONS_REACH: Final = (
    12  # tokens from the relations' noun to its verb ("Relations between ... soured")
)


def _relations_told(words: list[str], head: int) -> bool:
    """The act comes after the verb of a sentence whose subject is the relations between
    parties and whose verb tells how they changed or stand."""
    if disjoint_in(RELATIONS, words, 0, RELATIONS_OPENING):
        return False
    start = next(i for i in range(RELATIONS_OPENING) if words[i] in RELATIONS)
    return not disjoint_in(RELATIONS_CHANGE, words, start + 1, min(head, start + RELATIONS_REACH))


CAUSED: Final = frozenset("triggered sparked prompted caused provoked fuelled fueled".split())


# round 37: "He denies all the charges", "She denies any wrongdoing": the charge after one or
# two determiners is still the charge a standing denial answers (a news site's court report
# tells the accused's plea so, labelled irrelevant; "denies the charges" already was).
DENIAL_DETERMINERS: Final = 2


def _charge_after_determiners(words: list[str], start: int) -> bool:
    """A charge or wrongdoing after at most two determiners from `start`."""
    for index in range(start, min(start + DENIAL_DETERMINERS + 1, len(words))):
        if words[index] in DENIED_CHARGES or words[index] in WRONGDOING:
            return True
        if words[index] not in DETERMINERS:
            return False
    return False


# round 37: "The unrest grew out of marches over the death of a student, which activists blamed on
# the police", "Turnout was lower, which officials blamed partly on the rules": blame told in a
# relative clause on the noun before it says how that event is seen, as "..., which Kabul denies"
# does (every such sentence of the open sets is labelled irrelevant); the subject's own blame
# ("The government, which blamed the attack on the rebels, said") is left alone, and so is one in
# a sentence naming the news's day ("Students marched on Tuesday over the killing of a classmate,
# which activists blamed on the police": round 35's types2 codes the blame with the march).
BLAMING: Final = frozenset({"blamed", "blames"})
OBJECT_RELATIVE_REACH: Final = (
    4  # tokens from "which" to the verb ("which the army's chief blamed")
)


def _object_relative(words: list[str], head: int) -> bool:
    """Whether the verb at `head` has "which" before its own subject (", which X blamed")."""
    start = max(head - OBJECT_RELATIVE_REACH, 0)
    if "which" not in words[start : head - 1] or not RECENT.isdisjoint(words):
        return False
    return words[head - 1] not in RELATIVE_AUXILIARIES


def _standing(words: list[str], head: int) -> bool:
    """A standing position or a habit, not an act of the day: "Rwanda denies backing the
    rebels", "..., which Kabul denies", "Belarus rejects the accusation", "Russia has denied
    meddling", "Serbia does not recognize Kosovo"."""
    word = words[head]
    following = words[head + 1] if head + 1 < len(words) else ""
    if word in DENIALS:
        return (
            following.endswith("ing")
            or following in ("", ",", ";")
            or following in DENIED_CHARGES
            or (following in DETERMINERS and _charge_after_determiners(words, head + 1))
            or "which" in words[max(head - 4, 0) : head]
        )
    if word == "denied" and _perfect(words, head):
        return following.endswith("ing")
    if word in BLAMING:
        return _object_relative(words, head)
    if word in RECOGNISING:
        if word in PRESENT_RECOGNISING and disjoint_in(NOT_STANDING_RECOGNITION, words, 0, head):
            return True  # "only Ankara recognises the Turkish Cypriot state"
        return head > 1 and words[head - 1] == "not" and words[head - 2] in ("does", "do")
    if word in SHELTERING:
        return _counted_after(words, head)
    return False


# Round 51 (false51): the third person's present of recognising ("only Ankara recognises the
# breakaway state") is a standing recognition, as "does not recognise" is a standing refusal
# (docs/labelling.md, section 1: standing positions); the day's recognition is told in the past
# or perfect ("recognised", "has recognised"), or said ("said it recognises": the saying is the
# day's). Of the 3 open sentences so told, none is relevant. A state that "shelters" or "hosts"
# a counted people ("Thailand shelters more than 80,000 refugees", "hosts about 1.3 million
# Syrians") tells a standing arrangement; all 4 open such sentences are irrelevant.
PRESENT_RECOGNISING: Final = frozenset({"recognizes", "recognises"})
NOT_STANDING_RECOGNITION: Final = frozenset(
    "said says say told announced announces declared declares stated states added".split()
)
SHELTERING: Final = frozenset({"shelters", "hosts", "houses"})
# (the counts themselves, "hundreds", "thousands", "millions", end the search in `_counted_after`)
COUNT_OPENERS: Final = frozenset(
    "more than over about some nearly almost around roughly at least up to an estimated "
    "tens".split()
)
COUNT_REACH: Final = 4  # tokens after the verb to the count's number ("more than 80,000")


def _counted_after(words: list[str], head: int) -> bool:
    """Whether a count of people follows the verb at `head` ("more than 80,000", "millions")."""
    for index in range(head + 1, min(head + 1 + COUNT_REACH, len(words))):
        word = words[index]
        if word[:1].isdigit() or word in CROWDS or word == "millions":
            return True
        if word not in COUNT_OPENERS:
            return False
    return False


def _speculated(words: list[str], head: int) -> bool:
    """ "Analysts say Beijing could step up pressure": an act an analyst supposes. Round 52
    (false52): also one an analyst's hedge stands before ("Analysts said the timing of the drills
    appeared designed to strengthen Ankara's hand in the talks", "Experts say the launch was
    probably meant to test a new engine"): the analyst's judgement, no act told (docs/labelling.md,
    section 1: speculation, analysis); not a hedge after the act ("Analysts said the arrests were
    probably meant to intimidate": the arrests are told, their motive judged)."""
    near = words[max(head - SPECULATION_REACH, 0) : head]
    if SPECULATIVE_MODALS.isdisjoint(near):
        return _hedged_by_analyst(words, head)
    return not disjoint_in(SPECULATORS, words, 0, head)


def _hedged_by_analyst(words: list[str], head: int) -> bool:
    """A hedge (appeared, likely, probably, apparently ...) between the last analyst named before
    the act and the act, with no clause's break (a semicolon, a colon) between them."""
    hedged = False
    for index in range(head - 1, -1, -1):
        word = words[index]
        if word in SPECULATORS:
            return hedged
        if word in (
            "appeared",
            "appears",
            "seemed",
            "seems",
            "likely",
            "unlikely",
            "probably",
            "possibly",
            "apparently",
        ):
            hedged = True
        elif word == ";" or word == ":":
            return False
    return False


SWEARING: Final = frozenset({"swore", "sworn", "swear", "swears", "swearing"})


def _sworn_in(words: list[str], head: int) -> bool:
    """ "Lawmakers swore in the interim president": a ceremony, not a vow."""
    return words[head] in SWEARING and head + 1 < len(words) and words[head + 1] == "in"


# What a planned act is said to hold: "the talks would cover trade", "will focus on".
CONTENT_VERBS: Final = frozenset(
    "cover focus include address concentrate centre center deal involve last run discuss".split()
)


def _planned_content(words: list[str], head: int, last: int) -> bool:
    """ "The ministry said the talks would cover trade and energy": the subject of a modal
    and a verb of content is a planned act described, not one reported."""
    if last + 2 >= len(words) or words[last + 1] not in PLAN_MODALS:
        return False
    return words[last + 2] in CONTENT_VERBS and head > 0 and words[head - 1] in DETERMINERS


STANDING_CUES: Final = DENIALS | RECOGNISING | DENYING | BLAMING | SHELTERING
# What a text says, in the present tense: "The resolution calls for a ceasefire", "the treaty
# covers attacks on coast guard vessels".
DOCUMENT_VERBS: Final = frozenset(
    "calls provides covers envisages envisions requires commits obliges stipulates foresees "
    "demands urges grants guarantees allows prohibits bans bars forbids outlaws permits".split()
)
TEXTS: Final = DOCUMENTS | frozenset({"pact", "pacts", "memorandum", "charter", "constitution"})
DOCUMENT_REACH: Final = (
    5  # tokens from the text's noun to its verb ("treaty with the Philippines covers")
)

BACKGROUND_CUES: Final = (
    PERFECT
    | KILLING
    | STANDING_CUES
    | SPECULATORS
    | WARNING
    | SWEARING
    | FUTURE_MARKS
    | CONTEXT_VERBS
    | CAUSED
    | DOCUMENT_VERBS
    | DETAINED_BY
    | PUNISHING
    | {"since", "ago", "last", "arrested"}
    | SPAN_WORDS
    | CHARGE_WORDS
    | {"including"}
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")  # a cheap look for a year: no word boundaries


def _holds_year(text: str) -> bool:
    """Whether `text` holds a match of `_YEAR`. None is in a text without "19" or "20" (most
    sentences): two substring tests skip the regex there, which tests every character for its
    opening class (about 5,000 instructions a sentence)."""
    return ("19" in text or "20" in text) and _YEAR.search(text) is not None


def _document_says(words: list[str], head: int) -> bool:
    """ "The resolution calls for an immediate ceasefire", "its defense treaty with the
    Philippines covers attacks on coast guard vessels": what a text provides for is no act of
    a party (the act of adopting or signing it is; "adopted a resolution calling for")."""
    for verb in range(head, max(head - DOCUMENT_REACH * 2, 0), -1):
        if words[verb] in DOCUMENT_VERBS:
            break
    else:
        return False
    for index in range(verb - 1, max(verb - 1 - DOCUMENT_REACH, -1), -1):
        word = words[index]
        if word in TEXTS:
            return True
        if word in CLAUSE_MARKS_EXISTENCE or word in RELATIVES:
            return False
    return False


# Measures that, as the subject of a verb in the present, tell what they do: their content.
MEASURES: Final[frozenset[str]] = TEXTS | frozenset(
    "measures sanctions package packages rules regulations restrictions ban bans order orders "
    "reform reforms".split()
)
MEASURE_OPENERS: Final[frozenset[str]] = frozenset({"the", "these", "those", "its", "their"})
MEASURE_SUBJECT: Final = 3  # tokens of "The (new) measures" before their verb


def _measure_does(words: list[str], head: int) -> bool:
    """ "The measures freeze the officials' assets and bar them from entering the bloc", "The
    new sanctions target judges": a measure or a text as the subject of an act verb in the
    present tells what it does, as "the resolution calls for" does; the act of imposing it is
    the news ("imposed sanctions that freeze ...")."""
    if head < 2 or words[0] not in MEASURE_OPENERS:
        return False
    subject = next((i for i in range(1, MEASURE_SUBJECT) if words[i] in MEASURES), 0)
    verb = _after_adverbs(words, subject + 1, head)  # "The sanctions generally bar"
    if not subject or head < verb or not _present_verb(words[verb]):
        return False
    # the measure's own verb, or one joined to it ("freeze the assets ... and (generally) bar
    # them")
    joined = head - 1
    while joined > verb and words[joined].endswith("ly"):
        joined -= 1
    return head == verb or (words[joined] == "and" and _present_verb(words[head]))


# round 48 (false48): "The compact, first signed in 1986, gives the United States exclusive
# military access ... in exchange for aid", "The package, drawn up by the Commission, includes a
# ban on ...", "a clause giving the partner first refusal": a text or a measure that gives,
# grants, includes or contains something tells its content, as "the resolution calls for" does
# (`_document_says`); the act named in its object is what the text holds, not an act that took
# place. The text is the word right before the verb (over "also") or, over an aside set off by
# commas, the subject that opens the sentence ("The package, drawn up by ..., includes").
# Acts before the verb stay ("condemned an agreement giving Ethiopia access to the sea"), and
# so does an act after a comma or a clause's break ("..., a clause critics have called").
# "including" is left out: "further sanctions, including measures targeting its fleet" lists
# the acts of a proposal the sentence reports.
GIVING_VERBS: Final = frozenset(
    "gives give giving grants grant granting includes include contains contain".split()
)
GIVING_TEXTS: Final = MEASURES | frozenset(
    "compact compacts clause clauses contract contracts arrangement arrangements".split()
)
GIVING_REACH: Final = (
    14  # tokens from the text's verb to the act ("gives X ... in exchange for aid")
)
GIVING_SUBJECT: Final = (
    6  # tokens of the subject before its aside ("The compact of free association,")
)
GIVING_BREAKS: Final = CLAUSE_MARKS_EXISTENCE | RELATIVES | frozenset({"said", "says", "but"})


def _text_holds(words: list[str], head: int) -> bool:
    """Whether the act at `head` is the object of a text's "gives", "includes" (`GIVING_VERBS`)
    or is that verb itself, the text its subject (`GIVING_TEXTS`)."""
    for verb in range(head, max(head - GIVING_REACH, 0) - 1, -1):
        word = words[verb]
        if word in GIVING_VERBS:
            break
        if word in GIVING_BREAKS:
            return False
    else:
        return False
    subject = verb - 1
    while subject > 0 and (words[subject] == "also" or words[subject].endswith("ly")):
        subject -= 1
    if words[subject] in GIVING_TEXTS:
        return True
    if words[subject] != "," or words[0] not in MEASURE_OPENERS:
        return False
    # "The package, drawn up by the European Commission, includes", "The compact of free
    # association, first signed in 1986, gives": the aside closes right before the verb and
    # opens after the sentence's subject, a text named in its first words
    opening = words.index(",")
    return (
        opening < subject
        and opening <= GIVING_SUBJECT
        and not disjoint_in(GIVING_TEXTS, words, 1, MEASURE_SUBJECT)
    )


def _after_adverbs(words: list[str], index: int, limit: int) -> int:
    """The first word from `index` on (up to `limit`) that is no adverb in "-ly"."""
    while index < limit and words[index].endswith("ly"):
        index += 1
    return index


def _present_verb(word: str) -> bool:
    return word.isalpha() and not word.endswith("ed")


HELD: Final[frozenset[str]] = DETAINED_BY | {"arrested"}
HELD_WHEN: Final = frozenset({"during", "in", "after", "over", "at", "since", "following"})


def _people_described(words: list[str], head: int) -> bool:
    """ "dozens of protesters arrested during demonstrations in July remain behind bars": a
    participle after a plural noun describes the people by an earlier arrest; it reports none
    (headlines, "Dozens arrested in Tbilisi", are not looked at here)."""
    if head < 1 or head + 1 >= len(words) or words[head + 1] not in HELD_WHEN:
        return False
    if _counted_object(words, head + 1):
        return False  # "Officers detained at least 15 people": the count is the verb's object
    before = words[head - 1]
    if before in NOT_A_NOUN or before in CROWDS or not before.isalpha():
        return False
    return before.endswith("s") or before in IRREGULAR_PLURALS


def _counted_object(words: list[str], preposition: int) -> bool:
    """ "at least 15 people", "over 200 protesters": a count opens the noun after the verb,
    so the verb is active and these people its object, not a place or a time it was done."""
    if preposition + 1 >= len(words):
        return False
    after = words[preposition + 1]
    if words[preposition] == "at":
        return after in COUNT_AFTER_AT
    return words[preposition] == "over" and after[:1].isdigit()


# --- background: what describes an actor, a long span, a war's toll --------------------------
WRONGDOING: Final = frozenset({"wrongdoing", "involvement", "responsibility", "guilt", "wrong"})
DESCRIBING: Final[frozenset[str]] = frozenset({"which", "who"})


def _described_actor(words: list[str], head: int) -> bool:
    """ "The ADF, which has pledged allegiance to the Islamic State group, ...", "Oman, which
    has mediated between the two sides, ...": a perfect act in a relative clause set off by a
    comma describes the actor, it reports no act."""
    index = auxiliary_before(words, head, PERFECT, PERFECT_FILLERS)
    return (
        index is not None
        and index >= 2
        and words[index - 1] in DESCRIBING
        and (words[index - 2] == ",")
    )


# Spans that mark a trend wherever they stand after a perfect act: "has withdrawn its forces
# from Mali, Burkina Faso and Niger in recent years" (the list's commas end `_clause_after`).
LONG_UNITS: Final = frozenset({"years", "decades", "months"})


def long_spanned(words: list[str], head: int, last: int) -> bool:
    """A perfect act with "in recent years", "over recent months" or "for decades" anywhere
    after it, up to a report verb."""
    if not _perfect(words, head):
        return False
    for index in range(last + 1, len(words) - 1):
        word, following = words[index], words[index + 1]
        if word in (";", ":") or word in SAY_WORDS:
            return False
        if word == "recent" and following in LONG_UNITS:
            return words[index - 1] in ("in", "over")
        if word == "for" and following in ("years", "decades"):
            return words[last] not in TERMS
    return False


SAY_WORDS: Final = frozenset({"said", "says", "say", "according"})
# Long wars and their like as the subject of a killing: a toll, not an act of a party.
WARS: Final = frozenset(
    "war wars conflict insurgency insurgencies uprising genocide rebellion revolution "
    "famine epidemic occupation".split()
)
# An act's noun opening the sentence as the subject of a toll or a damage in the perfect, no
# day of the story named: "Israel's offensive in Gaza has killed more than 60,000 Palestinians",
# "The Russian bombardment has destroyed much of the town", "Drone attacks on refineries have
# cut fuel output": consequences and figures (docs/labelling.md), not the act reported ("The
# offensive killed 30 rebels on Monday", "Strikes on the town have killed 12 since Tuesday").
DAMAGE_VERBS: Final = frozenset(
    "killed displaced destroyed flattened damaged wounded injured cut forced left levelled caused "
    "leveled uprooted".split()
)
NOUN_TOLL_START: Final = (
    4  # tokens before the act's noun at the sentence's start ("Israel's offensive")
)
NOUN_TOLL_REACH: Final = (
    7  # tokens from the noun to the perfect ("attacks on Russian refineries have")
)
NOUN_TOLL_BREAKS: Final = frozenset(
    {",", ";", ":", "(", "that", "which", "who", "said", "says", "and", "but", "when", "after"}
)


# A campaign's nouns, not a day's ("Russian drone strikes have killed four people in Odesa" is
# the day's news in the perfect, docs/labelling.md, section 4, point 14)
TOLL_SUBJECTS: Final = frozenset(
    "offensive offensives campaign campaigns bombardment bombardments war insurgency siege "
    "blockade".split()
)


def _noun_toll(words: list[str], head: int) -> bool:
    if PERFECT.isdisjoint(words) or not RECENT.isdisjoint(words):
        return False
    if words[head] in DAMAGE_VERBS:  # "The Russian bombardment has destroyed much of the town"
        aux = head - 1
        if aux > 0 and words[aux] in ("already", "now"):
            aux -= 1
        if aux < 1 or words[aux] not in PERFECT or aux > NOUN_TOLL_START + NOUN_TOLL_REACH:
            return False
        subject = words[:aux]
        return NOUN_TOLL_BREAKS.isdisjoint(subject) and not TOLL_SUBJECTS.isdisjoint(subject)
    if head > NOUN_TOLL_START or words[head] not in TOLL_SUBJECTS:
        return False
    for index in range(head + 1, min(head + 1 + NOUN_TOLL_REACH, len(words) - 1)):
        word = words[index]
        if word in NOUN_TOLL_BREAKS:
            return False
        if word in PERFECT:
            following = words[index + 1]
            if following in ("already", "now", "so", "far") and index + 2 < len(words):
                following = words[index + 2]
            return following in DAMAGE_VERBS
    return False


TOLL_REACH: Final = 4  # tokens from the war's noun to "killed" ("war that has killed")
TOLL_FILLERS: Final = frozenset(
    {"that", "which", "has", "have", "had", "already", "since", "reportedly"}
)


def _toll_of_war(words: list[str], head: int) -> bool:
    """ "Bosnia's 1992-95 war killed about 100,000 people", "a decade-long insurgency that
    killed more than 16,000 people": a war's toll is a figure, not an act. Also with an aside
    or a place or party after the war's noun: "The Tigray war, which ended in 2022, killed
    ...", "Ethiopia's war with Eritrea in 1998-2000 killed ...", "The insurgency in the north,
    now in its eighth year, has killed ..."."""
    for index in range(head - 1, max(head - 1 - TOLL_REACH, -1), -1):
        word = words[index]
        if word in WARS:
            return True
        if word not in TOLL_FILLERS:
            return _war_subject(words, index)
        if word in THING_RELATIVES and _war_antecedent(words, index):
            return True
    return False


# Round 50 (false50): "was torn by a civil war in the 1990s that killed 15,000 people", "fought a
# border war from 1998 to 2000 that killed tens of thousands", "emerged from back-to-back civil
# wars that killed 250,000", "a conflict in the gas-rich north that has killed 6,000": the
# relative's antecedent is the war, its places and dates after it, wherever the war stands in
# the sentence (as a verb's object or after a preposition too); its toll is a figure of the
# war, background (docs/labelling.md, section 1: "the war killed 400,000"). All 10 open
# sentences of the form are labelled irrelevant (one labels its main clause's signing). Not a
# force named between ("a war zone where troops killed", "the militia in the conflict that
# killed": a party word or a clause break ends the antecedent's tail).
ANTECEDENT_TAIL: Final = 8  # tokens from the war's noun to its relative ("war from 1998 to 2000")
ANTECEDENT_BREAKS: Final = frozenset(
    ", ; : ( ) who whom whose where when while because said says and but".split()
)


def _war_antecedent(words: list[str], relative: int) -> bool:
    """Whether the relative pronoun at `relative` closes a noun phrase headed by a war's noun
    (`WARS`), with only places, dates and determiners after it."""
    for index in range(relative - 1, max(relative - 1 - ANTECEDENT_TAIL, -1), -1):
        word = words[index]
        if word in WARS:
            return True
        if word in ANTECEDENT_BREAKS or word in PARTY_NOUNS_IN_TAIL or word.endswith("ed"):
            return False
    return False


# party nouns that end a war's tail: the relative is theirs ("the militia in the conflict that")
PARTY_NOUNS_IN_TAIL: Final = frozenset(
    "troops soldiers forces army militia militias rebels fighters insurgents militants police "
    "gunmen group groups jihadists separatists gang gangs cartel cartels".split()
)


TOLL_ASIDE_REACH: Final = 14  # tokens of an aside between the war and its toll
TOLL_TAIL: Final = (
    6  # tokens of the places and parties after the war's noun ("with Eritrea in 1998")
)
TOLL_LINKS: Final = frozenset({"with", "between", "against", "in", "on", "over", "across", "of"})
TOLL_TAIL_BREAKS: Final = frozenset({"that", "which", "who", "whom", "where", "when", "and"})
# "the war between X and Y": the one tail that holds an "and"
BETWEEN_TAIL_BREAKS: Final = TOLL_TAIL_BREAKS - {"and"}
TOLL_OPENERS: Final = frozenset({",", "and", "but", "that", "said", "says"})
TOLL_SUBJECT_REACH: Final = 5  # tokens before the war's noun back to where its subject opens


def _war_subject(words: list[str], last: int) -> bool:
    """Whether the subject ending at `last` (an aside after it skipped) is a war's noun with
    the places or parties that follow it, the whole subject of the clause."""
    index = last
    if words[index] == ",":
        for opening in range(index - 1, max(index - 1 - TOLL_ASIDE_REACH, 0), -1):
            word = words[opening]
            if word in CLAUSE_MARKS_EXISTENCE and word != ",":
                return False
            if word == ",":
                index = opening - 1
                break
        else:
            return False
    for noun in range(index, max(index - 1 - TOLL_TAIL, -1), -1):
        word = words[noun]
        if word in WARS:
            tail = words[noun + 1 : index + 1]
            if tail and (
                tail[0] not in TOLL_LINKS
                or not CLAUSE_MARKS_EXISTENCE.isdisjoint(tail)
                or not (
                    BETWEEN_TAIL_BREAKS if tail[0] == "between" else TOLL_TAIL_BREAKS
                ).isdisjoint(tail)
            ):
                return False
            return _opens_subject(words, noun)
        if word in CLAUSE_MARKS_EXISTENCE:
            return False
    return False


def _opens_subject(words: list[str], noun: int) -> bool:
    """Whether the noun phrase of `noun` opens its clause: the sentence's start, a comma or a
    conjunction before its few words, not a preposition or a verb ("fighters in the war")."""
    for index in range(noun - 1, max(noun - 1 - TOLL_SUBJECT_REACH, -1), -1):
        word = words[index]
        if word in TOLL_OPENERS:
            return True
        if word in clause_words.PREPOSITIONS or word.endswith(("ed", "ing")):
            return False
    return noun <= TOLL_SUBJECT_REACH


def standing_denial(words: list[str], head: int) -> bool:
    """ "has denied any wrongdoing", "have denied the charges": a denial in the perfect is
    the accused's standing position (the type sets code it 016; agency copy does not)."""
    if words[head] != "denied" or not _perfect(words, head) or head + 1 >= len(words):
        return False
    charges = DENIED_CHARGES | WRONGDOING
    following = words[head + 1]
    return following in charges or (
        following in DETERMINERS and head + 2 < len(words) and words[head + 2] in charges
    )


# Round 50 (false50): "suspended talks on joining the EU in late 2024, setting off months of
# nightly protests", "reopened it to licensed fleets in 2021, drawing criticism from conservation
# groups": an act named in the object of a participle of consequence after a comma, when the
# main clause before it is dated by a year, is what that dated act set off, as old as it
# (docs/labelling.md, section 1: background, "came days after"; point 30). Of the 40 open
# sentences with such a participle after a comma, 20 are relevant, and none of them moved with
# this rule; 2 false events went. Kept: no year before the participle ("Police arrested the
# activist, drawing criticism from rights groups": round 31's test, the reaction aimed at the
# police), a sentence naming the story's day, an act after a clause word ("prompting Quito to
# expel"), a participle of no consequence ("saying", "accusing"), an act before the comma.
CONSEQUENCE_PARTICIPLES: Final = frozenset(
    "sparking setting triggering prompting drawing provoking fuelling fueling igniting "
    "touching unleashing".split()
)
CONSEQUENCE_REACH: Final = 6  # tokens from the participle to the noun ("setting off months of")
CONSEQUENCE_BREAKS: Final = frozenset(
    ", ; : ( ) to who which that and but while as when after said says".split()
)


def consequence_noun(words: list[str], head: int) -> bool:
    """Whether the act at `head` stands in the object of a participle of consequence
    (`CONSEQUENCE_PARTICIPLES`) that a comma opens, with no clause between, after a main clause
    holding a year, in a sentence that names no day of the story (`RECENT`)."""
    participle = link_before(
        words, head - 1, CONSEQUENCE_REACH, CONSEQUENCE_PARTICIPLES, CONSEQUENCE_BREAKS
    )
    return (
        participle > 0
        and words[participle - 1] == ","
        and any(_year(before) for before in words[: participle - 1])
        and RECENT.isdisjoint(words)
    )


# Round 50 (false50): "backing the rebels who attack Burundi from eastern Congo", "the gangs that
# control the port", "a group which kidnaps foreigners for ransom": an act in the present simple
# of a relative clause describes its antecedent by what it does as a habit (docs/labelling.md,
# section 1: habits and trends), no act of the story's day. Kept: a past verb ("the rebels who
# attacked the town"), a base form that is its own past ("who hit the convoy"), a sentence that
# names a day of the story ("who attack ... on Monday"), a perfect or a modal (read elsewhere),
# "that"/"which" after anything but a party's noun (`PARTY_NOUNS_IN_TAIL`: "the court upheld a
# ruling that bans the senator from office" is the ruling's content, round 49's test).
OWN_PASTS: Final = frozenset("hit cut put set shut beat spread cast let quit bid".split())


def habitual_relative(words: list[str], head: int) -> bool:
    """Whether the verb at `head` follows "who", or "that"/"which" after a party's noun, right
    before it and is in the present simple (no past, no participle in "-ing"), in a sentence
    with no day named."""
    if head < 2 or words[head - 1] not in SUBJECT_RELATIVES:
        return False
    if words[head - 1] != "who" and words[head - 2] not in PARTY_NOUNS_IN_TAIL:
        return False  # "a ruling that bans the senator": a text's content, not a group's habit
    word = words[head]
    if not word.isalpha() or _past_tense(word) or word.endswith("ing") or word in OWN_PASTS:
        return False
    return RECENT.isdisjoint(words)


# Round 57 (article57): "the ministry, which approved the dam, says building will go on",
# "two leaders of the party, which organized the rally.", "the United States and France, which
# brokered the truce, to press Israel": a comma-set relative clause whose past verb takes a
# definite object (the thing the story has told: "the project", "the rally", "its campaign")
# names the party by a deed already known, a back-reference (docs/labelling.md, section 1:
# background and context), no act of the sentence. Kept: a clause naming a day of the story
# ("which shelled the town on Monday,"), an object with no determiner ("which invaded Ukraine"),
# a clause not closed by a comma or the sentence's end within `DEED_REACH` words, or one joined
# on by "and" ("which organised the march and said ...").
# the relatives are `DESCRIBING`'s, the object's determiners `clause_words.PARTY_OPENERS`
DEED_CLOSES: Final = frozenset({",", "."})
DEED_REACH: Final = 5  # words from the object's determiner to the clause's closing comma


def deed_relative(words: list[str], head: int) -> bool:
    """Whether the verb at `head` opens a comma-set "which"/"who" clause, in the past, whose
    definite object the clause closes on within `DEED_REACH` words, with no day named in it."""
    if head < 3 or words[head - 1] not in DESCRIBING or words[head - 2] != ",":
        return False
    word = words[head]
    if not word.isalpha() or not (_past_tense(word) or word in OWN_PASTS):
        return False
    if head + 1 >= len(words) or words[head + 1] not in clause_words.PARTY_OPENERS:
        return False
    for index in range(head + 2, min(head + 2 + DEED_REACH, len(words) + 1)):
        if index == len(words) or words[index] in DEED_CLOSES:
            return disjoint_in(RECENT, words, head, index)
        if words[index] == "and" or words[index] in RELATIVES:
            return False
    return False
