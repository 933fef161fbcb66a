"""News outlets as parties, round 27: an outlet named after a city ("The Washington Post",
"The Moscow Times") was read as that city's state, so the outlet's demand or accusation became
a government's act. Outlets now have their country and the media sector. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Washington Post demanded the immediate release of its correspondent on Friday.",
            "USAMED",
        ),
        (
            "The New York Times called for the release of its correspondent held in Tehran.",
            "USAMED",
        ),
        ("The Moscow Times accused the Kremlin of silencing independent reporters.", "RUSMED"),
        (
            "The Jerusalem Post criticised the cabinet's plan to close the public broadcaster.",
            "ISRMED",
        ),
    ],
)
def test_an_outlet_named_after_a_city_is_the_outlet(coder: Coder, text: str, code: str) -> None:
    found = events(coder, text)
    assert found, text
    assert found[0].source is not None
    assert found[0].source.code == code


def test_a_city_alone_still_stands_for_its_state(coder: Coder) -> None:
    found = events(coder, "Washington demanded the immediate release of the two aid workers.")
    assert found
    assert found[0].source is not None
    assert found[0].source.code.startswith("USA")
    assert found[0].source.sector != "MED"
