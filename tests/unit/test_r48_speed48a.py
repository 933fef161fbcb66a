"""Round 48 (speed48a): the sentence's word questions asked of its set of words
(`Tokens.vocabulary`) and the pronoun scan skipped when no word can be a pronoun, with the
same answers as before. Each test compares the fast path with the slow one it replaces (the
word list, the scan), on sentences written for it and on variants of them."""

from __future__ import annotations

import pytest

from tensionwatch.domain import existence, modality, references, relevance
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import Tokens
from tensionwatch.domain.references import _PRONOUN, _may_hold_pronoun
from tests.unit.coding import recommended_coder, sides_of, undated_in

coder = recommended_coder

# Written for these tests: each holds some of the words the whole-sentence questions look for
# (a day, a month, a rate, a period, a pointing-back "that", a calm word, an opinion word).
SENTENCES = [
    "Farmers in the Velmar valley block the northern highway every night to protest the tax.",
    "The Ostrian navy seized two trawlers in April, the coast guard said on Friday.",
    "Last month the governor of Kesh province pledged 40 tonnes of grain a week to the camps.",
    "Those clashes were the worst since the 1998 uprising, a hospital official said.",
    "Students marched peacefully through Dravna on Tuesday, calling for the dean to resign.",
    "In my opinion the ministry has failed the fishermen, the mayor wrote in a column.",
    "Police in Corvath arrested a 41-year-old trader over the theft of cattle last year.",
    "Earlier this year the Belmarsh council demanded the archive, which it says was taken in 2011.",
    "The rebels have shelled the river port daily since March, killing dozens.",
    "She said the talks had collapsed and that both sides were to blame.",
    "Vostria's envoy protested that vote at the assembly on Monday, calling it a sham.",
    "The union said its members will strike per shift until the wage deal is signed in June.",
]


def _variants(text: str) -> list[str]:
    words = text.split(" ")
    cut = len(words) // 2
    return [
        text,
        text.lower(),
        text.upper(),
        " ".join(words[cut:] + words[:cut]),
        " ".join(reversed(words)),
    ]


TEXTS = [variant for text in SENTENCES for variant in _variants(text)]


def test_vocabulary_is_the_set_of_the_words_made_once() -> None:
    tokens = Tokens("The Ostrian navy seized two trawlers, the navy said.")
    assert tokens.vocabulary == frozenset(tokens.words)
    assert "navy" in tokens.vocabulary and "Navy" not in tokens.vocabulary
    assert tokens.vocabulary is tokens.vocabulary  # cached, not rebuilt a question


@pytest.mark.parametrize("text", TEXTS)
def test_whole_sentence_questions_answer_alike_of_the_set(text: str) -> None:
    tokens = Tokens(text)
    words, held = tokens.words, tokens.vocabulary
    assert modality.sentence_discount(held, text) == modality.sentence_discount(words, text)
    assert relevance.recalled_episode(words, held) is relevance.recalled_episode(words)
    slow = relevance.sentence_cues(words, text, body=True, story=True, month=5, day=15)
    fast = relevance.sentence_cues(
        words, text, body=True, story=True, month=5, day=15, vocabulary=held
    )
    assert [getattr(fast, name) for name in relevance.SentenceCues.__slots__] == [
        getattr(slow, name) for name in relevance.SentenceCues.__slots__
    ]
    for first in range(len(words)):
        for last in (first, min(first + 2, len(words) - 1)):
            assert relevance._present_daily(words, first, last, held) is (
                relevance._present_daily(words, first, last)
            )
            assert relevance._month_dated(words, first, last, held) is (
                relevance._month_dated(words, first, last)
            )
            for month, day in ((0, 0), (5, 15), (6, 2)):
                assert relevance._dated_before_lead(words, first, last, month, day, held) is (
                    relevance._dated_before_lead(words, first, last, month, day)
                )
            for code, wire, headline in (
                ("111", True, False),
                ("051", False, False),
                ("141", True, True),
            ):
                fast_aside = relevance.agency_aside(
                    code, words, first, last, wire, None, headline, held
                )
                slow_aside = relevance.agency_aside(code, words, first, last, wire, None, headline)
                assert fast_aside is slow_aside


def test_a_dated_rate_is_found_from_the_set_as_from_the_list() -> None:
    # the fast path must still find what the list found, not only agree on "no"
    words = Tokens("Farmers block the highway every night to protest the tax.").words
    held = frozenset(words)
    assert relevance._present_daily(words, 1, 1, held)
    assert relevance._present_daily(words, 1, 1)
    # near miss: the act told once, on a day, is no habit
    once = Tokens("Farmers blocked the highway on Tuesday to protest the tax.").words
    assert not relevance._present_daily(once, 1, 1, frozenset(once))


PRONOUN_TEXTS = [
    "He accused the Tarsk council of hiding the report.",
    "The envoys said they're ready to meet.",
    "Officials said she’d return to Velmar.",
    "The latter rejected the offer.",
    "Police arrested her on Monday.",
    "It was the third raid this week, and we'd seen it coming, I think.",
    "The minister met them and thanked him.",
]
NO_PRONOUN_TEXTS = [
    "Their ministers met its envoys in the hall.",  # possessives: no pronoun of `_PRONOUN`
    "The theme of the hearing was the helmet ban.",  # "he", "it", "we" only inside words
    "Ostrian police detained eight farmers-turned-activists at the border.",
    "Her party won the vote, the commission said.",  # "her" before a noun is a possessive
]


