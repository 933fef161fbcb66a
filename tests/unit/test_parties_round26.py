"""Dyads of round 26 (wave 2): force or coercion by a state's organs on no one named in a story
of one country is on its own people; a state's reproach or threat is not aimed at its own
country named as a place; a verb joined by "and" with no subject of its own shares the
subject of the verb before it (the party between is that verb's object). Every sentence in
these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad_in, evaluation_coder, in_sentence

coder = evaluation_coder


def test_arrests_with_no_one_named_in_a_story_of_one_country_are_of_its_people(
    coder: Coder,
) -> None:
    body = (
        "SANTIAGO (Reuters) - Chilean police said on Tuesday that officers had made 40 "
        "arrests during overnight unrest in the capital."
    )
    assert dyad_in(coder, body, 0, "COERCE") == ("CHL", "CHL")


def test_a_ban_on_an_unknown_group_in_a_story_of_one_country_is_on_its_people(
    coder: Coder,
) -> None:
    body = (
        "HARARE (Reuters) - Zimbabwe's government banned the Sons of the Soil movement on "
        "Tuesday and closed its offices, a minister said."
    )
    assert dyad_in(coder, body, 0, "COERCE") == ("ZWE", "ZWE")


def test_a_seized_thing_keeps_no_target(coder: Coder) -> None:
    body = "VALPARAISO - Chile's navy seized a fishing boat and its cargo off the coast on Sunday."
    assert dyad_in(coder, body, 0, "COERCE") == ("CHL", None)


def test_a_rejection_is_not_aimed_at_the_sources_own_country(coder: Coder) -> None:
    body = (
        "OTTAWA (Reuters) - The U.S. president threatened on Monday to impose new tariffs on "
        "Canadian goods. Canada's prime minister rejected the threat and said Canada would not "
        "be bullied."
    )
    assert dyad_in(coder, body, 1, "REJECT") == ("CAN", "USA")


def test_force_joined_by_and_is_the_first_verbs_subjects_on_its_object(coder: Coder) -> None:
    body = "ATHENS - Greek riot police charged the protesters and used tear gas outside parliament."
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert event.source is not None and event.source.sector == "COP"
    assert country(event.target) == "GRC"


def test_a_ban_joined_by_and_is_the_courts(coder: Coder) -> None:
    body = (
        "MADRID - Spain's High Court summoned the former minister on Tuesday and barred him "
        "from leaving the country."
    )
    event = in_sentence(coder, body, 0, "COERCE")
    assert event.source is not None and event.source.sector == "JUD"
    assert country(event.target) == "ESP"


def test_a_release_ordered_at_home_with_no_one_named_frees_its_people(coder: Coder) -> None:
    body = (
        "CORDOBA, Argentina - A judge on Friday ordered the release of all those held after "
        "the march, saying the police had no grounds to hold them."
    )
    assert dyad_in(coder, body, 0, "RETREAT") == ("ARG", "ARG")


def test_a_strike_called_off_with_no_one_named_is_a_concession_to_the_government(
    coder: Coder,
) -> None:
    body = (
        "ANTANANARIVO - Malagasy teachers called off their two-week strike on Thursday, their "
        "union said."
    )
    assert dyad_in(coder, body, 0, "CONCEDE") == ("MDG", "MDG")


def test_a_report_rejected_is_aimed_at_its_author(coder: Coder) -> None:
    body = "BEIJING - China rejected a U.S. report on its human rights record on Friday."
    assert dyad_in(coder, body, 0, "REJECT") == ("CHN", "USA")


def test_a_report_dismissed_is_aimed_at_the_body_that_wrote_it(coder: Coder) -> None:
    body = "ANKARA - Turkey dismissed a European Parliament report on Wednesday as baseless."
    event = in_sentence(coder, body, 0, "REJECT")
    assert event.target is not None and event.target.code.startswith("IGOEU")
