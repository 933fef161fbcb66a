"""Acts in a sentence: trigger matches, their modality, and which act governs which.

1. Triggers: the lexicon's patterns found in the sentence; overlapping ones resolved in
   favour of the more specific (more words, then higher weight).
2. Modality: a negated cooperative act becomes a rejection (12x), a negated conflict act no
   event; an act governed by "urged/demanded/refused/threatened/agreed to" folds into the
   governing act (which takes a more specific code); "will/wants to/plans to" make a
   cooperative act an intention (03x) and a coercive one a threat (13x).
3. Existence (`existence`): no act from a noun used descriptively, a name, a goal or a
   proposal; at most `MAX_ACTS` acts per sentence, so that coding stays linear in its length.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Final

from tensionwatch.domain import existence, modality
from tensionwatch.domain.cameo import (
    ACCUSATION,
    AID_PLEDGE,
    AID_ROOT,
    ARREST,
    ASKING_ROOTS,
    COMPLAINT,
    CONSULT_ROOT,
    CRITICISM,
    DEFIANCE,
    DEMONSTRATION,
    DENIAL,
    FORCE_ACT_ROOTS,
    FORCE_POSTURE_ROOT,
    INTENT_ROOT,
    LAWSUIT,
    PROTEST_ROOT,
    REJECT_ROOT,
    REPRESSION,
    SAYING_ROOTS,
    TIES_CUT,
)
from tensionwatch.domain.clause_words import (
    BE,
    CLOSING_QUOTES,
    NO_BREAKS,
    NOT_OR_NEVER,
    OPENING_QUOTES,
    PARTICIPLE_FRAMES,
    PARTY_PRONOUNS,
    PREPOSITIONS,
    QUOTES,
    SINGLE_QUOTES,
    SUBORDINATORS,
    THIRD_POSSESSIVES,
    disjoint_in,
    link_before,
)
from tensionwatch.domain.lexicon import DISCARD, Lexicon, Match, Pattern, Tokens
from tensionwatch.domain.models import Modality

# Acts usually reported as background of an accusation, or in a reduced relative clause.
REPORTED_ROOTS: Final = frozenset({"11", "14", "15", "17", "18", "19", "20"})
TRANSITIVE_ROOTS: Final = frozenset({"11", "17", "18"})  # verbs that need an object: "jailed over"
CLAUSE_OPENERS: Final = frozenset(
    {"as", "while", "because", "although", "though", "whereas", "when"}
)
# Praise or thanks: an act after it is what is praised ("praised Kim for sending troops").
PRAISING: Final[frozenset[str]] = frozenset({"051"})
APPEAL_ROOT: Final = "02"  # "request~" alone (data/triggers.tsv) is 020
DESCRIPTIVE_PENALTY: Final = 0.25
NOUN_PARTICIPLE: Final = 0.15  # more, for a participle right after a noun
COMMA_PARTICIPLE: Final = 0.1  # more, for an act's participle set off by a comma
FALLBACK_PENALTY: Final = 0.1
MAX_ACTS: Final = 48  # acts kept per sentence (in sentence order): bounds the work on run-ons
GOVERNOR_REACH: Final = (
    10  # tokens: a governing act stands at most this far before the one it governs
)


class Candidate:
    """An act found in the sentence, before actors and time are attached (refined in place).
    A plain class for mypyc, as `targets.Trigger`."""

    __slots__ = (
        "code",
        "weight",
        "first",
        "last",
        "start",
        "end",
        "head_end",
        "before",
        "modality",
        "hedged",
        "negated",
        "penalty",
        "noun",
        "descriptive",
        "fallback",
        "obliged",
        "demanded_in_protest",
        "words",
        "_root",
        "_rooted",
    )

    def __init__(
        self,
        code: str,
        weight: float,
        first: int,
        last: int,
        start: int,
        end: int,
        head_end: int,
        before: modality.Before,
        modality: Modality = "asserted",
    ) -> None:
        self.code = code
        self.weight = weight
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.head_end = head_end
        self.before = before
        self.modality: Modality = modality
        self.hedged = False
        self.negated = False
        self.penalty = 0.0
        self.noun = False
        self.descriptive = False  # a noun that names the act rather than reporting it
        self.fallback = False  # found by the fallback (PETRARCH-derived) lexicon
        self.obliged = False  # "X must ...": a demand made of X, by the speaker if any
        self.demanded_in_protest = False  # "marched ... demanding reform": the protest's demand
        # tokens that are trigger words
        self.words = [first] if first == last else [first, last]
        self._root = code[:2]
        self._rooted = code  # the code `_root` was cut from (rules retype a candidate)

    @property
    def root(self) -> str:
        """The code's first two digits: cut once per code (read ~25 times a sentence)."""
        code = self.code
        if code is not self._rooted:
            self._root = code[:2]
            self._rooted = code
        return self._root


def select(matches: Sequence[Match]) -> list[Match]:
    """Non-overlapping matches, the more specific and heavier first; in sentence order."""
    if len(matches) == 1:
        return [] if matches[0].pattern.code == DISCARD else list(matches)
    taken: list[Match] = []
    for match in _ranked(matches):
        for other in taken:
            if match.last >= other.first and match.first <= other.last:
                if other.pattern.code == DISCARD and match.first < other.first:
                    if other.last < match.last:
                        continue  # a discard within a gap ("executed at least 21 civilians")
                break  # overlaps a match already taken
        else:
            taken.append(match)
    return sorted((m for m in taken if m.pattern.code != DISCARD), key=_FIRST)


def _ranked(matches: Sequence[Match]) -> list[Match]:
    """The matches by rank: tuples compared in C rather than a key function called per match
    (the index keeps equal ranks in their original order, as a stable sort would)."""
    keys = sorted([(m.pattern.rank, m.first, m.last, i) for i, m in enumerate(matches)])
    return [matches[key[3]] for key in keys]


_FIRST: Final = attrgetter("first")


def _candidate(match: Match, tokens: Tokens) -> Candidate:
    pattern = match.pattern
    spans = tokens.spans
    modality_: Modality = "intended" if pattern.code.startswith(INTENT_ROOT) else "asserted"
    return Candidate(
        pattern.code,
        pattern.weight,
        match.first,
        match.last,
        spans[match.first][0],
        spans[match.last][1],
        spans[match.first][1],
        modality.Before(tokens.words, match.first, tokens.vocabulary),
        modality_,
    )


