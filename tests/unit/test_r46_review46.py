"""Round 46 (review46): two rules round 45 left as firing only on their own words, widened to
their class. `existence._forecast` (an act in the complement of "is expected to" is the report's
forecast) was already general: the first two tests pin it on acts other than "serve his
sentence" (both fail at its parent, 06ba64f~1); it now also reads an adverb before "expected".
The joint show of force agreed (`acts._done_jointly`, 0312) now also reads the joint word in the
act's object or after it. Each has a near miss. Every sentence here was written for this module.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_dyad, recommended_coder

coder = recommended_coder


# --- a forecast: "is expected to" before any act -----------------------------------------------


def test_assault_expected_is_no_act(coder: Coder) -> None:
    text = "The rebel commander is expected to launch an assault on the port within days."
    assert code_list(coder, text) == []


def test_meeting_expected_is_no_act(coder: Coder) -> None:
    text = "Bolivia's envoy is expected to meet the Chilean foreign minister in Arica on Thursday."
    assert code_list(coder, text) == []


def test_forecast_with_an_adverb_is_no_act(coder: Coder) -> None:
    # "is widely expected to": the same forecast, an adverb before "expected"
    text = "The rebel commander is widely expected to launch an assault on the port within days."
    assert code_list(coder, text) == []


def test_act_before_a_forecast_of_another_clause_stays(coder: Coder) -> None:
    # near miss: the shelling is told as done; only the siege's length is forecast
    text = (
        "Guerrillas shelled the garrison at dawn, and the siege is widely expected to last for "
        "weeks."
    )
    assert code_list(coder, text) == ["194"]


# --- a joint show of force agreed is intent to cooperate militarily (0312) ----------------------


def test_patrol_agreed_jointly_is_military_cooperation(coder: Coder) -> None:
    # guide point 11: "agreed to" is 03; the joint word after the act's object
    text = "Zambia and Malawi agreed to patrol the lake jointly from next month."
    assert first_dyad(coder, text) == ("AGREE", "0312", "ZMB", "MWI")


def test_joint_force_agreed_is_military_cooperation(coder: Coder) -> None:
    # the joint word in the act's object ("deploy a joint force")
    text = "Uruguay and Paraguay agreed to deploy a joint force on the river."
    assert first_dyad(coder, text) == ("AGREE", "0312", "URY", "PRY")


def test_joint_place_after_a_preposition_is_no_joint_act(coder: Coder) -> None:
    # near miss: "joint" names a place after a preposition; one side's deployment stays 15
    text = "Zambia agreed to station troops near the joint customs post with Malawi."
    assert first_dyad(coder, text) == ("MOBILIZE", "154", "ZMB", None)


def test_joint_word_past_a_clause_break_is_no_joint_act(coder: Coder) -> None:
    # near miss: "joint" belongs to the next clause, past the semicolon
    text = "Benin and Togo agreed to patrol the lagoon; joint customs checks begin in May."
    assert first_dyad(coder, text) == ("MOBILIZE", "150", "BEN", None)
