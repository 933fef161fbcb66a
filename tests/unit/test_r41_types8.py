"""Round 41, wrong types (types8), tested on sentences written for them.

- "deployed soldiers to support the police", "the army had been deployed to help the police":
  backing or help told as the purpose of a deployment is what the troops are sent for; the
  deployment is the act (154, MOBILIZE, labelling guide point 27), no support (051) or help
  (070) of its own. A pledge told by its own verb after ", and" is no purpose ("deployed troops
  in Colombo, and India pledged to support the government": India's pledge is an act of its
  own).
- "ordered soldiers onto the highways to fight the gangs": a fight told as a deployment's
  purpose is not yet fought; the deployment is the act (154). "deployed troops to Guayaquil, and
  they began to fight the gangs" tells a fight of its own.
- "deployed another battalion to Mozambique to help the government": a force deployed abroad to
  protect or help a government is military protection (074, AID), as a force that arrives to
  help is; "deployed ... to fight insurgents" stays a deployment, and so do troops sent at home
  to protect a regional government.
- "A missile slammed into a block of flats", "a drone smashed into a cargo ship": a weapon that
  slams into something strikes it (195, ASSAULT), as "struck" does; "slammed into" is no criticism
  (111) and a lorry that slams into a wall no act; "slammed the budget" still criticises.
- "recognised opposition candidate X as the winner of the election", "has recognised the
  opposition leader as Bolivia's interim president": recognising a claimant's victory or office
  grants recognition (054, SUPPORT); refused, it is a rejection (12).
- "dismissed the electoral council's declaration that President X had won": a declared result
  turned down (120, REJECT, labelling guide point 46), no official dismissed (172); "dismissed
  the army chief" still removes him.
- "handed the opposition leader a four-year sentence", "got the harshest term, a decade in
  prison", "received the stiffest sentence": a sentence passed (173, COERCE,
  labelling guide point 35), no aid given (070) nor a riot the charge names; "gave the mayor a
  second term" is an office, no act.
- "launched a criminal inquiry against opposition senator X", "launched a criminal probe
  into former president Y": a criminal case opened against a named person (173, COERCE,
  labelling guide point 24), no opposition voiced (110); a criminal investigation "into the
  shooting" names no suspect and gets no arrest.
- "Mutinous paratroopers burst into the presidential palace", "Troops burst into the
  parliament building": soldiers entering a seat of government by force assault it
  (190, ASSAULT); protesters who force their way in still riot (145).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    code_list,
    events,
    first_act,
    first_dyad,
    recommended_coder,
)

coder = recommended_coder


def test_troops_deployed_to_support_the_police_are_a_deployment(coder: Coder) -> None:
    text = (
        "Bolivia's government deployed soldiers to support the police in Cochabamba after two "
        "nights of looting."
    )
    assert first_dyad(coder, text) == ("MOBILIZE", "154", "BOL", None)


def test_troops_sent_to_support_the_police_are_a_deployment(coder: Coder) -> None:
    text = (
        "Peru's president sent soldiers to the border to support the police, the defence "
        "ministry said."
    )
    assert first_dyad(coder, text) == ("MOBILIZE", "154", "PER", None)


def test_an_army_deployed_to_help_the_police_is_a_deployment(coder: Coder) -> None:
    text = (
        "Troops were deployed in Valparaiso on Friday to help the police after three nights of "
        "looting, Chile's interior minister said."
    )
    assert first_dyad(coder, text) == ("MOBILIZE", "154", "CHL", None)


def test_support_pledged_in_a_new_clause_is_an_act_of_its_own(coder: Coder) -> None:
    # near miss: India's pledge follows ", and", no purpose of the deployment. Round 53
    # (types53): the first main clause's act is the sentence's event (docs/labelling.md,
    # section 1), its object not reaching past ", and India"
    text = "Sri Lanka deployed troops in Colombo, and India pledged to support the government."
    assert first_dyad(coder, text) == ("MOBILIZE", "154", "LKA", None)
    assert "074" not in code_list(coder, text)


def test_a_battalion_deployed_abroad_to_help_a_government_gives_protection(
    coder: Coder,
) -> None:
    text = (
        "Rwanda has deployed another battalion to Mozambique to help the government hold the gas "
        "fields of Cabo Delgado."
    )
    assert first_dyad(coder, text) == ("AID", "074", "RWA", "MOZ")


def test_a_battalion_deployed_abroad_to_fight_stays_a_deployment(coder: Coder) -> None:
    # near miss: the purpose is fighting, no protection of a government
    text = "Rwanda has deployed another battalion to Mozambique to fight insurgents in the north."
    assert "074" not in code_list(coder, text)
    assert "154" in code_list(coder, text)


def test_troops_deployed_at_home_to_protect_a_regional_government_stay_a_deployment(
    coder: Coder,
) -> None:
    # near miss: the force and the government it protects are of one country (the test fails
    # when `coder._deployed_to_protect` drops its check of the two countries: 074)
    text = (
        "Peru's government deployed 500 soldiers to Puno to protect the regional government from "
        "protesters."
    )
    assert code_list(coder, text) == ["154"]


def test_a_missile_slamming_into_a_block_of_flats_is_an_attack(coder: Coder) -> None:
    text = (
        "Ukraine's air force said a Russian cruise missile slammed into an apartment block in "
        "Dnipro before dawn."
    )
    assert first_dyad(coder, text) == ("ASSAULT", "195", "RUS", "UKR")


def test_a_missile_crashing_into_a_school_is_an_attack(coder: Coder) -> None:
    text = "A Russian missile crashed into a school in Kharkiv overnight."
    # round 55 (types55): a school struck is 18, violence against civilians (guide section 3)
    assert first_dyad(coder, text) == ("ASSAULT", "180", "RUS", "UKR")


def test_a_drone_smashing_into_a_ship_is_an_attack(coder: Coder) -> None:
    text = "A Houthi drone smashed into a cargo ship in the Red Sea on Sunday."
    assert first_act(coder, text) == ("ASSAULT", "195", 4)


def test_a_lorry_slamming_into_a_wall_is_no_act(coder: Coder) -> None:
    # near miss: no weapon, and "slammed into" is no criticism
    assert events(coder, "A lorry slammed into a wall in Lima on Sunday.") == []


def test_slamming_a_budget_still_criticises(coder: Coder) -> None:
    # near miss: "slammed the" is the verb of criticism
    text = "Peru's opposition slammed the president over the failed pension reform."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "PER", "PER")


def test_a_claimant_recognised_as_the_winner_is_recognition(coder: Coder) -> None:
    text = (
        "Argentina said on Tuesday it recognised the challenger, Marta Quispe, as Bolivia's "
        "president-elect."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("SUPPORT", "054", "ARG")


def test_a_leader_recognised_as_interim_president_is_recognition(coder: Coder) -> None:
    text = (
        "Portugal has recognised the opposition leader as Bolivia's interim president, the "
        "foreign ministry said."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("SUPPORT", "054", "PRT")


def test_a_recognition_refused_is_a_rejection(coder: Coder) -> None:
    # near miss: refused, the recognition is turned down
    text = (
        "Peru's opposition refused to recognise the new speaker as the legitimate head of Congress."
    )
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("REJECT", "12")


def test_a_declaration_dismissed_is_no_dismissal_from_office(coder: Coder) -> None:
    text = (
        "Bolivia's opposition dismissed the electoral tribunal's announcement that Governor "
        "Mario Quispe had been re-elected."
    )
    assert code_list(coder, text) == ["120"]


def test_an_army_chief_dismissed_is_still_removed(coder: Coder) -> None:
    # near miss: a person dismissed from a post
    text = "Bolivia's president dismissed the army chief on Tuesday."
    assert first_dyad(coder, text) == ("COERCE", "172", "BOL", "BOL")


def test_troops_ordered_out_to_fight_gangs_are_a_deployment(coder: Coder) -> None:
    text = "The governor of Sinaloa ordered soldiers onto the highways to fight the gangs."
    assert first_act(coder, text) == ("MOBILIZE", "154", 4)


def test_a_fight_told_in_its_own_clause_is_fought(coder: Coder) -> None:
    # near miss: ", and they began to fight" is no purpose of the deployment
    text = (
        "Ecuador deployed troops to Guayaquil, and they began to fight the gangs on Monday night."
    )
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ASSAULT", "19")


def test_an_opposition_leader_handed_a_sentence_is_coerced(coder: Coder) -> None:
    text = (
        "An Armenian court handed the opposition leader a four-year sentence for organising riots."
    )
    assert first_dyad(coder, text) == ("COERCE", "173", "ARM", "ARM")


def test_the_harshest_term_got_is_a_sentence(coder: Coder) -> None:
    text = (
        "Of the eleven defendants in the coup trial in Yerevan, a retired general got the "
        "harshest term, a decade in prison."
    )
    assert first_act(coder, text) == ("COERCE", "173", 4)


def test_the_stiffest_sentence_received_is_a_sentence(coder: Coder) -> None:
    text = (
        "In Yerevan, the former defence minister received the stiffest sentence of the nine "
        "accused in the coup trial."
    )
    assert first_act(coder, text) == ("COERCE", "173", 4)


def test_a_second_term_given_by_voters_is_no_sentence(coder: Coder) -> None:
    # near miss: a term of office
    assert events(coder, "Voters in Lima gave the mayor a second term.") == []


def test_a_criminal_inquiry_against_an_opposition_senator_is_a_charge(coder: Coder) -> None:
    text = (
        "Kenya's public prosecutor launched a criminal inquiry against opposition senator Daniel "
        "Otieno on Thursday after the riots in Kisumu."
    )
    assert first_dyad(coder, text) == ("COERCE", "173", "KEN", "KEN")


def test_a_criminal_probe_into_a_former_president_is_a_charge(coder: Coder) -> None:
    text = (
        "Chile's prosecutors launched a criminal probe into former president Sebastian Pinera "
        "over the mining deal."
    )
    assert first_dyad(coder, text) == ("COERCE", "173", "CHL", "CHL")


def test_a_criminal_investigation_into_a_shooting_is_no_charge(coder: Coder) -> None:
    # near miss: an incident, no named suspect
    text = "Police in Lima opened a criminal investigation into the shooting of two protesters."
    assert code_list(coder, text) == ["090"]


def test_paratroopers_bursting_into_the_palace_assault_it(coder: Coder) -> None:
    text = (
        "Mutinous paratroopers burst into the presidential palace in Bamako before dawn on Sunday."
    )
    assert first_dyad(coder, text) == ("ASSAULT", "190", "MLI", "MLI")


def test_troops_bursting_into_parliament_assault_it(coder: Coder) -> None:
    text = "Troops burst into the parliament building in Lima and detained the speaker."
    assert first_dyad(coder, text) == ("ASSAULT", "190", "PER", "PER")


def test_protesters_forcing_their_way_into_parliament_still_riot(coder: Coder) -> None:
    # near miss: a crowd, no soldiers (labelling guide point 42)
    text = "Hundreds of protesters forced their way into the parliament building in Lima."
    assert first_act(coder, text) == ("PROTEST", "145", 4)
