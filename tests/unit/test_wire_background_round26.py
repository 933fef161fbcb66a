"""Relevance, round 26: what agency copy tells around its news. A month with its year dates
another year's act (agency style gives the current year's dates without the year); a
pluperfect after an apposition is still the main clause's; a perfect act over weeks is a span;
"March" before a day is the month; charges "he said were politically motivated" describe the
charges; a meeting on the calendar is a plan; a perfect act counted ("so far", "a dozen times")
or never done is a record or a standing state; a veto overridden is no veto; mobile phones are
devices; "It was the second time this year that ..." ranks the news, a record; the penalty a
charge "carries" is no sentence. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, second

WIRE_LEAD = (
    "SANTIAGO, Chile (Reuters) - Chilean police detained a senator of the ruling coalition on "
    "Tuesday over a bribery inquiry, prosecutors said. "
)


coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        # a month with its year, in the act's clause
        "The senator was arrested in March 2021 hours after a televised debate.",
        # a part of a year dates an act as the year does; so does a year set apart by a comma
        "The cabinet declared a state of emergency in the north in early 2020.",
        "Police fired tear gas at students during the last election, in 2021.",
        # commas of a list do not end the clause
        "Protesters stormed the rectorate, the library and the main hall in Valparaiso on "
        "Oct. 18, 2019.",
        # a pluperfect after an apposition closed by its comma
        "Rojas, leader of the main opposition party, had demanded the minister's resignation "
        "before the vote.",
        # a perfect act over weeks
        "Dock workers in Valparaiso have been on strike for weeks over pay.",
        # the month, not a march
        "Chile holds a referendum on March 12 on the new constitution.",
        # how the accused describes the charges
        "The former mayor is serving a six-year sentence on corruption charges that he says "
        "are politically motivated.",
        "The former mayor is serving a six-year sentence on corruption charges he said were "
        "fabricated.",
        # a count of acts or "never" after a perfect verb: a record, a standing state
        "The president has vetoed nine bills so far.",
        "The president has vetoed opposition bills more than a dozen times.",
        "Santiago and La Paz have never signed a treaty on the border.",
        # the veto is what is overridden
        "The coalition lacks the majority it would need to override a veto.",
        # a sentence that ranks the news among its kind is a record
        "It was the second time this year that police used tear gas on protesters.",
        "It was the third time in a month that the government expelled a foreign reporter.",
        # the penalty a charge carries: no sentence passed
        "The charges carry a maximum sentence of 20 years in prison.",
        # the device, not a call
        "Bolivian mobile phones pick up Chilean networks near the border, residents said.",
        # a meeting on the calendar, dated or not
        "The interior minister is due to meet union leaders in Santiago on Thursday.",
        "The lower house will vote on the bill when it meets next week.",
    ],
)
def test_background_and_plans_give_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text, WIRE_LEAD) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a day of the story named: the news, whatever year a later phrase names
        (
            "Police detained the senator on Wednesday, two years after a court cleared him in "
            "March 2022.",
            "COERCE",
        ),
        # the simple past after an apposition is the day's act
        (
            "Rojas, leader of the main opposition party, demanded the minister's resignation.",
            "REQUEST",
        ),
        ("Dock workers in Valparaiso went on strike on Wednesday over pay.", "PROTEST"),
        ("Opposition supporters held a march in Santiago on Wednesday.", "PROTEST"),
        ("The senator's lawyers said the charges were politically motivated.", "ACCUSE"),
        ("The interior minister met union leaders in Santiago on Wednesday.", "CONSULT"),
        ("The president vetoed the pension bill on Wednesday.", "REJECT"),
        ("A court sentenced the senator to 20 years in prison on Wednesday.", "COERCE"),
        # a place named again after an opening phrase is no apposition of a subject (word
        # order of machine-translated copy): the meeting is the day's news
        (
            "In the Argentine capital, Buenos Aires, had met earlier in the day the US envoy for "
            "the region, John Smith, and Argentina's deputy foreign minister Pablo Quirno.",
            "CONSULT",
        ),
        # a party ranked by its act, and an act joined after the ranking clause
        ("Police were the first to open fire on the marchers, witnesses said.", "ASSAULT"),
        (
            "It was the largest protest in Santiago since 2019, and police detained 40 people.",
            "COERCE",
        ),
    ],
)
def test_the_news_itself_stays(coder: Coder, text: str, plover: str) -> None:
    assert plover in second(coder, text, WIRE_LEAD)


def test_a_visit_announced_is_left_alone(coder: Coder) -> None:
    text = (
        "Chilean President Gabriel Boric is due to travel to Buenos Aires on Friday for talks "
        "with Argentine President Javier Milei."
    )
    assert "CONSULT" in second(coder, text, WIRE_LEAD)
