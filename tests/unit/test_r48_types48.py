"""Round 48, types48: events coded with the wrong type on the shared and opened sets, sorted by
the labelling guide's convention that decides them (docs/labelling.md). Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_dyad, recommended_coder

coder = recommended_coder


# Section 3's table: 10 is "demanded, insisted, gave an ultimatum". An ultimatum told by its term
# ("gave X 72 hours to", "gave X until Sunday to") or by its noun is a demand (REQUEST), not
# CAMEO's 139 (a threat).


def test_a_deadline_given_to_a_party_is_a_demand(coder: Coder) -> None:
    hours = "Chad's interior ministry gave the armed group 72 hours to hand over its weapons."
    assert first_dyad(coder, hours) == ("REQUEST", "100", "TCD", "TCD")
    until = "The Malian army gave the jihadists until Sunday to leave the town."
    assert first_dyad(coder, until) == ("REQUEST", "100", "MLI", "MLI")


def test_an_ultimatum_named_is_a_demand(coder: Coder) -> None:
    text = "Burkina Faso's junta issued an ultimatum to the Ivorian envoy over the seized trucks."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("REQUEST", "100"), found


def test_an_ultimatum_rejected_or_a_threat_keeps_its_type(coder: Coder) -> None:
    # near misses: rejecting the ultimatum is 12, and a threat told as one stays 13
    rejected = (
        "The rebels rejected the ultimatum from the Chadian army and said they would keep "
        "their positions."
    )
    assert first_dyad(coder, rejected) == ("REJECT", "120", "TCD", "TCD")
    threat = "The Sudanese army threatened to storm the town unless the militia withdrew."
    found = first_dyad(coder, threat)
    assert found is not None and found[0] == "THREATEN", found


def test_a_judge_s_deadline_to_the_case_s_people_is_procedure(coder: Coder) -> None:
    # a deadline a court sets its own case's people is how the case runs (no act), as it was
    # when the deadline was a 139; one set a government is the court's demand
    assert code_list(coder, "A judge in Lusaka gave the defence lawyers 30 days to file.") == []
    assert code_list(coder, "A judge in Lusaka gave the prosecutors 30 days to finish.") == []
    ordered = "A judge in Lusaka gave the government 30 days to release the detained journalists."
    assert first_dyad(coder, ordered) == ("REQUEST", "100", "ZMB", "ZMB")
