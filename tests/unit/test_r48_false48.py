"""Round 48 (false48): acts the open sets label irrelevant that the coder kept (false events),
by mechanism."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


# --- a text or measure that gives, grants or includes: its content, not an act ---------------


def test_package_over_an_aside_includes_sanctions_is_no_event(coder: Coder) -> None:
    text = (
        "The package, prepared by the foreign ministry, includes sanctions on twelve Iranian "
        "officials and a ban on arms sales to Tehran."
    )
    assert code_list(coder, text) == []


def test_pact_gives_use_of_airfields_for_aid_is_no_event(coder: Coder) -> None:
    text = (
        "The pact, renewed by both parliaments, gives Peru the use of two Bolivian airfields "
        "in return for food aid."
    )
    assert code_list(coder, text) == []


def test_arrangement_grants_a_berth_for_aid_is_no_event(coder: Coder) -> None:
    text = (
        "The basing arrangement grants Oman's navy a berth at the port in return for military "
        "aid from Britain."
    )
    assert code_list(coder, text) == []


def test_clause_granting_a_veto_is_no_event(coder: Coder) -> None:
    text = (
        "Arbitrators ruled that the buyer broke a clause granting the city council a veto "
        "over the sale."
    )
    assert code_list(coder, text) == []


def test_condemned_agreement_giving_access_stays(coder: Coder) -> None:
    # near miss: the act comes before the text's verb
    text = "Lithuania condemned an agreement giving Belarus a say over the port."
    assert code_list(coder, text)[:1] == ["111"]


def test_act_after_the_texts_clause_stays(coder: Coder) -> None:
    # near miss: a comma and a new subject end what the package holds
    text = (
        "The package includes sanctions on twelve Iranian officials, and Canada on Monday "
        "expelled two Iranian diplomats."
    )
    assert code_list(coder, text) == ["161"]
