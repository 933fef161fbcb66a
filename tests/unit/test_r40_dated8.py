"""Round 40, dated8: labelling guide point 30 (docs/labelling.md, section 4) for a named month:
in agency copy, whose dateline gives the report's month, an act a body sentence dates "in" or
"on" another month ("in January", "in late January", "in October 2024", "on Feb. 20") is
background, as one dated "last month" is (round 46: in a news site's copy, which has no month of
the report, any month). The lead, a sentence coded alone, the dateline's own month, a day of the
story also named and a sentence of the future keep their act. Every sentence in these tests was
written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, second

coder = recommended_coder

CONAKRY = (
    "CONAKRY, March 12 (Reuters) - Guinean police fired tear gas at marchers in Conakry on "
    "Tuesday. "
)
SITE_LEAD = "Guinean police fired tear gas at marchers in Conakry on Tuesday, witnesses said. "


def test_the_dateline_gives_the_report_month() -> None:
    from tensionwatch.domain.context import dateline_date

    assert dateline_date("CONAKRY, March 12 (Reuters) - ") == (3, 12)
    assert dateline_date("MONROVIA, Sept 3 (Xinhua) -- ") == (9, 3)
    assert dateline_date("MONROVIA, Liberia (AP) - ") == (0, 0)
    assert dateline_date("MONROVIA: ") == (0, 0)


def test_an_opening_phrase_dated_in_an_earlier_month_dates_the_act(coder: Coder) -> None:
    text = "In a plebiscite in October 2024, Liberian voters endorsed a union with Guinea, " + (
        "angering Sierra Leone."
    )
    assert second(coder, text, CONAKRY) == []
    # a news site's copy names no month of its report, and an opening phrase there is left to
    # relevance._month_opening (round 46 reads a month after the act's start as earlier there:
    # test_r46_dates46); the lead and a sentence alone keep theirs
    assert "SUPPORT" in second(coder, text, SITE_LEAD)
    assert "SUPPORT" in [e.plover_type for e in article(coder, text)]
    lead = "CONAKRY, March 12 (Reuters) - Guinea and Liberia met in January and agreed to " + (
        "reopen their border. Guinean police fired tear gas at marchers on Tuesday."
    )
    assert "AGREE" in [e.plover_type for e in article(coder, lead) if e.sentence_index == 0]


def test_the_report_month_is_the_story_own(coder: Coder) -> None:
    # round 41 (false8): a day of the report's month more than two days before the dateline's
    # is background too (relevance._earlier_day), so the story's own turn is "March 11" here
    text = "In a plebiscite on March 11, Liberian voters endorsed a union with Guinea, " + (
        "angering Sierra Leone."
    )
    assert "SUPPORT" in second(coder, text, CONAKRY)


def test_a_closing_month_dates_the_act_after_a_list_aside(coder: Coder) -> None:
    text = (
        "Guinean soldiers shot dead 31 herders, among them nine boys, in three hamlets in January."
    )
    assert second(coder, text, CONAKRY) == []
    assert second(coder, text, SITE_LEAD) == []  # round 46: any month in site copy
    # ", including nine boys," is a list's aside, no gerund of a charge's content
    text = "In its statement, Amnesty said Guinean soldiers had shot dead 31 herders, " + (
        "including nine boys, in three hamlets in January."
    )
    assert second(coder, text, CONAKRY) == []
    assert "ASSAULT" in second(coder, text.replace(" in January", ""), CONAKRY)


def test_a_month_after_the_act_dates_it_and_the_verb_joined_to_it_codes_nothing(
    coder: Coder,
) -> None:
    text = "The ministers of Guinea and Liberia met in Monrovia in January and agreed to " + (
        "reopen the border."
    )
    assert second(coder, text, CONAKRY) == []
    assert second(coder, text, SITE_LEAD) == []  # round 46: any month in site copy
    text = "Guinea recalled its ambassador from Liberia in January, citing border raids."
    assert second(coder, text, CONAKRY) == []
    assert second(coder, text, SITE_LEAD) == []


def test_a_day_of_the_story_keeps_the_act(coder: Coder) -> None:
    text = "Guinea recalled its ambassador from Liberia on Wednesday over raids in January."
    assert "SANCTION" in second(coder, text, CONAKRY)


def test_a_month_just_ahead_of_the_report_may_be_the_future(coder: Coder) -> None:
    text = "Guinea threatened to recall its ambassador from Liberia in April."
    assert "THREATEN" in second(coder, text, CONAKRY)
    # the same month with a year of the past is past
    assert second(coder, text.replace("April", "April 2024"), CONAKRY) == []


def test_a_sentence_of_the_future_names_no_earlier_month() -> None:
    from tensionwatch.domain.relevance import _earlier_months

    words = "guinea will sign the accord in january".split()
    assert _earlier_months(words, 3) == []
    assert _earlier_months(words[:1] + ["signed"] + words[3:], 3) == [(4, 6)]
