"""Parties of answers on news-site copy, round 28: a veto of a bill is aimed at the parliament
(the labelling guide, "129 Veto"); a rejection whose speaker is named in a "with X saying"
clause answers the earlier protest, not its own spokesman; a charge denied or rejected by its
owner's pronoun ("dismissed his accusations") or bare ("rejected claims that") answers the last
accuser, also one of the same state named apart; "welcomed the veto" and "rejected the demand"
name the maker of the veto and of the threat before. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, country, evaluation_coder, in_sentence

coder = evaluation_coder  # 0.3 on the score, 0.5 in agency copy


@pytest.mark.parametrize(
    "body",
    [
        "Brazil's president on Monday vetoed a bill that would have cut taxes for Italian "
        "importers.",
        "The Polish president has vetoed a law on the funding of public broadcasters.",
    ],
)
def test_a_vetoed_bill_is_aimed_at_the_parliament(coder: Coder, body: str) -> None:
    event = in_sentence(coder, body, 0, "REJECT")
    assert event.target is not None
    assert (event.target.country, event.target.sector) == (country(event.source), "LEG")


def test_a_veto_of_something_else_keeps_its_target(coder: Coder) -> None:
    event = in_sentence(
        coder, "Russia vetoed a Security Council resolution on Tuesday.", 0, "REJECT"
    )
    assert coded_as([event])[0][:3] == ("REJECT", "129", "RUSGOV")
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # a Security Council resolution vetoed is coded with no target (the council, IGOUNO?).
    assert event.target is None or event.target.sector != "LEG"


def test_a_with_saying_speaker_is_not_the_target_of_a_rejection(coder: Coder) -> None:
    body = (
        "India lodged a protest with China over a new map that shows Arunachal Pradesh as "
        "Chinese territory. "
        "Beijing rejected the protest, with a foreign ministry spokesman telling reporters that "
        "the map was a routine publication."
    )
    assert country(in_sentence(coder, body, 1, "REJECT").target) == "IND"


@pytest.mark.parametrize(
    "denial",
    [
        "The Kremlin dismissed his accusations as absurd.",
        "The Kremlin rejected claims that the court was acting on orders.",
    ],
)
def test_a_charge_by_its_owners_pronoun_or_bare_answers_the_accuser(
    coder: Coder, denial: str
) -> None:
    body = "Opposition leader Ilya Yashin accused Vladimir Putin of jailing his critics. " + denial
    assert country(in_sentence(coder, body, 1, "REJECT").target) == "RUS"


def test_an_accusation_between_two_named_officials_of_one_state(coder: Coder) -> None:
    body = (
        "President Andrzej Duda accused Donald Tusk of lawlessness. "
        "Tusk said the law applied to everyone and rejected the accusations."
    )
    target = in_sentence(coder, body, 1, "REJECT").target
    assert target is not None
    assert "Duda" in target.text


def test_welcoming_the_veto_names_its_maker(coder: Coder) -> None:
    body = (
        "Poland's president vetoed a bill on wind farms on Friday. "
        "The opposition Civic Platform party welcomed the veto."
    )
    assert country(in_sentence(coder, body, 1, "SUPPORT").target) == "POL"


def test_rejecting_the_demand_of_a_threat_names_the_threatener(coder: Coder) -> None:
    body = (
        "Italy threatened on Monday to block the new fishing quotas unless Brussels raised its "
        "share. The European Commission rejected the demand on Tuesday."
    )
    assert country(in_sentence(coder, body, 1, "REJECT").target) == "ITA"
