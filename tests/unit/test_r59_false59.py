"""Round 59 (false59): false events on the sports pages and in standing arrangements.

In an article framed as sport (a match report), a sentence that names no state party as a side
and no dissent holds no political act: a player "led the attack", fans poured into the streets
after a win. A sentence that names a protest keeps its act. An act in the simple present with
an adverb of habit ("jointly patrol") or a regular activity held ("hold regular joint patrols")
is how things stand; an agreement to hold them and a patrol of the day stay."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_in, recommended_coder, undated

coder = recommended_coder

SITE_MATCH = (
    "The Leones de Ponce beat the Atleticos de San German 101-95 on Tuesday night at the "
    "Auditorio Juan Pachin Vicens, going 3-1 up in the best-of-seven semifinal of the island's "
    "basketball league. The visiting coach said his players had run out of legs in the fourth "
    "quarter. San German's centre, the circuit's top rebounder, managed only nine "
    "points. "
)
WIRE_MATCH = (
    "LIMA, June 3 (Reuters) - Peru beat Chile 2-0 in a World Cup qualifier on Tuesday night, "
    "with both goals coming after half-time. The Peru coach said his players had deserved the "
    "win. Chile's goalkeeper was sent off in the 80th minute. "
)


def test_a_players_attack_in_a_match_report_is_no_assault(coder: Coder) -> None:
    sentence = (
        "Guard Luis Ortiz led the Ponce attack with 31 points, including six three-pointers, "
        "four of them in the fourth quarter."
    )
    assert coded_in(undated(coder, SITE_MATCH + sentence), 3) == []


def test_fans_in_the_streets_after_a_win_are_no_protest(coder: Coder) -> None:
    sentence = (
        "In Lima, Trujillo and Piura, crowds in their tens of thousands poured into the streets, "
        "wrapped in red banners, blowing whistles and lighting fireworks until sunrise."
    )
    assert coded_in(undated(coder, WIRE_MATCH + sentence), 3) == []


def test_fans_protesting_against_the_government_keep_their_protest(coder: Coder) -> None:
    sentence = "Thousands of fans marched through Lima to protest against the government's cuts."
    codes = [code for code, _, _ in coded_in(undated(coder, WIRE_MATCH + sentence), 3)]
    assert "141" in codes


# Habits and standing arrangements told in the simple present (relevance._present_habit).
WIRE_LEAD = (
    "CHISINAU, May 14 (Reuters) - Moldova's parliament on Tuesday approved a law on the status "
    "of the breakaway region, drawing a sharp rebuke from Moscow. "
)


def test_troops_that_jointly_patrol_a_zone_are_a_standing_arrangement(coder: Coder) -> None:
    sentence = (
        "Russian and Moldovan soldiers jointly patrol a buffer zone along the river under a 1992 "
        "ceasefire."
    )
    assert coded_in(undated(coder, WIRE_LEAD + sentence), 1) == []


def test_services_that_hold_regular_joint_patrols_are_a_habit(coder: Coder) -> None:
    sentence = (
        "Farmers often cross the unmarked border, and the two countries' customs services hold "
        "regular joint patrols."
    )
    assert coded_in(undated(coder, WIRE_LEAD + sentence), 1) == []


def test_an_agreement_to_hold_regular_joint_patrols_stays(coder: Coder) -> None:
    sentence = "Both interior ministers agreed to hold regular joint patrols on the frontier."
    assert [code[:2] for code, _, _ in coded_in(undated(coder, WIRE_LEAD + sentence), 1)] == ["03"]


def test_a_patrol_of_the_day_stays(coder: Coder) -> None:
    sentence = "Russian soldiers patrolled the buffer zone on Tuesday."
    assert [code for code, _, _ in coded_in(undated(coder, WIRE_LEAD + sentence), 1)] == ["150"]
