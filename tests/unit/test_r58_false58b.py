"""Round 58 (false58b): false events on sentences people found no political act in.

Three forms: a government suspending its own officials (discipline inside the state, as a
dismissal is), a boycott of an election named as a past one ("the last presidential election",
"April's local elections") in agency copy, and a protest banned in the narration's pluperfect on
a news site. Each keeps a near miss."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, recommended_coder, undated_in

coder = recommended_coder

WIRE_LEAD = (
    "LUSAKA, May 14 (Reuters) - Zambia's opposition said on Tuesday it would not take part in "
    "talks on a new electoral law, accusing the government of drafting it alone."
)
SITE_LEAD = (
    "Police in Izmir detained dozens of students who marched on the city's main square on "
    "Wednesday to protest against the arrest of the city's mayor."
)


def test_a_government_suspending_its_own_officials_is_no_act(coder: Coder) -> None:
    sentence = "The Zambian government suspended the four officials on Monday pending an inquiry."
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_suspending_opposition_lawmakers_stays_a_sanction(coder: Coder) -> None:
    sentence = "Parliament suspended three opposition lawmakers on Tuesday."
    assert [code for code, _, _ in coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1)] == [
        "172"
    ]


def test_a_boycott_of_the_last_election_is_background(coder: Coder) -> None:
    sentence = "The main opposition parties boycotted the last parliamentary election."
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_a_boycott_of_a_months_election_is_background(coder: Coder) -> None:
    sentence = "Opposition parties, which hold no seats, boycotted August's local elections."
    assert coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1) == []


def test_a_boycott_of_the_election_stays(coder: Coder) -> None:
    sentence = "The main opposition parties boycotted the election."
    assert [code for code, _, _ in coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1)] == [
        "143"
    ]


def test_a_boycott_of_sundays_election_stays(coder: Coder) -> None:
    sentence = "The main opposition parties boycotted Sunday's election."
    assert [code for code, _, _ in coded_in(article(coder, f"{WIRE_LEAD} {sentence}"), 1)] == [
        "143"
    ]


def test_a_protest_ban_in_the_pluperfect_is_background(coder: Coder) -> None:
    sentence = (
        "The Izmir governor's office had banned all demonstrations in the district for a week."
    )
    assert undated_in(coder, f"{SITE_LEAD} {sentence}", 1) == []


def test_a_protest_ban_in_the_past_stays(coder: Coder) -> None:
    sentence = "The Izmir governor's office banned all demonstrations in the district for a week."
    assert [e.cameo_code for e in undated_in(coder, f"{SITE_LEAD} {sentence}", 1)] == ["1721"]


def test_a_curfew_in_the_pluperfect_stays(coder: Coder) -> None:
    sentence = "The governor had ordered a curfew across the province for the night."
    assert [e.cameo_code[:3] for e in undated_in(coder, f"{SITE_LEAD} {sentence}", 1)] == ["172"]