def _negate(candidates: list[Candidate], words: list[str]) -> list[Candidate]:
    """A negated conflict act is no event; a negated cooperative act a rejection, unless it
    is passive or not yet done ("have not yet been freed"): then nothing happened."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if _stopped_short(candidate.before):
            continue  # "stopped short of threatening a veto": not done, no act
        if (
            not modality.is_negated(candidate.before)
            or candidate.root == "12"
            or _addressed_after_passive(candidate.first, words)
        ):
            kept.append(candidate)
            continue
        if _undone(candidate.before) or modality.is_conditional(candidate.before):
            continue  # "have not yet been freed", "if you don't support them": nothing done
        if candidate.first and words[candidate.first - 1] == "without":
            continue  # round 35: "left the base without meeting officials": not done, no refusal
        rejection = modality.shift("reject", candidate.code)
        if candidate.root in modality.COOPERATIVE_ROOTS and rejection:
            candidate.code, candidate.modality, candidate.negated = rejection, "asserted", True
            kept.append(candidate)
    return kept


# Round 60 (miss60): "said the vigil had not been approved and told the union's members
# that ...", "said Laos had not been informed and asked Hanoi to resolve ...": a negated
# passive ("not (been) authorised") closed by "and" leaves the verb after it out of the
# negation's scope when that verb is active: it takes an addressee of its own (a word that is no
# preposition) and then its content ("to", "that"), which a passive it shared could not ("were
# not consulted and asked to leave", "not arrested and charged with" stay negated). Round 36's
# `modality._past_after_modal` reads the same form after a modal ("would not be cowed and
# pressed the Arab League to ...": fp20-a06-s10, fp31-a07-s09); after the perfect's "had" the
# verb was negated with the passive (wp41-a16-s03, wp41-a20-s03).
ADDRESSEE_REACH: Final = 5  # tokens from the verb's addressee to "to" / "that"
ADDRESS_CONTENT: Final = frozenset({"to", "that"})


def _addressed_after_passive(first: int, words: list[str]) -> bool:
    """Whether the verb at `first` follows a negated passive and "and", with an addressee and
    its content after it (see above)."""
    if first < 4 or words[first - 1] != "and" or first + 2 >= len(words):
        return False
    participle = words[first - 2]
    if not participle.isalpha() or not participle.endswith(("ed", "en")):
        return False
    cue = first - 4 if words[first - 3] in BE else first - 3
    if words[cue] not in NOT_OR_NEVER:
        return False
    addressee = words[first + 1]
    if not addressee.isalpha() or addressee in PREPOSITIONS or addressee in ADDRESS_CONTENT:
        return False
    for index in range(first + 2, min(first + 2 + ADDRESSEE_REACH, len(words))):
        word = words[index]
        if word in ADDRESS_CONTENT:
            return True
        if word in modality.CLAUSE_MARKS or word == "and":
            return False
    return False


# Round 49 (types49): "has backed the Hungarian position but stopped short of threatening a veto",
# "a penalty that stops short of barring him from office": the act after "stop short of" is the one
# not taken, no act (of any root: a veto not threatened is no rejection either), as "without" is.
STOPPING: Final = frozenset("stop stops stopped stopping".split())


SHORT_REACH: Final = 5  # tokens from "short" to the act not taken ("short of threatening a")


def _stopped_short(before: modality.Before) -> bool:
    words, first = before.words, before.first
    for index in range(max(first - SHORT_REACH, 1), first - 1):
        if words[index] == "short" and words[index + 1] == "of":
            return words[index - 1] in STOPPING
    return False


VOWING: Final = ("vow", "swor", "swear")
REJECTION: Final = "120"


def _vowed_not(candidates: list[Candidate], words: list[str]) -> None:
    """ "vowed never to recognise Kosovo", "swore not to hand over power": a vow of refusal is
    a rejection (120; the act refused, if it is one, lends its own rejection code when it is
    governed), not an intent to cooperate. A vow not to fight ("vowed not to attack again")
    stays a promise."""
    for index, candidate in enumerate(candidates):
        if candidate.root != INTENT_ROOT or not words[candidate.first].startswith(VOWING):
            continue
        after = words[candidate.last + 1 : candidate.last + 3]
        if not after or not (
            after[0] in NOT_OR_NEVER
            or (after[0] == "to" and after[1:2] and after[1] in NOT_OR_NEVER)
        ):
            continue
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if following is not None and following.first - candidate.last <= 4:
            if following.root in modality.MATERIAL_CONFLICT_ROOTS:
                continue
        candidate.code, candidate.modality = REJECTION, "asserted"


def _undone(before: modality.Before) -> bool:
    near = before.near
    return "yet" in near or (bool(near) and near[-1] in ("been", "be", "being"))


def _governor(candidate: Candidate, kept: list[Candidate], words: list[str]) -> int | None:
    """The act that governs `candidate`, among the last few kept (linear: an act governs only
    one standing within GOVERNOR_REACH tokens before it). A participle that describes people
    ("offered its citizenship to the expelled Nicaraguans") is no act to govern (round 40)."""
    if existence.participle_adjective(words, candidate.first):
        return None
    if existence.reduced_relative(words, candidate.first):
        # round 45 (type45): "agreed to accept five men deported from the United States": the
        # participle describes the men; nothing agreed or vowed is a deportation (no 131)
        return None
    for index in range(len(kept) - 1, -1, -1):
        governor = kept[index]
        if candidate.first - governor.last > GOVERNOR_REACH:
            break
        if not disjoint_in(CLAUSE_OPENERS, words, governor.last + 1, candidate.first):
            continue  # "vowed to lift sanctions as Pyongyang promised": a new clause
        frame = modality.frame_of(governor.code)
        if frame and modality.links(words, governor.last, candidate.first, frame):
            return index
    return None


def _govern(candidates: list[Candidate], words: list[str]) -> list[Candidate]:
    """Fold acts governed by "urged/agreed/refused/threatened ... to" into the governor."""
    kept: list[Candidate] = []
    for candidate in candidates:
        index = _governor(candidate, kept, words)
        if index is None or _separate(kept[index], candidate):
            kept.append(candidate)
            continue
        governor = kept[index]
        code = _governed_code(governor, candidate, words)
        weight = max(governor.weight, candidate.weight) + 0.05
        governor.code = code or governor.code
        governor.weight = min(weight, 0.95)
        governor.end, governor.last = max(governor.end, candidate.end), candidate.last
        governor.words.extend(candidate.words)
    return kept


PROTEST_CONTENT: Final = 0.15
# tokens from a protest to the demand it makes (16 from round 35: "protested outside the Berlin
# headquarters of the party in the evening, accusing it")
PROTEST_REACH: Final = 16
# round 35 (types15): "protested outside the party's headquarters, accusing it of ...": a charge a
# crowd makes as it protests is the protest's content, as its demand is
PROTEST_CONTENT_ROOTS: Final = ASKING_ROOTS | {"11"}
PROTEST_BREAKS: Final = CLAUSE_OPENERS | {";", ":", "and", "but", "after", "before", "said", "says"}


def _protests_for(candidates: list[Candidate], words: list[str]) -> None:
    """ "marched in Seoul demanding Yoon's removal", "rallied to demand the release of the
    activists": an appeal or demand made as the manner or purpose of a protest is what the
    protesters want; the protest is the sentence's act (it takes the weight of the demand, as
    an act governed by "urged to" gives its governor, and the demand comes after it)."""
    for index, candidate in enumerate(candidates):
        protest = candidates[index - 1] if index else None
        if (
            protest is not None
            and protest.root == PROTEST_ROOT
            and candidate.root in PROTEST_CONTENT_ROOTS
            and candidate.first - protest.last <= PROTEST_REACH
            and _made_in_protest(candidate, protest, words)
        ):
            protest.weight = min(max(protest.weight, candidate.weight) + 0.05, 0.95)
            candidate.demanded_in_protest = True  # still coded, after the protest


def _made_in_protest(candidate: Candidate, protest: Candidate, words: list[str]) -> bool:
    """Whether the appeal is a participle or purpose right after the protest's clause
    ("demanding", "calling for", "to demand"), not an act of its own."""
    between = words[protest.last + 1 : candidate.first]
    if not PROTEST_BREAKS.isdisjoint(between):
        return False
    head = words[candidate.first]
    return (head.endswith("ing") and head.isalpha()) or (bool(between) and between[-1] == "to")


def _asked_to(governor: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """ "urged his supporters to keep up the protests", "called on Israelis to take to the
    streets": the protest is what the addressee is asked to do, so the act is the appeal (02,
    the verb decides, labelling guide 4.1); "called for protests", "called for a general
    strike" name no one asked and stay the protest. The "to" is looked for from the governor's
    own verb, not from an act it already folded: in "urged Minsk to allow peaceful protests"
    the protest is what Minsk is asked to allow (round 35)."""
    return "to" in words[governor.first + 1 : candidate.first]


def _separate(governor: Candidate, candidate: Candidate) -> bool:
    """Whether a governed act that governs acts itself stays an act of its own; not the
    content of a demand or appeal ("demanded that the government reach a deal")."""
    if modality.frame_of(governor.code) in ("demand", "appeal") and candidate.root == INTENT_ROOT:
        return False
    if modality.frame_of(governor.code) == "intend" and candidate.root == "13":
        return False  # "vowed to take countermeasures": the vow is the threat
    if modality.frame_of(governor.code) == "threaten" and candidate.code == LAWSUIT:
        # round 46 (penta46): "warned that it would take legal action against anyone who blocked
        # roads", "threatened to sue": legal action warned of is the threat (labelling guide
        # point 9, 13), no lawsuit brought (115) beside it
        return False
    return bool(modality.frame_of(candidate.code)) and candidate.root != governor.root


def _governed_code(governor: Candidate, candidate: Candidate, words: list[str]) -> str | None:
    if candidate.root == governor.root:
        return candidate.code if len(candidate.code) >= len(governor.code) else governor.code
    frame = modality.frame_of(governor.code)
    asked = frame == "appeal" and candidate.root == PROTEST_ROOT
    if asked and _asked_to(governor, candidate, words):
        return governor.code  # "urged supporters to rally": an appeal to them (guide 4.1)
    ceased = CEASED.get(candidate.root)
    if frame in ("appeal", "demand") and ceased and _ceasing(governor, candidate, words):
        # "urged Pyongyang to stop its missile launches": an appeal (025x) or a demand (105x)
        # that the act cease, no rallying against it
        return ("02" if frame == "appeal" else "10") + ceased
    if frame == "intend" and candidate.root in _AGREED_ROOTS and _agreed(governor, words):
        # "agreed on patrolling arrangements": an agreement, no threat; "the EU agreed to
        # extend sanctions", "agreed on a new package of sanctions": a decision taken is the
        # sanction itself (CAMEO 163), no threat
        after = words[governor.last + 1] if governor.last + 1 < len(words) else ""
        agreed_on = words[governor.last] in AGREED_ON or (
            words[governor.last] in AGREEMENTS and after in AGREED_ON
        )  # "agreed on patrolling", "reached an agreement on patrolling"
        if candidate.root == FORCE_POSTURE_ROOT and not agreed_on:
            if _done_jointly(governor, candidate, words):
                return MILITARY_COOPERATION  # "agreed to step up joint patrols"
        return (
            governor.code if agreed_on and candidate.root == FORCE_POSTURE_ROOT else candidate.code
        )
    if frame == "intend" and candidate.root == "13":
        return candidate.code  # "vowed to take countermeasures": a threat vowed is a threat
    if frame == "intend" and ceased and _ceasing_own(governor, candidate, words):
        # "promised to stop kidnapping civilians", "agreed to end its attacks": an intent to
        # yield (035x: de-escalate, ease dissent or sanctions), no threat of the act ceased
        return "03" + ceased
    if frame == "intend" and candidate.root in modality.MATERIAL_CONFLICT_ROOTS:
        if not disjoint_in(PREVENTING, words, governor.last + 1, candidate.first):
            return governor.code  # "proposed talks to prevent clashes": no clash threatened
        if candidate.root == FORCE_POSTURE_ROOT and (
            words[governor.first].startswith(OFFERING) or _on_request(candidate.last, words)
        ):
            # "offered to send 30,000 troops", "was ready to send forces to the border if
            # Dushanbe requested them": help offered, no threat
            return AID_PLEDGE
        frame = "threaten"  # "prepared to impose martial law", "vowed to fight"
    return modality.shift(frame, candidate.code) if frame else None


# An appeal that the target yield (stop, refrain, release, respect, withdraw) is CAMEO's
# "appeal to yield" (025), still an appeal (PentaClass 0): CAMEO's verb dictionary codes "urge
# ... to withdraw / refrain" so, and a demand (10x) is what "demanded" says. An appeal already
# coded for yielding or reform (024x, 025x) keeps its finer code.
YIELD_APPEAL: Final = "025"
YIELDING: Final = frozenset(
    "stop stops halt end cease refrain desist avoid respect abide comply honour honor "
    "withdraw release free lift de-escalate deescalate exercise show restrain resign "
    "relinquish surrender disarm reverse rescind revoke retract step hand pull cede quit "
    "leave scale roll dismantle abandon drop".split()
)
YIELD_NOUNS: Final = frozenset(
    "halt end cessation restraint calm de-escalation ceasefire cease-fire truce release "
    "withdrawal lifting easing".split()
)
YIELD_REACH: Final = 12  # tokens: "called on Malaysia, which chairs ASEAN, to help ..."


def _appeal_to_yield(candidate: Candidate, words: list[str]) -> None:
    """ "urged Iran not to retaliate", "called on both sides to respect the ceasefire",
    "urged Havana to free all detainees", "called for restraint": an appeal that the target
    yield. Not "wants Putin to attack", "appealed for more artillery shells"."""
    if candidate.root != "02" or candidate.code.startswith(("024", "025")):
        return
    if _yield_asked(candidate, words):
        candidate.code = YIELD_APPEAL


# docs/labelling.md, section 3: armed force between armed sides is 19; attacks on villages,
# markets, places of worship and hotels are violence against civilians (18), whoever makes them.
# Round 55 (types55): schools (section 3's own list), homes, houses and tents (point 39's civilian
# sites) too, unless the sentence tells an exchange of fire (193): "stormed the school and
# exchanged fire with guards" is a fight. Not camps ("shelled a displacement camp" was labelled a
# fight) nor hospitals (the one open row a strike reaches is labelled 19).
CIVILIAN_PLACES: Final = frozenset(
    "village villages market markets marketplace church churches mosque mosques temple "
    "temples monastery hotel hotels school schools home homes house houses tent tents".split()
)
ARMED_FORCE: Final = frozenset({"190", "193", "194", "195"})
EXCHANGE_OF_FIRE: Final[str] = "193"  # "exchanged fire with", "a gunfight": armed on both sides
# Section 3's "killed civilians": civilians named as the object itself ("attacked villagers",
# "opened fire on pupils", "had killed civilians"), not across another word, and not when fire
# or a bombardment named before the verb did it ("Indian shelling killed two civilians",
# "the firing killed two civilians" are labelled 19: point 39, a strike that kills people).
CIVILIAN_PEOPLE: Final[frozenset[str]] = frozenset(
    "civilians villagers worshippers pupils passengers farmers".split()
)
INDIRECT_FIRE: Final[frozenset[str]] = frozenset(
    "firing fire shelling shells strike strikes airstrike airstrikes bombardment".split()
)
PLACE_PREPOSITIONS: Final = frozenset({"on", "at", "against", "into"})
PLACE_DETERMINERS: Final = frozenset(
    "a an the two three four several dozens its their his her".split()
)
UNCONVENTIONAL: Final = "180"


MARCHING: Final = frozenset({"rallied", "marched", "demonstrated", "protested"})
CROWD_MARCHED: Final = 0.8  # as specific as "staged a protest" or "took to the streets"
CROWD_SUBJECT: Final = (
    8  # words from the count to the verb: "tens of thousands of pensioners and ..."
)


def _crowd_marched(candidate: Candidate, words: list[str]) -> None:
    """ "Thousands of people rallied in Naples", "Hundreds of pensioners marched to Congress":
    the sentence's first act, a verb of marching whose subject is a crowd counted ("thousands
    of"), reports a protest as surely as "staged a protest"; the bare verb is weak alone
    ("marched into the quarter-finals", "the troops marched"). Not "who marched": a relative
    clause describes people another act is about ("arrested dozens of people who marched")."""
    head = candidate.first
    if words[head] not in MARCHING or head < 3 or not words[head - 1].isalpha():
        return
    if words[head - 1] in existence.RELATIVES:
        return
    start = max(0, head - CROWD_SUBJECT)
    crowds = existence.CROWDS  # "thousands of", "scores of"
    if any(words[i] in crowds and words[i + 1] == "of" for i in range(start, head - 1)):
        candidate.weight = max(candidate.weight, CROWD_MARCHED)


# Round 54 (types54): "the opposition backed the expulsions", "Seoul's opposition welcomed the
# arrest as a first step": a verb of praise or backing whose object is itself an act (a noun the
# lexicon codes: the arrest, the expulsions) names what it praises (guide section 3, 05 SUPPORT;
# point 32, the act's maker is the target), as surely as "welcomed the ruling" (data/triggers.tsv,
# 0.75). The bare verbs weigh little ("backed" 0.45: "Iran-backed", "backed by air power";
# "welcomed" 0.6: "welcomed the visitors"), so in agency copy the praised noun, heavier, was coded
# in their place.
PRAISED_ACT_WEIGHT: Final[float] = 0.75
PRAISED_NOUN_GAP: Final[int] = 3  # tokens from the verb to the noun: "welcomed Friday's arrest"


def _praise_of_act(candidates: list[Candidate], words: list[str]) -> None:
    """A praise verb (051) with an act named as its object weighs as a praise of that act."""
    for index in range(len(candidates) - 1):
        praise, named = candidates[index], candidates[index + 1]
        if praise.code not in PRAISING or praise.noun or not named.noun:
            continue
        if not praise.last < named.first <= praise.last + PRAISED_NOUN_GAP:
            continue
        if disjoint_in(ACT_LINK_BREAKS, words, praise.last + 1, named.first):
            praise.weight = max(praise.weight, PRAISED_ACT_WEIGHT)


# Round 58 (article58): "praised the senator for his 'firm rebuke' of a colleague's remarks",
# "thanked the coast guard for their work in freeing the trawler's crew", "thanked the council
# for its efforts to win the hostages' release": a praise's reason, "for" and the praised
# party's possessive, names that party's deed. It is what is praised (the guide's one event,
# the praise; an act named only as a noun at most optional), no act of its own, and coded
# alone it took the wrong parties (the noun's "of"/"by" phrases, or none).
PRAISE_REASON_REACH: Final[int] = 12  # tokens from the verb to "for" and from "for" to the act
# a clause of its own opened in the reach: "for their action against what it called terrorists"
# (the praiser's own charge stays)
PRAISE_REASON_BREAKS: Final = frozenset(
    ", ; : but and while as after before then what who which whom that said".split()
)


def _praised_for(
    candidates: list[Candidate], words: list[str], vocabulary: frozenset[str]
) -> list[Candidate]:
    """Without the acts told in the reason a praise verb gives ("for his condemnation", "for
    its efforts to secure the release"), up to a clause break. `vocabulary`: the set of
    `words`."""
    if "for" not in vocabulary:  # most sentences
        return candidates
    praise = next((c for c in candidates if c.code in PRAISING and not c.noun), None)
    if praise is None:
        return candidates
    reason = -1
    for index in range(praise.first + 1, min(praise.last + PRAISE_REASON_REACH, len(words) - 1)):
        word = words[index]
        if word == "for" and words[index + 1] in THIRD_POSSESSIVES:
            reason = index + 1
            break
        if index > praise.last and word in PRAISE_REASON_BREAKS:
            return candidates
    if reason < 0:
        return candidates
    return [
        c
        for c in candidates
        if not (
            c is not praise
            and reason < c.first <= reason + PRAISE_REASON_REACH
            and disjoint_in(PRAISE_REASON_BREAKS, words, reason, c.first)
        )
    ]


def _on_civilian_place(candidate: Candidate, words: list[str], others: list[Candidate]) -> None:
    """ "carried out airstrikes on a village", "attacked a church", "stormed a hotel", "jets
    struck a market", "a drone hit a tent": force whose object is a civilian place is
    unconventional violence (180, still ASSAULT), not a fight between armed sides (190); not
    when the sentence tells an exchange of fire (`others`, the sentence's acts, read only then)."""
    if candidate.code not in ARMED_FORCE or not _civilian_object(candidate, words):
        return
    if all(other.code != EXCHANGE_OF_FIRE for other in others):
        candidate.code = UNCONVENTIONAL


def _civilian_object(candidate: Candidate, words: list[str]) -> bool:
    """Whether an act's object is civilians named right after it (`CIVILIAN_PEOPLE`, not
    when fire named before the verb did it: `INDIRECT_FIRE`) or a civilian place within three
    words (`CIVILIAN_PLACES`), after a place preposition and a determiner."""
    index = candidate.last + 1
    if index < len(words) and words[index] in PLACE_PREPOSITIONS:
        index += 1
    if index < len(words) and words[index] in PLACE_DETERMINERS:
        index += 1
    if index < len(words) and words[index] in CIVILIAN_PEOPLE:
        return candidate.first == 0 or words[candidate.first - 1] not in INDIRECT_FIRE
    for word in words[index : index + 3]:
        if word in CIVILIAN_PLACES:
            return True
        if not word.isalpha() or word in PREPOSITIONS:
            return False
    return False


# What a government writes or issues: "sent a letter to the Security Council protesting the port's
# expansion", "issued a statement protesting the arrests" (a crowd "carrying banners protesting"
# has no such noun)
WRITTEN_PROTESTS: Final = frozenset(
    "letter letters note notes statement statements communique communiqué memorandum".split()
)
WRITTEN_REACH: Final = 8  # words from the written noun to "protesting"


def _protest_to_party(candidate: Candidate, tokens: Tokens) -> None:
    """ "Azerbaijan protested to France over the visit", "protested with Tokyo": a complaint
    lodged with a named party (114), not a demonstration ("protested to demand reform"); so is
    a letter, note or statement "protesting" something."""
    if candidate.code != DEMONSTRATION or candidate.first != candidate.last:
        return
    words, after = tokens.words, candidate.last + 1
    if words[candidate.first] == "protesting":
        start = max(0, candidate.first - WRITTEN_REACH)
        if not disjoint_in(WRITTEN_PROTESTS, words, start, candidate.first):
            candidate.code = COMPLAINT
        return
    if after + 1 >= len(words) or words[after] not in ("to", "with"):
        return
    named = after + 2 if words[after + 1] == "the" else after + 1
    if named in tokens.capitalised:
        candidate.code = COMPLAINT


def _yield_asked(candidate: Candidate, words: list[str]) -> bool:
    """Whether the appeal asks its target to yield: a yielding noun in the appeal's words
    ("called for an immediate halt to the fighting"), or its first infinitive a yielding verb
    ("to stop", "to respect") or negated ("not to retaliate")."""
    if not disjoint_in(YIELD_NOUNS, words, candidate.first, candidate.last + 1):
        return True
    end = min(len(words) - 1, candidate.last + YIELD_REACH)
    for index in range(candidate.first + 1, end):
        word = words[index]
        if word in (";", ":", ".") or (word == "and" and index == candidate.last + 1):
            return False
        if word == "to":  # the first infinitive: not "to pressure Israel to halt ..."
            verb = words[index + 1]
            if verb not in YIELDING and verb.endswith("ly") and index + 2 < len(words):
                verb = words[index + 2]  # "to immediately stop the fighting"
            return verb in YIELDING or words[index - 1] == "not"
    return False


# "urged / demanded X to stop / halt / end / refrain from / not ..." a conflict act: an appeal
# (025x) or a demand (105x) that it cease: easing of dissent, of sanctions, de-escalation.
CEASED: Final = {
    "14": "52",
    "15": "56",
    "16": "54",
    "17": "56",
    "18": "56",
    "19": "56",
    "20": "56",
}
CEASING: Final = frozenset("stop stops halt end cease refrain desist avoid not".split())
# round 36 (types3): "proposed military talks with the North to prevent clashes", "offered a
# hotline to avert incidents": force an intent is meant to prevent is not threatened (13x);
# the act is the intent itself
PREVENTING: Final = frozenset(
    "prevent prevents preventing avert averting forestall forestalling avoid avoiding".split()
)


def _ceasing(governor: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """Whether the governed act is asked to cease ("to stop its attacks", "not to retaliate")."""
    return not disjoint_in(CEASING, words, governor.last + 1, candidate.first)


# Between "stop" and the act a promise ceases: only words of the promiser's own act ("to end
# its attacks", "to stop all the shelling"); "vowed to halt the rebel offensive" is someone else's.
OWN_ACT_WORDS: Final = frozenset("its their his her our all the any further".split())


def _ceasing_own(governor: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """Whether a promise, vow or agreement is to cease one's own act ("pledged to stop attacks
    on civilians", "agreed to stop firing rockets"), not to stop another side's."""
    between = words[governor.last + 1 : candidate.first]
    for index, word in enumerate(between):
        if word in CEASING:
            return OWN_ACT_WORDS.issuperset(between[index + 1 :])
    return False


_AGREED_ROOTS: Final = frozenset({"15", "16"})
# round 45 (type45): "the two sides agreed to step up joint patrols", "agreed to hold joint
# drills": a show of force the parties agree to mount together is an intent to cooperate
# militarily (CAMEO 0312; labelling guide point 11: "agreed to" is 03), not the patrol itself
# (153); one side's own decision ("the alliance agreed to deploy more troops") names no joint
# act and stays the deployment
MILITARY_COOPERATION: Final = "0312"
JOINT: Final = frozenset({"joint", "jointly", "together"})
# review46: the joint word may stand in the act's object or after it as well as before the act's
# last word ("agreed to deploy a joint force", "agreed to patrol the lake jointly"); the show
# of force agreed is the same intent to cooperate. Up to a clause break or a preposition
JOINT_REACH: Final = 4


def _done_jointly(governor: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """Whether the show of force `governor` agrees to is mounted together: a joint word between
    the agreement and the act's end, or in the few words after it up to a clause break or a
    preposition."""
    if not disjoint_in(JOINT, words, governor.last + 1, candidate.last + 1):
        return True
    for word in words[candidate.last + 1 : candidate.last + 1 + JOINT_REACH]:
        if word in JOINT:
            return True
        if word in existence.CLAUSE_OR_SAYING_BREAKS or word in PREPOSITIONS:
            return False  # "deploy troops near the joint border post": a place, no joint act
    return False


OFFERING: Final = ("offer", "pledg", "promis", "volunteer")


AGREED_ON: Final = frozenset({"on", "upon"})
AGREEMENTS: Final[frozenset[str]] = frozenset(
    "agreement accord deal compromise understanding settlement consensus".split()
)


def _agreed(governor: Candidate, words: list[str]) -> bool:
    """Whether the governing act is an agreement among parties ("agreed to", "agreed on",
    "reached an agreement on"): what it governs is agreed, not threatened."""
    return words[governor.first].startswith("agree") or words[governor.last] in AGREEMENTS


# round 42 (types42): "Germany said on Monday it would expel 40 Russian diplomats": an expulsion
# of diplomats a state announces is its decision, told as the day's act (161, SANCTION; 2 of 2
# such open rows labelled 16), not a threat (1313); "warned it would expel" is governed by the
# warning and stays a threat, and a bare "will expel" with no announcing verb before it too.
# Round 43 (types43): so is aid halted ("announced it would bar all assistance to the militia",
# "said it would suspend economic aid": 162, not 1311 "threaten to reduce or stop aid"; the
# PLOVER GSR's two such rows SANCTION); with a condition after it ("if the junta goes ahead") it
# is a threat, either.
ANNOUNCED_DECISIONS: Final = frozenset({TIES_CUT, "162"})
ANNOUNCING: Final = frozenset("said says announced announces decided decides".split())
ANNOUNCED_REACH: Final = 6  # tokens: "said on Monday it would expel"
CONDITIONS: Final = modality.FAR_CONDITIONS  # "if", "unless"
CONDITIONAL_REFUSAL: Final = "131"  # "131 Threaten non-force": a veto or refusal on a condition
CONDITION_AFTER_REACH: Final[int] = (
    14  # tokens after the trigger: "suspend aid to Myanmar if the junta ..."
)


def _conditional(last: int, words: list[str]) -> bool:
    """Whether "if" or "unless" follows the trigger within CONDITION_AFTER_REACH tokens, in its
    clause; a phrase quoted inside the clause does not end it ('would veto the package "as many
    times as it takes" unless', round 48)."""
    quoted = False
    for word in words[last + 1 : last + 1 + CONDITION_AFTER_REACH]:
        if word in CONDITIONS and not quoted:
            return True
        if word in QUOTES:
            quoted = not quoted
        elif word in modality.CLAUSE_MARKS and not quoted:
            return False
    return False


# Round 60 (types60): a condition that the addressee ask ("if asked", "if Dushanbe requested
# them", "if the parties request it") makes forces sent an offer of help, as "offered to send
# troops" is (033, AGREE; docs/labelling.md, point 11), never a threat of force: the open rows so
# worded are labelled 03 (wp11-a06-s06, wp31-a16-s05, wp41-a19-s08; PLOVER GSR's "willing to
# send material ... if it is attacked" AGREE), and a threat's condition is what the target must
# stop or undo ("if the militia did not withdraw").
REQUESTING: Final = frozenset("asked requested request requests invited invite invites".split())
REQUEST_SUBJECT_REACH: Final[int] = (
    4  # tokens from "if" to the asking verb ("if the parties request")
)


def _on_request(last: int, words: list[str]) -> bool:
    """Whether an "if" after the trigger, in its clause, opens a condition that someone ask:
    the asking verb within REQUEST_SUBJECT_REACH tokens of it, no clause mark between."""
    for at in range(last + 1, min(last + 1 + CONDITION_AFTER_REACH, len(words))):
        word = words[at]
        if word == "if":
            for after in words[at + 1 : at + 1 + REQUEST_SUBJECT_REACH]:
                if after in REQUESTING:
                    return True
                if after in modality.CLAUSE_MARKS:
                    return False
            return False
        if word in modality.CLAUSE_MARKS:
            return False
    return False


# Round 60 (types60): a bare intent ("was ready to shut its airspace to Danish carriers", what
# is intended no act of the lexicon, 030) on the condition that the other side not do something
# ("if Copenhagen did not withdraw the fee", "unless Vilnius lifts the levy") is harm announced
# to make it act: a threat (130; docs/labelling.md, point 9: "would close the border if the
# drills went ahead" is 13). Of the 55 open rows with "unless" or an active "if ... did not",
# 39 are labelled 13, most with a threat's verb; fp35-a15-s03 is the one bare intent. An offer's
# condition is one to meet ("ready to drop the embargo if the Faroes returned to the talks", 03),
# and a passive "if the crew could not be traced" tells no side's refusal.
BARE_INTENT: Final[str] = INTENT_ROOT + "0"
BARE_THREAT: Final[str] = "130"
REFUSING: Final = frozenset("fail fails failed refuse refuses refused".split())
ACTIVE_NEGATED: Final = frozenset({"did", "does", "do"})
REFUSAL_REACH: Final[int] = 6  # tokens after "if" to the refusal ("if the Lithuanian side did not")


def _threat_on_refusal(candidate: Candidate, words: list[str]) -> None:
    """A bare intent (030) followed in its clause by "unless", or by "if" whose clause says the
    other side does not act ("did not", "does not", "fails to", "refused to"): a threat (130)."""
    if candidate.code != BARE_INTENT or candidate.negated:
        return
    end = min(candidate.last + 1 + CONDITION_AFTER_REACH, len(words))
    for at in range(candidate.last + 1, end):
        word = words[at]
        if word in modality.CLAUSE_MARKS:
            return
        if word == "unless" or (word == "if" and _refused(words, at + 1)):
            candidate.code = BARE_THREAT
            return
        if word == "if":
            return


def _refused(words: list[str], start: int) -> bool:
    """Whether the condition from `start` says its subject does not act: "did not", "does
    not", "do not" or a refusing verb within REFUSAL_REACH tokens, no clause mark before."""
    for at in range(start, min(start + REFUSAL_REACH, len(words))):
        word = words[at]
        if word in modality.CLAUSE_MARKS:
            return False
        if word in REFUSING or (word == "not" and at > start and words[at - 1] in ACTIVE_NEGATED):
            return True
    return False


def _announced(first: int, words: list[str]) -> bool:
    """Whether an announcing verb stands within ANNOUNCED_REACH tokens before the trigger, in
    its clause."""
    for index in range(first - 1, max(first - ANNOUNCED_REACH - 1, -1), -1):
        if words[index] in ANNOUNCING:
            return True
        if words[index] in modality.CLAUSE_MARKS:
            return False
    return False


def _intend(candidate: Candidate, words: list[str]) -> None:
    """Demands ("must"), plans and intentions ("will", "wants to") change the code."""
    if candidate.negated:
        return
    if modality.is_obliged(candidate.before) and candidate.root not in {"10", "02"}:
        candidate.code = modality.shift("demand", candidate.code) or "100"
        candidate.obliged = True
        return
    if candidate.root == INTENT_ROOT or not modality.is_intended(candidate.before):
        return
    candidate.modality = "intended"
    candidate.hedged = modality.is_hedged(candidate.before)
    if candidate.root == CONSULT_ROOT and modality.is_scheduled(candidate.before):
        return  # "will meet", "is due to visit": a scheduled meeting is coded as the meeting
    if candidate.root in modality.COOPERATIVE_ROOTS:
        candidate.code = modality.shift("intend", candidate.code) or candidate.code
    elif (
        candidate.code in ANNOUNCED_DECISIONS
        and _announced(candidate.first, words)
        and not _conditional(candidate.last, words)
    ):
        return  # "Germany said it would expel 40 Russian diplomats": the decision told
    elif candidate.root == FORCE_POSTURE_ROOT and _on_request(candidate.last, words):
        candidate.code = AID_PLEDGE  # "would send troops if Bishkek asked": help offered
    elif candidate.root in modality.MATERIAL_CONFLICT_ROOTS and (
        candidate.root != FORCE_POSTURE_ROOT or _conditional(candidate.last, words)
    ):
        # "NATO will deploy troops to Romania": an announced deployment is the show of force
        # (15x), not a threat of force; "will attack" stays a threat, and so does a show of
        # force with a condition after it (round 47, miss47w: "would put the army on the
        # highest state of combat readiness if the arrests continued", 138; docs/labelling.md,
        # point 9: "would close the border if the drills went ahead" is 13)
        candidate.code = modality.shift("threaten", candidate.code) or candidate.code
    elif candidate.root == REJECT_ROOT and _conditional(candidate.last, words):
        # round 48 (types48): "Budapest would veto the package unless the energy measures were
        # removed", "would block the accession talks if": a refusal announced on a condition is
        # harm the speaker says it will do (docs/labelling.md, point 9), a threat of non-force
        # (131), as a conditional show of force is a threat of force
        candidate.code = CONDITIONAL_REFUSAL


def find_candidates(
    tokens: Tokens, lexicon: Lexicon, fallback: Lexicon | None = None, headline: bool = False
) -> list[Candidate]:
    """The acts of a tokenized sentence with their modality, in sentence order (at most
    MAX_ACTS). The fallback lexicon is tried only when the main one finds nothing."""
    matches = lexicon.find(tokens)
    if not EPITHET_VERBS.isdisjoint(tokens.vocabulary):  # most sentences: no naming verb
        matches += _quoted_epithets(tokens)
    if any(m.pattern.code == ACCUSATION for m in matches):
        matches = [m for m in matches if _cleft_names_party(m, tokens)]
    if any(m.pattern.code == CRITICISM for m in matches):
        matches = [m for m in matches if _names_no_appeal(m, tokens.words)]
    matches = _unswallowed(matches, tokens)
    borrowed = False
    if not matches and fallback is not None:
        matches, borrowed = fallback.find(tokens), True
    if not matches:
        return []
    words = tokens.words
    candidates = [_candidate(match, tokens) for match in select(matches)[:MAX_ACTS]]
    candidates = [
        c
        for c in candidates
        if not existence.stance(words, c.first)
        and not existence.amount(words, c.first)
        and not _unvoiced_march(c, words)  # the noun, a march attempted
    ]
    _vowed_not(candidates, words)
    candidates = _govern(_negate(candidates, words), words)
    _protests_for(candidates, words)
    for candidate in candidates:
        _appeal_to_yield(candidate, words)
        _threat_on_refusal(candidate, words)
        _protest_to_party(candidate, tokens)
        _on_civilian_place(candidate, words, candidates)
    if candidates:
        _crowd_marched(candidates[0], words)
    text, starts = tokens.text, tokens.starts
    capitals = any(text[starts[c.first] : starts[c.first] + 1].isupper() for c in candidates)
    names_marked = capitals and not existence.title_case(text)  # only then can a name hide one
    candidates = [c for c in candidates if _exists(c, tokens, headline, names_marked)]
    if any(not c.descriptive for c in candidates):
        candidates = [c for c in candidates if not c.descriptive]
    _praise_of_act(candidates, words)  # after `_exists`, which marks the nouns
    if (
        len(candidates) > 1
        and "that" in tokens.vocabulary
        and not existence.CONTENT_NOUNS.isdisjoint(tokens.vocabulary)
    ):
        candidates = _outside_charges(candidates, words)  # most sentences: no charge noun
    if len(candidates) > 1:
        candidates = _aid_told_once(candidates, words, tokens.capitalised)
        candidates = _praised_for(candidates, words, tokens.vocabulary)
    for candidate in candidates:
        candidate.fallback = borrowed
    _weigh(candidates, words)
    return candidates


# Round 59 (types59): a pattern's gap stops at an appeal joined by "and": in "was troubled by
# the sentence and urged Cambodia to free ...", "sentence * to" (173) spanned the appeal after
# "and" and, the longer match, took its words, so the appeal was lost and the concern coded as
# a criticism (docs/labelling.md point 28: concern beside an appeal is the appeal; open rows
# wp40-a15-s04, and wp40-a09-s11 and fp21-a12-s07 where "request * to" and a longer span did
# the same to a later appeal).
def _unswallowed(matches: list[Match], tokens: Tokens) -> list[Match]:
    """The matches whose gap holds no appeal opened by "and" and a past form ("and urged",
    "and called on"): the appeal the gap swallowed is kept and the swallowing match dropped."""
    if len(matches) < 2 or "and" not in tokens.vocabulary:  # most sentences: nothing to drop
        return matches
    words = tokens.words
    joined = [
        m.first
        for m in matches
        if m.first > 0
        and words[m.first - 1] == "and"
        and words[m.first].endswith("ed")
        and m.pattern.code[:2] in ASKING_ROOTS
    ]
    if not joined:
        return matches
    return [m for m in matches if not any(m.first + 1 < first <= m.last for first in joined)]


def _outside_charges(candidates: list[Candidate], words: list[str]) -> list[Candidate]:
    """The acts not told as a charge's, report's or evidence's content
    (`existence.charge_content`), when at least one act is not: "denied any political motive
    and said officers had acted on evidence that he urged villagers to block a road" is the
    denial."""
    kept = [c for c in candidates if not existence.charge_content(words, c.first)]
    return kept if kept else candidates


def _aid_told_once(
    candidates: list[Candidate], words: list[str], names: frozenset[int]
) -> list[Candidate]:
    """ "shipped 500 tonnes of wheat ... under a food aid programme": the giving verb's own
    match and the aid noun it gave under (`existence.given_as_aid`) are one act; the noun goes."""
    first = next((c for c in candidates if c.root == AID_ROOT), None)
    if first is None:
        return candidates
    return [
        c
        for c in candidates
        if c is first
        or c.root != AID_ROOT
        or not existence.given_as_aid(words, c.first, c.last, names)
    ]


# Round 53 (miss53w): "called the rights groups "the lawyers of the gangs"", "called President
# Lai a 'parasite'", "branded the opposition leader "a traitor"": a party given a quoted name by a
# naming verb is criticised (docs/labelling.md, the table: 11 disapprove, "111 Criticize or
# denounce"), whatever the words of the name; the lexicon's naming lines list the verdicts it knows
# ("called the raids "murder"") and most of them judge an act, not a party. Not a thing or an act
# named ("called the talks "constructive"": no party), nor a name quoted for what it is ("a group
# called "Tsunami"", "what it called "interference"", "was dubbed "the Iron Lady""), nor praise
# ("called him "a true friend"").
EPITHET_VERBS: Final[frozenset[str]] = frozenset(
    "called calling branded branding dubbed dubbing labelled labeled labelling labeling".split()
)
EPITHET: Final[Pattern] = Pattern((EPITHET_VERBS,), CRITICISM, 0.75)
EPITHET_REACH: Final[int] = 6  # tokens from the naming verb to the opening quote mark
# An epithet is a few words and its quotation closes ("the lawyers of the gangs", "a drug cartel
# without a political project"); a description quoted from a statement runs on ("called the grid
# 'a regional energy scheme meant to supply members ... with ...").
EPITHET_LENGTH: Final[int] = 10  # words quoted at most, to the closing mark
NAMED_AS: Final[frozenset[str]] = existence.NAME_ARTICLES  # "called Lai a 'parasite'"
NAMING_RELATIVES: Final[frozenset[str]] = frozenset({"what", "whom"})  # "what it called "...""
RELATIVE_REACH: Final[int] = 6  # tokens before the naming verb: "what Foreign Minister X called"
OBJECT_BREAKS: Final[frozenset[str]] = frozenset(",;:()") | frozenset(
    "and or but that which who on for off in up out to after over by".split()
)
# the common nouns of parties a naming reaches (a name is capitalised): people, groups, bodies
NAMED_PARTIES: Final[frozenset[str]] = frozenset(
    """him her them group groups government governments opposition protesters demonstrators
    activists journalists media reporters rebels militants insurgents judges judge prosecutors
    prosecutor leader leaders president minister ministers party parties critics opponents
    lawmakers deputies senators legislators unions union organisations organizations ngos
    regime junta army military police authorities officials movement students strikers
    migrants refugees commander commanders generals envoy ambassador diplomats""".split()
)
PRAISE_NAMES: Final[frozenset[str]] = frozenset(
    """friend friends brother brothers sister sisters partner partners ally allies hero heroes
    champion champions patriot patriots statesman legend visionary genius great dear true
    best good model""".split()
)
POSSESSIVE_ENDS: Final[tuple[str, ...]] = ("'s", "s'")


def _quoted_epithets(tokens: Tokens) -> list[Match]:
    """The naming verbs whose object, a party, is followed by a quoted name (`EPITHET`)."""
    words, names = tokens.words, tokens.capitalised
    found: list[Match] = []
    for verb, word in enumerate(words):
        if (
            word not in EPITHET_VERBS
            or (verb > 0 and words[verb - 1] in BE)  # "was called": a name told, no naming
            or not disjoint_in(NAMING_RELATIVES, words, max(0, verb - RELATIVE_REACH), verb)
        ):
            continue
        quote = _opening_quote(tokens, verb + 1, min(len(words), verb + 1 + EPITHET_REACH))
        if quote < 0:
            continue
        head = quote - 1
        if words[quote] in OPENING_QUOTES:
            quote += 1  # the first word quoted
        while head > verb and words[head] in NAMED_AS:
            head -= 1
        if head == verb or not disjoint_in(OBJECT_BREAKS, words, verb + 1, head + 1):
            continue  # the quote is the name itself, or the object runs past its clause
        if words[head].endswith(POSSESSIVE_ENDS) or not (
            head in names or words[head] in NAMED_PARTIES
        ):
            continue  # a thing or an act named ("called Budapest's "sabotage""), no party
        if not disjoint_in(PRAISE_NAMES, words, quote, quote + EPITHET_REACH):
            continue
        if not _closes_soon(tokens, quote):
            continue  # a long description quoted, not a name given
        found.append(Match(EPITHET, verb, verb))
    return found


def _closes_soon(tokens: Tokens, first: int) -> bool:
    """Whether the quotation whose first word is `first` closes within `EPITHET_LENGTH` words:
    a closing double quote mark (a token) or a single one right after a word."""
    words, text, spans = tokens.words, tokens.text, tokens.spans
    for index in range(first, min(len(words), first + EPITHET_LENGTH + 1)):
        if words[index] in CLOSING_QUOTES:
            return True
        end = spans[index][1]
        if end < len(text) and text[end] in SINGLE_QUOTES:
            return True
    return False


def _opening_quote(tokens: Tokens, first: int, end: int) -> int:
    """The first token from `first` before `end` that opens a quotation: a double quote mark
    (one of the tokens) or a word right after a single one; -1 if none."""
    words, text, starts = tokens.words, tokens.text, tokens.starts
    for index in range(first, end):
        if words[index] in OPENING_QUOTES:
            return index
        start = starts[index]
        if start > 0 and text[start - 1] in SINGLE_QUOTES and (start < 2 or text[start - 2] == " "):
            return index
    return -1


CLEFT_VERBS: Final = frozenset({"was", "is"})


def _cleft_names_party(match: Match, tokens: Tokens) -> bool:
    """ "said it was Chile that boycotted the talks": the blame falls on a named party (a
    capitalised word, or "the" and one, after "it was"); not "said it was important that
    talks resume". True for any other act."""
    if match.pattern.code != ACCUSATION:
        return True
    words, names = tokens.words, tokens.capitalised
    for index in range(match.first + 1, match.last - 1):
        if words[index] == "it" and words[index + 1] in CLEFT_VERBS:
            named = index + 2
            if words[named] == "the":
                named += 1
            return named in names
    return True


# Round 45 (type45): "called on the government to present a long-term crime plan", "called on
# their supporters to resist what they called a coup": "call on", "call upon" and "call for" are
# appeals (labelling guide point 1, 02); the namings of the call verbs ("called the vote a sham",
# 111) reach across them with their long gap and would take the appeal's place
APPEAL_PARTICLES: Final = frozenset({"on", "upon", "for"})


def _names_no_appeal(match: Match, words: list[str]) -> bool:
    """False for a naming (111) read from "call on/upon/for"; True for any other match."""
    if match.pattern.code != CRITICISM or not words[match.first].startswith("call"):
        return True
    after = match.first + 1
    return after >= len(words) or words[after] not in APPEAL_PARTICLES


def _unreal(candidate: Candidate, tokens: Tokens) -> bool:
    """An act only wished for, supposed, possible, or with no party to it."""
    words, head, names = tokens.words, candidate.first, tokens.capitalised
    after = head + 1
    if words[head] in existence.NEEDS_PARTY and after < len(words) and after not in names:
        start, end = tokens.spans[after]
        if not tokens.text[start:end].islower() and tokens.text[start:end].isalpha():
            names = names | {after}  # "eBay", "eSwatini": a name with inner capitals
    before = candidate.before
    return (
        modality.is_counterfactual(before)  # "would have been withdrawn"
        or modality.is_doubted(before)  # "is unlikely to launch an invasion"
        or modality.is_capacity(before)  # "would be able to search and detain"
        or modality.is_conditional(before)  # "until Indonesia recognised independence"
        or modality.is_wished(before)  # "I hope they investigate"
        or existence.wish_without_party(words, head, names)  # "we want things to change"
        or existence.help_without_party(words, head, candidate.last, names)  # "helped drive"
        or existence.appeal_without_party(words, head, candidate.last, names)  # "asked me, a"
        or existence.complement(words, head)  # "protects the right to demonstrate"
        or existence.asked_about(words, head)  # "explain why it agreed to"
        or (  # "prevented an attack": asked only when the sentence has a verb of prevention
            not existence.AVERTING.isdisjoint(tokens.vocabulary)
            and existence.averted(words, head, names)
        )
        or existence.document_content(words, head)  # "the resolution would impose"
        # "a pact under which Oslo will supply": asked only when "under" is in it
        or ("under" in tokens.vocabulary and existence.deal_relative(words, head))
        or (  # "a video showed X offering": asked only when a recording is named
            not existence.RECORDINGS.isdisjoint(tokens.vocabulary)
            and existence.recorded_scene(words, head)
        )
        or existence.provision(words, head)  # "Under the law, protesters who block roads"
        or existence.feared(words, head, tokens.capitalised)  # "fears of a boycott"
        or existence.plotted_by(words, head, names)  # "militants planning attacks"
        or existence.supposed(words, head, candidate.last, tokens.capitalised)  # "a Chinese
        # attack on Taiwan could trigger ..."
    )


# Round 37 (types4): 'protesters chanted "the president must go"', 'holding signs that read "I
# oppose the dam"': the words of a crowd's chant or of its placards are what the protest says (the
# chant, the placards held, are its act: data/triggers.tsv, 141), no act of their own; a quote
# opened after "read" or "saying" is a slogan only when a placard is named right before it ('a
# statement that read "we condemn ..."' is the statement's act).
CHANTING: Final = frozenset("chant chants chanted chanting shout shouts shouted shouting".split())
READING: Final = frozenset("read reads reading saying said bearing".split())
PLACARDS: Final = frozenset(
    "sign signs placard placards banner banners poster posters t-shirts".split()
)
SLOGAN_REACH: Final = 16  # tokens from the opening quote mark to the act
PLACARD_REACH: Final = 3  # tokens from the placard to "read": "signs that read", "banners reading"


def _in_slogan(words: list[str], head: int) -> bool:
    """Whether the act stands inside a quoted chant or placard."""
    quote = link_before(words, head - 1, SLOGAN_REACH - 1, QUOTES, NO_BREAKS)
    if quote < 0:
        return False
    verb = words[quote - 1]
    if verb in CHANTING:
        return True
    start = max(0, quote - 1 - PLACARD_REACH)
    return verb in READING and not disjoint_in(PLACARDS, words, start, quote - 1)


# Round 42 (false42): what a military drill is said to practise ("the exercises focused on combat
# readiness patrols, seizing control of sea and air space and blockading key ports", "drills
# involving strikes on mock targets") is the drill's content, no act of its own: the drill is
# the act (15, `FORCE_POSTURE_ROOT`, kept), its blockade or strike only rehearsed, as a simulated
# one is (`existence.REHEARSING`). The act must be named by a noun or a gerund in that clause: a
# finite verb after it ("the drills focused on the strait as Chinese jets entered its zone")
# starts an act of its own.
DRILL_NOUNS: Final[frozenset[str]] = existence.EXERCISES | {"games", "wargames", "rehearsal"}
DRILL_CONTENT: Final = frozenset(
    "focused focusing focuses centred centered included includes including involved involves "
    "involving practised practiced practising practicing tested testing".split()
)
DRILL_BREAKS: Final = frozenset(";:()") | frozenset(
    "but while as after when because said says told according".split()
)
DRILL_REACH: Final = 20  # tokens from the drill's noun to the act it is said to practise


def _drill_content(candidate: Candidate, words: list[str], vocabulary: frozenset[str]) -> bool:
    """`vocabulary`: the set of `words` (`Tokens.vocabulary`)."""
    head = candidate.first
    if DRILL_NOUNS.isdisjoint(vocabulary):  # most sentences: no drill named
        return False
    if candidate.root == FORCE_POSTURE_ROOT or words[head].endswith("ed"):
        return False
    for index in range(head - 1, max(head - DRILL_REACH, 1) - 1, -1):
        word = words[index]
        if word in DRILL_BREAKS:
            return False
        if word in DRILL_CONTENT:
            noun = index - 1 if words[index - 1] not in DRILL_AUXILIARIES else index - 2
            return noun >= 0 and words[noun] in DRILL_NOUNS
    return False


DRILL_AUXILIARIES: Final = frozenset({"were", "was", "are", "is", "will", "would"})


# Round 50 (types50): a trigger that starts on its passive auxiliary (`data/triggers.tsv`: "were
# released", "were handed back to") leaves its subject, the ones freed, outside it for the roles;
# whether it reports an act (a noun, a date, a reduced relative) is asked of its participle
# (the auxiliaries: `existence.PASSIVE_OPENERS`).
def _judged_head(candidate: Candidate, words: list[str]) -> int:
    """The trigger's first word, or its participle after a passive auxiliary it starts on."""
    head = candidate.first
    if words[head] in existence.PASSIVE_OPENERS and candidate.last > head:
        return head + 1  # "were released", "were handed back to": the participle is judged
    return head


# Round 61 (false61): a use of force or a protest the narration puts under a modal, with no one
# in the sentence saying it ("Under the order, troops may search homes and arrest suspects",
# "the hearing is on Friday, when prosecutors will seek to extend his detention", "asked how the
# navy would respond to a blockade") is a plan, a permission or a case supposed, not a threat: a
# threat (13) is an act because someone makes it by saying it (docs/labelling.md, section 1:
# plans and schedules, and the exceptions to them). The modal stands in the act's clause, up to
# `PLAN_REACH` tokens back and shared over "and" by a conjoined verb ("may search homes and
# arrest"); the sentence holds no verb of saying, no "according" and no quote mark. An announced
# deployment (15) and a cut in relations (16, "The UN will withdraw its inspectors") keep their
# own rules (`_intend`), and "plans to", "wants to" (intent verbs, no auxiliary) are left alone:
# the open sets held four such acts, all false (fp36-a05-s01, fp36-a15-s10, fp19-a14-s01, and a
# second event of wp36-a07-s00).
NARRATED_MODALS: Final = frozenset({"will", "would", "may", "might", "could", "shall"})
PLAN_ROOTS: Final = frozenset({"14", "17", "18", "19", "20"})
UNSAID: Final = (
    frozenset(
        "said says say saying told tells warned warns warning vowed vows threatened threatens "
        "threatening pledged pledges promised promises announced announces declared according "
        "added insisted stated statement quoted ordered orders confirmed confirms cautioned "
        "cautions signalled signaled indicated suggested reiterated urged urges".split()
    )
    | QUOTES
)


# "may", "might", "could": a permission or a possibility; "will" and "would" only in a clause
# of time, an indirect question or a relative clause ("when police will seek", "how Tokyo would
# react", "a bill that would let"): "Ethiopia will begin an offensive against the rebels", the
# main clause's future, stays a threat as the CAMEO sets code it
PERMITTING_MODALS: Final = frozenset({"may", "might", "could"})
PLAN_CLAUSES: Final = frozenset({"when", "how", "that", "which", "who", "where", "once"})
PLAN_CLAUSE_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "and", "but"})
PLAN_REACH: Final = 7  # tokens from the act back to its modal ("will seek to extend their")
PLAN_BREAKS: Final = frozenset({",", ";", ":", "(", ")", "but", "that", "which", "who"})


def _narrated_plan(candidate: Candidate, tokens: Tokens) -> bool:
    """Whether a use of force or protest is under a modal the narration gives, no one saying it."""
    if candidate.root not in PLAN_ROOTS or NARRATED_MODALS.isdisjoint(tokens.vocabulary):
        return False
    if not UNSAID.isdisjoint(tokens.vocabulary):
        return False
    words = tokens.words
    modal = link_before(words, candidate.first - 1, PLAN_REACH, NARRATED_MODALS, PLAN_BREAKS)
    if modal <= 0 or modal in tokens.capitalised:
        return False  # "voted on May 15 to impeach": the month, no modal
    if words[modal] in PERMITTING_MODALS:
        return True
    return link_before(words, modal - 1, PLAN_REACH, PLAN_CLAUSES, PLAN_CLAUSE_BREAKS) >= 0


# Round 62 (miss62): "march" read as a verb (data/triggers.tsv) only right after "would" or
# "will": "the guild will march to the senate next week unless the tariff goes", a march announced
# or threatened (the modal, read before the trigger, makes it intended, and a condition after it a
# threat, 133). Any other "march" before "on"/"to" is the noun ("a march to the embassy is
# planned"), the month, or a march attempted ("cadets who sought to march into the square": the
# police's act on the crowd is the news); dropped before acts are governed (a threat "to march"
# keeps the threat's own line).


def _unvoiced_march(candidate: Candidate, words: list[str]) -> bool:
    """Whether the trigger is the bare "march" with no "would" or "will" right before it."""
    first = candidate.first
    return words[first] == "march" and (first == 0 or words[first - 1] not in existence.PLAN_MODALS)


def _exists(candidate: Candidate, tokens: Tokens, headline: bool, names_marked: bool) -> bool:
    """Whether the trigger may report an act rather than naming, planning or aiming at one
    (see `existence`); a noun that only describes one is marked `descriptive`."""
    words, starts, text = tokens.words, tokens.starts, tokens.text
    head = _judged_head(candidate, words)
    if (
        existence.in_compound(text, starts, head)
        or (names_marked and existence.in_name(text, starts, tokens.spans, words, head))
        or existence.court_appeal(words, head)  # "said they would appeal."
        or _in_slogan(words, head)  # 'chanted "Down with the junta"'
        # "the exercises focused on blockading key ports"
        or _drill_content(candidate, words, tokens.vocabulary)
        or _expulsion_in_other_clause(candidate, words)  # "the envoy said 40 were expelled"
    ):
        return False
    if (
        _unreal(candidate, tokens)
        or _narrated_plan(candidate, tokens)
        or (
            not headline
            and existence.background(words, head, candidate.last, text, tokens.vocabulary)
        )
    ):
        return False  # background: "has occupied ... since 2014", "The strikes came despite"
    intended = modality.is_intended(candidate.before)
    if existence.is_goal(words, head, intended, candidate.code):
        return False
    if (
        existence.reduced_relative(words, head)
        or existence.captive_described(words, head)  # "six villagers kidnapped ... were freed"
        # "the decision was taken", "two missiles were intercepted": no one detained
        or existence.thing_captured(words, candidate.first, candidate.last, tokens.capitalised)
        or existence.counted_participle(words, head)  # ", many of them expelled under"
        or existence.habitual_relative(words, head)  # "the rebels who attack the border"
        or existence.deed_relative(words, head)  # ", which organised the march,"
        or existence.consequence_noun(words, head)  # ", setting off months of protests"
        or existence.described_fighters(words, head)  # "one of 100 groups fighting in"
        or (  # "is one of Namibia's largest donors": asked only when "one" or "among" stands
            not existence.KIND_OPENERS.isdisjoint(tokens.vocabulary)
            and existence.one_of_kind(words, head)
        )
        or existence.charged_aside(words, head)
        or existence.trailing_charge(words, head)  # ", accused of assaulting officers"
        or existence.how_they_died(words, head)  # "soldiers who died fighting the rebels"
        or (candidate.code[:2] in FORCE_ACT_ROOTS and existence.named_as(words, head))
    ):
        return False
    if (
        existence.attributive(words, head)
        or existence.participle_adjective(words, head)
        or existence.counted_strikes(words, head)  # "said 73 strikes had hit the country"
    ):
        return False
    if (
        not headline and existence.referred_to(words, head, tokens.capitalised)
    ) or existence.deliberated(words, head, tokens.capitalised):  # "to rule on X's request"
        return False
    capitalised = head > 1 and text[starts[head - 1] : starts[head - 1] + 1].isupper()
    candidate.noun = existence.is_noun(
        words, head, capitalised, tokens.capitalised if head > 2 else frozenset()
    )
    if not candidate.noun:
        # "an immature negotiating partner": a participle qualifying a head noun
        return not (
            candidate.last == head
            and words[head].endswith("ing")
            and existence.modifies_noun(words, head)
        )
    if (
        existence.proposed(words, head)
        or existence.any_act(words, head, tokens.capitalised)  # "to neutralise any incursion"
        or existence.called_off(words, candidate.last)
        or ("court" in tokens.vocabulary and existence.challenged_in_court(words, head))
        or (candidate.code == DEMONSTRATION and existence.named_protests(words, head))
        or (candidate.root == APPEAL_ROOT and existence.named_request(words, head))
    ):
        return False
    if not headline and existence.time_reference(words, head, tokens.capitalised):
        return False
    if existence.modifies_noun(words, candidate.last) and not existence.holds_verb(
        words, head, candidate.last
    ):
        return False
    if not headline and existence.classified(words, head, candidate.last):
        return False
    statement = candidate.root == "01"  # "voiced deep concern": the noun is the act
    candidate.descriptive = (
        not (headline or statement)
        and existence.descriptive(words, head, candidate.last, tokens.capitalised)
        and not (  # "delivered diesel under an emergency aid package"
            candidate.root == AID_ROOT
            and existence.given_as_aid(words, head, candidate.last, tokens.capitalised)
        )
    )
    return True


# Round 49 (types49): an expulsion told in the passive from its diplomats (`data/triggers.tsv`:
# "two Russian diplomats were expelled", "the consul in Narva was expelled") runs from the noun
# through a gap to "was" and the participle; a saying verb or a relative word in that gap ("the
# ambassador said 40 migrants were expelled", "the envoy, whose son was expelled") gives the
# participle another subject in another clause: no expulsion of the diplomats.
EXPULSION_GAP_BREAKS: Final = frozenset(
    "said says say saying told tells added stated announced reported claimed noted insisted "
    "warned that who whose which whom".split()
)
PASSIVE_AUXILIARIES: Final[frozenset[str]] = existence.PAST_PASSIVE_AUXILIARIES


def _expulsion_in_other_clause(candidate: Candidate, words: list[str]) -> bool:
    """A passive expulsion trigger opened on a diplomat's noun whose gap holds another clause."""
    if candidate.code != TIES_CUT:
        return False
    for word in words[candidate.first + 1 : candidate.last]:
        if word in PASSIVE_AUXILIARIES:
            return False
        if word in EXPULSION_GAP_BREAKS:
            return True
    return False


def _backgrounded(candidate: Candidate, accused: bool) -> bool:
    """ "accused ... of the attack"; "a man jailed over ...": not the main act."""
    if candidate.root not in REPORTED_ROOTS:
        return False
    return accused or (candidate.root in TRANSITIVE_ROOTS and modality.is_reduced(candidate.before))


def _adjunct_penalty(candidate: Candidate, words: list[str]) -> float:
    """ "demonstrated ... demanding reform": the manner of the act before; set off by a comma
    ("raided the camp, detaining 14", "marched through the capital, demanding reform"), what
    came of it. A demand a protest makes ("rallied to demand") is its content."""
    protest = PROTEST_CONTENT if candidate.demanded_in_protest else 0.0
    if not _adjunct(candidate.before):
        return protest
    previous = words[candidate.first - 1]
    if previous == ",":
        return protest + 0.1 + COMMA_PARTICIPLE
    if previous.isalpha() and previous not in NOT_SUBJECT and previous not in STATEMENTS:
        # "fired live rounds at protesters demanding his resignation": a participle right after
        # a noun describes that noun (a reduced relative clause), it reports no act of its own
        return protest + 0.1 + NOUN_PARTICIPLE
    return protest + 0.1


# Round 37 (types4): "issued a joint statement rejecting the move, and several ministers resigned",
# "released a communique condemning the raid": what a statement says is the act its issuer does by
# it, no description of the statement (the participle after it keeps the plain adjunct penalty).
STATEMENTS: Final = frozenset(
    "statement statements communique communiques declaration declarations".split()
)


def _adjunct(before: modality.Before) -> bool:
    """A participle after another act that is not a progressive verb ("were demanding")."""
    return before.head.endswith("ing") and not (
        before.close and before.close[-1] in ("is", "are", "was", "were", "been", "be")
    )


def _protested(candidate: Candidate, protested: bool) -> bool:
    """ "took to the streets to protest the arrest", "a strike in protest of the killings": the
    act named after a protest is what is protested, not the sentence's main act."""
    return protested and candidate.noun and candidate.root in REPORTED_ROOTS - {PROTEST_ROOT}


PRAISE_REACH: Final = 8  # tokens: the act praised stands close after the praise


def _praised(candidate: Candidate, praised: int | None, words: list[str]) -> bool:
    """ "welcomed the release of the hostages", "thanked Pyongyang for sending troops": the
    act is what is praised, not the sentence's main act (not after a clause break: "called the
    releases a welcome step but urged Havana to free ...")."""
    if praised is None or candidate.first - praised > PRAISE_REACH:
        return False
    between = words[praised + 1 : candidate.first]
    return ACT_LINK_BREAKS.isdisjoint(between)


# Words between an act and the act it praises or deploys for that part the two (not
# `clause_words.CLAUSE_BREAKS`, the semicolon and colon that end a clause anywhere).
ACT_LINK_BREAKS: Final = frozenset(
    {",", ";", ":", "but", "and", "while", "as", "after", "before", "then"}
)


# Irregular past participles that open an apposition ("fishermen, held captive for months,").
APPOSED_PARTICIPLES: Final = frozenset("held kept taken caught shot hit struck seen led".split())
NOT_SUBJECT: Final = (
    existence.NOT_A_NOUN | PREPOSITIONS | existence.DETERMINERS | {"to", ",", "(", "-"}
)
SUBJECT_DESCRIBED: Final = 0.25


def _describes_subject(candidate: Candidate, main: Candidate, words: list[str]) -> bool:
    """ "Twelve sailors, held captive in Somalia for weeks, have been freed", "the
    coalition fighting the Houthis has declared a truce": the first act is a participle that
    describes the subject of a later finite act, which is the sentence's main act."""
    head, before = candidate.first, candidate.first - 1
    if before < 1 or not disjoint_in(modality.FINITE, words, 0, head):
        return False  # a verb of its own before it: "has adopted a bill scrapping the tax"
    if not (modality.FINITE.intersection(main.before.close) or words[main.first].endswith("ed")):
        return False
    word = words[head]
    if words[before] == ",":  # an apposition, closed by a comma before the main act
        participle = word.endswith("ed") or word in APPOSED_PARTICIPLES
        # round 37 (types4): "Kuwait's emir, Sheikh Sabah, telephoned Qatar's ruler, Sheikh
        # Tamim, and urged him": a verb joined to the act by "and" is the subject's second act
        joined = main.before.close[-1:] == ["and"]
        return participle and not joined and "," in words[candidate.last + 1 : main.first]
    noun = words[before]
    return (
        word.endswith("ing")
        and noun.isalpha()
        and noun not in NOT_SUBJECT
        and noun not in STATEMENTS  # "issued a statement rejecting the move": what it says
    )


AFTER_MEETING: Final = 0.2
# Two acts of one subject joined by "and", of which the first is the sentence's: acts done by
# saying (cameo.SAYING_ROOTS) and talks and diplomatic cooperation (04, 05: "met the envoy and
# pledged ...", "endorsed the plan and urged ..."), which are told as statements too.
SAYING_ACTS: Final = SAYING_ROOTS | {"04", "05"}
JOINING_ADVERBS: Final = frozenset({"then", "later", "also", "jointly", "together"})
# An act told after a participle that opens what the actor said after its act (clause_words.
# PARTICIPLE_FRAMES: "welcomed the deal, saying Cairo had agreed to share data") is not the
# sentence's main act.
SAID_AFTER: Final = 0.15


# Conjunctions that open a subordinate clause: an act in one after the sentence's first act
# ("quit as the protesters threatened to storm his office", "will not hand over its
# weapons while Israel occupied Lebanese land", "will not free the hostages unless Ankara
# frees the prisoners") is its circumstance or condition, not the act reported.
CIRCUMSTANCE: Final = frozenset(
    {"as", "while", "whereas", "until", "unless", "because", "although", "though", "after"}
)
CIRCUMSTANCE_AFTER: Final = 0.15


def _after_penalty(candidate: Candidate, before: Candidate, words: list[str]) -> float:
    """How much less likely an act after another is the main one: a participle of manner or
    result ("raided the camp, detaining 14"), an act told in a saying clause after a reported
    act (not after a plain statement: "said he hoped ..., noting that Taipei had eased
    restrictions" reports the easing), an act in a subordinate clause after it."""
    penalty = _adjunct_penalty(candidate, words)
    previous = before.code
    if (not previous.startswith("01") or previous == DENIAL) and (
        not PARTICIPLE_FRAMES.isdisjoint(candidate.before.near)
        or _said_clause(before, candidate, words)
    ):  # after a plain statement no saying clause is looked for
        penalty += SAID_AFTER
    if not disjoint_in(CIRCUMSTANCE, words, before.last + 1, candidate.first):
        penalty += CIRCUMSTANCE_AFTER
    return penalty


# round 35 (types15): how far back from an act a saying clause may open (", saying a ban adopted
# by parliament in March breached EU rules": eight words past the four the window reads)
SAID_CLAUSE_REACH: Final = 12


def _said_clause(before: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """Whether the act stands in a clause opened by ", saying" (or "adding", "noting", ...)
    after the act before it, further back than the words right before it."""
    start = max(before.last + 1, candidate.first - SAID_CLAUSE_REACH)
    for index in range(candidate.first - 1, start, -1):
        word = words[index]
        if word in PARTICIPLE_FRAMES:
            return words[index - 1] == ","
        if word in (",", ";", ":"):
            return False
    return False


def _joined(before: modality.Before) -> bool:
    """A verb joined by "and" to the act before it ("met ... and agreed", "and then called"),
    not a noun in a list ("visit Gabon and Chad to mediate")."""
    close = before.close
    if close[-1:] == ["and"]:
        return True
    return close[-2:-1] == ["and"] and close[-1] in JOINING_ADVERBS


def _but(before: modality.Before) -> bool:
    """A verb right after "but" ("welcomed the move but urged ...")."""
    return before.close[-1:] == ["but"]


# round 34: a praise given by naming another's act ("called the releases a welcome step", 051) and
# followed by an act after "but" ("... but urged Havana to free all detainees") is a concession:
# the act after "but" is the news. A praise verb ("welcomed the move but urged") stays the act.
NAMING_VERBS: Final[frozenset[str]] = frozenset(
    "call calls called calling termed describe describes described describing".split()
    + "label labels labelled labeled labelling".split()
)
CONCEDED: Final = 0.2


def _weigh_after(before: Candidate, candidate: Candidate, words: list[str]) -> None:
    """The penalties of an act told after another: its own (`_after_penalty`, and the purpose
    of a deployment: `_deployed_for`), and the one before it when that praise is conceded to
    it."""
    candidate.penalty += _after_penalty(candidate, before, words)
    if _deployed_for(candidate, before, words):
        candidate.penalty += DEPLOYED_FOR
    if _conceded(before, candidate, words):
        before.penalty += CONCEDED


def _conceded(before: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """Whether `before` is a praise by naming and `candidate` the act after "but" that follows."""
    return (
        before.code in PRAISING and words[before.first] in NAMING_VERBS and _but(candidate.before)
    )


CLAUSE_OPENING: Final = SUBORDINATORS | {
    "but",
    "so",
    "then",
    "than",
    "nor",
    "yet",
    "where",
    "said",
    "says",
}
CONTACT_REACH: Final = 6  # tokens from the act before to the noun the relative clause describes


def _contact_relative(before: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """ "freed a U.S. diplomat it arrested in May", "returned the tanker they seized": a past
    act in a relative clause without "that" after the object of the act before it describes
    that object; it is not the sentence's main act."""
    head = candidate.first
    if head < 2 or words[head - 1] not in PARTY_PRONOUNS or not words[head].endswith("ed"):
        return False
    noun = words[head - 2]  # not a clause opener: "as she appealed", "but they refused"
    if not noun.isalpha() or noun in NOT_SUBJECT or noun in CLAUSE_OPENING or noun.endswith("ly"):
        return False
    return before.last < head - 2 <= before.last + CONTACT_REACH


def _reported_second(candidate: Candidate, previous: str | None, opened_praising: bool) -> bool:
    """Whether the act is the second of two the subject did, joined by "and" (docs/labelling.md:
    one event a sentence, the first): "met in Doha and called for a ceasefire" (the meeting),
    "welcomed the decision but urged Beijing to lift ..." (the praise, also after "but"),
    "called the decision blackmail and threatened to veto the budget" (two spoken acts: the
    first; not material acts, "raided the camp and detained 14" reports the arrests)."""
    if previous is None:
        return False
    joined = _joined(candidate.before)
    if (joined or _pair_goes_on(candidate)) and previous.startswith(CONSULT_ROOT):
        return True
    if joined and previous.startswith(REPRESSION) and candidate.code.startswith(ARREST):
        return True  # "fired tear gas and detained 30": the repression, reported first
    if joined and previous.startswith(PROTEST_ROOT) and candidate.root in ASKING_ROOTS:
        return True  # "chanted slogans against the king and called for ...": the protest
    if opened_praising:
        return joined or _but(candidate.before) or _pair_goes_on(candidate)
    return (
        joined
        and not candidate.noun
        and previous[:2] in SAYING_ACTS
        and candidate.root in SAYING_ACTS
    )


# Round 37 (types4): "met his Omani counterpart in Muscat, and the two agreed to form a
# committee", "received the visiting president, and the two leaders agreed to ...", "welcomed the
# visit and said the two countries had agreed to ...": the pair of the meeting (or of the praise)
# goes on after "and" as "the two", "both sides" or "they"; the act told first is the sentence's
# (docs/labelling.md: one event a sentence, the first).
PAIR_NOUNS: Final = frozenset(
    "leaders sides countries men ministers presidents governments delegations nations "
    "neighbours neighbors officials heads".split()
)
PAIR_AUXILIARIES: Final = frozenset("had have also then later jointly".split())
PAIR_REACH: Final = 6  # words before the act: "and said the two countries had"


def _pair_goes_on(candidate: Candidate) -> bool:
    """Whether the act's subject is the pair told before it, after "and" ("and the two
    leaders agreed", "and said both sides had agreed", "and they agreed")."""
    words, index = candidate.before.words, candidate.first - 1
    stop = max(0, candidate.first - PAIR_REACH)
    while index > stop and words[index] in PAIR_AUXILIARIES:
        index -= 1
    if words[index] in PAIR_NOUNS:
        index -= 1
    if words[index] == "two" and words[index - 1] == "the":
        index -= 2
    elif words[index] in ("both", "they"):
        index -= 1
    else:
        return False
    if index > stop and words[index] == "said":
        index -= 1
    return index >= stop and words[index] == "and"


# Round 37 (types4): "supporters had gathered outside the prefecture chanting for his release, and
# riot police pushed them back with tear gas", "broke through barricades ..., and police responded
# with water cannon": the police's answer, told in a clause of its own after the protest, is the
# second act; the protest told first is the sentence's (docs/labelling.md: the first act).
POLICE_SUBJECTS: Final = frozenset(
    "police policemen officers riot security troops soldiers gendarmes gendarmerie".split()
)
POLICE_REACH: Final = (
    3  # words from "and" to the police: "and anti-riot police", "and the security"
)


def _police_answered(before: Candidate, candidate: Candidate, words: list[str]) -> bool:
    """Whether a coercive act is the police's answer, after ", and", to a protest told before."""
    if before.root != PROTEST_ROOT or candidate.root != "17":
        return False
    for index in range(before.last + 2, candidate.first):
        if words[index] == "and" and words[index - 1] == ",":
            after = words[index + 1 : min(index + 1 + POLICE_REACH, candidate.first)]
            return not POLICE_SUBJECTS.isdisjoint(after)
    return False


# "Protesters defied a ban and marched on parliament", "defied the curfew and rallied": a ban
# defied (128) by the protest told right after it with "and" is how the protest was held; the
# protest (14) is the sentence's act, reported first.
DEFIED_BY: Final = 0.35  # above the weight a specific defiance trigger has over a bare "marched"


def _defied_by_protest(candidate: Candidate, later: Sequence[Candidate]) -> bool:
    """A defiance whose next verb (past the nouns of what was banned: "a ban on rallies"),
    joined to it by "and", is a protest."""
    if candidate.code != DEFIANCE:
        return False
    for after in later:
        if not after.noun:
            return after.root == PROTEST_ROOT and _joined(after.before)
    return False


# round 41 (types8): "deployed the army to support the police", "the army had been deployed to
# help the police", "ordered troops onto the streets to fight 22 criminal gangs": backing, help
# or force told as the purpose of a deployment ("to" right after it, in its clause) is what the
# troops are sent for, not yet done; the deployment is the act (15, labelling guide point 27),
# not support (051), an offer of help (033), help given (070) or a fight (19) of its own; a
# purpose of another kind keeps the lift `modality.salience_penalty` gives it ("sent experts to
# investigate", "sent troops to deliver food aid").
BACKING_ROOTS: Final = frozenset({INTENT_ROOT, "05"}) | FORCE_ACT_ROOTS
HELPING_VERBS: Final = frozenset("help assist support back".split())
DEPLOYED_FOR: Final = 0.3
DEPLOYED_REACH: Final = (
    8  # tokens: "deployed additional units and air defence teams to ... to help"
)


def _deployed_for(candidate: Candidate, before: Candidate, words: list[str]) -> bool:
    if before.root != FORCE_POSTURE_ROOT:
        return False
    if candidate.root not in BACKING_ROOTS and words[candidate.first] not in HELPING_VERBS:
        return False
    if candidate.first - before.last > DEPLOYED_REACH or candidate.before.close[-1:] != ["to"]:
        return False
    return disjoint_in(ACT_LINK_BREAKS, words, before.last + 1, candidate.first)


def _weigh(candidates: list[Candidate], words: list[str]) -> None:
    """Modality of each act, and how likely it is the sentence's main act."""
    previous: str | None = None
    accused = False
    praised: int | None = None  # the last word of the last praise or thanks
    # "welcomed the deal and urged both sides to implement it": the praise, reported first, is
    # the sentence's act (docs/labelling.md: one event a sentence, the first)
    # (not a praise by naming, which concedes to an act after "but": `_conceded`)
    opened_praising = (
        bool(candidates)
        and candidates[0].code in PRAISING
        and words[candidates[0].first] not in NAMING_VERBS
    )
    protested = False
    for index, candidate in enumerate(candidates):
        _intend(candidate, candidate.before.words)
        candidate.penalty = modality.salience_penalty(candidate.before, previous)
        if previous is None and index + 1 < len(candidates):
            if _describes_subject(candidate, candidates[index + 1], words):
                candidate.penalty += SUBJECT_DESCRIBED
        elif index and _contact_relative(candidates[index - 1], candidate, words):
            candidate.penalty += SUBJECT_DESCRIBED
        if (
            _backgrounded(candidate, accused)
            or _praised(candidate, praised, words)
            or _protested(candidate, protested)
        ):
            candidate.penalty += 0.15  # "welcomed the release", "thanked X for sending troops"
        if index and (
            _reported_second(candidate, previous, opened_praising)
            or _police_answered(candidates[index - 1], candidate, words)
        ):
            candidate.penalty += AFTER_MEETING
        if index:
            _weigh_after(candidates[index - 1], candidate, words)
        if candidate.descriptive:
            candidate.penalty += DESCRIPTIVE_PENALTY
        if _defied_by_protest(candidate, candidates[index + 1 :]):
            candidate.penalty += DEFIED_BY
        if candidate.fallback:
            candidate.penalty += FALLBACK_PENALTY
        accused = accused or modality.frame_of(candidate.code) == "accuse"
        protested = protested or candidate.root == PROTEST_ROOT
        if candidate.code in PRAISING:
            praised = candidate.last
        previous = candidate.code
