"""Round 46, dates46: labelling guide point 30 (docs/labelling.md, section 4) in news-site copy.
A site's article has no dateline to give the month of its report and tells the day it reports by
a weekday or the present perfect: a month that dates a body sentence's act ("in June", "on
November 26") is an earlier month, background. The lead, a sentence coded alone, agency copy's
own month, a month in a relative clause and one after an infinitive (a threat's content) keep
their act. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, second

coder = recommended_coder

SITE_LEAD = "Tanzanian police have arrested nine student leaders in Dodoma, their union said. "
AGENCY_LEAD = (
    "DODOMA, June 20 (Reuters) - Tanzanian police arrested nine student leaders in Dodoma on "
    "Thursday, their union said. "
)
TEAR_GAS = "Police fired tear gas at striking teachers in Mwanza in March."


def test_a_month_after_the_act_is_background_in_site_copy(coder: Coder) -> None:
    assert second(coder, TEAR_GAS, SITE_LEAD) == []
    # near miss: the same act with no month is the story's
    assert "ASSAULT" in second(coder, TEAR_GAS.replace(" in March", ""), SITE_LEAD)


def test_a_calendar_day_is_background_in_site_copy(coder: Coder) -> None:
    text = (
        "Soldiers raided the offices of the Arusha Mirror on October 14 and seized its computers."
    )
    assert second(coder, text, SITE_LEAD) == []
    assert "COERCE" in second(coder, text.replace(" on October 14", ""), SITE_LEAD)


def test_agency_copy_keeps_its_own_month(coder: Coder) -> None:
    # the dateline's month is the report's own in agency copy: a day of it is the story's
    text = TEAR_GAS.replace("in March", "on June 19")
    assert "ASSAULT" in second(coder, text, AGENCY_LEAD)


def test_a_month_of_a_relative_clause_keeps_the_act(coder: Coder) -> None:
    text = "Chadema leader Tundu Mbowe, who was jailed in March, accused the police of brutality."
    assert "ACCUSE" in second(coder, text, SITE_LEAD)


def test_a_month_after_an_infinitive_keeps_the_threat(coder: Coder) -> None:
    text = "Chadema threatened to boycott the vote in September unless the students are freed."
    assert "THREATEN" in second(coder, text, SITE_LEAD)


def test_the_lead_keeps_its_month(coder: Coder) -> None:
    assert "ASSAULT" in [e.plover_type for e in article(coder, TEAR_GAS)]


def test_a_month_of_a_past_perfect_relative_keeps_the_act(coder: Coder) -> None:
    # "it had kidnapped in July" dates the relative's act, not the release (agency copy too)
    text = "The rebels freed three soldiers they had seized in March, handing them to a bishop."
    assert "RETREAT" in second(coder, text, AGENCY_LEAD)
    assert "RETREAT" in second(coder, text, SITE_LEAD)
    assert second(coder, "The rebels freed three soldiers in March.", SITE_LEAD) == []


UNDATED_WIRE = (
    "NAIROBI (Reuters) - Kenyan riot police broke up a sit-in by nurses outside the health "
    "ministry on Tuesday. "
)
THANKS = (
    "Foreign Minister Amina Ruto thanked Uganda for its help since the floods in April and "
    "invited President Yoweri Museveni to visit Nairobi."
)


def test_agency_copy_without_a_date_reads_any_month_as_earlier(coder: Coder) -> None:
    # a dateline with no day gives no month of the report either: as in a news site's copy
    assert second(coder, THANKS.replace(" since the floods", ""), UNDATED_WIRE) == []
    assert "SUPPORT" in second(
        coder, THANKS.replace(" since the floods in April", ""), UNDATED_WIRE
    )


def test_a_month_after_since_dates_another_event(coder: Coder) -> None:
    assert "AGREE" in second(coder, THANKS, UNDATED_WIRE)
    # near miss: the month itself dates the thanks and the invitation joined to it (above)


def test_last_weekday_dates_an_earlier_act(coder: Coder) -> None:
    # "last Friday" is the week before the story's, as "last week" is; "on Friday" is its own
    text = "The Anglican bishops urged the government last Friday to free the students."
    assert second(coder, text, SITE_LEAD) == []
    assert "REQUEST" in second(coder, text.replace("last Friday", "on Friday"), SITE_LEAD)


def test_a_period_closing_an_aside_after_the_subject_dates_the_act(coder: Coder) -> None:
    text = (
        "The Anglican bishops, in a sermon broadcast last Friday, urged the government to free "
        "the students."
    )
    assert second(coder, text, SITE_LEAD) == []
    # near miss: a relative clause's period is its own act's
    relative = text.replace("in a sermon broadcast", "who spoke")
    assert "REQUEST" in second(coder, relative, SITE_LEAD)


def test_a_month_opening_is_left_to_the_opening_rule(coder: Coder) -> None:
    # relevance._month_opening keeps a passive so opened (the article set codes such
    # kidnappings); the same month after the act is an earlier one
    text = "In March, a Tanzanian trader was seized by Burundian gunmen near Kigoma."
    assert "ASSAULT" in second(coder, text, SITE_LEAD)
    later = "A Tanzanian trader was seized by Burundian gunmen near Kigoma in March."
    assert second(coder, later, SITE_LEAD) == []


def test_a_month_after_over_dates_the_cause(coder: Coder) -> None:
    # "over the shooting ... in April" dates the shooting, the accusation is the story's
    text = "Tanzania accused Malawi over the shooting of a Tanzanian fisherman in April."
    assert "ACCUSE" in second(coder, text, SITE_LEAD)
    assert "ACCUSE" in second(coder, text, UNDATED_WIRE)
    # near miss: the month dates the act itself
    assert second(coder, "Tanzania summoned Malawi's envoy in April.", SITE_LEAD) == []
