"""Round 29 (feedrel13): hostile-looking acts on a news site's pages that are no politics.

Sentences written for these tests: a short match report names its sport once, then a
manager "accused the officials" or a football body "charged" him; markets' rallies; walking
out of an interview; animals' attacks. Near misses keep the political acts."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, first_act

coder = evaluation_coder

MATCH = (
    "Villarreal coach Marco Ferri hit out at the referee after a late goal was ruled out in "
    "Sunday's game against Getafe.\n\n"
    "Ferri accused the officials of ignoring a clear foul on his striker in the 88th minute.\n\n"
    "The Royal Spanish Football Federation has charged Ferri with improper conduct over his "
    "comments.\n\n"
    "Getafe host Osasuna next weekend."
)


def test_match_report_dispute_is_no_politics(coder: Coder) -> None:
    # one sentence names the sport ("coach", "referee"), another the minute of play: the
    # article is a match report, its officials the referee's, its federation a sport's body
    assert article(coder, MATCH) == []


def test_minute_of_play_makes_a_match_report(coder: Coder) -> None:
    body = (
        "Lens striker Paul Moreau was sent off for a second yellow card.\n\n"
        "His manager accused the officials of bias after the 2-1 defeat.\n\n"
        "Moreau will miss the next league match."
    )
    assert not [e for e in article(coder, body) if e.plover_type == "ACCUSE"]


def test_named_officials_stay_a_state_on_the_sports_pages(coder: Coder) -> None:
    body = (
        "Sevilla's coach was sent off in the 70th minute of the match in Turin.\n\n"
        "Spain's sports minister accused Italian officials of blocking the team's travel.\n\n"
        "The team's players lost 2-0 in the league."
    )
    found = [e for e in article(coder, body) if e.plover_type == "ACCUSE"]
    assert found and found[0].target is not None and found[0].target.country == "ITA"


def test_market_rally_is_no_protest(coder: Coder) -> None:
    assert first_act(coder, "The relief rally lifted Tokyo's Nikkei index to a record.") is None
    assert first_act(coder, "A rally in tech stocks pushed the Nasdaq higher on Monday.") is None


def test_street_rally_stays_a_protest(coder: Coder) -> None:
    found = first_act(
        coder, "Opposition supporters held a rally in Lisbon to demand early elections."
    )
    assert found is not None and found[0] == "PROTEST"
    found = first_act(
        coder, "Thousands of people attended a rally in Santiago against the pension law."
    )
    assert found is not None and found[0] == "PROTEST"


def test_walking_out_of_an_interview_is_no_walkout(coder: Coder) -> None:
    body = (
        "The actor's new film opened in cinemas across Italy on Friday.\n\n"
        "The actor walked out of a television interview after being asked about his divorce."
    )
    assert article(coder, body) == []


def test_walking_out_of_parliament_stays_a_protest(coder: Coder) -> None:
    found = first_act(
        coder, "Opposition lawmakers walked out of parliament in protest at the bill."
    )
    assert found is not None and found[0] == "PROTEST"


def test_animal_attacks_are_no_acts(coder: Coder) -> None:
    assert (
        first_act(coder, "A dog attacked a seven-year-old boy in a park in Bologna on Sunday.")
        is None
    )
    assert first_act(coder, "A hiker was mauled by a bear in a national park in Hokkaido.") is None
    assert first_act(coder, "Sharks attacked a swimmer off the coast of Recife.") is None


def test_police_dogs_attacking_protesters_stay_an_assault(coder: Coder) -> None:
    found = first_act(coder, "Police dogs attacked protesters outside parliament in Warsaw.")
    assert found is not None and found[0] == "ASSAULT"


ROBBERY = (
    "Police in Porto Alegre arrested a man suspected of killing a shopkeeper during a robbery "
    "on Tuesday.\n\n"
    "The suspect was detained at a bus station the next morning, officers said.\n\n"
    "He is due in court on Friday."
)


def test_crime_story_told_by_its_suspect(coder: Coder) -> None:
    # "the suspect" tells a police blotter as "robbery" does: the arrest is ordinary crime
    assert article(coder, ROBBERY) == []


def test_arrested_on_suspicion_in_a_crime_story(coder: Coder) -> None:
    body = (
        "A former care worker was arrested on suspicion of poisoning residents at a home in "
        "Nagoya.\n\n"
        "Police said the suspect had worked at the home for three years.\n\n"
        "Officers are examining the deaths of four residents since March."
    )
    assert [e for e in article(coder, body) if e.plover_type == "COERCE"] == []


def test_terror_suspects_stay_political(coder: Coder) -> None:
    body = (
        "Police in Seville detained three suspects over a bomb plot against a synagogue.\n\n"
        "The suspects, aged 19 to 24, were held under terrorism laws, the interior ministry said."
    )
    found = [e for e in article(coder, body) if e.plover_type == "COERCE"]
    assert found


def test_knife_attack_on_protesters_is_no_ordinary_crime(coder: Coder) -> None:
    found = first_act(coder, "A man with a machete attacked protesters outside parliament in Rome.")
    assert found is not None and found[0] == "ASSAULT"


def test_verbal_attacks_are_criticism(coder: Coder) -> None:
    found = first_act(coder, "The prime minister attacked the central bank as reckless.")
    assert found is not None and found[0] == "ACCUSE"
    found = first_act(coder, "The minister attacked the newspaper in an interview on Monday.")
    assert found is not None and found[0] == "ACCUSE"


def test_attacks_by_force_stay_assaults(coder: Coder) -> None:
    found = first_act(coder, "Rebels attacked the army base for the second time this week.")
    assert found is not None and found[0] == "ASSAULT"


def test_red_carpet_and_brand_boycotts_are_no_protests(coder: Coder) -> None:
    assert (
        first_act(coder, "The actress marched down the red carpet in a bright yellow gown.") is None
    )
    assert (
        first_act(coder, "Shoppers are boycotting the brand after its advert went viral.") is None
    )


def test_political_boycotts_and_marches_stay(coder: Coder) -> None:
    found = first_act(
        coder, "Thousands marched down the main avenue of Bogota to protest the reform."
    )
    assert found is not None and found[0] == "PROTEST"
    found = first_act(coder, "Several countries threatened to boycott the Games over the invasion.")
    assert found is not None and found[0] == "THREATEN"


def test_a_prisoner_in_a_jail_is_no_jailing(coder: Coder) -> None:
    found = first_act(coder, "A prisoner in a Texas jail has refused meals over food quality.")
    assert found is None or found[0] != "COERCE"
    found = first_act(
        coder, "Police arrested the opposition leader and took him to a military prison."
    )
    assert found is not None and found[0] == "COERCE"
