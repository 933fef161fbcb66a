"""Round 51 (miss51f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- "has blamed the attack on the rebel alliance that has fought the state since late 2020": a
  relative clause in the perfect after the act tells the history of the party it describes; a
  year in it dates that history, not the site's perfect act (docs/labelling.md point 14;
  `relevance._perfect_relative`). A year that dates the act itself stays background.
- "The head of the Civil Service Association warned": the one who leads a body speaks for it;
  the body after "head/leader/chief/chairman of" is the subject, as after "a spokesman for"
  (`clause_words.AFFILIATED`).
- "fighters of the Coalition of Patriots for Change ... A spokesman for the coalition denied":
  an organisation a title names is "the coalition" later, as a named one is
  (`ArticleContext._remember_org`).
- "said the door to talks remained open and invited union leaders to meet": an offer or
  invitation (03) is done by saying, as an appeal or threat is; after a reported clause that
  names no one who could make it, it is the speaker's (`coder.OFFERING_ROOTS`). One whose
  reported clause names its maker ("said the rebels had pulled back and agreed to talks") stays
  theirs.
- Lexicon lines (docs/labelling.md points 6 and 44, section 1): a media outlet's studios or
  newsroom sealed by soldiers or police (172); forces ordered to reinforce, or reinforcing, their
  positions (154); people taken to a police station or among those taken there (173; goods and
  vehicles taken there are discarded); blank sheets held up or raised (141); officers, agents,
  soldiers or members "of" a named service who took someone from home, office or studio (173).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, first_root_sides, recommended_coder, undated_in

coder = recommended_coder


# --- a year in a relative clause after the act ---------------------------------------------


def test_blame_on_group_described_since_a_year(coder: Coder) -> None:
    body = (
        "Gunmen have attacked a market in northern Burkina Faso, killing nine traders. "
        "The government in Ouagadougou has blamed the attack on JNIM, the jihadist alliance "
        "that has fought the state since 2016."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("11", "BFA", "GOV")


def test_condemned_arrest_of_leader_who_has_led_since(coder: Coder) -> None:
    body = (
        "Police in Lusaka have detained the opposition leader Hakainde Mwila. "
        "Zambia's main opposition party has condemned the arrest of Mwila, who has led the "
        "party since 2019."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("11", "ZMB")


def test_accused_group_which_has_held_since(coder: Coder) -> None:
    body = (
        "Mali's army said on Monday its convoy was ambushed near Kidal. The junta has accused "
        "the separatist coalition, which has held the town since 2012, of planting mines."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("11", "MLI")


def test_year_that_dates_the_perfect_act_stays_background(coder: Coder) -> None:
    body = (
        "Gunmen have attacked a market in northern Burkina Faso, killing nine traders. "
        "The government has blamed such attacks on JNIM since 2016, a group that has "
        "no political wing."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- the head of a body speaks for it -------------------------------------------------------


def test_head_of_association_warns_of_strike(coder: Coder) -> None:
    body = (
        "Hundreds of nurses have marched through Kingstown to demand higher pay. "
        "The head of the Civil Service Association warned that members would strike if talks "
        "did not resume."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("13", "VCT")


def test_leader_of_named_party_condemns(coder: Coder) -> None:
    body = (
        "Police in Maseru have arrested two journalists. The leader of the opposition Basotho "
        "Action Party condemned the arrests."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("11", "LSO", "OPP")


def test_chairman_of_council_rejected_the_plan(coder: Coder) -> None:
    body = (
        "Botswana's government has proposed a new levy on cattle exports. The chairman of the "
        "opposition Umbrella for Democratic Change rejected the plan."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("12", "BWA", "OPP")


def test_person_named_after_leader_of_is_no_party_noun(coder: Coder) -> None:
    # "the killing of the leader of the militia": the militia is killed, not the killer
    body = (
        "Fighting has flared in Ituri. Congolese troops killed the leader of the CODECO "
        "militia in a raid on Tuesday."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("19", "COD")


# --- an organisation named by a title, then "the coalition" ---------------------------------


def test_front_named_by_supporters_of(coder: Coder) -> None:
    body = (
        "The Taliban have accused supporters of the National Resistance Front of ambushing a "
        "patrol in Panjshir. A spokesman for the front denied the accusation."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("01", "AFG", "REB", "AFG")


def test_front_named_bare_later(coder: Coder) -> None:
    body = (
        "The Taliban have accused supporters of the National Resistance Front of ambushing a "
        "patrol in Panjshir. The front denied the accusation."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("01", "AFG", "REB")


def test_coalition_named_by_fighters_of(coder: Coder) -> None:
    body = (
        "Gunmen have attacked a village near Bouar, killing five herders. The government has "
        "blamed fighters of the Coalition of Patriots for Change for the attack. The coalition "
        "denied that it had been involved."
    )
    assert first_root_sides(undated_in(coder, body, 2))[:3] == ("01", "CAF", "REB")


# --- an offer after a reported clause is the speaker's ----------------------------------------


def test_invitation_after_reported_clause(coder: Coder) -> None:
    body = (
        "Thousands of dockworkers have marched through Kingston to demand a new contract. "
        "Jamaica's labour minister said the door to talks remained open and invited union "
        "leaders to meet his officials next week."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("03", "JAM", "GOV", "JAM")


def test_offer_after_reported_clause(coder: Coder) -> None:
    body = (
        "Fighting between Sudan's army and the RSF has stalled aid convoys. Qatar's foreign "
        "minister said talks could still succeed and offered to host a new round in Doha."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("03", "QAT", "GOV")


def test_pronoun_speaker_invites(coder: Coder) -> None:
    body = (
        "Hundreds of nurses have walked off the job in Suva over unpaid wages. Fiji's health "
        "minister rejected the nurses' demands. He said negotiations could resume and invited "
        "the union's leaders to meet him on Monday."
    )
    assert first_root_sides(undated_in(coder, body, 2))[:3] == ("03", "FJI", "GOV")


def test_agreement_with_its_own_subject_stays_the_subjects(coder: Coder) -> None:
    # the reported clause names who agreed: the rebels, not the speaker
    body = (
        "Fighting has flared in eastern Congo. Angola's president said the M23 rebels had "
        "pulled back and agreed to talks in Luanda."
    )
    found = undated_in(coder, body, 1)
    assert not any(e.cameo_root == "03" and e.source and e.source.country == "AGO" for e in found)


# --- media premises sealed ------------------------------------------------------------------


def test_soldiers_sealed_radio_studios(coder: Coder) -> None:
    body = (
        "Mali's junta has suspended two private radio stations. Soldiers sealed the studios of "
        "Radio Kledu in Bamako on Tuesday evening, staff said."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("17", "MLI", "MIL", "MLI")


def test_police_padlocked_newsroom(coder: Coder) -> None:
    body = (
        "Burundi's media council has banned an independent weekly. Police padlocked the "
        "newsroom of the weekly Iwacu in Bujumbura on Monday."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("17", "BDI", "COP")


def test_company_closing_its_studios_is_no_act(coder: Coder) -> None:
    body = (
        "A Kenyan radio network has posted its annual results. The company sealed its old "
        "studios in Nairobi for renovation."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- forces ordered to reinforce their positions -------------------------------------------


def test_ordered_army_to_reinforce_positions(coder: Coder) -> None:
    body = (
        "Gunmen have attacked two villages near Burkina Faso's border with Niger. The junta "
        "has ordered the army to reinforce its positions along the border."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("15", "BFA", "GOV")


def test_troops_reinforced_their_positions(coder: Coder) -> None:
    body = (
        "The RSF has shelled the outskirts of El Fasher for a third day. Sudanese troops "
        "reinforced their positions around the city on Monday."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("15", "SDN", "MIL")


def test_party_reinforcing_its_position_is_no_force(coder: Coder) -> None:
    body = (
        "Zambia held local elections on Thursday. The ruling party reinforced its position in "
        "the capital's council."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- people taken to a police station -------------------------------------------------------


def test_lawmakers_among_those_taken_to_police_station(coder: Coder) -> None:
    body = (
        "Police in Lusaka have fired tear gas at an opposition rally. The party said three of "
        "its lawmakers were among those taken to the central police station."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("17", "ZMB", "COP")


def test_editor_taken_to_police_station(coder: Coder) -> None:
    body = (
        "Tanzanian authorities have suspended a newspaper over a cartoon of the president. "
        "Its editor was taken to a police station in Dar es Salaam and questioned for hours."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("17", "TZA")


def test_vehicles_taken_to_police_station_are_no_arrest(coder: Coder) -> None:
    body = (
        "Police in Mbale have recovered two stolen lorries. The vehicles were taken to the "
        "police station in the town centre."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- blank sheets held up -------------------------------------------------------------------


def test_journalists_holding_up_blank_sheets(coder: Coder) -> None:
    body = (
        "Niger's junta has suspended a private television channel. About 40 reporters "
        "gathered outside the communication ministry on Friday, holding up blank sheets of "
        "paper."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "NER", "MED", "NER")


def test_students_raised_blank_sheets(coder: Coder) -> None:
    body = (
        "Hong Kong police have arrested two activists under the security law. Students at "
        "the university raised blank sheets of paper in silence on Wednesday."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("14", "HKG")


def test_one_blank_sheet_held_is_no_protest(coder: Coder) -> None:
    body = (
        "The exam board has published new rules for the tests. A teacher held a blank sheet of "
        "paper up to the class."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- officers of a named service took someone from home -------------------------------------


def test_officers_of_national_police_took_priest_from_home(coder: Coder) -> None:
    body = (
        "Nicaraguan authorities have detained a Catholic priest who criticised the government. "
        "Officers of the Nicaraguan National Police took Father Ruiz from his home in "
        "Matagalpa before dawn."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("17", "NIC", "COP")


def test_agents_of_ministry_took_lawyer_from_office(coder: Coder) -> None:
    body = (
        "Iran's authorities have arrested a prominent lawyer. Agents of the intelligence "
        "ministry took Nasrin Ahmadi, 58, from her office in Tehran on Sunday, her husband said."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("17", "IRN")


def test_members_of_club_took_trophy_is_no_arrest(coder: Coder) -> None:
    body = (
        "Zambia's league season ended on Saturday. Members of the Nkana club took the trophy "
        "from their clubhouse to the town hall."
    )
    assert coded_as(undated_in(coder, body, 1)) == []
