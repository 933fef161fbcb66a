"""Round 31, known31: wrong codings found in earlier rounds and still open (sentences written
for these tests; docs/labelling.md)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.pipeline import code_article
from tests.unit.coding import recommended_coder

coder = recommended_coder


def _dyads(coder: Coder, *sentences: str) -> list[tuple[int, str, str | None, str | None]]:
    return [
        (
            event.sentence_index,
            event.cameo_code,
            event.source.country if event.source else None,
            event.target.country if event.target else None,
        )
        for event in code_article(coder, "t", "\n\n".join(sentences)).events
    ]


# --- a state's protest against a foreign measure is aimed at its maker ---------------------------
def test_parliament_protest_against_foreign_law_targets_its_country(coder: Coder) -> None:
    found = _dyads(
        coder, "Hungary's parliament protested against a Slovak law on minority schools."
    )
    assert found[:1] == [(0, "114", "HUN", "SVK")]


def test_street_protest_against_foreign_law_stays_against_own_government(coder: Coder) -> None:
    found = _dyads(coder, "Farmers in Warsaw protested against a Ukrainian law on grain imports.")
    assert found[:1] == [(0, "140", "POL", "POL")]


# --- "X forces must leave, the minister said" after a dateline -------------------------------
def test_demand_that_forces_leave_after_dateline(coder: Coder) -> None:
    found = _dyads(
        coder,
        "ASMARA, June 3 (Reuters) - Ethiopian forces must leave the border area, "
        "the minister said.",
    )
    assert found[:1] == [(0, "106", "ERI", "ETH")]


def test_we_must_leave_is_no_demand(coder: Coder) -> None:
    assert _dyads(coder, "We must leave the city before dark, a resident said.") == []


# --- an embassy's protest to "the foreign ministry": the host's ministry ---------------------
def test_embassy_protests_to_host_ministry_not_its_own(coder: Coder) -> None:
    found = _dyads(
        coder,
        "SUVA, Jan 3 - Indonesia detained two Fijian sailors on Monday.",
        "The Fijian embassy protested to the foreign ministry over the arrests.",
    )
    assert (1, "114", "FJI", "IDN") in found


def test_ministry_named_with_its_country_stays_its_own(coder: Coder) -> None:
    found = _dyads(coder, "Fiji's foreign ministry summoned the Indonesian ambassador on Monday.")
    assert found[:1] == [(0, "114", "FJI", "IDN")]


# --- ", sparking protests from X": the reaction is aimed at the act's doer --------------------
def test_criticism_drawn_by_an_arrest_targets_the_police(coder: Coder) -> None:
    events = code_article(
        coder, "t", "Police arrested the activist, drawing criticism from rights groups."
    ).events
    accusation = [e for e in events if e.plover_type == "ACCUSE"]
    assert accusation and accusation[0].target is not None
    assert accusation[0].target.sector == "COP"


def test_fine_sparking_protests_keeps_the_fined_as_its_target(coder: Coder) -> None:
    found = _dyads(
        coder,
        "NAIROBI, June 2 - Kenya's media regulator fined a private television station on "
        "Monday, sparking protests from press freedom groups.",
    )
    assert found[:1] == [(0, "172", "KEN", "KEN")]
    fine = code_article(
        coder,
        "t",
        "NAIROBI, June 2 - Kenya's media regulator fined a private television station on "
        "Monday, sparking protests from press freedom groups.",
    ).events[0]
    assert fine.source is not None and fine.source.sector == "GOV"
    assert fine.target is not None and fine.target.sector == "MED"


def test_protest_sparked_by_a_fine_targets_the_court(coder: Coder) -> None:
    text = "A court in Nairobi fined the company, sparking protests from labour rights groups."
    events = code_article(coder, "t", text).events
    assert events[0].cameo_code == "172"
    protest = [e for e in events if e.plover_type == "PROTEST"]
    assert protest and protest[0].target is not None
    assert protest[0].target.sector == "JUD"  # the groups against the court, not the company
