"""Round 38, wiremiss5: relevant agency sentences that yielded no event. A street protest told
by its own pluperfect verb ("Hundreds of farmers had gathered outside parliament, chanting ...",
"had blocked the entrance to the port since Monday") sets the scene of the day's news in agency
copy, as it does on a news site; a protest under another pluperfect verb, or one dated earlier
("earlier this month", "since the harvest failed"), stays background. Every sentence in these
tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, recommended_coder

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str, lead: str) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an agency report (after `lead`)."""
    found = article(coder, f"{dateline}, June 3 (Reuters) - {lead} {text}")
    return [event for event in found if event.sentence_index == 1]


def firsts(found: list[TensionEvent]) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country, target country) of the first event, if any."""
    if not found:
        return None
    return found[0].cameo_code, country(found[0].source), country(found[0].target)


TAX = "Farmers rallied in Accra against a new land tax."


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Hundreds of farmers had gathered outside parliament on Tuesday, chanting slogans "
            "against the tax.",
            ("141", "GHA", "GHA"),
        ),
        (
            "Hundreds of dockers had blocked the entrance to the port of Tema since Monday, "
            "halting exports of cocoa.",
            ("144", "GHA", "GHA"),
        ),
    ],
)
def test_a_protest_told_in_the_pluperfect_is_the_days_news(
    coder: Coder, text: str, first: tuple[str, str, str]
) -> None:
    assert firsts(wire(coder, "ACCRA", text, TAX)) == first


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of farmers had gathered outside parliament earlier this month, chanting "
        "slogans against the tax.",
        "Hundreds of farmers had gathered outside parliament since the harvest failed, chanting "
        "slogans against the tax.",
        "Police had used tear gas to break up protests outside parliament on Tuesday.",
        "The president had declared a curfew, which set off protests in several towns.",
    ],
)
def test_a_protest_dated_earlier_or_under_another_verb_stays_background(
    coder: Coder, text: str
) -> None:
    assert wire(coder, "ACCRA", text, TAX) == []
