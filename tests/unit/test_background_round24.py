"""Relevance, round 24 (wave 2): a pluperfect act no one reports is background in a news
site's copy as in agency copy, and acts ranked by a superlative ("the largest protests since
...") are a figure of the story. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain import relevance
from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, second

SITE_LEAD = (
    "Police in Lyon detained four union leaders on Tuesday after a march against pension "
    "cuts turned violent. "
)
WIRE_LEAD = (
    "LYON, France (Reuters) - Police in Lyon detained four union leaders on Tuesday after a "
    "march against pension cuts turned violent. "
)


coder = evaluation_coder


@pytest.mark.parametrize("lead", [SITE_LEAD, WIRE_LEAD])
@pytest.mark.parametrize(
    "text",
    [
        "The mayor had demanded that the prefect ban the march.",
        "Union leaders had asked the government for talks weeks before the vote.",
    ],
)
def test_a_pluperfect_no_one_reports_is_background(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # reported: the story's act
        ("The prefect said the police had detained four more marchers.", "COERCE"),
        # the simple past is the day's act
        ("The mayor demanded that the prefect release the union leaders.", "REQUEST"),
    ],
)
def test_a_reported_or_simple_past_act_stays(coder: Coder, text: str, plover: str) -> None:
    assert plover in second(coder, text, SITE_LEAD)


def test_an_ultimatum_recalled_in_the_pluperfect_still_runs_in_a_site_report(coder: Coder) -> None:
    # round 48 (types48): an ultimatum is a demand (docs/labelling.md, section 3), REQUEST
    text = "The mayor had given the prefect until Friday to ban the march."
    assert "REQUEST" in second(coder, text, SITE_LEAD)
    # in agency copy the recalled ultimatum is background, as every pluperfect act
    assert second(coder, text, WIRE_LEAD) == []


def _aside(text: str, trigger: str, wire: bool = True) -> bool:
    words = [w.lower() for w in text.replace(",", " ,").replace(".", " .").split()]
    first = words.index(trigger)
    return relevance.agency_aside("141", words, first, first, wire)


@pytest.mark.parametrize("wire", [True, False])
def test_acts_ranked_by_a_superlative_are_a_figure(wire: bool) -> None:
    assert _aside("They were the largest protests in Lyon since 1995 .", "protests", wire)
    assert _aside("The reform set off the biggest street protests in a decade .", "protests", wire)


def test_a_superlative_with_the_day_named_or_not_on_the_act_stays() -> None:
    assert not _aside("Workers joined the largest protests in years on Tuesday .", "protests")
    assert not _aside("The largest union called protests across the country .", "protests")
    assert not _aside("Thousands joined protests in the largest city .", "protests")


@pytest.mark.parametrize("lead", [SITE_LEAD, WIRE_LEAD])
@pytest.mark.parametrize(
    "text",
    [
        # a deed a report says a party would do is a plan
        "The prefect said the state would deploy 300 more riot police in Lyon.",
        # what a party would seek to do is a plan, whatever the act
        "Opposition deputies said they would seek to impeach the interior minister.",
    ],
)
def test_a_deed_under_a_modal_is_a_plan(coder: Coder, lead: str, text: str) -> None:
    assert second(coder, text, lead) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # announcing a threat is the act
        (
            "The interior minister warned that the government would ban all marches in the "
            "city if the violence continued.",
            "13",
        ),
        # a day of the story named: the news of that day
        ("The army said it would deploy 300 more soldiers to Lyon on Friday.", "15"),
        # a deed told in the past is done
        ("The government deployed 300 more riot police in Lyon, the prefect said.", "15"),
    ],
)
def test_a_threat_or_a_deed_done_stays(coder: Coder, text: str, root: str) -> None:
    roots = [e.cameo_code[:2] for e in article(coder, WIRE_LEAD + text) if e.sentence_index == 1]
    assert root in roots, roots


CANBERRA_LEAD = (
    "CANBERRA (Reuters) - Australia's trade minister met his Chinese counterpart in Canberra "
    "on Tuesday. "
)


def test_a_year_after_a_list_of_nouns_dates_the_act(coder: Coder) -> None:
    text = "Beijing imposed tariffs on Australian barley, wine and beef in 2019."
    assert second(coder, text, CANBERRA_LEAD) == []


def test_the_same_list_with_the_day_named_keeps_the_act(coder: Coder) -> None:
    text = "Beijing imposed tariffs on Australian barley, wine and beef on Tuesday."
    assert "SANCTION" in second(coder, text, CANBERRA_LEAD)
