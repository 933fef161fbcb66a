"""Parties, round 30 (the dyad of a rightly typed act): a violent act on a definite thing
("the vehicles", "the base") whose owner the sentence does not name is aimed at the owner the
sentence before named, when the same side acts again. Every sentence here was written for
these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, evaluation_coder, in_sentence

coder = evaluation_coder

CONVOY = (
    "MOGADISHU (AP) - Al-Shabab fighters attacked a convoy of Ethiopian peacekeepers south of "
    "the capital on Tuesday. "
)


def test_fire_opened_on_the_vehicles_hits_the_convoys_owner(coder: Coder) -> None:
    body = CONVOY + "The militants detonated a roadside bomb before opening fire on the vehicles."
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert country(event.source) == "SOM"
    assert country(event.target) == "ETH"


def test_trucks_set_on_fire_belong_to_the_convoy_attacked(coder: Coder) -> None:
    event = in_sentence(coder, CONVOY + "The militants later set fire to the trucks.", 1, "ASSAULT")
    assert country(event.target) == "ETH"


def test_a_consulate_stormed_then_burned_is_still_its_states(coder: Coder) -> None:
    body = (
        "BENGHAZI, Libya (AP) - Gunmen stormed the Tunisian consulate in Benghazi on Friday. "
        "They set fire to the building before fleeing."
    )
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert country(event.target) == "TUN"


def test_the_other_side_answering_on_its_own_base_takes_no_owner(coder: Coder) -> None:
    # the peacekeepers act now: the convoy attacked was their own, not a target of theirs
    body = CONVOY + "The peacekeepers returned fire from the vehicles, killing two attackers."
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert country(event.target) != "ETH"


def test_an_indefinite_thing_names_no_owner(coder: Coder) -> None:
    body = CONVOY + "The militants also set fire to a truck carrying fuel in a nearby town."
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert event.target is None
