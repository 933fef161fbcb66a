"""Round 26 (relframe7): relevant acts that relevance's topic and crime cues removed.

A word of another page naming the crowd ("football fans", "retirees") does not make a state's
force on its own people sport or business; the press is no private party to a court or the
police in an article of court reports; a crime against the state (spying, treason) is no
ordinary crime, whatever the suspect's age."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder

from .coding import article, evaluation_coder, events

coder = evaluation_coder


def test_police_force_on_fans_protesting_is_assault(coder: Coder) -> None:
    found = events(
        coder,
        "Mexican riot police fired tear gas at pensioners and football fans marching "
        "against pension cuts in Guadalajara on Sunday.",
    )
    force = [e for e in found if e.plover_type == "ASSAULT"]
    assert force and force[0].source and force[0].source.country == "MEX"
    assert force[0].target and force[0].target.country == "MEX"


def test_water_cannon_on_retirees_and_soccer_fans_is_assault(coder: Coder) -> None:
    found = events(
        coder,
        "Chilean police fired water cannon at retirees and soccer fans protesting outside "
        "the presidential palace.",
    )
    assert "ASSAULT" in [e.plover_type for e in found]


def test_tear_gas_on_fans_of_no_country_stays_sport(coder: Coder) -> None:
    found = events(
        coder, "Police fired tear gas at football fans outside the stadium after the match."
    )
    assert found == []


BLOGGER = (
    "A court in Ho Chi Minh City on Friday sentenced a blogger to seven years in prison for "
    "posts criticising the government. The judge said the defendant had abused democratic "
    "freedoms. His lawyer said he would appeal the sentencing. Vietnam has jailed dozens of "
    "activists in recent years."
)
ROBBER = (
    "A court in Ho Chi Minh City on Friday sentenced a man to seven years in prison for "
    "robbery. The judge said the defendant had threatened a shopkeeper with a knife. His "
    "lawyer said he would appeal the sentencing. The man, 34, was jailed in 2019 for burglary."
)


def test_court_jailing_a_blogger_in_a_court_report_is_coercion(coder: Coder) -> None:
    jailed = [e for e in article(coder, BLOGGER) if e.plover_type == "COERCE"]
    assert jailed and jailed[0].sentence_index == 0
    assert jailed[0].target and jailed[0].target.sector == "MED"


def test_court_jailing_a_robber_stays_ordinary_crime(coder: Coder) -> None:
    assert [e for e in article(coder, ROBBER) if e.plover_type == "COERCE"] == []


def test_arrest_of_a_suspected_spy_with_an_age_is_coercion(coder: Coder) -> None:
    found = events(
        coder, "Polish police arrested a 38-year-old man suspected of spying for Russia."
    )
    assert [e.plover_type for e in found] == ["COERCE"]


def test_treason_detention_with_an_age_is_coercion(coder: Coder) -> None:
    found = events(coder, "Romanian police detained a 52-year-old man on suspicion of treason.")
    assert [e.plover_type for e in found] == ["COERCE"]


def test_arrest_of_a_stabbing_suspect_with_an_age_stays_crime(coder: Coder) -> None:
    found = events(coder, "Police arrested a 38-year-old man suspected of stabbing his neighbour.")
    assert found == []


ARREST = (
    "BUCHAREST (Reuters) - Romanian authorities on Monday arrested an opposition journalist "
    "who had reported on a minister's business dealings. "
)


def _second_voice(coder: Coder, text: str) -> list[str]:
    return [e.plover_type for e in article(coder, ARREST + text) if e.sentence_index == 1]


def test_church_condemning_an_arrest_in_agency_copy_is_an_accusation(coder: Coder) -> None:
    assert _second_voice(coder, "The church condemned the arrest as political persecution.") == [
        "ACCUSE"
    ]


def test_newspaper_demanding_its_reporters_release_is_a_request(coder: Coder) -> None:
    found = _second_voice(coder, "The newspaper demanded the immediate release of its reporter.")
    assert found == ["REQUEST"]


def test_union_condemning_an_arrest_is_an_accusation(coder: Coder) -> None:
    assert _second_voice(coder, "The teachers' union condemned the arrest.") == ["ACCUSE"]


def test_residents_or_a_firm_condemning_stay_no_event(coder: Coder) -> None:
    assert _second_voice(coder, "Residents condemned the arrest.") == []
    assert _second_voice(coder, "The company condemned the arrest.") == []


def test_church_condemning_on_a_news_site_is_unchanged(coder: Coder) -> None:
    body = ARREST.split(" - ", 1)[1] + "The church condemned the arrest as political persecution."
    assert [e for e in article(coder, body) if e.sentence_index == 1] == []


DETAINED = (
    "HARARE (Reuters) - Zimbabwean police on Saturday detained 14 members of the main "
    "opposition party at a meeting in Harare, their lawyer said. "
)


def _after_detention(coder: Coder, text: str) -> list[str]:
    return [e.cameo_code for e in article(coder, DETAINED + text) if e.sentence_index == 1]


def test_demand_for_the_detainees_release_is_a_request(coder: Coder) -> None:
    found = _after_detention(
        coder, "Movement chairman Tapiwa Moyo demanded the immediate release of the detainees."
    )
    assert found == ["1053"]


def test_appeal_for_the_detainees_release_is_an_appeal(coder: Coder) -> None:
    assert _after_detention(coder, "Tapiwa Moyo appealed for the release of the detainees.") == [
        "0253"
    ]
