"""Round 50 (false50): false events on sentences the open sets label irrelevant, by the guide's
"Not relevant" lines (docs/labelling.md, section 1, point 33): a war's toll told in a relative
clause after its places and dates, a weather or earth-science service's warnings and alerts, a
hazard's snow or wind as the subject, the sports pages' governing body named by its head noun."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, coded_as, events, recommended_coder, undated_in

coder = recommended_coder


# --- a war's toll in a relative clause on the war, past its places and dates ------------------


def test_toll_of_an_insurgency_dated_by_a_decade_is_no_event(coder: Coder) -> None:
    text = "The province was scarred by an insurgency in the 1980s that killed about 30,000 people."
    assert code_list(coder, text) == []


def test_toll_of_a_civil_war_in_a_region_after_a_preposition_is_no_event(coder: Coder) -> None:
    text = (
        "Hundreds of families still live in camps after a civil war in the south that killed "
        "40,000 people."
    )
    assert code_list(coder, text) == []


def test_toll_of_a_conflict_in_a_region_in_the_perfect_is_no_event(coder: Coder) -> None:
    text = (
        "Many families in the camp fled a conflict in the northern highlands which has killed "
        "more than 6,000 people."
    )
    assert code_list(coder, text) == []


def test_toll_of_an_uprising_of_a_year_is_no_event(coder: Coder) -> None:
    text = (
        "Veterans gathered at the memorial to the uprising of 1957 that killed hundreds of workers."
    )
    assert code_list(coder, text) == []


def test_militia_named_in_the_tail_keeps_its_killing(coder: Coder) -> None:
    # near miss: a party noun between the war and the relative takes the relative
    text = (
        "Army units on Tuesday routed a civil war militia that killed five farmers in "
        "Kalehe on Monday."
    )
    assert code_list(coder, text)[:1] == ["190"]


# --- a weather or earth-science service: safety advice, no political act ---------------------


def test_weather_agency_red_warning_is_no_event(coder: Coder) -> None:
    text = "Portugal's weather agency has issued a red warning for the northern coast."
    assert code_list(coder, text) == []


def test_meteorological_agency_warning_of_a_threat_is_no_event(coder: Coder) -> None:
    text = "Japan's meteorological agency warned of a threat to the coast from the typhoon."
    assert code_list(coder, text) == []


def test_seismology_service_raising_an_alert_is_no_event(coder: Coder) -> None:
    text = "Chile's seismology service raised the alert level for the northern ports on Friday."
    assert code_list(coder, text) == []


def test_meteorological_office_appeal_to_stay_indoors_is_no_event(coder: Coder) -> None:
    text = "The national meteorological office urged people to stay indoors as the storm neared."
    assert code_list(coder, text) == []


def test_accusing_the_weather_service_stays(coder: Coder) -> None:
    # near miss: the service after the act is its target, the accuser a political party
    text = (
        "The opposition accused the weather service of failing to warn villagers before the floods."
    )
    found = events(coder, text)
    assert [(e.cameo_root, e.source.sector if e.source else None) for e in found][:1] == [
        ("11", "OPP")
    ]


def test_government_warning_to_rebels_stays(coder: Coder) -> None:
    # near miss: no service word before the act
    text = "Peru's government warned the rebels that it would strike their camps in the valley."
    assert [e.cameo_root for e in events(coder, text)][:1] == ["13"]


# --- snow and wind as the act's subject: weather ----------------------------------------------


def test_snowdrifts_blocking_a_road_is_no_event(coder: Coder) -> None:
    assert code_list(coder, "Heavy snowdrifts have blocked the main road to the airport.") == []


def test_gusts_blocking_a_road_is_no_event(coder: Coder) -> None:
    text = "Overnight gusts blocked the coastal road with fallen trees near the harbour."
    assert code_list(coder, text) == []


def test_protesters_blocking_a_road_stays(coder: Coder) -> None:
    # near miss: a crowd as the subject
    text = "Protesters in Lima have blocked the main road to the airport."
    assert [root[:2] for root in code_list(coder, text)][:1] == ["14"]


# --- the sports pages: a governing body named by its head noun --------------------------------

SPORT = (
    "Ferencvaros beat Ujpest 2-0 on Sunday to go four points clear at the top of the league. "
    "The visitors' coach protested to the referee after the second goal and was sent off. "
    "Ujpest said it had lodged a complaint with the Hungarian Football Federation. "
    "The federation's disciplinary panel has imposed sanctions on Ujpest after fans threw "
    "flares onto the pitch, fining the club two million forints. "
    "Ferencvaros travel to Debrecen next weekend."
)


def test_federation_sanctioning_a_club_on_the_sports_pages_is_no_event(coder: Coder) -> None:
    assert coded_as(undated_in(coder, SPORT, 3)) == []


def test_federation_sanctioning_a_state_in_politics_stays(coder: Coder) -> None:
    # near miss: a federation of states in a political story, not the sports pages
    body = (
        "Leaders of the Russian Federation met in Moscow on Monday. "
        "The European Union has imposed new sanctions on Russia over the annexation, its foreign "
        "ministers said on Tuesday."
    )
    assert [e.cameo_root for e in undated_in(coder, body, 1)][:1] == ["16"]


# --- a consequence named after a comma's participle: what the main act set off ---------------


def test_sanctions_triggered_by_a_dated_annexation_are_no_event(coder: Coder) -> None:
    text = "Moscow annexed the peninsula in 2014, triggering sanctions by the European Union."
    assert code_list(coder, text) == []


def test_criticism_drawn_by_a_dated_reopening_is_no_event(coder: Coder) -> None:
    text = (
        "Palau opened the marine sanctuary to foreign trawlers in 2019, drawing criticism from "
        "environmental groups."
    )
    assert code_list(coder, text) == []


def test_clashes_sparked_by_a_dated_vote_are_no_event(coder: Coder) -> None:
    text = (
        "Parliament extended the president's mandate by two years in 2021, sparking clashes "
        "between police and opposition supporters."
    )
    assert code_list(coder, text) == []


def test_main_act_before_the_consequence_stays(coder: Coder) -> None:
    # near miss: the day's arrest before the comma is the act; its consequence adds none
    text = (
        "Police in Dakar arrested the opposition leader on Tuesday, sparking protests by his "
        "supporters outside the court."
    )
    assert [(e.cameo_root, e.target.sector if e.target else None) for e in events(coder, text)][
        :1
    ] == [("17", "OPP")]


def test_consequence_on_the_story_s_day_stays(coder: Coder) -> None:
    # near miss: the day's consequence of the day's act is the day's act too
    text = (
        "The government raised the fuel tax on Tuesday, sparking protests from truck drivers "
        "across the country."
    )
    assert "PROTEST" in [e.plover_type for e in events(coder, text)]


def test_protests_as_the_subject_after_a_comma_stay(coder: Coder) -> None:
    # near miss: a crowd's act told by its own verb after the comma, no participle before it
    text = (
        "The government raised fuel prices overnight, and thousands of people protested in "
        "Abuja on Tuesday."
    )
    assert "14" in [root[:2] for root in code_list(coder, text)]


# --- the present simple of a relative clause: the group's habit -------------------------------


def test_militias_who_attack_villages_describe_the_group(coder: Coder) -> None:
    text = (
        "Farmers in the valley live in fear of the militias who attack villages along the border."
    )
    assert code_list(coder, text) == []


def test_gangs_that_kidnap_foreigners_describe_the_gangs(coder: Coder) -> None:
    text = "Hoteliers on the coast fear the gangs that kidnap foreigners on the airport road."
    assert code_list(coder, text) == []


def test_group_which_attacks_convoys_describes_the_group(coder: Coder) -> None:
    text = "Mali's junta is negotiating with a group which attacks fuel convoys in the west."
    assert [root[:2] for root in code_list(coder, text) if root[:2] in ("18", "19")] == []


def test_rebels_who_attacked_a_town_stay(coder: Coder) -> None:
    # near miss: the past tense reports the act
    text = "The rebels who attacked the border town of Kasindi killed nine villagers."
    assert [root[:2] for root in code_list(coder, text)][:1] in (["18"], ["19"])


def test_gunmen_who_hit_a_convoy_on_monday_stay(coder: Coder) -> None:
    # near miss: a base form that is its own past, in a sentence naming the story's day
    text = "Troops hunted the gunmen who hit an army convoy near Gao on Monday."
    assert "19" in [root[:2] for root in code_list(coder, text)] or "18" in [
        root[:2] for root in code_list(coder, text)
    ]
