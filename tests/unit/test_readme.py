"""The README's settings table states the defaults the code has."""

from __future__ import annotations

import re
from pathlib import Path

from tensionwatch.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(r"^\| `TENSIONWATCH_(\w+)`(?: / `_(\w+)`)? \| `([^`]*)`(?: / `([^`]*)`)? \|")


def test_every_default_in_the_settings_table_is_the_code_default() -> None:
    defaults = Settings()
    checked = 0
    for line in README.read_text("utf-8").splitlines():
        row = ROW.match(line)
        if row is None:
            continue
        first, second, first_default, second_default = row.groups()
        for name, stated in ((first, first_default), (second, second_default)):
            if name and stated is not None:
                actual = getattr(defaults, name.lower())
                assert stated == str(actual), f"README says {name}={stated}, code has {actual}"
                checked += 1
    assert checked >= 10, "the settings table was not found"


def test_the_coder_section_states_the_default_thresholds() -> None:
    """The coder section names both thresholds with their defaults: the calibration's images
    of the floors on the score, which move when `scripts/calibrate.py` refits the maps."""
    defaults = Settings()
    text = " ".join(README.read_text("utf-8").split())
    stated = re.findall(r"`TENSIONWATCH_(MIN_CONFIDENCE|WIRE_MIN_CONFIDENCE)` \(([\d.]+)\)", text)
    assert {name for name, _ in stated} == {"MIN_CONFIDENCE", "WIRE_MIN_CONFIDENCE"}
    for name, value in stated:
        assert value == str(getattr(defaults, name.lower())), f"README says {name}={value}"
    # the figures' thresholds, where the figures say them in this form
    figures = r"coder `tw-rules-[\d.]+` at ([\d.]+) \(([\d.]+) in articles"
    for low, wire in re.findall(figures, text):
        assert (low, wire) == (str(defaults.min_confidence), str(defaults.wire_min_confidence))
