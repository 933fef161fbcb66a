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
- A third state's act on one side of the story's pair ("Gambia accused Guinea of ...") makes
  no new pair: "the two countries" later are still the story's two, aimed at the one the
  article named first (`coder._outsider_on_one_side`).
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


# the story's pair after a third state's act on one side
PAIR_STORY = (
    "DAKAR, March 4 (AP) - Senegal recalled its ambassador to Guinea on Friday after Guinean "
    "soldiers crossed the border and detained three Senegalese customs officers. Guinea's "
    "government accused Senegal of provoking the incident. Senegal and Guinea have quarrelled "
    "over the border for years. Gambia accused Guinea of violating Senegal's sovereignty. "
)


def test_the_two_countries_after_a_third_states_criticism_are_the_storys(coder: Coder) -> None:
    body = (
        PAIR_STORY
        + "The African Union called on the two countries to settle the row through talks."
    )
    assert _target(coder, body, 4, "REQUEST") == "SEN"


def test_the_two_countries_move_with_a_state_the_story_names_more(coder: Coder) -> None:
    body = (
        "CONAKRY, March 4 (AP) - Senegal accused Guinea on Friday of sheltering rebels. Guinea "
        "closed its border with Gambia a day later, and Gambia recalled its ambassador from "
        "Conakry. Gambian officials said Gambia would take the dispute to the regional bloc. "
        "The African Union called on the two countries to settle the row through talks."
    )
    assert _target(coder, body, 3, "REQUEST") == "GIN"
