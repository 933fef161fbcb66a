"""Round 46 (penta46): the labelling guide's type conventions that the opened blind sets
(wp27-30, fp21-24) broke in forms the rules did not know: relations ended (point 7, 16), an
extradition done (point 7, 174 COERCE), a removal by a no-confidence vote (points 23 and 36,
11), a crowd defying a ban (14), a crowd named as "supporters of X" that sets fire (point 42,
145). Each rule has a test that fails without it and a near miss. Every sentence here was
written for this module."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_act, first_dyad, recommended_coder

coder = recommended_coder


def test_ended_relations_is_a_break_of_relations(coder: Coder) -> None:
    # guide point 7: ties broken are 16 (161), as "cut" and "severed" are
    text = "Paraguay ended relations with Belarus on Tuesday over the detention of its consul."
    assert first_dyad(coder, text) == ("SANCTION", "161", "PRY", "BLR")


def test_terminated_diplomatic_ties_is_a_break_of_relations(coder: Coder) -> None:
    text = "Guyana terminated its diplomatic ties with Suriname after the border incident."
    assert first_dyad(coder, text) == ("SANCTION", "161", "GUY", "SUR")


def test_ended_the_talks_is_no_break_of_relations(coder: Coder) -> None:
    # near miss: talks ended are no relations broken
    text = "Paraguay ended the talks with Belarus on Tuesday without an agreement."
    assert code_list(coder, text) == ["164"]


def test_extradited_person_is_expelled(coder: Coder) -> None:
    # guide point 7: a person handed to another state is "174 Expel or deport individuals"
    text = "Panama on Friday extradited a former Peruvian minister wanted in Lima for bribery."
    assert first_dyad(coder, text)[:2] == ("COERCE", "174")


def test_extradition_allowed_by_a_court_stays_cooperation(coder: Coder) -> None:
    # near miss: a court allowing an extradition is judicial cooperation (063)
    text = "A court in Bogota allowed the banker to be extradited to Spain."
    assert code_list(coder, text)[:1] == ["063"]


def test_ousted_in_a_no_confidence_vote_is_a_passed_motion(coder: Coder) -> None:
    # guide points 23 and 36: a removal told as a no-confidence vote is the motion passed (11)
    text = (
        "Lawmakers in Apia removed the finance minister from office in a no-confidence vote late "
        "on Monday."
    )
    assert first_dyad(coder, text) == ("ACCUSE", "111", "WSM", "WSM")


def test_ousted_through_a_motion_of_censure_is_a_passed_motion(coder: Coder) -> None:
    text = (
        "Lawmakers in Lima ousted the prime minister of Peru through a motion of censure "
        "on Thursday."
    )
    assert first_dyad(coder, text) == ("ACCUSE", "111", "PER", "PER")


def test_ousted_by_impeachment_stays_a_removal(coder: Coder) -> None:
    # near miss: a removal with no confidence vote stays 17 (guide point 36)
    text = "Lawmakers in Apia removed the finance minister from office late on Monday."
    assert code_list(coder, text)[:1] == ["172"]


def test_crowd_defying_a_curfew_protests(coder: Coder) -> None:
    text = "Crowds of students defied the curfew in Conakry on Sunday night."
    assert first_dyad(coder, text)[:2] == ("PROTEST", "141")


def test_activists_defying_a_ban_protest(coder: Coder) -> None:
    text = "Thousands of students defied a ban on rallies and filled the main square of Chisinau."
    assert first_dyad(coder, text)[:2] == ("PROTEST", "141")


def test_government_defying_an_outcry_stays_defiance(coder: Coder) -> None:
    # near miss: a government defying its critics does not protest
    text = "Uganda's government defied international criticism and kept the law in force."
    # Pinned to the part that is right by the guide (round 48's list):
    # one event a sentence; the criticism defied is no second act.
    assert code_list(coder, text)[0] == "128"


def test_supporters_of_a_cleric_setting_fire_riot(coder: Coder) -> None:
    # guide point 42: a crowd that sets fire riots (145), also when named "supporters of X"
    text = (
        "Angry supporters of the Zambian opposition leader Hakainde Banda set fire to a police "
        "post in Ndola."
    )
    assert first_dyad(coder, text)[:2] == ("PROTEST", "145")


def test_gunmen_setting_fire_stay_force(coder: Coder) -> None:
    # near miss: armed men who set fire are no crowd
    text = "Gunmen loyal to the warlord set fire to a police post in Osh."
    assert code_list(coder, text) == ["1712"]


def test_policy_scrapped_named_as_a_demand_is_a_concession(coder: Coder) -> None:
    # guide point 29: the concession made, told by naming it as what a side demanded (0832)
    text = (
        "The cabinet in Ulaanbaatar scrapped the fuel levy on Wednesday, a long-standing demand "
        "of herders."
    )
    assert first_act(coder, text) == ("CONCEDE", "0832", 2)


def test_demand_named_after_a_policy_cut_in_another_wording(coder: Coder) -> None:
    text = "The cabinet in Accra shelved the new road tolls, one of the drivers' main demands."
    assert first_act(coder, text) == ("CONCEDE", "0832", 2)


def test_policy_cut_with_no_demand_named_is_no_concession(coder: Coder) -> None:
    # near miss: a cut that no side is said to have demanded is no demand met
    text = "The cabinet in Ulaanbaatar scrapped the fuel levy on Wednesday."
    assert code_list(coder, text) == ["080"]


def test_release_named_as_a_demand_stays_a_release(coder: Coder) -> None:
    # near miss: a release keeps its own code (0841 RETREAT)
    text = "The junta freed two jailed editors, a key demand of the press union."
    assert code_list(coder, text) == ["0841"]


def test_law_called_cruel_before_an_appeal_is_condemned(coder: Coder) -> None:
    # guide point 8 and section 1 (the first act): a law named cruel is condemned (111)
    text = (
        "A Council of Europe rapporteur called Chad's new flogging statute cruel, and asked "
        "N'Djamena to scrap it."
    )
    assert code_list(coder, text)[:1] == ["111"]


def test_law_called_draconian_is_condemned(coder: Coder) -> None:
    text = "Lithuania's foreign minister called Minsk's new border rules draconian."
    assert code_list(coder, text)[:1] == ["111"]


def test_cruel_as_a_word_of_the_appeal_stays_the_appeal(coder: Coder) -> None:
    # near miss: "cruel" inside what is appealed for names no verdict by the speaker
    text = "The rapporteur asked N'Djamena to scrap the cruel practice of public flogging."
    assert code_list(coder, text)[:1] == ["0256"]


def test_largest_donor_by_a_copula_is_no_aid(coder: Coder) -> None:
    # section 1: a standing role ("is its largest donor") is no act
    text = "Tokyo is the biggest aid donor of Laos, and its firms run two of the dams."
    assert code_list(coder, text) == []


def test_donation_made_stays_aid(coder: Coder) -> None:
    # near miss: a donation made is aid (070)
    text = "Tokyo donated 40 ambulances to the health ministry of Laos on Friday."
    assert code_list(coder, text)[:1] == ["070"]


def test_official_struck_by_a_stone_at_a_protest_is_a_riot(coder: Coder) -> None:
    # guide point 42 in the passive: a stone thrown at a protest is the crowd's riot (145),
    # the crowd the struck official's own people
    text = (
        "Peru's transport minister was hit in the face by a brick during a demonstration "
        "of truck drivers in Arequipa."
    )
    assert first_dyad(coder, text) == ("PROTEST", "145", "PER", "PER")


def test_soldier_struck_by_a_bullet_in_clashes_stays_force(coder: Coder) -> None:
    # near miss: a bullet is armed force, not a crowd's stone
    text = "A Peruvian soldier was struck by a bullet during clashes with coca growers in Cusco."
    assert code_list(coder, text) == ["190"]


def test_legal_action_warned_of_is_a_threat(coder: Coder) -> None:
    # guide point 9: "warned that it would ..." is a threat (13), the legal action its content
    text = (
        "Kenya's interior ministry warned that it would take legal action against bloggers "
        "who spread false reports."
    )
    assert code_list(coder, text) == ["130"]


def test_legal_action_announced_stays_legal_action(coder: Coder) -> None:
    # near miss: legal action said to be coming, with no warning, stays 115
    text = "The opposition said it would take legal action against the electoral commission."
    assert code_list(coder, text)[:1] == ["115"]
