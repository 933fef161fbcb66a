"""Modality of an act from the words around its trigger: negated, intended, or governed.

Cue words live in `data/modality.tsv`; how a frame ("intend", "threaten", "appeal",
"demand", "reject") changes a CAMEO code lives in `data/shifts.tsv`. Both are read once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from importlib import resources
from typing import Final

from tensionwatch.domain.clause_words import (
    BARE_MODALS,
    BE,
    DATE_WORDS,
    NOT_OR_NEVER,
    NOUN_OPENERS,
    NUMBER_WORDS,
    OBJECT_OPENERS,
    OPENING_QUOTES,
    PERFECT,
    QUOTES,
    TENSED_BE,
    disjoint_in,
)

WINDOW: Final = 4
CLAUSE_MARKS: Final = frozenset({",", ";", ":", "(", ")", '"', "“", "”"})
COOPERATIVE_ROOTS: Final[frozenset[str]] = frozenset({"03", "04", "05", "06", "07", "08"})
MATERIAL_CONFLICT_ROOTS: Final[frozenset[str]] = frozenset(
    {"14", "15", "16", "17", "18", "19", "20"}
)
GOVERNING_FRAMES: Final = {
    "02": "appeal",
    "10": "demand",
    "12": "reject",
    "13": "threaten",
    "03": "intend",
    "11": "accuse",
}
# Accusing, condemning, denying or mourning an act is the event; the act is its object.
ACCUSE_LINKS: Final = frozenset({"of", "for", "over", "in", "about", "behind", "that", "against"})
CONJUNCTIONS: Final = frozenset(
    "and but while whereas as when after before since until because if unless".split()
)
# Prepositions of a circumstance: "demanded the release of activists detained during the
# protests", "condemned the arrests amid the unrest": the act after them is when or where
# something happened, never the content of the act before them.
CIRCUMSTANCES: Final[frozenset[str]] = frozenset(
    "during amid amidst following despite throughout".split()
)
CODE_FRAMES: Final = {
    "014": "statement",
    "013": "statement",
    "019": "statement",
    "012": "accuse",
    "015": "accuse",
    "016": "accuse",
    "018": "accuse",
}
HEDGES: Final[frozenset[str]] = frozenset({"could", "may", "might"})
TRANSIT_CODES: Final = ("07", "042", "15")  # sending, travelling, deploying: their purpose matters
# An act after them is only a condition ("unless Kyiv withdraws", "whether it would accept").
CONDITIONS: Final = frozenset({"unless", "if", "until", "whether"})
# What opens the noun phrase of a participle used as an adjective ("the occupied territory",
# "whose annexed land"): not the quantifiers of `clause_words.DETERMINERS`, which may be the
# subject of a verb in the past ("both indicted": 2 events move with them on the dev material).
DETERMINERS: Final = NOUN_OPENERS | {"whose"}
SUBORDINATING: Final = frozenset(
    {
        "after",
        "following",
        "amid",
        "despite",
        "during",
        "since",
        "before",
        "over",
        "about",
        "against",
        "like",
    }
)
# round 37 (feedmiss4): before a number these make a count, no preposition over a noun ("On Sunday
# about 2,000 people marched peacefully", "over 300 students walked out")
APPROXIMATORS: Final = frozenset({"about", "over"})
RELATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"over", "for", "since", "during", "after", "in", "on", "at"}
)
WEAK_PREPOSITIONS: Final = frozenset({"in", "of"})  # only right before the trigger ("in a raid")


def _data(name: str) -> list[list[str]]:
    text = resources.files("tensionwatch.domain").joinpath(f"data/{name}").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in rows[1:]]


def _read_cues() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, word in _data("modality.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


_CUES_ONCE: Final[list[dict[str, frozenset[str]]]] = []  # `cues()`'s table, once read


def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind (negation, modal, intent_verb, governor_link, offtopic)."""
    # a compiled list, not `functools.cache`: a cached function's call from compiled code
    # costs a few hundred instructions, and the rules ask for the table every sentence
    if not _CUES_ONCE:
        _CUES_ONCE.append(_read_cues())
    return _CUES_ONCE[0]


