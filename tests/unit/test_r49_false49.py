"""Round 49 (false49): acts the open sets label irrelevant that the coder kept (false events),
by the guide's "Not relevant" lines (docs/labelling.md, section 1): goals, weather, safety
advice, sport, running figures."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, undated_in

coder = recommended_coder


# --- an act made a leader's priority: a goal, no act done -----------------------------------


def test_arrest_made_the_priority_of_an_administration_is_no_event(coder: Coder) -> None:
    text = (
        "Governor Alma Reyes, who took office in 2021, has made the arrest of corrupt police "
        "chiefs the priority of her administration."
    )
    assert code_list(coder, text) == []


def test_talks_made_the_centrepiece_of_a_tenure_is_no_event(coder: Coder) -> None:
    text = (
        "The interior minister has made talks with the rebel commanders the centrepiece of "
        "his tenure."
    )
    assert code_list(coder, text) == []


def test_crackdown_made_a_top_priority_is_no_event(coder: Coder) -> None:
    text = "The new prime minister has made cracking down on smuggling gangs his top priority."
    assert code_list(coder, text) == []


def test_recapture_made_the_focus_of_a_juntas_rule_is_no_event(coder: Coder) -> None:
    text = (
        "The junta, which seized power in 2020, has made the recapture of northern towns the "
        "focus of its rule."
    )
    assert code_list(coder, text) == []


def test_arrest_made_public_stays(coder: Coder) -> None:
    # near miss: "made ... public" names no goal
    text = "The interior minister made the arrest of the police chief public on Tuesday."
    assert code_list(coder, text)[:1] == ["173"]


def test_recapture_made_its_first_act_stays(coder: Coder) -> None:
    # near miss: "its first act" is no goal's noun
    text = (
        "The army made the recapture of the town its first act after the ceasefire collapsed "
        "on Monday."
    )
    assert code_list(coder, text)[:1] == ["192"]


# --- a natural hazard as the act's subject: weather, no party --------------------------------


def test_cyclone_threatening_villages_is_no_event(coder: Coder) -> None:
    text = (
        "A powerful cyclone is threatening to flatten fishing villages along the coast of "
        "Mozambique, forecasters said."
    )
    assert code_list(coder, text) == []


def test_floodwaters_threatened_a_plant_is_no_event(coder: Coder) -> None:
    assert code_list(coder, "Floodwaters threatened the main water plant of Dhaka on Sunday.") == []


def test_blaze_threatening_homes_is_no_event(coder: Coder) -> None:
    text = "The blaze is threatening homes on the edge of Athens, the fire brigade said."
    assert code_list(coder, text) == []


def test_warning_that_a_wildfire_threatens_a_city_is_no_event(coder: Coder) -> None:
    text = "Authorities in Chile warned that the wildfire was threatening Valparaiso."
    assert code_list(coder, text) == []


def test_rivers_threaten_to_cut_off_a_town_is_no_event(coder: Coder) -> None:
    text = "Rising rivers threaten to cut off the town of Tete from the rest of Mozambique."
    assert code_list(coder, text) == []


def test_rebels_threatening_to_flood_a_capital_stay(coder: Coder) -> None:
    # near miss: the hazard's word comes after the verb
    assert code_list(coder, "The rebels threatened to flood the capital with fighters.") == ["130"]


# --- a running figure under a standing measure ---------------------------------------------


def test_figure_arrested_under_emergency_measures_is_no_event(coder: Coder) -> None:
    text = (
        "More than 12,000 suspected gang members have been arrested under the emergency "
        "measures, which the congress extended for a tenth time."
    )
    assert code_list(coder, text) == []


def test_figure_jailed_under_a_security_law_is_no_event(coder: Coder) -> None:
    assert (
        code_list(coder, "Nearly 3,000 people have been jailed under the new security law.") == []
    )


def test_thousands_held_under_a_decree_is_no_event(coder: Coder) -> None:
    text = "Some 4,500 opposition activists have been held under the curfew decree."
    assert code_list(coder, text) == []


def test_exact_count_arrested_under_an_act_stays(coder: Coder) -> None:
    # near miss: an exact count is the day's arrests (site copy's present perfect)
    text = "Forty people have been arrested under the public order act, police said."
    assert code_list(coder, text) == ["173"]


def test_police_arresting_under_an_act_stays(coder: Coder) -> None:
    # near miss: the active verb
    text = "Police have arrested 40 people under the public order act, the interior ministry said."
    assert code_list(coder, text) == ["173"]


# --- an embassy's safety advice to its own citizens -----------------------------------------


def test_embassy_advising_nationals_against_travel_is_no_event(coder: Coder) -> None:
    text = (
        "The Canadian embassy in Lima advised its nationals to avoid travel to Puno until the "
        "roadblocks were lifted."
    )
    assert code_list(coder, text) == []


def test_embassies_telling_citizens_to_reconsider_travel_is_no_event(coder: Coder) -> None:
    text = (
        "Several embassies in Dakar told their citizens to reconsider travel to the south of "
        "the country."
    )
    assert code_list(coder, text) == []


def test_state_advising_citizens_against_travel_to_a_rival_stays(coder: Coder) -> None:
    # near miss: a state's advisory against another state is a sanction (160)
    assert code_list(coder, "Beijing advised Chinese citizens to avoid travel to South Korea.") == [
        "160"
    ]


def test_embassy_urging_the_authorities_to_protect_citizens_stays(coder: Coder) -> None:
    # near miss: the appeal goes to the host state's authorities
    text = "The Canadian embassy in Lima urged the Peruvian authorities to protect its citizens."
    assert code_list(coder, text) == ["020"]


# --- sport: a match official on the sports pages --------------------------------------------

MATCH = (
    "Rapid Vienna have beaten Sturm Graz 2-1 in a tense Bundesliga match, a header in "
    "stoppage time sealing the win. "
    "Sturm had led at half-time after their striker scored from a corner. "
    "The visitors' manager protested angrily to the fourth official after a late penalty was "
    "overturned by the video referee. "
    "The result lifts Rapid to second place in the league."
)


def test_manager_protesting_to_the_fourth_official_is_no_event(coder: Coder) -> None:
    assert undated_in(coder, MATCH, 2) == []


def test_official_protesting_to_an_ambassador_stays(coder: Coder) -> None:
    # near miss: off the sports pages an official keeps its state
    text = "A government official protested to the Chinese ambassador over the detention."
    assert code_list(coder, text) == ["114"]


# --- an act told over a long span after it ("throughout the trial"): a stance or a habit ----


def test_charges_denied_throughout_the_trial_is_no_event(coder: Coder) -> None:
    text = (
        "Ortega, who served as defence minister from 2015 to 2019, denied the charges "
        "throughout the trial, and his lawyers said they would appeal."
    )
    assert code_list(coder, text) == []


def test_attacks_throughout_the_war_are_no_event(coder: Coder) -> None:
    assert (
        code_list(coder, "The rebels have attacked army posts in the north throughout the war.")
        == []
    )


def test_parliament_boycotted_throughout_a_presidency_is_no_event(coder: Coder) -> None:
    assert (
        code_list(coder, "The opposition has boycotted parliament throughout his presidency.") == []
    )


def test_slogans_chanted_throughout_the_night_stay(coder: Coder) -> None:
    # near miss: the story's own night is no long span
    text = "Protesters chanted slogans against the president throughout the night."
    assert code_list(coder, text) == ["141"]


def test_shelling_throughout_the_day_stays(coder: Coder) -> None:
    # near miss: the story's own day
    assert code_list(coder, "Government forces shelled the town throughout the day on Monday.") == [
        "194"
    ]


# --- measures faced, counted ("faces more than 30 arrest warrants") --------------------------


def test_three_arrest_warrants_faced_are_no_event(coder: Coder) -> None:
    text = (
        "The former mayor, who fled abroad, faces three arrest warrants over the killing of a "
        "journalist."
    )
    assert code_list(coder, text) == []


def test_more_than_forty_warrants_faced_are_no_event(coder: Coder) -> None:
    text = (
        "The former governor is facing more than 40 arrest warrants issued by courts in three "
        "states."
    )
    assert code_list(coder, text) == []


def test_warrant_issued_on_a_day_stays(coder: Coder) -> None:
    # near miss: the warrant issued is the act
    text = "A court issued an arrest warrant for the former governor on Tuesday."
    assert code_list(coder, text) == ["173"]


# --- what a party's reputation rests on: a habit ---------------------------------------------


def test_reputation_as_a_broker_hosting_talks_is_no_event(coder: Coder) -> None:
    text = (
        "Norway has built a reputation as a neutral broker, hosting talks between rebels and "
        "governments on three continents."
    )
    assert code_list(coder, text) == []


def test_reputation_for_hosting_secret_talks_is_no_event(coder: Coder) -> None:
    text = "Oman has a reputation for hosting secret talks between Iran and the United States."
    assert code_list(coder, text) == []


def test_talks_hosted_by_a_state_proud_of_its_reputation_stay(coder: Coder) -> None:
    # near miss: the act is the sentence's own verb, after the aside
    text = (
        "Oman, proud of its reputation as a mediator, hosted talks between Iran and the United "
        "States on Sunday."
    )
    assert code_list(coder, text) == ["046"]


# --- an ability told in the present ("still able to mobilise") -------------------------------


def test_groups_still_able_to_mobilise_is_no_event(coder: Coder) -> None:
    text = (
        "Trade unions are among the few organised groups still able to mobilise large numbers "
        "of people."
    )
    assert code_list(coder, text) == []


def test_unions_now_able_to_mobilise_is_no_event(coder: Coder) -> None:
    text = "Farmers' unions are now able to mobilise tens of thousands of members within a day."
    assert code_list(coder, text) == []


def test_student_groups_able_to_organise_protests_is_no_event(coder: Coder) -> None:
    text = "Student groups are still able to organise protests on most campuses."
    assert code_list(coder, text) == []


def test_opposition_able_to_mobilise_is_no_event(coder: Coder) -> None:
    text = "The opposition is able to mobilise its supporters in every province."
    assert code_list(coder, text) == []


def test_unions_were_able_to_mobilise_stays(coder: Coder) -> None:
    # near miss: the past tells the mobilisation done
    text = "Unions were able to mobilise thousands of workers for the strike on Monday."
    assert code_list(coder, text)[:1] == ["154"]


def test_police_were_able_to_arrest_stays(coder: Coder) -> None:
    # near miss: the past
    assert code_list(coder, "Police were able to arrest the gunmen after a short chase.") == ["173"]


# --- acts named as the subject of a rise or a fall: a trend -----------------------------------


def test_arrests_that_have_increased_are_no_event(coder: Coder) -> None:
    text = (
        "Rights groups say arrests of journalists and bloggers have increased over the past year."
    )
    assert code_list(coder, text) == []


def test_raids_that_have_doubled_are_no_event(coder: Coder) -> None:
    text = "Raids on opposition offices have doubled since the election, the party said."
    assert code_list(coder, text) == []


def test_attacks_increased_by_an_army_stay(coder: Coder) -> None:
    # near miss: the act noun is the verb's object, the army's act
    assert code_list(coder, "The army has increased attacks on rebel positions in the north.") == [
        "190"
    ]


# --- a goal named a promise or a pledge ------------------------------------------------------


def test_return_of_funds_made_a_central_promise_is_no_event(coder: Coder) -> None:
    text = (
        "President Ana Duarte has made the return of stolen public funds a central promise of "
        "her government."
    )
    assert code_list(coder, text) == []


def test_talks_made_a_key_pledge_is_no_event(coder: Coder) -> None:
    text = "The prime minister has made talks with the unions a key pledge of his campaign."
    assert code_list(coder, text) == []


def test_promise_made_to_the_unions_stays(coder: Coder) -> None:
    # near miss: "made a promise" gives one
    text = "The prime minister made a promise to the unions on Monday to raise wages."
    assert code_list(coder, text) == ["030"]


def test_pledge_made_to_release_prisoners_stays(coder: Coder) -> None:
    # near miss: the pledge right after "made"
    text = "The president made a pledge to release all political prisoners by the end of the year."
    assert code_list(coder, text) == ["0353"]
