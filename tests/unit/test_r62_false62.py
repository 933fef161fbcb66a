"""Round 62 (false62): a second event for one act.

Police or soldiers who use force on a crowd do not protest: a protest told in a clause that
describes the people the force was used on (a relative "who" clause, a participle) is the
crowd's, and no protest of theirs is coded. Their walkout with no act of force is still their
protest.

What someone is accused of is the accusation's content, not an act of the sentence: the whole
"of <-ing>" clause, a means ("by ordering mass expulsions") or a second verb joined by "and" as
much as its first verb; the accuser's own next act ("... and then demanded that the minister
resign") stays."""

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
        "Officers in Tbilisi detained 30 demonstrators who attempted to break through the "
        "barrier near the ministry gates, a police spokesman said."
    )
    found = _sides(coder, sentence)
    assert found and found[0][0].startswith("17")
    assert not any(code.startswith("14") for code, _ in found)


def test_police_walkout_without_force_stays_a_protest(coder: Coder) -> None:
    sentence = "Police officers in Lae walked off the job over a cut in their allowances on Monday."
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["14"]


def test_means_inside_an_accusation_is_no_act(coder: Coder) -> None:
    sentence = (
        "The Moldovan cabinet accused the Kremlin of undermining the republic's independence by "
        "ordering mass expulsions of Moldovan labourers."
    )
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["11"]


def test_second_verb_inside_an_accusation_is_no_act(coder: Coder) -> None:
    sentence = (
        "Tbilisi's foreign office accused the Kremlin of pursuing an occupation policy in "
        "Abkhazia and detaining Georgian farmers near the boundary."
    )
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["11"]


def test_accusers_own_next_act_stays(coder: Coder) -> None:
    sentence = (
        "The opposition leader accused the police of beating students at the rally and then "
        "demanded that the interior minister resign."
    )
    assert [code[:2] for code, _ in _sides(coder, sentence)] == ["11", "10"]
