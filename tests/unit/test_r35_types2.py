"""Round 35, wrong event types, second pass (types2): people described by a deportation are no
deportation of the sentence, whether the participle stands before them as the object of a
present participle ("two planes carrying deported Guatemalans") or after them with where they
were sent from ("would not accept citizens deported from Spain"); the deportation told as done
keeps its event (near misses).
Every sentence in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, evaluation_coder

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "The air force turned back two planes carrying deported Guatemalans on Sunday.",
        "A charter flight carrying deported Malians landed in Bamako on Tuesday.",
        "Ghana said on Thursday it would not accept more of its citizens deported from Italy.",
        "Mali's government said it would refuse entry to migrants expelled from Algeria.",
    ],
)
def test_people_described_by_a_deportation_are_no_deportation(coder: Coder, text: str) -> None:
    assert not [code for code in code_list(coder, text) if code.startswith("174")]


@pytest.mark.parametrize(
    "text",
    [
        "Italy deported 40 Ghanaians from Milan on Thursday.",
        "The United States deported 40 Guatemalans on Thursday.",
        "Algeria expelled hundreds of Malian migrants from its southern towns last week.",
        "Officials said Spain deported dozens of Malians from the Canary Islands on Monday.",
    ],
)
def test_a_deportation_done_keeps_its_event(coder: Coder, text: str) -> None:
    assert "174" in code_list(coder, text)
