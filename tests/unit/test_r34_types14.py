"""Round 34, wrong event types: a letter, note or statement "protesting" something is a complaint
lodged (114, ACCUSE), not a demonstration; a speaker who says another side broke a ceasefire lays
the blame (112, ACCUSE), where a speaker telling the other side's shelling reports the shelling;
"called the walkout unreasonable" is a criticism like "called it unjustified". Each has a near
miss. Every sentence in these tests was written for them (places outside the round's held-out
ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, first_act, first_dyad, types

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Thailand sent a letter to the United Nations protesting Cambodia's construction of a "
        "road.",
        "The foreign ministry of Chile issued a statement protesting Peru's decision to close the "
        "border crossing.",
        "Lithuania handed Minsk a note protesting the balloon incursions.",
    ],
)
def test_a_letter_protesting_is_a_complaint(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "114")


def test_the_letter_complains_of_the_party_whose_act_it_protests(coder: Coder) -> None:
    text = "Thailand sent a letter to the U.N. protesting Cambodia's construction of a road."
    assert first_dyad(coder, text) == ("ACCUSE", "114", "THA", "KHM")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students marched through Bogota carrying banners protesting the tuition "
        "increase.",
        "Farmers blocked the highway outside Quito protesting the new tax on diesel.",
    ],
)
def test_a_crowd_protesting_stays_a_protest(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Thailand's army said Cambodian troops violated the ceasefire on Sunday.",
        "The Thai military said Cambodian soldiers had breached the truce near the temple.",
    ],
)
def test_a_truce_broken_by_the_other_side_told_is_a_charge(coder: Coder, text: str) -> None:
    assert first_dyad(coder, text) == ("ACCUSE", "112", "THA", "KHM")


def test_the_other_sides_shelling_told_stays_the_shelling(coder: Coder) -> None:
    found = first_act(coder, "Thailand's army said Cambodian troops shelled a border village.")
    assert found is not None and found[0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister called the opposition's demands unreasonable.",
        "The minister called the teachers' walkout unwarranted and urged the union to return to "
        "talks.",
    ],
)
def test_called_unreasonable_is_a_criticism(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_called_reasonable_is_no_criticism(coder: Coder) -> None:
    found = first_act(coder, "The prime minister called the opposition's demands reasonable.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # calling another side's demands reasonable is coded a demand.
    assert found is None or found[0] != "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "The minister promised that the perpetrators would be brought to justice.",
        "The president of Ghana vowed that those responsible would be punished.",
    ],
)
def test_a_vow_that_the_guilty_will_be_punished_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_a_promise_that_a_vote_will_be_held_stays_a_promise(coder: Coder) -> None:
    found = first_act(coder, "The president promised that the elections would be held on time.")
    assert found is not None and found[0] == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "Students in Lusaka demanded an inquiry into a string of deaths in police custody.",
        "Protesters demanded justice for a student who died in custody last month.",
    ],
)
def test_deaths_in_custody_are_no_arrest(coder: Coder, text: str) -> None:
    assert "COERCE" not in types(coder, text)


def test_taken_into_custody_stays_an_arrest(coder: Coder) -> None:
    found = first_act(coder, "Police in Lusaka took the opposition leader into custody on Tuesday.")
    assert found is not None and found[0] == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents overran an army outpost near the Niger border, killing 11 soldiers.",
        "Jihadist fighters overran a military base in northern Burkina Faso on Sunday.",
    ],
)
def test_overrunning_a_military_post_is_an_assault(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ASSAULT", "19")


def test_overrunning_a_town_stays_territory_taken(coder: Coder) -> None:
    found = first_act(coder, "Rebels overran the town of Lashio in northern Myanmar on Tuesday.")
    assert found is not None and found[0] == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "The president of Zambia described the storming of the electoral commission as "
        '"treasonous" and vowed to respond.',
        "The minister in Lusaka described the attack on the police station in the north as "
        "heinous.",
        'The foreign minister of Chile called the remarks "nasty".',
    ],
)
def test_a_verdict_after_as_or_in_quotes_is_a_criticism(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_a_good_verdict_after_as_is_no_criticism(coder: Coder) -> None:
    text = "The president of Zambia described the talks with the union leaders as productive."
    assert types(coder, text) == {"CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Party of Ruritania withdrew its ministers from the cabinet on Monday.",
        "The Green party of Finland pulled out of the ruling coalition on Tuesday.",
    ],
)
def test_a_party_leaving_the_government_cuts_ties(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "SANCTION"


def test_an_army_withdrawing_troops_stays_a_retreat(coder: Coder) -> None:
    found = first_act(coder, "The army of Chad withdrew its troops from the capital.")
    assert found is not None and found[0] == "RETREAT"


def test_asked_on_a_day_to_speed_up_a_deployment_is_a_request(coder: Coder) -> None:
    text = (
        "Mali's government asked the United Nations on Tuesday to speed up the arrival of the "
        "extra peacekeepers pledged for the mission."
    )
    found = first_act(coder, text)
    assert found is not None and found[0] == "REQUEST"


def test_the_deployment_sped_up_stays_a_deployment(coder: Coder) -> None:
    text = "The African Union sped up the deployment of troops to Somalia on Friday."
    assert types(coder, text) == {"MOBILIZE"}
