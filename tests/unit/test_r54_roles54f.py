"""Round 54 (roles54f): parties in news-site copy. A visiting delegation named with its state or
body ("a delegation from the Southern African Development Community", "a Botswanan
delegation", "The European Union sent a delegation") and later called "the delegation", "the
envoys" or "the delegates" is still that mission (docs/labelling.md section 2: the actor an
earlier sentence named; the host is a place, no party), not the host's government the article
named last for the government sector (references._mission_named_before). Near misses: a
delegation named with its own country, one with no mission named before, and "the
delegations" of both sides stay as they were. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, undated_in

coder = recommended_coder

OPENING = "Zambia's president dissolved parliament on Friday, state television said. "
BLOC = "A delegation from the Southern African Development Community arrived in Lusaka on Sunday. "
NEIGHBOUR = "A Botswanan delegation flew to Lusaka on Sunday. "
SENT = "The European Union sent a delegation to Lusaka on Sunday. "
ENVOYS_OF = "Envoys of the African Union held talks with the Zambian government on Sunday. "


def _third(coder: Coder, body: str) -> tuple[str, str, str | None, str | None] | None:
    """(CAMEO code, source code, source country, target country) of the third sentence's
    first event."""
    found = undated_in(coder, body, 2)
    if not found:
        return None
    event = found[0]
    source, target = event.source, event.target
    return (
        event.cameo_code,
        source.code if source is not None else "-",
        source.country if source is not None else None,
        target.country if target is not None else None,
    )


def test_a_blocs_delegation_in_reported_speech_is_the_bloc(coder: Coder) -> None:
    body = OPENING + BLOC + "The delegation said it had urged the opposition to avoid violence."
    assert _third(coder, body) == ("025", "IGOSAFDEVSAD", None, "ZMB")


def test_a_neighbours_envoys_in_the_present_perfect_are_the_neighbour(coder: Coder) -> None:
    body = OPENING + NEIGHBOUR + "The envoys have also held talks with opposition leaders."
    assert _third(coder, body) == ("040", "BWAGOV", "BWA", "ZMB")


def test_delegates_after_a_time_phrase_are_the_sender_of_the_delegation(coder: Coder) -> None:
    body = OPENING + SENT + "On Monday the delegates also met the main opposition party's leader."
    assert _third(coder, body) == ("040", "IGOEUREEC", None, "ZMB")


def test_envoys_of_a_body_named_at_the_start_are_that_body(coder: Coder) -> None:
    body = OPENING + ENVOYS_OF + "The envoys urged the opposition to take part in the vote."
    assert _third(coder, body) == ("020", "IGOAFRAFU", None, "ZMB")


# --- near misses ---


def test_a_delegation_named_with_its_own_country_keeps_it(coder: Coder) -> None:
    body = OPENING + BLOC + "The Zambian delegation met the opposition on Monday."
    assert _third(coder, body) == ("040", "ZMBGOV", "ZMB", "ZMB")


def test_a_delegation_with_no_mission_named_before_is_the_hosts(coder: Coder) -> None:
    body = (
        OPENING
        + "Opposition leaders called for calm on Saturday. "
        + "The delegation met the opposition on Monday."
    )
    assert _third(coder, body) == ("040", "ZMBGOV", "ZMB", "ZMB")


def test_the_delegations_of_both_sides_are_left_alone(coder: Coder) -> None:
    body = OPENING + NEIGHBOUR + "The delegations met the opposition on Monday."
    assert _third(coder, body) == ("040", "ZMBGOV", "ZMB", "ZMB")
