"""Round 33, feedrel21: acts told as background in news-site copy (sentences written for these
tests; docs/labelling.md, section 1: background). An act in a ", when" aside after a noun the
sentence dates by a year tells what that past event was; the near misses keep theirs."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def _codes(coder: Coder, text: str) -> list[str]:
    return [event.cameo_code for event in events(coder, text)]


# --- a ", when" aside on a dated noun (existence._dated_when_aside) ---


def test_a_killing_in_an_aside_on_a_dated_uprising_is_background(coder: Coder) -> None:
    text = (
        "Protesters marched on Saturday to mark the anniversary of the 2019 uprising, when "
        "police killed 200 people."
    )
    assert [code[:2] for code in _codes(coder, text)] == ["14"]


def test_a_massacre_told_in_an_aside_leaves_the_meeting(coder: Coder) -> None:
    text = (
        "The president met the families of the victims of the 2019 massacre, when soldiers shot "
        "dead 40 villagers."
    )
    assert [code[:2] for code in _codes(coder, text)] == ["04"]


def test_acts_in_an_aside_after_in_a_year_are_background(coder: Coder) -> None:
    text = "Rebels attacked the town in 2019, when government forces shelled the market."
    assert _codes(coder, text) == []
    assert (
        _codes(coder, "The coup in 2021, when the army seized power, ended a decade of rule.") == []
    )


def test_a_when_aside_after_the_news_day_stays(coder: Coder) -> None:
    # near miss: the aside follows the news's day, not a past year
    text = "Police fired tear gas at protesters on Monday, when thousands marched on parliament."
    assert "175" in _codes(coder, text)
    assert any(code.startswith("14") for code in _codes(coder, text))


def test_a_when_aside_after_a_days_date_stays(coder: Coder) -> None:
    # near miss: "March 3, 2024" is a day's date, the news's own
    text = "Police fired on protesters on March 3, 2024, when thousands marched on parliament."
    assert any(code.startswith("14") for code in _codes(coder, text))


# --- an act a counted span of months or years before the news (existence._span_after) ---


def test_a_killing_a_year_before_the_march_is_background(coder: Coder) -> None:
    text = (
        "Thousands of people marched in Lima on Saturday, a year after police killed 50 "
        "protesters in the south."
    )
    assert [code[:2] for code in _codes(coder, text)] == ["14"]


def test_asylum_granted_two_years_before_is_background(coder: Coder) -> None:
    text = (
        "Peru expelled the Mexican ambassador on Friday, two years after Mexico granted asylum "
        "to the former president's family."
    )
    assert [code[:2] for code in _codes(coder, text)] == ["16"]


def test_a_seizure_of_power_years_before_an_opening_phrase_is_background(coder: Coder) -> None:
    text = "Nearly two years after the army seized power, the junta released 300 prisoners."
    assert [code[:2] for code in _codes(coder, text)] == ["08"]


def test_an_arrest_days_before_stays(coder: Coder) -> None:
    # near miss: days are the same story's last turn, not its history
    text = "Police fired tear gas on Monday, days after the opposition leader was arrested."
    assert "173" in _codes(coder, text)


def test_a_prison_term_before_after_is_no_span(coder: Coder) -> None:
    # near miss: "for 15 years" is the term, with no comma before it
    text = "The court jailed the opposition leader for 15 years after prosecutors accused him."
    assert any(code.startswith("11") for code in _codes(coder, text))
