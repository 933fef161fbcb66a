"""Newspaper copy of a natural feed, round 22: domestic politics without datelines. Every
sentence in these tests was written for them."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import default_index
from tensionwatch.domain.coder import Coder
from tests.unit.coding import codes, country, events, in_sentence, of_type

# --- political parties are parties: of their country, or of the article's when the name is
# shared by several countries' parties (Labour, Conservatives, Greens, Sinn Féin) -----------


def test_american_parties_accusing_each_other(coder: Coder) -> None:
    event = of_type(
        events(coder, "Democrats accused Republicans of blocking a vote on the minimum wage."),
        "ACCUSE",
    )
    assert (country(event.source), country(event.target)) == ("USA", "USA")
    # a party of no known role is written `OPP` (round 45, sector45: the guide has no `PTY`)
    assert event.source is not None and event.source.sector == "OPP"


def test_british_parties_by_their_own_names(coder: Coder) -> None:
    event = of_type(
        events(coder, "The Liberal Democrats accused the SNP of neglecting rural schools."),
        "ACCUSE",
    )
    assert (country(event.source), country(event.target)) == ("GBR", "GBR")
    assert event.source is not None and event.source.text == "Liberal Democrats"


def test_a_shared_party_name_takes_the_articles_country(coder: Coder) -> None:
    body = (
        "Thousands of teachers marched in Wellington on Tuesday. "
        "Labour accused the government of breaking its promise on pay."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert (country(event.source), country(event.target)) == ("NZL", "NZL")
    body = (
        "Junior doctors in England walked out again on Monday. "
        "The Greens urged ministers to reopen talks."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert (country(event.source), country(event.target)) == ("GBR", "GBR")


def test_a_partys_criticism_with_no_one_named_is_of_its_government(coder: Coder) -> None:
    body = "Fine Gael rejected the proposal."
    event = in_sentence(coder, body, 0, "REJECT")
    assert (country(event.source), country(event.target)) == ("IRL", "IRL")
    assert event.target is not None and event.target.sector == "GOV"


def test_a_name_right_after_a_party_is_its_member(coder: Coder) -> None:
    body = (
        "Police fired tear gas at marchers in Lahore on Friday. "
        "Chairperson Pakistan Muslim League Tariq Aslam in his remarks said his party stood "
        "with the government on the issue."
    )
    event = in_sentence(coder, body, 1, "SUPPORT")
    assert event.source is not None and event.source.text == "Tariq Aslam"
    assert (country(event.source), country(event.target)) == ("PAK", "PAK")


def test_labour_in_an_office_or_a_trade_body_is_no_party() -> None:
    found = codes(
        default_index(), "The Ministry of Labour and the Labour government", date(2024, 5, 1)
    )
    assert found == {"Ministry of Labour": "GOV", "Labour government": "GOV"}
    assert codes(default_index(), "Labour accused the Tories", date(2024, 5, 1)) == {
        "Labour": "PTY",
        "Tories": "PTY",
    }


# --- an undated article's country: of two named equally often, the one whose towns it names --


def test_of_two_countries_named_alike_the_one_whose_towns_are_named_is_home(
    coder: Coder,
) -> None:
    body = (
        "Trade Minister Tom Hale met his Chinese counterpart in Perth on Thursday. "
        "Beijing has kept its tariffs on Australian lobster. "
        "The opposition urged the government to raise the case of a detained writer."
    )
    event = in_sentence(coder, body, 0, "CONSULT")
    assert (country(event.source), country(event.target)) == ("AUS", "CHN")
    event = in_sentence(coder, body, 2, "REQUEST")
    assert (country(event.source), country(event.target)) == ("AUS", "AUS")


# --- party officials and bodies named by common nouns; "X of <country>" ----------------------


def test_party_words_are_a_party_of_the_articles_country(coder: Coder) -> None:
    body = (
        "Pakistan condemned India on Sunday. "
        "Heads of the main political parties on Tuesday urged the government to take the "
        "matter to the United Nations."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert event.source is not None and event.source.code == "PAKPTY"
    assert country(event.target) == "PAK"
    body = (
        "Police raided the offices of a Shiv Sena legislator in Mumbai. "
        "Party spokesperson Sanjay Raut condemned the raid."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.code == "INDOPP"  # written OPP (round 45)
    assert country(event.target) == "IND"


def test_an_organisation_of_a_country_is_that_countrys(coder: Coder) -> None:
    body = (
        "Canada expelled six Indian diplomats on Monday. "
        "The World Sikh Organization of Canada urged Ottawa to ban the group."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert event.source is not None and event.source.text == "World Sikh Organization"
    assert (country(event.source), country(event.target)) == ("CAN", "CAN")
