"""The natural news feed, round 25: relevant sentences of a news site's copy that got no
event. An arrest told with no doer ("At least 40 people were arrested") is the police's act
on people, as political as "Police arrested 40 people" (the people arrested are no private
party to it); in a crime story it stays ordinary crime. Every sentence in these tests was
written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country


def _acts(coder: Coder, body: str, index: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, country(e.source), country(e.target))
        for e in article(coder, body)
        if e.sentence_index == index
    ]


# --- an arrest with no doer named: the police's act on people ------------------------------


def test_people_arrested_with_no_doer_in_a_site_body_are_an_arrest(coder: Coder) -> None:
    body = (
        "Thousands of students marched through Lusaka on Saturday against a rise in "
        "university fees. "
        "At least 60 people were arrested in the city centre, according to a rights group."
    )
    assert ("COERCE", "ZMB", "ZMB") in _acts(coder, body, 1)


def test_a_counted_crowd_arrested_is_coded_as_an_uncounted_one_is(coder: Coder) -> None:
    body = (
        "Taxi drivers struck across Luanda on Monday. "
        "More than 80 people were arrested in the capital, the opposition said."
    )
    assert ("COERCE", "AGO", "AGO") in _acts(coder, body, 1)


def test_a_crime_story_arrest_with_no_doer_stays_ordinary_crime(coder: Coder) -> None:
    body = (
        "A 19-year-old was stabbed outside a nightclub in Perth early on Sunday. "
        "Two men were arrested over the stabbing and remain in custody, the court heard."
    )
    assert _acts(coder, body, 1) == []


def test_a_firm_penalised_with_no_doer_named_gains_nothing(coder: Coder) -> None:
    body = (
        "Shares in the Milan bakery chain fell 4 per cent on Monday. "
        "Shop owners say they have no choice but to raise prices as flour costs rise."
    )
    assert _acts(coder, body, 1) == []
