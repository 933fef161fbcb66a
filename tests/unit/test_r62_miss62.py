"""Round 62 (miss62): two stages that dropped right acts.

A march announced with "would" or "will" ("said they would march on parliament on Friday if the
levy was not withdrawn") had no trigger: the bare verb "march" was in no pattern, so the
conditional protest, a threat (133), was lost. The verb is read only right after the modal: the
noun ("announced a march to the embassy") and a march tried ("tried to march on parliament") stay
out.

A denial whose target the rules fill in from the article (the accuser named in an earlier
sentence) was judged for relevance with no target at all, so a union denying the ministry's
charge scored as a private party's act and was dropped. A political target the rules found counts
for relevance as a named one does."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder

coder = recommended_coder


def test_a_march_threatened_on_a_condition_is_a_threat(coder: Coder) -> None:
    text = (
        "LUSAKA, May 4 (Reuters) - The opposition said it would march on the national "
        "assembly on Friday if the government did not withdraw the fuel levy."
    )
    found = events(coder, text)
    assert [(e.cameo_code, e.source.sector if e.source else None) for e in found][:1] == [
        ("133", "OPP")
    ]


def test_a_march_announced_by_its_noun_is_no_verb(coder: Coder) -> None:
    text = "Opposition activists have announced a march to the French embassy on Sunday."
    assert [e.cameo_code for e in events(coder, text) if e.cameo_root == "14"] == []


def test_a_march_tried_is_no_march_announced(coder: Coder) -> None:
    text = (
        "LUSAKA, May 4 (Reuters) - Police fired tear gas at dozens of nurses who tried to "
        "march on the health ministry."
    )
    assert [e.plover_type for e in events(coder, text)] == ["ASSAULT"]


def test_a_denial_answering_the_articles_accuser_is_relevant(coder: Coder) -> None:
    body = (
        "SAN SALVADOR, May 4 (Reuters) - El Salvador's interior ministry accused the "
        "teachers' union of taking money from foreign donors to stage strikes. "
        "The union denied the accusation, saying its money came from members' fees."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.cameo_code, e.target.sector if e.target else None) for e in found] == [
        ("016", "GOV")
    ]
