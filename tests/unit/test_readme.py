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
