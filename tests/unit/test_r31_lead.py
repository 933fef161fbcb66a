"""Round 31 (lead): shooting to end a gathering is force used on a crowd (175), as batons are.

"Police opened fire to break up a march" gave no event: the shot alone (193) found no target
and was dropped, and the dispersal after "to" read as a purpose. The whole phrase now codes
like "used batons to disperse the crowd". Sentences written for this test, on invented or
non-held-out places; the near misses keep a shot without a gathering as it was.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def _main(coder: Coder, text: str) -> tuple[str, str | None, str | None] | None:
    found = events(coder, text)
    if not found:
        return None
    event = found[0]
    return (
        event.cameo_code,
        event.source.sector if event.source else None,
        event.target.sector if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police opened fire to break up a march by opposition supporters in Lusaka on Tuesday.",
            ("175", "COP", "OPP"),
        ),
        (
            "Soldiers opened fire to disperse the crowd outside the governor's office.",
            ("175", "MIL", "CVL"),
        ),
        (
            "Riot police fired live rounds to break up the sit-in, witnesses said.",
            ("175", "COP", None),
        ),
    ],
)
def test_shooting_to_end_a_gathering_is_force_on_a_crowd(
    coder: Coder, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _main(coder, text) == expected


def test_a_shot_at_a_car_stays_a_shot_on_its_own_terms(coder: Coder) -> None:
    found = _main(
        coder, "Police opened fire on a car that failed to stop at a checkpoint in Lusaka."
    )
    assert found is not None
    assert found[0] != "175"


def test_a_shot_to_scare_animals_is_no_act(coder: Coder) -> None:
    assert events(coder, "Farmers opened fire to scare away the wolves near the village.") == []
