"""Event types, round 31 (helper types11): "opposed to" right after a noun describes a side by
its stance ("rebels opposed to the junta attacked a post": the attack is the act, no rejection);
a police or army force arriving abroad on a mission of help is AID (074), no visit (042); heavy
arms sent or shipped to another side are military aid (072); a border reopened is a closure
eased (081); protesters who occupy a building or blockade one obstruct (144, PROTEST), they take
no territory (192) and impose no blockade (191). Every sentence here was written for these
tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_dyad, recommended_coder

wire_coder = recommended_coder  # the floors the held-out totals use


# --- "opposed to" after a noun: a stance describing a side, not a rejection ---------------------


def test_rebels_opposed_to_a_junta_attack(coder: Coder) -> None:
    text = "Rebels opposed to Myanmar's junta attacked an army post near the border."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "190")


def test_protesters_opposed_to_a_mine_block_a_road(coder: Coder) -> None:
    text = "Kenyan protesters opposed to the mine blocked the road to the site."
    assert first_dyad(coder, text) == ("PROTEST", "144", "KEN", None)


def test_lawmakers_opposed_to_a_bill_walk_out(wire_coder: Coder) -> None:
    text = "Kenyan lawmakers opposed to the bill walked out of the chamber."
    found = first_dyad(wire_coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_a_crowd_opposed_to_a_constitution_marches(coder: Coder) -> None:
    text = "Thousands of Kenyans opposed to the new constitution marched in Nairobi."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


def test_a_party_that_opposed_a_bill_still_rejects_it(coder: Coder) -> None:
    # near miss: the verb "opposed" (no "to") and "strongly opposed" stay rejections
    strongly = "Kenya's opposition strongly opposed the tax increase."
    assert {event.plover_type for event in events(coder, strongly)} == {"REJECT"}
    found = first_dyad(
        coder, "Zambia's opposition opposed the constitutional amendment in parliament."
    )
    assert found is not None and found[0] == "REJECT"


def test_a_government_opposed_to_a_plan_still_rejects_it(coder: Coder) -> None:
    # near miss: "is opposed to" states the government's own stance
    found = first_dyad(
        coder, "Egypt is opposed to the dam plan, the foreign minister told Ethiopia."
    )
    assert found is not None and found[:2] == ("REJECT", "120")


# --- a force arriving abroad to help is protection (074, AID), not a visit (042) ----------------


def test_police_arriving_to_lead_a_mission_give_protection(coder: Coder) -> None:
    text = (
        "Kenyan police officers arrived in Port-au-Prince on Tuesday to lead a multinational "
        "security mission."
    )
    assert first_dyad(coder, text) == ("AID", "074", "KEN", "HTI")


def test_a_contingent_of_troops_arriving_gives_protection(coder: Coder) -> None:
    text = "The first contingent of 300 Rwandan troops arrived in Mozambique on Friday."
    assert first_dyad(coder, text) == ("AID", "074", "RWA", "MOZ")


def test_a_president_arriving_for_talks_still_visits(coder: Coder) -> None:
    # near miss: a leader's arrival is a visit (labelling guide 4.20)
    text = "Kenya's president arrived in Addis Ababa on Tuesday for talks."
    assert first_dyad(coder, text) == ("CONSULT", "042", "KEN", "ETH")


def test_troops_arriving_with_no_word_of_help_stay_as_coded(coder: Coder) -> None:
    # near miss: no mission, request or help named
    text = "Rwandan troops arrived in Mozambique on Friday."
    found = first_dyad(coder, text)
    assert found is not None and found[1] != "074"


# --- heavy arms sent to another side are military aid (072) --------------------------------------


def test_armoured_vehicles_sent_are_military_aid(coder: Coder) -> None:
    text = "Germany sent 50 armoured vehicles to Ukraine on Thursday."
    assert first_dyad(coder, text) == ("AID", "072", "DEU", "UKR")


def test_howitzers_shipped_are_military_aid(coder: Coder) -> None:
    text = "Norway shipped howitzers to Kyiv last month, the defence ministry said."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("AID", "072")


def test_warships_sent_stay_a_show_of_force(coder: Coder) -> None:
    # near miss: a state sends warships as a show of force, it gives none
    text = "China sent two warships to the Taiwan Strait on Monday."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "MOBILIZE"


# --- a border reopened is a closure eased (081) ---------------------------------------------------


def test_a_border_reopened_eases_a_closure(coder: Coder) -> None:
    text = "Uganda reopened its border with Rwanda on Monday."
    assert first_dyad(coder, text) == ("CONCEDE", "081", "UGA", "RWA")


def test_border_trade_points_reopened_under_an_agreement_stay_the_agreement(coder: Coder) -> None:
    # near miss: "border" naming what kind of trade point, agreed between two states
    text = "Uganda and Rwanda agreed on Monday to resume flights and reopen border markets."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("AGREE", "030") and found[3] == "RWA"


# --- protesters holding a building obstruct (144), they take no territory ----------------------


def test_protesters_occupying_a_parliament_obstruct(coder: Coder) -> None:
    text = "Kenyan protesters occupied the parliament building in Nairobi on Tuesday."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("PROTEST", "144", "KEN")


def test_opposition_supporters_blockading_a_commission_obstruct(coder: Coder) -> None:
    text = "Opposition supporters blockaded the electoral commission's offices in Kampala."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "144")


def test_troops_occupying_a_building_still_take_it(coder: Coder) -> None:
    # near miss: an armed side holding a place occupies it (192)
    text = "Sudanese troops occupied the parliament building in Khartoum on Tuesday."
    found = first_dyad(coder, text)
    assert found is not None and found[1] == "192"
