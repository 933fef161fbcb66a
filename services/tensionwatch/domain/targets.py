"""The target of an act: the first party after its trigger in its clause.

Not a place ("in", "near", "from", ...; "at", "toward" and "into" only for acts aimed at
someone), not a phrase hanging from a noun inside an adverbial phrase ("in a sign of
competition with China"), not the subject's own people ("its troops"), not a subject pronoun,
not the source again. Failing a party, or before it, the place the act happened in ("lifted a
curfew in Montenegro") for acts done to a place; a named party right behind a bare agent word
("troops to Lebanon") is preferred to it.
"""

from __future__ import annotations

from typing import Final

from tensionwatch.domain import modality
from tensionwatch.domain.actor import IGO_SECTOR
from tensionwatch.domain.cameo import (
    ASKING_ROOTS,
    CONSULT_ROOT,
    DISAPPROVE_ROOT,
    FORCE_POSTURE_ROOT,
    INTENT_ROOT,
    INVESTIGATE_ROOT,
    PROTECTION,
    PROTEST_ROOT,
    THREAT_ROOT,
    TURNED_DOWN_ROOTS,
    VISIT,
)
from tensionwatch.domain.clause_words import (
    ANSWER_STEMS,
    ARTICLES,
    BARE_MODALS,
    CHARGE_PARTICIPLES,
    LOCATIVE,
    NAMING_PRONOUNS,
    OWNED_ENDINGS,
    PERFECT,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    WHAT_NAMING,
    WOUNDING,
    disjoint_in,
)
from tensionwatch.domain.clauses import Layout
from tensionwatch.domain.context import (
    ARMED_FORCES,
    NAME,
    STATE_KINDS,
    STATE_SECTORS,
    same_entity,
)
from tensionwatch.domain.existence import HELP

NEAR_ENOUGH: Final = (
    60  # characters: a named party this close behind a bare agent word is preferred
)
SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i"})
# Acts whose target may be the place they happen in: visits, yielding (lifting a curfew),
# sanctions (closing an embassy there), force posture, coercion, violence.
PLACE_ROOTS: Final = frozenset({"04", "07", "08", "13", "15", "16", "17", "18", "19", "20"})
# Of the consultations (04) a visit (042, "arrived in Lima") is made to the place it names
# Violence done to sites near or across a place hits the place: "struck military sites near
# Damascus", "missiles struck energy facilities across Ukraine".
VIOLENT_ROOTS: Final = frozenset({"18", "19", "20"})
STRUCK_PLACE_PREPS: Final = ("in", "into", "near", "across", "around", "outside", "throughout")
# Round 52 (types52): a show of force "inside" or "within" a state's waters, zone or airspace is
# aimed at it as one "into" them is (docs/labelling.md, section 2: "into X's waters"): "patrolled
# inside Bruneian waters", "had been patrolling within Vietnam's exclusive economic zone"
POSTURE_PLACE_PREPS: Final[tuple[str, ...]] = ("in", "into", "inside", "within")
SOVEREIGN: Final = frozenset("sovereignty territorial integrity independence airspace".split())
PLACE_FOLLOWERS: Final = PREPOSITIONS | frozenset(
    ", ; : ( ) and overnight today yesterday tonight early late last earlier".split()
)
CONDITIONAL_ROOTS: Final = frozenset({"10", "13"})  # "threatened X unless Y ...": Y is the target
COMPLAINT_ROOTS: Final = frozenset({"11", "14"})
# Addressees of an appeal that no party of the index names: the world, or all the sides at once
# (also `roles`: an appeal so addressed is not made at home)
OUTSIDE_ADDRESSEES: Final = frozenset(
    "community partners allies parties sides countries nations states governments donors "
    "international foreign world abroad".split()
)
# The words between an appeal's verb and its addressee ("called on", "appealed to")
ADDRESSING: Final = frozenset({"on", "upon", "to"})
BORDERS: Final = frozenset({"border", "borders", "frontier", "frontiers"})
VENUE_PREPS: Final = frozenset({"with", "to", "at", "before"})
CONDITIONS: Final[frozenset[str]] = modality.CONDITIONS - {"whether"}
CONDITION_SUBJECT_REACH: Final = (
    2  # tokens from "if" to the condition's subject ("if the Iranian side")
)
AT_TARGETS: Final = frozenset(
    "fire fires fired firing shoot shoots shot shooting aim aims aimed aiming hurl hurled "
    "hurling throw threw thrown throwing direct directed lash lashed swipe swiped angry anger "
    "jab jabbed".split()
)
# "fired toward", "marched toward", "sent jets toward Taiwan" (a show of force)
TOWARD_ROOTS: Final = frozenset({"11", "13", "14", "15", "17", "18", "19", "20"})


class Trigger:
    """Where an act's trigger stands: its head token and last token, characters, code, and
    whether it reads as a noun ("the attack") rather than a verb (one per act, never changed).
    A plain class, not a dataclass: mypyc compiles its `__init__`, where a dataclass's is made
    by the `dataclasses` module at run time and interpreted (the same for the classes made
    once an act or a sentence: `acts.Candidate`, `relevance.SentenceCues`, `coder._Scored`)."""

    __slots__ = ("head", "last", "start", "end", "code", "noun")

    def __init__(
        self, head: int, last: int, start: int, end: int, code: str, noun: bool = False
    ) -> None:
        self.head = head
        self.last = last
        self.start = start
        self.end = end
        self.code = code
        self.noun = noun


