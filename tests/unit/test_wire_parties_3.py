"""Parties in wire copy, third round: classes found on a fresh set of agency-style reports
written for the round (Sahel, Haiti, Kosovo, Myanmar, Libya, Somalia, Thailand-Cambodia,
Lebanon, Greenland, Moldova). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, country, in_sentence, of_type

# --- a regional bureau's dateline is not the country of the story -----------------------------


def test_a_bureau_dateline_gives_way_to_the_country_the_story_is_about(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Ethiopian troops shelled villages in the Amhara region on "
        "Tuesday, killing at least nine people, witnesses said. "
        "The regional militia said it had ambushed an Ethiopian army convoy in response. "
        "The army accused the militia of hiding among civilians."
    )
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert country(event.source) == "ETH"
    assert country(event.target) == "ETH"  # the people killed are Ethiopians, not Kenyans
    accusation = in_sentence(coder, body, 2, "ACCUSE")
    assert country(accusation.source) == "ETH"


def test_a_dateline_the_story_names_again_stays_the_home(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi on "
        "Tuesday. Protesters said Kenya's police had beaten dozens of people. "
        "Uganda and Tanzania called for calm."
    )
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert country(event.source) == "KEN"
    assert country(event.target) == "KEN"


# --- a diplomat posted abroad lends no country to "the government" or "the junta" -------------


def test_the_junta_after_an_expelled_ambassador_is_the_home_government(coder: Coder) -> None:
    body = (
        "NIAMEY, Niger (AP) — Niger's military rulers ordered the Belgian ambassador to leave "
        "within 48 hours on Friday. "
        "The junta accused Belgium of backing the ousted president."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "NER"
    assert country(event.target) == "BEL"


# --- a target the article implies -------------------------------------------------------------


def test_a_threat_naming_no_one_is_aimed_at_the_other_side(coder: Coder) -> None:
    body = (
        "ATHENS, Greece (Reuters) - Turkish warships escorted a survey vessel into waters "
        "claimed by Greece on Monday. "
        "Greece accused Ankara of violating its sovereignty. "
        "Turkey warned that it would not back down."
    )
    event = in_sentence(coder, body, 2, "THREATEN")
    assert country(event.source) == "TUR"
    assert country(event.target) == "GRC"


def test_a_rejection_naming_no_one_answers_the_other_side(coder: Coder) -> None:
    body = (
        "BELGRADE, Serbia (AP) — Kosovo police arrested two Serbian officers near the boundary "
        "on Wednesday. "
        "Serbia rejected the idea of a joint patrol, saying the north was calm."
    )
    event = in_sentence(coder, body, 1, "REJECT")
    assert country(event.source) == "SRB"
    assert country(event.target) == "XKX"


def test_an_outsiders_appeal_naming_no_one_is_aimed_at_the_story_country(coder: Coder) -> None:
    body = (
        "MOGADISHU, Somalia (AP) — Al-Shabab militants stormed a hotel in the Somali capital "
        "on Friday, killing 14 people, police said. "
        "The African Union urged restraint."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert event.source is not None and event.source.code.startswith("IGO")
    assert country(event.target) == "SOM"
    # an appeal for something names no addressee (labelling guide, section 2; round 38)
    called = in_sentence(coder, body.replace("urged", "called for"), 1, "REQUEST")
    assert called.target is None


def test_a_sides_own_appeal_naming_no_one_gets_no_target(coder: Coder) -> None:
    body = (
        "KYIV, Ukraine (AP) — Russian drones struck the port of Izmail overnight, Ukrainian "
        "officials said. "
        "Ukraine's foreign minister called for more air defenses."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert country(event.source) == "UKR"
    assert event.target is None


def test_an_oppositions_criticism_naming_no_one_is_of_its_government(coder: Coder) -> None:
    body = (
        "TBILISI, Georgia (AP) — Georgian police detained a prominent journalist on Monday. "
        "The opposition said the arrest was politically motivated."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "GEO"
    assert country(event.target) == "GEO"


# --- who meets whom: hosts, "with" objects, swaps ---------------------------------------------


def test_talks_hosted_between_the_two_sides_are_the_two_sides(coder: Coder) -> None:
    body = (
        "Armenian and Azerbaijani troops clashed along the border on Monday. "
        "Kazakhstan and Russia hosted talks between the two sides in Almaty on Friday."
    )
    event = in_sentence(coder, body, 1, "CONSULT")
    assert {country(event.source), country(event.target)} == {"ARM", "AZE"}


def test_an_offer_to_host_talks_between_the_two_sides_targets_one_side(coder: Coder) -> None:
    body = (
        "Armenian and Azerbaijani troops clashed along the border on Monday. "
        "Kazakhstan and Russia offered to host talks between the two neighbours."
    )
    event = in_sentence(coder, body, 1, "AGREE")
    assert country(event.source) == "KAZ"
    assert country(event.target) in ("ARM", "AZE")


def test_two_joined_subjects_who_met_with_a_third_party_are_one_side(coder: Coder) -> None:
    event = of_type(
        article(coder, "France and Germany held talks with a Serbian delegation on Monday."),
        "CONSULT",
    )
    assert country(event.source) == "FRA"
    assert country(event.target) == "SRB"


def test_two_joined_subjects_who_swapped_prisoners_are_the_two_sides(coder: Coder) -> None:
    event = of_type(
        article(coder, "Armenia and Azerbaijan swapped 12 detainees on Monday, officials said."),
        "RETREAT",
    )
    assert {country(event.source), country(event.target)} == {"ARM", "AZE"}


# --- the source's own capital or places are no target -----------------------------------------


def test_a_warning_that_the_sources_capital_will_act_targets_the_other_side(coder: Coder) -> None:
    body = (
        "ATHENS, Greece (Reuters) - Turkish jets violated Greek airspace 14 times on Monday, "
        "Greece's defense ministry said. "
        "Greece's foreign minister accused Turkey of provocations. "
        "Turkish President Recep Tayyip Erdogan warned that Ankara would defend its rights."
    )
    event = in_sentence(coder, body, 2, "THREATEN")
    assert country(event.source) == "TUR"
    assert country(event.target) == "GRC"


def test_a_warning_about_a_domestic_place_keeps_it(coder: Coder) -> None:
    body = (
        "LAGOS, Nigeria (AP) — Nigerian police arrested 40 suspected kidnappers in Kaduna state. "
        "The police chief warned that Kaduna would not remain a refuge for criminals."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert coded_as(found) == [("THREATEN", "130", "NGACOP", "NGAREB")]


def test_closing_ones_own_border_crossings_targets_the_neighbour(coder: Coder) -> None:
    body = (
        "BANGKOK (AP) — Thai and Cambodian soldiers exchanged fire along the border on "
        "Thursday, both armies said. "
        "Thailand closed the Aranyaprathet crossing, stranding hundreds of traders."
    )
    event = in_sentence(coder, body, 1, "COERCE")
    assert country(event.source) == "THA"
    assert country(event.target) == "KHM"


# --- a threat's condition names whom it is aimed at ---------------------------------------------


def test_a_threat_with_a_condition_targets_the_conditions_subject(coder: Coder) -> None:
    event = of_type(
        article(
            coder,
            "Japan warned it would ask NATO partners for help unless China withdrew its ships.",
        ),
        "THREATEN",
    )
    assert country(event.source) == "JPN"
    assert country(event.target) == "CHN"


# --- a named state's body, and the place where a party sits -------------------------------------


def test_a_state_body_owned_by_a_named_state_is_that_states(coder: Coder) -> None:
    event = of_type(
        article(coder, "Ukraine's State Department condemned the shelling of Kharkiv."), "ACCUSE"
    )
    assert country(event.source) == "UKR"


def test_it_after_an_embassy_in_a_capital_is_the_embassys_state(coder: Coder) -> None:
    event = of_type(
        article(coder, "Iran's embassy in Rome said it condemned the detention of its citizens."),
        "ACCUSE",
    )
    assert country(event.source) == "IRN"


# --- "both sides", "each side ... the other" --------------------------------------------------


def test_an_outsider_urging_both_sides_targets_the_articles_own_side(coder: Coder) -> None:
    body = (
        "PRISTINA, Kosovo (Reuters) - Kosovo police detained two Serbian officials on Monday. "
        "Belgrade demanded their release and accused Pristina of harassing Serbs. "
        "The EU urged both sides to show restraint."
    )
    event = in_sentence(coder, body, 2, "REQUEST")
    assert country(event.target) == "XKX"


def test_each_side_blaming_the_other_is_the_last_pair(coder: Coder) -> None:
    body = (
        "BANGKOK (AP) — Thai and Cambodian troops exchanged fire along the border on Monday, "
        "killing two soldiers. "
        "Each side blamed the other for the clash."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert {country(event.source), country(event.target)} == {"THA", "KHM"}


def test_welcoming_a_signing_targets_the_party_that_signed(coder: Coder) -> None:
    body = (
        "ADDIS ABABA, Ethiopia (Reuters) - Sudan's army and the Rapid Support Forces signed a "
        "truce in the Ethiopian capital on Sunday. "
        "Ethiopia hosted the talks for two weeks. "
        "Norway welcomed the signing as a first step."
    )
    event = in_sentence(coder, body, 2, "SUPPORT")
    assert country(event.source) == "NOR"
    assert country(event.target) == "SDN"


# --- "it took note", unnamed foreign parties ----------------------------------------------------


def test_it_took_note_is_an_acting_it(coder: Coder) -> None:
    event = of_type(
        article(
            coder,
            "Sweden's foreign ministry said it took note of the verdict and rejected the demands.",
        ),
        "REJECT",
    )
    assert country(event.source) == "SWE"


def test_unnamed_foreign_services_are_no_target(coder: Coder) -> None:
    event = of_type(
        article(
            coder,
            "Georgian Prime Minister Irakli Kobakhidze accused foreign intelligence agencies of "
            "funding the protests.",
        ),
        "ACCUSE",
    )
    assert country(event.source) == "GEO"
    assert event.target is None


# --- a war within one country -------------------------------------------------------------------


def test_a_state_threat_in_a_civil_war_targets_the_armed_group(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Ethiopia accused Eritrea of arming Fano militiamen on Monday. "
        "Fano rebels seized the town of Lalibela from federal troops on Sunday. "
        "Ethiopia's army chief vowed to retake the town."
    )
    event = in_sentence(coder, body, 2, "THREATEN")
    assert country(event.source) == "ETH"
    assert event.target is not None and event.target.sector == "REB"


def test_an_armed_groups_threat_naming_no_one_is_against_its_state(coder: Coder) -> None:
    body = (
        "BAMAKO, Mali (AP) — Tuareg rebels attacked an army post near Kidal on Tuesday. "
        "The rebel alliance vowed to keep fighting."
    )
    event = in_sentence(coder, body, 1, "THREATEN")
    assert country(event.target) == "MLI"


def test_a_complaint_lodged_with_a_body_targets_whom_it_is_against(coder: Coder) -> None:
    event = of_type(
        article(
            coder, "Somalia lodged a complaint with the African Union against Ethiopia on Monday."
        ),
        "ACCUSE",
    )
    assert country(event.source) == "SOM"
    assert country(event.target) == "ETH"


def test_a_protest_lodged_with_a_state_targets_that_state(coder: Coder) -> None:
    event = of_type(
        article(coder, "Ukraine lodged a protest with Hungary over the detention of its citizens."),
        "ACCUSE",
    )
    assert country(event.target) == "HUN"


# --- "its neighbour", an attack "on the city" of the dateline -----------------------------------


def test_its_neighbour_is_the_other_side(coder: Coder) -> None:
    body = (
        "DHAKA, Bangladesh (AP) — Indian and Bangladeshi border guards exchanged fire on "
        "Monday. "
        "Bangladesh accused its neighbour of killing two farmers."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "BGD"
    assert country(event.target) == "IND"


def test_an_attack_on_the_city_is_on_the_datelines_country(coder: Coder) -> None:
    body = (
        "KHARKIV, Ukraine (AP) — Air raid sirens sounded for three hours on Tuesday, the mayor "
        "said. "
        "Russia launched a missile attack on the city before dawn, officials said."
    )
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert country(event.source) == "RUS"
    assert country(event.target) == "UKR"


def test_the_city_of_a_named_place_is_that_place(coder: Coder) -> None:
    body = (
        "BEIRUT (AP) — Israeli jets flew low over the capital on Monday. "
        "Israel launched an air strike on the city of Homs later that day, Syrian media said."
    )
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert country(event.target) == "SYR"


def test_a_threat_to_protest_is_aimed_at_the_groups_own_government(coder: Coder) -> None:
    body = (
        "MADRID (AP) — Spain's government approved a draft security law on Friday that would "
        "fine protesters who film police officers. The United States embassy said it was "
        "following the debate, and a U.S. senator called the draft worrying. A campaign group "
        "opposed to the law, Voices Unbound, vowed to demonstrate outside parliament on Saturday."
    )
    event = in_sentence(coder, body, 2, "THREATEN")
    assert (event.cameo_code, country(event.source), country(event.target)) == ("133", "ESP", "ESP")
