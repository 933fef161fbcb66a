"""A currency written with a letter prefix ("C$", "NZ$", "R$") names no party: the capital
before the dollar sign was read as an unknown name and took the article's country, so a fine
"of C$ 2 million" had "C" as its target. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Canadian government imposed fines of C$ 4 million on the mining company.", "CANBUS"),
        (
            "Canada froze C$ 40 million in assets held by Russian officials, the foreign "
            "ministry said.",
            "RUSGOV",
        ),
        (
            "Prime Minister Lula's government promised R$ 2 billion in aid to the flooded state.",
            None,
        ),
    ],
)
def test_a_currency_prefix_is_not_a_party(coder: Coder, text: str, target: str | None) -> None:
    found = events(coder, text)
    assert found, "the act is coded"
    event = found[0]
    assert (event.target.code if event.target else None) == target, text
