"""Round 42, review42: gaps the review found in round 42's rules, pinned as strict xfails that
say what is wrong (each fails loudly once a rule reaches it). Every sentence in these tests was
written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


def test_troops_sent_at_a_request_are_help(coder: Coder) -> None:
    """What types42's rule (coder._sent_to_state) is for: troops sent to a state are at its
    government's side."""
    found = first_dyad(coder, "Tanzania sent troops to Malawi on Monday.")
    assert found is not None and found[:2] == ("AID", "074")


@pytest.mark.xfail(
    strict=True,
    reason="review42: troops sent 'to' a state are always read as help (074, coder._sent_to_state),"
    " though the sender is at war with it; no near miss bounds the rule by the two sides' relation",
)
def test_troops_sent_to_an_enemy_state_are_no_help(coder: Coder) -> None:
    body = "Armenia sent troops to Azerbaijan on Friday, a day after the ceasefire collapsed."
    found = first_dyad(coder, body)
    assert found is None or found[1] != "074"


@pytest.mark.xfail(
    strict=True,
    reason="review42: 'took over the ministry' is occupation (192) whoever takes it over; a new "
    "cabinet taking over its offices after a vote uses no force (miss42's trigger lists ministry, "
    "parliament and palace among places held by force)",
)
def test_a_new_cabinet_taking_over_the_ministry_is_no_occupation(coder: Coder) -> None:
    found = first_dyad(
        coder, "After the vote the incoming coalition took over the finance ministry on Monday."
    )
    assert found is None or found[1] != "192"


def test_gunmen_taking_over_the_ministry_occupy_it(coder: Coder) -> None:
    """Near miss of the xfail above: gunmen who take over a ministry occupy it."""
    found = first_dyad(coder, "Gunmen took over the finance ministry in Bamako on Monday.")
    assert found is not None and found[1] == "192"
