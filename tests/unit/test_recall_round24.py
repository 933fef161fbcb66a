"""Relevant sentences of news copy that got no event or the wrong type, round 24: charges laid
by a court or prosecutors, denials of involvement, and arrests counted with "at least".
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tests.unit.coding import article, first_act

# --- "charged with": legal action (173), not an accusation made by saying (112) -------------


def test_a_court_charging_a_journalist_is_legal_action(coder: Coder) -> None:
    found = first_act(coder, "A magistrate in Lusaka charged two journalists with sedition.")
    assert found is not None and found[:2] == ("COERCE", "173")


def test_being_charged_with_a_crime_is_legal_action(coder: Coder) -> None:
    found = first_act(coder, "The former mayor was charged with fraud and abuse of office.")
    assert found is not None and found[:2] == ("COERCE", "173")


def test_charges_filed_are_legal_action(coder: Coder) -> None:
    found = first_act(coder, "Prosecutors filed charges against three army officers.")
    assert found is not None and found[:2] == ("COERCE", "173")


def test_an_accusation_of_a_crime_stays_an_accusation(coder: Coder) -> None:
    found = first_act(coder, "The interior minister accused the mayor of corruption.")
    assert found is not None and found[0] == "ACCUSE"


def test_a_body_charged_with_a_task_is_no_act(coder: Coder) -> None:
    assert first_act(coder, "The agency is charged with overseeing the election.") is None


# --- denials of involvement, at the recommended floors --------------------------------------

FLOORED = Coder(
    min_confidence=RECOMMENDED_MIN_CONFIDENCE,
    wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
)
DENIALS = (
    "LUSAKA, March 4 (Reuters) - Zambia's government accused the opposition United Party "
    "of planning an attack on a police station. "
    "The United Party denied the charge. "
    "The United Party denied any involvement in the plot."
)


def test_a_denial_of_the_charge_passes_the_wire_floor() -> None:
    found = [e for e in article(FLOORED, DENIALS) if e.sentence_index == 1]
    assert [(e.plover_type, e.cameo_code) for e in found] == [("REJECT", "016")]


def test_a_denial_of_any_involvement_passes_the_wire_floor() -> None:
    found = [e for e in article(FLOORED, DENIALS) if e.sentence_index == 2]
    assert [(e.plover_type, e.cameo_code) for e in found] == [("REJECT", "016")]


def test_a_denial_that_its_troops_fired_is_a_denial(coder: Coder) -> None:
    found = first_act(coder, "Lusaka denied that its soldiers had opened fire on the crowd.")
    assert found is not None and found[:2] == ("REJECT", "016")


# --- "Officers detained at least 15 people": a count is the object ----------------------------


def test_officers_detaining_at_least_some_people_is_an_arrest(coder: Coder) -> None:
    found = first_act(coder, "Officers detained at least 30 people in the capital on Friday.")
    assert found is not None and found[:2] == ("COERCE", "173")


def test_soldiers_arresting_over_a_number_is_an_arrest(coder: Coder) -> None:
    found = first_act(coder, "Soldiers arrested over 200 protesters in Lusaka on Friday.")
    assert found is not None and found[:2] == ("COERCE", "173")


def test_protesters_arrested_at_a_rally_are_described_not_arrested(coder: Coder) -> None:
    found = first_act(coder, "Protesters arrested at the rally were freed on Sunday.")
    assert found == ("RETREAT", "0841", 2)


# --- an appeal to impose sanctions or send troops is an appeal (labelling guide 4.1) --------


def test_calling_on_a_body_to_impose_sanctions_is_an_appeal(coder: Coder) -> None:
    found = first_act(coder, "Zambia called on the African Union to impose sanctions on Malawi.")
    assert found is not None and found[0] == "REQUEST"


def test_urging_the_government_to_send_troops_is_an_appeal(coder: Coder) -> None:
    found = first_act(coder, "The governor urged the federal government to send more soldiers.")
    assert found is not None and found[0] == "REQUEST"


def test_demanding_sanctions_is_a_demand(coder: Coder) -> None:
    found = first_act(coder, "Lusaka demanded that the bloc impose sanctions on Malawi.")
    assert found is not None and found[:2] == ("REQUEST", "100")


# --- another body's office holders dismissed: an administrative sanction (172) --------------


def test_dismissing_a_regional_government_is_coercion(coder: Coder) -> None:
    found = first_act(coder, "The prime minister dismissed the regional government of Sicily.")
    assert found is not None and found[:2] == ("COERCE", "172")


def test_an_assembly_dismissing_the_president_is_coercion(coder: Coder) -> None:
    found = first_act(coder, "The National Assembly dismissed President Nguyen Van An on Friday.")
    assert found is not None and found[:2] == ("COERCE", "172")


def test_dismissing_the_claims_is_still_a_denial(coder: Coder) -> None:
    found = first_act(coder, "The ministry dismissed the claims as baseless.")
    assert found is not None and found[:2] == ("REJECT", "016")


# --- a counted crowd marching is a protest ---------------------------------------------------

RALLY = (
    "ROME, May 4 (Reuters) - Italy's government approved a law on regional autonomy on Friday. "
    "Thousands of people rallied in Bari on Saturday against the law."
)


def test_thousands_of_people_rallying_pass_the_wire_floor() -> None:
    found = [e for e in article(FLOORED, RALLY) if e.sentence_index == 1]
    assert [e.plover_type for e in found] == ["PROTEST"]


def test_people_who_marched_are_described_by_the_arrest(coder: Coder) -> None:
    text = "Police arrested dozens of students who marched toward parliament in Rome."
    found = first_act(coder, text)
    assert found is not None and found[0] == "COERCE"


# --- "came under fire from" a party is criticism ---------------------------------------------


def test_under_fire_from_a_party_is_criticism(coder: Coder) -> None:
    text = "President Lungu came under fire from the opposition UPND party over the budget."
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_under_fire_from_gunmen_is_no_criticism(coder: Coder) -> None:
    found = first_act(coder, "An army convoy came under fire from gunmen near the border.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a convoy that came under fire is coded a meeting.
    assert found is None or found[0] != "ACCUSE"
