"""Round 33, feedrel20: the everyday business of government, business and sport in news-site
copy (sentences written for these tests; docs/labelling.md, section 1 and section 4, point 9).
A contest of votes or a match fought, a measure fought, weather or a fault blamed, a campaign
promise with its winner named in more words, a forecast of prices and bills "warned" of, and the
president of a sports body are no political acts; the near misses keep theirs."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, undated

coder = recommended_coder


def _in(coder: Coder, text: str, index: int) -> list[str]:
    """The CAMEO codes of the undated article's sentence `index`."""
    return [e.cameo_code for e in undated(coder, text) if e.sentence_index == index]


# --- a contest of votes, seats or a match is no fighting (triggers.tsv) ---


def test_a_motion_fought_off_is_no_fighting(coder: Coder) -> None:
    text = "The finance committee fought off a no-confidence motion on Tuesday."
    assert code_list(coder, text) == []


def test_an_election_fought_is_no_fighting(coder: Coder) -> None:
    assert code_list(coder, "The party is fighting the election on the cost of living.") == []
    assert code_list(coder, "The two candidates battled for votes in the suburbs.") == []


def test_a_match_fought_to_a_draw_is_no_fighting(coder: Coder) -> None:
    assert code_list(coder, "The teams battled to a goalless draw in the rain.") == []


def test_troops_fighting_in_an_election_district_still_fight(coder: Coder) -> None:
    # near miss: the contest's noun after a gap is no contest fought
    codes = code_list(coder, "The army battled insurgents in the election district on Monday.")
    assert [code[:2] for code in codes] == ["19"]


# --- a measure fought is a rejection, not a threat of force ---


def test_vowing_to_fight_a_ruling_is_no_threat_of_force_codes_nothing(coder: Coder) -> None:
    assert code_list(coder, "The mayor vowed to fight the decision in court.") == []
    assert code_list(coder, "The union vowed to fight the job cuts.") == []


def test_a_ruling_the_government_will_fight_is_rejected(coder: Coder) -> None:
    assert code_list(coder, "The government said it would fight the ruling.") == ["120"]


def test_vowing_to_fight_the_rebels_stays_a_threat(coder: Coder) -> None:
    # near miss: a fighting party, not a measure, is fought
    codes = code_list(coder, "The army chief vowed to crush the rebels in the north.")
    assert [code[:2] for code in codes] == ["13"]


# --- weather or a fault blamed accuses no one ---


def test_a_drought_blamed_accuses_no_one(coder: Coder) -> None:
    text = "The regional council blamed a drought and said supplies would return by the weekend."
    assert code_list(coder, text) == []


def test_a_computer_glitch_blamed_accuses_no_one(coder: Coder) -> None:
    assert code_list(coder, "The council blamed a computer glitch for the error.") == []


def test_a_party_blamed_is_still_accused(coder: Coder) -> None:
    # near miss: someone is blamed
    text = "The minister blamed the opposition for the delays to the bridge."
    assert code_list(coder, text) == ["112"]


# --- a campaign promise with its winner named in more words (relevance.campaign_promise) ---


def test_a_promise_if_his_coalition_wins_is_campaign_talk(coder: Coder) -> None:
    text = (
        "The opposition leader promised on Sunday to cut fuel excise by 25 cents a litre if his "
        "coalition wins the May election."
    )
    assert code_list(coder, text) == []


def test_a_promise_if_the_party_forms_the_government_is_campaign_talk(coder: Coder) -> None:
    text = (
        "The opposition leader pledged to scrap the tax if the Conservatives form the next "
        "government."
    )
    assert code_list(coder, text) == []
    assert code_list(coder, "She promised to raise pensions if she comes to power.") == []


def test_a_promise_on_condition_of_a_measure_stays(coder: Coder) -> None:
    # near miss: the condition is another party's act, not a mandate won
    text = "The rebels agreed to lay down arms if the government withdraws its troops."
    codes = code_list(coder, text)
    assert [code[:2] for code in codes] == ["03"]


# --- a forecast of hardship "warned" of threatens no one (existence._warned_of_calamity) ---


def test_prices_warned_of_are_no_threat(coder: Coder) -> None:
    assert code_list(coder, "The minister warned that fuel prices would rise further.") == []
    assert (
        code_list(coder, "The prime minister warned that the deficit would widen next year.") == []
    )


def test_energy_bills_warned_of_are_no_statement_event(coder: Coder) -> None:
    assert code_list(coder, "The minister warned of higher energy bills this winter.") == []


