"""Round 49 (speed49b): work the compiled coder did for nothing, cut with the same answers.

Each test holds a fast path to the slow one it replaces: the four questions that look for a
cue in the words before an act (`modality.Before.cued`), the two looks for "last month" and
the look for "in the past" (`relevance._period_named`), the act nouns a sentence notes
(`coder._note_act_nouns`), the confidence model's sum over a list or any sequence, the
functions `existence` lends other modules (no longer aliases), and the module constants
made `Final` (static in the compiled coder, not a dictionary look-up a read)."""

from __future__ import annotations

import ast
import bisect
from pathlib import Path

import pytest

from tensionwatch.domain import (
    clause_words,
    confidence,
    existence,
    modality,
    models,
    relevance,
    roles,
    targets,
)
from tensionwatch.domain import coder as coder_module
from tensionwatch.domain.actor import Actor
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.context import Mention
from tensionwatch.domain.lexicon import Tokens
from tests.unit.coding import events, recommended_coder

coder = recommended_coder

# Written for these tests: some hold a cue the modality questions look for (a doubt, a wish,
# a condition far back, "only once", a capacity), a past period or "in the past", others none.
SENTENCES = [
    "The harbour board doubts that the Kessan fleet will blockade the strait this winter.",
    "Ministers in Tarvel hoped the dockers would end their walkout before the festival.",
    "The militia will free the engineers only once the ransom for all of them is paid.",
    "Farmers from the Orlan plain will march on the capital unless the grain levy is scrapped.",
    "Under the decree, wardens would be able to detain poachers without a court order.",
    "The Vessan coast guard seized three fishing boats near the reef on Thursday.",
    "Last month the Dorvik council expelled two envoys from the northern league.",
    "The prefect has banned rallies in the past, but on Monday he allowed one in the square.",
    "Rebels attacked a convoy near Ulmar, and the governor condemned the attack on Sunday.",
    "Troops raided the market in Pesk after the strike, and the unions denounced the raids.",
]


def _variants(text: str) -> list[str]:
    words = text.split(" ")
    cut = len(words) // 3
    return [text, text.lower(), " ".join(words[cut:] + words[:cut]), " ".join(reversed(words))]


TEXTS = [variant for text in SENTENCES for variant in _variants(text)]


# --- `Before.cued`: a sentence with no cue word answers the four questions at once -----------


def _plain_cue(words: list[str], first: int, cues: frozenset[str], reach: int) -> int:
    """`modality._cue_in_clause` as before round 49: the words in reach, walked back."""
    for index in range(first - 1, max(first - reach, 0) - 1, -1):
        if words[index] in modality.CLAUSE_MARKS:
            return -1
        if words[index] in cues:
            return index
    return -1


@pytest.mark.parametrize("text", TEXTS)
def test_the_cue_questions_answer_alike_with_the_sentences_word_set(text: str) -> None:
    tokens = Tokens(text)
    words = tokens.words
    for first in range(len(words)):
        fast = modality.Before(words, first, tokens.vocabulary)
        slow = modality.Before(words, first)
        assert fast.cued == slow.cued == any(w in modality._CLAUSE_CUES for w in words)
        for question in (
            modality.is_doubted,
            modality.is_wished,
            modality.is_capacity,
            modality.is_conditional,
        ):
            assert question(fast) is question(slow), (text, first, question)
        wished = _plain_cue(words, first, modality.WISHES, modality.WISH_REACH)
        assert modality._cue_in_clause(words, first, modality.WISHES, modality.WISH_REACH) == (
            wished
        )


def test_a_sentence_without_a_cue_word_is_not_cued() -> None:
    words = Tokens("The envoys signed the fisheries accord in Varn on Friday.").words
    assert not modality.Before(words, 2, frozenset(words)).cued


def test_a_condition_far_back_is_still_found() -> None:
    words = Tokens("Tenants will occupy the town hall unless the housing office reopens.").words
    at = words.index("reopens")
    before = modality.Before(words, at, frozenset(words))
    assert before.cued
    assert modality.is_conditional(before)
    assert not modality.is_conditional(modality.Before(words, words.index("occupy")))


# --- `relevance._period_named`: "last month" looked for only where a period opens ------------


def _plain_in_the_past(words: list[str], first: int, last: int) -> bool:
    for index in range(first + 1, min(last + 1 + relevance.PAST_REACH, len(words) - 2)):
        if words[index : index + 3] == ["in", "the", "past"]:
            following = words[index + 3] if index + 3 < len(words) else ""
            return not following[:1].isdigit() and following not in relevance.RECENT_SPANS
    return False


