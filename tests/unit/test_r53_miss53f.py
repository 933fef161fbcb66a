"""Round 53 (miss53f): misses of news-site copy, tested on sentences written for them.

- A crowd gathered or standing at a place with placards or banners ("assembled outside the
  prosecutor's office with banners reading ..."), or holding up photographs of those it speaks
  for outside a building or in silence, rallies there (141; docs/labelling.md section 2: a protest
  outside a court or a ministry names no target, the government is it; data/triggers.tsv). An
  official standing by photographs, a crowd holding them up to mourn or pray, and fans with
  banners on the sports pages stay out.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_root_sides, recommended_coder, undated_in

coder = recommended_coder

CHARGED = "Kyrgyz prosecutors charged three teachers with inciting unrest on Thursday. "
BLOGGERS = "Uzbek police detained five bloggers in Tashkent last week. "
PRESS_LAW = "Armenia's parliament passed a new press law on Tuesday. "
FLOODS = "Floods swept through northern Albania on Monday. "


def test_students_assembled_outside_office_with_banners(coder: Coder) -> None:
    body = (
        CHARGED + "Around 40 students assembled outside the regional prosecutor's office in Osh "
        'on Friday with banners reading "Free our teachers".'
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "KGZ", "EDU", "KGZ")


def test_people_have_gathered_in_square_with_placards(coder: Coder) -> None:
    body = (
        PRESS_LAW + "Some 300 people have gathered in the central square of Gyumri with "
        "placards reading 'Hands off our newspapers'."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "ARM", "CVL", "ARM")


def test_relatives_stood_outside_court_holding_photographs(coder: Coder) -> None:
    body = (
        BLOGGERS + "Relatives and friends of the five men stood outside the court in Tashkent "
        "for two hours, holding photographs of the bloggers."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "UZB", "CVL", "UZB")


def test_mothers_standing_in_silence_holding_up_portraits(coder: Coder) -> None:
    body = (
        BLOGGERS + "Dozens of their mothers were standing in silence near the prison gate, "
        "holding up portraits of their sons."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "UZB", "CVL", "UZB")


def test_minister_beside_rescuers_holding_photographs_is_no_rally(coder: Coder) -> None:
    body = (
        FLOODS + "The interior minister stood beside the rescue teams in Shkoder holding "
        "photographs of the damaged bridge."
    )
    assert undated_in(coder, body, 1) == []


def test_crowd_holding_photographs_to_pray_is_no_rally(coder: Coder) -> None:
    body = (
        FLOODS + "Hundreds of people gathered outside the church in Shkoder holding photographs "
        "of the dead to pray for them."
    )
    assert undated_in(coder, body, 1) == []


def test_fans_with_banners_outside_stadium_are_no_rally(coder: Coder) -> None:
    body = (
        "Partizan beat Red Star 2-1 in the Belgrade derby on Sunday. Several thousand fans "
        "gathered outside the stadium with banners celebrating the club's centenary."
    )
    assert undated_in(coder, body, 1) == []
