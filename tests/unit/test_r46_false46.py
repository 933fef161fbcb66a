"""Round 46, false46: false events on irrelevant sentences of copy first scored blind (wp27-30,
fp21-24), by mechanism. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events_in, recommended_coder, site_codes_in

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


# --- a news site's "has long" act is a habit (point 14); a demand long made stays ------------


def test_site_act_long_done_is_a_habit(coder: Coder) -> None:
    body = DEBATE + "The Romanian navy has long patrolled alongside the Moldovan border police."
    assert site_codes_in(coder, body, 1) == set()


def test_site_act_done_now_stays(coder: Coder) -> None:
    # near miss: the same act with no span is the day's act in site copy (point 14)
    body = DEBATE + "Romania has sent border guards to help the Moldovan border police."
    assert site_codes_in(coder, body, 1)


# --- a lawsuit a party "would" bring is a plan, with a day named too -------------------------


RALLY = (
    "APIA, May 14 (Reuters) - Police in Apia dispersed a rally of the Green Alliance on Tuesday. "
)


def test_lawsuit_announced_with_a_day_is_a_plan(coder: Coder) -> None:
    body = RALLY + (
        "The Green Alliance said it would file a defamation suit against the interior minister "
        "on Thursday."
    )
    assert [e.cameo_code for e in events_in(coder, body, 1)] == []


def test_lawsuit_filed_on_a_day_stays(coder: Coder) -> None:
    # near miss: the suit filed is the act
    body = RALLY + (
        "The Green Alliance filed a defamation suit against the interior minister on Thursday."
    )
    assert [e.cameo_code for e in events_in(coder, body, 1)] == ["115"]


# --- the sports pages: a club's supporters are fans, a ski federation is a sport's body ------

DERBY = (
    "A late header from Tomas Vrba gave Lyon a 2-1 win over Marseille on Saturday. "
    "Marseille's coach said the referee had missed a clear foul in the first half. "
    "The league's disciplinary panel will review the red card shown to the Lyon goalkeeper. "
)


def test_club_supporters_criticising_the_board_are_fans(coder: Coder) -> None:
    body = (
        DERBY
        + "Marseille supporters have criticised the club's board over the sale of its captain."
    )
    assert site_codes_in(coder, body, 3) == set()


def test_opposition_supporters_on_a_political_page_stay(coder: Coder) -> None:
    # near miss: no sports page, the supporters are the opposition's (point 38)
    body = (
        "Riot police closed a bridge in Tbilisi as an opposition rally grew on Saturday. "
        "Opposition supporters have accused the interior ministry of beating detainees."
    )
    assert site_codes_in(coder, body, 1)


SLALOM = (
    "Ragna Holt won the women's slalom in Levi on Sunday, her third World Cup victory of the "
    "season. The 24-year-old skier finished 0.31 seconds ahead of Austria's Mira Egger. "
    "Fog delayed the second run by an hour. "
)


def test_ski_federation_sanctioning_teams_is_sport(coder: Coder) -> None:
    body = SLALOM + (
        "Citing doctored race suits, the International Ski Federation has imposed sanctions on "
        "the Slovenian relay team and struck its result from the record."
    )
    assert site_codes_in(coder, body, 3) == set()
