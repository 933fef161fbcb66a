"""Round 38, references (refs5), tested on sentences written for them.

- "BISHKEK, Kyrgyzstan (Reuters) - Tajik border guards and Kyrgyz troops exchanged fire ...
  Uzbekistan called on both sides to halt the shooting": "both sides" as the one an appeal is
  aimed at is the side the article names first outside its dateline
  (`ArticleContext.order`, `references._named_earlier`; docs/labelling.md, section 2), not
  the dateline's side, which a bureau across the border from the story need not be. Where
  the article names the dateline's side first, and where the pair opens a clause of its own
  ("..., and the two later held talks": `references._aimed_at`), nothing changes.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, evaluation_coder, in_sentence

coder = evaluation_coder

_FIGHT_NAMED_FOREIGN_FIRST = (
    "BISHKEK, Kyrgyzstan (Reuters) - Tajik border guards and Kyrgyz troops exchanged heavy fire "
    "along their disputed frontier overnight, officials on both sides said. "
    "Kyrgyzstan's border service said its posts had come under mortar fire near Batken. "
    "Uzbekistan called on both sides to halt the shooting."
)

_FIGHT_NAMED_HOME_FIRST = (
    "BISHKEK, Kyrgyzstan (Reuters) - Kyrgyz troops and Tajik border guards exchanged heavy fire "
    "along their disputed frontier overnight, officials on both sides said. "
    "Kyrgyzstan's border service said its posts had come under mortar fire near Batken. "
    "Uzbekistan called on both sides to halt the shooting."
)


def test_both_sides_appealed_to_are_the_side_named_first_not_the_datelines(
    coder: Coder,
) -> None:
    event = in_sentence(coder, _FIGHT_NAMED_FOREIGN_FIRST, 2, "REQUEST")
    assert country(event.source) == "UZB"
    assert country(event.target) == "TJK"


def test_both_governments_urged_are_the_side_named_first(coder: Coder) -> None:
    body = _FIGHT_NAMED_FOREIGN_FIRST.replace(
        "Uzbekistan called on both sides to halt the shooting.",
        "Kazakhstan urged both governments to withdraw their troops from the disputed valley.",
    )
    event = in_sentence(coder, body, 2, "REQUEST")
    assert country(event.target) == "TJK"


def test_both_sides_keep_the_datelines_side_when_it_is_named_first(coder: Coder) -> None:
    event = in_sentence(coder, _FIGHT_NAMED_HOME_FIRST, 2, "REQUEST")
    assert country(event.target) == "KGZ"


def test_the_two_opening_a_clause_after_and_keep_the_datelines_side(coder: Coder) -> None:
    body = (
        "HANOI (AP) - Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Tuesday on his "
        "first visit to Vietnam since taking office. "
        "Vietnamese Prime Minister Pham Minh Chinh hosted a welcome ceremony for Sonexay, and the "
        "two then held talks on trade."
    )
    event = in_sentence(coder, body, 1, "CONSULT")
    assert (country(event.source), country(event.target)) == ("VNM", "LAO")
