"""Round 52 (articles52): whole real articles. "The group", "the outfit" name the armed group the
article named last; when the sentence has already described that group by the same words ("the
rebels" after "helping the Moro rebels"), the description after it is the other group, the one
named before (docs/labelling.md: a pronoun or "the rebels" is the actor an earlier sentence
named; the article set's contract: "the rebels" = one group, "the outfit" = the other), not the
same party again (a self-target, which dropped the target)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder

coder = recommended_coder

LEAD = (
    "COTABATO, Philippines: The Abu Sayyaf has been helping the Moro rebels obtain explosives, "
    "the army said.\n\n"
)


def _second(coder: Coder, body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            e.cameo_code[:2],
            e.source.code if e.source else None,
            e.target.text if e.target else None,
            e.target.code if e.target else None,
        )
        for e in article(coder, body)
        if e.sentence_index == 1
    ]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "In return, the rebels give shelter to the group in their camps, a spokesman said.",
            "the group",
        ),
        (
            "The rebels, in turn, have provided food and guides to the banned outfit.",
            "the banned outfit",
        ),
        (
            "In exchange, the rebels have sent weapons to the group, the army said.",
            "the group",
        ),
    ],
)
def test_the_group_beside_the_rebels_is_the_other_group(
    coder: Coder, sentence: str, words: str
) -> None:
    assert _second(coder, LEAD + sentence) == [("07", "PHLREB", words, "PHLREB")]


def test_the_group_alone_is_still_the_group_named_last(coder: Coder) -> None:
    # near miss: no other party of the sentence names the last group: "the group" is it
    body = LEAD + "The group also attacked a marine outpost in Sulu on Monday, the army said."
    found = _second(coder, body)
    assert [(code, source) for code, source, _, _ in found] == [("19", "PHLREB")]
    assert [e.source.text for e in article(coder, body) if e.sentence_index == 1] == ["The group"]


def test_the_group_after_a_group_named_by_name_is_not_moved(coder: Coder) -> None:
    # near miss: "the rebels" names the rebels, not the last group (Abu Sayyaf): "the group"
    # stays the group named last
    body = (
        "COTABATO, Philippines: The Moro rebels said the Abu Sayyaf attacked a marine outpost in "
        "Sulu on Monday.\n\nThe rebels said the group had killed three marines."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.cameo_code, e.source.text if e.source else None) for e in found] == [
        ("190", "the group")
    ]
