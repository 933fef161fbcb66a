"""Round 41, the lead's mend of review41's find: recognition (054) is of a claimant's victory in an
election or of an office, not of a prize won or of a lead taken in some field."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank recognised Chile as a leader in cutting maternal deaths over the decade.",
        "Peru's health minister was recognised as the winner of a regional innovation award.",
        "The institute has been recognised as a world leader in potato research since the 1990s.",
    ],
)
def test_a_prize_or_a_field_is_no_recognition_codes_nothing(coder: Coder, text: str) -> None:
    assert code_list(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Argentina recognised the opposition candidate as the winner of Bolivia's runoff.",
        "Sweden said it recognised the council chief as the country's new leader.",
        "Portugal has recognised the exiled speaker as the rightful president of the assembly.",
    ],
)
def test_a_victory_or_an_office_is_recognised(coder: Coder, text: str) -> None:
    assert "054" in code_list(coder, text)
