"""Round 44, sides44: the parties of an event in copy the rules were not written on
(docs/labelling.md, section 2 and point 33). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    coded_as,
    events,
    first_dyad,
    recommended_coder,
    site_first,
    undated_in,
)

coder = recommended_coder


def test_public_addressed_by_an_appeal_is_the_countrys_civilians(coder: Coder) -> None:
    found = events(
        coder, "Moldova's president appealed to the public not to join the unauthorised rally."
    )
    assert found and found[0].target is not None
    assert (found[0].target.country, found[0].target.sector) == ("MDA", "CVL")


def test_public_in_a_site_story_takes_the_storys_country(coder: Coder) -> None:
    body = (
        "Peru's government has declared a state of emergency in three southern provinces after "
        "a week of road blockades. Interior Minister Rosa Quispe called on the public to keep "
        "off the highways until the army had cleared them."
    )
    assert site_first(coder, body, 1) == ("020", "PER", "PER")


def test_public_of_a_prosecutor_or_a_place_open_is_no_party(coder: Coder) -> None:
    # "the public prosecutor" is the court's man, and a gallery "open to the public" no party
    found = events(
        coder, "The public prosecutor urged the judges to reopen the gallery to the public."
    )
    assert coded_as(found) == [("REQUEST", "020", "JUD", "JUD")], [
        (e.cameo_code, e.target) for e in found
    ]


def test_two_welcomers_are_not_each_others_target(coder: Coder) -> None:
    text = "Ghana and Senegal welcomed the Malian junta's pledge to hold elections next year."
    assert first_dyad(coder, text) == ("SUPPORT", "051", "GHA", "MLI")


def test_welcomed_talks_target_their_first_party(coder: Coder) -> None:
    body = (
        "Ethiopia and Eritrea have held talks in Nairobi on reopening their shared border. "
        "Kenya and Uganda welcomed the talks."
    )
    assert site_first(coder, body, 1) == ("051", "KEN", "ETH")


def test_two_signers_stay_a_pair(coder: Coder) -> None:
    # signing is an act of both sides together (labelling guide section 2): first -> second
    text = "Ghana and Senegal signed a fisheries accord in Dakar on Tuesday."
    assert first_dyad(coder, text) == ("SUPPORT", "057", "GHA", "SEN")


def test_criticised_closure_targets_the_state_that_closed_the_border(coder: Coder) -> None:
    body = (
        "Tajikistan has closed its main crossing on the border with Kyrgyzstan, citing smuggling. "
        "Traders waited in long queues on Tuesday. "
        "Amnesty International denounced the closure as reckless on Wednesday."
    )
    assert site_first(coder, body, 2) == ("111", None, "TJK")


def test_welcomed_release_targets_the_releaser(coder: Coder) -> None:
    body = (
        "Belarus has freed two Lithuanian truck drivers held for a month on smuggling charges. "
        "Poland's foreign ministry welcomed the release on Thursday."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].target is not None and found[0].target.country == "BLR"


def test_party_to_talks_welcoming_them_is_not_its_own_target(coder: Coder) -> None:
    body = (
        "Ethiopia and Eritrea have held talks in Nairobi on reopening their shared border. "
        "Ethiopia's foreign ministry welcomed the talks."
    )
    found = undated_in(coder, body, 1)
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a welcome of talks also codes a mediation (046).
    assert not found or found[0].target is None or found[0].target.country != "ETH"


def test_bare_council_called_on_is_the_storys_state_body(coder: Coder) -> None:
    body = (
        "Supporters of Zambia's opposition have rallied in Lusaka over delays in the count. "
        "On Monday their candidate, Mwila Banda, demanded that the council publish the ward "
        "tallies at once."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].target is not None
    assert (found[0].target.country, found[0].target.sector) == ("ZMB", "GOV")


def test_bare_assembly_addressed_is_the_chamber(coder: Coder) -> None:
    body = (
        "Malawi's opposition has filed a motion to remove the finance minister. "
        "Its lawmakers urged the assembly to debate the motion before the budget vote."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].target is not None
    assert (found[0].target.country, found[0].target.sector) == ("MWI", "LEG")


def test_freedom_of_assembly_and_a_named_council_are_no_bare_body(coder: Coder) -> None:
    # no article before "assembly", and "the Council of Europe" is the index's own
    body = (
        "Serbia's police have banned a march in Belgrade. "
        "A lawyers' group in Novi Sad asked the Council of Europe to speak up for freedom of "
        "assembly."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].target is not None
    assert found[0].target.country != "SRB" and found[0].target.sector != "LEG"


def test_council_after_a_named_international_council_is_that_body(coder: Coder) -> None:
    body = (
        "Azerbaijan has jailed two more opposition journalists. "
        "The Council of Europe condemned the verdicts. "
        "On Thursday the council voted to suspend Azerbaijan's delegation."
    )
    found = undated_in(coder, body, 2)
    assert found and found[0].source is not None
    assert found[0].source.country is None and found[0].source.code.startswith("IGO")


def test_opposition_urged_to_pursue_is_the_party_asked(coder: Coder) -> None:
    # "opposition to" before a verb is the opposition asked, not a rejection of something
    text = (
        "Regional mediators urged the opposition to settle the dispute over seats at the "
        "negotiating table."
    )
    found = events(coder, text)
    assert found and found[0].cameo_code.startswith("02")
    assert found[0].target is not None and found[0].target.sector == "OPP"


def test_opposition_to_a_plan_stays_a_rejection(coder: Coder) -> None:
    found = events(coder, "Several Basotho ministers voiced opposition to the land levy.")
    assert found and found[0].plover_type in ("REJECT", "ACCUSE")


def test_it_rejected_by_its_own_state_is_the_charge_not_the_state(coder: Coder) -> None:
    body = (
        "Ecuador has accused Peru of letting armed gangs cross the river border. "
        "Peru's foreign ministry has dismissed the charge. "
        "The Peruvian government's spokeswoman rejected it again on Monday, calling the claim "
        "a distraction."
    )
    found = undated_in(coder, body, 2)
    assert found and found[0].target is not None
    assert found[0].target.country == "ECU"


def test_it_standing_for_another_state_stays_the_target(coder: Coder) -> None:
    body = (
        "Armenia has proposed a new round of border talks to Azerbaijan. "
        "Azerbaijan rejected it on Monday."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].target is not None
    assert found[0].target.country == "ARM"
