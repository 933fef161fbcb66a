"""Parties, round 30 (the dyad of a rightly typed act): a violent act on a definite thing
("the vehicles", "the base") whose owner the sentence does not name is aimed at the owner the
sentence before named, when the same side acts again; the accused of "accused X of -ing" (or
"blamed X for -ing") stand before the charge, and a party named inside the charge is not
the target; a side described by its sponsor ("troops backed by Ethiopian forces attacked")
acts, and the sponsor's backing is no act of the sentence; "the move" after words about a
move only ("Malawi welcomed the decision") is the move they were about. Every sentence here
was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import country, evaluation_coder, events, in_sentence, of_type

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


def accused(coder: Coder, text: str) -> TensionEvent:
    return of_type(events(coder, text), "ACCUSE")


def test_a_party_inside_the_charge_is_not_the_accused(coder: Coder) -> None:
    event = accused(coder, "Tunisia's president accused foreign powers of funding the opposition.")
    assert country(event.source) == "TUN"
    assert event.target is None


def test_the_victims_of_the_charge_are_not_the_accused(coder: Coder) -> None:
    text = (
        "The Zambian government accused unnamed politicians of inciting violence against the "
        "police."
    )
    assert accused(coder, text).target is None


def test_a_party_inside_the_charge_of_blame_is_not_the_blamed(coder: Coder) -> None:
    text = "Malawi's president blamed smugglers for attacking Zambian police."
    assert accused(coder, text).target is None


def test_the_accused_named_before_the_charge_stay_the_target(coder: Coder) -> None:
    event = accused(coder, "Cambodia accused Thai troops of shelling Cambodian villages.")
    assert country(event.target) == "THA"
    assert country(accused(coder, "Lithuania blamed Belarus for the incursion.").target) == "BLR"


def test_an_of_that_opens_no_charge_does_not_end_the_accused(coder: Coder) -> None:
    text = "The opposition accused members of the ruling party of rigging the vote."
    assert accused(coder, text).target is not None


def test_a_side_described_by_its_sponsor_is_the_one_that_acts(coder: Coder) -> None:
    text = "Somali troops backed by Ethiopian forces attacked an al-Shabab camp on Monday."
    found = events(coder, text)
    assert found[0].plover_type == "ASSAULT"
    assert country(found[0].source) == "SOM"
    assert "SUPPORT" not in {event.plover_type for event in found}


def test_militias_supported_by_a_government_shell_and_the_support_is_background(
    coder: Coder,
) -> None:
    found = events(coder, "Militias supported by the Libyan government shelled a base near Sirte.")
    assert [event.plover_type for event in found] == ["ASSAULT"]


def test_backing_given_with_a_verb_stays_support(coder: Coder) -> None:
    text = "Qatar and Oman strongly backed the ceasefire agreed by Ethiopia and Eritrea."
    assert "SUPPORT" in {event.plover_type for event in events(coder, text)}
    passive = "The ceasefire was backed by Qatar, Oman and the African Union on Tuesday."
    assert "SUPPORT" in {event.plover_type for event in events(coder, passive)}


def test_the_move_after_only_a_welcome_is_the_one_welcomed(coder: Coder) -> None:
    body = (
        "LUSAKA, Zambia (Reuters) - Zambia's government on Tuesday approved new mining rules. "
        "Neighbouring Malawi welcomed the decision. The opposition criticised the move as rushed."
    )
    event = in_sentence(coder, body, 2, "ACCUSE")
    assert country(event.target) == "ZMB"
    assert event.target is not None and event.target.sector == "GOV"


def test_the_move_after_an_act_is_still_that_acts(coder: Coder) -> None:
    body = (
        "VILNIUS (Reuters) - Lithuania closed two border crossings with Belarus on Tuesday. "
        "Belarus condemned the move as hostile."
    )
    assert country(in_sentence(coder, body, 1, "ACCUSE").target) == "LTU"
