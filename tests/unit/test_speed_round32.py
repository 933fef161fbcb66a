"""Round 32's speed rewrites give exactly what their plain forms give (the sentences are made
up for these tests)."""

from __future__ import annotations

import pytest

from tensionwatch.domain import lexicon
from tensionwatch.domain.lexicon import tokenize

SENTENCES = [
    "Troops fired on protesters in Freedonia's capital on Monday, killing 3,000 people.",
    "The ministry’s spokesman said: “We won’t talk” (not yet); talks end 1,234,56 and 12,345x.",
    "Rebels seized 1,000,000 tons, 5,00 shells and 10 tanks -- a 3-2 win; co-operation ended.",
    '  Leading spaces,,  double  commas ;; and "quotes" (nested (twice)) end here  ',
    "Ministers' aides' offices -- 'quoted' words' ends -'- and O'Neill-Smith's aide left.",
    "Ünïcode wörds, naïve café’s owner, and 東京 met 7,000 Ωmega-3 people; 2,000",
    "",
    ',;:()"“”',
    "a-b-c--d e'f''g 1,000a 1,000,00 999,999,999 99,9999",
]


def _plain(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The tokens as one `finditer` read them before round 32, each contraction then cut in
    two and its pieces read as their words (round 61: "won't" is "wo" "n't", "will" "not")."""
    source = text.replace("’", "'")
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for match in lexicon._TOKEN.finditer(source):
        start, end = match.span()
        word = match.group().lower()
        cut = lexicon._CONTRACTIONS.get(word)
        if cut is None:
            spans.append((start, end))
            words.append(word)
        else:  # no "'d" here: its word depends on the next
            spans += [(start, start + cut), (start + cut, end)]
            words += [lexicon._CLITIC_WORDS.get(piece, piece) for piece in (word[:cut], word[cut:])]
    return spans, words


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_offsets_are_the_match_spans(text: str) -> None:
    tokens = tokenize(text)
    assert (tokens.spans, tokens.words) == _plain(text)
