"""Round 45, sides45: the target of an act whose object is a thing a party made (a warrant, an
embargo, a decision) is that thing's maker (docs/labelling.md, points 19, 32 and 46). Every
sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, recommended_coder, undated_in

coder = recommended_coder


def _target(coder: Coder, body: str, index: int) -> tuple[str, str | None, str | None]:
    found = undated_in(coder, body, index)
    assert found, body
    target = found[0].target
    return (
        found[0].cameo_code,
        target.country if target else None,
        target.sector if target else None,
    )


def test_rejected_warrant_targets_the_court_of_the_rejecters_own_country(coder: Coder) -> None:
    # a court's act is no act of the critic's side, though both are organs of one state
    body = (
        "Zambia's High Court signed an arrest warrant for the former defence minister, Peter "
        "Mwale, on Tuesday over missing army funds. Mwale dismissed the warrant as revenge by the "
        "president's allies."
    )
    assert _target(coder, body, 1) == ("120", "ZMB", "JUD")


def test_police_arrests_criticised_by_the_government_stay_its_own(coder: Coder) -> None:
    # near miss: the police are the government's side, so their act is no target of its own
    body = (
        "Police in Lusaka arrested forty traders who had blocked the main market road on "
        "Tuesday. The interior minister criticised the arrests as heavy-handed."
    )
    found = undated_in(coder, body, 1)
    # Pinned to the part that is right by the guide (round 48's list):
    # the target is the police who arrested.
    assert [act[:3] for act in coded_as(found)] == [("ACCUSE", "111", "ZMBGOV")], [
        (e.cameo_code, e.target) for e in found
    ]


def test_welcomed_embargo_targets_the_state_that_imposed_it(coder: Coder) -> None:
    body = (
        "Chile banned all arms sales to Venezuela on Monday, citing the repression of "
        "protesters. Venezuela's opposition welcomed the embargo and asked other countries to "
        "follow."
    )
    assert _target(coder, body, 1) == ("051", "CHL", "GOV")


def test_embargo_welcomed_by_its_own_maker_targets_no_one(coder: Coder) -> None:
    # near miss: the welcomer's own government made it
    body = (
        "Chile banned all arms sales to Venezuela on Monday, citing the repression of "
        "protesters. Chile's foreign minister welcomed the embargo as overdue."
    )
    assert _target(coder, body, 1) == ("051", None, None)


def test_party_inside_the_critics_description_is_not_the_target(coder: Coder) -> None:
    body = (
        "Kenya recalled its ambassador from Kampala on Friday over the detention of two Kenyan "
        "lawmakers. Officials in Kampala rejected the decision as pandering to Somalia's "
        "militants."
    )
    assert _target(coder, body, 1) == ("120", "KEN", "GOV")


def test_decision_owned_by_a_named_party_keeps_it(coder: Coder) -> None:
    # near miss: no "as": the party right after the noun owns the decision
    body = (
        "Kenya recalled its ambassador from Kampala on Friday over the detention of two Kenyan "
        "lawmakers. Officials in Kampala rejected the plan of Somalia's parliament to join the "
        "protest."
    )
    assert _target(coder, body, 1)[1] == "SOM"


def test_description_naming_the_maker_by_by_keeps_it(coder: Coder) -> None:
    # near miss: "as ... by X" is the critic's word on who made the act
    body = (
        "Police in Harare detained six student leaders on Wednesday after a march on "
        "parliament. The students' union denounced the detentions as a purge ordered by "
        "President Tendai Moyo's government."
    )
    assert _target(coder, body, 1) == ("111", "ZWE", "GOV")


HOME_TALKS = (
    "Talks between Mozambique's government and the Renamo movement resumed in Lusaka on Monday. "
)


def test_denial_in_a_home_conflict_is_not_aimed_at_the_mediator(coder: Coder) -> None:
    # the host's meeting with both delegations makes it no side of the two sides
    body = (
        HOME_TALKS + "Zambia's foreign minister, who is hosting the talks, met both delegations "
        "before the opening session. The army denied that its soldiers had burned villages near "
        "Gorongosa."
    )
    found = undated_in(coder, body, 2)
    assert found and found[0].cameo_code == "016"
    assert coded_as(found[:1]) == [("REJECT", "016", "MOZMIL", "MOZCVL")]


def test_foreign_force_in_a_home_conflict_still_makes_the_other_side(coder: Coder) -> None:
    # near miss: shelling is no mediation, so the threat is aimed at the shelling state
    body = (
        HOME_TALKS + "Malawian troops shelled Mozambican border posts near Tete on Tuesday. "
        "Mozambique's defence minister warned that the army would respond."
    )
    assert _target(coder, body, 2)[:2] == ("130", "MWI")


def test_accusation_denied_in_the_passive_answers_the_accuser(coder: Coder) -> None:
    body = (
        "Renamo accused the army on Sunday of burning three villages near Gorongosa. "
        "The charge was denied by the defence ministry in Maputo."
    )
    assert _target(coder, body, 1) == ("016", "MOZ", "OPP")


def test_other_thing_rejected_in_the_passive_is_no_answer_to_the_accuser(coder: Coder) -> None:
    # near miss: a curfew is no charge, so the rejection is not aimed at the accuser
    body = (
        "Renamo accused the army on Sunday of burning three villages near Gorongosa. "
        "A curfew in the district was rejected by the defence ministry in Maputo."
    )
    assert _target(coder, body, 1)[2] != "OPP"
