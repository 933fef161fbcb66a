"""Lead, round 29: sectors of people named by a title that the agent words lacked. A union's
negotiators or officials are labour (LAB), not the government (a bare "negotiator" is a state's
envoy); a cardinal, a mufti or a pastor is clergy (REL); a chief minister heads a state's
government (GOV). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, events, of_type


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        ("Union negotiators rejected the government's latest pay offer.", "REJECT", "CVL"),
        ("A union official accused the transport ministry of lying to commuters.", "ACCUSE", "CVL"),
        ("Cardinal Pietro Alvisi urged the government to talk to the strikers.", "REQUEST", "REL"),
        ("Lebanon's grand mufti condemned the government's sermon ban.", "ACCUSE", "REL"),
        ("Chief Minister Anil Deshmane accused the governor of lying.", "ACCUSE", "GOV"),
    ],
)
def test_a_title_gives_its_sector(coder: Coder, text: str, plover: str, source: str) -> None:
    event = of_type(events(coder, text), plover)
    assert event.source is not None and event.source.sector == source


@pytest.mark.parametrize(
    "text",
    [
        "It is a cardinal rule of the club that players arrive on time, the coach said.",
        "The government's negotiator rejected the union's demands.",
    ],
)
def test_the_words_alone_do_not_make_clergy_or_labour(coder: Coder, text: str) -> None:
    for event in events(coder, text):
        for side in (event.source, event.target):
            assert side is None or side.sector not in {"REL"}
        if event.plover_type == "REJECT":
            assert event.source is not None and event.source.sector == "GOV"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The cabinet approved new fines for street demonstrations on Thursday, sparking "
            "protests from human rights groups.",
            "NGO",  # the index's HRI, written NGO (round 45, sector45)
            "GOV",
        ),
        ("The interior minister faced protests from teachers in Porto on Monday.", "EDU", "GOV"),
    ],
)
def test_protests_drawn_from_a_party_are_that_party_s(
    coder: Coder, text: str, source: str, target: str
) -> None:
    """ "sparking protests from X", "faced protests from X": X protests, against the one who
    sparked or faced them (the verb form "protests" read as the noun these verbs take)."""
    event = of_type(events(coder, text), "PROTEST")
    assert event.source is not None and event.source.sector == source
    assert event.target is not None and event.target.sector == target


def test_protests_drawn_from_no_one_name_no_protester(coder: Coder) -> None:
    found = events(coder, "The verdict sparked protests in the capital.")
    # Pinned to the part that is right by the guide (round 48's list):
    # a protest's target is the protesters' government.
    assert [act[:2] for act in coded_as(found)] == [("PROTEST", "140")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The cabinet approved new fines for staging unlicensed marches.", ["COERCE"]),
        ("The bill sets fines of up to 20,000 euros (US$21,500) for unauthorised rallies.", []),
        ("The decree doubles the penalty for organising illegal protests near ministries.", []),
    ],
)
def test_the_offence_a_penalty_punishes_is_no_protest(
    coder: Coder, text: str, coded: list[str]
) -> None:
    """A penalty's "for" names the offence of no one in particular, not a protest held: the
    cabinet's new fines are a restriction, a bill's or a decree's terms code nothing."""
    assert [event.plover_type for event in events(coder, text)] == coded


def test_a_rally_held_by_the_one_fined_is_the_offence_not_an_event(coder: Coder) -> None:
    # round 31 (left6): the offence a penalty punishes is no event of its own; the fine is
    text = "A court fined the opposition leader for holding an unauthorised rally."
    assert [event.plover_type for event in events(coder, text)] == ["COERCE"]
