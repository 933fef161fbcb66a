"""Round 43 (types43): types and sides on the shared sets (news_stream_dev, petr2_gsr, the
PLOVER GSR) and the open wire and feed sets. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_codes, recommended_coder

coder = recommended_coder


def test_secretary_general_is_the_organisations_office(coder: Coder) -> None:
    # "Secretary-General": the hyphen glued "General" to the office; the rank "General" took
    # the name alone and lost the organisation
    text = "OAS Secretary-General Luis Almagro condemned the detention of the opposition leader."
    code, source, _ = first_codes(coder, text)
    assert code.startswith("11")
    assert source is not None and source.startswith("IGO")


def test_attorney_general_is_no_soldier(coder: Coder) -> None:
    found = events(coder, "Attorney-General Pavel Kolar accused the former minister of fraud.")
    assert found and found[0].source is not None
    assert found[0].source.sector == "GOV"


def test_secretary_general_of_an_organisation(coder: Coder) -> None:
    # the office joined to its "-General" still takes the organisation named after "of"
    text = "The Secretary-General of the Arab League urged Jordan to reopen the crossing."
    found = events(coder, text)
    assert found and found[0].source is not None
    assert found[0].source.code.startswith("IGO")


def test_lieutenant_general_stays_a_soldier(coder: Coder) -> None:
    # near miss: a military rank glued by a hyphen is still a rank
    found = events(coder, "Lieutenant-General Idrissa Kone ordered troops to the northern border.")
    assert found and found[0].source is not None
    assert found[0].source.sector == "MIL"
