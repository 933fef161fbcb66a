"""Event types by the labelling guide's round-25 cases (docs/labelling.md section 4): a border
closed is a blockade (191, case 15), tear gas and arrests in one sentence take the first act's
type (case 16), and a show of force told in the passive with no agent is the force's own act.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import (
    RECOMMENDED_MIN_CONFIDENCE,
    RECOMMENDED_WIRE_MIN_CONFIDENCE,
    Coder,
)
from tests.unit.coding import article, country, events, first_act

# --- 1. closing a border: "191 Impose blockade, restrict movement" (PLOVER COERCE) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Zambia closed its border with Zimbabwe on Friday after a cholera outbreak in Harare.",
        "Uganda shut its border crossings with South Sudan on Monday.",
        "Romania sealed the border with Moldova's breakaway region overnight.",
    ],
)
def test_a_closed_border_is_a_blockade(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("COERCE", "191", 4)


def test_a_closed_airspace_stays_an_administrative_restriction(coder: Coder) -> None:
    found = first_act(coder, "Chile closed its airspace to Argentine airlines on Tuesday.")
    assert found is not None and found[1] == "172"


# --- 2. tear gas and arrests: the first act reported gives the type ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas and detained dozens of students in Lusaka on Monday.",
        "Police used water cannon to clear the square in Budapest and arrested 12 students.",
    ],
)
def test_repression_then_arrests_is_the_repression(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("ASSAULT", "175", 4)


def test_arrests_then_repression_stay_the_arrests(coder: Coder) -> None:
    text = "Police in Lusaka detained 40 marchers and fired tear gas at the rest of the crowd."
    assert first_act(coder, text) == ("COERCE", "173", 4)


def test_arrests_alone_are_arrests(coder: Coder) -> None:
    text = "Riot police in Lusaka detained 40 marchers on Saturday."
    assert first_act(coder, text) == ("COERCE", "173", 4)


# --- 3. a show of force in the passive with no agent: the force shows itself ------------------


DEPLOYED = (
    "ANTANANARIVO (Reuters) - Soldiers were deployed around parliament and the central "
    "market on Monday, witnesses said."
)


def test_troops_deployed_in_the_passive_are_the_source(coder: Coder) -> None:
    found = [e for e in article(coder, DEPLOYED) if e.plover_type == "MOBILIZE"]
    assert found, "no show of force"
    assert country(found[0].source) == "MDG" and found[0].source.sector == "MIL"
    assert found[0].target is None


def test_a_force_deployed_by_a_named_agent_keeps_it(coder: Coder) -> None:
    text = "Two battalions were deployed to the border by Poland's defence ministry on Monday."
    found = [e for e in events(coder, text) if e.plover_type == "MOBILIZE"]
    assert found and country(found[0].source) == "POL"


def test_people_acted_upon_in_the_passive_stay_the_target(coder: Coder) -> None:
    text = "Opposition supporters were detained in Kampala on Monday."
    found = [e for e in events(coder, text) if e.plover_type == "COERCE"]
    assert found and found[0].target is not None and country(found[0].target) == "UGA"


# --- 4. "rejected the claim": a denial (016), the singular as the plural ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's government rejected the claim that its troops crossed into Angola.",
        "Angola's defence ministry rejected the report on Tuesday.",
    ],
)
def test_a_claim_rejected_is_a_denial(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("REJECT", "016")


def test_a_proposal_rejected_stays_a_rejection(coder: Coder) -> None:
    found = first_act(coder, "Zambia's government rejected the proposal for talks in Lusaka.")
    assert found is not None and found[1].startswith("12")


# --- 5. "agreed to": an agreement in agency copy clears the floor ------------------------------

AGREED = (
    "TOKYO (Reuters) - Japan's foreign minister held talks with his Chinese counterpart in Tokyo "
    "on Saturday. In a joint statement, the two sides agreed to keep up dialogue on maritime "
    "issues."
)


def test_an_agreement_of_the_two_sides_clears_the_agency_floor() -> None:
    floored = Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
    )
    found = [e for e in article(floored, AGREED) if e.sentence_index == 1]
    assert found and found[0].plover_type == "AGREE"
    assert country(found[0].source) == "JPN" and country(found[0].target) == "CHN"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("India and China reached an agreement on patrolling along the frontier.", "AGREE"),
        ("The two sides struck a deal to impose sanctions on the junta.", "SANCTION"),
        ("Hungary threatened to impose sanctions on the junta.", "THREATEN"),
    ],
)
def test_what_an_agreement_governs_is_agreed_not_threatened(
    coder: Coder, text: str, plover: str
) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == plover


# --- 6. "met": a meeting in agency copy clears the floor -----------------------------------------

MET = (
    "LUSAKA (Reuters) - Thousands of miners marched through Kitwe on Monday to demand unpaid "
    "wages. Mines Minister Paul Kabuswe met union leaders in Kitwe late on Tuesday for a second "
    "round of talks."
)


def test_a_minister_meeting_clears_the_agency_floor() -> None:
    floored = Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
    )
    found = [e for e in article(floored, MET) if e.sentence_index == 1]
    assert found and found[0].plover_type == "CONSULT"
    assert country(found[0].source) == "ZMB"


# --- 7. a crowd's chants and a union's call: protest, not speech or air strikes -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students, who had gathered outside the ministry, chanted against the "
        "education minister.",
        "The dockers' union in Valencia called new strikes at the ports.",
        "The union called new strikes at refineries.",
    ],
)
def test_chants_and_called_strikes_are_protest(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_fans_chanting_a_name_are_no_protest(coder: Coder) -> None:
    assert first_act(coder, "Fans chanted the striker's name after the final whistle.") is None


# --- 8. sanctions named by their package, list or retaliation; armed men retreating --------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile imposed retaliatory tariffs on Argentine wine on Monday.",
        "Mexico imposed 20% counter-tariffs on Canadian steel on Monday.",
        "Japan approved its ninth package of sanctions on Russian banks.",
        "Switzerland's cabinet adopted the bloc's latest wide-ranging package of sanctions.",
        "Washington added 14 Chinese firms to its entity list on Friday.",
    ],
)
def test_sanctions_by_package_list_or_retaliation(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("SANCTION", "163")


RETREATED = (
    "NEW DELHI (Reuters) - Indian troops fired warning shots at Chinese soldiers who crossed the "
    "frontier in Ladakh on Tuesday. The Chinese soldiers retreated after the shots, the army said."
)


def test_armed_men_retreating_retreat_in_agency_copy() -> None:
    floored = Coder(
        min_confidence=RECOMMENDED_MIN_CONFIDENCE,
        wire_min_confidence=RECOMMENDED_WIRE_MIN_CONFIDENCE,
    )
    found = [e for e in article(floored, RETREATED) if e.sentence_index == 1]
    assert found and (found[0].plover_type, found[0].cameo_code) == ("RETREAT", "0874")
    assert country(found[0].source) == "CHN"


# --- 9. a party or candidate kept out of a vote: 1722, not the refusal given as the reason --------


@pytest.mark.parametrize(
    "text",
    [
        "The electoral commission barred the main opposition party from taking part in the "
        "election after it refused to sign a code of conduct.",
        "The electoral court disqualified the opposition leader from the October elections for "
        "refusing to declare his assets.",
    ],
)
def test_a_party_barred_from_a_vote_is_banned(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("COERCE", "1722", 4)


def test_a_term_limit_bars_no_one_codes_nothing(coder: Coder) -> None:
    text = "Mexico holds a presidential election in June, and the president is barred from running."
    found = first_act(coder, text)
    assert found is None


# --- 10. a protest and the appeal joined to it: the protest, reported first ----------------------


def test_a_protest_then_an_appeal_is_the_protest(coder: Coder) -> None:
    text = (
        "Protesters chanted slogans against the governor and called for the release of the "
        "detained students."
    )
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_an_appeal_then_a_protest_is_the_appeal(coder: Coder) -> None:
    text = "The opposition leader urged his supporters to march on parliament and protest the vote."
    found = first_act(coder, text)
    assert found is not None and found[0] == "REQUEST"
