"""Acts in wire copy, second round: phrasings found by coding short agency-style reports
written for the project (its helper's set A and set B), before their errors were read. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(min_confidence=0.0)


def top(coder: Coder, text: str) -> str | None:
    found = events(coder, text)
    return found[0].plover_type if found else None


# --- praise and thanks: the act praised is not the sentence's main act -------------------------


def test_thanks_for_sending_troops_is_support_not_the_troops_act(coder: Coder) -> None:
    text = "Moscow thanked Minsk for sending engineers to help expel Ukrainian units from the area."
    assert top(coder, text) == "SUPPORT"


def test_welcoming_a_release_is_support_first(coder: Coder) -> None:
    assert top(coder, "Germany welcomed the release of the aid workers by the rebels.") == "SUPPORT"


def test_an_act_after_a_clause_break_is_not_what_was_praised(coder: Coder) -> None:
    text = "Canada called the pardons a welcome gesture but urged Caracas to free all detainees."
    assert top(coder, text) == "REQUEST"
