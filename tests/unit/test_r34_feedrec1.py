"""Round 34, recall on news-site copy: relevant sentences that gave no event. A crowd gathered
outside an embassy or a parliament with no protest verb ("several hundred people gathered outside
the Chinese embassy"), a leader calling another to congratulate or to discuss (a phone call), a
good name given to another's act ("called the handover a step in the right direction", the
praise that mirrors "called it a sham"), and a request that a body hold a meeting or call a vote
("asked the Arab League to convene an urgent session"). Each has a near miss that
stays without the act. Every sentence in these tests was written for them (places outside the
round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events_in, first_act, first_dyad, recommended_coder, types

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred people gathered outside the Chinese embassy in Vilnius on Sunday.",
        "Thousands of people had gathered outside the parliament in Accra by nightfall.",
        "Hundreds of students massed in front of the national assembly in Santiago.",
    ],
)
def test_a_crowd_outside_an_embassy_or_parliament_is_a_rally(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("PROTEST", "14")


def test_a_crowd_at_the_embassy_rallies_against_its_state(coder: Coder) -> None:
    text = "Several hundred people gathered outside the Chinese embassy in Vilnius on Sunday."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST" and found[3] == "CHN"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people gathered outside the French embassy to lay flowers for the victims.",
        "Thousands of people gathered outside the stadium before the final.",
        "Foreign ministers gathered outside the parliament for a group photograph.",
    ],
)
def test_mourners_fans_or_leaders_gathered_do_not_protest_codes_nothing(
    coder: Coder, text: str
) -> None:
    assert types(coder, text) == set()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Thai Prime Minister Paetongtarn Shinawatra called Cambodian leader Hun Manet "
            "on Tuesday to discuss the border.",
            "THA",
            "KHM",
        ),
        ("Chile's president called his Peruvian counterpart to congratulate him.", "CHL", "PER"),
    ],
)
def test_a_leader_calling_another_to_discuss_is_a_phone_call(
    coder: Coder, text: str, source: str, target: str
) -> None:
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "CONSULT"
    assert (found[2], found[3]) == (source, target)


def test_a_call_on_another_to_discuss_stays_an_appeal(coder: Coder) -> None:
    text = "Kenya's president called on Uganda to discuss the border dispute."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("REQUEST", "02")


def test_a_meeting_called_to_discuss_is_no_phone_call_codes_nothing(coder: Coder) -> None:
    text = "The president called an emergency cabinet meeting to discuss the floods."
    assert types(coder, text) == set()


def test_a_good_name_for_another_sides_act_is_praise(coder: Coder) -> None:
    body = (
        "Croatia has agreed to return two disputed islets to Montenegro.\n\n"
        "Montenegro's government called the decision a step in the right direction."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "SUPPORT"
    assert (country(found[0].source), country(found[0].target)) == ("MNE", "HRV")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition described the president's decision as an act of statesmanship.",
        "The opposition hailed the president's decision as a victory for democracy.",
    ],
)
def test_an_act_called_statesmanship_or_a_victory_is_praise(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SUPPORT", "05")


def test_a_bad_name_for_the_same_act_stays_criticism(coder: Coder) -> None:
    text = "The opposition called the president's decision a violation of the constitution."
    assert types(coder, text) == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Moldova asked the Security Council to hold an urgent session.",
        "The prime minister asked the president to call an early election.",
    ],
)
def test_asking_a_body_to_hold_a_meeting_or_call_a_vote_is_a_request(
    coder: Coder, text: str
) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("REQUEST", "02")


def test_a_meeting_held_is_no_request(coder: Coder) -> None:
    text = "The U.N. Security Council held an emergency meeting on Friday."
    assert types(coder, text) == {"CONSULT"}


def test_a_praise_by_naming_concedes_to_an_appeal_after_but(coder: Coder) -> None:
    """ "called the pardons a positive step but urged ...": the appeal after "but" is the news;
    joined by "and", the praise told first stays the act (docs/labelling.md: the first)."""
    conceded = "Chile's envoy called the pardons a positive step but urged Lima to free the rest."
    found = first_act(coder, conceded, "cameo_root")
    assert found is not None and found[:2] == ("REQUEST", "02")
    joined = "Chile's envoy called the pardons a positive step and urged Lima to free the rest."
    found = first_act(coder, joined, "cameo_root")
    assert found is not None and found[:2] == ("SUPPORT", "05")


@pytest.mark.parametrize(
    "text",
    [
        "Masked gunmen burst into a radio station in Guayaquil on Monday.",
        "Gunmen forced their way into a boarding school in northern Nigeria overnight.",
    ],
)
def test_armed_men_bursting_into_a_station_or_school_attack_it(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ASSAULT", "18")


@pytest.mark.parametrize(
    "text",
    [
        "The minister burst into tears as the verdict was read out in Quito.",
        "The bus burst into flames on the highway outside Lagos.",
        "Firefighters forced their way into the burning warehouse.",
    ],
)
def test_bursting_into_tears_or_flames_attacks_nothing(coder: Coder, text: str) -> None:
    assert types(coder, text) == set()


def test_a_case_opened_against_a_former_leader_is_a_charge(coder: Coder) -> None:
    text = "Prosecutors opened a case against the former president for rebellion."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("COERCE", "173")


def test_a_case_filed_by_a_litigant_stays_a_complaint(coder: Coder) -> None:
    text = "The opposition filed a case against the election commission on Monday."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "115")


def test_a_side_hitting_back_in_words_criticises_its_critic(coder: Coder) -> None:
    body = (
        "Washington criticised the Kremlin's decision to send troops to the border.\n\n"
        "Moscow hit back on Saturday, its spokeswoman saying the remarks were offensive."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "ACCUSE"
    assert country(found[0].source) == "RUS"


def test_hitting_back_with_airstrikes_is_force(coder: Coder) -> None:
    text = "Ethiopia hit back with airstrikes on rebel positions in Tigray."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ASSAULT", "19")


def test_a_team_hitting_back_criticises_no_one_codes_nothing(coder: Coder) -> None:
    text = "The visiting team hit back in the second half to win 3-2."
    assert types(coder, text) == set()
