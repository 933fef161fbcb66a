"""Targets left unnamed in domestic agency copy, round 26: a state's police, courts and
agencies acting on people named by what they do ("detained party workers", "sentenced a
theatre director", "fired tear gas and stun grenades at hooded youths"): their own people,
not no one. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, in_sentence


def _in_article(coder: Coder, body: str, index: int, plover: str) -> tuple[str | None, ...]:
    event = in_sentence(coder, body, index, plover)
    return country(event.source), country(event.target)


# --- force and arrests on people named by a common noun: the state's own people -------------


def test_police_detaining_party_workers_detain_their_own_people(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Zambian police detained ruling party workers who had blocked a "
        "highway near the capital, a spokesman said."
    )
    assert _in_article(coder, body, 0, "COERCE") == ("ZMB", "ZMB")


def test_a_court_jailing_a_novelist_and_a_painter_jails_its_own_people(coder: Coder) -> None:
    body = (
        "MINSK (Reuters) - A Belarusian court on Monday jailed a well-known novelist and a "
        "painter for five years on extremism charges."
    )
    assert _in_article(coder, body, 0, "COERCE") == ("BLR", "BLR")


def test_tear_gas_and_water_cannon_at_hooded_students(coder: Coder) -> None:
    body = (
        "SANTIAGO (Reuters) - Chilean police fired tear gas and water cannon at hooded "
        "students who blocked the main avenue of the capital on Thursday."
    )
    assert _in_article(coder, body, 0, "ASSAULT") == ("CHL", "CHL")


def test_tear_gas_to_disperse_a_crowd(coder: Coder) -> None:
    body = (
        "HARARE (AFP) - Zimbabwean riot police fired tear gas to disperse a crowd of vendors "
        "in central Harare on Wednesday."
    )
    assert _in_article(coder, body, 0, "ASSAULT") == ("ZWE", "ZWE")


def test_foreign_people_are_not_the_states_own(coder: Coder) -> None:
    body = (
        "NAIROBI (Reuters) - Ugandan police detained several foreign workers at a mine near "
        "the border on Tuesday."
    )
    event = in_sentence(coder, body, 0, "COERCE")
    assert country(event.target) != "UGA"
