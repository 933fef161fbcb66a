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


# --- "X must [adverb] do": the speaker's demand of X, with an adverb in between ------------


def _dyad_of(coder: Coder, body: str, plover: str) -> tuple[str | None, str | None]:
    found = [(s, t) for p, s, t in _acts(coder, body, 0) if p == plover]
    return found[0] if found else (None, None)


def test_a_demand_with_an_adverb_after_must_is_the_speakers(coder: Coder) -> None:
    body = "Vietnam's foreign ministry said China must still allow its fishermen into the bay."
    assert _dyad_of(coder, body, "REQUEST") == ("VNM", "CHN")


def test_must_first_is_a_demand_of_the_one_who_must(coder: Coder) -> None:
    body = "Argentina said on Monday that Chile must first withdraw its survey ship."
    assert _dyad_of(coder, body, "REQUEST") == ("ARG", "CHL")


# --- prices that rally on the business pages are no crowd rallying -------------------------


def test_bonds_that_rallied_are_no_protest(coder: Coder) -> None:
    body = "Mexican bonds rallied and the peso gained 1 per cent after the central bank's decision."
    assert _acts(coder, body, 0) == []


def test_a_relief_rally_in_stocks_is_no_protest(coder: Coder) -> None:
    body = "Asian stocks staged a relief rally on Tuesday as oil prices eased."
    assert _acts(coder, body, 0) == []


def test_supporters_who_rallied_still_protest(coder: Coder) -> None:
    body = "Thousands of opposition supporters rallied outside the electoral commission in Lusaka."
    assert [plover for plover, _, _ in _acts(coder, body, 0)] == ["PROTEST"]


# --- "said they would appeal." closing the sentence: a court appeal, no appeal to anyone ----


def test_lawyers_who_would_appeal_make_no_appeal_to_anyone(coder: Coder) -> None:
    body = (
        "A court in Milan sentenced a former mayor to nine years in prison on Friday. "
        "His lawyers said they would appeal."
    )
    assert [plover for plover, _, _ in _acts(coder, body, 1)] == []


def test_an_appeal_to_a_party_is_still_an_appeal(coder: Coder) -> None:
    body = "The mayor of Rosario made an urgent appeal to the federal government for troops."
    assert "REQUEST" in [plover for plover, _, _ in _acts(coder, body, 0)]
