"""Event types, round 32 (helper types12). Every sentence here was written for these tests.

"protested" as a complaint (114, ACCUSE) rather than a demonstration (14, PROTEST): closing the
sentence after what was said (", a rights group protested on Wednesday", "'...,' Amnesty
protested"), and with an international body, a watchdog or a rights group as its subject
("Amnesty International protested the detention of ..."); a crowd after a fronted adverbial
("After the vote, thousands of people protested") or a group's activists in the street stay a
protest."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

wire_coder = recommended_coder  # the floors the held-out totals use


def top(coder: Coder, text: str) -> tuple[str, str] | None:
    """(PLOVER type, CAMEO code) of the first event."""
    found = events(coder, text)
    return (found[0].plover_type, found[0].cameo_code) if found else None


# --- "protested" as a verb of saying or a body's complaint ---------------------------------------


def test_trailing_rights_group_protested_is_a_complaint(wire_coder: Coder) -> None:
    text = (
        "Conditions in the jails of Quito are inhumane and unlawful, "
        "a human rights group protested on Wednesday."
    )
    assert top(wire_coder, text) == ("ACCUSE", "114")


def test_trailing_party_protested_after_a_verdict(coder: Coder) -> None:
    text = "The arrests were illegal and politically motivated, the opposition party protested."
    assert top(coder, text) == ("ACCUSE", "114")


def test_quoted_complaint_protested(coder: Coder) -> None:
    text = '"Reporters are not criminals," Amnesty International protested on Friday.'
    assert top(coder, text) == ("ACCUSE", "114")


def test_watchdog_protested_a_detention(wire_coder: Coder) -> None:
    text = "Amnesty International protested the detention of two Peruvian reporters in Lima."
    assert top(wire_coder, text) == ("ACCUSE", "114")


def test_un_agency_protested_deportations(coder: Coder) -> None:
    text = "The U.N. refugee agency protested the deportation of 40 asylum seekers from Chile."
    assert top(coder, text) == ("ACCUSE", "114")


def test_crowd_after_fronted_adverbial_still_protests(coder: Coder) -> None:
    text = "After the vote, thousands of people protested."
    assert top(coder, text) == ("PROTEST", "140")


def test_activists_of_a_group_protest_in_the_street(coder: Coder) -> None:
    text = "Greenpeace activists protested outside the embassy against whaling."
    found = top(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_students_protested_a_fee_rise(coder: Coder) -> None:
    text = "Thousands of students protested the tuition increase in central Santiago."
    found = top(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- "denied X access / permission / the request": a refusal, no denial of a charge -------------


def test_denied_access_to_lawyers_is_a_refusal(coder: Coder) -> None:
    text = "The prison authorities denied the jailed journalist access to his lawyers."
    assert top(coder, text) == ("REJECT", "120")


def test_denied_permission_for_a_march_is_a_refusal(coder: Coder) -> None:
    text = "The city government denied permission for the opposition march in Valparaiso."
    assert top(coder, text) == ("REJECT", "120")


def test_denied_a_request_is_a_refusal(coder: Coder) -> None:
    text = "Peruvian authorities denied the opposition leader's request to travel abroad."
    assert top(coder, text) == ("REJECT", "120")


def test_denied_that_access_was_restricted_stays_a_denial(coder: Coder) -> None:
    text = "The ministry denied that police had restricted access to the square."
    assert top(coder, text) == ("REJECT", "016")


def test_denied_reports_about_access_stays_a_denial(coder: Coder) -> None:
    text = "The army denied reports that it had blocked access to the camp."
    assert top(coder, text) == ("REJECT", "016")


# --- a verdict of wrong on an attack named: the speaker's accusation ------------------------------


def test_said_the_bombing_was_a_provocation(coder: Coder) -> None:
    text = "Seoul said the bombing was a grave provocation."
    assert top(coder, text) == ("ACCUSE", "111")


def test_said_the_shelling_was_an_act_of_aggression(coder: Coder) -> None:
    text = "Baku said the shelling of the border villages was an unprovoked act of aggression."
    assert top(coder, text) == ("ACCUSE", "111")


def test_said_the_attack_was_carried_out_stays_the_attack(coder: Coder) -> None:
    text = "Police said the attack was carried out by two gunmen."
    found = top(coder, text)
    assert found is not None and found[0] == "ASSAULT"


# --- a vow to bring someone to justice: a threat -------------------------------------------------


def test_vowed_to_bring_those_responsible_to_justice(coder: Coder) -> None:
    text = "The interior minister vowed to bring those responsible to justice."
    assert top(coder, text) == ("THREATEN", "130")


def test_promised_to_bring_the_killers_to_justice(coder: Coder) -> None:
    text = "Chile's president promised to bring the killers of the two police officers to justice."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_promised_to_bring_jobs_is_no_threat_codes_nothing(coder: Coder) -> None:
    text = "The mayor promised to bring jobs to the region."
    found = top(coder, text)
    assert found is None


# --- an attack planned in a "who" clause on the people another act is about -----------------------


def test_struck_militants_who_were_preparing_to_attack(coder: Coder) -> None:
    text = "The army said it struck rebel fighters who were preparing to attack its troops."
    assert {event.plover_type for event in events(coder, text)} == {"ASSAULT"}


def test_arrested_men_who_had_planned_to_attack(coder: Coder) -> None:
    text = "Police in Quito arrested three men who had planned to attack the electoral office."
    assert {event.plover_type for event in events(coder, text)} == {"COERCE"}


def test_army_preparing_to_attack_is_still_a_threat(coder: Coder) -> None:
    text = "The army was preparing to attack the rebel stronghold."
    assert top(coder, text) == ("THREATEN", "138")
