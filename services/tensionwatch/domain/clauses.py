"""The shallow clause structure of a sentence, as far as roles need it.

Built once per sentence from its tokens and its actor mentions:

- which preposition governs each mention ("in the northern port of Tromso": `in`);
- mentions that are never a party: in the dateline, in an attribution (", X said",
  "X told AFP", "according to X", ", said X"), or a place ("in", "at", "near", "from",
  "toward", "off", "via", ...: the trigger decides whether "at", "toward" or "into" mark a
  target, see `roles`);
- where a clause ends for a search to the right (";", a subordinating conjunction, a relative
  pronoun after a comma, a trailing attribution) and where a reported clause begins for a
  search to the left ("X said (that) ...", ", adding ...");
- relative pronouns (", which ...") with their antecedents, and enclosures (parentheses,
  dashes, appositions after a name) whose mentions a subject search steps over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from tensionwatch.domain.actor import IGO_SECTOR, Actor
from tensionwatch.domain.clause_words import (
    ACT_FRAMES,
    ADJECTIVAL_AGENTS,
    ADVERBIAL,
    AFFILIATED,
    AIR_STRIKE_NOUNS,
    AMBIGUOUS_SUBORDINATORS,
    ARTICLES,
    ARTICLES_OR_POSSESSIVES,
    ASIDE_WORDS,
    BROADCAST_TELLING,
    CALENDAR_UNITS,
    CARRYING,
    CLAUSE_BREAKS,
    CONJOINED,
    COUNT_AFTER_AT,
    DATE_WORDS,
    DATELINE_ENDS,
    DETERMINERS,
    DOCUMENTS,
    EMBLEM_REACH,
    EMBLEMS,
    FINITE,
    GROUP_POSSESSIVES,
    IDIOMS,
    IRREGULAR_PAST,
    LOCATIVE,
    MEDIUM_PREPOSITIONS,
    MEDIUM_REACH,
    MODIFIED_NOUNS,
    NOT_AFFILIATING,
    NOT_NOUNS,
    NP_WALK,
    NUMBER_WORDS,
    OWNED_ENDINGS,
    PARTICIPLE_FRAMES,
    PARTITIVES,
    PLACE_NOUNS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_MARKS,
    POSTED_BODIES,
    PREMISES,
    PREPOSITIONS,
    QUOTES,
    RELATIVES,
    SAY,
    SUBJECT_ARTICLES,
    SUBORDINATORS,
    TIME_NOUNS,
    TRIP_NOUNS,
    bisect_left,
    bisect_right,
    disjoint_in,
    party_subject,
)
from tensionwatch.domain.context import NAME, PERSON, PLACE, Mention
from tensionwatch.domain.names import OFFICES

_SPECIAL: Final = (
    SAY
    | CLAUSE_BREAKS
    | SUBORDINATORS
    | RELATIVES
    | PARTICIPLE_FRAMES
    | frozenset({"according", "("})
)

ACTING_ADVERBS: Final = frozenset({"also", "then", "later"})  # ", who also accused"


TELL: Final = frozenset({"told", "tells", "tell"})


APPOSITION_TITLE: Final = 4  # words of a title between a body and its apposition's comma
# Finite reporting verbs whose subject an aside may part from them ("X, the head of Y, said")
FINITE_SAY: Final = frozenset("said says told tells".split())
# a participle of saying whose audience a quotation follows (", telling a rally, "...")
PARTICIPLE_SAY: Final = frozenset({"telling"})
QUOTED_AUDIENCE: Final = 9  # words from the participle to the comma before the quotation
# Reporting verbs that also take a thing ("observed a truce", "heard the appeal")
OBJECT_SAY: Final = frozenset({"observed", "heard", "hears"})
# Reporting participles whose agent follows ("an official quoted by the agency dismissed")
PASSIVE_SAY: Final = frozenset({"quoted"})


def _pronoun_governing(words: list[str], first: int) -> str | None:
    """The preposition right before a pronoun, if any ("talks with them"; "one of them" only
    where `_partitive_subject` does not take it)."""
    before = words[first - 1] if first > 0 else ""
    if before not in PREPOSITIONS or _partitive_subject(words, first):
        return None  # "Several of them were bundled into buses": they were
    return before


def _partitive_subject(words: list[str], first: int) -> bool:
    """ "Several of them were bundled into buses", "Some of them, including an MP, were held":
    a pronoun after a partitive that opens the sentence, before "were", "are" or an
    appositive's comma, is the subject those words count, not an object of "of" ("fees paid by
    tourists, most of them from abroad": no subject)."""
    return (
        first == 2
        and words[0].lower() in PARTITIVES
        and words[1] == "of"
        and words[first + 1 : first + 2] in ([","], ["were"], ["are"])
    )


# Words no noun phrase walks back past: a date, and a phrase of time's noun ("Within hours")
ENDS_OF_PHRASE: Final = DATE_WORDS | TIME_NOUNS


