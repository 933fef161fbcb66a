"""Round 37 (speed37): cheap tests in front of five checks, and the confidence map remembered.
Each fast form answers exactly what its plain form answers: the plain forms are kept here as
the specification and compared on sentences written for these tests (places outside the
round's held-out ones), near misses included."""

from __future__ import annotations

import math

import pytest

from tensionwatch.domain import calibration, coder, context, references, relevance
from tensionwatch.domain.actor import Actor
from tensionwatch.domain.context import ArticleContext, Mention
from tensionwatch.domain.lexicon import tokenize

AGES = [
    "A 34-year-old man was detained in Almaty after the brawl.",
    "The suspect, aged 19, was charged on Tuesday.",
    "A woman, 52, and her son were hurt when the roof fell in.",
    "The pensioner, 81, said she had seen nothing.",
    "A man, 1999 born, was held.",  # ", 1" and no age: four digits
    "The 2024-year-old tradition",  # "-year-old" after four digits: no age
    "He was caged for 12 hours, officials said.",  # "aged " inside "caged ": still looked at
    "Troops fired 30 shells, 12 of them at the airport.",  # ", 1" after "shells": no age
    "Police held 40 protesters in Bishkek on Monday.",
    "Aged 70, the former minister stepped down.",  # capital "Aged": not `_AGE`'s
    "The mother, 45 , spoke later.",
    "Mongolia and Kazakhstan signed the deal, 2 days later.",
]


@pytest.mark.parametrize("text", AGES)
def test_aged_is_the_age_regex(text: str) -> None:
    assert relevance._aged(text) is (relevance._AGE.search(text) is not None)


def test_aged_finds_each_branch_and_skips_texts_without_an_age() -> None:
    assert [relevance._aged(text) for text in AGES[:4]] == [True] * 4
    assert not relevance._aged("Police held 40 protesters in Bishkek on Monday.")


def _last_month_plain(words: list[str], indices: range) -> bool:
    """`relevance._last_month` before round 37: the same loop without the opening test."""
    backward_break = False
    for index in indices:
        if words[index] in relevance.REPORTING or words[index] == ";":
            return False
        if words[index] in relevance.SUBORDINATORS and indices.step < 0:
            backward_break = True
            continue
        if (
            words[index + 1] in relevance.PAST_PERIODS.get(words[index], ())
            and not (backward_break and words[index + 1] == "year")
            and (words[index] != "this" or words[index - 1] == "earlier")
            and not (words[index + 1] in relevance.SEASONS and words[index - 1] == "the")
            and words[index + 2 : index + 3] != ["'s"]
        ):
            return True
    return False


PERIODS = [
    "Kyrgyz border guards detained two Tajik herders last month near the enclave.",
    "The minister met his Mongolian counterpart in Ulaanbaatar earlier this year.",
    "Police arrested the activist this year, the ministry said.",
    "The army, set up last year after rebels staged an assault, shelled the village.",
    "Protesters marched in Tbilisi last week and again on Sunday.",
    "The deal signed last autumn was torn up, and the envoy left.",
    "The last winter of the war was the hardest, the mayor said.",
    "Officials said last year's election was rigged.",
    "Troops fired on a convoy near the border on Monday.",
    "The envoy left; last month the talks had stalled.",
]


@pytest.mark.parametrize("text", PERIODS)
def test_last_month_is_the_plain_loop(text: str) -> None:
    words = tokenize(text).words
    for first in range(len(words)):
        for indices in (range(first + 1, len(words) - 1), range(first - 2, -1, -1)):
            fast = relevance._last_month(words, indices)
            assert fast is _last_month_plain(words, indices), (text, first, indices)


def test_last_month_still_finds_a_past_month() -> None:
    words = tokenize(PERIODS[0]).words
    assert relevance._last_month(words, range(1, len(words) - 1))
    words = tokenize(PERIODS[8]).words
    assert not relevance._last_month(words, range(1, len(words) - 1))


def _hemispheres_plain(text: str, korean: bool) -> list[tuple[int, int, str | None]]:
    """`references._hemispheres` before round 37 (its mentions' spans and countries)."""
    if not korean or "the" not in text.lower():
        return []
    return [
        (match.start(), match.end(), "PRK" if match.group(1) == "North" else "KOR")
        for match in references._HEMISPHERE.finditer(text)
    ]


