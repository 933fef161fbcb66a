"""Round 30, feedrel15: lines of political news-site stories that hold no act between
political actors (sentences written for these tests; docs/labelling.md, section 1)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, undated_codes, undated_dyads

coder = recommended_coder


# --- a minister meeting their own staff ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Zambia's finance minister met Treasury officials on Monday to go over the budget figures.",
        "The Malawian justice minister held talks with senior officials of her ministry on prison "
        "overcrowding.",
        "Chile's interior minister met police chiefs from the country's 16 regions to discuss "
        "rising crime.",
        "LUSAKA — Zambia's finance minister met senior ministry officials on Monday to discuss the "
        "budget.",
    ],
)
def test_meeting_ones_own_staff_is_no_act(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # near misses: another country's officials, the opposition's, a named body
        ("Zambia's foreign minister met Chinese officials in Lusaka.", ("040", "ZMB", "CHN")),
        ("Malawi's president met opposition officials on Friday.", ("040", "MWI", "MWI")),
    ],
)
def test_meeting_others_officials_stays(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in undated_dyads(coder, text)


# --- a political fight in words, and the idioms of bills and budgets ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Labour fought the last election on a promise to build more homes.",
        "Lawmakers clashed over the bill during a heated debate in the chamber.",
        "The ruling coalition is fighting for survival ahead of Thursday's confidence vote.",
        "The Senate killed the bill on Tuesday.",
        "The governor shot down the proposal.",
        "The government has raided the pension fund to pay for the tax cuts.",
    ],
)
def test_a_contest_of_votes_and_words_is_no_fight(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: violence named, an armed side, killing a person, a raid on a party
        "Opposition lawmakers fought with police outside parliament.",
        "Supporters of the two parties clashed outside the polling station.",
        "Gunmen killed the mayor of the town.",
        "Police raided the party's offices.",
    ],
)
def test_fights_with_violence_or_armed_sides_stay(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) != []


# --- the procedure of a court case ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The appeals court overturned the lower court's decision and ordered a retrial.",
        "The magistrate agreed to the defence's application to adjourn the case until March 3.",
        "Ms Phiri's counsel also filed sworn statements from four witnesses to back the motion.",
    ],
)
def test_court_procedure_is_no_act(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # near misses: a court's act aimed at a government, charges, a lawyers' appeal to the court
        ("A Lusaka court rejected the government's request to ban the opposition rally.", "12"),
        ("Prosecutors in Lusaka charged the opposition leader with sedition.", "17"),
        (
            "The senator's lawyers asked the court to stop the ministry from publishing the audit.",
            "02",
        ),
    ],
)
def test_court_acts_aimed_at_parties_stay(coder: Coder, text: str, root: str) -> None:
    assert any(code.startswith(root) for code in undated_codes(coder, text))


# --- advice in the author's voice ---------------------------------------------------------------
def test_advice_no_one_gives_is_no_demand(coder: Coder) -> None:
    text = "Parliament should reject the proposal when it comes to a vote in June."
    assert undated_codes(coder, text) == []
    assert (
        undated_codes(coder, "The government ought to publish the figures before the vote.") == []
    )


def test_advice_a_speaker_gives_stays(coder: Coder) -> None:
    dyads = undated_dyads(coder, "The Zambian minister said Malawi should withdraw its troops.")
    assert any(code.startswith("10") and source == "ZMB" for code, source, _ in dyads)


# --- a government's promise of policy to the public, and a courtesy call --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The minister promised to look into the complaints raised by residents.",
        "The government pledged to build 500,000 homes by 2030.",
        "The government has committed to cutting emissions by half by 2035.",
    ],
)
def test_a_promise_of_policy_to_no_one_is_no_act(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_a_promise_made_to_a_party_stays(coder: Coder) -> None:
    text = "The Zambian government promised the farmers' union a review of maize prices."
    assert any(code.startswith("03") for code in undated_codes(coder, text))


def test_a_courtesy_call_is_a_visit_not_an_appeal(coder: Coder) -> None:
    text = "Ghana's new ambassador paid a courtesy call on Togo's president in Lome."
    assert ("042", "GHA", "TGO") in undated_dyads(coder, text)
    appeal = "Ghana's ambassador called on Togo's president to reopen the border."
    assert any(code.startswith("02") for code in undated_codes(coder, appeal))
