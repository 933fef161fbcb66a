"""Round 39 (lead), a market's rally told by its verb (`data/triggers.tsv` discards): a
commodity, a security or a currency that "rallied" is a price rising, no crowd's protest (141);
a crowd that rallies keeps its protest."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder

coder = evaluation_coder


def test_crude_that_rallied_is_a_price(coder: Coder) -> None:
    text = "North Sea crude rallied as much as 3% on Monday as traders weighed the tanker seizure."
    assert article(coder, text) == []


def test_a_currency_that_rallied_is_a_price(coder: Coder) -> None:
    assert article(coder, "The Ghanaian cedi rallied against the dollar after the budget.") == []


def test_a_crowd_that_rallied_keeps_its_protest(coder: Coder) -> None:
    # near miss: people rally against a levy on fuel
    text = (
        "Tens of thousands of people rallied in Accra on Saturday against the government's new "
        "fuel levy."
    )
    found = article(coder, text)
    assert [
        (e.cameo_code, e.source and e.source.code, e.target and e.target.code) for e in found
    ] == [("141", "GHACVL", "GHAGOV")]
