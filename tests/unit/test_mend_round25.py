"""Round 25's mends: word lists shared between modules (`acts._crowd_marched` reads
`existence.CROWDS` and `existence.RELATIVES`). Every sentence here was written for these
tests."""

from __future__ import annotations

from tensionwatch.domain.acts import CROWD_MARCHED, find_candidates
from tensionwatch.domain.lexicon import default_lexicon, fallback_lexicon, tokenize


def _weights(text: str) -> list[tuple[str, float]]:
    found = find_candidates(tokenize(text), default_lexicon(), fallback_lexicon(), False)
    return [(c.code, c.weight) for c in found]


def test_a_crowd_counted_by_any_of_existences_counts_marches() -> None:
    # "scores of" is one of existence.CROWDS, as "thousands of" is
    for count in ("Scores", "Thousands", "Dozens"):
        weights = _weights(f"{count} of vineyard workers marched through Bordeaux.")
        assert weights and weights[0][1] >= CROWD_MARCHED, (count, weights)
    assert _weights("Vineyard workers marched through Bordeaux.")[0][1] < CROWD_MARCHED


def test_a_relative_clause_march_is_not_strengthened() -> None:
    weights = _weights("Gendarmes questioned scores of workers who marched through Bordeaux.")
    assert all(weight < CROWD_MARCHED for code, weight in weights if code.startswith("14"))