def find_object(layout: Layout, trigger: Trigger, source: int | None) -> int | None:
    """The first party after the trigger in its clause; failing that (or before it), the
    place the act happened in ("lifted a curfew in Montenegro")."""
    stop = _object_stop(layout, trigger)
    conditioned = _conditioned(layout, trigger, source, stop)
    if conditioned is not None:
        return conditioned
    found, place, skipped = _first_object(layout, trigger, source, stop, True)
    if found is None and skipped is not None and not _answer(layout, trigger, skipped):
        # no party after the threatener's own: it stays the object (a vow to answer is left
        # for the maker of the act answered, `roles.retaliation`)
        found, place, _ = _first_object(layout, trigger, source, stop, False)
    if found is None:
        offered = _offered_to(layout, trigger, source, stop)
        return offered if offered is not None else _site_or_place(layout, trigger, stop, place)
    if trigger.code[:2] in ASKING_ROOTS and (
        _uncoded_addressee(layout, trigger, found, source) or _held_asked_free(layout, found)
    ):
        return None
    if place is not None and (place < found or _own_side(layout, found, source)):
        if not _victims_after(layout, trigger, place, found):
            return place  # "contribute troops to a force in Liberia": Liberia, not the troops
    aimed = _complained_against(layout, trigger, found, source, stop)
    aimed = aimed if aimed is not None else _travel_destination(layout, found, source, stop)
    aimed = aimed if aimed is not None else _border_with(layout, found, source, stop)
    return aimed if aimed is not None else _named_nearby(layout, found, stop, source)


# Round 53 (roles53w): "a drone struck a car near Tyre in southern Lebanon, killing two Hezbollah
# fighters": violence on a thing in a place, with the people it killed or hurt told in the
# participle after it, is aimed at those people (docs/labelling.md section 2: attacks name those
# attacked; places are not parties), not the country of the place it hit.
CLASH_STEM: Final[str] = "clash"


def _victims_after(layout: Layout, trigger: Trigger, place: int, found: int) -> bool:
    """Whether the party found after the place is the violent act's dead or wounded, told by a
    participle between the place and the party ("..., killing three members of X"). Not in a
    clash (the dead are either side's), nor people the sentence gives no country of their own
    whom the context lent another country than the place's ("hit a building in Kyiv, killing
    six people": Kyiv's people)."""
    if trigger.code[:2] not in VIOLENT_ROOTS or found < place:
        return False
    words = layout.words
    if words[trigger.head].startswith(CLASH_STEM):
        return False
    if WOUNDING.isdisjoint(words[layout.last[place] + 1 : layout.first[found]]):
        return False
    victims, struck = layout.mentions[found], layout.mentions[place].actor
    return not victims.resolved or victims.actor.country == struck.country


def _first_object(
    layout: Layout, trigger: Trigger, source: int | None, stop: int, skip: bool
) -> tuple[int | None, int | None, int | None]:
    """The first party and the first place `find_object` may take, and the threatener's own
    side as the subject of the clause it reports, stepped over (with `skip`)."""
    found: int | None = None
    place: int | None = None
    skipped: int | None = None
    described = _described_places(layout, trigger, stop)
    for index in range(len(layout.mentions)):
        if layout.first[index] >= stop:
            break
        if index in described or not _candidate_object(layout, index, trigger, source):
            continue
        if _deployed(layout, index, trigger, source):
            continue
        if skip and found is None and _own_reported_subject(layout, index, trigger, source):
            skipped = index if skipped is None else skipped
            continue
        if place is None and _place_target(layout, index, trigger, source):
            place = index
        elif found is None and _target_preposition(layout, index, trigger):
            found = index
            if not _own_side(layout, index, source):
                break
    return found, place, skipped


# What a state's forces hold or move in, named with their agent word as its modifier: "An army
# base was hit by drones", "overran a military base", "a police post was attacked".
SITES: Final = frozenset(
    "base bases post posts outpost outposts convoy convoys camp camps barracks checkpoint "
    "checkpoints headquarters station stations patrol patrols position positions".split()
)
SITE_OBJECT_REACH: Final = 2  # words from the verb to the agent word: "hit an army base"


def _site_object(layout: Layout, trigger: Trigger, stop: int) -> int | None:
    """ "Al-Shabaab fighters overran a military base", "a drone strike hit an army base",
    "gunmen attacked a police station": violence done to a site its agent word modifies (no
    party by itself as a noun's modifier) is done to that agent, as in the passive
    (`roles._struck_site`)."""
    if trigger.noun or trigger.code[:2] not in VIOLENT_ROOTS:
        return None
    words = layout.words
    for index in sorted(layout.modifiers):
        first = layout.first[index]
        if first <= trigger.head:
            continue
        if first >= stop or first - trigger.head > SITE_OBJECT_REACH + 1:
            return None
        site = layout.last[index] + 1
        if site >= len(words) or words[site] not in SITES:
            return None
        if not all(word in ARTICLES for word in words[trigger.head + 1 : first]):
            return None
        return index
    return None


def _site_or_place(layout: Layout, trigger: Trigger, stop: int, place: int | None) -> int | None:
    """With no party after the trigger: the agent of a site struck (`_site_object`), unless the
    place the act happened in is another country's; else that place."""
    site = _site_object(layout, trigger, stop)
    if site is None:
        return place
    if (
        place is not None
        and layout.mentions[site].actor.country != layout.mentions[place].actor.country
    ):
        return place
    return site


# "Uganda reopened the Katuna border with Rwanda", "closed its Kasumulu crossing with Malawi": a
# crossing of the source's own land named by its town is where the act happens; the country on
# the other side, after "with", is the one it is aimed at (labelling guide 4.15).
CROSSING_WORDS: Final = BORDERS | frozenset({"crossing", "crossings", "post", "posts", "point"})
CROSSING_REACH: Final[int] = 3  # "Katuna border crossing with", "Busia border post with"
# the word that leads from the crossing to the other side: "with", or "into" (round 54: "ordered
# the Elias Pina crossing into Haiti closed")
CROSSING_TOWARD: Final[frozenset[str]] = frozenset({"with", "into"})


def _border_with(layout: Layout, found: int, source: int | None, stop: int) -> int | None:
    """The country after "with" (or "into") behind a crossing named by a town of the source's
    country."""
    if source is None:
        return None
    own = layout.mentions[source].actor.country
    if own is None or layout.mentions[found].actor.country != own:
        return None
    words = layout.words
    start = layout.last[found] + 1
    window = words[start : start + CROSSING_REACH + 1]
    toward = next((at for at, word in enumerate(window) if word in CROSSING_TOWARD), -1)
    if toward < 0 or disjoint_in(CROSSING_WORDS, window, 0, toward):
        return None
    after = start + toward + 1
    for index in range(found + 1, len(layout.mentions)):
        if layout.first[index] >= stop:
            return None
        if layout.first[index] == after or (
            layout.first[index] == after + 1 and words[after] == "the"
        ):
            other = layout.mentions[index].actor.country
            return index if other is not None and other != own else None
    return None


