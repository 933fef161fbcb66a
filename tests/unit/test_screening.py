"""Before coding: markup becomes text, the language is detected and must be configured, and the
work per article is bounded (time budget, event cap)."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest

from tensionwatch.adapters.language import Cld2Detector
from tensionwatch.domain.markup import looks_like_markup, markup_to_text, nesting_depth
from tensionwatch.domain.models import DeadLetter, DeadLetterReason, Sentence, TensionEvent
from tensionwatch.service.handler import ArticleHandler, Limits, RecordMeta
from tensionwatch.service.screening import sample
from tests.fakes import KeywordCoder, RecordingMetrics

META = RecordMeta("news.articles", 0, 7, None)
LANGUAGES = Path(__file__).parent.parent / "data" / "languages.tsv"
ENGLISH = (
    "Troops shelled the town on Monday, the defence ministry said. "
    "Leaders met in Geneva to discuss a ceasefire, but the talks ended without a deal."
)


@cache
def detector() -> Cld2Detector:
    return Cld2Detector(("en",))


def sentences_by_language() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for line in LANGUAGES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, sentence = line.split("\t")
            found[code].append(sentence)
    return found


def make_handler(coder: object = None, **limits: object) -> tuple[ArticleHandler, RecordingMetrics]:
    metrics = RecordingMetrics()
    handler = ArticleHandler(
        coder or KeywordCoder(),
        metrics,
        Limits(**limits),  # type: ignore[arg-type]
        detector=detector(),
    )
    return handler, metrics


def handle(body: str, **fields: object) -> tuple[list[object], RecordingMetrics]:
    handler, metrics = make_handler()
    raw = json.dumps({"id": "a1", "body": body} | fields).encode()
    return handler.handle(raw, META), metrics  # type: ignore[return-value]


def letter_of(outputs: list[object]) -> DeadLetter:
    [output] = outputs
    return DeadLetter.model_validate_json(output.value)  # type: ignore[attr-defined]


# --- language -------------------------------------------------------------------------------


def test_a_german_article_without_a_declared_language_is_a_dead_letter_naming_german() -> None:
    body = " ".join(sentences_by_language()["de"])
    outputs, metrics = handle(body)
    letter = letter_of(outputs)
    assert letter.reason is DeadLetterReason.UNSUPPORTED_LANGUAGE
    assert letter.detected_language == "de"
    assert "'de'" in letter.message
    assert metrics.languages == ["de"]


@pytest.mark.parametrize("code", ["fr", "ru", "ar", "zh", "hi", "el", "he", "ja", "ko"])
def test_articles_in_other_languages_and_scripts_are_named(code: str) -> None:
    body = " ".join(sentences_by_language()[code])
    letter = letter_of(handle(body)[0])
    assert (letter.reason, letter.detected_language) == ("unsupported_language", code)


def test_a_declared_language_that_the_text_contradicts_is_a_dead_letter() -> None:
    metrics = RecordingMetrics()
    both = Cld2Detector(("en", "fr"))
    handler = ArticleHandler(KeywordCoder(), metrics, Limits(languages=("en", "fr")), detector=both)
    french = " ".join(sentences_by_language()["fr"])
    raw = json.dumps({"body": french, "language": "en"}).encode()
    letter = letter_of(handler.handle(raw, META))  # type: ignore[arg-type]
    assert letter.reason is DeadLetterReason.UNSUPPORTED_LANGUAGE
    assert letter.detected_language == "fr"
    assert letter.message == "declared language 'en', but the text reads as 'fr'"


def test_an_english_article_declared_english_is_coded_and_counted_by_language() -> None:
    outputs, metrics = handle(ENGLISH, language="en-GB")
    assert [o.kind for o in outputs] == ["event", "escalation", "event"]  # type: ignore[attr-defined]
    assert metrics.languages == ["en"]


def test_a_declared_language_that_is_not_configured_is_a_dead_letter() -> None:
    letter = letter_of(handle(ENGLISH, language="es")[0])
    assert letter.reason is DeadLetterReason.UNSUPPORTED_LANGUAGE
    assert letter.message == "declared language 'es' is not one of ['en']"


def test_a_body_whose_language_cannot_be_told_is_taken_in_its_declared_language() -> None:
    outputs, metrics = handle("1, 2, 3 ... 4:0 (2:0) !!! 17.5% -- +44 20 7946 0000")
    assert metrics.languages == ["und"] and metrics.articles == 1
    assert outputs == []


def test_a_language_outside_the_named_set_is_counted_as_other() -> None:
    swedish = "Försvarsministeriet uppgav att trupperna under natten flyttats närmare gränsen."
    letter = letter_of(handle(swedish)[0])
    assert letter.detected_language == "sv"
    outputs, metrics = handle(swedish)
    assert metrics.languages == ["other"]


def test_control_characters_do_not_stop_detection() -> None:
    outputs, metrics = handle("\x01\x02" + ENGLISH.replace(" ", "\x00 ") + "\ufffe")
    assert metrics.languages == ["en"] and outputs


def test_languages_are_told_apart_on_short_bodies() -> None:
    """Accuracy on the short news sentences of tests/data/languages.tsv, one sentence a body
    (67 characters on average), and on three-sentence bodies: CLD2 reads Indonesian as Malay
    (its close relative), and is unsure of (or wrong on) a few sentences under 45
    characters; it never names another language for English."""
    found = {
        (code, body): detector().detect(body)
        for code, sentences in sentences_by_language().items()
        for body in [*sentences, " ".join(sentences[:3])]
    }
    wrong = {key: got for key, got in found.items() if got != key[0]}
    assert all(code == "id" or len(body) < 45 for code, body in wrong), wrong
    assert len(wrong) <= 5, wrong
    assert {got for (code, _), got in wrong.items() if code == "en"} <= {None}, "English kept"


def test_the_sample_is_cut_at_a_word() -> None:
    assert sample("one two three", 100) == "one two three"
    assert sample("alpha beta gamma delta", 12) == "alpha beta"
    assert sample("x" * 30, 10) == "x" * 10


def test_detection_can_be_switched_off_to_trust_the_declared_language() -> None:
    handler, metrics = make_handler(language_sample_chars=0)
    german = " ".join(sentences_by_language()["de"])
    raw = json.dumps({"id": "a1", "body": german}).encode()
    assert handler.handle(raw, META) == []
    assert metrics.languages == [] and metrics.articles == 1


# --- markup ---------------------------------------------------------------------------------

PAGE = (
    "<!DOCTYPE html><html><head><title>Border</title><script>var shelled = 1;</script>"
    "<style>p { color: red }</style></head><body><h1>Clashes at the border</h1>"
    "<p>Troops <b>shelled</b>\n   the town on Monday &amp; overnight.</p><!-- shelled -->"
    "<p>Leaders met in Geneva.<br>No deal was reached.</p></body></html>"
)


def test_html_is_detected_and_prose_with_angle_brackets_is_not() -> None:
    assert looks_like_markup(PAGE)
    assert looks_like_markup("<div>a</div>")
    assert not looks_like_markup("If a < b and c > d, then <b is not a tag.")
    assert not looks_like_markup("Write to <editor@example.org>.")
    assert not looks_like_markup("<" * 10_000)


def test_markup_becomes_paragraphs_of_text_without_scripts_styles_or_comments() -> None:
    assert markup_to_text(PAGE) == (
        "Clashes at the border\n\n"
        "Troops shelled the town on Monday & overnight.\n\n"
        "Leaders met in Geneva.\n\nNo deal was reached."
    )


def test_an_html_article_is_coded_from_its_text_and_its_events_say_so() -> None:
    outputs, metrics = handle(PAGE)
    events = [TensionEvent.model_validate_json(o.value) for o in outputs]  # type: ignore[attr-defined]
    text = markup_to_text(PAGE)
    assert {e.plover_type for e in events} == {"ASSAULT", "CONSULT"}
    assert all(e.text_basis == "html_text" for e in events)
    assert all(text[e.char_start : e.char_end] == e.sentence for e in events)
    assert metrics.markup == 1


def test_plain_articles_keep_offsets_into_the_body() -> None:
    outputs, _ = handle(ENGLISH)
    event = TensionEvent.model_validate_json(outputs[0].value)  # type: ignore[attr-defined]
    assert event.text_basis == "body"
    assert ENGLISH[event.char_start : event.char_end] == event.sentence


def test_markup_without_text_is_an_empty_body() -> None:
    letter = letter_of(handle("<html><body><script>x()</script><p> </p></body></html>")[0])
    assert letter.reason is DeadLetterReason.EMPTY_BODY


def test_markup_nested_too_deep_for_the_parser_is_a_dead_letter() -> None:
    body = "<div>" * 5_000 + "Troops shelled the town."
    assert nesting_depth(body) == 5_000
    assert nesting_depth("<div><ul><li>a</li></ul></div><div></div>") == 2
    letter = letter_of(handle(body)[0])
    assert letter.reason is DeadLetterReason.UNREADABLE_MARKUP


# --- bounded work ---------------------------------------------------------------------------


class SlowCoder(KeywordCoder):
    """Takes `seconds` of (fake) wall time per sentence, `cpu_share` of it CPU time, by moving
    the clocks the budget reads."""

    def __init__(
        self, wall: list[float], seconds: float, cpu: list[float], cpu_share: float
    ) -> None:
        self.wall, self.seconds, self.cpu, self.cpu_share = wall, seconds, cpu, cpu_share

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None, context: object = None
    ) -> list[TensionEvent]:
        self.wall[0] += self.seconds
        self.cpu[0] += self.seconds * self.cpu_share
        return super().code_sentence(sentence, published_at)


def budget_handler(wall: list[float], cpu: list[float], cpu_share: float) -> ArticleHandler:
    """A handler whose coder takes 0.4 s of wall time a sentence, `cpu_share` of it CPU."""
    coder = SlowCoder(wall, 0.4, cpu, cpu_share)
    return ArticleHandler(
        coder,
        RecordingMetrics(),
        Limits(time_budget_seconds=1.0),
        detector=detector(),
        timer=lambda: wall[0],
        cpu_timer=lambda: cpu[0],
    )


FIVE_SENTENCES = " ".join(["Troops shelled the town on Monday, the ministry said."] * 5)


def test_an_article_that_outlives_its_time_budget_is_a_timeout_dead_letter() -> None:
    handler = budget_handler([1000.0], [5.0], cpu_share=1.0)
    metrics = handler.metrics
    letter = letter_of(handler.handle(json.dumps({"body": FIVE_SENTENCES}).encode(), META))
    assert letter.reason is DeadLetterReason.TIMEOUT
    assert "stopped before sentence 4 of 5" in letter.message
    assert metrics.dead_letters == [DeadLetterReason.TIMEOUT]  # type: ignore[attr-defined]
    assert metrics.articles == 0, "a dead letter, not also an accepted article"  # type: ignore[attr-defined]


def test_a_host_starved_of_cpu_does_not_turn_an_article_into_a_timeout() -> None:
    """2 s of wall time, but only 0.2 s of the worker's CPU: other work held the core."""
    handler = budget_handler([1000.0], [5.0], cpu_share=0.1)
    outputs = handler.handle(json.dumps({"body": FIVE_SENTENCES}).encode(), META)
    assert [o.kind for o in outputs].count("event") == 5


def test_events_beyond_the_per_article_cap_are_dropped_and_counted() -> None:
    handler, metrics = make_handler(max_events_per_article=3)
    body = " ".join(["Troops shelled the town on Monday, the ministry said."] * 5)
    outputs = handler.handle(json.dumps({"body": body}).encode(), META)
    assert [o.kind for o in outputs].count("event") == 3
    assert metrics.capped == 2


def test_an_event_record_stays_small_whatever_its_sentence_holds() -> None:
    """The segmenter cuts sentences at 2,000 characters; an event carries its sentence and
    evidence, so even characters that JSON escapes (6 bytes each) keep it far under 1 MB."""
    body = ("\x01" * 1_500 + " shelled " + "\U0001f600" * 1_000 + " ") * 20
    handler, _ = make_handler(language_sample_chars=0)
    outputs = handler.handle(json.dumps({"body": body}).encode(), META)
    assert outputs, "the keyword coder finds its act in every piece"
    assert max(len(o.key) + len(o.value) for o in outputs) < 64_000
