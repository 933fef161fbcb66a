"""Round 60 (false60): false events of background told in the narration.

A pluperfect protest opening on the crowd the article already told ("The protesters had ...")
recalls what that crowd did before the act reported; a crowd counted afresh in the pluperfect
stays the scene of the day's protest. Predicates of one subject joined by "and" share the month
the first is dated by, also when the rest of its object or a comma-closed aside stands between
the month and the "and". A protest's noun whose verb tells its end ("the rally ended quietly")
is no act, nor is a noun set after a comma in apposition to the clause before it ("...,
requests that ...")."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_in, recommended_coder, undated

coder = recommended_coder

WIRE_PROTEST = (
    "ACCRA, March 12 (Reuters) - Ghanaian police used water cannon on Tuesday against "
    "hundreds of nurses who walked to the health ministry to demand unpaid allowances. "
)
SITE_PROTEST = (
    "Riot officers in Zomba have used pepper spray on several hundred traders who set out "
    "for the town hall to rally against new market fees. "
)


def _codes(text: str, index: int, found_by: Coder) -> list[str]:
    return [code for code, _, _ in coded_in(undated(found_by, text), index)]


def test_the_told_crowd_in_the_pluperfect_is_background_in_agency_copy(coder: Coder) -> None:
    sentence = (
        "The protesters, most of them wearing white uniforms, had assembled before sunrise "
        "outside a clinic on the ring road."
    )
    assert _codes(WIRE_PROTEST + sentence, 1, coder) == []


def test_the_told_crowd_in_the_pluperfect_is_background_on_a_news_site(coder: Coder) -> None:
    sentence = (
        "The demonstrators had blocked the main road into the market with crates and burning "
        "tyres after the fees were posted."
    )
    assert _codes(SITE_PROTEST + sentence, 1, coder) == []


def test_a_crowd_counted_afresh_in_the_pluperfect_stays_the_protest(coder: Coder) -> None:
    sentence = (
        "Several hundred nurses had gathered outside the ministry gates, singing and "
        "demanding the allowances."
    )
    assert any(code.startswith("14") for code in _codes(WIRE_PROTEST + sentence, 1, coder))


WIRE_LEAD = (
    "BAMAKO, March 12 (AFP) - Mali's transitional authorities on Tuesday suspended two "
    "opposition parties, accusing them of undermining public order. "
)


def test_a_conjunct_shares_the_month_across_the_rest_of_the_object(coder: Coder) -> None:
    sentence = (
        "The party's leader was convicted by a military court in October of inciting a "
        "mutiny and sentenced to 12 years in prison."
    )
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_a_conjunct_shares_the_month_across_a_closed_aside(coder: Coder) -> None:
    sentence = (
        "Officers stormed the party's headquarters in late November, shortly before a "
        "planned congress of its members, and detained its secretary-general."
    )
    assert _codes(WIRE_LEAD + sentence, 1, coder) == []


def test_a_conjunct_after_a_month_in_a_relative_clause_stays(coder: Coder) -> None:
    sentence = (
        "Police on Tuesday arrested a party official who organised a rally in October and "
        "charged him with sedition."
    )
    assert any(code.startswith("17") for code in _codes(WIRE_LEAD + sentence, 1, coder))


def test_a_protest_noun_whose_verb_tells_its_end_is_no_act(coder: Coder) -> None:
    sentence = (
        "Most of the crowd kept behind a police line, and the rally ended quietly before dusk."
    )
    assert _codes(SITE_PROTEST + sentence, 1, coder) == []


def test_a_protest_noun_that_goes_on_stays_an_act(coder: Coder) -> None:
    sentence = "Hundreds of nurses joined a march to the ministry gates on Tuesday afternoon."
    assert any(code.startswith("14") for code in _codes(WIRE_PROTEST + sentence, 1, coder))


SITE_ROW = (
    "Peru summoned Ecuador's ambassador in Lima on Monday to protest against the asylum granted "
    "to a former minister. The ambassador drove off after a short meeting. "
)


def test_a_noun_in_apposition_to_a_background_clause_is_no_act(coder: Coder) -> None:
    sentence = (
        "Lima has since asked Quito to hand him over, requests that Ecuador says it will study."
    )
    assert coded_in(undated(coder, SITE_ROW + sentence), 2) == []


def test_the_clause_before_an_appositive_noun_keeps_its_act(coder: Coder) -> None:
    sentence = "Peru accused Quito of sheltering a fugitive, a charge Ecuador rejects."
    assert [code for code, _, _ in coded_in(undated(coder, SITE_ROW + sentence), 2)] == ["112"]