class Layout:
    """A sentence's tokens and mentions, with what the role search needs to know of them."""

    __slots__ = (
        "antecedent",
        "blocked",
        "enclosed",
        "first",
        "last",
        "left_stops",
        "mentions",
        "modifiers",
        "nested",
        "owner",
        "prep",
        "right_stops",
        "speaker",
        "starts",
        "words",
    )

    def __init__(
        self,
        words: list[str],
        starts: list[int],
        mentions: Sequence[Mention],
        dateline: int = 0,
        triggers: frozenset[int] = frozenset(),
    ) -> None:
        """`triggers`: the token indices of the sentence's trigger words (a noun phrase does
        not reach back over one; a mention made of trigger words is no party: "a general
        strike")."""
        self.words = words
        self.starts = starts
        self.mentions = mentions
        # a mention that starts inside the last token ("clashed with narco-terrorists": the
        # index finds "terrorists") is that token's, not one past the sentence's end
        end = max(len(words) - 1, 0)
        self.first = first = [min(bisect_left(starts, m.start), end) for m in mentions]
        # by index, not `zip(..., strict=True)`: a zip called with a keyword is a generic call
        # from compiled code (~900 instructions and a tuple an item); the lists are one length
        self.last = [
            max(bisect_left(starts, mentions[i].end) - 1, first[i]) for i in range(len(first))
        ]
        self.owner = {
            t: i for i in range(len(mentions)) for t in range(self.first[i], self.last[i] + 1)
        }
        self.mentions = _shared_nouns(words, mentions, self.first, self.last)
        mentions = self.mentions
        self.prep = [self._governing(first[i], mentions[i].kind) for i in range(len(first))]
        self.blocked = [m.end <= dateline for m in mentions]
        self.modifiers = frozenset(
            i
            for i in range(len(mentions))
            if (self.first[i] in triggers and not self._named_past(i, triggers))
            or self._modifies_noun(i, triggers)
            or self._broadcast_medium(i)
        )
        for i in self.modifiers:
            self.blocked[i] = True
        self.owner.update(dict.fromkeys(triggers, -1))
        self.enclosed = [False] * len(mentions)
        self.nested = [False] * len(mentions)
        self.left_stops: list[int] = []  # a left search stops before these tokens
        self.right_stops: list[int] = []  # a right search stops at these tokens
        self.antecedent: dict[int, int] = {}  # relative pronoun token -> mention index
        self.speaker: int | None = None
        self._mark_places()
        special = [k for k, word in enumerate(words) if word in _SPECIAL]
        self._mark_frames(special)
        self._mark_clauses(special)
        self._mark_enclosures()
        self.left_stops.sort()
        self.right_stops.sort()

    # --- what governs a mention --------------------------------------------------------

    def _named_past(self, index: int, triggers: frozenset[int]) -> bool:
        """Whether a person's name goes on past the trigger that takes its first words ("a
        criminal investigation into opposition leader Ana Ruiz": the pattern ends on
        "opposition", the name is the act's party and later sentences' "Ruiz")."""
        return self.mentions[index].kind == PERSON and self.last[index] not in triggers

    def _broadcast_medium(self, index: int) -> bool:
        """A broadcaster heard on ("warned on state television that ..."): a media body after
        "on" or "over" with a word of telling (`BROADCAST_TELLING`) just before; no party."""
        mention = self.mentions[index]
        if mention.actor.sector != "MED" or mention.kind != "body":
            return False
        if self.prep[index] not in MEDIUM_PREPOSITIONS:
            return False
        before = self.first[index] - 1  # the preposition's token
        bound = max(before - NP_WALK, 0)
        while before > bound and self.words[before] not in MEDIUM_PREPOSITIONS:
            before -= 1
        window = self.words[max(before - MEDIUM_REACH, 0) : before]
        return not BROADCAST_TELLING.isdisjoint(window)

    def _modifies_noun(self, index: int, triggers: frozenset[int]) -> bool:
        """A bare agent word used as a modifier: "military exercises", "terrorist activities",
        "army reservists" (no party of its own)."""
        mention = self.mentions[index]
        text = mention.actor.text
        after = self.last[index] + 1
        if after < len(self.words) and self.words[after] in EMBLEMS and mention.kind != "person":
            before = self.words[max(self.first[index] - EMBLEM_REACH, 0) : self.first[index]]
            if not CARRYING.isdisjoint(before):
                return True  # "waving Russian flags": whose flags, no party (sides7w)
        if after < len(self.words) and self.words[after] in DOCUMENTS and mention.kind != "person":
            # "United Nations Security Council resolutions", "Pentagon sources"; but when the
            # document does the act ("UN resolutions bar ...") its author is the party
            return after + 1 not in triggers
        if mention.kind not in ("body", "title") or " " in text:
            return False
        # "the junta's information team said", "the army's press office": an owner, no word
        # modifying a noun ("military information"); a plural after it is still the owner's
        # ("the government's supporters": the people, whose side a later rule names)
        owns = self.words[self.last[index]].endswith(POSSESSIVE_ENDINGS)
        if not text.islower():  # "Ministry footage": a capitalised agent word modifying a noun
            after = self.last[index] + 1
            return not owns and after < len(self.words) and self.words[after] in MODIFIED_NOUNS
        after = self.last[index] + 1
        if after >= len(self.words):
            return False
        word = self.words[after]
        if text == "military" and word in AIR_STRIKE_NOUNS and self._opens_sentence(index):
            return False  # "A military airstrike on a school killed 20": the army struck
        if word in MODIFIED_NOUNS or (
            after in triggers
            and text in ADJECTIVAL_AGENTS
            and not party_subject(self.words, after)  # "the military accused the opposition"
        ):
            return not owns  # "an official protest", "military exercises"
        if text in ADJECTIVAL_AGENTS and word.isalpha() and word not in NOT_NOUNS:
            if word.endswith("ed") or word in IRREGULAR_PAST:
                return False  # "the military took control": the party and its verb
            return not owns and word not in SAY and word not in PREPOSITIONS
        plural = word.endswith("s") and word not in NOT_NOUNS and word not in PREPOSITIONS
        plural = plural and not (owns and word.endswith("ss"))  # "the army's press office"
        return word.isalpha() and plural and len(word) > 3  # not "police across the country"

    def _opens_sentence(self, index: int) -> bool:
        """Whether the mention, after an article, opens the sentence or its body after an
        agency dateline ("MANDALAY, Myanmar, May 12 (AFP) - A military ...")."""
        first = self.first[index]
        words = self.words
        if first < 1 or words[first - 1] not in SUBJECT_ARTICLES:
            return False
        return first == 1 or words[first - 2] in DATELINE_ENDS

    def _governing(self, first: int, kind: str) -> str | None:
        """The preposition a mention's noun phrase hangs from, if any ("in the southern port
        of Busan": `in`; "Albanians of southern Serbia": `of`; "thousands of Chileans": none,
        they act)."""
        words = self.words
        if kind == "pronoun":  # a pronoun takes no modifiers: only the word right before it
            return _pronoun_governing(words, first)
        index = first - 1
        steps = 0
        nearest: str | None = None
        while steps < NP_WALK and (index := self._unowned(index)) >= 0:
            word = words[index]
            if _quantity(words, index):
                steps -= _free_count(word)  # "by at least four to five armed men"
            elif word in PREPOSITIONS and word != "of":
                if self._affiliating(index):
                    return None  # "a spokesman for the ministry", "officials from India"
                if word == "in" and (words[index + 1] in IDIOMS or _called_in_envoy(words, index)):
                    # "in protest of X", "in response to X"; "called in the German ambassador"
                    return nearest
                return word
            elif word == "of":
                if (index > 0 and words[index - 1] in PARTITIVES) or self._affiliating(index):
                    return None  # "thousands of Chileans"; "the head of the association"
                if index == 0 or words[index - 1] not in PLACE_HEADS:
                    nearest = nearest or "of"  # not "the port city of Odesa": Odesa itself
            elif word in PLACE_HEADS:
                steps -= 1  # the head noun does not count against the walk
            elif word in ENDS_OF_PHRASE or not (word in DETERMINERS or _modifier(word)):
                break  # "Within hours the troops pulled back": a phrase of time ends there
            index, steps = index - 1, steps + 1
        return nearest

    def _unowned(self, index: int) -> int:
        """`index`, or where a noun phrase's walk back goes on before the mention there when
        that mention only says whose a place is ("near the Lebanese town of Nabatieh"); -1
        when another mention ends the walk."""
        while index >= 0 and index in self.owner:
            mention = self.owner[index]
            if not self._place_modifier(mention):
                return -1
            index = self.first[mention] - 1
        return index

    def _place_modifier(self, index: int) -> bool:
        """Whether mention `index` only says whose a place noun is, right before it ("the
        southern Lebanese town of", "the Peruvian border city of"): the noun phrase goes on
        before it to the preposition the place hangs from."""
        if self.mentions[index].kind == "person":
            return False
        after = self.last[index] + 1
        head = self.words[after : after + 2]
        if head[:1] and head[0] in PLACE_HEADS:
            return True
        return len(head) == 2 and head[0].isalpha() and head[0].islower() and head[1] in PLACE_HEADS

    def _affiliating(self, index: int) -> bool:
        """Whether the preposition at `index` names whom the person before it speaks or acts
        for ("a spokesman for the foreign ministry", "officials from India and China"), not
        where ("recalled its diplomats from Quito": the verb's place)."""
        words = self.words
        people = AFFILIATED.get(words[index])
        if people is None or index == 0 or words[index - 1] not in people:
            return False
        return disjoint_in(NOT_AFFILIATING, words, max(index - 4, 0), index - 1)

    def _mark_places(self) -> None:
        words = self.words
        for i in range(1, len(self.prep)):
            if self.prep[i] is not None:
                continue  # it hangs from a preposition of its own
            # "in the Russian capital, Moscow, ...": the apposition of a place is a place.
            first = self.first[i]
            if self.prep[i - 1] in LOCATIVE and self._apposed_place(i):
                self.prep[i] = self.prep[i - 1]
            elif words[first - 1] == ")":
                # "wrote to Chancellor (German leader) Anna Vogel": the name after the
                # bracket hangs from the preposition of the title before it
                self.prep[i] = self._before_bracket(first - 1)
            elif self._premises(i):
                self.prep[i] = "at"  # "raided the Baku office of Sputnik": where, not whom
                self.blocked[i] = True
            elif self.prep[i - 1] in LOCATIVE and words[self.last[i - 1] + 1 : first] == ["and"]:
                # "from Mali and Niger", "in Paris and Nantes": the conjunct shares the place's
                # preposition (a clause's new subject follows ", and")
                self.prep[i] = self.prep[i - 1]
        for i in range(len(self.prep)):
            self.nested[i] = self._nested(i) or (i > 0 and self._nested_apposition(i))

    def _premises(self, index: int) -> bool:
        """ "the Baku office of the Russian agency Sputnik", "its Minsk bureau": a city named
        before the premises of someone is where they are, not a party."""
        if self.mentions[index].kind not in ("place", "seat"):
            return False
        first, after = self.first[index], self.last[index] + 1
        if first == 0 or self.words[first - 1] not in DETERMINERS or after >= len(self.words):
            return False
        return self.words[after] in PREMISES and self.owner.get(after, -1) == -1

    def _apposed_place(self, index: int) -> bool:
        """Whether mention `index` is set off by commas right after the one before it ("in the
        Russian capital, Moscow,")."""
        words, first, after = self.words, self.first[index], self.last[index] + 1
        between = words[self.last[index - 1] + 1 : first]
        apposed = bool(between) and between[-1] == "," and all(map(_modifier, between[:-1]))
        return apposed and (after >= len(words) or words[after] in (",", ")"))

    def _before_bracket(self, close: int) -> str | None:
        """The preposition of the mention right before the bracket that closes at `close`."""
        words = self.words
        opening = close - 1
        while opening > 0 and words[opening] not in ("(", ")"):
            opening -= 1
        if words[opening] != "(" or close - opening > 8:
            return None
        owner = self.owner.get(opening - 1)
        return self.prep[owner] if owner is not None and owner >= 0 else None

    def _nested(self, index: int) -> bool:
        """Whether a mention's phrase hangs from a noun inside an adverbial phrase ("in a sign
        of competition with China", "during his trip to Beijing"): no party of the clause."""
        prep = self.prep[index]
        if prep is None or prep in ADVERBIAL:
            return False
        at = self.first[index] - 1
        while at >= 0 and self.words[at] != prep:
            at -= 1
        if at > 0 and self.words[at - 1] in TIME_NOUNS:
            return False  # "come in this month with Putin": the phrase hangs from the verb
        if self.owner.get(at) == -1:
            return False  # the trigger's own preposition: "work along with the government"
        for token in range(at - 1, max(at - 2 * NP_WALK, -1), -1):
            word = self.words[token]
            if word in CLAUSE_BREAKS or word == ",":
                return False
            if token in self.owner:
                return self._act_framed(token)  # "during a visit to Budapest"
            if word in TRIP_NOUNS:  # "on a trip to Lima", "during a tour of the region"
                return self._framed_at(token)
            if word in ADVERBIAL:
                return not _amount_in(self.words, token)
            noun_phrase = word in DETERMINERS or word == "of" or _modifier(word)
            if not (noun_phrase or _quantity(self.words, token)):
                return False
        return False

    def _nested_apposition(self, index: int) -> bool:
        """ "during a visit to Peru's capital, Lima": a place set off by a comma right after a
        place noun ("capital", "city") whose phrase hangs from the occasion is that phrase's
        apposition, no party of the clause either."""
        first = self.first[index]
        if self.prep[index] is not None or first < 2 or self.words[first - 1] != ",":
            return False
        if self.mentions[index].kind not in ("place", "seat"):
            return False
        if self.words[first - 2] not in PLACE_NOUNS:
            return False
        previous = index - 1
        return self.nested[previous] and first - 2 - self.last[previous] <= 2

    def _act_framed(self, token: int) -> bool:
        """Whether the trigger word at `token` is an act's noun set apart as the occasion of
        the clause's act, only its determiners between it and the frame ("during a visit to
        Budapest", "on a visit to Brussels"; not "called off a visit by X", not "on Thursday
        ordered the detention of X")."""
        if self.owner[token] != -1:
            return False  # a party's word
        return self._framed_at(token)

    def _framed_at(self, token: int) -> bool:
        """Whether the noun at `token` follows one of `ACT_FRAMES` with only determiners
        between ("during a visit", "on his trip")."""
        before = token - 1
        if before < 0 or self.words[before] not in DETERMINERS:
            return False
        while before > 0 and self.words[before] in DETERMINERS:
            before -= 1
        return self.words[before] in ACT_FRAMES

    # --- reporting frames --------------------------------------------------------------

    def _mark_frames(self, special: list[int]) -> None:
        words = self.words
        for k in special:
            word = words[k]
            if word == "according" and k + 1 < len(words) and words[k + 1] == "to":
                self._block_tokens(k, self._next_comma(k))
            elif (
                word in SAY
                and k not in self.owner
                and not self._no_frame(k)
                and not self._relative_aside(k)
            ):
                self._frame(k)

    def _relative_aside(self, k: int) -> bool:
        """Round 43 (nsd43): "Georgescu, who says he did nothing wrong, called on his
        supporters to stay calm": a reporting verb of a relative clause set off by commas
        reports only that clause; the main verb after its closing comma is the antecedent's
        own act, no reported clause (the frame made the speaker no party and left the appeal
        with no source). Only with an act's word after the closing comma: not a relative
        clause that runs to the sentence's end ("Mondlane, who says the vote was rigged in
        favour of the ruling party and its candidate, Daniel Chapo."), nor one that a "that" or
        quotation opens (its report may hold commas of its own)."""
        words = self.words
        if k < 2 or words[k - 1] not in RELATIVES or words[k - 2] != ",":
            return False
        if k + 1 < len(words) and (words[k + 1] == "that" or words[k + 1] in QUOTES):
            return False
        close = self._next_comma(k)
        if close + 1 >= len(words) or words[close] != ",":
            return False
        return any(self.owner.get(token) == -1 for token in range(close + 1, len(words)))

    def _no_frame(self, k: int) -> bool:
        """Whether the reporting verb at `k` reports no clause: it takes a thing ("which has
        observed a truce since 2019", "heard the appeal") or is a participle with its agent
        ("An official quoted by the agency dismissed"); its subject stays the subject of the
        main verb after it."""
        words = self.words
        if k + 1 >= len(words):
            return False
        if words[k + 1] == "by" and words[k] in PASSIVE_SAY:
            return True
        return words[k] in OBJECT_SAY and words[k + 1] in ARTICLES_OR_POSSESSIVES

    def _frame(self, k: int) -> None:
        words = self.words
        speaker = self._speaker_before(k)
        told_press = self._told_press_after_aside(k) if speaker is None else None
        if told_press is not None:
            # "The ambassador, who was in the courtroom, told reporters the verdict ...": the
            # subject before the aside reports to the press (not ", told reporters" inverted)
            speaker = told_press
        opener = self._opener(self.first[speaker] if speaker is not None else k)
        after_end = self._verb_phrase_end(k)
        if told_press is not None:
            self.left_stops.append(
                k + 2 if k + 2 < len(words) and words[k + 2] == "that" else k + 1
            )
            self.speaker = told_press
            self._block_recipient(k)
        elif words[k] in PARTICIPLE_FRAMES:
            self.left_stops.append(
                k + 2 if k + 1 < len(words) and words[k + 1] == "that" else k + 1
            )
        elif (
            k > 2
            and (words[k - 1] == "," or words[k - 1] in QUOTES)
            and not self._clause_after(k)
            and not self._after_aside(k)
            and not self._quote_follows(k)
        ):
            # ", said X, a professor at ..." (inverted): X and what follows report; but
            # ", said X, the party's leader, who accused Y of ...": X's own act follows
            acting = self._acting_relative(k)
            self._block_tokens(k, acting if acting is not None else len(words))
            self.right_stops.append(k - 1)
            self._note_speaker_after(k)
            if acting is not None:
                self._unblock_antecedent(acting)
        elif speaker is not None and opener is not None and opener > 0 and after_end:
            # "..., X said (on Sunday)." trailing: X is a reporter, not a party.
            self._block_tokens(opener, after_end)
            self.right_stops.append(opener)
            self.speaker = speaker
        else:
            # "X said (that) Y did Z": the reported clause starts after the verb.
            start = k + 2 if k + 1 < len(words) and words[k + 1] == "that" else k + 1
            self.left_stops.append(start)
            if speaker is None and words[k] in FINITE_SAY and words[k - 1] == ",":
                speaker = self._head_before_aside(k)
            elif speaker is None and words[k] in PARTICIPLE_SAY and self._quote_follows(k):
                speaker = self.subject_before(k)
            if speaker is not None:
                self.speaker = speaker
            if speaker is not None and words[k] in ("told", "tells", "tell"):
                self._block_recipient(k)

    def _quote_follows(self, k: int) -> bool:
        """ "X, speaking in Paris, said "Y must go."", "X spoke out, telling a rally, "Y must
        go."": a reporting verb a quotation opens right after (after a colon, or after a
        participle's audience and its comma) reports that quotation: it is no inverted
        ", said X", whose speaker follows the verb."""
        words = self.words
        if k + 2 < len(words) and (words[k + 1] in QUOTES or words[k + 1] == ":"):
            return words[k + 1] in QUOTES or words[k + 2] in QUOTES
        if words[k] not in PARTICIPLE_SAY:
            return False
        for token in range(k + 1, min(k + QUOTED_AUDIENCE, len(words) - 1)):
            if words[token] == ",":
                return words[token + 1] in QUOTES
            if words[token] == "that" or words[token] in QUOTES:
                return False
        return False

    def subject_before(self, k: int) -> int | None:
        """The first party before token `k` that no preposition governs: the subject of the
        clause a participle of saying ends ("Ana Ruiz spoke out, telling a rally, ...")."""
        for index, first in enumerate(self.first):
            if first >= k:
                return None
            if not self.blocked[index] and self.prep[index] is None:
                return index
        return None

    def _after_aside(self, k: int) -> bool:
        """ "Ana Ruiz, the head of the union, said the offer fell short": a reporting verb
        right after an aside's closing comma with no party after it reports the clause that
        follows, as "X said" does; it is no trailing ", said X" (whose speaker follows)."""
        words = self.words
        if words[k] not in FINITE_SAY or words[k - 1] != "," or self._speaker_follows(k):
            return False
        return self._head_before_aside(k) is not None

    def _speaker_follows(self, k: int) -> bool:
        index = bisect_left(self.first, k + 1)
        return index < len(self.mentions) and self.first[index] - k <= 4

    def _head_before_aside(self, k: int) -> int | None:
        """The head of the phrase before the aside whose closing comma is right before token
        `k` ("Ana Ruiz" of "Ana Ruiz, the head of the union, said"); None when no comma opens
        an aside a few words back."""
        words = self.words
        for token in range(k - 2, max(k - 2 - 4 * NP_WALK, 0), -1):
            if words[token] in CLAUSE_BREAKS or words[token] in QUOTES:
                return None
            if words[token] == ",":
                return self._segment_head(token)
        return None

    def _told_press_after_aside(self, k: int) -> int | None:
        """The subject of "X, who ..., told reporters ..." or "X, a former minister, told
        AFP ...": a telling verb right after an aside's closing comma whose recipient is the
        press (a journalist's word or an agency) is X's; None for any other shape."""
        words = self.words
        if words[k] not in TELL or k < 3 or words[k - 1] != ",":
            return None
        recipient = bisect_left(self.first, k + 1)
        if recipient >= len(self.mentions) or self.first[recipient] != k + 1:
            return None
        if self.mentions[recipient].actor.sector != "MED":
            return None
        return self._head_before_aside(k)

    def _segment_head(self, end: int) -> int | None:
        """The first unblocked mention between the comma or clause break before token `end`
        and `end`: the head of the phrase an aside follows ("U.S. Ambassador W. Patrick
        Murphy", "the ambassador to Cambodia")."""
        start = end - 1
        while start >= 0 and self.words[start] != "," and self.words[start] not in CLAUSE_BREAKS:
            start -= 1
        index = bisect_left(self.first, start + 1)
        while index < len(self.mentions) and self.last[index] < end:
            if not self.blocked[index]:
                return index
            index += 1
        return None

    def _acting_relative(self, k: int) -> int | None:
        """The ", who" after an inverted speaker whose clause opens with an act's verb
        ("..., said Olivier Faure, the Socialist leader, who accused the prime minister of
        ..."): the speaker's own act, not a report."""
        words = self.words
        for token in range(k + 2, min(k + 2 + 2 * NP_WALK, len(words) - 1)):
            if words[token] in CLAUSE_BREAKS or words[token] in QUOTES:
                return None
            if words[token] == "who" and words[token - 1] == ",":
                verb = token + 1 + (words[token + 1] in ACTING_ADVERBS)
                return token if self.owner.get(verb) == -1 else None
        return None

    def _unblock_antecedent(self, pronoun: int) -> None:
        """The mention right before ", who" is the subject of its clause."""
        index = bisect_right(self.last, pronoun - 2) - 1
        if index >= 0 and self.last[index] == pronoun - 2:
            self.blocked[index] = False

    def _clause_after(self, k: int) -> bool:
        """ "X, a leader of Y, said they will ...": a reported clause, not ", said X"; also
        after a date right after the verb ("X, whose government survived a vote, said on
        Friday that he ...")."""
        k += self._date_after(k + 1)
        counted = k + 1
        while counted < len(self.words) and counted - k <= COUNT_REACH:
            if not _quantity(self.words, counted):
                break
            counted += 1  # ", said eight people were killed", "said at least 12 soldiers had"
        k = counted - 1
        index = bisect_left(self.first, k + 1)
        owned = k + 1 < len(self.words) and self.words[k + 1] in GROUP_POSSESSIVES
        if index < len(self.mentions) and self.first[index] == k + 1 + owned:
            after = self.last[index] + 1
            if after < len(self.words) and self.words[after] in FINITE:
                return True  # ", said Iran had rejected it"
            if owned and self.owner.get(after) == -1:
                return True  # "Hamas, which runs Gaza, said its fighters attacked ..."
        if "that" in self.words[k + 2 : k + 5] and self.words[k] in TELL:
            return True  # "X, the police chief, told reporters that ...": X's report
        return k + 1 < len(self.words) and self.words[k + 1] in (
            "that",
            "they",
            "he",
            "she",
            "we",
            "it",
            "i",
        )

    def _date_after(self, token: int) -> int:
        """How many words of a date start at `token`: "on Friday", "yesterday", "last week"
        (0: none)."""
        words = self.words
        if token >= len(words):
            return 0
        word = words[token]
        if word in DATE_WORDS:
            return 1
        if token + 1 < len(words):
            if word == "on" and words[token + 1] in DATE_WORDS:
                return 2
            if word == "last" and words[token + 1] in CALENDAR_UNITS:
                return 2
        return 0

    def _speaker_before(self, k: int) -> int | None:
        """The mention right before a reporting verb ("Seoul's military said")."""
        index = bisect_right(self.last, k - 1) - 1
        while index >= 0 and self.last[index] >= k:
            index -= 1
        if index < 0 or k - self.last[index] > 4:
            return None
        between = self.words[self.last[index] + 1 : k]
        if any(word in CLAUSE_BREAKS or word == "," for word in between):
            return None
        return self._placed_speaker(index)

    def _placed_speaker(self, index: int) -> int:
        """ "The U.S. embassy in Hanoi said", "Russia's ambassador in Tokyo said", "The U.N.
        mission in Lebanon said": the speaker is the party the place hangs from, not the
        place."""
        if index == 0 or self.prep[index] not in LOCATIVE or self.prep[index - 1] is not None:
            return index
        between = self.words[self.last[index - 1] + 1 : self.first[index]]
        if between and between[0] in POSTED_BODIES:
            between = between[1:]  # "The U.N. mission in Lebanon said": the body's own noun
        if not between or between[0] != self.prep[index] or self.blocked[index - 1]:
            return index
        head, place = self.mentions[index - 1].actor, self.mentions[index].actor
        if (head.country or head.code) == (place.country or place.code):
            return index  # "the Taliban administration in Kabul": the seat says it as well
        return index - 1 if all(word in DETERMINERS for word in between[1:]) else index

    def _opener(self, start: int) -> int | None:
        """The comma or closing quote before token `start` a trailing attribution starts at."""
        for token in range(start - 1, max(start - 8, -1), -1):
            word = self.words[token]
            if word == "," or word in QUOTES:
                return token
            if word in CLAUSE_BREAKS:
                return None
        return None

    def _verb_phrase_end(self, k: int) -> int | None:
        """Where a trailing attribution's verb phrase ends: the sentence end or a comma after
        a few words ("said on Sunday", "told AFP"); None if a clause follows."""
        words = self.words
        for token in range(k + 1, min(k + 8, len(words))):
            if words[token] == ",":
                return token
            if words[token] == "that" or words[token] in QUOTES or words[token] in FINITE:
                return None
        return len(words) if len(words) - k <= 8 else None

    def _note_speaker_after(self, k: int) -> None:
        index = bisect_left(self.first, k + 1)
        if index < len(self.mentions) and self.first[index] - k <= 4:
            self.speaker = index

    def _block_recipient(self, k: int) -> None:
        index = bisect_left(self.first, k + 1)
        if index < len(self.mentions) and self.first[index] == k + 1:
            if self.mentions[index].actor.sector == "MED":
                self.blocked[index] = True

    def _block_tokens(self, start: int, end: int) -> None:
        firsts, lasts = self.first, self.last
        for i in range(len(firsts)):
            if firsts[i] >= start and lasts[i] < end:
                self.blocked[i] = True

    def _next_comma(self, k: int) -> int:
        for token in range(k, len(self.words)):
            if self.words[token] in (",",) or self.words[token] in CLAUSE_BREAKS:
                return token
        return len(self.words)

    # --- clauses -------------------------------------------------------------------------

    def _mark_clauses(self, special: list[int]) -> None:
        words = self.words
        for k in special:
            word = words[k]
            if word == "(" and self._inserted_owner(k):
                continue  # "refused (the group's) request": an editor's words in a quote
            if word in CLAUSE_BREAKS or (word == "(" and not self._short_aside(k)):
                self.left_stops.append(k + 1)
                self.right_stops.append(k)
            elif word == "(":  # "Sen. Paul Reed (D-Ore.) has refused": stepped over
                self.right_stops.append(k)
            elif word in SUBORDINATORS and k > 0 and self._opens_clause(k):
                self.right_stops.append(k)
            elif word in RELATIVES and k > 0 and words[k - 1] == ",":
                self.right_stops.append(k - 1)
                self._relative(k, k - 2)
            elif word in RELATIVES and k > 0:
                self._relative(k, k - 1)
            elif word in PARTICIPLE_FRAMES and k > 0 and words[k - 1] == ",":
                self.right_stops.append(k - 1)

    def _inserted_owner(self, k: int) -> bool:
        """A bracket holding only a possessor ("(the association's)", "(Iran's)"): words an
        editor put into a quotation, read as part of the running sentence."""
        close = k + 2 if self.words[k + 1 : k + 2] != ["the"] else k + 3
        if close >= len(self.words) or self.words[close] != ")":
            return False
        return self.words[close - 1].endswith(("'s", "’s", "s'"))

    def _short_aside(self, k: int) -> bool:
        """A bracket closed within a few words after a named party: "(R-Fla.)", "(IS)"."""
        return ")" in self.words[k + 1 : k + 2 + ASIDE_WORDS] and self.owner.get(k - 1, -1) >= 0

    def _opens_clause(self, k: int) -> bool:
        """ "as Pyongyang promised" opens a clause; "dismissed it as nonsense", "after the
        attack" do not (words that are also prepositions need a party right after them)."""
        if self.words[k] not in AMBIGUOUS_SUBORDINATORS:
            return True
        following = self.owner.get(k + 1)
        if following is None and k + 2 < len(self.words) and self.words[k + 1] in DETERMINERS:
            following = self.owner.get(k + 2)
        return following is not None and following >= 0

    def _relative(self, k: int, end: int) -> None:
        """ ", which ...", "leader whose brother ...": remember the antecedent (the mention
        ending at token `end`), and step over the clause's mentions from after its comma."""
        index = bisect_right(self.last, end) - 1
        if index >= 0 and self.last[index] == end:
            self.antecedent[k] = index
        close = self._next_comma(k)
        if close < len(self.words) and self.words[close] == ",":
            for j in range(len(self.mentions)):
                if k < self.first[j] and self.last[j] < close:
                    self.enclosed[j] = True

    def _mark_enclosures(self) -> None:
        """Mentions in parentheses or between dashes, and in an apposition after a named
        party (", the latest ... ,"), are stepped over by a subject search."""
        words = self.words
        if "(" in words:
            depth = 0
            start = 1 if words[0] == "(" and _closes_at_end(words) else 0  # a whole sentence
            # in brackets is no aside
            for k, word in enumerate(words[start:], start):
                depth += word == "("
                depth -= word == ")" and depth > 0
                owner = self.owner.get(k, -1) if depth else -1
                if owner >= 0 and self.first[owner] == k:
                    self.enclosed[owner] = True
        if "," not in words:
            return  # no apposition without its comma (most of the sentence's mentions)
        for i in range(len(self.mentions)):
            after = self.last[i] + 1
            titled = self._title_end(after)  # "The U.N. envoy, Norway's former minister X,"
            if titled is not None and self._owned_apposition(i, titled + 1):
                after = titled
            if (
                after + 1 < len(words)
                and words[after] == ","
                and (
                    words[after + 1] in DETERMINERS
                    or words[after + 1] in NAMING
                    or words[after + 1] in ASIDE_PARTICIPLES
                    or self._owned_apposition(i, after + 1)
                )
            ):
                close = self._next_comma(after + 1)
                if close < len(words) and words[close] == ",":
                    if self._opening_phrase(i, after) or self._clause_between(
                        after + 1, close, i + 1
                    ):
                        continue  # "in Kandahar, a woman ... was shot by X, said": a clause;
                        # "At a session of the Security Council, the United States, France
                        # and Britain urged": the comma closes the opening phrase
                    for j in range(i + 1, len(self.mentions)):
                        if self.last[j] < close:
                            self.enclosed[j] = True

    def _opening_phrase(self, i: int, comma: int) -> bool:
        """Round 42 (wire42): whether the mention `i` stands in a prepositional phrase that
        opens the sentence (or its body after a dateline's dash) and the comma at `comma`
        closes it: what follows that comma is the main clause, not an apposition of `i`."""
        if self.prep[i] is None:
            return False
        k = self.first[i] - 1
        while k >= 0 and self.words[k] not in PHRASE_BOUNDS:
            k -= 1
        if k >= 0 and self.words[k] not in DATELINE_DASHES:
            return False  # a comma or a colon before: the phrase opens no sentence
        return self.words[k + 1] in OPENING_PREPOSITIONS and "," not in self.words[k + 1 : comma]

    def _clause_between(self, start: int, close: int, j: int) -> bool:
        """Whether the words between the commas are a clause: a finite verb, or (round 38,
        weak5) the party `j` after the comma followed by a past verb and a determiner ("on state
        television, the putschists dissolved the government"; "the general appointed in 2023"
        is an apposition). Round 47 (roles47): a finite verb only inside a relative clause of
        a described person is no clause ("Mendoza, a former economist who took office in 2021,
        accused": the apposition is stepped over, its "World Bank" no party of the act)."""
        if not disjoint_in(FINITE, self.words, start, close) and not self._described(start, close):
            return True
        if j >= len(self.mentions) or self.last[j] + 2 >= close:
            return False
        verb, following = self.words[self.last[j] + 1], self.words[self.last[j] + 2]
        return verb.endswith("ed") and following in DETERMINERS

    def _described(self, start: int, close: int) -> bool:
        """Whether the words between two commas are a noun phrase opening on an article whose
        finite verbs all stand after a person's relative pronoun ("a former economist who took
        office in 2021"), not a clause of its own."""
        words = self.words
        if words[start] not in APPOSITION_OPENERS:
            return False
        for k in range(start + 1, close):
            if words[k] in PERSON_RELATIVES:
                return True
            if words[k] in FINITE:
                return False
        return False

    def _state_described(self, head: int, owner: int, start: int) -> bool:
        """A country named alone, then another country's possessive opening its apposition."""
        state, other = self.mentions[head].actor, self.mentions[owner].actor
        if self.mentions[head].kind != PLACE or state.sector is not None or not state.country:
            return False
        possessive = self.words[start].endswith(OWNED_ENDINGS)
        return possessive and other.country is not None and other.country != state.country

    def _title_end(self, after: int) -> int | None:
        """The comma after a few plain words that end a body's title ("envoy", "'s foreign
        policy chief"), if one comes within `APPOSITION_TITLE` words."""
        for token in range(after, min(after + APPOSITION_TITLE + 1, len(self.words))):
            word = self.words[token]
            if word == ",":
                return token
            if token in self.owner or not (word.isalpha() or word in POSSESSIVE_MARKS):
                return None
        return None

    def _owned_apposition(self, head: int, start: int) -> bool:
        """ "The OSCE chairman, Malta's foreign minister Ian Borg, urged": an apposition that
        opens on a state's possessive ("Malta's") after an organisation's officer speaks for
        the organisation, not for the state."""
        j = self.owner.get(start)
        if j is None or j < 0 or self.first[j] != start:
            return False
        if not self.mentions[head].actor.code.startswith(IGO_SECTOR):
            # "China, Pakistan's closest ally,": a state described by its tie to another one;
            # "Salaheddine Sidhoum, Algeria's leading activist,": the state names him
            return self._state_described(head, j, start)
        if self.words[start].endswith(OWNED_ENDINGS):
            return True
        return start + 1 < len(self.words) and self.words[start + 1] in POSSESSIVE_MARKS

    def asides(self) -> frozenset[int]:
        """Where the mentions of asides set off by a comma start (`comma_asides`)."""
        mentions, inside = self.mentions, self.enclosed
        enclosed = [mentions[i] for i in range(len(inside)) if inside[i]]
        return comma_asides(self.words, self.starts, enclosed) if enclosed else frozenset()

    # --- bounds ------------------------------------------------------------------------

    def main_subject(self) -> Mention | None:
        """The first mention that can be a subject: no preposition, not reporting, not
        enclosed (what a pronoun in the next sentence most likely refers to)."""
        for i, mention in enumerate(self.mentions):
            if self.prep[i] is None and not self.blocked[i] and not self.enclosed[i]:
                return mention
        return None

    def subject_person(self) -> Mention | None:
        """The person the main subject names: itself, or the holder named right after a body
        and its office in lower case ("African Union Commission chairperson Mahmoud Ali
        Youssouf spoke with ..."): a "he" or "she" opening the next sentence is that holder,
        not the last person named as the one spoken with."""
        for i, mention in enumerate(self.mentions):
            if self.prep[i] is None and not self.blocked[i] and not self.enclosed[i]:
                if mention.kind in (PERSON, NAME):
                    return mention
                after = i + 1
                if after == len(self.mentions) or self.mentions[after].kind not in (PERSON, NAME):
                    return None
                between = self.words[self.last[i] + 1 : self.first[after]]
                if between and all(w.islower() for w in between) and between[-1] in OFFICES:
                    return self.mentions[after]
                return None
        return None

    def left_stop(self, token: int) -> int:
        """The first token a subject search from `token` may look at."""
        index = bisect_right(self.left_stops, token) - 1
        return self.left_stops[index] if index >= 0 else 0

    def right_stop(self, token: int) -> int:
        """The token a search to the right from `token` stops at."""
        index = bisect_right(self.right_stops, token)
        return self.right_stops[index] if index < len(self.right_stops) else len(self.words)


