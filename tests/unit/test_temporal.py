"""Timing resolves when an act happened from its sentence and the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tensionwatch.domain.temporal import Timing, resolve_timing

FRIDAY = date(2024, 5, 17)


def when(text: str, published: date | None = FRIDAY) -> date | None:
    return resolve_timing(text, published).event_date


def test_a_sentence_without_time_words_happened_on_the_publication_day() -> None:
    timing = resolve_timing("The navy intercepted a cargo ship near the coast.", FRIDAY)
    assert timing == Timing(event_date=FRIDAY, background=False)


def test_without_a_publication_date_a_sentence_without_time_words_has_no_date() -> None:
    assert resolve_timing("Rebels seized the airport.", None) == Timing(None, False)


def test_a_bare_weekday_is_the_most_recent_one_on_or_before_publication() -> None:
    assert when("On Tuesday, rebels shelled the town.") == date(2024, 5, 14)
    assert when("Rebels shelled the town on Friday.") == FRIDAY


def test_next_weekday_is_the_following_one() -> None:
    assert when("The envoys will meet next Tuesday.") == date(2024, 5, 21)
    assert when("The envoys will meet next Friday.") == date(2024, 5, 24)


def test_last_weekday_is_strictly_before_publication() -> None:
    assert when("The ministers spoke last Friday.") == date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops withdrew yesterday.", date(2024, 5, 16)),
        ("Shelling resumed last night.", date(2024, 5, 16)),
        ("The cabinet meets today.", FRIDAY),
        ("The president will speak tomorrow.", date(2024, 5, 18)),
        ("They signed the deal the day before yesterday.", date(2024, 5, 15)),
    ],
)
def test_relative_day_words_shift_the_publication_day(text: str, expected: date) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests spread this week.", FRIDAY),
        ("Protests spread last week.", date(2024, 5, 10)),
        ("Protests spread last month.", date(2024, 4, 1)),
        ("Protests spread last year.", date(2023, 1, 1)),
        ("Elections are due next month.", date(2024, 6, 1)),
        ("Two soldiers died three days ago.", date(2024, 5, 14)),
        ("The border closed two weeks ago.", date(2024, 5, 3)),
    ],
)
def test_relative_periods_resolve_against_publication(text: str, expected: date) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit opened on 9 May.", date(2024, 5, 9)),
        ("The summit opened on May 9.", date(2024, 5, 9)),
        ("The summit opened on May 9th, 2023.", date(2023, 5, 9)),
        ("The summit opened on Sept. 3, 2021.", date(2021, 9, 3)),
        ("The decree is dated 2022-11-30.", date(2022, 11, 30)),
        ("The summit may take place on the 4. or 5. March.", date(2024, 3, 4)),
        ("Observers arrived on the 21st of April.", date(2024, 4, 21)),
    ],
)
def test_calendar_dates_resolve_to_that_day(text: str, expected: date) -> None:
    assert when(text) == expected


def test_a_month_without_a_year_is_the_most_recent_one_not_after_publication() -> None:
    assert when("The envoy visited Seoul in February.") == date(2024, 2, 1)
    assert when("The envoy visited Seoul in May.") == date(2024, 5, 1)
    assert when("The envoy visited Seoul in November.") == date(2023, 11, 1)


def test_next_month_name_looks_forward() -> None:
    assert when("A new round is planned for next November.") == date(2024, 11, 1)


def test_a_month_with_a_year_or_of_this_year_resolves_to_its_first_day() -> None:
    assert when("The talks collapsed in June 2018.") == date(2018, 6, 1)
    assert when("The talks collapsed in March of this year.") == date(2024, 3, 1)
    assert when("The talks collapsed in March of last year.") == date(2023, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting flared in early April.", date(2024, 4, 1)),
        ("Fighting flared in mid-April.", date(2024, 4, 11)),
        ("Fighting flared in late April.", date(2024, 4, 21)),
        ("A visit is expected in the second half of April.", date(2024, 4, 16)),
        ("A visit is expected at the end of March 2023.", date(2023, 3, 21)),
    ],
)
def test_parts_of_a_month_resolve_to_their_earliest_plausible_day(
    text: str, expected: date
) -> None:
    assert when(text) == expected


def test_a_year_resolves_to_its_first_day() -> None:
    assert when("The two leaders last met in 2011.") == date(2011, 1, 1)


def test_an_explicit_date_long_before_publication_is_background() -> None:
    assert resolve_timing("The two leaders last met in 2011.", FRIDAY).background
    assert resolve_timing("The talks collapsed in June 2018.", FRIDAY).background
    assert resolve_timing("A ceasefire was agreed in January.", FRIDAY).background


def test_a_recent_explicit_date_is_not_background() -> None:
    assert not resolve_timing("A ceasefire was agreed in April.", FRIDAY).background
    assert not resolve_timing("The summit opened on May 9.", FRIDAY).background


def test_relative_words_are_never_background_except_last_year() -> None:
    assert not resolve_timing("Shelling resumed last month.", FRIDAY).background
    assert not resolve_timing("On Monday, rebels shelled the town.", FRIDAY).background
    assert resolve_timing("Shelling resumed last year.", FRIDAY).background


def test_the_first_expression_in_the_sentence_wins() -> None:
    text = "The pact signed in 2015 was broken on Tuesday."
    assert when(text) == date(2015, 1, 1)
    assert when("On Tuesday, the pact signed in 2015 was broken.") == date(2024, 5, 14)


def test_lowercase_may_and_the_name_may_are_not_months() -> None:
    assert when("Ministers may meet again, Theresa May said.") == FRIDAY


def test_words_that_merely_contain_a_month_are_not_months() -> None:
    assert when("Juncker visited the Mar-a-Lago resort.") == FRIDAY


def test_an_impossible_date_is_ignored() -> None:
    assert when("The letter was dated 2023-02-30.") == FRIDAY


def test_absolute_dates_resolve_without_a_publication_date() -> None:
    assert when("The decree is dated 2022-11-30.", None) == date(2022, 11, 30)
    assert when("The talks collapsed in June 2018.", None) == date(2018, 6, 1)


def test_relative_expressions_need_a_publication_date() -> None:
    assert resolve_timing("Troops withdrew yesterday.", None) == Timing(None, False)
    assert resolve_timing("The envoy visited Seoul in February.", None) == Timing(None, False)


def test_a_datetime_publication_is_reduced_to_its_date() -> None:
    published = datetime(2024, 5, 17, 23, 30)
    assert resolve_timing("Troops withdrew yesterday.", published).event_date == date(2024, 5, 16)
    assert type(resolve_timing("No time here.", published).event_date) is date


def test_timing_is_frozen() -> None:
    timing = resolve_timing("Troops withdrew yesterday.", FRIDAY)
    with pytest.raises(AttributeError):
        timing.background = True  # type: ignore[misc]


def test_time_words_inside_other_words_or_after_punctuation_are_handled() -> None:
    assert when("The holiday season began.") == FRIDAY
    assert when("Talks resumed (on Tuesday) in Geneva.") == date(2024, 5, 14)


def test_sentences_without_time_words_on_different_days_keep_their_own_day() -> None:
    assert when("Talks resumed.") == FRIDAY
    assert when("Talks resumed.", date(2020, 1, 2)) == date(2020, 1, 2)
    assert when("Talks resumed.", None) is None
