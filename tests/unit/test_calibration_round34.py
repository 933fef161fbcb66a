"""The fitted map of news-site copy (round 34): the map of articles without a dateline, fitted
on the news-site feeds, lowers the confidence of weak acts (on held-out feeds the acts scored
under 0.6 were right far less often than their score said); its image of the floor is the
default threshold, so at the defaults the same events pass, with only their confidence
changed. The script refits that map alone and keeps the agency map and its provenance."""

from __future__ import annotations

from types import ModuleType

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain import calibration
from tensionwatch.domain.calibration import RAW_FLOOR, RAW_WIRE_FLOOR, Calibration, Platt
from tensionwatch.domain.coder import RECOMMENDED_MIN_CONFIDENCE, Coder
from tensionwatch.settings import Settings
from tests.unit.coding import article, without_confidence
from tests.unit.scripts import load_script

GRID = [k / 1000 for k in range(1, 1000)]
BODY = (
    "Kenyan police arrested nine students outside the parliament in Nairobi on Monday. "
    "The opposition accused the interior ministry of ordering the arrests. "
    "Student leaders could possibly stage another march next week, one organiser suggested. "
    "Teachers said they backed the students' demands for lower fees."
)
AGENCY = "NAIROBI, Kenya (AP) — " + BODY


def test_the_data_file_maps_news_site_copy_below_its_score_in_the_low_range() -> None:
    maps = calibration.calibration()
    assert not maps.plain.identity
    exact = [maps.plain.exact(score) for score in GRID]
    assert all(a < b for a, b in zip(exact, exact[1:], strict=False))
    # the weakest acts of news-site copy are right less often than their score says
    assert maps.plain(RAW_FLOOR) < RAW_FLOOR
    # round 52 (articles52) refitted both maps on the round's coder: the strong acts of either
    # copy are right more often than their score says
    assert maps.plain(0.7) > 0.7 and maps.wire(0.7) > 0.7


def test_the_default_threshold_is_the_image_of_the_floor_on_the_score() -> None:
    maps = calibration.calibration()
    assert RECOMMENDED_MIN_CONFIDENCE == maps.plain.image(RAW_FLOOR) < RAW_FLOOR
    assert maps.plain.raw_floor(RECOMMENDED_MIN_CONFIDENCE) == RAW_FLOOR
    assert maps.plain.exact(RAW_FLOOR - 0.001) < RECOMMENDED_MIN_CONFIDENCE
    assert Settings().min_confidence == RECOMMENDED_MIN_CONFIDENCE


def test_at_the_defaults_news_site_copy_keeps_the_events_of_the_floor() -> None:
    maps = calibration.calibration()
    raw = Coder(maps=Calibration(), min_confidence=RAW_FLOOR, wire_min_confidence=RAW_WIRE_FLOOR)
    production = build_coder(Settings())
    before, after = article(raw, BODY), article(production, BODY)
    assert [e.plover_type for e in before] == ["COERCE", "ACCUSE", "THREATEN"]
    assert without_confidence(after) == without_confidence(before)
    assert [e.confidence for e in after] == [maps.plain(e.confidence) for e in before]
    # the hedged act passes as before, now saying how unsure it is
    assert RECOMMENDED_MIN_CONFIDENCE <= after[-1].confidence < before[-1].confidence < 0.5
    # near miss: in agency copy the agency floor still drops it, and the map there is unchanged
    wire_before, wire_after = article(raw, AGENCY), article(production, AGENCY)
    assert "THREATEN" not in [e.plover_type for e in wire_after]
    assert without_confidence(wire_after) == without_confidence(wire_before)
    assert [e.confidence for e in wire_after] == [maps.wire(e.confidence) for e in wire_before]


