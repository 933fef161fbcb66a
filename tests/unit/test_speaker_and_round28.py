"""A speaker's act after a reported clause, round 28 (wirerecall9): in "The rebels said the
raid killed three villagers and vowed to retaliate" the verb after "and" shares the reported
verb's subject (here no party), so an act done by saying is the speaker's, never the
reported verb's object: the villagers made no threat. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said the raid killed three villagers and vowed to retaliate.",
        "The rebels said the airstrikes wounded 12 farmers and threatened to attack police posts.",
    ],
)
def test_saying_act_after_a_reported_object_is_the_speakers(coder: Coder, text: str) -> None:
    body = (
        "RAIPUR, India, May 3 (Reuters) - Indian police raided a camp of Maoist rebels in "
        f"Chhattisgarh state on Sunday. {text}"
    )
    threats = [
        e for e in article(coder, body) if e.sentence_index == 1 and e.plover_type == "THREATEN"
    ]
    assert threats, "no threat"
    assert threats[0].source is not None
    assert threats[0].source.sector == "REB"


def test_a_second_deed_does_not_take_the_object(coder: Coder) -> None:
    body = (
        "RAIPUR, India, May 3 (Reuters) - Indian police raided a camp of Maoist rebels in "
        "Chhattisgarh state on Sunday. The police said the raid killed three rebels and "
        "wounded two others."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert coded_as(found) == [("ASSAULT", "190", "INDCOP", "INDREB")]
