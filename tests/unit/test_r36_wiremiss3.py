"""Round 36, wiremiss3: relevant agency sentences that yielded no event. "The army said it
struck ..." reads the pronoun as the speaker itself after an irregular past as after a past in
"-ed" ("said it killed"), so the act is not marked down as a guess from the article; an
"until" before a day ("adjourned the hearing until Wednesday and rejected ...") bounds the act
before it, and makes no condition of the act after it.
Each has a near miss that keeps its old reading. Every sentence in these tests was written for
them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, recommended_coder

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str, lead: str = "") -> list[TensionEvent]:
    """The events of `text` as the last sentence of an agency report (after `lead`)."""
    body = (
        f"{dateline}, June 3 (Reuters) - {lead} {text}"
        if lead
        else f"{dateline}, June 3 (Reuters) - {text}"
    )
    found = article(coder, body)
    last = 1 if lead else 0
    return [event for event in found if event.sentence_index == last]


def firsts(found: list[TensionEvent]) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country, target country) of the first event, if any."""
    if not found:
        return None
    return found[0].cameo_code, country(found[0].source), country(found[0].target)


LEAD_LEBANON = "Israeli warplanes flew over southern Lebanon for a second day on Tuesday."
LEAD_SUDAN = "Fighting went on around the city."


@pytest.mark.parametrize(
    ("dateline", "lead", "text", "dyad"),
    [
        (
            "JERUSALEM",
            LEAD_LEBANON,
            "The Israeli military said it struck Hezbollah fighters who were moving rockets "
            "near the border.",
            ("190", "ISR", "LBN"),
        ),
        (
            "KHARTOUM",
            LEAD_SUDAN,
            "The Sudanese army said it struck RSF positions in Omdurman overnight.",
            ("190", "SDN", "SDN"),
        ),
    ],
)
def test_said_it_with_an_irregular_past_is_the_speakers_own_deed(
    coder: Coder, dateline: str, lead: str, text: str, dyad: tuple[str, str, str]
) -> None:
    assert firsts(wire(coder, dateline, text, lead)) == dyad


def test_said_it_would_strike_keeps_its_doubt(coder: Coder) -> None:
    text = (
        "The Israeli military said it would strike Hezbollah fighters who approached its positions."
    )
    assert wire(coder, "JERUSALEM", text, LEAD_LEBANON) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Tunisian court adjourned the trial of opposition leader Rached Ghannouchi until Monday "
        "and rejected a defence request for his release.",
        "A Tunisian court postponed the hearing until March 4 and rejected a request to free "
        "the opposition leader on bail.",
    ],
)
def test_an_until_before_a_day_bounds_the_act_before_it_not_the_next(
    coder: Coder, text: str
) -> None:
    found = firsts(wire(coder, "TUNIS", text))
    assert found is not None and found[:2] == ("1243", "TUN")


def test_an_until_before_a_clause_is_still_a_condition(coder: Coder) -> None:
    text = "Ghannouchi said he would stay in the country until the court released his aides."
    assert wire(coder, "TUNIS", text) == []
