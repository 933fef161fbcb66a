"""Round 52 (miss52f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- A period named in a relative clause that describes a noun after the act ("urged the two
  governments to resume the dialogue that broke down last year", "has sent food to the island,
  where floods swept away homes earlier this month") dates that clause's act, not the main one
  (docs/labelling.md points 14 and 30; `relevance.DATED_RELATIVES`). A period in the act's own
  clause, or a relative right after the act's noun, still dates the act.
- "has been hosting talks", "have been fighting the army": the perfect progressive with no day
  named is an activity over the story's span, background (section 1, habits; point 14), where
  the simple perfect ("has hosted talks") is the day's act (`relevance._ongoing_perfect`).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_root_sides, recommended_coder, undated_in

coder = recommended_coder


# --- a period in a relative clause after the act ----------------------------------------------

LEAD_ISLANDS = "Fiji's navy has rescued 40 fishermen off Kadavu after a storm. "


def test_appeal_to_resume_talks_that_broke_down_last_year(coder: Coder) -> None:
    body = (
        "Serbian and Kosovar police exchanged fire near the border crossing at Jarinje. "
        "The United Nations urged Belgrade to show restraint and to resume the dialogue that "
        "broke down last year."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:4] == ("02", None, "IGO", "SRB")


def test_aid_to_island_where_floods_struck_earlier_this_month(coder: Coder) -> None:
    body = (
        LEAD_ISLANDS + "New Zealand has flown 20 tonnes of food and medicine to Tonga, where "
        "floods swept away hundreds of homes earlier this month."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:4] == ("07", "NZL", "GOV", "TON")


def test_passive_aid_handed_to_province_where_quake_struck_last_month(coder: Coder) -> None:
    body = (
        "A strong earthquake shook western Nepal on Friday. "
        "India has sent two planeloads of tents and blankets to Nepal, whose western hills "
        "were shaken by a quake last month."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:4] == ("07", "IND", "GOV", "NPL")


def test_condemned_arrest_of_editor_who_wrote_last_year(coder: Coder) -> None:
    body = (
        "Police in Harare detained the editor of the NewsDay paper on Tuesday. "
        "Britain has condemned the arrest of the editor by Zimbabwe's police, which came after "
        "an article that ran last month."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("11", "GBR")


def test_act_dated_in_its_own_clause_stays_background(coder: Coder) -> None:
    body = (
        "Serbian and Kosovar police exchanged fire near the border crossing at Jarinje. "
        "The United Nations urged Belgrade last year to resume the dialogue."
    )
    assert undated_in(coder, body, 1) == []


def test_act_noun_with_its_own_dated_relative_stays_background(coder: Coder) -> None:
    body = LEAD_ISLANDS + "The talks that Fiji held with Tonga last year produced a fisheries plan."
    assert undated_in(coder, body, 1) == []


# --- the perfect progressive ---------------------------------------------------------------------


def test_has_been_hosting_talks_is_background(coder: Coder) -> None:
    body = (
        "Fighting flared again around the town of Sake on Sunday. "
        "Angola has been hosting talks between the Congolese government and the rebels in "
        "Luanda, where the two sides agreed a truce in March."
    )
    assert undated_in(coder, body, 1) == []


def test_has_been_supplying_weapons_is_background(coder: Coder) -> None:
    body = (
        "Fighting flared again around the town of Sake on Sunday. "
        "Rwanda has been supplying weapons to the M23 rebels."
    )
    assert undated_in(coder, body, 1) == []


def test_army_has_been_blockading_is_background(coder: Coder) -> None:
    body = (
        "Fighting flared again around the town of Sake on Sunday. "
        "Uganda's army has been blockading the border crossings with Congo."
    )
    assert undated_in(coder, body, 1) == []


def test_simple_perfect_blockade_is_news(coder: Coder) -> None:
    body = (
        "Fighting flared again around the town of Sake on Sunday. "
        "Uganda's army has blockaded the border crossings with Congo."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("19", "UGA", "MIL", "COD")


def test_simple_perfect_hosting_talks_is_news(coder: Coder) -> None:
    body = (
        "Fighting flared again around the town of Sake on Sunday. "
        "Angola has hosted talks between the Congolese government and the M23 rebels in Luanda."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("04", "COD")


def test_perfect_progressive_with_a_day_named_is_news(coder: Coder) -> None:
    body = (
        "Fighting flared again around the town of Sake on Sunday. "
        "The M23 rebels have been shelling the Congolese army's positions since Sunday morning."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("19", "COD")