def test_a_warning_of_a_response_stays_a_threat(coder: Coder) -> None:
    # near miss: the speaker's side will act
    codes = code_list(coder, "Moscow warned that it would respond to any attack on its ships.")
    assert [code[:2] for code in codes] == ["13"]


# --- the president of a sports body is no head of state (references._private_head_after) ---


def test_the_president_of_a_football_federation_is_no_official(coder: Coder) -> None:
    assert code_list(coder, "The president of the football federation resigned on Monday.") == []


def test_a_presidents_resignation_is_still_coded(coder: Coder) -> None:
    # near miss: the president with no body after the title
    text = (
        "Peru's president resigned on Monday after weeks of protests.\n\n"
        "The president of the football federation resigned on Tuesday."
    )
    assert [code[:2] for code in _in(coder, text, 0)] == ["08"]
    assert _in(coder, text, 1) == []


# --- an aside on the subject tells its past (existence._subject_aside) ---


def test_an_arrest_in_an_aside_on_the_subject_is_background(coder: Coder) -> None:
    text = "The activist, who was arrested at a protest in the capital, is now studying law."
    assert code_list(coder, text) == []


def test_a_boycott_in_an_aside_on_the_subject_is_background(coder: Coder) -> None:
    text = "The leader, whose party boycotted the last election, is expected to stand this time."
    assert code_list(coder, text) == []


def test_a_detention_in_an_aside_on_the_subject_is_background(coder: Coder) -> None:
    text = "The journalist, who was detained for six months, has written a book about it."
    assert code_list(coder, text) == []


def test_the_main_act_after_an_aside_stays(coder: Coder) -> None:
    # near miss: the main clause's own act is the news
    text = "The president, who seized power in a coup, promised elections next year."
    assert [code[:2] for code in code_list(coder, text)] == ["03"]


def test_an_aside_that_names_the_day_stays_news(coder: Coder) -> None:
    # near miss: the aside's act is dated to the news's day
    text = "The opposition leader, who was arrested at a rally on Saturday, is still in custody."
    assert [code[:2] for code in code_list(coder, text)] == ["17"]


# --- sanctions broken are no sanctions imposed ---


def test_sanctions_broken_by_a_firm_are_no_sanction(coder: Coder) -> None:
    assert code_list(coder, "The shipping company was fined for breaking sanctions on Iran.") == []
    assert code_list(coder, "The firm was accused of helping a buyer evade U.S. sanctions.") == []


def test_sanctions_imposed_after_a_break_in_talks_stay(coder: Coder) -> None:
    # near miss: "broke off talks" is no breach of the sanctions after it
    text = "Washington broke off talks and imposed sanctions on Caracas."
    assert "163" in code_list(coder, text) or "164" in code_list(coder, text)


# --- an act told over years with no count is a habit (existence._vague_span) ---


def test_demands_ignored_for_years_are_background(coder: Coder) -> None:
    assert code_list(coder, "The government ignored the farmers' demands for years.") == []
    assert code_list(coder, "The council rejected their requests for many years.") == []


def test_demands_ignored_for_generations_are_background(coder: Coder) -> None:
    # "generations" is one of VAGUE_SPANS; the cheap pre-check asked only for years and decades
    assert code_list(coder, "The government ignored the herders' demands for generations.") == []


def test_a_prison_term_in_years_stays_the_act(coder: Coder) -> None:
    # near miss: a counted term is the act's content
    codes = code_list(coder, "The court jailed the opposition leader for ten years.")
    assert [code[:2] for code in codes] == ["17"]


# --- an act in a "when" clause after a main clause names a time (existence._when_reference) ---


def test_a_march_that_dates_a_career_is_a_time_reference(coder: Coder) -> None:
    text = "She entered politics when students marched against the dictatorship."
    assert code_list(coder, text) == []


def test_an_attack_that_dates_a_slump_is_a_time_reference(coder: Coder) -> None:
    assert code_list(coder, "Tourism collapsed when the rebels attacked the coastal resorts.") == []


def test_an_attack_that_killed_soldiers_stays_the_news(coder: Coder) -> None:
    # near miss: the "when" clause tells how a casualty came about
    codes = code_list(coder, "Two soldiers were killed when rebels attacked their post.")
    assert "190" in codes


def test_a_when_clause_on_the_news_day_stays(coder: Coder) -> None:
    # near miss: the sentence names the day of the news
    text = "Tourism collapsed on Monday when the rebels attacked the coastal resorts."
    assert [code[:2] for code in code_list(coder, text)] == ["19"]
