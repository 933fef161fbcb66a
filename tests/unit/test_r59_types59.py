"""Round 59 (types59): a trigger's gap does not swallow an appeal joined by "and".

"was troubled by the sentence and urged Cambodia to free ..." : the pattern "sentence * to"
(173) spanned the appeal after "and" and, the longer match, took its words, so the appeal was
lost and the concern was coded as a criticism (docs/labelling.md point 28: concern beside an
appeal is the appeal, 02). `acts._unswallowed` drops such a match before the overlaps are
resolved."""

from __future__ import annotations

from tensionwatch.domain.acts import find_candidates
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import article, coded_in, events, recommended_coder

coder = recommended_coder

LEAD = (
    "PHNOM PENH, May 3 (Reuters) - A Cambodian court sentenced a journalist to three years in "
    "jail on Thursday for reporting on a land dispute, his lawyer said. "
)


# the concern and the appeal after it: the appeal is the sentence's act
def test_concern_over_sentence_and_appeal_is_the_appeal(coder: Coder) -> None:
    body = LEAD + (
        "The Canadian embassy said it was profoundly dismayed by the sentence and urged Cambodia "
        "to free the journalist."
    )
    assert [code[:2] for code, _, _ in coded_in(article(coder, body), 1)] == ["02"]


# the appeal's word stays an act of its own after the noun's gap pattern is dropped
def test_appeal_after_and_survives_the_gap_pattern(coder: Coder) -> None:
    sentence = "The bloc criticised the sentence and urged Cambodia to respect press freedom."
    found = find_candidates(tokenize(sentence), coder.lexicon, coder.fallback)
    assert "17" not in [candidate.root for candidate in found]
    assert any(candidate.root == "02" for candidate in found)


# Round 59 (types59): what a denial's "that" clause holds is what is denied, however far into
# the clause the act's noun stands ("denied that its men had started the clashes"): no fight
# of its own beside the denial (`modality._accuses`)
def test_act_noun_in_denied_clause_is_no_second_event(coder: Coder) -> None:
    found = events(coder, "The militia's commander denied that his men had started the clashes.")
    assert [event.cameo_root for event in found] == ["01"]
