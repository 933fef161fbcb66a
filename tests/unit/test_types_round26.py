"""Types, round 26: confusable types on copy from new places (a denial coded as criticism, a vow
to topple a government coded as a promise, police removing protesters coded as the protest, an
entry ban coded as a domestic ban, force used "to disperse" a crowd found as nothing, a verdict
on a manoeuvre). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, first_act

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's government called the findings of the inquiry baseless.",
        "The Chilean interior ministry called the lawsuit groundless and politically driven.",
        "A Vatican spokesman said the lawsuit was false.",
        "Tanzania's government described the rights group's complaint as fabricated.",
    ],
)
def test_findings_or_lawsuit_called_baseless_is_a_denial(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("REJECT", "016")


def test_charges_and_plans_called_baseless_stay_criticism(coder: Coder) -> None:
    found = first_act(coder, "Hungary's opposition called the government's plan baseless.")
    assert found == ("ACCUSE", "111", 3)
    found = first_act(
        coder, "Rights groups called the charges against the Ugandan journalist baseless."
    )
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # charges called baseless are criticism of who laid them (11) by the guide.
    assert found is None or found[1] != "016"


@pytest.mark.parametrize(
    "text",
    [
        "Romania's opposition vowed to bring down the government over the tax rise.",
        "Slovakia's opposition leader pledged to topple the governing coalition before the summer.",
        "Argentina's opposition vowed to oust the cabinet of President Javier Milei.",
    ],
)
def test_vow_to_topple_a_government_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_vow_to_bring_down_prices_is_no_threat(coder: Coder) -> None:
    text = "Spain's prime minister promised to bring down prices and help the government's allies."
    found = first_act(coder, text)
    assert found == ("AGREE", "033", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Greek police removed dozens of students who had occupied the rector's office in Athens.",
        "Polish police evicted activists who staged a sit-in at the environment ministry.",
        "Italian police dragged away protesters who chained themselves to the gates of the port.",
    ],
)
def test_police_removing_protesters_is_coercion_not_the_protest(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Russia banned entry to 30 Japanese lawmakers and academics on Tuesday.",
        "China barred entry to four Canadian officials in retaliation for the sanctions.",
        "Belarus denied entry to two Polish journalists.",
    ],
)
def test_entry_ban_on_another_states_people_is_a_sanction(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("SANCTION", "163")


@pytest.mark.parametrize(
    "text",
    [
        "Zambian police used batons to disperse the crowd outside the High Court in Lusaka.",
        "Mexican riot police used pepper spray and batons to break up a march of teachers.",
        "Ugandan police dispersed relatives gathered outside the prison with batons.",
    ],
)
def test_force_used_to_disperse_a_crowd_is_violent_repression(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ASSAULT", "175")


def test_a_manoeuvre_judged_unsafe_is_criticism(coder: Coder) -> None:
    text = "Australia's defence minister said the Chinese manoeuvre was unsafe and unprofessional."
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Romania's interior minister said anyone who joined the banned march would be fined.",
        "Uganda's police chief warned that anyone blocking roads would face arrest.",
        "Chile's government said those who occupied the university would be prosecuted.",
        "Argentina's labour minister said it would dock the wages of striking teachers.",
    ],
)
def test_punishment_announced_for_whoever_acts_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_hardship_foreseen_for_people_is_no_threat_codes_nothing(coder: Coder) -> None:
    text = "Spain's finance minister said those who lost their homes would face higher rents."
    found = first_act(coder, text)
    assert found is None


@pytest.mark.parametrize(
    "text",
    [
        "Spanish prosecutors indicted the former transport minister over kickbacks.",
        "A Brazilian federal court indicted four army officers for plotting against the president.",
    ],
)
def test_an_indictment_charges_with_legal_action(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("COERCE", "173")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents gathered outside the town hall in Lyon to protest against the cuts.",
        "About 300 people gathered outside a Warsaw court on Monday to demand the judge's release.",
    ],
)
def test_a_crowd_gathered_outside_a_place_to_demand_is_a_rally(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_a_crowd_gathered_to_wait_is_no_rally_codes_nothing(coder: Coder) -> None:
    text = "Relatives of the Polish miners gathered outside the hospital to wait for news."
    found = first_act(coder, text)
    assert found is None
