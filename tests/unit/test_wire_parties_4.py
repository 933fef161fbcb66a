"""Parties in wire copy, fourth round: causes counted on the wrong-party events of the real
articles and the news feed (an act answering or rejecting an act reported before). Every
sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, country, in_sentence, of_type

# --- an act done "in response to the attack" targets the attack's maker ----------------------


def test_jets_scrambled_in_response_to_an_attack_on_another_country_target_its_maker(
    coder: Coder,
) -> None:
    body = (
        "JERUSALEM (AP) — Iranian missiles struck an Israeli air base overnight, wounding two "
        "soldiers. Britain scrambled jets in reaction to the strikes. "
        "Jordan's air force was put on alert in response to the attack."
    )
    assert country(in_sentence(coder, body, 1, "MOBILIZE").target) == "IRN"
    assert country(in_sentence(coder, body, 2, "MOBILIZE").target) == "IRN"


def test_an_answer_to_an_act_of_the_answerers_own_country_takes_no_target(
    coder: Coder,
) -> None:
    body = (
        "ISLAMABAD (AP) — Pakistani militants attacked a police post in Peshawar on Monday. "
        "Pakistan's army deployed troops to the city in response to the attack."
    )
    event = in_sentence(coder, body, 1, "MOBILIZE")
    assert country(event.source) == "PAK"
    assert coded_as([event]) == [("MOBILIZE", "154", "PAKMIL", None)]


# --- "rejected the move": the maker of the act the article just reported ----------------------


def test_a_rejected_decision_targets_the_maker_of_the_sanctions(coder: Coder) -> None:
    body = (
        "BRUSSELS (AP) — The European Union imposed sanctions on three Russian banks on "
        "Monday. Moscow dismissed the decision as meaningless. China rejected the move."
    )
    moscow = in_sentence(coder, body, 1, "REJECT")
    assert country(moscow.source) == "RUS"
    assert moscow.target is not None and moscow.target.code.startswith("IGOEUR")
    china = in_sentence(coder, body, 2, "REJECT")
    assert country(china.source) == "CHN"
    assert china.target is not None and china.target.code.startswith("IGOEUR")


# --- a pronoun that opens a sentence goes on with the last sentence's pronoun subject ---------


def test_he_goes_on_with_the_last_subject_not_the_person_he_thanked(coder: Coder) -> None:
    body = (
        "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy called Polish President "
        "Andrzej Duda on Monday. He thanked Duda for his support. "
        "He also accused Russia of targeting civilians."
    )
    thanks = in_sentence(coder, body, 1, "SUPPORT")
    assert (country(thanks.source), country(thanks.target)) == ("UKR", "POL")
    accusation = in_sentence(coder, body, 2, "ACCUSE")
    assert (country(accusation.source), country(accusation.target)) == ("UKR", "RUS")


def test_it_goes_on_with_a_resolution_s_council_not_the_country_it_named(coder: Coder) -> None:
    body = (
        "UNITED NATIONS (AP) — The U.N. Security Council adopted a resolution on Sudan on "
        "Friday. It demands that the warring parties stop fighting and calls on Chad to open "
        "its border to aid. It also imposes an arms embargo on the Darfur region."
    )
    demand = in_sentence(coder, body, 1, "REQUEST")
    assert demand.source is not None and demand.source.code.startswith("IGOUNO")
    embargo = in_sentence(coder, body, 2, "SANCTION")
    assert embargo.source is not None and embargo.source.code.startswith("IGOUNO")
    assert country(embargo.target) == "SDN"


def test_a_pronoun_after_a_named_subject_still_takes_the_last_of_its_kind(coder: Coder) -> None:
    body = (
        "BEIJING (AP) — French President Emmanuel Macron met Chinese leader Xi Jinping on "
        "Thursday. Xi told him China would not supply weapons to Russia. "
        "He urged Macron to work for peace talks."
    )
    event = in_sentence(coder, body, 2, "REQUEST")
    assert country(event.source) == "CHN"


# --- "executed a man convicted of spying for Israel": the charge's country is no party --------


def test_the_country_a_convict_spied_for_is_not_the_target_of_his_execution(coder: Coder) -> None:
    body = (
        "TEHRAN, Iran (AP) — Iran hanged a man convicted of spying for Britain's MI6 on "
        "Saturday, the judiciary said."
    )
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert country(event.source) == "IRN"
    assert country(event.target) != "GBR"


# --- a travel warning to a state's own people is aimed at the country they are told to avoid --


def test_a_travel_warning_targets_the_destination_not_the_travellers(coder: Coder) -> None:
    body = (
        "WASHINGTON (AP) — The State Department urged Americans not to travel to Venezuela on "
        "Monday. Moscow warned Russian tourists against visiting Georgia."
    )
    washington = in_sentence(coder, body, 0, "REQUEST")
    assert (country(washington.source), country(washington.target)) == ("USA", "VEN")
    event = of_type(article(coder, body), "THREATEN")
    assert (country(event.source), country(event.target)) == ("RUS", "GEO")
