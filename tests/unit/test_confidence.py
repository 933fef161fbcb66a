"""The confidence model: calibrated weights, read from the data file, with sane signs."""

from __future__ import annotations

from tensionwatch.domain import confidence


def values(**given: float) -> list[float]:
    return [given.get(name, 1.0 if name == "bias" else 0.0) for name in confidence.FEATURES]


def test_the_calibrated_model_is_read_and_scores_probabilities() -> None:
    model = confidence.model()
    assert len(model.weights) == len(confidence.FEATURES)
    score = model.score(values(weight=0.8, source=1.0, target=1.0, relevance=0.8))
    assert 0.0 < score < 1.0


def test_a_vaguer_or_borrowed_trigger_is_never_surer() -> None:
    model = confidence.model()
    base = values(weight=0.8, source=1.0, relevance=0.8)
    assert model.score(values(weight=0.4, source=1.0, relevance=0.8)) <= model.score(base)
    fallback = values(weight=0.8, source=1.0, relevance=0.8, fallback=1.0)
    assert model.score(fallback) <= model.score(base)
    assert model.score(values(weight=0.8, relevance=0.8)) <= model.score(base)


def test_the_ceiling_bounds_every_choice_of_roles() -> None:
    model = confidence.model()
    fixed = values(weight=0.7, penalty=0.1)
    ceiling = model.ceiling(fixed)
    for source in (0.0, 1.0):
        for distance in (0.0, 0.5, 1.0):
            found = values(weight=0.7, penalty=0.1, source=source, distance=distance, relevance=1)
            assert model.score(found) <= ceiling
