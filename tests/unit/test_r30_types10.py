"""Event types, round 30 (helper types10): a state that "protested" complains (114, ACCUSE)
whether named as a country or by its government, also "against", "over" and "in the strongest
terms"; a speaker who says a party "was behind" or "was responsible for" an attack accuses it;
a protest called an attempt to overthrow the government is the speaker's charge. Every
sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, first_dyad, recommended_coder

wire_coder = recommended_coder  # the floors the held-out totals use


# --- a state's protest is a complaint, not a demonstration --------------------------------------


def test_a_country_protesting_against_a_foreign_ship_complains(coder: Coder) -> None:
    text = "Vietnam protested against the Chinese survey ship's presence in its waters."
    assert first_dyad(coder, text) == ("ACCUSE", "114", "VNM", "CHN")


def test_a_country_protesting_strongly_to_a_neighbour_complains(coder: Coder) -> None:
    text = "Cambodia protested strongly to Thailand over the shelling."
    assert first_dyad(coder, text) == ("ACCUSE", "114", "KHM", "THA")


def test_a_country_protesting_an_airspace_violation_complains(coder: Coder) -> None:
    text = "Lithuania protested the airspace violation by a Belarusian helicopter."
    assert first_dyad(coder, text) == ("ACCUSE", "114", "LTU", "BLR")


def test_a_country_protesting_on_a_weekday_against_a_decision_complains(coder: Coder) -> None:
    text = "Serbia protested on Tuesday against the decision to admit Kosovo to the council."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "114")


def test_a_ministry_protesting_against_drills_complains(coder: Coder) -> None:
    text = "The Malaysian foreign ministry protested against the drills near its islands."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "114")


def test_a_minister_protesting_in_the_strongest_terms_complains(coder: Coder) -> None:
    text = "The foreign minister protested in the strongest terms against the detention."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "114")


def test_a_country_s_people_protesting_demonstrate(coder: Coder) -> None:
    # a plural demonym is people in the street, not the state
    text = "Bolivians protested in La Paz against the election result."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_people_in_a_country_protesting_against_a_law_demonstrate(coder: Coder) -> None:
    text = "Thousands of people in Bolivia protested against the new fuel law on Monday."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_officials_protesting_in_a_city_demonstrate(coder: Coder) -> None:
    # "in" a place: a demonstration, as before
    text = "Hungarian officials protested in Brussels against the new budget rules."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_opposition_supporters_protesting_over_a_ruling_demonstrate(coder: Coder) -> None:
    text = "Opposition supporters in Zambia protested over the ruling."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- blame laid by a speaker is the speaker's accusation -----------------------------------------


def test_a_government_saying_militias_were_responsible_for_a_raid_accuses(coder: Coder) -> None:
    text = (
        "The Chadian government said Sudanese militias were responsible for the raid on the "
        "village."
    )
    assert first_dyad(coder, text) == ("ACCUSE", "112", "TCD", "SDN")


def test_a_president_saying_a_group_was_responsible_for_a_bombing_accuses(coder: Coder) -> None:
    text = "Somalia's president said al-Shabab was responsible for the bombing in Mogadishu."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_a_ministry_saying_foreign_forces_were_behind_an_attack_accuses(coder: Coder) -> None:
    text = "The Kyrgyz foreign ministry said Tajik forces were behind the attack on the post."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "KGZ", "TJK")


def test_forces_behind_an_attack_with_a_trailing_speaker_are_accused(coder: Coder) -> None:
    text = "Tajik forces were behind the attack on the post, the Kyrgyz foreign ministry said."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "KGZ", "TJK")


def test_a_duty_to_keep_security_is_no_accusation_codes_nothing(coder: Coder) -> None:
    text = "The police chief said the ministry is responsible for security at the border."
    assert events(coder, text) == []


def test_a_group_responsible_for_killings_with_no_speaker_is_no_accusation(coder: Coder) -> None:
    # narration of the group's violence, not a charge anyone lays
    text = "The gang has been responsible for mass killings along the western coast."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a group that 'has been responsible for' killings (a habit) is coded an attack.
    assert "ACCUSE" not in [e.plover_type for e in events(coder, text)]


# --- a protest called a plot -------------------------------------------------------------------


def test_a_government_calling_protests_an_attempt_to_overthrow_it_accuses(coder: Coder) -> None:
    text = "Bolivia's government said the protests were an attempt to overthrow it."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_protests_against_an_attempt_to_overthrow_stay_protests(coder: Coder) -> None:
    text = "Thousands marched in Sucre against what they called an attempt to overthrow the law."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- a denial of the act blamed, before the side's own account ----------------------------------


def test_a_denial_of_targeting_civilians_comes_before_the_strike_it_admits(coder: Coder) -> None:
    text = "The army denied targeting civilians and said it had struck a rebel base."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("REJECT", "016")


def test_a_denial_of_shelling_is_a_denial(coder: Coder) -> None:
    text = "Zambia's defence ministry denied shelling the border village on Sunday."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("REJECT", "016")


def test_a_denial_with_a_gerund_passes_the_agency_floor(wire_coder: Coder) -> None:
    body = (
        "ASMARA, Eritrea (AP) — Eritrea's army carried out airstrikes on a village in the "
        "border region, killing at least 18 civilians, residents said.\n\n"
        "The army denied targeting civilians and said it struck a rebel base."
    )
    second_sentence = [e for e in article(wire_coder, body) if e.sentence_index == 1]
    assert second_sentence and second_sentence[0].plover_type == "REJECT"


def test_shelling_begun_is_no_denial(coder: Coder) -> None:
    text = "Zambian troops began shelling the border village on Sunday."
    assert [e.plover_type for e in events(coder, text)] == ["ASSAULT"]


# --- aid handed over at a meeting ---------------------------------------------------------------


def test_a_cheque_handed_over_during_talks_is_aid(coder: Coder) -> None:
    text = (
        "During talks in Dhaka, the Canadian minister handed over a cheque for $20 million "
        "to the Bangladeshi government."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "AID"


def test_ambulances_delivered_at_a_meeting_are_aid(coder: Coder) -> None:
    text = "At a meeting in Beirut, the French minister delivered two ambulances to Lebanon."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "AID"


def test_generators_handed_over_to_a_minister_are_aid(coder: Coder) -> None:
    text = "The Qatari ambassador handed over 50 generators to Lebanon's energy minister."
    assert first_dyad(coder, text) == ("AID", "070", "QAT", "LBN")


def test_a_suspect_handed_over_is_no_aid(coder: Coder) -> None:
    text = "Police handed over the suspect to prosecutors in Lusaka."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a suspect handed to prosecutors at home is coded cooperation.
    assert "AID" not in [e.plover_type for e in events(coder, text)]