# Round 42 (wire42): an opening prepositional phrase ("At an emergency session of the Security
# Council, ...", "During talks with Kenya's president, ...") ends at its comma; a dateline's
# closing bracket or dash ("KINSHASA (Reuters) - At ...") is where the body opens.
OPENING_PREPOSITIONS: Final = frozenset(
    "at in on during after following amid before despite".split()
)
DATELINE_DASHES: Final = frozenset({")", "-", "\u2014", "\u2013", "--"})
PHRASE_BOUNDS: Final = DATELINE_DASHES | frozenset({",", ":", ";", "("})
# Round 47 (roles47): "X, a former economist who took office in 2021, accused": an apposition
# opens on an article, and its relative clause's verb makes no clause of it (`_described`).
APPOSITION_OPENERS: Final[frozenset[str]] = ARTICLES
PERSON_RELATIVES: Final = frozenset({"who"})
# ", known as the Central General Staff,": an apposition that names the party before it.
NAMING: Final[frozenset[str]] = frozenset({"known", "dubbed", "formerly", "also"})
# Round 52 (roles52): "Malaysia's foreign minister, visiting Bandar Seri Begawan on Thursday,
# held talks": a participle of travel or speech set off by commas after a party is an aside;
# the place or audience in it is no subject of the main verb.
ASIDE_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"visiting", "speaking", "touring", "travelling", "traveling", "addressing"}
)
# "the port city of Odesa", "the town of Bria": the place named after "of" is the phrase's
# head, governed by what governs the phrase.
PLACE_HEADS: Final = frozenset(
    "city town village port region province district island capital enclave".split()
)


