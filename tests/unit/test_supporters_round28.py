"""Supporters, round 28 (wirerecall9): "Hundreds of his supporters gathered outside the court",
"Thousands of party supporters marched" named no party, so the protest had no source and its
score fell under the agency-copy floor. A leader's or a party's supporters are its followers
(OPP, their country from the story); on the sports pages, a club's supporters and their
association stay fans. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of his supporters gathered outside the town hall, chanting slogans.",
        "His supporters clashed with riot police outside the courthouse late on Tuesday.",
    ],
)
def test_supporters_protest_in_agency_copy(coder: Coder, text: str) -> None:
    body = (
        "LIMOGES, France, May 3 (Reuters) - A French court on Monday barred the mayor of "
        f"Limoges from office for two years over a public contracts case. {text}"
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found, "no event for the supporters' act"
    assert country(found[0].source) == "FRA"
    assert found[0].source is not None and found[0].source.sector == "OPP"


def test_supporters_of_a_club_are_fans(coder: Coder) -> None:
    body = (
        "Atletico fans protested outside the stadium on Saturday against the sale of the "
        "club's captain to a rival in the league. Hundreds of supporters marched from the "
        "station chanting against the board. The club's coach said his players would focus "
        "on the derby and the cup final."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        # the association acts, is answered, or its members are held: without the
        # "supporters' association/trust" entries (agents.tsv) each gave an OPP party
        "The supporters' association accused the club's board of betraying the fans.",
        "The club's board rejected the demands of the supporters' association.",
        "Police arrested two members of the supporters' trust after the derby.",
    ],
)
def test_supporters_association_is_no_party_codes_nothing(coder: Coder, text: str) -> None:
    body = (
        "Atletico fans protested outside the stadium on Saturday against the sale of the "
        f"club's captain. {text}"
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    sides = [side for e in found for side in (e.source, e.target) if side is not None]
    assert sides == []
