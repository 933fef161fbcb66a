"""Round 61 (articles61): a passive whose auxiliary a coordination leaves out.

"A guard was killed and a second abducted after gunmen stormed the camp": after "was/were
<participle> and", a participle with a short subject of its own is that passive's verb (the
second victim's abduction), not an attribute of a noun ("a second abducted ..."), so it is
coded as "a second was abducted" would be, with the one it names as its target. A clause of
its own after "and" ("and that officers had detained") and a tally in the past perfect ("had
been hurt and N held") are not such a passive."""

from __future__ import annotations

from tensionwatch.domain.acts import find_candidates
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import gapped_passive
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def _codes(coder: Coder, text: str) -> list[str]:
    return [c.code for c in find_candidates(tokenize(text), coder.lexicon, coder.fallback)]


def _gapped(text: str, word: str) -> bool:
    words = tokenize(text).words
    return gapped_passive(words, words.index(word))


def test_a_participle_after_a_passive_and_its_own_subject_is_an_act(coder: Coder) -> None:
    text = "A border guard was wounded and a second abducted after gunmen stormed the post."
    assert "181" in _codes(coder, text)


def test_the_gapped_passive_targets_its_own_subject(coder: Coder) -> None:
    text = (
        "A Nigerien soldier was killed and a second abducted after gunmen attacked a "
        "checkpoint near Tillaberi, an army official said."
    )
    abduction = [e for e in events(coder, text) if e.cameo_code == "181"]
    assert abduction and abduction[0].target is not None
    assert abduction[0].target.country == "NER"


def test_a_counted_second_subject_is_gapped() -> None:
    assert _gapped("Two soldiers were killed and three abducted near the border.", "abducted")


def test_a_clause_of_its_own_after_and_is_no_gapped_passive() -> None:
    text = "He said the rally was banned and that officers had detained 14 people on the square."
    assert not _gapped(text, "detained")


def test_a_past_perfect_tally_is_no_gapped_passive() -> None:
    text = "Police reported that 40 people had been injured and 12 detained in the unrest."
    assert not _gapped(text, "detained")
