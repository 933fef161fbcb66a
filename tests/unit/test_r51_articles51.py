"""Round 51 (articles51): whole real articles. A passive of suffering whose "in" or "during"
names the forces' operation ("were killed during the operation") implies the operation's maker
as "killed in an attack" does: the act scores as one whose source a reference found, so it is
kept at the agency floor (docs/labelling.md, section 2: the passive turned round)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, recommended_coder

coder = recommended_coder

OPERATION = (
    "ANKARA, June 3 (Xinhua) -- Turkey launched an air and ground operation against the PKK "
    "in northern Iraq on Monday, the defence ministry said.\n\n"
)


def _second(coder: Coder, body: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, country(e.source), country(e.target))
        for e in article(coder, body)
        if e.sentence_index == 1
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve PKK militants were killed during the operation, the ministry said.",
        "A total of nine PKK fighters were killed in the operation on Tuesday.",
        "Eleven PKK members were later killed during the cross-border operation.",
        "Six PKK militants have been killed in the ongoing operation, officials said.",
    ],
)
def test_victims_of_an_operation_are_kept(coder: Coder, sentence: str) -> None:
    assert ("ASSAULT", None, "TUR") in _second(coder, OPERATION + sentence)


def test_victims_of_a_crackdown_are_kept(coder: Coder) -> None:
    body = (
        "ISLAMABAD (Reuters) - Pakistan's army moved into North Waziristan on Friday, the "
        "military said.\n\nSeven militants were killed in a security crackdown, it added."
    )
    assert ("ASSAULT", None, "PAK") in _second(coder, body)


@pytest.mark.parametrize(
    "sentence",
    [
        # no operation named: the toll of a passive alone stays under the floor
        "Twelve PKK militants were killed, the ministry said.",
        # a place after "in", not an operation
        "Twelve PKK militants were killed in the mountains, the ministry said.",
        # an operation named, but as what came after, not what they suffered it in
        "Twelve PKK militants were killed before the operation, the ministry said.",
    ],
)
def test_passives_without_an_operation_stay(coder: Coder, sentence: str) -> None:
    assert ("ASSAULT", None, "TUR") not in _second(coder, OPERATION + sentence)
