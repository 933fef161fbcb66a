"""The fitted map of agency copy (round 26): monotone, its image of the agency floor is the
default threshold, and at the defaults exactly the events the floors on the score kept pass,
with only their confidence changed."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain import calibration
from tensionwatch.domain.calibration import RAW_FLOOR, RAW_WIRE_FLOOR, Calibration
from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tensionwatch.settings import Settings
from tests.unit.coding import article, without_confidence
from tests.unit.scripts import load_script

GRID = [k / 1000 for k in range(1, 1000)]
BODY = (
    "Police in Madrid detained fourteen protesters outside the parliament on Tuesday. "
    "The opposition People's Party accused the government of hiding the cost of the amnesty. "
    "The interior minister could possibly meet union leaders next week, an aide suggested. "
    "Farmers said they supported the ministry's new water rules. "
    "Spain's foreign minister met his Moroccan counterpart in Rabat to discuss migration."
)
AGENCY = "MADRID (Reuters) - " + BODY


def test_the_data_file_maps_agency_copy() -> None:
    """(The map of other copy, the identity until round 34: test_calibration_round34.)"""
    maps = calibration.calibration()
    assert not maps.wire.identity
    exact = [maps.wire.exact(score) for score in GRID]
    assert all(a < b for a, b in zip(exact, exact[1:], strict=False))
    rounded = [maps.wire(score) for score in GRID]
    assert all(a <= b for a, b in zip(rounded, rounded[1:], strict=False))
    # agency copy's acts are right more often than the score says, above the floor
    assert maps.wire(RAW_WIRE_FLOOR) > RAW_WIRE_FLOOR and maps.wire(0.8) > 0.8


def test_the_default_thresholds_are_the_images_of_the_floors() -> None:
    maps = calibration.calibration()
    assert RECOMMENDED_MIN_CONFIDENCE == maps.plain.image(RAW_FLOOR)
    assert maps.plain.raw_floor(RECOMMENDED_MIN_CONFIDENCE) == RAW_FLOOR
    assert RECOMMENDED_WIRE_MIN_CONFIDENCE == maps.wire.image(RAW_WIRE_FLOOR)
    assert RECOMMENDED_WIRE_MIN_CONFIDENCE > RAW_WIRE_FLOOR
    assert maps.wire.raw_floor(RECOMMENDED_WIRE_MIN_CONFIDENCE) == RAW_WIRE_FLOOR
    # one score step under the floor maps under the threshold
    assert maps.wire.exact(RAW_WIRE_FLOOR - 0.001) < RECOMMENDED_WIRE_MIN_CONFIDENCE
    defaults = Settings()
    assert (defaults.min_confidence, defaults.wire_min_confidence) == (
        RECOMMENDED_MIN_CONFIDENCE,
        RECOMMENDED_WIRE_MIN_CONFIDENCE,
    )


def test_at_the_defaults_the_same_events_pass_as_at_the_floors_on_the_score() -> None:
    maps = calibration.calibration()
    raw = Coder(maps=Calibration(), min_confidence=RAW_FLOOR, wire_min_confidence=RAW_WIRE_FLOOR)
    production = build_coder(Settings())
    assert isinstance(production, Coder)
    for text, used in ((BODY, maps.plain), (AGENCY, maps.wire)):
        before, after = article(raw, text), article(production, text)
        assert before, text
        assert without_confidence(after) == without_confidence(before)
        assert [e.confidence for e in after] == [used(e.confidence) for e in before]
    # the agency floor does drop acts here: the test would see a threshold in the wrong place
    everything = Coder(maps=Calibration(), min_confidence=RAW_FLOOR)
    assert len(article(everything, AGENCY)) > len(article(raw, AGENCY))
    # the old default, 0.55 set by hand as a confidence, is now a lower floor on the score
    assert maps.wire.raw_floor(RAW_WIRE_FLOOR) < RAW_WIRE_FLOOR


def _calibrate() -> ModuleType:
    return load_script("calibrate", "calibrate_round26")


def test_the_data_file_says_where_its_sets_come_from() -> None:
    calibrate = _calibrate()
    text = calibrate.provenance(
        [
            Path("/elsewhere/eval/article_events_dev"),
            Path("/work/round24/sets/alpha_check.jsonl"),
            Path("/work/round25/sets/beta_check.jsonl"),
            calibrate.ROOT / "tests/data/wire_dev.jsonl",
        ]
    )
    assert "article_events_dev: data and licences as for the weights above." in text
    assert "alpha_check: labelled sets" in text and "in round 24, kept outside the project" in text
    assert "(/work/round25/sets; not shipped)" in text
    assert "tests/data/wire_dev.jsonl: the project's own sets" in text
