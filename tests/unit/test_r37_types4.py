"""Round 37, wrong event types (types4): a quote mark opened right after "to" or a modal does not
cut a governing act from the act it governs ("vowed to \"retake every district\"" is a threat,
138x, not the seizure; "urged both sides to \"immediately release\"" an appeal to release, 0253);
a vow "that the army would hunt down" the attackers is a threat, as "vowed to hunt down" is; the
pair of a meeting or of a praise that goes on after "and" ("and the two agreed to ...", "and said
the two countries had agreed") tells a second act, and the meeting or praise told first is the
sentence's (docs/labelling.md: one event a sentence, the first); a ban on imports "extended" or
"renewed" under its owner's word ("its ban on imports") is a sanction (163); the words of a
quoted chant or placard are no act of their own, the chant and the placards held are the protest
(141); what "a statement rejecting the move" says is its issuers' act, no participle describing a
subject; "said its aircraft struck the insurgents as they withdrew" is the strike (an aircraft is a
weapon its trigger opens with), not the withdrawal; "X's president, Name, telephoned Y's leader,
Name, and urged him" is a call and then an appeal, no participle in apposition; "had been excluded
from the talks" is no meeting; a protest told before ", and riot police fired tear gas" is the
sentence's act, the police's answer the second ("broke through the barricades" is a protest too);
regret "that X had not" done something is a reproach (111). Each has a near miss.
Every sentence in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, evaluation_coder, events_in, first_act, first_dyad

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        'Peru\'s interior minister vowed to "retake every district" from the gangs.',
        "Ecuador's president vowed on Sunday to \u201cretake every town\u201d from the cartels.",
    ],
)
def test_a_quoted_act_after_a_vow_is_threatened(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "THREATEN"
    assert found[1].startswith("138")


def test_a_quoted_release_after_an_appeal_is_asked_for(coder: Coder) -> None:
    text = 'The Ghanaian envoy urged both sides to "immediately release" the hostages.'
    assert first_act(coder, text) == ("REQUEST", "0253", 0)


@pytest.mark.parametrize(
    "text",
    [
        # a quote closed before the next act closes the clause: the attack is its own act
        'The minister said the talks were "over" and the army attacked a rebel base.',
        'Peru\'s interior minister said the gangs had taken "every district" and police '
        "raided a gang base.",
        # the vow's own quoted word closes: the shelling after it is no content of the vow
        'Guinea\'s junta vowed to "act" and soldiers shelled the village.',
    ],
)
def test_a_closing_quote_still_parts_two_acts(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[0] != "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        'Burkina Faso\'s junta leader vowed that the army would "hunt down" the attackers.',
        "Mali's interim president promised that the country's armed forces will crush the "
        "insurgents.",
    ],
)
def test_a_vow_that_forces_would_hunt_down_is_a_threat(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("THREATEN", "138")


def test_a_vow_that_forces_would_protect_stays_a_promise(coder: Coder) -> None:
    text = "Burkina Faso's junta leader vowed that the army would protect every village."
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "AGREE"


MET = (
    "HANOI (Reuters) - Vietnam and Laos pledged closer cooperation on their border on Monday. "
    "Vietnam's foreign minister met his Lao counterpart in Hanoi on Monday, and the two agreed "
    "to set up a joint committee on smuggling."
)
RECEIVED = (
    "ASTANA (Reuters) - Kazakhstan and Kyrgyzstan pledged closer cooperation on water on "
    "Friday. Kazakhstan's president received his visiting Kyrgyz counterpart in Astana on "
    "Friday, and the two leaders agreed to set up a joint water commission."
)
WELCOMED = (
    "ACCRA (Reuters) - Ghana's president hosted Togo's president in Accra on Tuesday. "
    "Togo's president welcomed the talks and said the two countries had agreed to set up a "
    "joint border commission."
)


@pytest.mark.parametrize(("body", "code"), [(MET, "040"), (RECEIVED, "043"), (WELCOMED, "051")])
def test_the_pair_going_on_after_a_meeting_tells_a_second_act(
    coder: Coder, body: str, code: str
) -> None:
    found = events_in(coder, body, 1)
    assert found
    assert found[0].cameo_code == code


def test_an_agreement_told_without_a_meeting_stays_the_act(coder: Coder) -> None:
    body = (
        "HANOI (Reuters) - Vietnam and Laos pledged closer cooperation on their border on "
        "Monday. Vietnam's foreign ministry said the two countries had agreed to set up a joint "
        "committee on smuggling."
    )
    found = events_in(coder, body, 1)
    assert found
    assert found[0].plover_type == "AGREE"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Malawi has extended its ban on imports of maize from Zambia by another six months.",
            "ZMB",
        ),
        ("Botswana renewed its ban on imports of vegetables from Namibia on Monday.", "NAM"),
    ],
)
def test_a_ban_on_imports_kept_in_force_is_a_sanction(coder: Coder, text: str, target: str) -> None:
    found = first_dyad(coder, text)
    assert found is not None
    assert found[:2] == ("SANCTION", "163")
    assert found[3] == target


def test_a_ban_on_gatherings_kept_in_force_stays_a_ban(coder: Coder) -> None:
    text = "Malawi extended its ban on public gatherings by another month."
    assert first_act(coder, text) == ("COERCE", "172", 4)


@pytest.mark.parametrize(
    "text",
    [
        'Protesters in Lima chanted "the president must resign" outside Congress.',
        'Hundreds of demonstrators marched through Lusaka chanting "Stop the arrests".',
        "Hundreds of students sat outside parliament in Asuncion holding signs that read "
        '"We reject the reform".',
    ],
)
def test_the_words_of_a_chant_or_a_placard_are_the_protest(coder: Coder, text: str) -> None:
    assert code_list(coder, text) == ["141"]


def test_a_statement_quoted_after_read_stays_its_act(coder: Coder) -> None:
    text = 'A statement from Peru\'s foreign ministry read "we condemn the attack on our embassy".'
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "ACCUSE"


def test_what_a_statement_says_is_its_issuers_act(coder: Coder) -> None:
    text = (
        "Ghana's army and police issued a joint statement rejecting the decree, and two "
        "ministers resigned within hours."
    )
    assert first_act(coder, text) == ("REJECT", "120", 3)


def test_a_participle_describing_the_subject_still_yields(coder: Coder) -> None:
    text = "The coalition fighting the insurgents in Mozambique declared a ceasefire on Monday."
    found = first_act(coder, text)
    assert found is not None
    assert found[1] == "0871"


def test_aircraft_that_struck_report_the_strike(coder: Coder) -> None:
    text = (
        "Mozambique's army said on Sunday that its aircraft struck the insurgents' convoy as "
        "they pulled back."
    )
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("ASSAULT", "195")


def test_a_withdrawal_told_alone_stays_a_retreat(coder: Coder) -> None:
    text = "Mozambique's army said the insurgents withdrew from the town of Mocimboa."
    found = first_act(coder, text)
    assert found is not None
    assert found[0] == "RETREAT"


def test_a_call_joined_by_and_to_an_appeal_is_the_first_act(coder: Coder) -> None:
    text = (
        "Ghana's president, John Mahama, telephoned Togo's leader, Faure Gnassingbe, and urged "
        "him to reopen the border."
    )
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("CONSULT", "041")


def test_a_participle_in_apposition_still_describes_the_subject(coder: Coder) -> None:
    text = "Eighteen fishermen, held captive in Guinea for months, have been freed."
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("RETREAT", "0841")


def test_being_excluded_from_talks_is_no_meeting_codes_nothing(coder: Coder) -> None:
    text = "Malawi's opposition said it had been excluded from the talks on the budget."
    assert code_list(coder, text) == []


def test_talks_had_stay_a_meeting(coder: Coder) -> None:
    text = "Malawi's opposition had talks with the president on the budget on Monday."
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("CONSULT", "040")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Dozens of nurses picketed the health ministry in Lilongwe, and riot police fired "
            "tear gas and rubber bullets at the crowd.",
            "141",
        ),
        (
            "Some of the marchers broke through the barricades outside the palace in Lusaka, "
            "and police responded with tear gas and rubber bullets.",
            "145",
        ),
    ],
)
def test_a_protest_told_before_the_police_answer_is_the_act(
    coder: Coder, text: str, code: str
) -> None:
    assert code_list(coder, text)[0] == code


def test_tear_gas_told_before_the_protest_stays_the_act(coder: Coder) -> None:
    text = (
        "Riot police fired tear gas at dozens of nurses who picketed the health ministry in "
        "Lilongwe."
    )
    assert code_list(coder, text)[0] == "175"


@pytest.mark.parametrize(
    "text",
    [
        "The African Union said it regretted that Mali's junta had not released the detained "
        "ministers.",
        "Ghana's foreign ministry regretted that Togo had failed to reopen the border crossing.",
    ],
)
def test_regret_over_anothers_failure_is_a_reproach(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None
    assert found[:2] == ("ACCUSE", "111")


def test_regret_over_ones_own_step_is_no_reproach_codes_nothing(coder: Coder) -> None:
    text = "Ghana's foreign ministry said it regretted that the step had to be taken."
    assert code_list(coder, text) == []
