"""Round 57 (lead): an amount of money or a weight in pounds is no shelling.

The lexicon codes "pound~" as shelling (194), and an aid story naming its sum in pounds ("pledged
5 million pounds in aid") was coded as an attack beside the aid (`existence.amount`). The verb
keeps its attack. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Britain pledged 5 million pounds in humanitarian aid to Malawi on Tuesday.",
        "London will give Kyiv 250 million pounds of military aid, the defence ministry said.",
        "Egypt has spent billions of pounds on the new capital, the opposition party said.",
        "Customs officers seized 300 pounds of explosives at the border crossing on Monday.",
    ],
)
def test_pounds_after_an_amount_are_no_shelling(coder: Coder, text: str) -> None:
    assert all(e.cameo_root != "19" for e in events(coder, text)), text


def test_the_aid_in_pounds_is_still_aid(coder: Coder) -> None:
    found = events(coder, "London sent Kyiv 250 million pounds of military aid on Monday.")
    assert [e.cameo_root for e in found] == ["07"]
    assert country(found[0].source) == "GBR"
    assert country(found[0].target) == "UKR"


@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery continued to pound Ukrainian positions near Avdiivka on Sunday.",
        "Sudanese army jets pounded RSF positions in Omdurman overnight, residents said.",
    ],
)
def test_pounding_a_place_is_still_shelling(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and found[0].cameo_root == "19", text