@cache
def _shifts() -> dict[tuple[str, str], str]:
    return {(frame, act): code for frame, act, code in _data("shifts.tsv")}


def shift(frame: str, code: str) -> str | None:
    """The code `code` becomes under `frame` (most specific key first), or None."""
    table = _shifts()
    for key in (code, code[:3], code[:2]):
        if (frame, key) in table:
            return table[frame, key]
    return None


def window(words: list[str], first: int, size: int = WINDOW) -> list[str]:
    """Up to `size` words right before token `first`, not crossing clause punctuation."""
    found = words[first - size if first > size else 0 : first]
    if CLAUSE_MARKS.isdisjoint(found):
        return found  # the common case: one test in C instead of a loop
    for index in range(len(found) - 1, -1, -1):
        if found[index] in CLAUSE_MARKS:
            return found[index + 1 :]
    return found


class Before:
    """The words right before a trigger (not crossing clause punctuation), looked at once.

    `held`: the set of the sentence's `words` where the caller has it
    (`lexicon.Tokens.vocabulary`). `cued` says whether the sentence holds any word of
    `_CLAUSE_CUES` at all: most hold none, and the four questions that look for one in the
    words before the act (`_cue_in_clause`, `is_capacity`) are then answered without a slice."""

    __slots__ = ("close", "cued", "first", "head", "near", "next", "size", "words")

    def __init__(self, words: list[str], first: int, held: frozenset[str] | None = None) -> None:
        self.near = window(words, first)
        self.close = self.near[-3:]
        self.first = first
        self.head = words[first]
        self.next = words[first + 1] if first + 1 < len(words) else ""
        self.size = len(words)
        self.words = words
        self.cued = not _CLAUSE_CUES.isdisjoint(words if held is None else held)


def is_negated(before: Before) -> bool:
    """Whether a negation cue stands in the few words before the trigger, not closed off by a
    negated copula's complement and an "and" (`_complement_closed`), nor by a negated verb
    phrase of a modal before a past tense after "and" (`_past_after_modal`)."""
    near = before.near
    if cues()["negation"].isdisjoint(near) or _complement_closed(near) or _named_without(near):
        return _negative_subject(before)
    return not _past_after_modal(before) and not _failing_closed(near)


# Round 58 (false58): a passive whose subject is a negative pronoun ("Nobody in the province is
# jailed for criticising the governor", "no one in the country was prosecuted for an opinion", "none
# of the marchers were detained") says the act did not happen, however long the subject's phrase:
# the pronoun may stand beyond the window of negation cues. Open sets: wp39-a02-s06 (an official's
# quoted generic denial, gold none), fp32-a04-s06 and fp33-a14-s08 (the same form after a rejection
# or a denial, which stay the event). Only a passive (a "be" right before the act's verb), and not
# across clause marks or a conjunction ("Nobody was hurt, and police detained three" keeps the
# arrest).
NEGATIVE_PRONOUNS: Final = frozenset({"nobody", "no-one", "none"})
NEGATIVE_SUBJECT_REACH: Final = 8  # tokens from the act's verb back to the pronoun


def _negative_subject(before: Before) -> bool:
    words, first = before.words, before.first
    if first < 2 or words[first - 1] not in BE:
        return False
    for index in range(first - 2, max(first - NEGATIVE_SUBJECT_REACH, 0) - 1, -1):
        word = words[index]
        if word in CLAUSE_MARKS or word in CONJUNCTIONS:
            return False
        if word in NEGATIVE_PRONOUNS or (word == "no" and words[index + 1] == "one"):
            return True
    return False


# Round 51 (types51): "Reporters Without Borders has condemned the suspension", "Doctors Without
# Borders said": the "without" of a body's name negates nothing (the words are lower case here).
NAMED_WITHOUT: Final = "borders"


def _named_without(near: list[str]) -> bool:
    """Whether every negation cue in the window is the "without" of "... Without Borders"."""
    negation = cues()["negation"]
    for index, word in enumerate(near):
        if word not in negation:
            continue
        if word != "without" or index + 1 >= len(near) or near[index + 1] != NAMED_WITHOUT:
            return False
    return True


