"""Round 30, recall14: agency phrasings of clear acts that the project's lexicon lacked, so that
only PETRARCH-2's fallback (scored far under the agency floor) or nothing coded them: border
checkpoints closed, a curfew announced, ordered or introduced, armed men neutralised, bridges
blockaded by protesters, mandates stripped, people taken into custody named at length, diplomats
kicked out, a mayor gunned down, rebels driven out, a leader landing somewhere for talks, a
prison sentence handed to someone named at length, control regained or wrested, aid unfrozen,
military cooperation resumed, a newspaper suspended; a place "hit by" missiles, drones or
shells (the passive of a strike), someone "placed under arrest", banished, flogged, vehicles
commandeered, an uprising crushed, journalists harassed, positions "hammered"; worshippers and
mourners are civilians and militiamen an armed group. Each has a near miss that stays without
the act. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second, second_events

coder = recommended_coder

LEAD = "SUVA, Fiji (AP) — Fiji's cabinet met on Tuesday to discuss the budget. "
GHANA = "ACCRA, Ghana (Reuters) - Ghana's cabinet met on Tuesday to discuss the budget. "


def _codes(coder: Coder, text: str, lead: str = LEAD) -> list[str]:
    return [e.cameo_code for e in second_events(coder, text, lead)]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana closed all border checkpoints with Togo on Saturday, the interior ministry said.",
        "The authorities shut the crossing points on the frontier with Burkina Faso.",
    ],
)
def test_border_checkpoints_closed_are_a_closed_border(coder: Coder, text: str) -> None:
    assert "191" in _codes(coder, text, GHANA)


def test_checkpoints_reopened_are_no_closure_codes_nothing(coder: Coder) -> None:
    text = "The minister announced the reopening of border checkpoints closed during the unrest."
    assert _codes(coder, text, GHANA) == []


@pytest.mark.parametrize(
    "text",
    [
        "The junta announced a nighttime curfew in the capital on Monday.",
        "The military government ordered a curfew in the capital after the unrest.",
        "Fiji's government introduced a dusk-to-dawn curfew in two districts on Tuesday.",
    ],
)
def test_a_curfew_announced_or_ordered_is_a_curfew(coder: Coder, text: str) -> None:
    assert "1723" in _codes(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government announced the lifting of the curfew on Monday.",
        "The junta announced an end to the curfew in the capital.",
    ],
)
def test_a_curfew_lifted_is_no_curfew_imposed(coder: Coder, text: str) -> None:
    # a curfew lifted is an easing of restrictions (08), never the curfew imposed
    assert _codes(coder, text) == ["081"]


def test_armed_men_neutralised_are_attacked(coder: Coder) -> None:
    text = "Fiji's army said it had neutralised a group of armed men near the coast."
    assert "ASSAULT" in second(coder, text, LEAD)


def test_a_device_neutralised_is_no_attack_codes_nothing(coder: Coder) -> None:
    text = "The army neutralised an explosive device found near the market."
    assert second(coder, text, LEAD) == []


def test_students_blockading_a_bridge_protest(coder: Coder) -> None:
    text = "Students blockaded a key bridge in Suva on Saturday."
    assert "PROTEST" in second(coder, text, LEAD)


def test_ships_blockaded_by_ice_are_no_protest_codes_nothing(coder: Coder) -> None:
    text = "Ships blockaded by ice in the harbour were freed on Tuesday."
    assert second(coder, text, LEAD) == []


def test_lawmakers_stripped_of_their_mandates(coder: Coder) -> None:
    text = "The ruling party's majority stripped three opposition lawmakers of their mandates."
    assert "172" in _codes(coder, text)


def test_people_named_at_length_taken_into_custody(coder: Coder) -> None:
    text = "Rebels took 20 U.N. staff members into custody on Sunday, the U.N. said."
    found = [e for e in second_events(coder, text, LEAD) if e.cameo_code == "173"]
    assert found and found[0].source is not None and found[0].source.sector == "REB"


@pytest.mark.parametrize(
    "text",
    [
        "Fiji kicked out two Tongan diplomats on Monday.",
        "Fiji kicked the Tongan ambassador out after the row.",
    ],
)
def test_diplomats_kicked_out_are_expelled(coder: Coder, text: str) -> None:
    assert "SANCTION" in second(coder, text, LEAD)


def test_talks_kicked_off_with_an_ambassador_are_no_expulsion(coder: Coder) -> None:
    text = "The minister kicked off talks with the Tongan ambassador on Monday."
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # talks held with an ambassador are 04 CONSULT by the guide.
    assert "SANCTION" not in second(coder, text, LEAD)


def test_a_mayor_gunned_down_is_an_assault(coder: Coder) -> None:
    text = "Gunmen gunned down a local mayor in the north of the country."
    assert "ASSAULT" in second(coder, text, LEAD)


def test_rebels_driven_out_of_a_town(coder: Coder) -> None:
    text = "The army drove the rebels out of the town on Sunday."
    assert "ASSAULT" in second(coder, text, LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "Rising prices drove many young people out of the country.",
        "Floods drove thousands of residents out of their homes.",
    ],
)
def test_people_driven_out_by_prices_or_floods_are_no_attack_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert second(coder, text, LEAD) == []


def test_landing_somewhere_for_talks_is_a_visit(coder: Coder) -> None:
    text = "Samoa's prime minister landed in Suva on Monday for talks with Fiji's leaders."
    found = [e for e in second_events(coder, text, LEAD) if e.plover_type == "CONSULT"]
    assert found and country(found[0].source) == "WSM"


def test_a_plane_landing_to_refuel_is_no_visit_codes_nothing(coder: Coder) -> None:
    text = "The plane landed in Suva for refuelling."
    assert second(coder, text, LEAD) == []


def test_a_sentence_handed_to_someone_named_at_length(coder: Coder) -> None:
    text = "A court handed the opposition leader a 10-year prison sentence."
    assert "173" in _codes(coder, text)


def test_a_contract_handed_is_no_sentence_codes_nothing(coder: Coder) -> None:
    text = "The club handed its coach a new contract and a bonus for the title."
    assert _codes(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army regained control of the town on Sunday.",
        "The rebels wrested control of the airport from government troops.",
    ],
)
def test_control_regained_or_wrested_is_territory_taken(coder: Coder, text: str) -> None:
    assert "192" in _codes(coder, text)


def test_control_of_the_situation_regained_is_no_territory_codes_nothing(coder: Coder) -> None:
    text = "Police said they had regained control of the situation in the prison."
    assert _codes(coder, text) == []


def test_aid_unfrozen_is_aid(coder: Coder) -> None:
    text = "Australia unfroze development aid to Fiji on Monday."
    assert "AID" in second(coder, text, LEAD)


def test_hiring_unfrozen_is_no_aid_codes_nothing(coder: Coder) -> None:
    text = "The company unfroze hiring after a strong quarter."
    assert second(coder, text, LEAD) == []


def test_military_cooperation_resumed(coder: Coder) -> None:
    text = "Australia resumed military cooperation with Fiji after the election."
    assert "062" in _codes(coder, text)


def test_a_newspaper_suspended_is_a_media_restriction(coder: Coder) -> None:
    text = "Fiji's government suspended the independent newspaper for a month."
    assert "1721" in _codes(coder, text)


def test_printing_suspended_for_want_of_paper_is_no_restriction_codes_nothing(coder: Coder) -> None:
    text = "The publisher suspended the printing of the magazine because of paper shortages."
    assert _codes(coder, text) == []


YEMEN = "ADEN, Yemen (AP) — Fighting raged overnight in the south. "


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The port city of Mokha was hit by Houthi missiles hours later, wounding nine people, "
            "the regional governor said.",
            "195",
        ),
        ("A village near Marib was struck by Houthi drones overnight.", "195"),
        ("Villages near the front were pounded by Houthi artillery on Tuesday.", "194"),
    ],
)
def test_a_place_hit_by_missiles_is_a_strike_by_their_side(
    coder: Coder, text: str, code: str
) -> None:
    found = [e for e in second_events(coder, text, YEMEN) if e.cameo_code == code]
    assert found and country(found[0].source) == "YEM"


@pytest.mark.parametrize(
    "text",
    [
        "The region was hit by heavy rains on Monday.",
        "The economy was hit by new sanctions and rising prices.",
        "The boy was struck by a car near the market.",
    ],
)
def test_hit_by_rain_sanctions_or_a_car_is_no_strike(coder: Coder, text: str) -> None:
    assert not {"194", "195"} & set(_codes(coder, text, YEMEN))


def test_placed_under_arrest(coder: Coder) -> None:
    text = "The president placed the vice president under arrest on Monday."
    assert "173" in _codes(coder, text)


def test_a_project_put_under_review_is_no_arrest_codes_nothing(coder: Coder) -> None:
    text = "The company put the project under review."
    assert _codes(coder, text) == []


def test_a_chief_banished(coder: Coder) -> None:
    text = "Fiji's government banished the chief to a remote island."
    assert "174" in _codes(coder, text)


def test_vehicles_commandeered_are_seized(coder: Coder) -> None:
    text = "The rebels commandeered U.N. vehicles in the north."
    assert "171" in _codes(coder, text)


def test_journalists_flogged_are_beaten(coder: Coder) -> None:
    text = "Police flogged two journalists in public."
    assert "182" in _codes(coder, text)


def test_a_meal_whipped_up_is_no_beating_codes_nothing(coder: Coder) -> None:
    text = "The chef whipped up a meal for the visiting delegation."
    assert _codes(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Security forces crushed the uprising in the north.",
        "Troops quelled a mutiny at the barracks on Sunday.",
    ],
)
def test_an_uprising_crushed_is_violent_repression(coder: Coder, text: str) -> None:
    assert "175" in _codes(coder, text)


def test_rivals_crushed_on_the_pitch_are_no_repression_codes_nothing(coder: Coder) -> None:
    text = "The team crushed their rivals 4-0 on Sunday."
    assert _codes(coder, text) == []


def test_journalists_harassed_are_coerced(coder: Coder) -> None:
    text = "Security agents harassed journalists covering the trial."
    assert "COERCE" in second(coder, text, LEAD)


def test_rebel_positions_hammered_are_struck(coder: Coder) -> None:
    text = "The army hammered rebel positions with artillery."
    assert "ASSAULT" in second(coder, text, LEAD)


def test_a_coast_hammered_by_storms_is_no_strike_codes_nothing(coder: Coder) -> None:
    text = "Storms hammered the coast, destroying homes."
    assert second(coder, text, LEAD) == []


def test_worshippers_fired_on_are_civilians(coder: Coder) -> None:
    text = "Gunmen opened fire on worshippers at a church in the north."
    found = [e for e in second_events(coder, text, LEAD) if e.plover_type == "ASSAULT"]
    assert found and found[0].target is not None and found[0].target.sector == "CVL"


def test_militiamen_are_an_armed_group(coder: Coder) -> None:
    text = "Militiamen torched dozens of homes in the village."
    found = second_events(coder, text, LEAD)
    assert found and found[0].source is not None and found[0].source.sector == "REB"


ZAMBIA = "LUSAKA, Zambia (AP) — Zambia and Malawi traded words over the dam. "


def test_a_state_faulted_for_a_failure_is_blamed(coder: Coder) -> None:
    text = "Zambia faulted Malawi for the breakdown of the talks."
    found = [e for e in second_events(coder, text, ZAMBIA) if e.plover_type == "ACCUSE"]
    assert found and country(found[0].target) == "MWI"


def test_a_state_taken_to_task_is_rebuked(coder: Coder) -> None:
    text = "Zambia's foreign minister took Malawi to task over the dam."
    assert "ACCUSE" in second(coder, text, ZAMBIA)


def test_faults_found_in_turbines_are_no_blame_codes_nothing(coder: Coder) -> None:
    text = "Engineers found faults for the second time in the dam's turbines."
    assert second(coder, text, ZAMBIA) == []
