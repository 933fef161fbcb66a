"""Round 47 (false47): acts the open sets label irrelevant that the coder kept (false events)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


# --- a passer-by's quote and description: no political actor's act --------------------------


def test_passer_by_description_act_is_no_event(coder: Coder) -> None:
    text = (
        '"This march is only the beginning," said a chemistry student from Valparaiso who '
        "helped organise the protests."
    )
    assert code_list(coder, text) == []


def test_passer_by_named_with_a_description_is_no_event(coder: Coder) -> None:
    text = '"We are asking the mayor for help, not charity," said Ilse Vantorre, a mother of four.'
    assert code_list(coder, text) == []


def test_passer_by_joining_a_rally_is_no_event(coder: Coder) -> None:
    text = (
        '"Nobody here wants a war," said Ilse Vantorre, a baker who joined the rally in the square.'
    )
    assert code_list(coder, text) == []


def test_act_done_to_the_passer_by_stays(coder: Coder) -> None:
    # near miss: an arrest told in the passive in the description is the police's act
    text = (
        '"This march is only the beginning," said a chemistry student from Valparaiso who '
        "was arrested by police on Monday."
    )
    assert code_list(coder, text)[:1] == ["173"]


def test_witness_report_of_force_in_the_quote_stays(coder: Coder) -> None:
    # near miss: a deed of force the passer-by reports inside the quote
    text = '"Soldiers shot my brother in front of our house," said Ilse Vantorre, a nurse.'
    assert [code[:2] for code in code_list(coder, text)][:1] == ["19"]


def test_quoted_spokeswoman_stays(coder: Coder) -> None:
    # near miss: a speaker described by an office speaks for a political actor
    text = (
        '"We condemn the government for this crackdown," said Ilse Vantorre, a spokeswoman '
        "for the opposition party."
    )
    assert [code[:2] for code in code_list(coder, text)][:1] == ["11"]


# --- "that vote", "those protests": an episode the article told before ------------------------


def test_that_years_bill_withdrawn_is_background(coder: Coder) -> None:
    text = "Prime Minister Olek Varga withdrew that year's housing levy after the riots."
    assert code_list(coder, text) == []


def test_shot_during_those_protests_is_background(coder: Coder) -> None:
    text = "Two students were shot dead by soldiers during those protests in the northern city."
    assert code_list(coder, text) == []


def test_that_vote_annulled_is_background(coder: Coder) -> None:
    text = (
        "The Supreme Tribunal annulled that vote after observers found thousands of forged ballots."
    )
    assert code_list(coder, text) == []


def test_those_protests_on_a_day_of_the_story_stay(coder: Coder) -> None:
    # near miss: a weekday names the story's own day
    text = "Soldiers shot two students during those protests on Tuesday."
    assert code_list(coder, text) == ["175"]


def test_that_after_a_saying_is_no_pointer(coder: Coder) -> None:
    # near miss: "said that election officials ..." is a conjunction, not "that election"
    text = "The opposition said that election officials had been detained by soldiers."
    assert code_list(coder, text) == ["173"]


# --- the props of a protest told before: a colour line ----------------------------------------


def test_banners_carried_with_no_protest_named_are_no_event(coder: Coder) -> None:
    assert code_list(coder, "Marchers carried banners reading 'Hands off our pensions'.") == []


def test_placards_at_a_rally_stay(coder: Coder) -> None:
    # near miss: the sentence names the rally and its place
    text = (
        "Hundreds of nurses rallied outside the health ministry, carrying placards reading "
        "'Pay us fairly'."
    )
    assert code_list(coder, text) == ["141"]


def test_signs_held_up_outside_a_court_stay(coder: Coder) -> None:
    # near miss: props shown before a seat of power are the protest itself
    text = "Students held up signs reading 'Free the press' outside the courthouse in Tirana."
    assert code_list(coder, text) == ["141"]