# Round 43 (nsd43): "said the president had failed and urged him to resign", "the talks failed
# and the two sides agreed to meet again": a verb of failing or refusing with no "to" after it,
# closed by "and", ends its own clause; the act after the "and" is not in its scope ("failed to
# agree", "refused to sign" stay negated). Only when it is the window's one negation cue.
FAILING: Final = frozenset(
    "failed fails fail refused refuses refuse refusing declined declines".split()
)


def _failing_closed(near: list[str]) -> bool:
    negation = cues()["negation"]
    found = [index for index, word in enumerate(near) if word in negation]
    if len(found) != 1 or near[found[0]] not in FAILING:
        return False
    index = found[0]
    return index + 1 < len(near) and near[index + 1] == "and"


# Round 36 (types3): "said the bloc would not send observers and called on the military to end
# airstrikes": after "would/did not <verb> ... and" a past tense is the subject's next act, not in
# the negation's scope, which goes on only with the base form ("would not send observers and
# call"). A participle after a negated "be" ("were not arrested and charged") stays negated.
NEGATING_AUXILIARIES: Final = frozenset("would will did does do could can should may might".split())


def _past_after_modal(before: Before) -> bool:
    near, head = before.near, before.head
    if "and" not in near or not head.endswith("ed") or not head.isalpha():
        return False
    start = before.first - len(near)
    for index in range(len(near) - 1, -1, -1):
        if near[index] == "and":
            break
    else:
        return False
    cue = next((i for i in range(index - 1, -1, -1) if near[i] in NOT_OR_NEVER), None)
    if cue is None or cue == index - 1:
        return False
    at = start + cue - 1
    return at >= 0 and before.words[at] in NEGATING_AUXILIARIES


# Round 35 (types2): "said the dismissal was not enough and demanded that the president step
# down": the negation ends with the copula's complement; the verb after "and" is the subject's
# next act, not negated. A participle after the negation ("were not arrested and charged") is
# one passive the negation spans, and stays negated.
NEGATED_COMPLEMENT_CUES: Final = frozenset({"not", "no"})


def _complement_closed(near: list[str]) -> bool:
    if len(near) < 4 or near[-1] != "and" or near[-3] not in NEGATED_COMPLEMENT_CUES:
        return False
    complement = near[-2]
    if not complement.isalpha() or complement.endswith(("ed", "en")) or complement in BE:
        return False
    return near[-4] in TENSED_BE


def is_intended(before: Before) -> bool:
    """Whether a modal ("will") or "wants/plans/... to" stands right before the trigger."""
    near = before.near
    if not cues()["modal"].isdisjoint(near):
        return True
    if "to" not in near:
        return False
    intent_verbs = cues()["intent_verb"]
    # a plain loop over the pairs: `zip(..., strict=False)` and a generator cost the compiled
    # coder a generic call with a keyword each time (round 51, speed51)
    for index in range(len(near) - 1):
        if near[index + 1] == "to" and near[index] in intent_verbs:
            return True
    return False


PERFECT_MODALS: Final = frozenset({"would", "could", "might", "should", "must", "may"})
WISHES: Final = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished"})
WISH_REACH: Final = 6  # tokens before a trigger looked at for "hopes (that) X will ..."


def is_counterfactual(before: Before) -> bool:
    """ "would have been withdrawn", "could have attacked", "may have launched": an act that
    did not take place, or is only supposed to have taken place."""
    close = before.near[-3:]
    if "have" not in close:  # most acts: no "have" right before them, nothing to pair
        return False
    return any(a in PERFECT_MODALS and b == "have" for a, b in zip(close, close[1:], strict=False))


DOUBTS: Final = frozenset({"unlikely", "improbable"})
# round 35 (shared35): "they doubt that the mayor is committed to fixing that", "Kyiv doubted
# Moscow would withdraw": another party's act that the speaker doubts is no act the report tells
# (docs/labelling.md, section 1: speculation), as one only hoped for (`is_wished`); not "no doubt",
# "without doubt", "beyond doubt", nor doubts "about" or "over" a thing
DOUBTING: Final = frozenset({"doubt", "doubts", "doubted", "doubting"})
CERTAIN: Final = frozenset({"no", "without", "beyond", "little"})
DOUBTED_THINGS: Final = frozenset({"about", "over", "on", "as", "of", "to", "that's"})


