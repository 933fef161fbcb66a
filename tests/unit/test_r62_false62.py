"""Round 62 (false62): a second event for one act.

What someone is accused of is the accusation's content, not an act of the sentence: the whole
"of <-ing>" clause, a means ("of violating its sovereignty by carrying out mass expulsions") or a
second verb joined by "and" ("of pursuing a policy ... and detaining citizens") as much as its
first verb; the accuser's own next act ("... and demanded that the minister resign") stays.

Police or soldiers who use force on a crowd do not protest: a protest told by a verb after their
act of force ("fired tear gas to disperse supporters who had gathered outside the court",
"detained students who tried to push through a cordon") is the crowd's, told in a clause on the
people the force was used on, and no protest of theirs is coded. Their walkout with no act of
force ("police officers walked off the job over their pay") is still their protest."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def _sides(found_by: Coder, text: str) -> list[tuple[str, str | None]]:
    return [
        (event.cameo_code, event.source.sector if event.source else None)
        for event in events(found_by, text)
    ]


def test_crowd_act_in_a_clause_on_the_detained_is_not_the_police_protest(coder: Coder) -> None:
    sentence = (
        "Riot police in Tbilisi detained at least 30 protesters who tried to push through a "
        "cordon outside the ministry, the interior ministry said."
    )
    found = _sides(coder, sentence)
    assert found and found[0][0].startswith("17")
    assert not any(code.startswith("14") for code, _ in found)


def test_crowd_gathered_after_tear_gas_is_not_the_police_protest(coder: Coder) -> None:
    sentence = (
        "Police fired tear gas at a few hundred Mwale supporters who had gathered near the "
        "parliament building in the evening."
    )
    found = _sides(coder, sentence)
    assert found and found[0][0].startswith("17")
    assert not any(code.startswith("14") and sector == "COP" for code, sector in found)


def test_police_walkout_without_force_stays_a_protest(coder: Coder) -> None:
    sentence = "Police officers in Lae walked off the job on Monday over a cut in their allowances."
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["14"]


def test_means_inside_an_accusation_is_no_act(coder: Coder) -> None:
    sentence = (
        "Moldova's foreign ministry accused Moscow of violating its sovereignty by carrying out "
        "mass expulsions of Moldovan workers."
    )
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["11"]


def test_second_verb_inside_an_accusation_is_no_act(coder: Coder) -> None:
    sentence = (
        "Georgia's foreign ministry accused Moscow of pursuing a policy of occupation in Abkhazia "
        "and detaining Georgian citizens near the boundary line."
    )
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["11"]


def test_accusers_own_next_act_stays(coder: Coder) -> None:
    sentence = (
        "The opposition leader accused the police of beating peaceful demonstrators and demanded "
        "that the interior minister resign."
    )
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["11", "10"]
