"""Round 53, types53: which act is the event when a sentence holds two main clauses joined by
", and", each with a subject of its own (docs/labelling.md, section 1, one event a sentence: "If a
sentence reports two acts, label the first one in the sentence"). The first clause's act is the
event, whatever the later clause's trigger weighs; an act a speaker only reports in the first
clause ("said X had been convicted ..., and it accused") is not. Every sentence in these tests
was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def first_of(found: list[TensionEvent]) -> tuple[str, str | None] | None:
    """(CAMEO code, source country/sector) of the first event."""
    if not found:
        return None
    event = found[0]
    source = f"{event.source.country}/{event.source.sector}" if event.source else None
    return event.cameo_code, source


def test_support_before_another_states_appeal(coder: Coder) -> None:
    text = (
        "Kenya and Uganda expressed support for Addis Ababa's decision, and Tanzania's foreign "
        "ministry urged other African states to cut ties with the junta."
    )
    assert first_of(events(coder, text)) == ("051", "KEN/GOV")


def test_a_rally_before_a_leaders_call(coder: Coder) -> None:
    text = (
        "Hundreds of teachers rallied outside the education ministry in Lima, and the opposition "
        "leader, Ana Torres, called on Peruvians to join a national strike."
    )
    assert first_of(events(coder, text)) == ("141", "PER/EDU")


def test_a_clash_before_a_strike_by_one_side(coder: Coder) -> None:
    text = (
        "Serbian and Kosovar police clashed near the Jarinje crossing on Friday, and Serbian "
        "drones struck a checkpoint in Kosovo, officials said."
    )
    assert first_of(events(coder, text)) == ("190", "SRB/COP")


def test_thanks_before_a_neighbours_demand(coder: Coder) -> None:
    text = (
        "Chile's president thanked Argentina for its help, and Bolivia's foreign minister "
        "demanded that Santiago reopen the border."
    )
    found = events(coder, text)
    assert first_of(found) == ("051", "CHL/GOV")
    assert found[0].target is not None and found[0].target.country == "ARG"


# Near misses: what a speaker reports in the first clause is no act of the first clause's own;
# one subject's two acts joined by "and" with no new subject keep the ranking they had.


def test_a_reported_conviction_does_not_outrank_the_speakers_accusation(coder: Coder) -> None:
    text = (
        "Ecuador's presidency said the activist had been convicted of fraud, and it accused Peru "
        "of sheltering him."
    )
    found = events(coder, text)
    assert first_of(found) == ("112", "ECU/GOV")
    assert found[0].target is not None and found[0].target.country == "PER"


def test_one_subjects_two_acts_are_unchanged(coder: Coder) -> None:
    text = "Bolivia condemned the blockade and demanded that Peru reopen the border."
    assert first_of(events(coder, text)) == ("111", "BOL/GOV")


def test_the_first_clauses_object_stops_at_the_second_clause(coder: Coder) -> None:
    # a troop movement at home names no target; Peru, the second clause's subject, is not it
    text = (
        "Bolivia sent troops to the Chapare region, and Peru's president offered to mediate "
        "between the government and the coca growers."
    )
    found = events(coder, text)
    assert first_of(found) == ("154", "BOL/MIL")
    assert found[0].target is None