def is_doubted(before: Before) -> bool:
    """ "Beijing is unlikely to launch an invasion before 2027": an act judged improbable; "they
    doubt that X is committed to": an act doubted."""
    if not DOUBTS.isdisjoint(before.near):
        return True
    if not before.cued:
        return False  # no doubting word in the sentence (`Before.cued`)
    words, first = before.words, before.first
    index = _cue_in_clause(words, first, DOUBTING, WISH_REACH)
    if index < 0:
        return False
    certain = index > 0 and words[index - 1] in CERTAIN
    return not certain and index + 1 < first and words[index + 1] not in DOUBTED_THINGS


# round 44 (false44): "said soldiers would be able to search and detain without a warrant",
# "officers will be allowed to arrest": a capacity a rule or a plan grants is no act done
# (docs/labelling.md, section 1: plans, what a measure "will" do). Only after a modal: "police
# were able to arrest the gunmen" tells the arrest.
CAPACITIES: Final = frozenset({"able", "allowed", "permitted", "empowered", "authorised"})
# the modals of a capacity granted: the future's, the hedges and "should" ("we'll be able to")
CAPACITY_MODALS: Final = BARE_MODALS | HEDGES | {"should"}
CAPACITY_REACH: Final = 7  # tokens before an act looked at ("be able to search and detain")


def is_capacity(before: Before) -> bool:
    """ "would be able to detain", "will be allowed to search and arrest": an act a party is
    given the means or the right to do, not one it did."""
    if not before.cued:
        return False  # no capacity word in the sentence (`Before.cued`)
    words, first = before.words, before.first
    stop = max(first - 1 - CAPACITY_REACH, 1)
    if disjoint_in(CAPACITIES, words, stop + 1, first):
        return False  # most acts: no capacity word in reach, one test (as `_cue_in_clause`)
    for index in range(first - 1, stop, -1):
        word = words[index]
        if word in CLAUSE_MARKS:
            return False
        if word in CAPACITIES and words[index + 1] == "to":
            if words[index - 1] == "be":
                return index > 1 and words[index - 2] in CAPACITY_MODALS
            return word == "able" and _standing_ability(words, index)
    return False


# Round 49 (false49): "unions are among the few organised groups still able to mobilise large
# numbers", "the militia is able to strike deep into the province": an ability told in the
# present is what a party can do, no act done (docs/labelling.md, section 1: speculation,
# plans; round 44's capacities after a modal). Kept: the past ("police were able to arrest the
# gunmen", "before she was able to strike": the act told or averted by another clause).
PRESENT_ABLE: Final = frozenset({"is", "are", "am", "remain", "remains"})
NOT_PLURALS: Final = frozenset({"was", "has", "does", "this", "thus", "as", "its", "his"})
ABLE_ADVERBS: Final = frozenset({"still", "now", "only", "also", "already", "again"})


def _standing_ability(words: list[str], able: int) -> bool:
    """Whether "able" at `able` is told in the present ("are still able to") or describes a
    plural noun ("groups still able to"), over adverbs."""
    index = able - 1
    while index > 0 and words[index] in ABLE_ADVERBS:
        index -= 1
    word = words[index]
    return word in PRESENT_ABLE or (
        word.endswith("s") and word.isalpha() and word not in NOT_PLURALS
    )


def is_conditional(before: Before) -> bool:
    """ "if you don't back the rebels", "would not free the crew until Manila
    recognised their claim", "unless Kyiv withdraws": the act stands in a condition, the
    condition set, not an act that took place."""
    near = before.near
    if not CONDITIONS.isdisjoint(near) and not _time_limit(near):
        return True
    if not before.cued:
        return False  # neither "unless", "if" nor "once" in the sentence (`Before.cued`)
    return _far_condition(before.words, before.first) or _only_once(before.words, before.first)


ONCE: Final = frozenset({"once"})


def _only_once(words: list[str], first: int) -> bool:
    """ "would negotiate only once all detainees had been released", "should be changed only
    once its consent is guaranteed": "only once" sets a condition, as "unless" does (round 42,
    feed42: both open uses before an act are conditions)."""
    index = _cue_in_clause(words, first, ONCE, CONDITION_BEFORE_REACH)
    return index > 0 and words[index - 1] == "only"