def _plain_period_named(words: list[str], first: int, last: int) -> bool:
    """`relevance._period_named` as before round 49, less its last loop (a year's war)."""
    if relevance._last_month(words, range(last + 1, len(words) - 1)) or _plain_in_the_past(
        words, first, last
    ):
        return True
    aside = relevance._before_subjects_aside(words, first)
    return relevance._last_month(words, range(aside - 2, -1, -1))


@pytest.mark.parametrize("text", TEXTS)
def test_a_past_period_is_named_alike(text: str) -> None:
    words = Tokens(text).words
    for first in range(len(words) - 1):
        for last in (first, first + 1):
            plain = _plain_period_named(words, first, last)
            if plain:
                assert relevance._period_named(words, first, last), (text, first, last)
            assert relevance._in_the_past(words, first, last) is _plain_in_the_past(
                words, first, last
            )


def test_a_month_gone_and_the_past_still_date_an_act() -> None:
    words = Tokens("Last month the Dorvik council expelled two envoys.").words
    at = words.index("expelled")
    assert relevance._period_named(words, at, at)
    words = Tokens("The prefect has banned rallies in the past, aides said.").words
    assert relevance._in_the_past(words, words.index("banned"), words.index("banned"))
    words = Tokens("The prefect has banned rallies in the past 24 hours, aides said.").words
    assert not relevance._in_the_past(words, words.index("banned"), words.index("banned"))


# --- `coder._note_act_nouns`: only words that name an act are read --------------------------


def _plain_note(
    acts: dict[str, tuple[Actor | None, Actor | None]], words: list[str], nouns: dict[str, Actor]
) -> None:
    for word in words:
        for noun in coder_module.ACT_VERB_NOUNS.get(word, (word,)):
            for kind in coder_module.CRITICISED.get(noun, ()):
                if kind not in coder_module.FORCEFUL_TYPES:
                    break
                made = acts.get(kind)
                if made is not None and made[0] is not None:
                    for form in coder_module._NUMBERS.get(noun, (noun,)):
                        nouns[form] = made[0]
                    break


@pytest.mark.parametrize("text", TEXTS)
def test_act_nouns_are_noted_alike(text: str) -> None:
    maker = Actor(code="XYZMIL", text="the Vessan army", country="XYZ", sector="MIL")
    words = Tokens(text).words
    for acts in (
        {},
        {"ASSAULT": (maker, None)},
        {"COERCE": (maker, None), "CONSULT": (None, None)},
    ):
        fast: dict[str, Actor] = {}
        slow: dict[str, Actor] = {}
        coder_module._note_act_nouns(acts, words, fast)
        _plain_note(acts, words, slow)
        assert fast == slow, (text, acts)


def test_an_attack_told_by_its_verb_is_noted_under_its_nouns() -> None:
    maker = Actor(code="XYZMIL", text="the Vessan army", country="XYZ", sector="MIL")
    nouns: dict[str, Actor] = {}
    words = Tokens("The army attacked a village near Ulmar.").words
    coder_module._note_act_nouns({"ASSAULT": (maker, None)}, words, nouns)
    assert nouns.get("attack") == maker and nouns.get("attacks") == maker
    nouns.clear()
    coder_module._note_act_nouns({"CONSULT": (maker, None)}, words, nouns)
    assert nouns == {}  # no forceful act made: nothing noted


# --- the confidence model reads a list natively and any other sequence as one ---------------


def test_the_score_of_a_tuple_is_the_score_of_its_list() -> None:
    model = confidence.model()
    values = [1.0, 0.7, 0.1, 0.0, 0.0, 0.0, 0.0, 1.0, 1 / 6, 0.0, 1.0, 1.0, 0.0, 0.0, 0.1, 0.8, 0.0]
    assert len(values) == len(confidence.FEATURES)
    assert model.score(tuple(values)) == model.score(values)
    assert model.ceiling(tuple(values)) == model.ceiling(values)
    lower = list(values)
    lower[confidence.FEATURES.index("weight")] = 0.2
    assert model.score(lower) != model.score(values)


# --- what `existence` lends other modules: functions, with the private ones' answers ---------


