"""Round 61 (miss61): a subject noun phrase headed by an organ of a party acts for that party.

"The office of the Kenyan president urged ...", "The monitoring mission of the African Union
called on ...", "The presidential office in Seoul denounced ...": the head noun names no party the
actor index knows, and the party its "of" or "in" phrase names was skipped as a prepositional
one, so the act had no source and fell under the agency floor. That party is the source. A
relative of a party is no organ of it (the index knows "relatives of" as people of their own),
and an organ's own name ("The Office of Inspector General") names no party after its "of"."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def _parties(found: list[TensionEvent]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in found
    ]


def test_the_office_of_a_leader_acts_for_the_leaders_government(coder: Coder) -> None:
    text = (
        "NAIROBI, March 3 (Reuters) - The office of the Kenyan president urged the African "
        "Union to deploy monitors along the northern frontier."
    )
    assert _parties(events(coder, text)) == [("REQUEST", "KENGOV", "IGOAFRAFU")]


def test_the_mission_of_a_body_acts_for_the_body(coder: Coder) -> None:
    text = (
        "ADDIS ABABA, March 3 (Reuters) - The monitoring mission of the African Union called "
        "on Ethiopia to open the roads into Tigray."
    )
    assert _parties(events(coder, text)) == [("REQUEST", "IGOAFRAFU", "ETHGOV")]


def test_an_office_in_a_capital_acts_for_its_government(coder: Coder) -> None:
    text = (
        "SEOUL, March 3 (Reuters) - The presidential office in Seoul denounced the latest "
        "rocket test by the North as reckless."
    )
    assert [(kind, source) for kind, source, _ in _parties(events(coder, text))] == [
        ("ACCUSE", "KORGOV")
    ]


def test_an_organs_own_name_gives_no_party(coder: Coder) -> None:
    text = (
        "WASHINGTON, March 3 (Reuters) - The Office of Inspector General began a probe into "
        "the border agency's contracts."
    )
    found = _parties(events(coder, text))
    assert found and all(source is None for _, source, _ in found)
