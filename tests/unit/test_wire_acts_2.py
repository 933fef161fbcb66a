"""Acts in wire copy, second round: phrasings found by coding short agency-style reports
written for the project (its helper's set A and set B), before their errors were read. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain import calibration
from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, first_type, of_type

# --- praise and thanks: the act praised is not the sentence's main act -------------------------


def test_thanks_for_sending_troops_is_support_not_the_troops_act(coder: Coder) -> None:
    text = "Moscow thanked Minsk for sending engineers to help expel Ukrainian units from the area."
    assert first_type(coder, text) == "SUPPORT"


def test_welcoming_a_release_is_support_first(coder: Coder) -> None:
    assert (
        first_type(coder, "Germany welcomed the release of the aid workers by the rebels.")
        == "SUPPORT"
    )


def test_an_act_after_a_clause_break_is_not_what_was_praised(coder: Coder) -> None:
    text = "Canada called the pardons a welcome gesture but urged Caracas to free all detainees."
    assert first_type(coder, text) == "REQUEST"


# --- a verdict on a party's act ("said X's actions were provocative") -------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tokyo said Beijing's actions were provocative and dangerous.", "JPN", "CHN"),
        ("Kenya said Uganda's conduct at the border was reckless.", "KEN", "UGA"),
        ("Poland said Belarus's decision was illegal.", "POL", "BLR"),
    ],
)
def test_a_speakers_verdict_on_a_partys_act_is_an_accusation_of_that_party(
    coder: Coder, text: str, source: str, target: str
) -> None:
    event = events(coder, text)[0]
    assert event.plover_type == "ACCUSE"
    assert country(event.source) == source
    assert country(event.target) == target


def test_a_verdict_on_a_launch_is_an_accusation_by_the_speaker(coder: Coder) -> None:
    event = events(coder, "Seoul said the latest launch was a grave provocation.")[0]
    assert event.plover_type == "ACCUSE"
    assert country(event.source) == "KOR"


def test_a_neutral_verdict_is_no_accusation(coder: Coder) -> None:
    found = events(coder, "Officials said the test was successful and the launch went smoothly.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a test called successful is coded a meeting.
    assert "ACCUSE" not in [e.plover_type for e in found]


# --- aid and arms delivered, sites hit and captured, export controls --------------------------


def test_flour_and_fuel_delivered_are_aid(coder: Coder) -> None:
    event = of_type(events(coder, "UNICEF delivered 30 trucks of flour to Tigray."), "AID")
    assert event.cameo_code.startswith("07")
    assert first_type(coder, "Jordan delivered fuel and blankets to Gaza on Sunday.") == "AID"


def test_drones_delivered_to_a_country_are_military_aid(coder: Coder) -> None:
    event = events(coder, "Turkey delivered armed drones to Somalia last week.")[0]
    assert event.cameo_code == "072"
    assert country(event.target) == "SOM"


def test_a_refinery_targeted_is_an_assault(coder: Coder) -> None:
    event = events(coder, "Ukrainian forces targeted a refinery in Belgorod.")[0]
    assert event.plover_type == "ASSAULT"
    assert country(event.source) == "UKR"
    assert event.confidence >= 0.5


def test_a_captured_airbase_is_territory_taken_not_an_arrest(coder: Coder) -> None:
    event = events(coder, "The rebels captured the airbase after a week of fighting.")[0]
    assert event.cameo_code == "192"


def test_export_controls_announced_are_a_sanction(coder: Coder) -> None:
    event = events(coder, "Beijing announced export controls on gallium in retaliation.")[0]
    assert event.plover_type == "SANCTION"


def test_aid_workers_released_are_a_release_not_aid(coder: Coder) -> None:
    found = events(coder, "Italy welcomed the release of the aid workers by the militia.")
    assert "AID" not in [e.plover_type for e in found]
    assert "RETREAT" in [e.plover_type for e in found]


# --- a vow of refusal ("vowed never to recognise") is a rejection ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade vowed never to negotiate with the separatists in Pristina.",
        "Lukashenko vowed not to hand over power to the opposition.",
        "Armenia swore never to recognize the annexation.",
        "The militia vowed not to give up its weapons to the army.",
    ],
)
def test_a_vow_of_refusal_is_a_rejection(coder: Coder, text: str) -> None:
    assert first_type(coder, text) == "REJECT"


def test_a_vow_not_to_fight_stays_a_promise(coder: Coder) -> None:
    assert first_type(coder, "The rebels vowed not to attack civilians in the town.") == "AGREE"


def test_a_pledge_not_to_join_is_no_rejection(coder: Coder) -> None:
    assert first_type(coder, "The new government pledged not to join the alliance.") == "AGREE"


def test_a_vow_to_act_is_unchanged(coder: Coder) -> None:
    assert first_type(coder, "Tehran vowed to meet the envoy again next month.") == "AGREE"


# --- a reporter's unanswered request is no act; declining to comment still is (CAMEO 011) -----


def test_no_reply_to_a_request_for_comment_is_no_event(coder: Coder) -> None:
    assert events(coder, "The Kenyan embassy did not respond to a request for comment.") == []


def test_no_reply_to_a_proposal_is_no_decline_of_comment_codes_nothing(coder: Coder) -> None:
    found = events(coder, "The junta did not respond to the ECOWAS proposal.")
    assert found == []


def test_declining_to_comment_is_still_coded(coder: Coder) -> None:
    event = events(coder, "The Italian government declined to comment on the report.")[0]
    assert event.cameo_code == "011"


# --- what a text provides for ("the resolution would impose") is no act -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The draft resolution would impose an arms embargo on South Sudan.",
        "Under the plan, Russia would withdraw its troops from the Zaporizhzhia plant.",
        "The bill would ban demonstrations outside the parliament.",
    ],
)
def test_a_texts_content_told_with_would_is_no_act(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_an_act_done_under_a_deal_is_an_act(coder: Coder) -> None:
    assert (
        first_type(coder, "Under the agreement, the rebels released 30 soldiers on Monday.")
        == "RETREAT"
    )


def test_a_plan_announced_with_will_is_an_intention(coder: Coder) -> None:
    assert (
        first_type(coder, "Under the plan, Israel will evacuate four settlements in the north.")
        == "AGREE"
    )


# --- light verbs, nominalisations and restrictions eased ---------------------------------------


def test_a_strike_carried_out_by_a_party_is_its_assault(coder: Coder) -> None:
    event = events(coder, "The strike was carried out by Turkish jets, officials said.")[0]
    assert event.plover_type == "ASSAULT"
    assert country(event.source) == "TUR"
    # its score reaches 0.5, kept in agency copy (coded alone, it has the map of other copy)
    assert event.confidence >= calibration.calibration().plain(0.5)


def test_a_trip_made_to_a_capital_is_a_visit(coder: Coder) -> None:
    event = events(coder, "The Kenyan president made an official trip to Beijing.")[0]
    assert event.cameo_code == "042"


def test_a_counteroffensive_launched_is_an_assault(coder: Coder) -> None:
    assert (
        first_type(coder, "The Ukrainian army launched a counteroffensive near Pokrovsk.")
        == "ASSAULT"
    )


def test_a_halt_to_attacks_announced_is_de_escalation(coder: Coder) -> None:
    event = events(coder, "The Houthis announced a halt to attacks on Saudi oil facilities.")[0]
    assert event.plover_type == "RETREAT"


def test_a_crossing_opened_is_a_restriction_eased(coder: Coder) -> None:
    event = events(coder, "Jordan reopened the King Hussein crossing on Sunday.")[0]
    assert event.cameo_code == "081"


def test_a_vessel_boarded_is_coercion(coder: Coder) -> None:
    event = events(coder, "Iranian commandos boarded a Greek tanker in the Gulf of Oman.")[0]
    assert event.plover_type == "COERCE"
    assert country(event.source) == "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "Parliament stripped the former president of his immunity.",
        "The electoral body disqualified the main opposition candidate.",
    ],
)
def test_political_rights_taken_away_are_coercion(coder: Coder, text: str) -> None:
    assert first_type(coder, text) == "COERCE"


# --- acts rehearsed or counted are not reported as one act -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The exercises simulate the seizure of the island's ports.",
        "The monitors documented more than 200 attacks on schools this year.",
        "Rights groups documented widespread torture in military jails.",
    ],
)
def test_acts_simulated_or_counted_are_no_event(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_one_act_documented_is_still_reported(coder: Coder) -> None:
    found = events(coder, "The group documented the killing of nine miners by soldiers in Ituri.")
    assert found and found[0].plover_type == "ASSAULT"


def test_jails_as_places_are_no_jailing(coder: Coder) -> None:
    found = events(coder, "Hundreds of activists are held in military jails across the country.")
    assert found == []
    assert first_type(coder, "Police jailed four activists in Gomel.") == "COERCE"


def test_party_activities_suspended_are_a_restriction(coder: Coder) -> None:
    event = events(coder, "The military council suspended the activities of all parties.")[0]
    assert event.cameo_code == "1722"


def test_voting_rights_stripped_are_coercion(coder: Coder) -> None:
    assert first_type(coder, "The council voted to strip Belarus of its voting rights.") == "COERCE"


def test_a_carrier_ordered_to_a_region_is_a_show_of_force(coder: Coder) -> None:
    event = events(coder, "Washington ordered a second aircraft carrier to the Gulf.")[0]
    assert event.plover_type == "MOBILIZE"
    assert country(event.source) == "USA"


# --- verdicts, postures, targets destroyed, crossings closed, travel advisories, convoys --------


def test_drills_called_a_rehearsal_are_an_accusation(coder: Coder) -> None:
    assert first_type(coder, "Iran called the naval drills a rehearsal for aggression.") == "ACCUSE"


def test_a_decision_called_regrettable_is_an_accusation(coder: Coder) -> None:
    event = events(coder, "The African Union called the coup deeply regrettable.")[0]
    assert event.plover_type == "ACCUSE"


def test_readiness_maintained_is_a_force_posture(coder: Coder) -> None:
    text = "The Greek defence minister told the navy to maintain a high readiness posture."
    assert first_type(coder, text) == "MOBILIZE"


def test_military_posts_destroyed_are_an_assault_not_property_seized(coder: Coder) -> None:
    event = events(coder, "Indian troops destroyed several Pakistani army posts overnight.")[0]
    assert event.plover_type == "ASSAULT"


def test_border_crossings_closed_are_coercion(coder: Coder) -> None:
    event = events(coder, "Uzbekistan closed the Termez and Hairatan crossings on Monday.")[0]
    assert event.plover_type == "COERCE"


def test_citizens_told_to_avoid_travel_is_a_travel_advisory(coder: Coder) -> None:
    event = events(coder, "Seoul advised its citizens to avoid travel to Cambodia.")[0]
    assert event.cameo_code == "160"


def test_jets_scrambled_are_a_force_posture(coder: Coder) -> None:
    assert (
        first_type(coder, "Romania scrambled two fighter jets after the drone incursion.")
        == "MOBILIZE"
    )


def test_an_aid_convoy_arriving_is_aid(coder: Coder) -> None:
    text = "A Red Cross aid convoy reached the town of Kadugli on Monday."
    assert first_type(coder, text) == "AID"


# --- acts supposed, feared or named by a participle are no acts --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister said a Turkish offensive in the north would be a disaster.",
        "Oil rose on fears of a wider Iranian blockade of the strait.",
        "Aid trucks entered the blockaded enclave on Monday.",
    ],
)
def test_acts_supposed_feared_or_named_by_a_participle_are_no_event(
    coder: Coder, text: str
) -> None:
    assert [e for e in events(coder, text) if e.plover_type != "AID"] == []


def test_a_definite_attack_with_a_modal_after_it_is_still_an_act(coder: Coder) -> None:
    found = events(coder, "A drone attack on the airport killed two guards, police said.")
    assert found and found[0].plover_type == "ASSAULT"


def test_a_city_besieged_by_a_party_is_still_a_siege(coder: Coder) -> None:
    assert first_type(coder, "Rebel forces besieged the city of Goma for a week.") == "COERCE"


# --- state media speak for their state ---------------------------------------------------------


def test_state_media_condemning_is_political(coder: Coder) -> None:
    event = events(coder, "Pyongyang's state media condemned the joint air exercise.")[0]
    assert event.plover_type == "ACCUSE"
    assert country(event.source) == "PRK"


def test_a_private_newspaper_stays_what_it_was(coder: Coder) -> None:
    found = events(coder, "A local newspaper criticised the football club's new coach.")
    assert [e for e in found if e.relevance >= 0.5] == []


# --- a warning of a response or consequences is a threat ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beijing warned of a forceful response if the warships entered its waters.",
        "Ankara warned Athens of serious consequences.",
    ],
)
def test_a_warning_of_a_response_is_a_threat(coder: Coder, text: str) -> None:
    assert first_type(coder, text) == "THREATEN"


def test_a_warning_of_the_consequences_of_something_is_concern(coder: Coder) -> None:
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a drought's consequences warned of are coded an accusation.
    assert first_type(coder, "The agency warned of the consequences of the drought.") != "THREATEN"


# --- pressure into an act; ground handed over ---------------------------------------------------


def test_pushing_a_party_into_a_deal_is_pressure(coder: Coder) -> None:
    event = events(coder, "Washington pushed Kyiv into accepting the framework.")[0]
    assert event.plover_type == "REQUEST"
    assert country(event.target) == "UKR"


def test_troops_pushing_into_a_region_are_no_request_codes_nothing(coder: Coder) -> None:
    found = events(coder, "Russian troops pushed into the Sumy region.")
    assert [e.plover_type for e in found if e.confidence >= 0.3] == []


def test_ground_handed_over_is_a_retreat_not_judicial_cooperation(coder: Coder) -> None:
    event = events(coder, "The militia handed over the border town to government forces.")[0]
    assert event.plover_type == "RETREAT"
    assert first_type(coder, "Police handed over the suspect to Interpol.") == "COOPERATE"


def test_acts_described_as_politically_motivated_are_criticised(coder: Coder) -> None:
    event = events(coder, "Rights groups described the detentions as politically motivated.")[0]
    assert event.plover_type == "ACCUSE"


def test_an_act_judged_unlikely_is_no_event(coder: Coder) -> None:
    assert (
        events(coder, "Experts say Tehran is unlikely to launch an invasion of its neighbour.")
        == []
    )


# --- people described by what was done to them; acts of crowds; aircraft chased off -----------


def test_jailed_people_released_are_a_release_not_an_arrest(coder: Coder) -> None:
    text = "Belarus released 14 jailed Lithuanians in exchange for Belarusians deported by Vilnius."
    assert first_type(coder, text) == "RETREAT"


def test_people_arrested_are_still_an_arrest(coder: Coder) -> None:
    assert first_type(coder, "Police in Minsk detained 30 protesters on Sunday.") == "COERCE"


def test_protesters_setting_fire_are_a_violent_protest(coder: Coder) -> None:
    event = events(coder, "Demonstrators set fire to the ruling party's offices in Dhaka.")[0]
    assert event.plover_type == "PROTEST"


def test_a_news_bureau_shut_down_is_a_restriction_of_freedoms(coder: Coder) -> None:
    event = events(coder, "Kyrgyzstan shut down the Turkish broadcaster's bureau.")[0]
    assert event.cameo_code == "1721"


def test_an_aircraft_driven_away_is_coercion(coder: Coder) -> None:
    text = "The Chinese navy said it had driven away a Japanese patrol plane."
    assert first_type(coder, text) == "COERCE"
    assert events(coder, "The gunmen drove off in a white car.") == []


# --- coups, suspensions from blocs, visas revoked, intelligence sharing suspended ---------------


def test_a_constitution_suspended_is_coercion(coder: Coder) -> None:
    assert first_type(coder, "The junta in Niamey suspended the constitution.") == "COERCE"


def test_a_state_suspended_from_a_bloc_is_a_sanction(coder: Coder) -> None:
    event = events(coder, "The African Union suspended Madagascar from the bloc.")[0]
    assert event.plover_type == "SANCTION"
    assert country(event.target) == "MDG"


def test_a_suspension_lifted_is_a_concession(coder: Coder) -> None:
    assert first_type(coder, "ECOWAS lifted Guinea's suspension on Monday.") == "CONCEDE"


def test_visas_revoked_are_a_sanction_not_a_rejection(coder: Coder) -> None:
    event = events(coder, "Washington revoked the visas of five Colombian officials.")[0]
    assert event.plover_type == "SANCTION"


def test_intelligence_sharing_suspended_reduces_relations(coder: Coder) -> None:
    assert first_type(coder, "Bogota suspended intelligence sharing with Washington.") == "SANCTION"


def test_heavy_fire_exchanged_is_a_gunfight_between_both_sides(coder: Coder) -> None:
    event = events(coder, "Thai and Cambodian troops exchanged heavy fire near the temple.")[0]
    assert event.cameo_code == "193"
    assert event.confidence >= 0.5
    assert {country(event.source), country(event.target)} == {"THA", "KHM"}


def test_talks_mediated_between_two_states_are_their_talks(coder: Coder) -> None:
    event = events(coder, "Oman mediated talks between Iran and the United States.")[0]
    assert event.plover_type == "CONSULT"
    assert {country(event.source), country(event.target)} == {"IRN", "USA"}


# --- ramming, executions, terrorist designations, nationalisations, hostile manoeuvres ---------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("A Chinese maritime militia vessel rammed a Vietnamese fishing boat.", "ASSAULT"),
        ("Belarus executed two men convicted of sabotage.", "ASSAULT"),
        ("Canada designated the gang as a terrorist organization.", "SANCTION"),
        ("Niger nationalized a uranium mine run by a French company.", "COERCE"),
        ("Chinese fighters locked their radar on Japanese aircraft.", "MOBILIZE"),
        ("Iranian speedboats harassed a British tanker in the Gulf.", "MOBILIZE"),
        ("Germany pulled its remaining troops out of Mali.", "RETREAT"),
    ],
)
def test_more_wire_acts_get_their_type(coder: Coder, text: str, plover: str) -> None:
    found = events(coder, text)
    assert found and found[0].plover_type == plover and found[0].confidence >= 0.5


# --- an act opposed or rejected is the rejection's object ---------------------------------------


def test_sanctions_opposed_are_a_rejection_not_sanctions(coder: Coder) -> None:
    found = events(coder, "Beijing firmly opposed the unilateral sanctions, its embassy said.")
    assert found and found[0].plover_type == "REJECT"
    assert "SANCTION" not in [e.plover_type for e in found]


def test_calls_for_a_truce_rejected_take_the_specific_rejection(coder: Coder) -> None:
    event = events(coder, "The junta rejected calls for a truce in the north.")[0]
    assert event.cameo_code == "1246"


def test_a_rejection_and_a_new_act_stay_two_acts(coder: Coder) -> None:
    found = events(coder, "Moscow rejected the plan and launched a new offensive.")
    assert {"REJECT", "ASSAULT"} <= {e.plover_type for e in found}


# --- a discard inside a pattern's gap does not hide it ------------------------------------------


def test_a_count_inside_a_pattern_does_not_hide_it(coder: Coder) -> None:
    event = events(coder, "The militia executed at least 12 villagers near Beni.")[0]
    assert event.plover_type == "ASSAULT"
    assert event.confidence >= 0.5


def test_detentions_said_to_be_politically_motivated_are_criticised(coder: Coder) -> None:
    event = events(coder, "Georgia's opposition said the arrests were politically motivated.")[0]
    assert event.plover_type == "ACCUSE"
    assert country(event.source) == "GEO"


# --- acts that people described by a participle plan are suspicions, not acts ------------------


def test_attacks_planned_by_suspects_are_no_attack(coder: Coder) -> None:
    found = events(coder, "Police arrested four men plotting attacks on churches in Lagos.")
    assert [e.plover_type for e in found] == ["COERCE"]


def test_a_party_planning_attacks_is_still_a_threat(coder: Coder) -> None:
    assert (
        first_type(coder, "The rebels are planning attacks on the capital, the army said.")
        == "THREATEN"
    )


# --- set E: centres hit, "will never tolerate", bans on organisations, "a blow", "whether" ------


def test_a_training_centre_hit_is_an_assault(coder: Coder) -> None:
    text = "Moscow said its troops had hit a Ukrainian training centre."
    event = events(coder, text)[0]
    assert event.plover_type == "ASSAULT"
    assert event.confidence >= 0.5


def test_never_tolerating_is_a_warning(coder: Coder) -> None:
    assert (
        first_type(coder, "Beijing said it would never tolerate foreign interference.")
        == "THREATEN"
    )


def test_a_law_banning_organisations_restricts_them(coder: Coder) -> None:
    text = "Georgia's parliament passed a law banning organisations that receive foreign funding."
    assert events(coder, text)[0].cameo_code == "1722"


def test_a_law_called_a_blow_is_criticised(coder: Coder) -> None:
    assert (
        first_type(coder, "The Council of Europe called the law a serious blow to democracy.")
        == "ACCUSE"
    )


def test_an_act_after_whether_is_no_act(coder: Coder) -> None:
    assert events(coder, "Minsk has not said whether it will sign the accord.") == []


# --- dialogues held, arms supplied, military aid approved, Article 4 invoked ---------------------


def test_a_security_dialogue_held_is_a_negotiation(coder: Coder) -> None:
    event = events(coder, "Tokyo and Seoul held their first strategic dialogue in years.")[0]
    assert event.plover_type == "CONSULT"
    assert event.confidence >= 0.5


def test_arms_supplied_to_a_country_with_will_are_an_intent_of_military_aid(coder: Coder) -> None:
    text = "Sweden will supply Ukraine with two more Swedish-made air defence systems."
    assert events(coder, text)[0].cameo_code == "0332"


def test_military_aid_approved_is_military_not_economic_aid(coder: Coder) -> None:
    event = events(coder, "The Senate approved $40 billion in military aid for Israel.")[0]
    assert event.cameo_code == "072"


def test_article_4_invoked_is_an_appeal(coder: Coder) -> None:
    event = events(coder, "Poland invoked NATO's Article 4 after the drone incursion.")[0]
    assert event.plover_type == "REQUEST"
