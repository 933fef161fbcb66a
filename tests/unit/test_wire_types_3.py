"""Types in wire copy, third round: which CAMEO root (and so which PentaClass) a verbal act
takes. Phrasings found by coding agency-style reports written for the project before their
errors were read. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, first_act
from tests.unit.coding import first_act as code


def top(coder: Coder, text: str) -> tuple[str, str, int] | None:
    """(PLOVER type, CAMEO root, PentaClass) of the sentence's first event."""
    return first_act(coder, text, "cameo_root")


# --- an appeal that the target yield is CAMEO's appeal to yield (025x), still an appeal ----------


@pytest.mark.parametrize(
    "text",
    [
        "Washington urged Tehran not to escalate the crisis.",
        "The Arab League called on both militias to stop the shelling of the city.",
        "Ankara urged Athens to respect the demilitarised status of the islands.",
        "The OSCE called on Baku to abide by the truce.",
        "Tokyo asked Beijing to refrain from further incursions.",
        "Kenya urged the two generals to exercise restraint.",
        "The African Union called for an immediate halt to the fighting.",
        "Canada urged Caracas to free all political detainees.",
        "Norway called on Israel to lift the blockade of the coastal strip.",
    ],
)
def test_an_appeal_to_yield_is_coded_so(coder: Coder, text: str) -> None:
    found = code(coder, text)
    assert found is not None and found[0] == "REQUEST" and found[1].startswith("025")
    assert found[2] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv urged its allies to speed up deliveries of artillery shells.",
        "Haiti's council asked the United Nations to send more police officers.",
        "The minister called on Brussels to help defuse the standoff.",
        "Lebanon called on Washington to press Israel to halt its raids.",
        "The EU called for talks between the two governments.",
    ],
)
def test_an_appeal_for_help_or_talks_stays_an_appeal(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("REQUEST", "02", 0)


def test_the_appeal_to_stop_keeps_its_parties(coder: Coder) -> None:
    event = events(coder, "Seoul urged Pyongyang to stop its missile launches.")[0]
    found = (event.cameo_code, country(event.source), country(event.target))
    assert found == ("0256", "KOR", "PRK")


def test_a_demand_to_stop_is_a_demand(coder: Coder) -> None:
    event = events(coder, "Seoul demanded that Pyongyang stop its missile launches.")[0]
    assert (event.cameo_root, event.penta_class) == ("10", 3)


def test_wanting_an_attack_is_no_demand_to_yield(coder: Coder) -> None:
    assert top(coder, "The senator wants Moscow to attack the rebels.") == ("REQUEST", "02", 0)


# --- verbal attacks are accusations, not violence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey's president attacked the Dutch premier for his comments.", "TUR", "NLD"),
        ("Beijing lashed out at Canberra over the report.", "CHN", "AUS"),
        ("Tehran hit out at London over the report.", "IRN", "GBR"),
    ],
)
def test_a_verbal_attack_is_an_accusation(
    coder: Coder, text: str, source: str, target: str
) -> None:
    event = events(coder, text)[0]
    assert (event.plover_type, event.cameo_root) == ("ACCUSE", "11")
    assert (country(event.source), country(event.target)) == (source, target)


def test_an_armed_attack_stays_an_assault(coder: Coder) -> None:
    assert top(coder, "Militants attacked an army post for the second night.") == (
        "ASSAULT",
        "19",
        4,
    )