# Round 36 (wiremiss3): "adjourned the hearing until Wednesday and rejected a request": an
# "until" before a day or a date bounds the act before it in time; the act after it is told.
TIME_LIMITS: Final = DATE_WORDS | frozenset({"next", "further", "later", "midnight"})
OTHER_CONDITIONS: Final = CONDITIONS - {"until"}


def _time_limit(near: list[str]) -> bool:
    """Whether the only condition word of `near` is an "until" before a day or a date."""
    if "until" not in near or not OTHER_CONDITIONS.isdisjoint(near):
        return False
    after = near.index("until") + 1
    return after < len(near) and (near[after] in TIME_LIMITS or near[after].isdigit())


# round 35 (shared35): "no durable settlement can be reached unless the junta is disbanded",
# "the army will retaliate if the armed wing of the party attacks": a condition whose subject is a
# longer noun phrase stands further back than `WINDOW`; "unless" and "if" only ("until" also
# closes a past act told: "held the town until government troops retook it")
FAR_CONDITIONS: Final = frozenset({"unless", "if"})
CONDITION_BEFORE_REACH: Final = 7  # tokens before an act looked at for its "unless" or "if"


def _far_condition(words: list[str], first: int) -> bool:
    return _cue_in_clause(words, first, FAR_CONDITIONS, CONDITION_BEFORE_REACH) >= 0


def is_wished(before: Before) -> bool:
    """ "I hope they investigate", "hoped Belgian ministers would be charged": another
    party's act that the speaker only wishes for (not "hopes to", the speaker's own plan)."""
    if not before.cued:
        return False  # no wishing word in the sentence (`Before.cued`)
    words, first = before.words, before.first
    index = _cue_in_clause(words, first, WISHES, WISH_REACH)
    return index >= 0 and index + 1 < first and words[index + 1] not in ("to", "for")


# The words `_cue_in_clause` and `is_capacity` look for before an act, all four kinds: a
# sentence with none of them (most) answers each of those questions at once (`Before.cued`)
_CLAUSE_CUES: Final[frozenset[str]] = DOUBTING | ONCE | FAR_CONDITIONS | WISHES | CAPACITIES


def _cue_in_clause(words: list[str], first: int, cues: frozenset[str], reach: int) -> int:
    """The place of the nearest of `cues` in the `reach` words before the act at `first`,
    with no clause mark between them (a wish, a doubt, a condition); -1 where there is none."""
    start = max(first - reach, 0)
    if disjoint_in(cues, words, start, first):
        return -1  # most acts: no cue in reach, one test in C
    for index in range(first - 1, start - 1, -1):
        word = words[index]
        if word in CLAUSE_MARKS:
            return -1
        if word in cues:
            return index
    return -1


def is_scheduled(before: Before) -> bool:
    """Whether a planned act is scheduled ("will meet", "is due to visit"), not wished for."""
    return cues()["desire"].isdisjoint(before.near)


def is_reduced(before: Before) -> bool:
    """Whether a participle trigger opens a reduced relative clause ("a man jailed over")."""
    if not before.head.endswith("ed") or before.next not in RELATIVE_PREPOSITIONS:
        return False
    return bool(before.close) and before.close[-1] not in cues()["auxiliary"]


def frame_of(code: str) -> str | None:
    """The frame an act imposes on the act it governs ("urged ... to", "refused to")."""
    return CODE_FRAMES.get(code) or GOVERNING_FRAMES.get(code[:2])


def is_obliged(before: Before) -> bool:
    """Whether "must/should/ought" stands right before the trigger: a demand."""
    return not cues()["obligation"].isdisjoint(before.close)


def salience_penalty(before: Before, previous: str | None) -> float:
    """How much less likely the trigger is the sentence's main act, from the words before it.

    Participles used as adjectives ("the occupied territory"), nouns after a subordinating
    preposition ("after the attack", "accused of killing"), conditions ("unless"), purpose
    clauses after another act ("rallied to demand") and late position all lower the score;
    the purpose of sending or travelling ("sent experts to investigate") raises it.
    """
    close = before.close
    penalty = 0.08 * before.first / (before.size or 1)
    if close and close[-1] in DETERMINERS and before.head.endswith("ed"):
        penalty += 0.35
    if _subordinated(close) or _last_content(close) in WEAK_PREPOSITIONS:
        penalty += 0.15
    if is_conditional(before):
        penalty += 0.2
    if previous is not None and close and close[-1] == "to":
        penalty += -0.1 if previous.startswith(TRANSIT_CODES) else 0.12
    return penalty