# Round 59 (parties59): "called for the immediate release of the children", "demanded the
# release of all officials held since the takeover": the people an appeal or demand asks to be
# freed are held by someone else, never its addressee (of 39 open gold rows with such an appeal,
# none names the held as the target); with no one else named the appeal has no target here.
# (the nouns coder._release_asked reads too: a release asked names who holds the people)
RELEASE_NOUNS: Final = frozenset({"release", "releases", "freeing"})
HELD_REACH: Final = 6  # words between "of" and the held people


def _held_asked_free(layout: Layout, found: int) -> bool:
    """Whether the party at `found` is named as the people whose release is asked: after
    "release of" and lower-case words only ("the immediate release of all those held")."""
    words = layout.words
    first = layout.first[found]
    for at in range(first - 1, max(first - HELD_REACH, 1) - 1, -1):
        word = words[at]
        if word == "of":
            return words[at - 1] in RELEASE_NOUNS
        if not (word.isalpha() and word.islower()) or word == "and":
            return False
    return False


def _uncoded_addressee(layout: Layout, trigger: Trigger, found: int, source: int | None) -> bool:
    """ "called on the international community to hold the government accountable", "urged
    all parties to help form a government": an appeal made to people no party names (the
    words before the appeal's "to" + verb) has no coded target; the party inside what it asks
    for is not its addressee (the labelling guide: an appeal to no one in particular). Made
    by a state to people of no country ("urged young people to stay off the streets"), the
    appeal is to its own people (`roles.counterpart`); by others to their own side ("called
    on supporters to march on parliament"), it keeps the party it is aimed at."""
    words = layout.words
    start = trigger.head + 1
    if start < len(words) and words[start] in ADDRESSING:
        start += 1  # "called on", "appealed to the international community to send ..."
    end = layout.first[found]
    if "to" not in words[start:end]:
        return False
    at = words.index("to", start, end)
    if at == start or at + 1 >= end or not words[at + 1].isalpha() or not words[at + 1].islower():
        return False
    for token in range(start, at):
        if token in layout.owner and layout.owner[token] >= 0:
            return False  # a party named before "to" is the addressee
        if not words[token].isalpha():
            return False
    # the world or all sides, not people of one side ("called on supporters to march on X"),
    # unless a state appeals to them (its own people, `roles.counterpart`)
    if not disjoint_in(OUTSIDE_ADDRESSEES, words, start, at):
        return True
    actor = layout.mentions[source].actor if source is not None else None
    return actor is not None and actor.sector in STATE_SECTORS


def _complained_against(
    layout: Layout, trigger: Trigger, found: int, source: int | None, stop: int
) -> int | None:
    """ "lodged a complaint with the African Union against Eritrea": a complaint or
    protest lodged with someone is aimed at the party it is made against."""
    if trigger.code[:2] not in COMPLAINT_ROOTS or layout.prep[found] not in VENUE_PREPS:
        return None
    words = layout.words
    for index in range(found + 1, len(layout.mentions)):
        first = layout.first[index]
        if first >= stop:
            return None
        if layout.prep[index] in COMPLAINED_OVER and _other_country(layout, index, source):
            return index
        # round 58 (parties58): "lodged a complaint with the U.N. Security Council, accusing
        # Israel of ...": the grievance told by the participle that follows the complaint;
        # its object is whom the complaint is made against, not the body it is lodged with
        if first >= 2 and words[first - 1] in CHARGING and words[first - 2] == ",":
            return index if _other_country(layout, index, source) else None
    return None


# "against Israel", "over Russian violations of its airspace", "about Israeli strikes"
COMPLAINED_OVER: Final = frozenset({"against", "over", "about"})
# ", accusing Israel of", ", blaming Moscow for", ", charging its neighbour with": the party a
# participle after a comma charges, whom a complaint lodged with a body is made against
# (`_complained_against`) and a criticised agreement is aimed at (`coder._pact_welcomed`)
CHARGING: Final = frozenset({"accusing", "blaming", "charging"})


def _other_country(layout: Layout, index: int, source: int | None) -> bool:
    """Whether a party is not the source, nor (when both have one) of its country."""
    if index == source:
        return False
    if source is None:
        return True
    mine = layout.mentions[source].actor.country
    return mine is None or layout.mentions[index].actor.country != mine


def _deployed(layout: Layout, index: int, trigger: Trigger, source: int | None) -> bool:
    """ "sent 30 warplanes and nine ships toward Taiwan": forces named in a show-of-force
    trigger or as its direct object are what is shown, the source's own, whatever country
    the article would lend them; so are the troops sent to keep the peace or to protect a
    government (074): "deployed 230 troops to Liberia". A named force of the source's own
    country is shown too, not aimed at ("ordered 2,000 National Guard troops into the city",
    "Mexico began deploying National Guard troops to its border"): the labelling guide gives
    a show of force a target only where the sentence names whom it is aimed at."""
    mention = layout.mentions[index]
    if not (
        (trigger.code[:2] == FORCE_POSTURE_ROOT or trigger.code[:3] == PROTECTION)
        and (layout.first[index] <= trigger.last or not layout.prep[index])
    ):
        return False
    if mention.resolved and mention.actor.text.islower():
        return True
    return _own_force(layout, index, source)


def _own_force(layout: Layout, index: int, source: int | None) -> bool:
    """An armed force or police of the source's own country."""
    actor = layout.mentions[index].actor
    if source is None or actor.sector not in ARMED_FORCES or actor.country is None:
        return False
    return layout.mentions[source].actor.country == actor.country


