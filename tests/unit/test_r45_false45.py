"""Round 45, false45: false events on irrelevant sentences of copy the rules were not written on.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, site_codes_in

coder = recommended_coder

LEAD = (
    "Thousands of farmers blocked the main roads into Korvena on Monday, demanding the "
    "government scrap a new tax on diesel. "
)
STEP_DOWN = "0341"  # CAMEO "Express intent to change leadership"


# --- a resignation announced to no one is no act (labelling guide point 25) -------------------


def test_resignation_announced_to_no_one_is_no_act_codes_nothing(coder: Coder) -> None:
    body = (
        LEAD
        + "Agriculture Minister Petra Holm said she was prepared to step down if the talks failed."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_resignation_due_is_no_act_codes_nothing(coder: Coder) -> None:
    body = LEAD + (
        "Agriculture Minister Petra Holm left the capital by helicopter on Tuesday, a day before "
        "she was due to resign."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_resignation_told_to_reporters_is_no_act_codes_nothing(coder: Coder) -> None:
    body = (
        LEAD
        + "Agriculture Minister Petra Holm told reporters she would resign at the end of the week."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_resignation_promised_to_a_named_side_stays(coder: Coder) -> None:
    body = LEAD + (
        "The head of the farmers' union said Prime Minister Arvid Lannes had told him that he "
        "would step down in March."
    )
    assert STEP_DOWN in site_codes_in(coder, body, 1)


def test_resignation_agreed_stays(coder: Coder) -> None:
    body = LEAD + (
        "Agriculture Minister Petra Holm agreed to resign after a meeting with the union's leaders."
    )
    assert STEP_DOWN in site_codes_in(coder, body, 1)


# --- an epidemic story is a page of another topic: the health ministry's advice is a service --


EPIDEMIC = (
    "Malaria infections in Paraguay's northern Chaco region have risen sharply since the start "
    "of the rainy season, local clinics say. {appeal} Spraying teams have been sent to the "
    "worst-hit districts to kill mosquito larvae. Epidemiologists blame warmer nights, which let "
    "the mosquitoes breed for longer. The opposition accused the health minister of ignoring "
    "warnings from doctors for months. Nearly 40 people have died of the disease this year."
)


def test_health_advice_in_an_epidemic_story_is_no_act(coder: Coder) -> None:
    body = EPIDEMIC.format(appeal="The ministry urged residents to sleep under treated nets.")
    assert site_codes_in(coder, body, 1) == set()


def test_parents_told_to_keep_children_in_is_no_act(coder: Coder) -> None:
    body = EPIDEMIC.format(
        appeal="Officials in Asuncion asked parents to keep children indoors at dusk."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_accusation_in_an_epidemic_story_stays(coder: Coder) -> None:
    body = EPIDEMIC.format(appeal="The ministry urged residents to sleep under treated nets.")
    assert site_codes_in(coder, body, 4) == {"112"}


# --- a pair of places before "between" and two years: the span dates the act ------------------


def test_tests_on_two_atolls_between_two_years_are_background(coder: Coder) -> None:
    text = (
        "France conducted 193 nuclear tests at Mururoa and Fangataufa atolls between 1966 and 1996."
    )
    assert code_list(coder, text) == []


def test_shelling_of_two_villages_between_two_days_stays(coder: Coder) -> None:
    text = "The army shelled Tiris and Bolvar villages between Monday and Wednesday."
    assert code_list(coder, text) == ["194"]


# --- an act in the complement of "is expected to" is the report's forecast ---------------------


def test_visit_expected_is_no_act(coder: Coder) -> None:
    text = "Slovakia's president is expected to travel to Vienna next month for talks."
    assert code_list(coder, text) == []


def test_sentence_expected_to_be_served_is_no_act(coder: Coder) -> None:
    text = "The convicted senator is expected to serve his sentence at a prison on the coast."
    assert code_list(coder, text) == []


def test_visit_paid_with_a_stay_expected_stays(coder: Coder) -> None:
    text = (
        "Albania's prime minister paid a surprise visit to Rome on Tuesday, where he is "
        "expected to stay until Friday."
    )
    assert code_list(coder, text) == ["042"]


def test_request_for_a_meeting_expected_later_stays(coder: Coder) -> None:
    text = (
        "Albania asked Italy for an urgent meeting of the two interior ministers, which is "
        "expected to take place on Friday."
    )
    assert code_list(coder, text) == ["026"]
