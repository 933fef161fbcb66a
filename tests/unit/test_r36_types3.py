"""Round 36, wrong event types (types3): crossings closed with "open" as their state ("closed its
last two open road crossings") are a blockade (191), no crossing opened (081); a proposal to meet
("proposed military talks", "had proposed a meeting") and being "open to dialogue" are an intent to
meet (036, labelling guide 4.22), not talks held (040: "had * talks") nor opened (046); force an
intent is meant to prevent ("offered talks to prevent clashes") is not threatened; a vow made "in a
speech to" crush or annihilate, and a vow "to prosecute those responsible", are threats (13), not
promises (030); name-calling ("called the raids \"murder\"", "professional troublemakers", "a
political hit job") is criticism (111); a state that "strongly protests" complains (114), as one
that "protested" does. Each has a near miss.
Every sentence in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, evaluation_coder, first_act, first_dyad

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "Finland shut the final two open crossing points on its Russian frontier late on Monday.",
        "Lithuania shut its three remaining open border crossings with Belarus overnight.",
    ],
)
def test_crossings_open_before_a_closure_are_closed(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("COERCE", "191", 4)


@pytest.mark.parametrize(
    "text",
    [
        "Latvia opened two new road crossings on the border with Lithuania on Thursday.",
        "Jordan reopened the Jaber crossing with Syria on Monday.",
    ],
)
def test_a_crossing_opened_stays_a_restriction_eased(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("CONCEDE", "081", 2)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hanoi said it had proposed military talks with Beijing on the fishing dispute.", "CHN"),
        ("Thailand proposed border talks with Cambodia on Monday.", "KHM"),
        ("Ghana's government said it remained open to dialogue with the opposition party.", "GHA"),
    ],
)
def test_a_proposal_to_meet_is_an_intent_to_meet(coder: Coder, text: str, target: str) -> None:
    found = first_dyad(coder, text)
    assert found is not None
    assert found[:2] == ("AGREE", "036")
    assert found[3] == target


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hanoi said it had held military talks with Beijing on the fishing dispute.", "040"),
        ("Thailand and Cambodia opened border negotiations on Monday.", "046"),
    ],
)
def test_talks_held_or_opened_stay_consultations(coder: Coder, text: str, code: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("CONSULT", code)


@pytest.mark.parametrize(
    "text",
    [
        "Bangkok said it had proposed military talks with Phnom Penh to prevent clashes.",
        "Hanoi offered talks with Beijing to avert clashes at sea.",
    ],
)
def test_force_an_intent_would_prevent_is_not_threatened(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "AGREE"
    assert not [code for code in code_list(coder, text) if code.startswith("13")]


def test_force_an_intent_carries_out_is_still_threatened(coder: Coder) -> None:
    text = "The rebels in Shan state vowed to attack the capital."
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        'The junta chief of Myanmar vowed in a speech to "annihilate" the rebels in Shan state.',
        "Sudan's army chief pledged in a televised address to crush the militia in Darfur.",
        "The Bolivian government vowed to prosecute those responsible for the riot.",
    ],
)
def test_a_vow_of_force_or_punishment_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None
    assert found[:2] == ("THREATEN", "13")


@pytest.mark.parametrize(
    "text",
    [
        "The junta chief of Myanmar vowed in a speech to hold elections in Shan state.",
        "The Bolivian government vowed to rebuild the homes lost in the riot.",
    ],
)
def test_a_vow_of_something_else_stays_no_threat(coder: Coder, text: str) -> None:
    assert not [code for code in code_list(coder, text) if code.startswith("13")]


@pytest.mark.parametrize(
    "text",
    [
        'Bolivian President Luis Arce called the raids "murder" on Monday.',
        "The Thai prime minister called the protesters “professional troublemakers” on Friday.",
        "Ghana's president called the inquiry “a political hit job” on Tuesday.",
        "The Bolivian president called the protesters “paid agitators” on Monday.",
    ],
)
def test_name_calling_is_criticism(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("ACCUSE", "111", 3)


def test_a_name_given_in_praise_is_no_criticism_codes_nothing(coder: Coder) -> None:
    text = "The Thai prime minister called the protesters “young patriots” on Friday."
    assert code_list(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        '"Laos strongly protests these acts," the foreign ministry said on Monday.',
        "Cambodia firmly protests the detention of its fishermen by Thai forces.",
    ],
)
def test_a_state_that_strongly_protests_complains(coder: Coder, text: str) -> None:
    assert first_act(coder, text) == ("ACCUSE", "114", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia protests over the fuel price rise turned violent on Monday.",
        "Farmers in Ghana strongly protest the new land tax.",
    ],
)
def test_a_crowds_protest_stays_a_protest(coder: Coder, text: str) -> None:
    assert code_list(coder, text) == ["140"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Quito were pushed back with tear gas by riot police, and nine people were "
        "held, officers said.",
        "Students in Accra were dispersed with water cannon by riot police, and 20 were arrested.",
    ],
)
def test_crowd_control_told_in_the_passive_comes_before_the_arrests(
    coder: Coder, text: str
) -> None:
    assert code_list(coder, text)[:2] == ["175", "173"]


def test_arrests_told_first_stay_first(coder: Coder) -> None:
    text = "Police arrested 30 protesters in La Paz after dispersing the rally."
    assert code_list(coder, text)[0] == "173"


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokeswoman said Thai officers had beaten nine crew members of a Cambodian "
        "fishing boat with iron bars and confiscated their nets.",
        "Officials in Phnom Penh said Thai guards had beaten the fishermen with sticks and "
        "confiscated their catch.",
    ],
)
def test_a_beating_before_a_seizure_is_the_assault(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None
    assert found[:2] == ("ASSAULT", "18")


def test_a_seizure_alone_stays_a_seizure(coder: Coder) -> None:
    text = "A ministry spokeswoman said Thai officers had confiscated the nets of a Cambodian boat."
    found = first_act(coder, text, "cameo_root")
    assert found is not None
    assert found[:2] == ("COERCE", "17")


@pytest.mark.parametrize(
    "text",
    [
        "China on Wednesday put five Japanese aerospace makers on an export control list.",
        "Beijing added two Lithuanian firms to its unreliable entity list on Monday.",
    ],
)
def test_firms_added_to_an_export_blacklist_are_sanctioned(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("SANCTION", "163")


def test_firms_added_to_a_list_of_partners_are_not_sanctioned_codes_nothing(coder: Coder) -> None:
    text = "China on Friday added 12 Indian firms to a list of approved suppliers."
    assert code_list(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Thai army warned that Phnom Penh would pay dearly for what it called provocative "
        "shelling at the border.",
        "Belarus's defence minister warned in a statement that Vilnius would pay dearly for what "
        "he called reckless drills.",
    ],
)
def test_a_warning_that_a_side_will_pay_dearly_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None
    assert found[:2] == ("THREATEN", "13")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Thai minister said the bloc would not send observers and called on the junta to "
            "end airstrikes on civilians.",
            "02",
        ),
        ("Ghana said it would not attend and urged Togo to reopen the border.", "02"),
    ],
)
def test_a_past_act_after_a_negated_modal_clause_is_not_negated(
    coder: Coder, text: str, code: str
) -> None:
    assert code in [found[:2] for found in code_list(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Thai minister said the bloc would not send observers and call on the junta to end "
        "airstrikes.",
        "The protesters in La Paz were not arrested and charged.",
    ],
)
def test_a_negation_still_spans_its_own_verb_phrase(coder: Coder, text: str) -> None:
    assert not [code for code in code_list(coder, text) if code[:2] in ("02", "17")]


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army chief vowed in a video address that his troops would retake the city.",
        "The rebel leader in Shan state pledged in a televised speech that his fighters would "
        "capture the town.",
    ],
)
def test_a_vow_said_in_a_speech_governs_the_force_it_vows(coder: Coder, text: str) -> None:
    found = code_list(coder, text)
    assert found[0].startswith("13")
    assert "030" not in found


def test_a_vow_said_in_a_speech_of_no_force_stays_a_promise(coder: Coder) -> None:
    text = "The rebel leader in Shan state vowed in a speech on Monday to rebuild the homes."
    assert code_list(coder, text) == ["030"]


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred farmers drove tractors into central Dublin on Tuesday, blocking the "
        "avenue in protest at the government's broken promises on fuel costs.",
        "Farmers drove their tractors through the Irish capital on Monday.",
    ],
)
def test_farmers_driving_tractors_into_a_city_protest(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("PROTEST", "141")
    assert "030" not in code_list(coder, text)


def test_broken_promises_are_no_promise(coder: Coder) -> None:
    text = "Farmers in Ghana protested the government's broken promises on fertiliser prices."
    assert code_list(coder, text) == ["140"]


def test_a_promise_made_stays_a_promise(coder: Coder) -> None:
    text = "The Irish government promised to compensate the farmers."
    assert code_list(coder, text) == ["033"]


@pytest.mark.parametrize(
    "text",
    [
        "The Thai prime minister said Bangkok stood ready to help Phnom Penh if asked, and urged "
        "calm.",
        "The top Thai diplomat said Bangkok was extremely concerned by the violence and stood "
        "ready to provide assistance to Cambodia.",
    ],
)
def test_standing_ready_to_help_is_an_offer_of_aid(coder: Coder, text: str) -> None:
    assert code_list(coder, text)[0] == "033"


def test_troops_standing_ready_offer_nothing(coder: Coder) -> None:
    text = "Thai troops stood ready at the border with Cambodia on Monday."
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # troops standing ready at a border may be a force posture (15).
    assert "033" not in code_list(coder, text)


def test_a_cut_blamed_on_a_glitch_accuses_no_one(coder: Coder) -> None:
    text = (
        "The Kenyan government blamed the missed payments on a fault in the payroll software "
        "and promised the doctors that their wages would be paid."
    )
    assert code_list(coder, text)[0] == "030"
    assert "112" not in code_list(coder, text)


def test_an_attack_blamed_on_a_group_is_an_accusation(coder: Coder) -> None:
    text = "The Ghanaian government blamed the attack on a separatist group."
    assert code_list(coder, text)[0] == "112"


def test_tariffs_ordered_are_sanctions(coder: Coder) -> None:
    text = "The U.S. president ordered emergency tariffs of 25 percent on all Bolivian goods."
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("SANCTION", "163")


def test_an_order_to_disperse_is_no_sanction_codes_nothing(coder: Coder) -> None:
    text = "Bolivian police ordered the crowd in La Paz to disperse."
    assert code_list(coder, text) == []