def _conditioned(layout: Layout, trigger: Trigger, source: int | None, stop: int) -> int | None:
    """ "warned they would trigger U.N. sanctions if Iran did not restore cooperation": the
    subject of a threat's or demand's condition is whom it is aimed at, not a party named in
    what is threatened (another country's than the source's)."""
    if trigger.code[:2] not in CONDITIONAL_ROOTS:
        return None
    words = layout.words
    opener = next(
        (k for k in range(trigger.last + 1, min(stop, len(words))) if words[k] in CONDITIONS),
        None,
    )
    return None if opener is None else _condition_subject(layout, source, opener)


# Round 60 (types60): an offer or promise made on a condition the other side is to meet ("was
# ready to drop the embargo if the Faroes returned to the talks", "stood ready to help if
# Port Moresby requested it") is made to that side, as a threat is aimed at its condition's
# subject (`_conditioned`), when the offer names no party of its own before the "if"; a
# state's organ, a force or a body only ("if the crew could not be traced" names no addressee).
OFFERED_SECTORS: Final = frozenset({"GOV", "MIL", "IGO", "REB", "OPP", "LEG"})


def _offered_to(layout: Layout, trigger: Trigger, source: int | None, stop: int) -> int | None:
    """The subject of the condition right after an offer (03) that found no party: another
    country named whole, or its state organ, force or body (`OFFERED_SECTORS`), else None."""
    words = layout.words
    if trigger.code[:2] != INTENT_ROOT or stop >= len(words) or words[stop] != "if":
        return None
    index = _condition_subject(layout, source, stop)
    if index is None:
        return None
    sector = layout.mentions[index].actor.sector
    return index if sector is None or sector in OFFERED_SECTORS else None


def _condition_subject(layout: Layout, source: int | None, opener: int) -> int | None:
    """The party right after the condition's `opener` ("if", "unless"), of another country
    than the source's; None if another word or a prepositional phrase comes first."""
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= opener:
            continue
        if first > opener + CONDITION_SUBJECT_REACH or layout.prep[index] is not None:
            return None
        actor = layout.mentions[index].actor
        own = layout.mentions[source].actor.country if source is not None else None
        if index == source or actor.country is None or actor.country == own:
            return None
        return index
    return None


def _object_stop(layout: Layout, trigger: Trigger) -> int:
    """Where the object search ends; a threat or demand reaches past "if"/"unless"; an
    accusation's at its charge ("accused foreign powers of funding the opposition": the
    accused stand before "of", the opposition is in the charge)."""
    stop = layout.right_stop(trigger.head)
    if trigger.code[:2] in CONDITIONAL_ROOTS and stop < len(layout.words):
        if layout.words[stop] in ("if", "unless", "until"):
            stop = layout.right_stop(stop)
    words = layout.words
    end = min(stop, len(words) - 1)
    joined = trigger.last + (1 if trigger.last > trigger.head else 2)  # words of its own first
    if "and" in words[joined:end]:
        stop = _appeal_joined(layout, joined, end, stop)
        end = min(stop, len(words) - 1)
    if trigger.code[:2] == DISAPPROVE_ROOT and words[trigger.head].startswith(ACCUSING):
        charge = _charge_start(words, trigger.head, end)
        if charge is not None:
            return charge
    if CHARGE_PARTICIPLES.keys().isdisjoint(words[trigger.last + 1 : end]):
        return stop  # most acts: no such participle in reach, one test in C
    for index in range(trigger.last + 1, end):
        if CHARGE_PARTICIPLES.get(words[index]) == words[index + 1]:
            return index  # "detained a man suspected of spying for Russia": not Russia
    return stop


# "condemned the detentions and called on the United Nations to ...": a second verb of appeal
# after "and" opens its own act, whose addressee is no party to the first
APPEAL_VERBS: Final = frozenset(
    "called urged asked appealed pressed implored requested demanded".split()
)


def _appeal_joined(layout: Layout, start: int, end: int, stop: int) -> int:
    """Round 38 (weak5): where "and" joins a verb of appeal to an act with words of its own
    after the trigger ("condemned the detentions as an abduction and called on the United
    Nations to ..."), and the first party after it is an international body asked for help, the
    object search ends at "and". "and urged the authorities to release" keeps the authorities:
    an appeal to the one criticised."""
    words = layout.words
    for index in range(start, end):
        if words[index] == "and" and words[index + 1] in APPEAL_VERBS:
            mentions, firsts = layout.mentions, layout.first
            for i in range(len(firsts)):
                mention, first = mentions[i], firsts[i]
                if first > index + 1:
                    code = mention.actor.code or ""
                    return index if code.startswith(IGO_SECTOR) else stop
            return stop
    return stop


ACCUSING: Final = ("accus", "blam")  # "accused X of ...", "blamed X for ..."
# what a charge after "accused X of" opens with besides a gerund ("of war crimes")
CHARGE_NOUNS: Final = frozenset(
    "war genocide corruption treason terrorism aggression interference meddling espionage "
    "sabotage crimes violations violation breaches provocation provocations lies hypocrisy "
    "complicity collusion fraud incitement".split()
)


def _charge_start(words: list[str], head: int, end: int) -> int | None:
    """Where the charge starts: "of" after "accused" (or "for" after "blamed") and at least
    one word for the accused, followed by a gerund ("of funding") or a charge noun ("of war
    crimes"); None when there is no such charge in the clause."""
    joint = "of" if words[head].startswith("accus") else "for"
    for index in range(head + 2, end):
        if words[index] != joint:
            continue
        after = words[index + 1]
        if (after.endswith("ing") and len(after) > 5) or after in CHARGE_NOUNS:
            return index
        return None  # "members of the opposition of ...": the first "of" is no charge's
    return None


# Round 38 (objplace5): a noun whose place phrase tells where the thing lies or where it goes,
# not whom the act is aimed at. Things held somewhere ("his assets in Malta", "a test range in
# northern Mongolia") are never a party's; traffic ("arms shipments to X", "flights between X
# and Y") is aimed at X only when the trigger governs the noun itself ("halted arms shipments to
# X", "lifted sanctions on exports to X"), not when the noun hangs from a grievance's phrase or a
# verb of its own ("protest against arms shipments to X", "forcing flights between X and Y to
# change course").
HELD_THINGS: Final = frozenset(
    "asset assets property properties holdings estate estates mansion villa accounts range "
    "ranges".split()
)
TRAFFIC: Final = frozenset(
    "shipment shipments flight flights exports deliveries sales transfers supplies".split()
)
TRAFFIC_PREPS: Final = ("to", "between")
# the phrase a protest or complaint names its grievance with; not "on", the phrase of a ban or
# sanction ("lifted sanctions on exports to X", "an embargo on flights to X" are aimed at X)
OBJECTED: Final = frozenset({"against", "over", "about"})


