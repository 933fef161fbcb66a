"""Properties of the segmenter and the coder on arbitrary text (hypothesis): they never raise,
and every offset they report lies inside the text and matches it."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.segmenter import segment

# Words that reach the coder's rules: actors, triggers, pronouns, datelines, abbreviations.
WORDS = (
    "Russia Ukraine Kyiv the North police he she they it said attacked met condemned "
    "protesters Mr. U.S. SEOUL: (AP) — according to in at by was were not urged to "
    "ceasefire talks missile fired Pyongyang's who which , ; : \" ' … ... ? ! 23. April"
).split()
pieces = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
    st.sampled_from([" ", "  ", "\n", "\n\n", ". ", "...", "\t", "\xa0"]),
)
texts = st.lists(pieces, max_size=80).map(" ".join)
CODER = Coder(min_confidence=0.0).load()
QUICK = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(texts)
def test_segments_slice_the_body_exactly(body: str) -> None:
    for sentence in segment("p", body):
        assert 0 <= sentence.char_start < sentence.char_end <= len(body)
        assert body[sentence.char_start : sentence.char_end] == sentence.text
        assert sentence.text == sentence.text.strip()


@QUICK
@given(texts, st.one_of(st.none(), texts), st.sampled_from([None, 1, 2024, 9999]))
def test_coded_events_point_into_their_text(body: str, title: str | None, year: int | None) -> None:
    published = (
        datetime(year, 12, 31, tzinfo=UTC)
        if year == 9999
        else (datetime(year, 1, 1, tzinfo=UTC) if year else None)
    )
    coded = code_article(CODER, "p", body, title=title, published_at=published)
    for event in coded.events:
        text = (title or "") if event.headline else body
        assert 0 <= event.char_start <= event.char_end <= len(text)
        assert text[event.char_start : event.char_end] == event.evidence
        assert event.sentence in text
