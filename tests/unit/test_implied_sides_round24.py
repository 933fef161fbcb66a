"""Parties, round 24: a concession a state makes to no one named is to its own people. Every
sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, in_sentence


def _dyad(coder: Coder, body: str, plover: str) -> tuple[str | None, str | None]:
    event = in_sentence(coder, body, 0, plover)
    return country(event.source), country(event.target)


def test_a_lifted_ban_is_a_concession_to_the_states_own_people(coder: Coder) -> None:
    body = (
        "BRATISLAVA (Reuters) - Slovakia's government lifted a ban on online betting on "
        "Tuesday after weeks of protests."
    )
    assert _dyad(coder, body, "CONCEDE") == ("SVK", "SVK")


def test_a_sacked_minister_is_a_concession_to_the_leaders_own_people(coder: Coder) -> None:
    body = "Slovak Prime Minister Robert Fico sacked his interior minister on Friday."
    assert _dyad(coder, body, "CONCEDE") == ("SVK", "SVK")


def test_a_concession_to_a_named_country_keeps_it(coder: Coder) -> None:
    body = "Hungary's government lifted its ban on Polish grain on Monday."
    assert _dyad(coder, body, "CONCEDE") == ("HUN", "POL")


def test_a_withdrawal_is_no_concession_to_the_groups_own_people(coder: Coder) -> None:
    body = "Zambian rebels withdrew from the town on Monday."
    assert _dyad(coder, body, "RETREAT") == ("ZMB", None)