def _closes_at_end(words: list[str]) -> bool:
    """Whether the bracket that opens a sentence closes at its end ("(His regime ...)")."""
    depth = 0
    for k, word in enumerate(words):
        depth += (word == "(") - (word == ")")
        if depth == 0:
            return all(w in ".!?\"'”" for w in words[k + 1 :])
    return False


# "$20 million in aid to Yemen", "500 million euros in assistance to Sudan": "in" after an
# amount names what the amount is of; the phrase is the verb's object, no adverbial.
AMOUNT_UNITS: Final = frozenset(
    "million billion trillion dollars euros pounds yuan yen tonnes tons".split()
)


def _amount_in(words: list[str], index: int) -> bool:
    before = words[index - 1] if index > 0 else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    amount = before in AMOUNT_UNITS or before[:1].isdigit()
    return words[index] == "in" and amount and not after[:1].isdigit()  # not "in 2017"


# Round 43 (types43): words of a count between a reporting verb after a comma and its clause's
# subject (", said at least 12 people were killed"): the aside before the comma ("X, a Paris-based
# body that tracks the conflict, said nine people ...") is the speaker's, the clause reported.
COUNT_REACH: Final = 4


# number words that are also prepositions or adverbs ("around the islands"): a step of the walk
COUNT_ADVERBS: Final = frozenset("about around nearly some up more than".split())


