"""Round 40, a bare sector, group or pair given the wrong country (refs8), tested on sentences
written for them.

- A bare body that seized power ("the coup leaders", "the junta", "the putschists") in a story
  filed from a neighbour's capital is of the country whose coup the story tells (the subject
  country), as the bare opposition and rebels already were (`references._SEIZED_POWER`); the
  dateline's own army stays the dateline's.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, in_sentence

coder = evaluation_coder


def _target(coder: Coder, body: str, index: int, plover: str) -> str | None:
    event = in_sentence(coder, body, index, plover)
    return event.target.country if event.target is not None else None


# the coup's own country, though the story is filed from a neighbour's capital
COUP_STORY = (
    "DAKAR, Aug 10 (Reuters) - West African leaders on Thursday threatened sanctions against "
    "Guinea-Bissau, where soldiers seized power last week, and demanded the release of "
    "Guinea-Bissau's president. Senegalese President Bassirou Diomaye Faye, the bloc's "
    "chairman, told the summit that no option was off the table. Guinea-Bissau's borders "
    "with its neighbours remain closed, and Guinea-Bissau's airport has been shut since the "
    "coup. "
)


def test_coup_leaders_in_a_story_filed_from_a_neighbour_are_the_coups_country(
    coder: Coder,
) -> None:
    body = COUP_STORY + "The bloc urged the coup leaders to free the president."
    assert _target(coder, body, 3, "REQUEST") == "GNB"


def test_the_dateline_states_army_stays_its_own_in_a_coup_story(coder: Coder) -> None:
    body = COUP_STORY + "The army said it had closed the crossings on the southern frontier."
    event = in_sentence(coder, body, 3, "COERCE")
    assert event.source is not None and event.source.country == "SEN"