@pytest.mark.parametrize("text", TEXTS)
def test_lent_functions_answer_as_the_private_ones(text: str) -> None:
    words = Tokens(text).words
    for last in range(len(words)):
        assert existence.clause_after(words, last) == existence._clause_after(words, last)
        assert existence.clause_after(words, last, True) == existence._clause_after(
            words, last, True
        )
        assert existence.spanned(words, last) is existence._spanned(words, last)
        assert existence.is_year(words[last]) is existence._year(words[last])
    assert existence.is_year("1998") and not existence.is_year("1898")
    # functions of their own: a name bound to another function is called generically compiled
    assert existence.clause_after is not existence._clause_after
    assert existence.is_year is not existence._year


# --- module constants `Final` -----------------------------------------------------------------

DOMAIN = Path(existence.__file__).parent
SWEPT = ("acts", "coder", "existence", "modality", "references", "relevance", "roles")


@pytest.mark.parametrize("module", SWEPT)
def test_most_constants_of_the_busiest_modules_are_final(module: str) -> None:
    """The round-49 sweep left few upper-case module constants without `Final` in these
    modules: each one left is read through the module's dictionary every time in compiled
    code (a new constant may still come without it: this only keeps the sweep from being
    undone wholesale)."""
    tree = ast.parse((DOMAIN / f"{module}.py").read_text("utf-8"))
    plain = [
        node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.lstrip("_")[:1].isupper()
        and node.targets[0].id.upper() == node.targets[0].id
    ]
    final = [
        node.target.id
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and ast.unparse(node.annotation).startswith("Final")
    ]
    assert len(final) > 10 * len(plain), (module, plain)


# --- second batch: the sentence's word set handed down `_aside`, an event's record copied, ---
# --- two-argument `max`/`min`, and a compiled `bisect` ------------------------------------


@pytest.mark.parametrize("text", TEXTS)
def test_aside_questions_answer_alike_of_the_word_set(text: str) -> None:
    words = Tokens(text).words
    held = frozenset(words)
    assert relevance._at_the_time(words, held) is relevance._at_the_time(words)
    for first in range(len(words) - 1):
        assert relevance._pluperfect(words, first, held) is relevance._pluperfect(words, first)
        for last in (first, first + 1):
            assert relevance._period_named(words, first, last, held) is (
                relevance._period_named(words, first, last)
            )
            for wire, undated in ((False, True), (True, True), (False, False)):
                assert relevance._background(words, first, last, wire, undated, held) is (
                    relevance._background(words, first, last, wire, undated)
                )


def test_a_pluperfect_and_the_time_then_are_still_background() -> None:
    words = Tokens("The governor had banned the march at the time, aides said.").words
    held = frozenset(words)
    assert relevance._pluperfect(words, words.index("banned"), held)
    assert relevance._at_the_time(words, held)
    words = Tokens("The governor banned the march at the time of the vote.").words
    assert not relevance._pluperfect(words, words.index("banned"), frozenset(words))
    assert not relevance._at_the_time(words, frozenset(words))


def test_an_events_record_starts_from_the_models_fields_in_order() -> None:
    assert list(coder_module._RECORD) == [*models.CODED_FIELDS, *models.UNCODED]
    assert all(coder_module._RECORD[name] == value for name, value in models.UNCODED.items())
    assert all(coder_module._RECORD[name] is None for name in models.CODED_FIELDS)


def test_an_event_is_the_model_own_record(coder: Coder) -> None:
    found = events(coder, "The Vessan coast guard seized three Orlan fishing boats on Thursday.")
    assert found
    for event in found:
        assert list(event.__dict__) == list(models.TensionEvent.model_fields)
        fields = {name: event.__dict__[name] for name in models.CODED_FIELDS}
        assert models.TensionEvent.coded(fields) == event
        assert coder_module._RECORD["event_id"] is None  # the template is copied, not written


@pytest.mark.parametrize("seed", range(6))
def test_compiled_bisect_is_the_librarys(seed: int) -> None:
    for size in range(12):
        values = sorted((index * 7 + seed * 3) % 11 * 2 for index in range(size))
        for value in range(-2, 23):
            assert clause_words.bisect_left(values, value) == bisect.bisect_left(values, value)
            assert clause_words.bisect_right(values, value) == bisect.bisect_right(values, value)


def test_the_gap_to_the_sides_is_the_widest() -> None:
    actor = Actor(code="XYZGOV", text="Vessa", country="XYZ", sector="GOV")
    trigger = targets.Trigger(7, 8, 40, 48, "171")
    sides = [Mention(0, 5, actor, "country"), Mention(60, 66, actor, "country")]
    assert roles._distance(trigger, sides) == max(0, 40 - 5, 60 - 48)
    assert roles._distance(trigger, []) == 0
