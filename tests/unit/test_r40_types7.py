"""Round 40, wrong types (types7), tested on sentences written for them.

- "removed Bangladesh from the list of trusted trading partners", "dropped Myanmar from its
  whitelist", "stripped Nicaragua of its preferential trade status", "withdrew Cambodia's trade
  preferences": a trade privilege taken from a state is a trade sanction (163, SANCTION), the
  mirror of a state added to a blacklist; told as what the state could do ("warned that it
  could delist Cambodia from its list ... if the dispute dragged on") it is a threat to
  sanction (1312, THREATEN). Not tariffs removed on goods "from its trusted trading partners"
  (no list), nor a player dropped from a list of preferred starters.
- "students attacked the embassies of Zimbabwe and Botswana", "Thousands of people
  stormed the presidential palace", "Crowds attacked the ministry of finance": a crowd with no
  arms named that attacks a state's missions, palaces or ministries riots (145, PROTEST), as it
  does attacking a police station or an embassy; gunmen and armed youths still attack (19).
- "Kenyan riot units used batons", "Riot troops fired tear gas", "riot officers beat
  demonstrators": the police's riot units, officers and troops are named as "riot police" is, no
  riot of their own (145, PROTEST) beside their force; "youths rioted" and "a riot broke out"
  still riot.
- "offered places at its universities to the expelled Somali students", "pledged scholarships
  to the banished Zimbabwean journalists": a participle describing the people an offer is made to
  is no act the offer governs (an "offer to expel" would be a threat, 131); the offer stays an
  offer (030). "offered to expel the diplomats" still threatens; "have both expelled the
  envoys" is the verb after a floated quantifier, no participle describing the envoys.
- "called Lome's decision short-sighted and hasty", "called India's new border policy
  ill-conceived", "described the move as rash": a verdict of imprudence on a party's decision or
  measure is criticism (111, ACCUSE), as "regrettable" is; "called a hasty news conference" is
  no verdict.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_act, first_dyad, recommended_coder, types

coder = recommended_coder


def test_removed_from_the_trusted_trading_partners_is_a_sanction(coder: Coder) -> None:
    text = (
        "New Delhi has removed Bangladesh from the list of trusted trading partners whose goods "
        "clear customs within a day, the commerce ministry said on Tuesday."
    )
    assert first_dyad(coder, text) == ("SANCTION", "163", "IND", "BGD")


def test_dropped_from_a_whitelist_is_a_sanction(coder: Coder) -> None:
    text = "Thailand dropped Myanmar from its whitelist of approved rice suppliers."
    assert first_dyad(coder, text) == ("SANCTION", "163", "THA", "MMR")


def test_a_preferential_trade_status_stripped_is_a_sanction(coder: Coder) -> None:
    text = "Washington stripped Nicaragua of its preferential trade status on Friday."
    assert first_dyad(coder, text) == ("SANCTION", "163", "USA", "NIC")


def test_trade_preferences_withdrawn_are_a_sanction(coder: Coder) -> None:
    text = "The European Union withdrew Cambodia's trade preferences over human rights abuses."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("SANCTION", "163") and found[3] == "KHM"


def test_a_removal_announced_is_a_threat_to_sanction(coder: Coder) -> None:
    text = (
        "Hanoi warned that it could delist Cambodia from its list of preferred trading partners "
        "if the dispute dragged on."
    )
    assert first_dyad(coder, text) == ("THREATEN", "1312", "VNM", "KHM")


def test_tariffs_removed_on_partners_goods_are_no_sanction(coder: Coder) -> None:
    # near miss: no list the partner is taken off; the tariffs lifted stay an easing
    text = "Vietnam removed tariffs on goods from its trusted trading partners on Monday."
    assert types(coder, text) == {"RETREAT"}


def test_a_player_dropped_from_a_list_is_no_sanction_codes_nothing(coder: Coder) -> None:
    # near miss: a list of preferred starters is no trade privilege
    text = "The coach dropped the striker from the list of preferred starters."
    assert types(coder, text) == set()


def test_a_crowd_attacking_embassies_riots(coder: Coder) -> None:
    text = (
        "Malawian students attacked the embassies of Zimbabwe and Botswana on Friday after the "
        "border closures."
    )
    assert first_dyad(coder, text) == ("PROTEST", "145", "MWI", "ZWE")


def test_a_crowd_storming_a_palace_riots(coder: Coder) -> None:
    text = "Thousands of people stormed the presidential palace in Colombo on Saturday."
    assert first_act(coder, text) == ("PROTEST", "145", 4)


def test_a_crowd_attacking_a_ministry_riots(coder: Coder) -> None:
    text = "Crowds attacked the ministry of finance in Dhaka on Monday."
    assert first_act(coder, text) == ("PROTEST", "145", 4)


def test_gunmen_attacking_embassies_still_attack(coder: Coder) -> None:
    # near miss: armed men are no crowd of protesters
    text = "Gunmen attacked the embassies of Zimbabwe and Botswana on Friday."
    assert first_act(coder, text) == ("ASSAULT", "190", 4)


def test_armed_youths_storming_a_palace_still_attack(coder: Coder) -> None:
    # near miss: a crowd named armed fights
    text = "Armed youths attacked the presidential palace in Bangui on Sunday."
    assert first_act(coder, text) == ("ASSAULT", "190", 4)


def test_riot_units_using_batons_are_no_riot(coder: Coder) -> None:
    text = (
        "Kenyan riot units dispersed the marchers with batons and tear gas outside parliament in "
        "Nairobi."
    )
    assert first_act(coder, text) == ("ASSAULT", "175", 4)
    assert "PROTEST" not in types(coder, text)


def test_riot_troops_firing_tear_gas_are_no_riot(coder: Coder) -> None:
    text = "Riot troops fired tear gas at students outside the university in Dhaka."
    assert types(coder, text) == {"ASSAULT"}


def test_riot_officers_beating_demonstrators_are_no_riot(coder: Coder) -> None:
    text = (
        "Malawian riot officers beat demonstrators with batons outside the electoral "
        "commission in Lilongwe."
    )
    assert types(coder, text) == {"ASSAULT"}


def test_youths_who_rioted_still_riot(coder: Coder) -> None:
    # near miss: the verb is the crowd's riot
    assert first_act(coder, "Hundreds of youths rioted in the suburbs of Brussels overnight.") == (
        "PROTEST",
        "145",
        4,
    )


def test_a_riot_that_broke_out_still_riots(coder: Coder) -> None:
    # near miss: "a riot broke out" names the riot, before the officers' tear gas
    text = "A riot broke out in the prison in Mombasa on Sunday, and officers fired tear gas."
    assert "PROTEST" in types(coder, text)


def test_an_offer_to_expelled_students_is_an_offer(coder: Coder) -> None:
    text = (
        "Kenya offered places at its universities to the expelled Somali students, the "
        "foreign ministry said."
    )
    assert first_dyad(coder, text) == ("AGREE", "030", "KEN", "SOM")


def test_a_pledge_to_banished_journalists_is_a_pledge(coder: Coder) -> None:
    text = "Botswana pledged scholarships to the banished Zimbabwean journalists."
    assert first_act(coder, text) == ("AGREE", "030", 1)


def test_an_offer_to_expel_still_threatens(coder: Coder) -> None:
    # near miss: the act offered after "to" is governed
    assert first_act(coder, "Kenya offered to expel the Somali diplomats.") == (
        "THREATEN",
        "1313",
        3,
    )


def test_have_both_expelled_is_the_verb(coder: Coder) -> None:
    # near miss: "both" floated after "have" is no determiner of a participle
    text = "Benin and Togo have both expelled the Gabonese envoys."
    assert first_act(coder, text) == ("SANCTION", "161", 3)


def test_a_decision_called_short_sighted_is_criticised(coder: Coder) -> None:
    text = "Benin's foreign ministry called Lome's decision short-sighted and hasty."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "BEN", "TGO")


def test_a_policy_called_ill_conceived_is_criticised(coder: Coder) -> None:
    text = "Bhutan's foreign ministry called India's new border policy ill-conceived."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "BTN", "IND")


def test_a_move_described_as_rash_is_criticised_before_the_appeal(coder: Coder) -> None:
    text = "The Kenyan government described the move as rash and urged Somalia to reconsider."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "KEN", "SOM")


def test_a_hasty_news_conference_is_no_verdict_codes_nothing(coder: Coder) -> None:
    # near miss: the adjective before the noun names no verdict on an act
    assert types(coder, "The minister called a hasty news conference in Nairobi.") == set()
