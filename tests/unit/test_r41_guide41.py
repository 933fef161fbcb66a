"""Round 41, guide41: the coder follows the labelling guide's lines on force used on crowds
(docs/labelling.md, point 6 and the new point 47). A state's police, gendarmes, troops or
security forces who open fire on, fire live rounds at or shoot dead protesters or a crowd of
their own country use violent repression (175, 17 ASSAULT), not armed force between armed
sides (19); fire on villagers, by gunmen, or by a foreign force stays as coded. "Security
forces" doing police work (acts of 17: arrests, raids, crowd control) are `COP`; fighting armed
men or deployed they keep `MIL`. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, first_codes, recommended_coder

coder = recommended_coder

ORURO = "ORURO, Bolivia, March 4 (Reuters) - Thousands of miners marched on Oruro on Tuesday. "


def test_police_opening_fire_on_protesters_repress(coder: Coder) -> None:
    text = "Bolivian police opened fire on striking miners and protesters near Oruro on Monday."
    assert first_codes(coder, text, target="country") == ("175", "BOLCOP", "BOL")
    assert events(coder, text)[0].plover_type == "ASSAULT"


def test_live_rounds_fired_at_a_crowd_repress(coder: Coder) -> None:
    text = "Armenian police fired live rounds at the crowd outside the parliament in Yerevan."
    assert first_codes(coder, text)[:2] == ("175", "ARMCOP")


def test_security_forces_who_shot_demonstrators_dead_are_the_police(coder: Coder) -> None:
    text = "Security forces in Sri Lanka shot dead three demonstrators in Colombo, activists said."
    assert first_codes(coder, text, target="country") == ("175", "LKACOP", "LKA")


def test_fire_on_protesters_in_a_story_repress(coder: Coder) -> None:
    body = ORURO + "Officers opened fire on marchers near the governor's office late that evening."
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found and found[0].cameo_code == "175"


def test_soldiers_firing_on_villagers_keep_their_fight(coder: Coder) -> None:
    code = first_codes(
        coder, "Malian soldiers opened fire on villagers in the Mopti region, residents said."
    )
    assert code[0].startswith(("18", "19"))


def test_gunmen_firing_on_a_crowd_keep_their_attack(coder: Coder) -> None:
    code = first_codes(coder, "Gunmen opened fire on a crowd of worshippers in northern Mali.")
    assert code[0].startswith(("18", "19"))


def test_a_foreign_force_firing_on_protesters_keeps_its_fight(coder: Coder) -> None:
    code = first_codes(
        coder,
        "Armenian troops opened fire on Azerbaijani protesters at the border.",
        target="country",
    )
    assert code[0].startswith("19") and code[2] == "AZE"


def test_police_exchanging_fire_with_gunmen_fight(coder: Coder) -> None:
    assert first_codes(coder, "Chilean police exchanged fire with gunmen in Temuco.")[0].startswith(
        "19"
    )


def test_security_forces_making_arrests_are_the_police(coder: Coder) -> None:
    text = "Security forces in Peru detained the opposition leader in Lima on Tuesday."
    assert first_codes(coder, text, target="country") == ("173", "PERCOP", "PER")


def test_security_forces_arresting_in_a_story_are_the_police(coder: Coder) -> None:
    body = (
        ORURO + "Security forces arrested 20 union leaders in the town overnight, the union said."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found and found[0].cameo_code == "173" and found[0].source is not None
    assert found[0].source.sector == "COP"


def test_security_forces_fighting_rebels_stay_the_armed_forces(coder: Coder) -> None:
    assert first_codes(coder, "Peruvian security forces clashed with rebels in the Vraem valley.")[
        :2
    ] == (
        "190",
        "PERMIL",
    )


def test_security_forces_deployed_stay_the_armed_forces(coder: Coder) -> None:
    text = "Security forces in Bolivia were deployed to the streets of La Paz."
    assert first_codes(coder, text)[:2] == ("154", "BOLMIL")


# Labelling guide point 44: mobile data and internet access cut at home (1721, the country's
# people); restored, the cut is lifted (0811, 08 CONCEDE); a repair restores no freedom.
COLOMBO = "COLOMBO, May 3 (Reuters) - Thousands of Sri Lankans marched on parliament on Friday. "


def _second_codes(coder: Coder, sentence: str) -> list[tuple[str, str | None, str | None]]:
    found = [e for e in article(coder, COLOMBO + sentence) if e.sentence_index == 1]
    return [
        (
            e.cameo_code,
            e.source.country if e.source else None,
            e.target.sector if e.target else None,
        )
        for e in found
    ]


def test_mobile_data_cut_restricts_the_countrys_people(coder: Coder) -> None:
    found = _second_codes(coder, "The government cut mobile data across the island on Saturday.")
    assert found[:1] == [("1721", "LKA", "CVL")]


def test_internet_access_restored_eases_the_restriction(coder: Coder) -> None:
    found = _second_codes(coder, "Authorities restored internet access on Sunday.")
    assert found and found[0][0] == "0811"


def test_a_repair_that_restores_the_internet_is_no_act(coder: Coder) -> None:
    text = "Engineers restored internet service after a storm damaged cables."
    assert _second_codes(coder, text) == []


# Labelling guide point 42: a crowd that throws stones at the police riots against them (the
# police are the target); at a building or a motorcade, against its government.
def _second_target(coder: Coder, sentence: str) -> tuple[str, str | None, str | None]:
    found = [e for e in article(coder, COLOMBO + sentence) if e.sentence_index == 1]
    assert found, sentence
    target = found[0].target
    return (
        found[0].cameo_code,
        target.country if target else None,
        target.sector if target else None,
    )


def test_stones_thrown_at_police_target_the_police(coder: Coder) -> None:
    text = "A crowd of protesters threw stones at police in the market square before dispersing."
    assert _second_target(coder, text) == ("145", "LKA", "COP")


def test_stones_thrown_at_a_building_target_the_government(coder: Coder) -> None:
    text = "Protesters hurled stones at the windows of the tax office."
    assert _second_target(coder, text) == ("145", "LKA", "GOV")


def test_eggs_thrown_at_a_motorcade_target_the_government(coder: Coder) -> None:
    text = "Protesters threw eggs at the president's motorcade."
    assert _second_target(coder, text) == ("145", "LKA", "GOV")


def test_youths_hurling_petrol_bombs_riot(coder: Coder) -> None:
    text = "Youths hurled petrol bombs and bottles at riot police outside the ministry."
    assert _second_target(coder, text)[0] == "145"


def test_crowds_throwing_stones_at_officers_riot_against_them(coder: Coder) -> None:
    text = "Crowds threw stones at officers near the station."
    assert _second_target(coder, text) == ("145", "LKA", "COP")


def test_supporters_throwing_their_weight_behind_a_candidate_riot_not_codes_nothing(
    coder: Coder,
) -> None:
    found = [
        e
        for e in article(coder, COLOMBO + "Supporters threw their weight behind the candidate.")
        if e.sentence_index == 1
    ]
    assert found == []