def _described_places(layout: Layout, trigger: Trigger, stop: int) -> set[int]:
    """The mentions between the trigger and `stop` that are such places, with one joined by "and"
    right after one ("flights between Fiji and Samoa": the second end of the route too)."""
    found: set[int] = set()
    for index in range(len(layout.mentions)):
        first = layout.first[index]
        if first <= trigger.last or first >= stop:
            continue
        joined = index - 1 in found and layout.words[layout.last[index - 1] + 1 : first] == ["and"]
        if joined or _described_object(layout, index, trigger):
            found.add(index)
    return found


def _described_object(layout: Layout, index: int, trigger: Trigger) -> bool:
    """A country in a place phrase that describes the object noun (see HELD_THINGS)."""
    prep = layout.prep[index]
    if prep != "in" and prep not in TRAFFIC_PREPS:
        return False
    at = _preposition_token(layout, index, (prep,))
    if at is None:
        return False
    words = layout.words
    noun = words[at - 1]
    if prep == "in":
        return noun in HELD_THINGS
    if noun not in TRAFFIC:
        return False  # "sent troops to Latvia": a deployment's destination
    between = words[trigger.last + 1 : at - 1]
    return any(word in OBJECTED or word.endswith("ing") for word in between)


def _candidate_object(layout: Layout, index: int, trigger: Trigger, source: int | None) -> bool:
    if layout.first[index] <= trigger.head or index == source:
        return False
    if (
        layout.blocked[index]
        and not _held_object(layout, index, trigger)
        and not _authored_object(layout, index, trigger)
    ):
        return False
    if layout.nested[index] or _owned_by_subject(layout, index):
        return False
    if _named_thing(layout, index) or _naming_pronoun(layout, index, source):
        return False
    if _carrier(layout, index):
        return False
    if _trailing_warner(layout, index, trigger):
        return False
    if trigger.code[:2] == DISAPPROVE_ROOT and _sovereign(layout, index):
        return False
    if _helped_in_fight(layout, index, trigger):
        return False
    if _venue_name(layout, index):
        return False
    if trigger.code[:2] == FORCE_POSTURE_ROOT and (
        _home_ground(layout, index, source)
        or (_helped(layout, index) and not _foreign_state(layout, index, source))
    ):
        return False
    return not _no_object(layout, index, source)


# "rejected the protest, calling it part of a campaign", "denied the charges, calling them
# politically motivated": the pronoun after a verb of naming is the thing just turned down or
# condemned, not a party (a thing's "it" resolves to the article's last singular body).
NAMING_VERBS: Final[frozenset[str]] = frozenset(
    "calling describing terming branding labelling labeling dubbing deeming".split()
)
THING_PRONOUNS: Final = frozenset({"it", "them"})


def _named_thing(layout: Layout, index: int) -> bool:
    first = layout.first[index]
    return (
        first > 0
        and layout.words[first] in THING_PRONOUNS
        and layout.words[first - 1] in NAMING_VERBS
    )


def _naming_pronoun(layout: Layout, index: int, source: int | None) -> bool:
    """Round 57 (refs57): whether the mention is the pronoun of "condemned what it called a
    plot", "rejected what they described as pressure" (`WHAT_NAMING`) standing for a party of
    the act's own side: the one who names the thing speaks (`references._namer`), it is no party
    the act is aimed at. One resolved to another country's party (an "it" of the sentence
    before) is left as it was."""
    words, first = layout.words, layout.first[index]
    if not (0 < first < len(words) - 1 and words[first - 1] == "what"):
        return False  # nearly every mention: the cheap test first
    if words[first] not in NAMING_PRONOUNS or words[first + 1] not in WHAT_NAMING:
        return False
    country = layout.mentions[index].actor.country
    return (
        source is not None
        and country is not None
        and country == layout.mentions[source].actor.country
    )


# Round 54 (roles54w): the medium that carries or broadcasts the words an act is told in ("warned
# in a statement carried by state media KCNA that Seoul would pay dearly", "in remarks broadcast
# by state television") passes the words on; it is no party the act is aimed at (docs/labelling.md
# section 2: the target is the one the act is aimed at; the press that reports is no party).
CARRYING: Final[frozenset[str]] = frozenset(
    "carried broadcast aired published relayed quoted cited".split()
)
CARRIER_REACH: Final[int] = 5  # words from "by" to the medium: "by the state news agency RIA"
# the words that may name the medium before its name ("the official news agency", "state media")
MEDIUM_WORDS: Final[frozenset[str]] = frozenset(
    "the its state state-run state-owned official news agency media television tv radio "
    "broadcaster newspaper daily".split()
)


def _carrier(layout: Layout, index: int) -> bool:
    """Whether the mention is the medium after "carried by", "broadcast by" (only words of a
    medium's description between "by" and it)."""
    words, first = layout.words, layout.first[index]
    for at in range(first - 1, max(first - 1 - CARRIER_REACH, 0), -1):
        word = words[at]
        if word == "by":
            return words[at - 1] in CARRYING
        if word not in MEDIUM_WORDS:
            return False
    return False


# Round 54 (roles54w): a warning told first and its speaker after it, with a verb of warning
# rather than "said" ("Athens would respond in kind, a spokesman for the Greek foreign ministry
# warned"): the party before the trailing verb speaks the threat; it is no one it is aimed at (the
# reporting frame reads only verbs of saying, and leaves such a speaker in the clause).
TRAILING_WARNINGS: Final[frozenset[str]] = frozenset(
    "warned warns cautioned cautions vowed vows threatened threatens insisted insists".split()
)
WARNER_REACH: Final[int] = 6  # words from the comma to the speaker's name ("a spokeswoman for")
# what may follow such a trailing verb: the sentence's end, a time or the occasion ("warned on
# Tuesday", "warned in comments carried by ..."); "warned that ...", "warned Ankara", "threatened
# to ..." are the party's own act
TRAILING_AFTER: Final[frozenset[str]] = frozenset(
    ". , ; in on at during late earlier yesterday today tonight last this".split()
)