# A verb of its own after a subordinating preposition: a tensed "be" or the perfect's
# auxiliary; not the modals of `clause_words.FINITE` ("before he would support": 1 event moves
# with them on the dev material).
FINITE: Final = TENSED_BE | PERFECT


def _subordinated(close: Sequence[str]) -> bool:
    """A subordinating preposition before the trigger ("after the attack"), unless a finite
    auxiliary follows it ("acting against Beijing were released": a verb of its own)."""
    for index in range(len(close) - 1, -1, -1):
        word = close[index]
        if word in FINITE:
            return False
        if word in SUBORDINATING and not _approximates(close, index):
            return True
    return False


def _approximates(close: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a count's "about" or "over" ("about 2,000 people")."""
    if close[index] not in APPROXIMATORS or index + 1 >= len(close):
        return False
    after = close[index + 1]
    return after[:1].isdigit() or after in NUMBER_WORDS


def _last_content(close: Sequence[str]) -> str:
    """The last word that is neither a determiner nor a possessive ("" if none)."""
    for word in reversed(close):
        if word not in DETERMINERS and not word.endswith("'s"):
            return word
    return ""


def is_hedged(before: Before) -> bool:
    """Whether the act is only possible ("could", "may") rather than planned."""
    return not HEDGES.isdisjoint(before.near)


def links(
    words: list[str], after: int, before: int, frame: str | None = None, limit: int = 6
) -> bool:
    """Whether tokens (after, before) can join a governing act to the act it governs."""
    if frame == "accuse":
        limit += 2
    skipped = _where_said(words, after + 1, before)
    if before <= after or before - skipped - 1 > limit:
        return False
    between = _unquoted(words[skipped + 1 : before])
    if any(word in CLAUSE_MARKS and word != "," for word in between):
        return False
    if not CIRCUMSTANCES.isdisjoint(between):
        return False
    if frame == "accuse":
        return _accuses(between, words[after] == "that")
    if frame == "reject" and len(between) <= 3 and _object_only(between):
        return True  # "opposed the unilateral sanctions", "rejected calls for a ceasefire"
    if frame == "statement" and not between and words[before].endswith("ing"):
        return True  # "is considering sending aid": the option considered
    if frame in ("demand", "appeal") and between and between[0] == "that":
        between = between[1:]  # "demanded that the government reach a deal"
    if frame in ("demand", "appeal") and not between and after and words[after - 1] == "to":
        return True  # "asked the council to reimpose | sanctions": what is asked for
    if frame in ("demand", "appeal") and 0 < len(between) <= 4:
        if "," not in between and CONJUNCTIONS.isdisjoint(between):
            return True  # "demanding the president resign": the demand's content
    linking = cues()["governor_link"]
    return words[after] in linking or any(word in linking for word in between)


# Round 37 (types4): "vowed to "retake every inch of territory"", "ordered the army to “neutralise”
# the gangs", "vowed that the army would "hunt down" ...": a quote mark opened right after the link
# word or the modal quotes the act governed; it closes no clause between the two acts. A closing
# curly quote opens nothing.
QUOTE_OPENERS: Final = frozenset("to that would will shall must should".split())


def _unquoted(between: list[str]) -> list[str]:
    """The words between a governing act and its act, a quote mark opened right after a link
    word or a modal left out ("urged both sides to "immediately release" the hostages")."""
    if OPENING_QUOTES.isdisjoint(between):
        return between
    between = _unscared(between)
    return [
        word
        for index, word in enumerate(between)
        if word not in OPENING_QUOTES or not index or between[index - 1] not in QUOTE_OPENERS
    ]


SCARE_WORDS: Final = 2  # words a pair of scare quotes holds: 'condemned the "barbaric" attack'
SCARE_OPENERS: Final = frozenset("the a an its their his her this these what".split())


def _unscared(between: list[str]) -> list[str]:
    """Round 38 (weak5): 'condemned the "barbaric" attack': quote marks around one or two words
    right after a determiner, inside the noun phrase (scare quotes), close no clause; they are
    left out ('vowed to "act" and soldiers shelled' keeps them)."""
    kept: list[str] = []
    index = 0
    while index < len(between):
        word = between[index]
        if word in QUOTES and index and between[index - 1] in SCARE_OPENERS:
            close = next(
                (
                    k
                    for k in range(index + 2, index + 2 + SCARE_WORDS)
                    if k < len(between) and between[k] in QUOTES
                ),
                None,
            )
            if close is not None and disjoint_in(QUOTES, between, index + 1, close):
                kept.extend(between[index + 1 : close])
                index = close + 1
                continue
        kept.append(word)
        index += 1
    return kept


# Round 36 (types3): "vowed in a video address that his forces would take the city", "pledged in
# a televised speech to crush the revolt": where the governing act was said stands between it and
# what it governs and is stepped over.
SAID_IN: Final = frozenset(
    "speech speeches address statement interview message broadcast video letter post "
    "communique briefing sermon".split()
)
SAID_IN_OPENERS: Final[frozenset[str]] = OBJECT_OPENERS
SAID_IN_REACH: Final = (
    5  # tokens from "in" to the noun of the speech ("in a televised New Year address")
)


def _where_said(words: list[str], start: int, before: int) -> int:
    """The index before the act's link words once an "in a <speech>" right after the governing
    act is stepped over (the governing act's last index, `start - 1`, if there is none)."""
    if before - start < 3 or words[start] != "in" or words[start + 1] not in SAID_IN_OPENERS:
        return start - 1
    for index in range(start + 2, min(start + SAID_IN_REACH, before)):
        if words[index] in SAID_IN:
            return index
    return start - 1


def _object_only(between: Sequence[str]) -> bool:
    """Only the words of a noun phrase stand between a verb and its object noun."""
    return "," not in between and CONJUNCTIONS.isdisjoint(between) and "that" not in between


# Round 59 (types59): a denial's "that" clause is what is denied however far into it the act's
# noun stands ("denied that its men had started the clashes"); only its first three words were
# read, so a fight named as the object of the clause's verb became a second event beside the
# denial, with the clause's subject as its source (open rows wp36-a04-s05, fp28-a04-s02,
# fp34-a13-s04). The clause still ends at a conjunction or a comma.
def _accuses(between: Sequence[str], clause: bool = False) -> bool:
    """ "condemned the attack", "accused Kyiv of shelling": the act is the object; with
    `clause` (the governing trigger ends on "that": "denied that its men had started the
    clashes") any act of the clause is what is denied or charged."""
    if not CONJUNCTIONS.isdisjoint(between) or "," in between:
        return False
    return clause or len(between) <= 3 or not ACCUSE_LINKS.isdisjoint(between)


# A score: its first digit matched before the look-behind, so that the regex engine skips to
# digits (see `references._word_starts`).
_SCORE: Final[re.Pattern[str]] = re.compile(r"\d(?<![\w.,-]\d)\d?-\d{1,2}(?![\w-])")


def is_question(text: str) -> bool:
    """Whether the sentence asks rather than reports."""
    return text.rstrip(" \"'”’)").endswith("?")


def has_score(text: str) -> bool:
    """Whether the text holds a score like 3-1."""
    return "-" in text and _SCORE.search(text) is not None


def is_offtopic(words: Collection[str], text: str) -> bool:
    """Whether the sentence carries a sports, weather or markets cue (or a score like 3-1)."""
    offtopic = cues().get("offtopic", frozenset())
    if not offtopic.isdisjoint(words):
        return True
    return "-" in text and _SCORE.search(text) is not None  # most sentences hold no "-"


def sentence_discount(words: Collection[str], text: str) -> float:
    """How much less sure every act of the sentence is: off-topic or opinion cues, a question."""
    discount = 0.3 if is_offtopic(words, text) else 0.0
    discount += 0.15 if not cues()["opinion"].isdisjoint(words) else 0.0
    return discount + (0.25 if text.rstrip(" \"'”’)").endswith("?") else 0.0)
