"""Round 56 (court56): a court's case between private persons in a news site's copy.

An article about a suit between neighbours, cousins or a family and a firm names a court, a
judge and lawyers and no other party political by its sector; with no crime word the relevance
rules know, the court stayed a political side and its rulings on the private parties were coded
as rejections (docs/labelling.md, section 1: "ordinary crime between private persons" is not
relevant; section 4, point 35: verdicts on private persons or firms are not). Such an article is
read as a crime or court report (`Coder._look_ahead`): acts of its court on private parties fall.
A case naming an opposition figure, police officers or a minister stays political."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, undated_in

coder = recommended_coder

OPEN = (
    "A district court in Porto has ruled that a bakery owner must pay 80,000 euros to the "
    "family living above his shop, ending a four-year quarrel over the smell of his ovens."
)
TAIL = (
    " The family had complained that the smoke came through their floorboards every morning "
    "from four o'clock. The bakery opened in 1962 and sells about 2,000 loaves a day. The "
    "baker's lawyer said his client would consider his options. Neighbours said the bread was "
    "the best in the street."
)

# the court ruling against the private party, in four forms: a phrasal verb, the site's
# present perfect, a phrasal verb with a time phrase, the passive
PRIVATE_RULINGS = [
    "The judge threw out the baker's complaint about the noise from the flat.",
    "The court has refused the baker's request to hear a second expert.",
    "The court turned down the baker's appeal on Monday.",
    "The baker's plea for more time was rejected by the court.",
]


@pytest.mark.parametrize("sentence", PRIVATE_RULINGS)
def test_a_courts_ruling_in_a_private_case_is_no_event(coder: Coder, sentence: str) -> None:
    assert undated_in(coder, f"{OPEN} {sentence}{TAIL}", 1) == []


# near misses: the same court story naming a political party stays an event
POLITICAL_CASES = [
    (
        "A court in Porto charged opposition leader Rui Tavares with defamation over a speech.",
        "17",
        "OPP",
    ),
    (
        "Prosecutors in Porto charged two police officers with killing a protester during a march.",
        "17",
        "COP",
    ),
    (
        "A court in Porto has rejected a lawsuit filed by Interior Minister Maria Lucia Amaral "
        "against a journalist.",
        "12",
        "GOV",
    ),
]


@pytest.mark.parametrize(("sentence", "root", "sector"), POLITICAL_CASES)
def test_a_case_naming_a_political_party_stays(
    coder: Coder, sentence: str, root: str, sector: str
) -> None:
    found = undated_in(coder, f"{OPEN} {sentence}{TAIL}", 1)
    assert found, "no event"
    event = found[0]
    assert event.cameo_code[:2] == root
    assert event.source is not None and event.source.sector == "JUD"
    assert country(event.source) == "PRT"
    assert event.target is not None and event.target.sector == sector
    assert country(event.target) == "PRT"