# --- blocking a decision is a veto (12), blocking a road or aid is not ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia blocked a new package of EU sanctions on Russia.",
        "Russia blocked a U.N. Security Council statement on the coup.",
        "Ankara blocked Stockholm's bid to join the alliance.",
    ],
)
def test_blocking_a_decision_is_a_veto(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("REJECT", "12", 3)


def test_blocking_roads_stays_a_protest_act(coder: Coder) -> None:
    found = top(coder, "Farmers blocked roads across the capital after the decision.")
    assert found is not None and found[1] == "14"


# --- a vow to hunt down or punish is a threat, not a promise to cooperate ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria's army chief vowed to hunt down the kidnappers.",
        "The Kenyan president pledged to punish those behind the bombing.",
    ],
)
def test_a_vow_to_hunt_down_is_a_threat(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("THREATEN", "13", 3)


# --- solidarity ------------------------------------------------------------------------------


def test_standing_in_solidarity_is_support(coder: Coder) -> None:
    event = events(coder, "Estonia said it stood in full solidarity with Finland.")[0]
    assert (event.plover_type, event.cameo_root) == ("SUPPORT", "05")
    assert (country(event.source), country(event.target)) == ("EST", "FIN")


# --- words that looked like acts: "armed groups", "patrol ship" ------------------------------


def test_armed_groups_fighting_is_an_assault_not_arms_delivered(coder: Coder) -> None:
    text = "Rival armed groups fought with heavy weapons in the port city overnight."
    assert top(coder, text) == ("ASSAULT", "19", 4)


def test_arming_a_party_with_weapons_stays_aid(coder: Coder) -> None:
    event = events(coder, "Tehran armed the Houthis with drones and cruise missiles.")[0]
    assert (event.plover_type, event.cameo_root, country(event.source)) == ("AID", "07", "IRN")


def test_a_strike_on_a_patrol_ship_is_the_strike(coder: Coder) -> None:
    text = "Ukrainian sea drones hit a Russian patrol ship near Sevastopol overnight."
    found = events(coder, text)
    assert (found[0].plover_type, country(found[0].source), country(found[0].target)) == (
        "ASSAULT",
        "UKR",
        "RUS",
    )
    assert "MOBILIZE" not in [e.plover_type for e in found]


# --- shows of force: a dangerous close pass, a mission launched to guard ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese fighter jet flew within 10 feet of a Canadian surveillance plane.",
        "The EU launched a naval mission to protect merchant ships in the Red Sea.",
    ],
)
def test_a_show_of_force_is_mobilize(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("MOBILIZE", "15", 4)


# --- a promised response is a threat ----------------------------------------------------------


def test_a_promised_response_is_a_threat_not_an_intent_to_cooperate(coder: Coder) -> None:
    text = "Beijing called the visit a provocation and promised a tit-for-tat response."
    found = events(coder, text)
    assert ("THREATEN", "13") in [(e.plover_type, e.cameo_root) for e in found]
    assert "AGREE" not in [e.plover_type for e in found]


def test_an_appeal_to_yield_with_an_adverb_is_still_one(coder: Coder) -> None:
    text = "The U.N. envoy urged both militias to immediately stop the shelling."
    found = code(coder, text)
    assert found is not None and found[1].startswith("025")


# --- a diplomatic protest is a complaint (114), a walkout no assault --------------------------


def test_a_protest_registered_with_a_government_is_an_official_complaint(coder: Coder) -> None:
    event = events(coder, "Hanoi registered a strong protest with Beijing over the seizure.")[0]
    assert (event.plover_type, event.cameo_code) == ("ACCUSE", "114")
    assert (country(event.source), country(event.target)) == ("VNM", "CHN")


def test_storming_out_of_a_meeting_is_a_walkout_not_an_assault(coder: Coder) -> None:
    found = top(coder, "The Iranian delegate stormed out of the conference hall.")
    assert found is not None and found[0] == "PROTEST"


def test_comply_is_a_yielding_verb_not_an_adverb(coder: Coder) -> None:
    text = "Tokyo urged Pyongyang to comply with the Security Council resolutions."
    assert code(coder, text) == ("REQUEST", "025", 0)


# --- "said it was X that ...": the speaker lays the blame on X -------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kyiv said it was Russia that blew up the dam.", "UKR", "RUS"),
        ("Yerevan insists it was the Azerbaijanis who opened fire first.", "ARM", "AZE"),
    ],
)
def test_a_cleft_naming_a_party_is_an_accusation(
    coder: Coder, text: str, source: str, target: str
) -> None:
    event = events(coder, text)[0]
    assert (event.plover_type, event.cameo_root) == ("ACCUSE", "11")
    assert (country(event.source), country(event.target)) == (source, target)


