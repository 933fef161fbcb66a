"""Review, round 29: a rejection answers the last accuser, unless the accuser is the one who
rejects. A person named in full and then by surname ("Chancellor Olaf Scholz ... Scholz") is
one party named twice, not two officials of one state named apart, so he does not answer
himself. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, in_sentence


@pytest.mark.parametrize(
    ("body", "surname"),
    [
        (
            "Chancellor Olaf Scholz accused the opposition of scaremongering. "
            "Scholz rejected the charges on Wednesday.",
            "Scholz",
        ),
        (
            "Prime Minister Mark Rutte accused the farmers' union of spreading lies. "
            "Rutte also rejected the accusations on Tuesday.",
            "Rutte",
        ),
    ],
)
def test_a_person_named_again_by_surname_does_not_answer_himself(
    coder: Coder, body: str, surname: str
) -> None:
    event = in_sentence(coder, body, 1, "REJECT")
    assert event.source is not None and event.source.text == surname
    assert event.target is not None and not event.target.text.endswith(surname)


def test_two_officials_named_apart_still_answer_each_other(coder: Coder) -> None:
    body = (
        "Prime Minister Pedro Sanchez accused Alberto Nunez Feijoo of lying. "
        "Feijoo rejected the accusations."
    )
    rejections = [e for e in article(coder, body) if e.plover_type == "REJECT"]
    assert rejections and rejections[0].target is not None
    assert rejections[0].target.text.endswith("Pedro Sanchez")
