"""Round 42, miss42: relevant sentences the coder left with no event, by general cause (missing
trigger senses in data/triggers.tsv). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_dyad, recommended_coder

coder = recommended_coder


# --- the blame laid with no adjective: "said X bore responsibility for" (112) ---


def test_bare_responsibility_laid_on_a_state_is_an_accusation(coder: Coder) -> None:
    text = (
        "Addressing the senate, Peru's defence minister said Ecuador bore responsibility for "
        "the shelling of two border posts."
    )
    assert first_dyad(coder, text) == ("ACCUSE", "112", "PER", "ECU")


def test_criminal_responsibility_laid_on_a_state_is_an_accusation(coder: Coder) -> None:
    text = "Kenya's attorney general said Somalia bears criminal responsibility for the raid."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "KEN", "SOM")


def test_no_responsibility_borne_is_no_accusation_codes_nothing(coder: Coder) -> None:
    text = (
        "Addressing the senate, Peru's defence minister said Ecuador bore no responsibility for "
        "the shelling."
    )
    found = first_dyad(coder, text)
    assert found is None


# --- a place or arms taken over by force: "took over the police station" (192), a depot (1711) ---


def test_militiamen_taking_over_a_police_station_occupy_it(coder: Coder) -> None:
    text = "Armed militiamen took over the district's police station in Beni on Saturday."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("COERCE", "192")


def test_soldiers_taking_over_a_weapons_depot_seize_it(coder: Coder) -> None:
    text = (
        "By nightfall Chadian troops had taken over the rebels' main weapons depot outside Abeche."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("COERCE", "1711")


def test_taking_over_as_a_minister_is_no_seizure_codes_nothing(coder: Coder) -> None:
    text = "The former governor of Kano took over as interior minister on Tuesday."
    found = first_dyad(coder, text)
    assert found is None


# --- citizenship stripped with its nationality named or past an apposition (172) ---


def test_citizenship_with_its_nationality_stripped_is_a_sanction(coder: Coder) -> None:
    text = "Minsk passed a law stripping exiled critics of their Belarusian citizenship."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("COERCE", "172")


def test_citizenship_stripped_past_an_apposition_is_a_sanction(coder: Coder) -> None:
    text = (
        "Judges stripped Maria Obando, the exiled head of a farmers' union, of her citizenship "
        "on Friday."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("COERCE", "172")


def test_citizenship_granted_is_no_sanction_codes_nothing(coder: Coder) -> None:
    text = (
        "Judges gave Maria Obando, the exiled head of a farmers' union, her passport back on "
        "Friday."
    )
    found = first_dyad(coder, text)
    assert found is None


# --- one drone launched at a target is fire, as drones are (190) ---


def test_one_drone_launched_at_a_base_is_an_attack(coder: Coder) -> None:
    text = "Somali officials said Al-Shabaab fighters launched a drone at a police camp in Jowhar."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("ASSAULT", "190", "SOM")


def test_a_drone_launched_for_a_survey_is_no_attack_codes_nothing(coder: Coder) -> None:
    text = "Farmers near Nakuru launched a drone to survey the flooded fields."
    found = first_dyad(coder, text)
    assert found is None


# --- thanks, a rejection or a threat after "said <clause> and" go on with the speaker ---


def test_thanks_after_a_reported_clause_are_the_speakers(coder: Coder) -> None:
    text = (
        "Moldova's president said the talks would resume in June and thanked Romania "
        "for hosting them."
    )
    assert first_dyad(coder, text) == ("SUPPORT", "051", "MDA", "ROU")


def test_a_vow_after_a_reported_clause_is_the_speakers_threat(coder: Coder) -> None:
    text = (
        "A spokesman for the Polisario Front said three of its fighters had been wounded and "
        "vowed to retaliate against Moroccan troops."
    )
    assert first_dyad(coder, text) == ("THREATEN", "138", "ESH", "MAR")


def test_a_signing_after_a_reported_clause_gets_no_speaker(coder: Coder) -> None:
    text = (
        "Chile's economy minister said the duties would stay on paper and be signed into force "
        "only if Bolivia cut gas deliveries again."
    )
    signed = [e for e in events(coder, text) if e.cameo_code == "057"]
    assert signed and all(e.source is None for e in signed)


# --- the UN rights office with "United Nations" spelled out is the UN rights body ---


def test_the_spelled_out_un_rights_office_is_a_party(coder: Coder) -> None:
    text = (
        "The Office of the United Nations High Commissioner for Human Rights urged Guinea "
        "to free the two journalists."
    )
    found = events(coder, text)
    assert found and found[0].source is not None and found[0].source.code == "IGOUNOHRC"


# --- ships sent with a day or a place before their task: "sent ships on Friday to shadow" (154) ---


def test_ships_sent_on_a_day_to_shadow_are_a_deployment(coder: Coder) -> None:
    text = "Vietnam's navy sent two ships on Friday to shadow a Chinese survey vessel."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("MOBILIZE", "154", "VNM")


def test_ships_sent_on_a_day_to_a_regatta_are_no_deployment_codes_nothing(coder: Coder) -> None:
    text = "The sailing club sent two boats on Friday to race in the Hanoi regatta."
    found = first_dyad(coder, text)
    assert found is None


# --- measures announced for one's side: "would take all measures", "would take action if" (130) ---


def test_all_measures_a_state_would_take_are_a_warning(coder: Coder) -> None:
    text = "Sudan's foreign minister said Khartoum would take all measures to defend its water."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("THREATEN", "130", "SDN")


def test_action_a_state_would_take_if_is_a_warning(coder: Coder) -> None:
    text = "Ankara would take action if Kurdish fighters did not leave the town, the minister said."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("THREATEN", "130", "TUR")


def test_measures_taken_last_year_are_no_warning_codes_nothing(coder: Coder) -> None:
    text = "The ministry took measures last year to cut the price of bread in Cairo."
    found = first_dyad(coder, text)
    assert found is None


# --- farm produce or manure dumped as a protest (141) ---


def test_farmers_dumping_manure_outside_a_ministry_protest(coder: Coder) -> None:
    text = "Dairy farmers dumped manure and straw outside the agriculture ministry in Warsaw."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("PROTEST", "141", "POL")


def test_a_truck_dumping_gravel_is_no_protest_codes_nothing(coder: Coder) -> None:
    text = "A truck dumped gravel outside the agriculture ministry in Warsaw."
    found = first_dyad(coder, text)
    assert found is None
