"""Round 46, false46: false events on irrelevant sentences of copy first scored blind (wp27-30,
fp21-24), by mechanism. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, site_codes_in

coder = recommended_coder

# --- a sentence ranking an act the story told, with the doer's possessive, is a figure -------


def test_launch_ranked_with_possessive_is_no_act(coder: Coder) -> None:
    body = (
        "Pyongyang test-fired a cruise missile off its east coast on Friday. "
        "It was the regime's third missile test since the summer drills."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_appeal_ranked_with_possessive_is_no_act(coder: Coder) -> None:
    body = (
        "The archbishop urged Kinshasa to end the fighting. "
        "It was the archbishop's fourth appeal on Congo since the spring."
    )
    assert site_codes_in(coder, body, 1) == set()


def test_possessive_without_rank_keeps_its_act(coder: Coder) -> None:
    # near miss: no rank after the possessive
    body = (
        "The archbishop urged Kinshasa to end the fighting. "
        "It was the archbishop's aide who urged the rebels to free the priests."
    )
    assert site_codes_in(coder, body, 1)


# --- what polls show or suggest is a finding: opinion, no act (section 1) ---------------------

DEBATE = "Moldova's parliament debated the border treaty on Monday. "


def test_polls_show_is_no_act(coder: Coder) -> None:
    body = DEBATE + "Polls show two thirds of Moldovans oppose a union with Romania."
    assert site_codes_in(coder, body, 1) == set()


def test_surveys_suggest_is_no_act(coder: Coder) -> None:
    body = DEBATE + "Surveys suggest most Moldovans reject a union with Romania."
    assert site_codes_in(coder, body, 1) == set()


def test_party_that_polls_suggest_will_win_keeps_its_act(coder: Coder) -> None:
    # near miss: the polls sit in a relative clause; the party's condemnation is the act
    body = DEBATE + (
        "The Liberal Front, which polls suggest will win the June vote, condemned the arrest "
        "of its candidate in Tarvel."
    )
    assert site_codes_in(coder, body, 1) == {"111"}
