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
