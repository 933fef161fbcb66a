"""Round 45 (miss45): acts of relevant site-copy sentences the coder gave nothing for, because
the project's lexicon had no trigger for them (PETRARCH-2's fallback found, at best, a verb too
weak to pass). Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, site_codes_in, undated_codes

coder = recommended_coder


# --- a beating told with what it was done with ---


def test_beating_with_batons_is_an_assault_whoever_the_victims(coder: Coder) -> None:
    """ "went door to door beating shopkeepers with clubs and belts": the weapon names the
    physical assault (182), though "shopkeepers" is on no list of victims."""
    body = (
        "Riot squads entered the market district of Kalunda on Friday night. Witnesses said the "
        "officers went door to door beating shopkeepers with clubs and belts."
    )
    assert undated_codes(coder, body) == ["182"]


def test_a_side_beaten_with_a_late_goal_is_no_assault_codes_nothing(coder: Coder) -> None:
    """Near miss: sport beats a side "with a late header", no weapon."""
    text = "Kalunda Rovers beat their city rivals 3-1 with a late header on Saturday."
    assert code_list(coder, text) == []


# --- people taken in for questioning, named at length ---


def test_taken_in_for_questioning_after_a_long_object(coder: Coder) -> None:
    """ "took three cousins of the missing union organiser in for questioning": the people
    taken fill more than the short gap of the older entry."""
    text = "Detectives took three cousins of the missing union organiser in for questioning."
    assert code_list(coder, text) == ["173"]


def test_taken_in_for_lunch_is_no_detention_codes_nothing(coder: Coder) -> None:
    """Near miss: "took ... in for lunch" holds no one."""
    text = "Volunteers took two nephews of the retired mayor in for lunch at the harbour cafe."
    assert code_list(coder, text) == []


# --- a sentence passed told by its length ---


def test_given_a_number_of_years_is_a_sentence_passed(coder: Coder) -> None:
    text = "The older of the two customs chiefs, who had pleaded not guilty, was given three years."
    assert "173" in code_list(coder, text)


def test_received_a_sentence_of_years_is_a_sentence_passed(coder: Coder) -> None:
    text = "The former customs chief received a sentence of four years."
    assert code_list(coder, text) == ["173"]


def test_years_given_to_repay_a_loan_are_no_sentence_codes_nothing(coder: Coder) -> None:
    """Near miss: a time allowed ("given three years to repay") is no sentence."""
    text = "The fishing cooperative was given three years to repay the loan."
    assert code_list(coder, text) == []


# --- an arrest told as someone picked up at home ---


def test_picked_up_at_home_is_an_arrest(coder: Coder) -> None:
    text = (
        "A police spokesman said the blogger had been picked up at her home in the east of the "
        "capital on Monday."
    )
    assert "173" in code_list(coder, text)


def test_hikers_picked_up_from_a_beach_are_no_arrest_codes_nothing(coder: Coder) -> None:
    """Near miss: people picked up elsewhere than at home or work (a rescue)."""
    text = "The stranded hikers were picked up from the beach by a fishing boat."
    assert code_list(coder, text) == []


# --- the noise a crowd makes at its target ---


def test_slogans_shouted_and_whistles_blown_are_a_protest(coder: Coder) -> None:
    text = (
        "Dock workers blew whistles and shouted slogans for two hours outside the port authority "
        "in Varesh."
    )
    assert "141" in code_list(coder, text)


def test_a_referee_blowing_the_whistle_is_no_protest(coder: Coder) -> None:
    """Near miss: one whistle, blown by a referee."""
    assert code_list(coder, "The referee blew the whistle to end the match.") == []


def test_eggs_thrown_at_a_convoy_are_a_riot(coder: Coder) -> None:
    """Eggs thrown at a party by any thrower ("several students", a word on no list of crowds) are
    a violent protest (145), as a crowd's eggs are."""
    text = "Several students threw eggs at the education minister's convoy as it left the campus."
    assert code_list(coder, text) == ["145"]


def test_eggs_laid_are_no_protest(coder: Coder) -> None:
    """Near miss: eggs, and no throwing."""
    assert code_list(coder, "The hens laid their eggs at the back of the barn.") == []


# --- a year in the reason given after a perfect act does not date the act ---

_MARCH = "Nurses and teachers walked out across Corvena on Saturday in a row over pay. "


def test_a_year_in_the_reason_given_leaves_the_perfect_act_news(coder: Coder) -> None:
    """ "has rejected the opposition's demand ..., arguing that the ruling party won ... in
    2019": the year dates the reason, so the rejection is no history (120, site copy)."""
    body = _MARCH + (
        "Ministers have rejected the unions' demand for a pay rise, arguing that wages were "
        "raised twice in 2021."
    )
    assert site_codes_in(coder, body, 1) == {"120"}


def test_a_year_in_a_relative_clause_still_dates_the_perfect_act(coder: Coder) -> None:
    """Near miss: the year after "which it first turned down in 2019" is no reason given: the
    perfect act in a sentence dated years back stays history."""
    body = _MARCH + (
        "Ministers have rejected the unions' demand for a pay rise, which they first turned down "
        "in 2021."
    )
    assert site_codes_in(coder, body, 1) == set()


# --- a past progressive demand in a reported clause is the speaker's present demand ---

_SEIZED = (
    "Ecuadorean patrol boats seized a Peruvian trawler and its crew of nine off the coast on "
    "Tuesday. "
)


def test_a_demand_shifted_back_after_said_is_made_now(coder: Coder) -> None:
    """ "said Lima was demanding the crew's immediate return": the past progressive is the
    reported present, a demand made in the story's time (10)."""
    body = _SEIZED + (
        "Peru's foreign minister said Lima was demanding the crew's immediate return and had "
        "summoned Ecuador's ambassador."
    )
    assert "100" in site_codes_in(coder, body, 1)


def test_a_crowd_that_was_demanding_news_makes_no_demand(coder: Coder) -> None:
    """Near miss: "where they were demanding news", no verb of saying before it, tells what the
    gathered relatives wanted: no demand is coded."""
    body = _SEIZED + (
        "Relatives of the crew gathered at the port in Paita, where they were demanding news of "
        "the fishermen."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # relatives demanding news at a port may be no protest.
    assert not any(code.startswith("10") for code in site_codes_in(coder, body, 1))