def _trailing_warner(layout: Layout, index: int, trigger: Trigger) -> bool:
    """Whether the mention, after a comma that follows the trigger, is the subject of a verb of
    warning right after it (or after "has") that takes no object and no clause ("..., the
    ministry warned.", "..., a spokesman for the ministry warned in comments carried by ...")."""
    words, last = layout.words, layout.last[index]
    verb = last + 1 + (last + 1 < len(words) and words[last + 1] in PERFECT)  # "has warned"
    if verb >= len(words) or words[verb] not in TRAILING_WARNINGS:
        return False
    if verb + 1 < len(words) and words[verb + 1] not in TRAILING_AFTER:
        return False  # "the ministry warned that ...", "warned Ankara": its own act
    first = layout.first[index]
    for at in range(first - 1, max(first - 1 - WARNER_REACH, trigger.last), -1):
        if words[at] == ",":
            return True
        if not words[at].islower():
            return False
    return False


def _home_ground(layout: Layout, index: int, source: int | None) -> bool:
    """Where a show of force stands, not whom it is aimed at (the labelling guide: a
    deployment's target only when named as aimed at): a place of the source's own country
    ("National Guard troops deployed in Los Angeles") or the country on the far side of the
    border it is sent to ("sent 2,000 soldiers to its border with Belarus")."""
    mention = layout.mentions[index]
    if mention.actor.sector is not None:
        return False
    first = layout.first[index]
    if (
        mention.kind in STATE_KINDS
        and first >= 2
        and layout.words[first - 1] == "with"
        and layout.words[first - 2] in BORDERS
    ):
        return True
    # any place of the source's own country, also one the gazetteer does not know ("to the
    # Sughd region", taken for a party of the article's country: round 34)
    own = layout.mentions[source].actor.country if source is not None else None
    return own is not None and mention.actor.country == own and layout.prep[index] is not None


# round 34: the party a show of force is sent "to support" or "to help" ("deployed the army to
# support police", "sent troops to help the government's forces") is helped, not aimed at; the
# labelling guide gives a deployment a target only when named as aimed at, else none.
# (coder._posted_at_home drops, after the article's steps, any such target of the source's own
# country that came by another road.)
HELPING: Final = frozenset(
    "support supporting help helping assist assisting reinforce reinforcing bolster "
    "bolstering aid aiding protect protecting back".split()
)
HELPED_FILLERS: Final = frozenset({"the", "its", "their", "local", "up", "out"})
HELPED_REACH: Final = 3  # tokens from the verb of helping to the party ("to back up local police")


def _helped(layout: Layout, index: int) -> bool:
    words = layout.words
    for at in range(layout.first[index] - 1, max(layout.first[index] - 1 - HELPED_REACH, 0), -1):
        if words[at] in HELPING:
            return words[at - 1] == "to"
        if words[at] not in HELPED_FILLERS:
            return False
    return False


# Round 51 (types51): "helped Haitian police repel the gangs" (`data/triggers.tsv`, 190): the ally
# helped, inside the trigger's gap, fights beside the source; the side fought comes after.


def _helped_in_fight(layout: Layout, index: int, trigger: Trigger) -> bool:
    return (
        trigger.code[:2] == "19"
        and layout.words[trigger.head] in HELP
        and layout.first[index] < trigger.last
    )


# Round 51 (types51): "Mali sent a special forces unit to help Niamey secure the border": a foreign
# state helped (by its name or seat) is the one the force is sent for; it stays the target, and the
# coder codes the sending aid ("074 Provide military protection or peacekeeping", docs/labelling.md
# after point 49: troops sent to help a government; `coder._deployed_to_protect`).
def _foreign_state(layout: Layout, index: int, source: int | None) -> bool:
    mention = layout.mentions[index]
    if (
        source is None
        or mention.kind not in STATE_KINDS
        or mention.actor.sector not in (None, "GOV")
    ):
        return False
    own = layout.mentions[source].actor.country
    return own is not None and mention.actor.country not in (None, own)


def _held_object(layout: Layout, index: int, trigger: Trigger) -> bool:
    """ "summoned the ambassadors of Estonia, Latvia and Lithuania": a party that starts in
    the trigger's words and runs past them is its object, not a modifier of it."""
    return trigger.head < layout.first[index] <= trigger.last < layout.last[index]


# "rejected the U.N. figures", "dismissed the Chinese claims": a party standing as the
# modifier of the thing a rejection or denial turns down, right after the verb, is the thing's
# author, the one whose word is rejected (labelling guide 4.2; as "rejected a U.N. report").
AUTHORED_DETERMINERS: Final = frozenset({"the"})


def _authored_object(layout: Layout, index: int, trigger: Trigger) -> bool:
    words = layout.words
    first, last = layout.first[index], layout.last[index]
    if not trigger.code.startswith(TURNED_DOWN_ROOTS) or trigger.noun:
        return False
    if first != trigger.last + 2 or words[trigger.last + 1] not in AUTHORED_DETERMINERS:
        return False
    following = words[last + 1] if last + 1 < len(words) else ""
    return following.isalpha() and following.islower() and last + 1 not in layout.owner


def _sovereign(layout: Layout, index: int) -> bool:
    """ "called the strikes a violation of Syrian sovereignty": the owner of the sovereignty
    violated is the victim, not the one accused (who made the act called so)."""
    after = layout.last[index] + 1
    return after < len(layout.words) and layout.words[after] in SOVEREIGN


# A threat's own side as the subject of the clause it reports ("warned that Tehran would answer
# any attack from X", "said the group's fighters would respond to any violation by X"): the
# party to be struck or answered is named after it. Round 39 (sides6).
REPORTED_OWNER_REACH: Final = (
    2  # tokens from a possessive mark to the modal: "group 's fighters would"
)


