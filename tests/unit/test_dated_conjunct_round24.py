"""Relevance, round 24: an act joined by "and" right after a month that dates the act before
it ("was detained in March and charged with sedition"), or hung by a subordinator on a clause
a month dates ("fled in January, shortly before a judge ordered his arrest"), is dated too, in
agency and news-site copy alike; and a promise held over time ("has repeatedly promised") in a
news site's body is a standing one. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, second

WIRE_LEAD = (
    "MADRID (Reuters) - Spanish police detained four members of a separatist cell on Tuesday, "
    "accusing them of planning to sabotage rail lines. "
)
SITE_LEAD = (
    "Spanish police have detained four members of a separatist cell accused of planning to "
    "sabotage rail lines. "
)


coder = evaluation_coder


@pytest.mark.parametrize("lead", [WIRE_LEAD, SITE_LEAD])
@pytest.mark.parametrize(
    "text",
    [
        "The cell's leader was detained at Barajas airport in March and charged with sedition.",
        "The navy shadowed the trawler in June 2023 and fired warning shots near the coast.",
        # an act hung by a subordinator or a relative word on a clause dated by a month
        "The cell's leader fled to Andorra in January, shortly before a judge ordered his arrest.",
        "The Senate passed the bill in April as part of a pact in which Podemos backed the budget.",
    ],
)
def test_act_after_a_dated_conjunct_is_no_event(coder: Coder, text: str, lead: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize("lead", [WIRE_LEAD, SITE_LEAD])
def test_the_days_conjoined_act_stays(coder: Coder, lead: str) -> None:
    # no month before the "and": the day's act
    text = "Police raided the cell's flat in Valencia and charged its leader with sedition."
    assert "COERCE" in second(coder, text, lead)


@pytest.mark.parametrize("lead", [WIRE_LEAD, SITE_LEAD])
def test_main_act_after_a_dated_relative_stays(coder: Coder, lead: str) -> None:
    # the month dates the relative clause, not the main act after it
    text = "The interior minister, who took office in July, ordered the police to raid the flat."
    assert second(coder, text, lead) != []


SITE_OPENING = (
    "Madrid's regional government has approved a plan to build 20,000 rental homes by 2030. "
)


def test_standing_promise_in_a_site_body_is_no_event(coder: Coder) -> None:
    # a promise held over time ("has repeatedly promised") in the body of a news site's report:
    # standing. Round 47 (miss47f): the plain perfect in a site's body is the day's promise
    # (docs/labelling.md, point 14; `test_r47_miss47f`), agency copy keeps it standing
    text = "The central government has repeatedly promised Madrid extra funding."
    assert second(coder, text, SITE_OPENING) == []


def test_promise_in_a_site_lead_stays(coder: Coder) -> None:
    # the lead's perfect is the news
    text = "Spain's government has promised Madrid extra funding to build 20,000 rental homes."
    assert [e.plover_type for e in article(coder, text) if e.sentence_index == 0] != []