HEMISPHERES = [
    "The North fired two missiles into the sea, the South's military said.",
    "Seoul said the North had test-fired a cruise missile on Sunday.",
    "The South Korean navy fired warning shots.",  # a name, not the South
    "North Korean troops crossed the line.",
    "Officials in the north of the country said nothing.",
    "the North-east was flooded, and the South held its drill.",
    "Pyongyang denounced the drills.",
]


@pytest.mark.parametrize("text", HEMISPHERES)
@pytest.mark.parametrize("korean", [True, False])
def test_hemispheres_are_the_plain_ones(text: str, korean: bool) -> None:
    found = [(m.start, m.end, m.actor.country) for m in references._hemispheres(text, korean)]
    assert found == _hemispheres_plain(text, korean)


def test_hemispheres_still_found() -> None:
    found = references._hemispheres(HEMISPHERES[0], True)
    assert [m.actor.country for m in found] == ["PRK", "KOR"]


def _org_context(name: str, code: str) -> ArticleContext:
    context = ArticleContext()
    actor = Actor(text=name, code=code, country=code[:3] or None, sector=code[3:] or None)
    mention = Mention(0, len(name), actor, "org")
    for word in name.split():
        context.orgs[word.lower()] = mention
    return context


DESCRIBED = [
    ("Mongolian Miners Association", "MNGLAB", "The association said it would strike on Monday."),
    ("Mongolian Miners Association", "MNGLAB", "The miners association said nothing."),
    ("Mongolian Miners Association", "MNGLAB", "The government rejected the demand."),
    ("Kazakh Bar Council", "KAZJUD", "The council and the association met in Astana."),
    ("Kazakh Bar Council", "KAZJUD", "Lawyers of the Bar Council walked out."),
    ("Kazakh Bar Council", "KAZJUD", "The councillors left."),
]


@pytest.mark.parametrize(("name", "code", "text"), DESCRIBED)
def test_described_orgs_are_the_plain_ones(name: str, code: str, text: str) -> None:
    context = _org_context(name, code)
    heads = references.names.organisation_words()
    plain = []
    if "the " in text.lower():
        for match in references._DESCRIPTION.finditer(text):
            word = match.group(1)
            if context.orgs.get(word) is not None and word in heads:
                plain.append((match.start(1), match.end(1)))
    found = references._described_orgs(text, [], context)
    assert [(m.start, m.end) for m in found] == plain


def test_described_org_still_found() -> None:
    context = _org_context("Mongolian Miners Association", "MNGLAB")
    found = references._described_orgs(DESCRIBED[0][2], [], context)
    assert [(m.actor.text, m.actor.code) for m in found] == [("association", "MNGLAB")]


SCORES = [0.0, 0.001, 0.123, 0.3, 0.5, 0.623, 0.78, 0.999, 1.0]


@pytest.mark.parametrize(
    "mapped",
    [calibration.Platt(1.7, -0.4), calibration.Platt(0.8, 0.25), calibration.Platt()],
)
def test_confidence_is_the_map(mapped: calibration.Platt) -> None:
    for _ in range(2):  # the second time from the memo
        for score in SCORES:
            assert coder._confidence(mapped, score) == mapped(score)


def test_confidence_keeps_maps_apart_and_the_identity_exact() -> None:
    steep, flat = calibration.Platt(3.0, 0.0), calibration.Platt(0.5, 0.0)
    assert coder._confidence(steep, 0.7) == steep(0.7) != flat(0.7)
    assert coder._confidence(flat, 0.7) == flat(0.7)
    zero = coder._confidence(calibration.Platt(), -0.0)
    assert zero == 0.0 and math.copysign(1.0, zero) == -1.0


POSTED = [
    "the Mongolian ambassador",
    "Kazakh envoys",
    "the Kyrgyz Embassy",
    "a consular official",
    "the chargé d'affaires",
    "the Uzbek foreign ministry",
    "diplomatic police",  # "diplomat" inside a longer word: not posted
    "Ambassadors",
]


@pytest.mark.parametrize("text", POSTED)
def test_posted_is_the_regex(text: str) -> None:
    for _ in range(2):  # the second time from the cache
        assert context.posted(text) is (context._POSTED.search(text) is not None)


def test_posted_tells_a_diplomat_from_a_ministry() -> None:
    assert context.posted("the Mongolian ambassador")
    assert not context.posted("the Uzbek foreign ministry")
