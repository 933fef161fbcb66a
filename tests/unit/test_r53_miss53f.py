"""Round 53 (miss53f): misses of news-site copy, tested on sentences written for them.

- A crowd gathered or standing at a place with placards or banners ("assembled outside the
  prosecutor's office with banners reading ..."), or holding up photographs of those it speaks
  for outside a building or in silence, rallies there (141; docs/labelling.md section 2: a protest
  outside a court or a ministry names no target, the government is it; data/triggers.tsv). An
  official standing by photographs, a crowd holding them up to mourn or pray, and fans with
  banners on the sports pages stay out.
- People told captured in the passive with no agent ("The fishermen were taken on Sunday", "The
  herders, from two villages ..., were picked up", "The men were snatched from their boats") are
  detained (173, guide point 6; data/triggers.tsv), when the subject is a group of people or a
  name (`existence.thing_captured`: "Two missiles were intercepted", "the decision was taken"
  are none). Right after a sentence that named a detention and another state's force holding
  them ("the detention of seven Lao herders by Thai border police"), that force holds them
  (`coder._held_by_force_before`; section 2: the passive's agent from the story), not their own
  state's police; people of the force's own country stay with it.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_root_sides, recommended_coder, undated_in

coder = recommended_coder

CHARGED = "Kyrgyz prosecutors charged three teachers with inciting unrest on Thursday. "
BLOGGERS = "Uzbek police detained five bloggers in Tashkent last week. "
PRESS_LAW = "Armenia's parliament passed a new press law on Tuesday. "
FLOODS = "Floods swept through northern Albania on Monday. "


def test_students_assembled_outside_office_with_banners(coder: Coder) -> None:
    body = (
        CHARGED + "Around 40 students assembled outside the regional prosecutor's office in Osh "
        'on Friday with banners reading "Free our teachers".'
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "KGZ", "EDU", "KGZ")


def test_people_have_gathered_in_square_with_placards(coder: Coder) -> None:
    body = (
        PRESS_LAW + "Some 300 people have gathered in the central square of Gyumri with "
        "placards reading 'Hands off our newspapers'."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "ARM", "CVL", "ARM")


def test_relatives_stood_outside_court_holding_photographs(coder: Coder) -> None:
    body = (
        BLOGGERS + "Relatives and friends of the five men stood outside the court in Tashkent "
        "for two hours, holding photographs of the bloggers."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "UZB", "CVL", "UZB")


def test_mothers_standing_in_silence_holding_up_portraits(coder: Coder) -> None:
    body = (
        BLOGGERS + "Dozens of their mothers were standing in silence near the prison gate, "
        "holding up portraits of their sons."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("14", "UZB", "CVL", "UZB")


def test_minister_beside_rescuers_holding_photographs_is_no_rally(coder: Coder) -> None:
    body = (
        FLOODS + "The interior minister stood beside the rescue teams in Shkoder holding "
        "photographs of the damaged bridge."
    )
    assert undated_in(coder, body, 1) == []


def test_crowd_holding_photographs_to_pray_is_no_rally(coder: Coder) -> None:
    body = (
        FLOODS + "Hundreds of people gathered outside the church in Shkoder holding photographs "
        "of the dead to pray for them."
    )
    assert undated_in(coder, body, 1) == []


def test_fans_with_banners_outside_stadium_are_no_rally(coder: Coder) -> None:
    body = (
        "Partizan beat Red Star 2-1 in the Belgrade derby on Sunday. Several thousand fans "
        "gathered outside the stadium with banners celebrating the club's centenary."
    )
    assert undated_in(coder, body, 1) == []


# --- people captured, told in the passive with no agent ----------------------------------------


def test_herders_in_apposition_picked_up_by_force_of_noun_before(coder: Coder) -> None:
    body = (
        "Laos has protested to Thailand over the detention of seven Lao herders by Thai border "
        "police near the Mekong. The herders, from two villages in Sainyabuli province, were "
        "picked up on Friday with their cattle."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("17", "THA", "COP", "LAO")


def test_fishermen_taken_after_soldiers_detained_them(coder: Coder) -> None:
    body = (
        "Benin has protested to Niger after Nigerien soldiers detained five Beninese fishermen "
        "on the river. The fishermen were taken on Sunday near the bridge at Malanville."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("17", "NER", "MIL", "BEN")


def test_men_snatched_after_capture_by_naval_forces(coder: Coder) -> None:
    body = (
        "Honduras has recalled its ambassador from Nicaragua over the capture of six Honduran "
        "fishermen by Nicaraguan naval forces. The men were snatched from their boats about 20 "
        "miles off Cabo Gracias a Dios."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("17", "NIC")


def test_farmers_picked_up_by_their_own_police(coder: Coder) -> None:
    body = (
        "Bolivian police detained 12 Bolivian farmers at a roadblock near Chapare. The farmers "
        "were picked up on Monday as they cleared the road."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("17", "BOL", "COP", "BOL")


def test_missiles_intercepted_are_no_detention(coder: Coder) -> None:
    body = (
        "Israel said its air defences shot down rockets fired from Gaza on Sunday. Two missiles "
        "were intercepted over Ashkelon, the army said."
    )
    assert [e.cameo_code for e in undated_in(coder, body, 1) if e.cameo_root == "17"] == []


def test_decision_taken_is_no_detention(coder: Coder) -> None:
    body = (
        "Ecuadorean police arrested eight Colombian smugglers near the border with Colombia. "
        "The cabinet said the decision was taken after a long meeting."
    )
    assert [e.cameo_code for e in undated_in(coder, body, 1) if e.cameo_root == "17"] == []


def test_named_writer_picked_up_at_his_flat_stays_his_states(coder: Coder) -> None:
    body = (
        "Cuban police arrested the dissident writer Ariel Mena in Havana on Monday. A police "
        "officer said Mena had been picked up at his flat before dawn."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("17", "CUB", "COP", "CUB")


def test_farmers_taken_away_in_a_when_clause_is_no_act(coder: Coder) -> None:
    body = (
        "Peru's government said Ecuadorean soldiers had detained four Peruvian farmers near the "
        "border. A spokesman said the farmers had been tending their fields when they were taken "
        "away."
    )
    assert undated_in(coder, body, 1) == []


def test_divers_picked_up_by_a_trawler_are_rescued(coder: Coder) -> None:
    body = (
        "A storm swept across the central Mediterranean on Saturday. Two Dutch divers were "
        "picked up by a Maltese trawler after a night adrift off Gozo."
    )
    assert [e.cameo_code for e in undated_in(coder, body, 1) if e.cameo_root == "17"] == []
