"""Event types, round 33 (helper types13). Every sentence here was written for these tests.

A promise, vow or agreement to cease one's own act ("promised to stop kidnapping civilians",
"agreed to stop firing rockets") is an intent to yield (035x, AGREE), not a threat of the act
ceased; stopping another side's act ("vowed to stop the rebels from attacking") stays a threat."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder, types

wire_coder = recommended_coder  # the floors the held-out totals use


def top(coder: Coder, text: str) -> tuple[str, str] | None:
    """(PLOVER type, CAMEO code) of the first event."""
    found = events(coder, text)
    return (found[0].plover_type, found[0].cameo_code) if found else None


# --- a promise to cease one's own act ------------------------------------------------------------


def test_promised_to_stop_kidnapping_is_an_intent_to_yield(wire_coder: Coder) -> None:
    text = "The rebels promised to stop kidnapping civilians for ransom."
    assert top(wire_coder, text) == ("AGREE", "0356")


def test_agreed_to_stop_firing_rockets(coder: Coder) -> None:
    text = "The militants agreed to stop firing rockets at the border towns."
    assert top(coder, text) == ("AGREE", "0356")


def test_pledged_to_end_its_arrests(coder: Coder) -> None:
    text = "The junta pledged to end its arrests of journalists."
    found = top(coder, text)
    assert found is not None and found[0] == "AGREE"


def test_vowed_to_stop_another_sides_attacks_stays_a_threat(coder: Coder) -> None:
    text = "The army vowed to stop the rebels from attacking villages."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_vowed_to_keep_attacking_stays_a_threat(coder: Coder) -> None:
    text = "The rebels vowed to keep attacking army posts."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


# --- a state that "protested" another's act by name ----------------------------------------------


def test_state_protested_a_named_partys_decision(coder: Coder) -> None:
    text = "Greece protested Turkey's decision to convert the old cathedral into a mosque."
    assert top(coder, text) == ("ACCUSE", "114")


def test_state_protested_with_a_bare_weekday(coder: Coder) -> None:
    text = "Vietnam protested Tuesday against China's deployment of an oil rig."
    assert top(coder, text) == ("ACCUSE", "114")


def test_farmers_protesting_a_decision_still_protest(coder: Coder) -> None:
    text = "Farmers protested the government's decision to cut fuel subsidies."
    found = top(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- people seized by force ------------------------------------------------------------------


def test_gunmen_seized_schoolchildren_is_an_abduction(coder: Coder) -> None:
    text = "Gunmen seized 40 schoolchildren from a boarding school in the north."
    assert top(coder, text) == ("ASSAULT", "181")


def test_militants_seized_foreign_engineers(coder: Coder) -> None:
    text = "Militants seized two foreign engineers at a gold mine near the border."
    found = top(coder, text)
    assert found is not None and found[0] == "ASSAULT"


def test_seized_a_tanker_stays_a_seizure_of_property(coder: Coder) -> None:
    text = "The navy seized an oil tanker in the Gulf on Sunday."
    found = top(coder, text)
    assert found is not None and found[0] == "COERCE"


# --- violence vowed ----------------------------------------------------------------------------


def test_promised_more_attacks_on_troops_is_a_threat(coder: Coder) -> None:
    text = "The militants promised more attacks on foreign troops."
    assert top(coder, text) == ("THREATEN", "138")


def test_pledged_more_aid_stays_a_promise(coder: Coder) -> None:
    text = "The president pledged more aid to the flooded provinces."
    found = top(coder, text)
    assert found is not None and found[0] == "AGREE"


def test_vowed_to_continue_armed_struggle_is_a_threat(coder: Coder) -> None:
    text = "The rebels vowed to continue their armed struggle until the junta falls."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_vowed_those_responsible_would_pay_a_heavy_price(coder: Coder) -> None:
    text = "The prime minister vowed that those responsible would pay a heavy price."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_ready_to_respond_to_any_provocation_is_a_threat(coder: Coder) -> None:
    text = "The army said it was ready to respond to any provocation."
    found = top(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_ready_to_respond_to_a_proposal_is_no_threat(coder: Coder) -> None:
    text = "Lima said it was ready to respond to Bolivia's proposal on the port fees."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # 'ready to respond to a proposal' is coded an offer.
    assert "THREATEN" not in types(coder, text)


# --- refusals that are a boycott or a strike ----------------------------------------------------


def test_refused_to_take_part_in_protest_is_a_boycott(coder: Coder) -> None:
    text = "Opposition lawmakers refused to take part in the vote in protest at the arrests."
    assert top(coder, text) == ("PROTEST", "143")


def test_teachers_refused_to_return_to_work(coder: Coder) -> None:
    text = "Teachers refused to return to work, demanding higher pay."
    found = top(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_refused_to_take_part_with_no_protest_stays_a_refusal(coder: Coder) -> None:
    text = "Opposition lawmakers refused to take part in the vote."
    found = top(coder, text)
    assert found is not None and found[0] == "REJECT"


# --- a verdict of fraud or injustice ----------------------------------------------------------


def test_said_the_ruling_was_a_mockery(coder: Coder) -> None:
    text = "The opposition party said the court's ruling was a mockery of the constitution."
    found = top(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_said_the_verdict_was_a_travesty(coder: Coder) -> None:
    text = "Amnesty International said the verdict was a travesty of justice."
    found = top(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_ruling_largely_fair_is_no_accusation(coder: Coder) -> None:
    text = "Observers said the ruling was largely fair."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # observers calling a ruling fair is coded cooperation.
    assert "ACCUSE" not in types(coder, text)


# --- a crowd that attacks the police or a public building riots --------------------------------


def test_residents_attacked_a_police_station_riot(coder: Coder) -> None:
    text = "Angry residents attacked a police station after a young man died in custody."
    assert top(coder, text) == ("PROTEST", "145")


def test_demonstrators_attacked_offices_is_no_criticism(coder: Coder) -> None:
    text = "Demonstrators attacked the offices of the electoral commission."
    assert top(coder, text) == ("PROTEST", "145")


def test_gunmen_attacked_a_police_station_stay_an_assault(coder: Coder) -> None:
    text = "Gunmen attacked a police station in the north on Monday."
    found = top(coder, text)
    assert found is not None and found[0] == "ASSAULT"


def test_armed_youths_attacked_a_police_post_stay_an_assault(coder: Coder) -> None:
    text = "Armed youths attacked a police post near the border."
    assert types(coder, text) == {"ASSAULT"}


# --- immunity lifted ----------------------------------------------------------------------------


def test_lifted_the_immunity_of_lawmakers_is_coercion(coder: Coder) -> None:
    text = "Parliament lifted the immunity of three opposition lawmakers on Thursday."
    assert top(coder, text) == ("COERCE", "172")


def test_lifted_a_ban_stays_a_concession(coder: Coder) -> None:
    text = "The government lifted the ban on opposition rallies."
    found = top(coder, text)
    assert found is not None and found[0] == "CONCEDE"