def _free_count(word: str) -> int:
    """Round 50 (articles50): 1 for a count's word in a noun phrase, which does not use up the
    walk back to the phrase's preposition ("by at least four to five armed men"); 0 for a
    number word that may also place ("around the islands", "about")."""
    return 0 if word in COUNT_ADVERBS else 1


def _quantity(words: list[str], index: int) -> bool:
    """Numbers in a noun phrase: "at least four to five armed men"."""
    word = words[index]
    if word[:1].isdigit() or word in NUMBER_WORDS:
        return True
    if word in ("to", "or", "and") and 0 < index < len(words) - 1:
        return _number(words[index - 1]) and _number(words[index + 1])
    return word == "at" and index + 1 < len(words) and words[index + 1] in COUNT_AFTER_AT


def _number(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS


def _modifier(word: str) -> bool:
    """A word that may stand inside a noun phrase before its head (lower-case, no verb-like
    ending, not a function word): "southern", "port", "heavily-armed"."""
    if not word.isalpha() and "-" not in word:
        return word[:1].isdigit()
    return word.islower() and word not in _NOT_INSIDE


_NOT_MODIFIERS: Final = frozenset(
    "and or but is are was were be been has have had will would can could may might must "
    "should did does do not that than then also".split()
)
# The function words no noun phrase holds before its head, in one set: `_modifier` is asked
# for most words before a mention.
_NOT_INSIDE: Final = PREPOSITIONS | SUBORDINATORS | RELATIVES | SAY | _NOT_MODIFIERS


def comma_asides(
    words: list[str], starts: list[int], mentions: Sequence[Mention]
) -> frozenset[int]:
    """Where the mentions inside an aside set off by commas start (", which expelled French
    troops in 2022,", ", the latest of ...,"): told in passing, not parties of the story."""
    found: set[int] = set()
    for mention in mentions:
        first = bisect_left(starts, mention.start)
        k = first - 1
        while k > 0 and words[k] != ",":
            k -= 1
        if k <= 0 or (words[k + 1] not in RELATIVES and words[k + 1] not in DETERMINERS):
            continue
        if "," in words[first:]:
            found.add(mention.start)
    return frozenset(found)


def _shared_nouns(
    words: list[str], mentions: Sequence[Mention], first: list[int], last: list[int]
) -> Sequence[Mention]:
    """ "The U.S. and British embassies", "U.S., British and Canadian troops": countries
    conjoined before one agent noun share its sector, so that the first-named acts as the
    body the noun names (the initiator by convention), not as the bare country."""
    shared: list[Mention] | None = None
    for index in range(len(mentions) - 1, 0, -1):
        sector = mentions[index].actor.sector
        if sector is None or mentions[index].kind not in ("body", "title"):
            continue
        left = index - 1
        while left >= 0:
            actor = mentions[left].actor
            between = tuple(words[last[left] + 1 : first[left + 1]])
            if between not in CONJOINED or actor.sector is not None or actor.country is None:
                break
            if actor.code != actor.country or mentions[left].kind != PLACE:
                break
            if between[-1] != "and" and left + 1 == index:
                break  # "Canada, British troops ...": a list needs its "and" last
            shared = shared if shared is not None else list(mentions)
            shared[left] = mentions[left]._replace(
                actor=Actor(
                    text=actor.text,
                    code=actor.country + sector,
                    country=actor.country,
                    sector=sector,
                )
            )
            left -= 1
    return shared if shared is not None else mentions


# "called in the German ambassador", "calls in the envoy of Chile" (British usage for
# "summoned"): "in" is the verb's particle, and the envoy's country its object, no place.
CALLING: Final = frozenset({"call", "calls", "called", "calling"})
ENVOYS: Final = frozenset(
    "ambassador ambassadors envoy envoys chargé charge d'affaires diplomat diplomats "
    "high commissioner commissioners attache".split()
)
ENVOY_REACH: Final = 5  # words after "in" looked at for the envoy ("the visiting German envoy")


def _called_in_envoy(words: list[str], index: int) -> bool:
    return (
        index > 0
        and words[index - 1] in CALLING
        and not disjoint_in(ENVOYS, words, index + 1, index + 1 + ENVOY_REACH)
    )
