"""Round 40, a bare sector, group or pair given the wrong country (refs8), tested on sentences
written for them.

- In a story of its dateline's country, a foreign country the sentence before named for a
  sector only in the background or as a speaker (no party of any act there) lends that sector
  to no bare "soldiers", "the police" or "the government" of the next sentence: those are the
  story's own (`ArticleContext.country_for`, `_bystander`). A foreign force that acted in the
  sentence before ("Eritrean soldiers crossed the border ... The soldiers withdrew") goes on.
- A bare body that seized power ("the coup leaders", "the junta", "the putschists") in a story
  filed from a neighbour's capital is of the country whose coup the story tells (the subject
  country), as the bare opposition and rebels already were (`references._SEIZED_POWER`); the
  dateline's own army stays the dateline's.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad_in, evaluation_coder, in_sentence

coder = evaluation_coder


def _target(coder: Coder, body: str, index: int, plover: str) -> str | None:
    event = in_sentence(coder, body, index, plover)
    return event.target.country if event.target is not None else None


# the bystander: a foreign force named in a background sentence, then the story's own
GABON_BACKGROUND = (
    "LIBREVILLE, March 4 (Reuters) - Gabon's transitional government has expelled two Dutch "
    "diplomats, accusing them of interference, the foreign ministry said on Monday. Some 200 "
    "Dutch special forces were based in the country until last year. "
)


def test_soldiers_after_a_foreign_force_named_in_the_background_are_the_storys(
    coder: Coder,
) -> None:
    body = GABON_BACKGROUND + (
        "In the east, gunmen attacked an army post near Franceville on Sunday, killing four "
        "soldiers, officials said."
    )
    assert dyad_in(coder, body, 2, "ASSAULT")[1] == "GAB"


def test_the_police_after_a_foreign_contingent_named_in_passing_are_the_storys(
    coder: Coder,
) -> None:
    body = (
        "MOGADISHU, March 4 (Reuters) - Al-Shabaab fighters set off a car bomb outside a police "
        "academy in the Somali capital on Wednesday, officials said. Some 400 Kenyan police "
        "officers serve in the country with an African Union force. The group's spokesman "
        "threatened to attack the police again if the operation continued."
    )
    assert _target(coder, body, 2, "THREATEN") == "SOM"


def test_a_foreign_force_that_acted_in_the_sentence_before_goes_on(coder: Coder) -> None:
    body = (
        "ADDIS ABABA, March 4 (Reuters) - Ethiopian troops fired warning shots after Eritrean "
        "soldiers briefly crossed the border near Zalambessa on Tuesday, the army said. The "
        "soldiers attacked a police post near the town before dawn, officials said."
    )
    assert dyad_in(coder, body, 1, "ASSAULT")[0] == "ERI"


# the coup's own country, though the story is filed from a neighbour's capital
COUP_STORY = (
    "DAKAR, Aug 10 (Reuters) - Leaders of the West African bloc agreed on Thursday to suspend "
    "Guinea-Bissau, where army officers took power last week, and called for the release of "
    "Guinea-Bissau's president. Senegal's foreign minister said after the meeting that the bloc "
    "wanted a timetable for elections. Guinea-Bissau's borders with its neighbours remain "
    "closed, and Guinea-Bissau's airport has been shut since the coup. "
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
