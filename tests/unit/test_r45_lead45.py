"""Round 45 (lead): a year or day in the reason given after an act (", saying ...") dates the
reason, not the act (coder._dated_text). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.coder import Coder
from tests.unit.coding import PUBLISHED, dated, recommended_coder

__all__ = ["recommended_coder"]


def test_a_year_in_the_reason_after_the_act_does_not_date_it(recommended_coder: Coder) -> None:
    text = (
        "Ministers have rejected the teachers' demand for smaller classes, arguing that class "
        "sizes were cut twice in 2022."
    )
    found = dated(recommended_coder, text)
    assert found, "the refusal is coded"
    assert all(when == PUBLISHED.date() for _, when, _ in found), found
    assert all(kind != "background" for _, _, kind in found), found


def test_near_miss_a_year_before_the_reason_still_dates_the_act(recommended_coder: Coder) -> None:
    text = (
        "In 2009 the junta expelled the French ambassador from Conakry, saying he had "
        "insulted the nation."
    )
    found = dated(recommended_coder, text)
    assert found and all(when == date(2009, 1, 1) for _, when, _ in found), found


def test_near_miss_an_act_inside_the_reason_keeps_the_reasondated(
    recommended_coder: Coder,
) -> None:
    told = "The ministry issued a statement, saying rebels had attacked an army post near Kidal"
    assert dated(recommended_coder, told + "."), "undated, the attack is the day's act"
    # dated years back inside the reason, it is history: the year is read, not cut away
    assert dated(recommended_coder, told + " in 2012.") == []