def _own_reported_subject(layout: Layout, index: int, trigger: Trigger, source: int | None) -> bool:
    """Whether the mention is the threatener's own country as the subject of the clause the
    threat reports, a modal ("would", "will") right after it or after the noun it owns."""
    if source is None or trigger.code[:2] != THREAT_ROOT or layout.prep[index] is not None:
        return False
    owner = layout.mentions[source].actor
    actor = layout.mentions[index].actor
    if owner.country is None:
        # round 58 (parties58): a body of no country names itself so too ("A Commission
        # spokeswoman warned that Brussels would launch proceedings against Hungary": the
        # EU's own seat, its code the spokeswoman's)
        if owner.sector != IGO_SECTOR or actor.code != owner.code:
            return False
    elif actor.country != owner.country:
        return False
    return _reported_modal(layout, index) >= 0


def _reported_modal(layout: Layout, index: int) -> int:
    """Where the modal stands right after the mention or after the noun it owns ("Tehran
    would", "the group's fighters will"); -1: none."""
    words, after = layout.words, layout.last[index] + 1
    if after < len(words) and words[after] in POSSESSIVE_MARKS:
        after += REPORTED_OWNER_REACH
    elif words[after - 1].endswith(OWNED_ENDINGS):  # one token: "group's"
        after += 1
    return after if after < len(words) and words[after] in BARE_MODALS else -1


def reported_answer(layout: Layout, trigger: Trigger, subject: int) -> bool:
    """Whether the mention is the subject of the clause a threat reports with a modal and a
    vow to answer after it ("warned that Moscow would respond")."""
    return _reported_modal(layout, subject) >= 0 and _answer(layout, trigger, subject)


def _answer(layout: Layout, trigger: Trigger, subject: int) -> bool:
    """Whether the threat vows to answer an act ("would respond", "would retaliate"), in its
    trigger or as the verb after the reported subject's modal."""
    modal = _reported_modal(layout, subject)
    span = layout.words[trigger.head : trigger.last + 1] + layout.words[modal + 1 : modal + 2]
    return any(word.startswith(ANSWER_STEMS) for word in span)


def _own_side(layout: Layout, index: int, source: int | None) -> bool:
    """A bare agent word of the source's own country ("France ... troops")."""
    mention = layout.mentions[index]
    if source is None or not mention.resolved or not mention.actor.text.islower():
        return False
    owner = layout.mentions[source].actor
    if owner.sector not in (None, "GOV") or mention.actor.sector not in STATE_SECTORS:
        return False  # "police arrested the opposition leader": another side
    return mention.actor.country == owner.country


# Round 61 (targets61): "the two envoys agreed to raise the matter at this year's SADC leaders'
# summit", "questioned over unrest during an OSCE session": a body that names a meeting
# after "at", "during", "ahead of" or "on the sidelines of" names where the act is to happen,
# not whom it is aimed at (docs/labelling.md section 2: places are not parties).
VENUES: Final[frozenset[str]] = frozenset(
    "summit summits meeting meetings session sessions conference ministerial gathering".split()
)
VENUE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "during", "before", "after"})
# "ahead of", "on the sidelines of", "on the margins of": the word before "of"
VENUE_OF: Final[frozenset[str]] = frozenset({"ahead", "sidelines", "margins"})
# what may stand between the preposition and the body: "next month's", "this year's", "the"
VENUE_FILLERS: Final[frozenset[str]] = (
    ARTICLES
    | POSSESSIVE_MARKS
    | frozenset("next last this coming annual month week year month's week's year's".split())
)
VENUE_REACH: Final[int] = 5  # tokens back from the body to the preposition


def _venue_name(layout: Layout, index: int) -> bool:
    """Whether the mention names a meeting, summit or session the act is set at."""
    words = layout.words
    after = layout.last[index] + 1
    if after < len(words) and words[after] in POSSESSIVE_MARKS:  # "the SADC's summit"
        after += 1
    if after >= len(words) or words[after] not in VENUES:
        return False  # nearly every mention: the cheap test first
    first = layout.first[index]
    for at in range(first - 1, max(first - 1 - VENUE_REACH, -1), -1):
        word = words[at]
        if word in VENUE_PREPOSITIONS:
            return True
        if word == "of":
            return at > 0 and words[at - 1] in VENUE_OF
        if word not in VENUE_FILLERS:
            return False
    return False


def _no_object(layout: Layout, index: int, source: int | None) -> bool:
    """Subject pronouns ("he", "they") are never objects; nor is the source itself."""
    mention = layout.mentions[index]
    if mention.kind == "pronoun" and mention.actor.text.lower() in SUBJECT_PRONOUNS:
        return True
    return source is not None and same_entity(layout.mentions[source], mention)


def _owned_by_subject(layout: Layout, index: int) -> bool:
    """ "its troops", "their peacekeeping force": the subject's own people, not a target."""
    if not layout.mentions[index].actor.text.islower():
        return False
    first = layout.first[index]
    return any(layout.words[t] in POSSESSIVES for t in range(max(first - 2, 0), first))


# Prepositions of the setting an act is done in ("amid U.S. hostility", "despite Indian
# threats"): the party named there caused the mood, it is not the one the act is aimed at.
CIRCUMSTANCES: Final = frozenset({"amid", "despite"})