def test_the_old_default_set_by_hand_is_now_a_stricter_threshold() -> None:
    """0.3 set by hand is a confidence: under the map a floor above 0.3 on the score (about
    0.37 with round 52's map), and 0.4 one above the hedged act's score (0.396)."""
    assert calibration.calibration().plain.raw_floor(0.3) > RAW_FLOOR
    strict = Coder(min_confidence=0.4, wire_min_confidence=0.0)
    found = article(strict, BODY)
    assert [e.plover_type for e in found] == ["COERCE", "ACCUSE"]
    assert all(e.confidence >= 0.4 for e in found)


def _calibrate() -> ModuleType:
    return load_script("calibrate", "calibrate_round34")


def test_fitting_the_plain_map_alone_keeps_the_agency_map() -> None:
    calibrate = _calibrate()
    kept = Platt(2.0, 0.1)
    # undated copy: 3 of 10 right at a score of 0.4, 8 of 10 at 0.75; agency copy all right
    samples = [
        (0.4 if i < 100 else 0.75, i % 10 < (3 if i < 100 else 8), False, False) for i in range(200)
    ]
    samples += [(0.6, True, True, True) for _ in range(50)]
    maps = calibrate.fit_maps(samples, 1, plain=True, keep=kept)
    assert maps.wire == kept
    assert abs(maps.plain(0.4) - 0.3) < 0.02 and abs(maps.plain(0.75) - 0.8) < 0.02
    assert calibrate.fit_maps(samples, 1, plain=True).wire != kept


def test_the_script_writes_the_plain_map_beside_the_agency_maps_provenance() -> None:
    calibrate = _calibrate()
    weights = "# weights of the model\nfeature\tweight\nbias\t-2.2144\n"
    agency = "# Confidence maps (agency: fitted on the wire sets)\n"
    rows = "map\tvalue\nplain.slope\t1.0000\nplain.offset\t0.0000\nwire.slope\t2.1371\n"
    first = Calibration(Platt(1.5, -0.5), Platt(2.1371, 0.0))
    text = calibrate.with_plain_map(weights + agency + rows, "# Map of other copy (1)\n", first)
    assert text.startswith(weights + agency + "# Map of other copy (1)\nmap\tvalue\n")
    assert calibration.parse(text) == first
    # a refit replaces the previous paragraph and rows, and keeps the rest
    second = Calibration(Platt(1.8, -0.7), Platt(2.1371, 0.0))
    again = calibrate.with_plain_map(text, "# Map of other copy (2)\n", second)
    assert again.startswith(weights + agency + "# Map of other copy (2)\nmap\tvalue\n")
    assert "(1)" not in again and calibration.parse(again) == second


def test_a_threshold_set_by_hand_reads_agency_copy_through_the_agency_map() -> None:
    """min_confidence is the event's confidence in either copy: in agency copy an act whose
    agency confidence reaches it passes, though the map of other copy would put it under."""
    # maps of their own (the data file's two maps nearly meet at this act's score since
    # round 52): agency copy surer than the rest
    maps = Calibration(Platt(2.1929, -0.5386), Platt(2.1371, 0.0768))
    text = (
        "Kenyan police arrested nine students outside the parliament in Nairobi on Monday. "
        "The minister later met student leaders."
    )
    coder = Coder(maps=maps, min_confidence=0.65, wire_min_confidence=0.0)
    raw = Coder(maps=Calibration(), min_confidence=0.0)
    dated = "NAIROBI, Kenya (AP) — " + text
    meeting = [e for e in article(raw, dated) if e.plover_type == "CONSULT"]
    assert meeting and maps.plain(meeting[0].confidence) < 0.65 <= maps.wire(meeting[0].confidence)
    found = article(coder, dated)
    assert "CONSULT" in [e.plover_type for e in found]
    assert all(e.confidence >= 0.65 for e in found)
    # near miss: the same act in news-site copy is under the threshold there
    assert [e.plover_type for e in article(coder, text)] == ["COERCE"]
    # and the agency threshold still applies on top of it
    strict = Coder(maps=maps, min_confidence=0.65, wire_min_confidence=0.8)
    assert "CONSULT" not in [e.plover_type for e in article(strict, dated)]