@pytest.mark.parametrize("text", PRONOUN_TEXTS)
def test_a_pronoun_lets_the_scan_run(text: str) -> None:
    assert _PRONOUN.search(text) is not None
    assert _may_hold_pronoun(Tokens(text).vocabulary, text)


@pytest.mark.parametrize("text", NO_PRONOUN_TEXTS)
def test_no_match_of_the_scan_in_the_near_misses(text: str) -> None:
    assert _PRONOUN.search(text) is None


def test_words_with_no_pronoun_skip_the_scan() -> None:
    assert not _may_hold_pronoun(Tokens(NO_PRONOUN_TEXTS[0]).vocabulary, NO_PRONOUN_TEXTS[0])
    assert not _may_hold_pronoun(Tokens(NO_PRONOUN_TEXTS[1]).vocabulary, NO_PRONOUN_TEXTS[1])
    assert not _may_hold_pronoun(Tokens(NO_PRONOUN_TEXTS[2]).vocabulary, NO_PRONOUN_TEXTS[2])


EDGES = ["he'd've", "he-", "-he", "_he", "he_", "éhe", "heé", "5he", "he5", "’they", "it’s", "I’m"]


@pytest.mark.parametrize("text", TEXTS + PRONOUN_TEXTS + NO_PRONOUN_TEXTS)
def test_every_match_of_the_scan_passes_the_word_test(text: str) -> None:
    words = text.split(" ")
    for index in range(len(words) + 1):
        for edge in EDGES:
            joined = " ".join([*words[:index], edge, *words[index:]])
            glued = text[: index * 3] + edge + text[index * 3 :]
            for variant in (joined, glued):
                if _PRONOUN.search(variant) is not None:
                    assert _may_hold_pronoun(Tokens(variant).vocabulary, variant), variant


def test_resolve_with_the_words_is_resolve_without() -> None:
    text = "He said they would not accept the Ostrian proposal."
    tokens = Tokens(text)
    assert references.resolve(text, [], None, tokens.vocabulary) == references.resolve(
        text, [], None
    )


def test_a_pronoun_still_takes_its_antecedent(coder: Coder) -> None:
    body = (
        "The Polish foreign minister arrived in Vilnius on Monday for a two-day visit. "
        "He accused Belarus of pushing migrants across the border."
    )
    found = undated_in(coder, body, 1)
    assert [(e.cameo_code[:2], *sides_of(e)) for e in found][:1] == [("11", "POL", "BLR")]


def test_no_pronoun_no_antecedent(coder: Coder) -> None:
    # near miss: the same accusation by a party named again, no pronoun to resolve
    body = (
        "The Polish foreign minister arrived in Vilnius on Monday for a two-day visit. "
        "Lithuania accused Belarus of pushing migrants across the border."
    )
    found = undated_in(coder, body, 1)
    assert [(e.cameo_code[:2], *sides_of(e)) for e in found][:1] == [("11", "LTU", "BLR")]


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Ölmark's mayor and the Éire delegation met “Observers” in Kesh; (Talks) resume.",
        "OFFICIALS IN TARSK SAID 1,200 PEOPLE FLED.",
    ],
)
def test_capitalised_tokens_as_isupper_finds_them(text: str) -> None:
    tokens = Tokens(text)
    starts = tokens.starts
    expected = frozenset(i for i in range(1, len(starts)) if text[starts[i]].isupper())
    assert tokens.capitalised == expected


def test_capitalised_tokens_of_a_written_sentence() -> None:
    tokens = Tokens("Farmers from Velmar met the Kesh council, “Reuters” said.")
    assert sorted(tokens.words[i] for i in tokens.capitalised) == ["kesh", "reuters", "velmar"]


@pytest.mark.parametrize("text", TEXTS)
def test_background_answers_alike_with_the_set(text: str) -> None:
    tokens = Tokens(text)
    words = tokens.words
    for head in range(len(words)):
        last = min(head + 1, len(words) - 1)
        assert existence.background(words, head, last, text, tokens.vocabulary) is (
            existence.background(words, head, last, text)
        )


POSSESSED = (
    "Somali officials said Kenyan troops crossed the border on Monday. "
    "Somalia summoned the Kenyan envoy. "
    "Kenya's interior minister said his police arrested 12 Somali fishermen."
)


def test_a_possessive_still_gives_its_owner_the_body(coder: Coder) -> None:
    # "his police": the minister's country, not the country the article names most
    found = undated_in(coder, POSSESSED, 2)
    assert [(e.cameo_code, *sides_of(e)) for e in found][:1] == [("173", "KEN", "SOM")]


def test_no_possessive_word_no_possessive_found() -> None:
    assert references._POSSESSIVES.isdisjoint(Tokens("Itsy envoys met Hisham in Theirn.").words)
    texts = ("The navy said its ships left.", "They said their police came.", *TEXTS)
    for text in texts:
        held = Tokens(text).vocabulary
        for end in range(len(text) + 1):
            if references._POSSESSIVE.search(text, max(end - 32, 0), end) is not None:
                assert not references._POSSESSIVES.isdisjoint(held), text
