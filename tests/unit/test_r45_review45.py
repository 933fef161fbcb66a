"""Round 45, review45: tests for guards that round 44 left untested. Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


# --- "Some threw" (round 44, miss44: existence._pronoun_subject) -----------------------------
# A quantifier is a clause's subject only where it opens the clause (the sentence's first word,
# or after a comma, "and", "but", "while") and the past after it is an irregular one or an
# "-ed" with a function word or a possessive after it. Neither guard had a test that failed
# without it (review44).


def test_some_after_a_reporting_verb_determines_a_participle(coder: Coder) -> None:
    """ "said some shot protesters were taken to hospital": "some" after "said" opens no
    clause, so "shot" qualifies the protesters. Without the opener guard it is read as the
    verb of "some", a second shooting with no one doing it."""
    found = events(
        coder,
        "Medics said some shot protesters were taken to hospital after police opened fire in "
        "Conakry.",
    )
    assert found and all(event.source is not None for event in found)


def test_some_with_a_past_before_an_adverb_is_not_its_subject(coder: Coder) -> None:
    """ "and some protested peacefully": an "-ed" past counts only with a function word or a
    possessive after it. Without that guard the protest is the police's, who fired the gas."""
    found = events(
        coder, "Police fired tear gas in Harare, and some protested peacefully near the court."
    )
    assert found
    assert not [
        event
        for event in found
        if event.cameo_code.startswith("14") and event.source and event.source.sector == "COP"
    ]


def test_some_opening_a_clause_with_a_function_word_after_its_past_acts(coder: Coder) -> None:
    """Near miss of both guards: after "and", with "that" after the past, "some" is the
    subject of "demanded", and the demand is the protesters'."""
    found = events(
        coder, "Hundreds protested in Harare on Monday, and some demanded that the judges resign."
    )
    demands = [event for event in found if event.cameo_code.startswith("10")]
    assert demands and demands[0].source is not None and demands[0].source.sector == "CVL"
