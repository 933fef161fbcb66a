"""The confidence maps: monotone, read from the data file, and thresholds at the images of
the score's floors keeping exactly the events those floors kept."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tensionwatch.domain import calibration, confidence
from tensionwatch.domain.calibration import RAW_FLOOR, RAW_WIRE_FLOOR, Calibration, Platt
from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tests.unit.coding import article, without_confidence
from tests.unit.scripts import load_script

GRID = [k / 1000 for k in range(1, 1000)]
STEEP = Platt(1.6223, 1.036)  # a map of agency copy as fitted on the development sets
FLAT = Platt(0.3, 2.0)  # many scores share one rounded confidence
MAPS = [Platt(), STEEP, FLAT, Platt(2.5, -1.0)]

BODY = (
    "Chad's army said it killed twelve insurgents near the Niger border on Sunday. "
    "Fishermen in the port town said they backed the ministry's new rules. "
    "The rebels could possibly attack the garrison again, a local trader suggested. "
    "Villagers accused the soldiers of burning their granaries."
)
AGENCY = "NDJAMENA, Chad (AP) — " + BODY


@pytest.mark.parametrize("mapping", MAPS)
def test_a_map_is_strictly_increasing_and_rounds_to_a_probability(mapping: Platt) -> None:
    exact = [mapping.exact(score) for score in GRID]
    assert all(a < b for a, b in zip(exact, exact[1:], strict=False))
    rounded = [mapping(score) for score in GRID]
    assert all(a <= b for a, b in zip(rounded, rounded[1:], strict=False))
    assert all(0.001 <= c <= 0.999 and c == round(c, 3) for c in rounded)


def test_the_identity_leaves_the_score_alone() -> None:
    assert all(Platt()(score) == score for score in GRID)
    assert Platt().image(0.3) == 0.3 and Platt().raw_floor(0.3) == 0.3


def test_an_under_confident_score_is_raised() -> None:
    assert STEEP(0.5) == 0.738
    assert STEEP(0.7) > 0.9
    assert STEEP(0.2) < 0.5  # and a poor one stays poor


def test_a_map_needs_a_positive_slope() -> None:
    with pytest.raises(ValueError, match="positive slope"):
        Platt(0.0, 1.0)
    with pytest.raises(ValueError, match="positive slope"):
        Platt(-1.0, 0.0)


@pytest.mark.parametrize("mapping", MAPS)
def test_the_image_of_a_floor_is_taken_back_to_that_floor(mapping: Platt) -> None:
    for score in (0.001, 0.1, 0.3, 0.499, 0.5, 0.737, 0.9, 0.999):
        threshold = mapping.image(score)
        assert mapping.raw_floor(threshold) == score
        assert mapping.exact(score) >= threshold - 1e-9
        if score > 0.001:  # no score is lower
            assert mapping.exact(round(score - 0.001, 3)) < threshold


@pytest.mark.parametrize("mapping", MAPS)
def test_a_threshold_becomes_the_least_score_that_reaches_it(mapping: Platt) -> None:
    for threshold in (0.05, 0.3, 0.5, 0.738, 0.8, 0.95):
        floor = mapping.raw_floor(threshold)
        reaching = [s for s in GRID if mapping.exact(s) >= threshold]
        if reaching:
            assert floor == reaching[0]
        else:
            assert floor > GRID[-1]
    assert mapping.raw_floor(0.0) == 0.0


def test_the_image_is_a_short_decimal() -> None:
    assert STEEP.image(0.5) == 0.738
    assert STEEP.image(0.55) == 0.796
    assert Platt().image(RAW_FLOOR) == 0.3


def test_the_maps_are_parsed_beside_the_weights() -> None:
    text = (
        "# weights\nfeature\tweight\nbias\t-2.0\nweight\t2.5\n"
        "# Confidence maps: a comment\nmap\tvalue\n"
        "plain.slope\t1.2000\nplain.offset\t-0.1000\nwire.slope\t1.6223\nwire.offset\t1.0360\n"
    )
    maps = calibration.parse(text)
    assert maps == Calibration(Platt(1.2, -0.1), Platt(1.6223, 1.036))
    assert maps.of(True) == maps.wire and maps.of(False) == maps.plain
    assert calibration.parse("feature\tweight\nbias\t-2.0\n") == Calibration()
    only_wire = calibration.parse("wire.slope\t2.0\n")
    assert only_wire == Calibration(Platt(), Platt(2.0, 0.0))


def test_the_data_file_holds_the_maps_and_the_recommended_thresholds_follow() -> None:
    path = Path(confidence.__file__).parent / "data" / "calibration.tsv"
    maps = calibration.parse(path.read_text("utf-8"))
    assert calibration.calibration() == maps
    assert (RECOMMENDED_MIN_CONFIDENCE, RECOMMENDED_WIRE_MIN_CONFIDENCE) == (
        maps.plain.image(RAW_FLOOR),
        maps.wire.image(RAW_WIRE_FLOOR),
    )
    assert maps.plain.raw_floor(RECOMMENDED_MIN_CONFIDENCE) == RAW_FLOOR
    assert maps.wire.raw_floor(RECOMMENDED_WIRE_MIN_CONFIDENCE) == RAW_WIRE_FLOOR
    # the weights are still read as before: the map rows are no features
    assert len(confidence.model().weights) == len(confidence.FEATURES)


def _floors() -> list[tuple[float, float]]:
    """The default floors, and floors at each score of the two articles and just above it
    (where a test on the rounded confidence would let in the score under the floor)."""
    everything = Coder(maps=Calibration())
    scores = sorted({e.confidence for text in (BODY, AGENCY) for e in article(everything, text)})
    assert len(scores) >= 4
    floors = [(RAW_FLOOR, RAW_WIRE_FLOOR)]
    for score in scores:
        floors += [(score, score), (RAW_FLOOR, score), (round(score + 0.001, 3),) * 2]
        floors += [(RAW_FLOOR, round(score + 0.001, 3))]
    return floors


@pytest.mark.parametrize("mapping", [STEEP, FLAT])
def test_the_images_of_the_floors_keep_exactly_the_same_events(mapping: Platt) -> None:
    maps = Calibration(Platt(1.1, 0.2), mapping)
    for floor, wire in _floors():
        raw = Coder(maps=Calibration(), min_confidence=floor, wire_min_confidence=wire)
        mapped = Coder(
            maps=maps,
            min_confidence=maps.plain.image(floor),
            wire_min_confidence=maps.wire.image(wire),
        )
        for text, used in ((BODY, maps.plain), (AGENCY, maps.wire)):
            before, after = article(raw, text), article(mapped, text)
            assert without_confidence(after) == without_confidence(before), (floor, wire)
            assert [e.confidence for e in after] == [used(e.confidence) for e in before]


def test_the_weak_acts_pass_in_the_feed_not_in_agency_copy() -> None:
    raw = Coder(maps=Calibration(), min_confidence=RAW_FLOOR, wire_min_confidence=RAW_WIRE_FLOOR)
    assert [e.plover_type for e in article(raw, AGENCY)] == ["ASSAULT", "ACCUSE"]
    assert [e.plover_type for e in article(raw, BODY)] == [
        "ASSAULT",
        "SUPPORT",
        "THREATEN",
        "ACCUSE",
    ]


def test_a_threshold_set_by_hand_is_a_confidence() -> None:
    """With the map of agency copy, confidence 0.5 is a lower floor on the score than 0.5:
    the weak acts of wire copy come back, each with a confidence of at least 0.5."""
    coder = Coder(maps=Calibration(wire=STEEP), min_confidence=0.3, wire_min_confidence=0.5)
    found = article(coder, AGENCY)
    assert "SUPPORT" in [e.plover_type for e in found]
    assert all(e.confidence >= 0.5 for e in found)
    strict = Coder(maps=Calibration(wire=STEEP), min_confidence=0.3, wire_min_confidence=0.9)
    assert all(e.confidence >= 0.9 for e in article(strict, AGENCY))


def _calibrate() -> ModuleType:
    return load_script("calibrate", "calibrate_maps")


def test_the_fitted_map_raises_an_under_confident_score_and_is_deterministic() -> None:
    calibrate = _calibrate()
    # agency copy: 9 of 10 right at scores of 0.5 and 0.7, 2 of 10 with the dyad right;
    # the others: 6 of 10 right
    samples = [(0.5 + 0.2 * (i // 100), i % 10 != 0, i % 5 == 0, True) for i in range(200)]
    samples += [(0.5 + 0.2 * (i // 100), i % 10 < 6, False, False) for i in range(200)]
    maps = calibrate.fit_maps(samples, 1, plain=False)
    assert maps.plain == Platt()
    assert abs(maps.wire(0.5) - 0.9) < 0.02 and abs(maps.wire(0.7) - 0.9) < 0.02
    assert maps.wire.slope >= calibrate.MIN_SLOPE  # still increasing
    fitted = calibrate.fit_maps(samples, 1, plain=True)
    assert abs(fitted.plain(0.5) - 0.6) < 0.02 and abs(fitted.plain(0.7) - 0.6) < 0.02
    assert calibrate.fit_maps(samples, 1, plain=True) == fitted
    assert abs(calibrate.fit_map([s for s in samples if s[3]], 2)(0.6) - 0.2) < 0.02
    assert calibrate.fit_map([], 1) == Platt()


def test_the_script_rewrites_only_the_maps_of_the_data_file() -> None:
    calibrate = _calibrate()
    weights = "# weights of the model\nfeature\tweight\nbias\t-2.2144\nweight\t2.6263\n"
    old = "# Confidence maps (old)\nmap\tvalue\nwire.slope\t3.0000\nwire.offset\t0.0000\n"
    new = Calibration(wire=STEEP)
    text = calibrate.with_maps(weights + old, "# Confidence maps (new)\n" + calibrate.map_rows(new))
    assert text.startswith(weights) and "(old)" not in text and "3.0000" not in text
    assert calibration.parse(text) == new
    assert calibrate.with_maps(weights, "# Confidence maps\n").startswith(weights)
