"""Event types that news copy mixes up (round 23, second pass): a host welcoming a visitor,
a vow to defeat an enemy, force not ruled out, a retaliation named by its gerund, a
retaliation promised "with" measures, embassy staff told to leave, police searching
premises, a single tariff announced, funds frozen, a decision called blackmail, criticism
rejected, units on heightened alert, relief handed out. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_act

# --- 1. a host welcoming a visitor is a visit hosted (043), not praise (051) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Lula welcomed the visiting Chilean president at the presidential palace in "
        "Brasilia on Tuesday.",
        "Prime Minister Rishi Sunak welcomed Mr Kishida at Downing Street on Thursday.",
        "Egypt's president welcomed the Jordanian king with a guard of honour in Cairo.",
    ],
)
def test_welcoming_a_visitor_is_hosting(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("CONSULT", "043", 1)


def test_welcoming_a_decision_stays_support(coder: Coder) -> None:
    text = "Chile's foreign minister welcomed the decision by Argentina to reopen the consulate."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SUPPORT", "05")


# --- 2. vowing to defeat and not ruling out force are threats (138) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian president vowed to defeat the insurgents before the end of the year.",
        "The prime minister refused to rule out military strikes on the militants' camps.",
        "The defence minister said Manila would not rule out the use of force against the "
        "smugglers.",
    ],
)
def test_a_vow_to_defeat_or_force_held_out_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("THREATEN", "13")


def test_refusing_a_request_stays_a_rejection(coder: Coder) -> None:
    text = "Lima refused to extradite the former minister to Bolivia."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("REJECT", "12")


# --- 3. retaliation: by a gerund, the gerund's act; "would respond with", a threat ---------------


def test_retaliating_by_expelling_is_the_expulsion(coder: Coder) -> None:
    text = "Rabat retaliated by expelling four Algerian diplomats on Friday."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SANCTION", "16")


def test_responding_with_measures_promised_is_a_threat(coder: Coder) -> None:
    text = "Ottawa said it would respond with tariffs on American steel and aluminium."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("THREATEN", "13")


def test_embassy_officials_told_to_leave_are_expelled(coder: Coder) -> None:
    text = "Quito ordered six Mexican embassy staff to leave the country within 72 hours."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SANCTION", "16")


# --- 4. a police search of premises is coercion (17), not an armed raid (19) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Dhaka raided the offices of an opposition newspaper on Wednesday and seized "
        "its computers.",
        "Anti-corruption police raided the homes of two former ministers in Lusaka.",
    ],
)
def test_a_police_raid_on_premises_is_coercion(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("COERCE", "17")


# --- 5. sanctions and reduced aid ----------------------------------------------------------------


def test_a_single_tariff_announced_is_a_sanction(coder: Coder) -> None:
    text = "Washington announced a 50% tariff on Brazilian coffee and beef on Wednesday."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SANCTION", "16")


def test_funds_frozen_for_a_country_are_reduced_aid(coder: Coder) -> None:
    text = "The World Bank froze some 300 million dollars in development funds for Uganda."
    assert first_act(coder, text) == ("SANCTION", "162", 3)


# --- 6. words: blackmail is a criticism; criticism rejected is 12 ---------------------------------


def test_calling_a_decision_blackmail_is_a_criticism(coder: Coder) -> None:
    text = "Slovakia's prime minister called the Commission's decision blackmail."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ACCUSE", "11")


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian government rejected the criticism from the opposition.",
        "Malawi's main opposition party dismissed the government's concessions as inadequate.",
    ],
)
def test_rejecting_criticism_or_concessions_is_12(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("REJECT", "12")


def test_denying_an_accusation_stays_016(coder: Coder) -> None:
    text = "Kigali rejected the accusations as baseless."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("REJECT", "016")


# --- 7. posture and relief ---------------------------------------------------------------------


def test_units_on_heightened_alert_are_a_show_of_force(coder: Coder) -> None:
    text = "Seoul put its troops along the border on heightened alert on Sunday."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("MOBILIZE", "15")


def test_distributing_food_is_aid(coder: Coder) -> None:
    text = "UNICEF began distributing food parcels to displaced families in Cabo Delgado."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("AID", "07")


# --- 8. a minister sacked is a leadership change (083), not a shot fired ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Malawian president sacked his defence minister on Friday after the army mutiny.",
        "Zambia's president fired the army commander on Monday.",
    ],
)
def test_sacking_a_minister_is_a_concession(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("CONCEDE", "08")


def test_firing_on_a_convoy_stays_an_assault(coder: Coder) -> None:
    found = first_act(coder, "Gunmen fired on the governor's convoy near Maiduguri.", "cameo_root")
    assert found is not None and found[0] == "ASSAULT"


def test_a_ban_on_imports_or_investment_is_an_embargo(coder: Coder) -> None:
    text = "Jakarta imposed a ban on palm oil exports to the European Union on Friday."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SANCTION", "16")
