"""Wire-report phrasings found by coding short reports written for the project in the style of
the agencies (issue 8: parties on real wire news). Every sentence here was written for these
tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, country, events, of_type

# --- "X said its forces ...": the possessive's owner, not the article's last army ------------


def test_its_troops_belong_to_the_party_that_speaks_not_to_the_last_army_named(
    coder: Coder,
) -> None:
    body = (
        "Greek troops held an exercise near the border on Monday. "
        "Turkey's defence ministry said its soldiers fired warning shots at a Greek patrol boat."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "MOBILIZE")
    assert country(event.source) == "TUR"
    assert country(event.target) == "GRC"


def test_their_fighters_belong_to_the_group_before_them(coder: Coder) -> None:
    body = (
        "Kenyan police arrested six suspects in Mombasa. "
        "Somali officials said their soldiers killed 20 al-Shabaab fighters near Kismayo."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ASSAULT")
    assert country(event.source) == "SOM"


def test_a_bare_sector_without_a_possessive_still_takes_the_articles_country(
    coder: Coder,
) -> None:
    body = (
        "Greek troops held an exercise near the border on Monday. "
        "Officials in Athens said soldiers fired warning shots at a Turkish fishing boat."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "MOBILIZE")
    assert country(event.source) == "GRC"
    assert country(event.target) == "TUR"


# --- riot-control weapons fired at someone: the target is who they were fired at -------------


def test_water_cannon_fired_at_a_boat_targets_the_boats_country(coder: Coder) -> None:
    event = of_type(
        events(coder, "Chinese vessels fired water cannon at a Vietnamese fishing boat."),
        "ASSAULT",
    )
    assert event.cameo_code == "175"
    assert (country(event.source), country(event.target)) == ("CHN", "VNM")


def test_tear_gas_used_against_protesters(coder: Coder) -> None:
    text = "Serbian police used tear gas against opposition protesters in Belgrade on Sunday."
    event = of_type(events(coder, text), "ASSAULT")
    assert event.cameo_code == "175"
    assert country(event.source) == "SRB"
    assert event.target is not None and event.target.sector in ("OPP", "CVL")


# --- continents and "the West" are not a country --------------------------------------------


def test_latin_american_countries_are_not_the_united_states(coder: Coder) -> None:
    event = of_type(
        events(coder, "Bolivia expelled diplomats from four Latin American countries on Friday."),
        "SANCTION",
    )
    assert country(event.source) == "BOL"
    assert country(event.target) != "USA"


def test_american_alone_is_still_the_united_states(coder: Coder) -> None:
    event = of_type(events(coder, "Bolivia expelled two American diplomats on Friday."), "SANCTION")
    assert country(event.target) == "USA"


def test_western_allies_are_not_the_speakers_country(coder: Coder) -> None:
    event = of_type(
        events(coder, "Zelensky urged Western allies to send more air defence systems."),
        "REQUEST",
    )
    assert country(event.source) == "UKR"
    assert country(event.target) != "UKR"


def test_water_cannons_used_to_disperse_a_crowd_are_an_act(coder: Coder) -> None:
    text = "Georgian police used water cannons to disperse opposition supporters in Tbilisi."
    event = of_type(events(coder, text), "ASSAULT")
    assert event.cameo_code == "175"
    assert country(event.source) == "GEO"


# --- rockets fired into a country attack it; missiles fired into the sea are a test ----------


def test_rockets_fired_into_a_country_are_an_attack_on_it(coder: Coder) -> None:
    event = of_type(events(coder, "Hamas fired dozens of rockets into southern Israel."), "ASSAULT")
    assert event.cameo_code.startswith("19")
    assert country(event.target) == "ISR"


def test_missiles_fired_into_the_sea_stay_a_weapons_test(coder: Coder) -> None:
    found = events(coder, "North Korea fired two ballistic missiles into the sea on Thursday.")
    assert [e.plover_type for e in found] == ["MOBILIZE"]


def test_rockets_fired_into_the_sea_are_a_demonstration_not_an_attack(coder: Coder) -> None:
    found = events(coder, "North Korea fired artillery rockets into the sea off its west coast.")
    assert [e.plover_type for e in found] == ["MOBILIZE"]


# --- a rejected charge answers whoever made it ----------------------------------------------


def test_rejected_criticism_answers_the_critic_of_an_earlier_sentence(coder: Coder) -> None:
    body = (
        "India accused Pakistan of sheltering militants on Monday. "
        "Islamabad dismissed the allegations as baseless."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "REJECT")
    assert (country(event.source), country(event.target)) == ("PAK", "IND")


def test_a_denied_claim_at_home_answers_the_domestic_accuser(coder: Coder) -> None:
    body = (
        "Opposition leaders accused the Zambian government of rigging the vote. "
        "The government denied the claims."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "REJECT")
    assert event.target is not None and event.target.sector == "OPP"


def test_a_rejection_of_something_else_takes_no_accuser(coder: Coder) -> None:
    body = (
        "India accused Pakistan of sheltering militants on Monday. "
        "Islamabad rejected the budget proposal of its finance ministry."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    # Pinned to the part that is right by the guide (round 48's list):
    # the target is the finance ministry, not civilians.
    assert [act[:3] for act in coded_as(found)] == [("REJECT", "120", "PAKGOV")]


# --- "called X a violation": a condemnation, not the act it names ----------------------------


def test_calling_strikes_a_violation_is_an_accusation_of_their_maker(coder: Coder) -> None:
    found = events(
        coder, "Syria called the Israeli strikes a flagrant violation of its sovereignty."
    )
    assert found[0].plover_type == "ACCUSE"
    assert (country(found[0].source), country(found[0].target)) == ("SYR", "ISR")
    assert all(e.plover_type != "ASSAULT" for e in found)


def test_calling_a_meeting_a_success_accuses_no_one(coder: Coder) -> None:
    found = events(coder, "The minister called the meeting a success.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a meeting called a success is coded a meeting.
    assert all(e.plover_type != "ACCUSE" for e in found)


# --- shows of force: the forces shown are the source's own, never the target ----------------


def test_warplanes_sent_toward_a_coast_are_not_the_target(coder: Coder) -> None:
    found = events(coder, "Russia sent 12 warplanes and four warships toward the Finnish coast.")
    event = of_type(found, "MOBILIZE")
    assert country(event.source) == "RUS"
    assert coded_as([event]) == [("MOBILIZE", "154", "RUSMIL", "FIN")]


def test_troops_deployed_to_a_border_target_the_neighbour(coder: Coder) -> None:
    event = of_type(events(coder, "Turkey deployed troops to the Syrian border."), "MOBILIZE")
    assert (country(event.source), country(event.target)) == ("TUR", "SYR")


def test_staged_drills_are_a_show_of_force_and_fire_drills_are_not(coder: Coder) -> None:
    event = of_type(events(coder, "China began large-scale exercises around Taiwan."), "MOBILIZE")
    assert (country(event.source), country(event.target)) == ("CHN", "TWN")
    assert events(coder, "The school held fire drills on Monday.") == []


# --- reduced relatives: "companies accused of ...", "a truce agreed in ..." are background -----


def test_companies_accused_of_something_are_not_accused_by_the_subject(coder: Coder) -> None:
    text = (
        "The United States imposed sanctions on four Turkish firms accused of shipping "
        "weapons parts to Iran."
    )
    found = events(coder, text)
    assert [e.plover_type for e in found] == ["SANCTION"]
    assert (country(found[0].source), country(found[0].target)) == ("USA", "TUR")


def test_a_truce_agreed_elsewhere_is_not_a_new_agreement(coder: Coder) -> None:
    found = events(
        coder, "The African Union urged both sides to respect a truce agreed in Nairobi."
    )
    assert [e.plover_type for e in found] == ["REQUEST"]


def test_an_accusation_with_its_auxiliary_is_still_an_act(coder: Coder) -> None:
    event = of_type(
        events(coder, "The opposition leader was accused of treason by the Ugandan government."),
        "ACCUSE",
    )
    assert event.target is not None and event.target.sector == "OPP"


# --- ", killing N" is the result of the act before it, not a second act ----------------------


def test_shelling_that_killed_civilians_is_one_act(coder: Coder) -> None:
    found = events(coder, "Myanmar's army shelled a village in Rakhine, killing seven civilians.")
    assert len([e for e in found if e.plover_type == "ASSAULT"]) == 1
    assert country(found[0].source) == "MMR"


def test_acts_of_two_clauses_stay_two_and_the_result_joins_the_second(coder: Coder) -> None:
    text = "Rebels seized a border town, and the army later bombed the town, killing ten."
    assert sorted(e.plover_type for e in events(coder, text)) == ["ASSAULT", "COERCE"]


# --- what a demand asks for is its content, not an act that took place -----------------------


def test_an_agreement_demanded_of_a_government_is_the_demand(coder: Coder) -> None:
    text = "Protesters in Belgrade demanded that the government reach a deal with the unions."
    found = events(coder, text)
    assert [e.plover_type for e in found] == ["REQUEST"]


def test_an_agreement_reported_is_still_an_agreement(coder: Coder) -> None:
    found = events(coder, "Officials said that Serbia agreed to a deal with Kosovo.")
    assert of_type(found, "AGREE").source is not None


# --- an act named only to date the sentence ("since the invasion") is not reported -----------


def test_an_invasion_named_as_a_time_reference_is_no_event(coder: Coder) -> None:
    text = "The trip will be Scholz's first to China since the invasion of Ukraine."
    assert events(coder, text) == []


def test_wounded_after_an_attack_still_reports_the_attack(coder: Coder) -> None:
    text = "Three Nigerien soldiers were wounded after an attack on their convoy near Tillaberi."
    assert any(e.plover_type == "ASSAULT" for e in events(coder, text))


def test_a_denied_claim_answers_the_speaker_who_made_it(coder: Coder) -> None:
    body = (
        "Armenia's defence ministry said Azerbaijani troops fired on its positions overnight. "
        "Baku denied the claim."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "REJECT")
    assert (country(event.source), country(event.target)) == ("AZE", "ARM")


def test_the_country_a_suspect_spied_for_is_not_the_one_arrested(coder: Coder) -> None:
    text = "Estonian police detained a man suspected of spying for Russia in Narva."
    event = of_type(events(coder, text), "COERCE")
    assert country(event.source) == "EST"
    assert country(event.target) != "RUS"


# --- legal appeals and the crowd dispersed -----------------------------------------------------


def test_appealing_a_verdict_is_no_appeal_between_parties(coder: Coder) -> None:
    assert events(coder, "The former governor said he would appeal the verdict.") == []


def test_appealing_to_a_party_is_still_an_appeal(coder: Coder) -> None:
    found = events(coder, "The African Union appealed to both sides to stop the fighting.")
    assert of_type(found, "REQUEST").source is not None


def test_police_who_dispersed_them_are_the_source(coder: Coder) -> None:
    body = "Protesters blocked a highway in Lima. Riot police dispersed them with tear gas."
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ASSAULT")
    assert event.source is not None and event.source.sector == "COP"


def test_attacking_a_policy_is_criticism_not_violence(coder: Coder) -> None:
    text = "Kenyan opposition leaders attacked the government's handling of the protests."
    event = of_type(events(coder, text), "ACCUSE")
    assert event.cameo_code == "111"
    assert all(e.plover_type != "ASSAULT" for e in events(coder, text))


def test_calling_protesters_criminals_is_an_accusation(coder: Coder) -> None:
    text = "President Ruto called the protesters criminals and vowed a firm response."
    kinds = [e.plover_type for e in events(coder, text)]
    assert "ACCUSE" in kinds and "THREATEN" in kinds
    found = events(coder, text)
    assert [act[:3] for act in coded_as(found)] == [
        ("ACCUSE", "111", "KENGOV"),
        ("THREATEN", "130", "KENGOV"),
    ]
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the protesters called criminals are coded no target (KEN/CVL by the guide).
    assert all(e.target is None or e.target.sector != "BUS" for e in found)


def test_calling_a_vote_shameful_is_an_accusation(coder: Coder) -> None:
    found = events(coder, "Serbia's president called the vote in Podgorica shameful.")
    assert of_type(found, "ACCUSE").cameo_code == "111"


def test_vowing_to_work_on_a_joint_response_is_no_threat_codes_nothing(coder: Coder) -> None:
    text = "The governors vowed to evolve a common strategy on the drought."
    assert events(coder, text) == []


def test_a_demonym_before_a_trigger_that_starts_with_an_agent_word_is_the_source(
    coder: Coder,
) -> None:
    found = events(coder, "Turkish warplanes bombed rebel depots near a mountain pass.")
    event = of_type(found, "ASSAULT")
    assert country(event.source) == "TUR"


# --- agent words of wire copy: prisoners, marchers, attackers; Beijing's Taiwan office --------


def test_freed_political_prisoners_are_the_target_not_the_broker(coder: Coder) -> None:
    text = "Belarus freed 18 political prisoners as part of a deal brokered by Lithuania."
    event = of_type(events(coder, text), "RETREAT")
    assert event.target is not None and event.target.sector == "OPP"
    assert country(event.target) == "BLR"


def test_tear_gas_fired_at_marchers(coder: Coder) -> None:
    body = "CARACAS (AP) — Police fired tear gas at the marchers near the palace."
    event = of_type(article(coder, body), "ASSAULT")
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert event.target is not None and event.target.sector == "CVL"


def test_the_taiwan_affairs_office_speaks_for_beijing(coder: Coder) -> None:
    text = "China's Taiwan Affairs Office accused Taiwan's ruling party of courting a crisis."
    event = of_type(events(coder, text), "ACCUSE")
    assert (country(event.source), country(event.target)) == ("CHN", "TWN")


# --- issue 8, wire probes: participles, "where" clauses, unknown places ---------------------


def test_a_participle_after_a_comma_shares_the_subject_not_the_object(coder: Coder) -> None:
    found = events(coder, "Belarus expelled three Latvian diplomats, accusing them of espionage.")
    accusation = of_type(found, "ACCUSE")
    assert country(accusation.source) == "BLR"
    assert country(accusation.target) == "LVA"


def test_a_where_clause_after_a_city_meets_the_person_not_the_city(coder: Coder) -> None:
    found = events(
        coder,
        "Japanese Prime Minister Fumio Kishida flew to Canberra, where he held talks with "
        "Australian Prime Minister Anthony Albanese.",
    )
    talks = [e for e in found if e.evidence.startswith("held talks")]
    assert talks and talks[0].target is not None
    assert "Albanese" in talks[0].target.text


def test_an_unknown_town_after_toward_is_a_place_not_a_party(coder: Coder) -> None:
    body = "Insurgents fired mortar rounds toward Qaryatayn on Sunday, officials said."
    event = of_type(article(coder, "DAMASCUS, Syria (AP) — " + body), "ASSAULT")
    assert coded_as([event])[0][:3] == ("ASSAULT", "190", "SYRREB")
    assert event.target is not None and "Qaryatayn" not in event.target.text


def test_the_two_leaders_stand_for_the_two_parties_of_the_meeting_before(coder: Coder) -> None:
    body = (
        "Kenyan President William Ruto met Tanzania's President Samia Suluhu Hassan in Arusha "
        "on Monday. The two leaders agreed to reopen the border crossing."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "AGREE")
    assert (country(event.source), country(event.target)) == ("KEN", "TZA")


def test_the_two_ministers_are_both_sides_not_one_countrys_ministers(coder: Coder) -> None:
    body = (
        "Egypt's foreign minister met Jordan's foreign minister in Cairo on Sunday. "
        "The two ministers discussed the situation in Gaza."
    )
    event = [e for e in article(coder, body) if e.sentence_index == 1][0]
    assert (country(event.source), country(event.target)) == ("EGY", "JOR")


def test_a_demonym_before_a_group_name_sets_the_groups_country(coder: Coder) -> None:
    found = events(coder, "The Pakistani Taliban ambushed a military convoy in Waziristan.")
    assert country(of_type(found, "ASSAULT").source) == "PAK"


def test_the_kingdom_is_the_monarchy_the_article_named(coder: Coder) -> None:
    body = (
        "Jordan hosted a meeting of Arab foreign ministers on Syria on Saturday. "
        "The French foreign minister praised the kingdom for its role."
    )
    event = [e for e in article(coder, body) if e.sentence_index == 1][0]
    assert country(event.source) == "FRA"
    assert country(event.target) == "JOR"


def test_a_bare_government_after_named_rebels_is_their_countrys(coder: Coder) -> None:
    body = (
        "Azerbaijani troops shelled Armenian positions overnight. "
        "Myanmar rebels said their fighters ambushed a government convoy near the border."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ASSAULT")
    assert country(event.target) == "MMR"


def test_a_bare_army_joined_to_named_rebels_is_not_the_host_of_the_talks(coder: Coder) -> None:
    body = "DOHA, Qatar (AP) — Chadian rebels and the army signed a peace deal in Doha on Monday."
    event = article(coder, body)[0]
    assert (country(event.source), country(event.target)) == ("TCD", "TCD")


def test_people_named_by_a_plural_demonym_may_target_their_own_government(coder: Coder) -> None:
    found = events(
        coder,
        "Thousands of Kenyans marched in Mombasa on Sunday, demanding that the government "
        "scrap the new tax.",
    )
    demand = of_type(found, "REQUEST")
    assert (country(demand.source), country(demand.target)) == ("KEN", "KEN")


def test_people_killed_across_a_country_are_its_civilians(coder: Coder) -> None:
    found = events(
        coder, "Saudi-led airstrikes killed at least 14 people across northern Yemen on Friday."
    )
    assert country(of_type(found, "ASSAULT").target) == "YEM"


def test_an_agent_word_before_across_is_a_party_not_a_modifier(coder: Coder) -> None:
    found = events(coder, "In Kenya, soldiers across the region detained Ugandan smugglers.")
    assert of_type(found, "COERCE").source is not None


def test_the_wounded_after_an_attack_are_not_its_attackers_codes_nothing(coder: Coder) -> None:
    body = (
        "Armenian forces shelled an Azerbaijani border post on Tuesday. "
        "Three soldiers were wounded after the attack on their post, the ministry said."
    )
    later = [e for e in article(coder, body) if e.sentence_index == 1]
    assert later == []


def test_an_attack_that_killed_is_not_done_by_the_party_before_it(coder: Coder) -> None:
    found = events(
        coder,
        "The Philippine president suspended peace talks with the communist rebels after an "
        "ambush that killed four soldiers.",
    )
    killings = [e for e in found if e.evidence == "killed"]
    assert coded_as(killings) == [("ASSAULT", "190", None, "PHLMIL")]


def test_a_national_weapon_that_opens_the_trigger_is_its_agent(coder: Coder) -> None:
    found = events(coder, "Israeli warplanes struck targets in eastern Lebanon overnight.")
    assert country(of_type(found, "ASSAULT").source) == "ISR"


def test_the_group_claiming_an_attack_is_the_armed_group_named_before(coder: Coder) -> None:
    body = (
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. "
        "The group claimed responsibility for the siege."
    )
    later = [e for e in article(coder, body) if e.sentence_index == 1]
    assert later and later[0].source is not None and later[0].source.code == "SOMREB"


def test_a_show_of_force_sent_toward_a_country_targets_it(coder: Coder) -> None:
    found = events(coder, "Russia sent six bombers toward Japan on Tuesday.")
    event = of_type(found, "MOBILIZE")
    assert (country(event.source), country(event.target)) == ("RUS", "JPN")


def test_an_object_search_stops_before_saying_a_guard(coder: Coder) -> None:
    # main already stops at ", saying" (a reporting frame); kept as a guard
    found = events(
        coder,
        "Iran's supreme leader vowed to expand the missile programme, saying Israel could "
        "not stop it.",
    )
    vow = [e for e in found if e.evidence.startswith("vowed")]
    assert vow and vow[0].target is None


def test_a_demand_after_the_comma_names_the_acts_target_too(coder: Coder) -> None:
    found = events(
        coder,
        "Ethiopia launched an offensive in Tigray on Monday, demanding that Eritrean troops "
        "withdraw.",
    )
    offensive = [e for e in found if e.evidence.startswith("launched")]
    assert offensive and country(offensive[0].target) == "ERI"


def test_a_denial_after_which_answers_the_accuser_not_the_object(coder: Coder) -> None:
    found = article(
        coder, "Sudan accused Chad of arming the rebels, which the Chadian government denied."
    )
    denial = [e for e in found if e.evidence.startswith("denied")]
    assert denial and country(denial[0].target) == "SDN"


def test_attacks_answered_in_retaliation_are_not_the_answerers(coder: Coder) -> None:
    body = (
        "A missile strike hit a militia base near Basra on Tuesday. "
        "Washington said it acted in retaliation for attacks on American bases."
    )
    attacks = [e for e in article(coder, body) if e.evidence == "attacks"]
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # attacks named as a reason for retaliation are coded.
    assert all(country(e.source) != "USA" for e in attacks)


def test_an_unknown_name_before_a_plural_noun_is_a_make_not_a_party(coder: Coder) -> None:
    found = events(coder, "Berlin refused to send Taurus cruise missiles to Kyiv.")
    assert coded_as(found) == [("REJECT", "122", "DEUGOV", "UKRGOV")]


def test_a_pro_demonym_does_not_set_the_groups_country(coder: Coder) -> None:
    found = events(coder, "The pro-Syrian Hezbollah fired rockets at Israeli positions.")
    assert country(of_type(found, "ASSAULT").source) == "LBN"


def test_placed_under_arrest_by_x_is_a_passive(coder: Coder) -> None:
    found = events(
        coder,
        "Former Pakistani prime minister Imran Khan was placed under house arrest by police "
        "in Lahore.",
    )
    event = of_type(found, "COERCE")
    assert event.source is not None and event.source.sector == "COP"
    assert event.target is not None and "Khan" in event.target.text


def test_she_is_a_woman_known_by_her_name_and_him_the_man_she_met(coder: Coder) -> None:
    body = (
        "German Foreign Minister Annalena Baerbock met Chinese Foreign Minister Wang Yi in "
        "Berlin. She urged him to press Russia to end the war."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "REQUEST")
    assert (country(event.source), country(event.target)) == ("DEU", "CHN")


def test_victims_reported_next_go_on_with_the_attack_before(coder: Coder) -> None:
    body = (
        "Taliban fighters attacked Pakistani troops at a border post on Saturday. "
        "Four soldiers were killed, the military said."
    )
    later = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ASSAULT")
    assert (country(later.source), country(later.target)) == ("AFG", "PAK")


def test_a_western_agency_is_not_the_speakers_countrys(coder: Coder) -> None:
    body = (
        "BUDAPEST, Hungary (AP) — The prime minister accused foreign intelligence services "
        "of funding the opposition."
    )
    event = of_type(article(coder, body), "ACCUSE")
    # not Hungary's; an unnamed foreign party is no target at all (as people coded it in the
    # development wire sets), not a party of no country
    assert event.target is None


def test_talks_mediated_by_a_country_are_its_mediation(coder: Coder) -> None:
    found = events(
        coder,
        "Sudan and South Sudan signed a deal after negotiations mediated by Egypt.",
    )
    mediation = [e for e in found if e.evidence.startswith("mediated")]
    assert mediation and country(mediation[0].source) == "EGY"


def test_it_after_the_group_is_the_armed_group_not_the_country(coder: Coder) -> None:
    body = (
        "MOGADISHU, Somalia (AP) — Al-Shabaab fighters stormed a military camp in southern Somalia "
        "on Friday, a military officer said. The group said it had seized armoured vehicles."
    )
    later = [e for e in article(coder, body) if e.sentence_index == 1]
    assert later and all(e.source is not None and e.source.code == "SOMREB" for e in later)


def test_the_two_before_a_verb_stand_for_the_pair_met_before(coder: Coder) -> None:
    body = (
        "Egypt's president met Sudan's army chief in Cairo on Monday. "
        "The two signed a security agreement."
    )
    event = [e for e in article(coder, body) if e.sentence_index == 1][0]
    assert (country(event.source), country(event.target)) == ("EGY", "SDN")


def test_her_as_an_object_is_the_woman_named_before(coder: Coder) -> None:
    body = (
        "Belarusian opposition leader Svetlana Tikhanovskaya urged the army to side with "
        "protesters. The government accused her of plotting a coup."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert event.target is not None and event.target.code == "BLROPP"


def test_condemning_the_act_just_reported_targets_its_maker(coder: Coder) -> None:
    body = (
        "North Korea test-fired two cruise missiles off its west coast on Sunday. "
        "Seoul condemned the launch."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert (country(event.source), country(event.target)) == ("KOR", "PRK")


def test_calling_the_move_baseless_targets_the_mover(coder: Coder) -> None:
    body = (
        "Hungary expelled a Ukrainian diplomat on Tuesday, accusing him of espionage. "
        "Kyiv called the move baseless."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert country(event.target) == "HUN"


def test_a_security_service_detaining_an_official_has_both_parties(coder: Coder) -> None:
    body = (
        "MOSCOW (AP) — Russia's security service detained a senior official of the defence "
        "ministry on bribery charges."
    )
    event = of_type(article(coder, body), "COERCE")
    # written `COP` as the doer of an arrest (round 50, actors50: the guide has no `SPY`)
    assert event.source is not None and event.source.code == "RUSCOP"
    assert event.target is not None and event.target.code == "RUSGOV"


def test_a_charge_rejected_answers_the_accuser(coder: Coder) -> None:
    body = (
        "Serbia accused Kosovo of expelling Serb officials on Monday, a charge Pristina rejected."
    )
    rejection = [e for e in article(coder, body) if e.evidence == "rejected"]
    assert rejection and country(rejection[0].target) == "SRB"


def test_condemning_the_violence_targets_the_coercer_too(coder: Coder) -> None:
    body = (
        "Serbian nationalists torched Albanian shops in northern Kosovo on Sunday. "
        "Albania condemned the violence."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert country(event.target) == "SRB"


def test_people_protesting_after_an_object_are_the_protesters(coder: Coder) -> None:
    found = events(
        coder, "Soldiers fired live rounds at students protesting against the junta in Yangon."
    )
    protest = of_type(found, "PROTEST")
    assert protest.source is not None and protest.source.sector == "EDU"  # students: round 44


def test_a_countrys_minister_with_a_portfolio_word_is_that_countrys(coder: Coder) -> None:
    body = "NAIROBI, Kenya (AP) — Rwanda's information minister rejected a U.N. report on Tuesday."
    event = of_type(article(coder, body), "REJECT")
    assert country(event.source) == "RWA"


def test_a_vow_to_retaliate_targets_the_maker_of_the_hostile_act_before(coder: Coder) -> None:
    body = (
        "The United States imposed new sanctions on Iran's oil exports on Thursday. "
        "Tehran vowed to retaliate."
    )
    event = [e for e in article(coder, body) if e.sentence_index == 1][0]
    assert (country(event.source), country(event.target)) == ("IRN", "USA")


# --- a number with thousands separators is one token: "sent an additional 5,000 troops" -----------


def test_a_number_with_a_thousands_comma_does_not_hide_the_deployment(coder: Coder) -> None:
    text = "Armenia sent an additional 1,200 soldiers to its border with Azerbaijan."
    event = of_type(events(coder, text), "MOBILIZE")
    assert country(event.source) == "ARM"


# --- an act ordered of someone is reported, not a purpose -----------------------------------------


def test_an_act_ordered_of_an_army_is_reported_not_a_purpose(coder: Coder) -> None:
    text = "The Azerbaijani defence minister ordered the army to raise its combat readiness."
    event = of_type(events(coder, text), "MOBILIZE")
    assert country(event.source) == "AZE"


# --- violence near or across a place hits the place's country -------------------------------------


def test_violence_near_a_capital_targets_its_country(coder: Coder) -> None:
    event = of_type(
        events(coder, "Russian drones hit an oil depot near Kyiv overnight."), "ASSAULT"
    )
    assert (country(event.source), country(event.target)) == ("RUS", "UKR")


def test_violence_across_a_country_targets_it(coder: Coder) -> None:
    text = "Russian missiles pounded power stations across Ukraine on Friday."
    event = of_type(events(coder, text), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("RUS", "UKR")


def test_a_bombing_near_a_town_that_killed_soldiers_targets_the_soldiers(coder: Coder) -> None:
    text = "A roadside bomb attack near the town of Kandahar on Monday killed two British soldiers."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.target) == "GBR"


def test_a_demonym_before_border_after_near_is_no_place_struck(coder: Coder) -> None:
    event = of_type(
        events(coder, "Sudanese jets bombed markets near the Chadian border."), "ASSAULT"
    )
    assert country(event.target) != "TCD"


# --- "between X and Y" belongs to its own act; a fight takes both sides from it -------------------


def test_talks_between_two_parties_belong_to_the_talks_not_to_an_earlier_call(
    coder: Coder,
) -> None:
    text = (
        "Kazakh President Kassym-Jomart Tokayev phoned Azerbaijani President Ilham Aliyev on "
        "Monday and proposed new talks between Azerbaijan and Armenia."
    )
    event = of_type(events(coder, text), "CONSULT")
    assert (country(event.source), country(event.target)) == ("KAZ", "AZE")


def test_fighting_between_two_parties_has_both_sides(coder: Coder) -> None:
    text = "Fighting between Thai and Cambodian soldiers broke out along the border on Thursday."
    event = of_type(events(coder, text), "ASSAULT")
    assert {country(event.source), country(event.target)} == {"THA", "KHM"}


# --- a denied report or a rejected objection answers whoever made it ------------------------------


def test_a_denied_report_answers_the_one_who_reported_it(coder: Coder) -> None:
    body = (
        "Azerbaijan's Defence Ministry said Armenian troops shelled its positions near Lachin. "
        "Yerevan denied the report."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "REJECT")
    assert (country(event.source), country(event.target)) == ("ARM", "AZE")


def test_a_rejected_objection_answers_the_objector(coder: Coder) -> None:
    body = (
        "China lodged a protest with India over the minister's visit to the region. "
        "New Delhi rejected the objection on Friday."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "REJECT")
    assert (country(event.source), country(event.target)) == ("IND", "CHN")


# --- ministers of any portfolio take the demonym before their title -------------------------------


def test_a_minister_of_any_portfolio_takes_the_demonym_before_it(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Kenyan police arrested two Somali men on Monday. "
        "Somali Information Minister Daud Aweis condemned the arrests."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert country(event.source) == "SOM"


# --- "the bloc", "the alliance": the regional organisation named last -----------------------------


def test_the_bloc_is_the_regional_organisation_named_before(coder: Coder) -> None:
    body = (
        "Serbia's president met the European Union's envoy on Monday. "
        "Belgrade later accused the bloc of double standards."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert event.target is not None and event.target.code.startswith("IGOEUR")


def test_the_alliance_in_the_same_sentence_is_the_one_just_named(coder: Coder) -> None:
    text = "Moscow expelled a NATO liaison officer, accusing the alliance of espionage."
    event = of_type(events(coder, text), "ACCUSE")
    assert event.target is not None and event.target.code.startswith("IGOWST")


def test_the_alliance_is_nato_not_the_eu_of_brussels(coder: Coder) -> None:
    text = (
        "NATO foreign ministers met in Brussels on Thursday, and Russia's envoy accused the "
        "alliance of provocation."
    )
    event = of_type(events(coder, text), "ACCUSE")
    assert event.target is not None and event.target.code.startswith("IGOWST")


# --- "a rally turned into clashes": what the act became, not a second act -------------------------


def test_a_rally_that_turned_into_clashes_is_one_act(coder: Coder) -> None:
    text = "A rally in Yerevan turned into clashes between opposition supporters and police."
    found = events(coder, text)
    assert [e.plover_type for e in found] == ["PROTEST"]


# --- "called the strikes a violation of Syrian sovereignty": whom the act's maker wronged ---------


def test_the_owner_of_the_sovereignty_violated_is_not_the_accused(coder: Coder) -> None:
    body = (
        "Turkish drones struck a village near Erbil. "
        "Iraq's foreign ministry called the strikes a violation of Iraqi sovereignty."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert (country(event.source), country(event.target)) == ("IRQ", "TUR")


# --- ", calling the construction a violation": the act before it in the sentence ------------------


def test_calling_the_act_a_violation_accuses_the_target_of_the_act_before(coder: Coder) -> None:
    text = (
        "Manila demanded that Beijing remove the floating barrier, calling its installation "
        "a violation of Philippine sovereignty."
    )
    event = of_type(events(coder, text), "ACCUSE")
    assert (country(event.source), country(event.target)) == ("PHL", "CHN")


# --- acts after "until", "unless" or "if" are conditions, not acts --------------------------------


def test_an_act_after_until_is_a_condition_not_an_act(coder: Coder) -> None:
    text = "The rebels said they would hold the hostages until Kinshasa released their comrades."
    assert [e.plover_type for e in events(coder, text)] == ["THREATEN"]


def test_an_act_after_unless_is_a_condition_not_an_act(coder: Coder) -> None:
    text = "The union said the strike would go on unless the government withdrew the bill."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a strike kept on unless a bill is withdrawn may be a threat (13).
    assert "CONCEDE" not in [e.plover_type for e in events(coder, text)]


# --- "Foreign Minister Ararat Mirzoyan": a place that starts a name after a title -----------------


def test_a_place_that_starts_a_name_after_a_title_is_a_first_name(coder: Coder) -> None:
    text = "Armenian Foreign Minister Ararat Mirzoyan criticised Baku on Tuesday."
    event = of_type(events(coder, text), "ACCUSE")
    assert (country(event.source), country(event.target)) == ("ARM", "AZE")


# --- "X and his Y counterpart Z met": the two sides -----------------------------------------------


def test_x_and_his_counterpart_met_are_the_two_sides_not_the_host_city(coder: Coder) -> None:
    text = (
        "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni met in "
        "Addis Ababa on Monday."
    )
    event = of_type(events(coder, text), "CONSULT")
    assert {country(event.source), country(event.target)} == {"KEN", "UGA"}


# --- wire words: "neutralized militants", "returned fire", "violated airspace" --------------------


def test_neutralized_militants_is_the_wire_word_for_killing_them(coder: Coder) -> None:
    text = "Turkish troops neutralized nine PKK militants in northern Syria, the ministry said."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.source) == "TUR"


def test_returning_fire_is_an_exchange_of_fire(coder: Coder) -> None:
    text = "Indian soldiers returned fire after Pakistani troops attacked a border post."
    sources = [country(e.source) for e in events(coder, text) if e.plover_type == "ASSAULT"]
    assert "IND" in sources


def test_violating_airspace_is_a_show_of_force_against_its_owner(coder: Coder) -> None:
    text = "Finland protested to Moscow after two Russian fighter jets violated Finnish airspace."
    event = of_type(events(coder, text), "MOBILIZE")
    assert (country(event.source), country(event.target)) == ("RUS", "FIN")


# --- "NATO-led peacekeepers": the leader's forces -------------------------------------------------


def test_peacekeepers_led_by_an_organisation_are_its_own(coder: Coder) -> None:
    text = "NATO-led peacekeepers detained two men near Mitrovica on Sunday."
    event = of_type(events(coder, text), "COERCE")
    assert event.source is not None and event.source.code.startswith("IGOWST")


# --- "a U.N.-backed mission": a trigger inside a hyphenated adjective is no act -------------------


def test_a_hyphenated_backed_is_an_adjective_not_support(coder: Coder) -> None:
    text = "Kenyan officers leading a U.N.-backed mission helped Haitian police repel the gangs."
    # round 51 (types51): help in a fight is the helper's part in it (19, section 3), no aid
    assert [e.plover_type for e in events(coder, text)] == ["ASSAULT"]


# --- "X condemned Y's strike and said it would ...": "it" is X ------------------------------------


def test_it_after_and_said_is_the_subject_not_the_party_named_last(coder: Coder) -> None:
    text = (
        "Egypt's foreign ministry condemned an Israeli strike on Rafah and said it would "
        "file a complaint with the Arab League."
    )
    complaint = [e for e in events(coder, text) if e.cameo_code == "114"]
    assert complaint and country(complaint[0].source) == "EGY"


def test_it_after_and_said_skips_the_dateline(coder: Coder) -> None:
    body = (
        "BEIJING (Reuters) - Japan's government condemned a Chinese naval drill and said it "
        "would file a complaint with the United Nations."
    )
    complaint = [e for e in article(coder, body) if e.cameo_code == "114"]
    assert complaint and country(complaint[0].source) == "JPN"


# --- women, girls and children are civilians of the article's country -----------------------------


def test_women_and_girls_banned_are_civilians_of_the_country(coder: Coder) -> None:
    body = "KABUL, Afghanistan (AP) — The Taliban banned girls from attending secondary schools."
    event = of_type(article(coder, body), "COERCE")
    assert country(event.target) == "AFG"


# --- "kidnapped 40 people": people counted in a report are the country's civilians ----------------


def test_people_counted_in_a_report_are_civilians_of_its_country(coder: Coder) -> None:
    body = "LAGOS, Nigeria (AP) — Gunmen kidnapped 40 people from a village in Zamfara state."
    event = of_type(article(coder, body), "ASSAULT")
    assert country(event.target) == "NGA"


def test_people_counted_in_words_are_civilians_too(coder: Coder) -> None:
    body = "BEIRUT (AP) — An Israeli drone strike killed four people in the south on Monday."
    event = of_type(article(coder, body), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("ISR", "LBN")


def test_people_in_a_named_place_are_left_to_the_place(coder: Coder) -> None:
    text = "Clashes killed at least nine people in Kabul on Thursday, officials said."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.target) == "AFG"


# --- "Police said 12 people were arrested": the reporting authority made the arrest ---------------


def test_a_passive_arrest_with_no_agent_is_made_by_the_authority_reporting_it(
    coder: Coder,
) -> None:
    body = "NAIROBI, Kenya (AP) — Police said 12 people were arrested after the protest."
    event = of_type(article(coder, body), "COERCE")
    assert (country(event.source), country(event.target)) == ("KEN", "KEN")


# --- "thousands marched": a past verb after a quantifier is the crowd's verb ----------------------


def test_a_past_verb_after_thousands_is_the_crowds_verb_not_a_noun(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters as thousands "
        "marched against the tax bill."
    )
    assert "PROTEST" in [e.plover_type for e in article(coder, body)]


# --- "as thousands marched": a crowd counted alone is the protesters ------------------------------


def test_thousands_who_marched_are_the_protesters_not_the_police(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters as thousands "
        "marched against the tax bill."
    )
    event = of_type(article(coder, body), "PROTEST")
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert event.source is not None and event.source.sector == "CVL"


# --- a protest or a curfew that names no one: the protesters' government, the state's people ------


def test_a_protest_by_a_countrys_people_is_against_its_government(coder: Coder) -> None:
    body = "TBILISI, Georgia (AP) — Thousands of Georgians rallied outside parliament on Sunday."
    event = of_type(article(coder, body), "PROTEST")
    assert (country(event.source), country(event.target)) == ("GEO", "GEO")


def test_a_curfew_imposed_on_no_one_named_is_on_the_states_own_people(coder: Coder) -> None:
    body = "BAMAKO, Mali (AP) — Mali's junta imposed a nightly curfew on Friday."
    event = of_type(article(coder, body), "COERCE")
    assert (country(event.source), country(event.target)) == ("MLI", "MLI")


# --- wire phrases that name no act: ", raising fears of", "those killed" --------------------------


def test_raising_fears_describes_the_act_before_it_and_is_none(coder: Coder) -> None:
    text = (
        "Azerbaijan accused Armenia of shelling its positions, raising fears of renewed "
        "fighting in the region."
    )
    assert [e.cameo_code for e in events(coder, text)] == ["112"]


def test_those_killed_are_the_victims_of_an_act_not_a_new_one(coder: Coder) -> None:
    text = "The army denied the allegations and said those killed were militants."
    assert [e.plover_type for e in events(coder, text)] == ["REJECT"]


# --- "destroyed 42 Ukrainian drones", "shot down a drone": force against the sender ---------------


def test_drones_shot_down_or_destroyed_are_force_against_their_sender(coder: Coder) -> None:
    text = "Ukraine's air force said it had destroyed 35 Russian drones over the Kyiv region."
    event = of_type(events(coder, text), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("UKR", "RUS")


# --- "the Karen National Liberation Army" is not Colombia's ELN -----------------------------------


def test_a_known_groups_name_ending_a_longer_name_is_not_that_group(coder: Coder) -> None:
    body = (
        "YANGON, Myanmar (AP) — The Karen National Liberation Army attacked a military post "
        "near the Thai border on Sunday."
    )
    event = of_type(article(coder, body), "ASSAULT")
    assert country(event.source) == "MMR"


def test_a_place_before_a_generic_group_name_sets_its_country(coder: Coder) -> None:
    text = "The West Papua National Liberation Army ambushed Indonesian soldiers on Tuesday."
    event = of_type(events(coder, text), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("IDN", "IDN")


# --- "blocked a Philippine supply boat": a blockade of the vessel's country -----------------------


def test_blocking_a_vessel_is_restricting_its_movement(coder: Coder) -> None:
    text = "Chinese coast guard ships blocked a Philippine supply boat near Second Thomas Shoal."
    event = of_type(events(coder, text), "COERCE")
    assert event.cameo_code == "191"  # not a fallback's bare "blocked" (170)
    assert (country(event.source), country(event.target)) == ("CHN", "PHL")


# --- "the opposition condemned the arrest": a critic at home targets the state's act --------------


def test_the_opposition_condemning_a_police_arrest_targets_the_police(coder: Coder) -> None:
    body = (
        "TUNIS, Tunisia (AP) — Police arrested an opposition leader on Saturday. "
        "The opposition Salvation Front condemned the arrest."
    )
    event = of_type([e for e in article(coder, body) if e.sentence_index == 1], "ACCUSE")
    assert (country(event.source), country(event.target)) == ("TUN", "TUN")


# --- "offered to send up to 3,000 troops": an offer of forces is no threat ------------------------


def test_an_offer_to_send_troops_is_an_offer_not_a_threat(coder: Coder) -> None:
    event = of_type(events(coder, "Turkey offered to send up to 3,000 troops to Gaza."), "AGREE")
    assert event.cameo_code == "033"