def _target_preposition(layout: Layout, index: int, trigger: Trigger) -> bool:
    prep = layout.prep[index]
    if prep in CIRCUMSTANCES:
        return False  # "appealed for calm amid U.S. hostility": the setting, no addressee
    if prep is None or prep not in LOCATIVE and prep != "by":
        return True
    if prep == "into" and trigger.code.startswith(INVESTIGATE_ROOT):
        # "opened an investigation into Mondlane", "a probe into the ministry": the one
        # investigated (a name too: no investigation is opened into a town)
        return mention_kind(layout, index) not in STATE_KINDS
    if layout.mentions[index].kind == NAME and prep != "by":
        return False  # "fired rockets toward Ashkelon": an unknown name there is a place
    if layout.words[trigger.last] == prep and prep not in ("in", "from", "near"):
        return True  # the trigger's own preposition: "launched missiles at", "marched on"
    head = layout.words[trigger.head]
    if prep in ("by", "from") and not trigger.noun:
        return _object_phrase(layout, index, trigger, prep)
    if prep == "near" and trigger.code[:2] in VIOLENT_ROOTS:
        return mention_kind(layout, index) not in STATE_KINDS  # "struck near the U.S. Embassy"
    if trigger.code[:2] == PROTEST_ROOT and _mission_of_state(layout, index):
        return True  # "protested outside the Russian embassy": at the state it stands for
    if prep == "at":
        return head in AT_TARGETS
    if prep in ("toward", "towards"):
        return trigger.code[:2] in TOWARD_ROOTS
    if prep == "into":
        return trigger.code[:2] in ("17", "18", "19", "20")
    return False


def _object_phrase(layout: Layout, index: int, trigger: Trigger, prep: str) -> bool:
    """ "investigating crimes by X", "accepted demands from X", "withdraw its troops from
    Lebanon": the phrase hangs from the object, not from the verb. Round 38 (weak5): "responded
    by ordering a Burkinabe attaché to leave": a "by" right before the act's gerund governs the
    act, and the party after the gerund is its object."""
    at = _preposition_token(layout, index, (prep,))
    if at is None:
        return False
    if at == trigger.head - 1 and layout.words[trigger.head][-3:] == "ing":
        return True
    return at > trigger.head + 1 and trigger.code[:2] != FORCE_POSTURE_ROOT


MISSION_WORDS: Final = ("embass", "consulat")  # "the Russian embassy", "the U.S. Consulate"


def _mission_of_state(layout: Layout, index: int) -> bool:
    """ "outside the Russian embassy", "at the U.S. Consulate": a state's mission abroad
    (named with its state), which a protest held there is aimed at."""
    mention = layout.mentions[index]
    text = mention.actor.text.lower()
    if mention.resolved or mention.actor.country is None:
        return False  # "outside the embassy": a bare one, its state not named
    return any(word in text for word in MISSION_WORDS)


def mention_kind(layout: Layout, index: int) -> str:
    return layout.mentions[index].kind


def _place_target(layout: Layout, index: int, trigger: Trigger, source: int | None) -> bool:
    """A country-level place after "in"/"into" (violence also "near", "across", ...), right
    after the verb phrase (not "the embassy in Beijing"), for acts done to a place."""
    mention = layout.mentions[index]
    # not "a bombing near X killed ...": the verb after the noun names whom it hit
    struck = trigger.code[:2] in VIOLENT_ROOTS and not trigger.noun
    posture = trigger.code[:2] == FORCE_POSTURE_ROOT
    preps = STRUCK_PLACE_PREPS if struck else POSTURE_PLACE_PREPS if posture else ("in", "into")
    if layout.prep[index] not in preps or mention.kind not in STATE_KINDS:
        return False
    if trigger.code[:2] not in PLACE_ROOTS:
        return False
    if trigger.code[:2] == CONSULT_ROOT and trigger.code[:3] != VISIT and source is not None:
        # "the foreign ministers met in Lima": a meeting held in the source's own country is
        # held at home, its place no party ("attend a summit in Uruguay" is a trip there)
        if layout.mentions[source].actor.country == mention.actor.country:
            return False
    before = _preposition_token(layout, index, preps)
    if before is None or layout.owner.get(before - 1, -1) >= 0:
        return False  # not "the embassy in Beijing", the place of another party
    if layout.words[before] in ("in", "into") or (posture and before <= trigger.last):
        return True  # posture: "inside" or "within" the waters its trigger names
    # "struck sites near Damascus": an object between the verb and the place, which ends its
    # phrase (not "camps near the Thai border", "an attack near the town of ...")
    return before > trigger.last + 1 and _ends_phrase(layout, index)


def _ends_phrase(layout: Layout, index: int) -> bool:
    """Whether the place ends its phrase (punctuation, a preposition or a time word next)."""
    after = layout.last[index] + 1
    return after >= len(layout.words) or layout.words[after] in PLACE_FOLLOWERS


def _preposition_token(layout: Layout, index: int, preps: tuple[str, ...]) -> int | None:
    for token in range(layout.first[index] - 1, max(layout.first[index] - 6, -1), -1):
        if layout.words[token] in preps:
            return token
    return None


TRAVEL_WORDS: Final = frozenset(
    "travel traveling travelling travels trips trip visit visiting visits go going".split()
)
TRAVELLERS: Final = frozenset({"CVL", None})  # "Chinese citizens", "Americans", "its nationals"


def _travel_destination(layout: Layout, found: int, source: int | None, stop: int) -> int | None:
    """ "Beijing advised Chinese citizens to avoid travel to Japan", "urged Americans not to
    travel to Venezuela": a state's word to its own people about going to another country is
    aimed at that country, not at its own people."""
    if source is None:
        return None
    own = layout.mentions[source].actor.country
    traveller = layout.mentions[found].actor
    if own is None or traveller.country != own or traveller.sector not in TRAVELLERS:
        return None
    words = layout.words
    for index in range(found + 1, len(layout.mentions)):
        first = layout.first[index]
        if first >= stop:
            return None
        country = layout.mentions[index].actor.country
        if country is None or country == own:
            continue
        before = words[max(first - 3, 0) : first]
        if TRAVEL_WORDS.intersection(before):
            return index
        return None
    return None


def _named_nearby(layout: Layout, found: int, stop: int, source: int | None) -> int:
    """A country or organisation right behind a bare agent word ("its troops to Lebanon")."""
    mention = layout.mentions[found]
    if mention.actor.country is not None or mention.resolved or len(mention.actor.code) > 3:
        return found
    for index in range(found + 1, len(layout.mentions)):
        near = layout.mentions[index].start - mention.end
        if layout.first[index] >= stop or near > NEAR_ENOUGH:
            break
        named = layout.mentions[index].actor
        if index != source and not layout.blocked[index] and (named.country or len(named.code) > 3):
            return index if layout.prep[index] not in LOCATIVE else found
    return found