def test_a_cleft_without_a_party_is_no_accusation(coder: Coder) -> None:
    found = events(coder, "The envoy said it was important that the talks resume soon.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # an envoy's wish that talks resume is coded a meeting.
    assert "ACCUSE" not in [e.plover_type for e in found]


# --- what an act is called is no act of its own -------------------------------------------------


def test_calling_an_act_a_stab_in_the_back_is_an_accusation(coder: Coder) -> None:
    assert top(coder, "Zagreb called the Bosnian Serb vote a stab in the back.") == (
        "ACCUSE",
        "11",
        3,
    )


def test_an_act_condemned_as_an_attack_is_no_assault(coder: Coder) -> None:
    text = "Reporters Without Borders condemned the decision as an attack on press freedom."
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # 'condemned' is 11 ACCUSE by the guide (guide section 3, point 8).
    assert "ASSAULT" not in [e.plover_type for e in events(coder, text)]


# --- consulates closed, broadcasts suspended ------------------------------------------------


def test_closing_a_countrys_consulate_reduces_relations(coder: Coder) -> None:
    event = events(coder, "Lithuania ordered the closure of the Belarusian consulate in Klaipeda.")[
        0
    ]
    assert (event.plover_type, event.cameo_code) == ("SANCTION", "161")
    assert (country(event.source), country(event.target)) == ("LTU", "BLR")


def test_suspending_a_channels_broadcasts_restricts_the_press(coder: Coder) -> None:
    event = events(coder, "Burkina Faso suspended the broadcasts of a French radio station.")[0]
    assert (event.plover_type, event.cameo_code) == ("COERCE", "1721")


# --- a protest lodged with a named party, a demand to stay out, a vote to remove ------------------


def test_protesting_to_a_named_government_is_an_official_complaint(coder: Coder) -> None:
    event = events(coder, "Baku protested to Paris over the French minister's remarks.")[0]
    assert (event.plover_type, event.cameo_code) == ("ACCUSE", "114")
    assert (country(event.source), country(event.target)) == ("AZE", "FRA")


def test_protesting_to_demand_something_stays_a_demonstration(coder: Coder) -> None:
    found = top(coder, "Thousands of Kenyans protested to demand lower taxes.")
    assert found is not None and found[0] == "PROTEST"


def test_telling_a_party_to_stay_out_is_a_demand(coder: Coder) -> None:
    event = events(coder, "Beijing told Washington to stay out of the Taiwan question.")[0]
    assert (event.plover_type, event.cameo_root) == ("REQUEST", "10")
    assert (country(event.source), country(event.target)) == ("CHN", "USA")


def test_drills_called_a_rehearsal_for_invasion_are_an_accusation(coder: Coder) -> None:
    text = "Pyongyang told the Security Council the drills were a rehearsal for invasion."
    found = top(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_a_vote_to_remove_the_president_is_done_not_threatened(coder: Coder) -> None:
    assert top(coder, "Ecuador's National Assembly voted to remove the president.") == (
        "COERCE",
        "17",
        4,
    )


# --- "X must agree to ...": a demand made of X, no agreement ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kinshasa said Kigali must agree to withdraw its troops before any talks.",
        "Norway said Juba and the rebels must reach an agreement that ends the war.",
    ],
)
def test_an_agreement_someone_must_reach_is_a_demand(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("REQUEST", "10", 3)


def test_an_agreement_reached_stays_an_agreement(coder: Coder) -> None:
    found = top(coder, "Kenya and Somalia agreed to restore diplomatic ties.")
    assert found is not None and found[0] == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "Washington urged Maduro to step down.",
        "The AU urged the junta to hand over power to civilians.",
        "The EU called on Russia to pull its troops out of Georgia.",
    ],
)
def test_an_appeal_to_step_down_or_pull_out_is_an_appeal_to_yield(coder: Coder, text: str) -> None:
    found = code(coder, text)
    assert found is not None and found[1].startswith(("024", "025")) and found[2] == 0


# --- threats: closing a strait, a declaration of war -------------------------------------------


def test_saying_it_would_close_a_strait_is_a_threat_of_blockade(coder: Coder) -> None:
    event = events(coder, "Tehran said it would close the Strait of Hormuz if attacked.")[0]
    assert (event.plover_type, event.cameo_code, country(event.source)) == (
        "THREATEN",
        "1381",
        "IRN",
    )


def test_treating_drills_as_a_declaration_of_war_is_a_threat(coder: Coder) -> None:
    text = "Pyongyang said it would regard the joint drills as a declaration of war."
    assert top(coder, text) == ("THREATEN", "13", 3)
