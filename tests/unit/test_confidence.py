"""The confidence model: calibrated weights, read from the data file, with sane signs."""

from __future__ import annotations

from types import ModuleType

from tensionwatch.domain import confidence
from tests.unit.scripts import load_script


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


def _calibrate() -> ModuleType:
    return load_script("calibrate", "calibrate")


def test_the_fit_keeps_the_signs_and_can_fit_the_dyad_label() -> None:
    calibrate = _calibrate()
    calibrate.STEPS = 400  # enough for the signs to show
    # A borrowed trigger goes with right events (a sign the model may not take), and the
    # source is found exactly when the dyad is right, whatever the type.
    samples = [
        (
            values(weight=0.8, fallback=float(i % 2), source=float(i % 3 == 0)),
            i % 2 == 1,
            i % 3 == 0,
        )
        for i in range(24)
    ]
    typed = calibrate.fit(samples, 1)
    dyad = calibrate.fit(samples, 2)
    fallback, source = confidence.FEATURES.index("fallback"), confidence.FEATURES.index("source")
    assert typed[fallback] == 0.0  # would be positive unconstrained
    assert dyad[source] > 1.0 > abs(typed[source])
    assert calibrate.fit(samples, 2) == dyad  # deterministic
