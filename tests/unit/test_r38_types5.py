"""Round 38, wrong event types (types5): "have" before talks or a meeting is a consultation (040)
only when the noun, a determiner or an adjective of talks follows it ("had talks", "has had a long
meeting"); a perfect's auxiliary no longer opens a consultation over the verb after it ("has called
for talks" is an appeal to meet, 026; "had formally requested consultations" too; "has broken off
talks" halts them, 164; "have long refused direct talks" rejects them, 125); a breach of a truce
told after "if" or "unless" is the condition of a threat ("said Thailand would attack Cambodian
forces if Phnom Penh violated the truce": 138x), not the speaker's charge (112); "a state of
internal commotion", "a state of exception" or "a state of alarm" declared is emergency rule (1724)
as "a state of siege" is, and lifted an easing (081); police who "fired foam projectiles" use
violent repression (175), not a missile shown off (150). Each has a near miss.
Every sentence in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, evaluation_coder, events, first_act, first_dyad

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Ghana has called for talks with Togo over the fishing dispute.",
        "Chile had formally requested consultations with Bolivia under the trade pact.",
        "The Estonian government has requested an urgent meeting of NATO allies.",
        "Lithuania has sought talks with Belarus on the border crossings.",
    ],
)
def test_a_perfect_request_for_talks_is_an_appeal_to_meet(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "REQUEST"
    assert found[1] == "026"


def test_talks_broken_off_in_the_perfect_are_halted(coder: Coder) -> None:
    text = "Kenya has broken off talks with Somalia over the maritime border."
    assert first_dyad(coder, text) == ("SANCTION", "164", "KEN", "SOM")


def test_talks_long_refused_are_rejected(coder: Coder) -> None:
    text = "The Tuareg rebels have long refused any direct talks with the government in Bamako."
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "REJECT"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # near misses: "have" with the talks, a determiner or an adjective after it still holds them
        ("Ghana's president had talks with Togo's leader in Accra.", "had talks"),
        ("Ghana's president has had a long meeting with Togo's leader.", "had a long meeting"),
        (
            "Ghana's president had productive discussions with Togo's leader on Monday.",
            "had productive discussions",
        ),
        ("Ghana's president has held talks with Togo's leader.", "held talks"),
    ],
)
def test_talks_had_or_held_stay_a_consultation(coder: Coder, text: str, said: str) -> None:
    found = events(coder, text)
    assert found
    assert (found[0].plover_type, found[0].cameo_code) == ("CONSULT", "040")
    assert (country(found[0].source), country(found[0].target)) == ("GHA", "TGO")
    assert found[0].evidence == said


@pytest.mark.parametrize(
    "text",
    [
        "Thailand's defence minister said Thailand would attack Cambodian forces if Phnom Penh "
        "violated the truce.",
        "Israel's defence minister said the army would attack Hamas unless the group stopped "
        "breaching the ceasefire.",
    ],
)
def test_a_breach_after_if_is_the_condition_of_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "THREATEN"
    assert found[1].startswith("138")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # near misses: a breach told as done is still the speaker's charge, or the breach itself
        ("Thailand's army chief said Cambodian troops had violated the truce overnight.", "112"),
        ("Cambodian troops violated the ceasefire on Tuesday, Thailand's army said.", "196"),
    ],
)
def test_a_breach_told_as_done_keeps_its_act(coder: Coder, text: str, act: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[1] == act


@pytest.mark.parametrize(
    "text",
    [
        "Colombia's president declared a state of internal commotion on Monday in a border "
        "region where two guerrilla groups have fought for weeks.",
        "Chile's government declared a state of exception in two southern regions.",
        "Honduras extended the state of exception for another 45 days.",
    ],
)
def test_a_state_of_exception_declared_is_emergency_rule(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("COERCE", "1724", 4)


def test_a_state_of_exception_lifted_is_an_easing(coder: Coder) -> None:
    # near miss: the emergency named alone would be emergency rule; lifted, it is eased
    found = first_act(coder, "Chile's president lifted the state of exception in the south.")
    assert found is not None
    assert found[:2] == ("CONCEDE", "081")


@pytest.mark.parametrize(
    "text",
    [
        "Regional police fired foam projectiles and charged at a crowd of dockers trying to block "
        "the port gates.",
        "Riot police used rubber projectiles to clear the square in Athens.",
    ],
)
def test_crowd_control_rounds_are_violent_repression(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("ASSAULT", "175")


def test_projectiles_fired_into_the_sea_stay_a_show_of_force(coder: Coder) -> None:
    # near miss: projectiles of no crowd-control kind are still a launch
    found = first_act(coder, "North Korea fired several projectiles toward the east on Monday.")
    assert found is not None
    assert found[:2] == ("MOBILIZE", "150")
