"""Round 62 (miss62): two stages that dropped right acts.

A march announced with "would" or "will" ("the guild will march to the senate unless the tariff
goes") had no trigger: the bare verb "march" was in no pattern, so the conditional protest, a
threat (133), was lost. The verb is read only right after the modal: the noun and a march
attempted stay out.

A rejection whose target the rules fill in from the article (the accuser named in an earlier
sentence) was judged for relevance with no target at all, so a union rejecting a ministry's
charge scored as a private party's act and was dropped. A state's body the rules found counts for
relevance as a named one does."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder

coder = recommended_coder


def test_a_march_threatened_on_a_condition_is_a_threat(coder: Coder) -> None:
    text = (
        "LUSAKA, May 4 (Reuters) - Opposition leaders warned that their supporters would "
        "march to the state house next week unless the fuel levy was scrapped."
    )
    found = events(coder, text)
    assert [(e.cameo_code, e.source.sector if e.source else None) for e in found][:1] == [
        ("133", "OPP")
    ]


def test_a_march_announced_by_its_noun_is_no_verb(coder: Coder) -> None:
    text = "The students' council confirmed a march to the education ministry next Tuesday."
    assert [e.cameo_code for e in events(coder, text) if e.cameo_root == "14"] == []


def test_a_march_tried_is_no_march_announced(coder: Coder) -> None:
    text = (
        "LUSAKA, May 4 (Reuters) - Riot police detained 12 nurses who sought to march into "
        "the health ministry's compound."
    )
    assert [e.plover_type for e in events(coder, text)] == ["COERCE"]


def test_a_denial_answering_the_articles_accuser_is_relevant(coder: Coder) -> None:
    body = (
        "MONTEVIDEO, May 4 (Reuters) - Uruguay's interior ministry accused the dockers' "
        "union of taking cash from abroad to fund its stoppages. "
        "The union rejected the accusation and called it a smear."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.cameo_code, e.target.sector if e.target else None) for e in found][:1] == [
        ("016", "GOV")
    ]
