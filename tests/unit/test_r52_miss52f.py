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
- "The unions have demanded a 10 percent rise": a demand naming no one by people organised by
  their trade is made of the state or employer of the story, as their reproach is (unions are
  CVL, section 2; `relevance.CIVIC_DEMAND_ROOT`). A firm's or residents' demand stays private,
  and a players' union on the sports pages too.
- "chanted for a new voters' roll": a crowd chanting for something protests (141, data/triggers.tsv
  beside "chant against").
- "has called on the Catholic Church to mediate in the dispute": clergy asked to mediate (028)
  stand between the sides of a national dispute, as their own offer to mediate does (round 50;
  `relevance.MEDIATION_ASKED`). A private dispute put to a priest stays out.
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


# --- a demand naming no one by people organised by their trade --------------------------------

LEAD_STRIKE = "Public sector workers in Eswatini began a two-day strike on Monday over pay. "


def test_unions_have_demanded_a_rise(coder: Coder) -> None:
    body = LEAD_STRIKE + "The unions have demanded a 10 percent rise to keep pace with inflation."
    assert first_root_sides(undated_in(coder, body, 1)) == ("10", "SWZ", "CVL", "SWZ")


def test_teachers_union_demanded_back_pay(coder: Coder) -> None:
    body = LEAD_STRIKE + "The teachers' union demanded back pay for the last three months."
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("10", "SWZ", "CVL")


def test_union_leaders_are_demanding_talks(coder: Coder) -> None:
    body = LEAD_STRIKE + "Union leaders are demanding a new round of wage talks."
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("10", "SWZ")


def test_nurses_association_has_demanded_that(coder: Coder) -> None:
    body = LEAD_STRIKE + "The nurses' association has demanded that overtime be paid in full."
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("10", "SWZ")


def test_firm_or_residents_demand_stays_private(coder: Coder) -> None:
    firm = LEAD_STRIKE + "The company has demanded a 10 percent rise in the price of bread."
    residents = LEAD_STRIKE + "Residents have demanded better street lighting."
    assert undated_in(coder, firm, 1) == []
    assert undated_in(coder, residents, 1) == []


def test_players_union_on_sports_pages_stays_out(coder: Coder) -> None:
    body = (
        "Arsenal beat Chelsea 2-1 in the league on Sunday, with the winner coming late in the "
        "match. The players' union has demanded a longer winter break for the league's "
        "footballers."
    )
    assert undated_in(coder, body, 1) == []


# --- a crowd chanting for something --------------------------------------------------------------

LEAD_HARARE = "Thousands of opposition supporters took to the streets of Harare on Thursday. "


def test_crowd_chanted_for_a_new_roll(coder: Coder) -> None:
    body = (
        LEAD_HARARE + "The crowd outside the electoral commission chanted for a new voters' roll."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("14", "ZWE", "CVL")


def test_supporters_were_chanting_for_release(coder: Coder) -> None:
    body = (
        LEAD_HARARE + "Supporters of the party were chanting for the release of their leader, "
        "police said."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("14", "ZWE")


def test_fans_chanting_for_the_coach_stay_out(coder: Coder) -> None:
    body = (
        "Arsenal beat Chelsea 2-1 in the league on Sunday, with the winner coming late in the "
        "match. Fans chanted for the coach after the final whistle at the stadium."
    )
    assert undated_in(coder, body, 1) == []


# --- clergy asked to mediate ----------------------------------------------------------------------

LEAD_DOCKS = "Dockworkers in Panama have been on strike for three weeks over pay. "


def test_union_called_on_church_to_mediate(coder: Coder) -> None:
    body = LEAD_DOCKS + "The dockworkers' union has called on the Catholic Church to mediate."
    assert first_root_sides(undated_in(coder, body, 1)) == ("02", "PAN", "CVL", "PAN")


def test_union_urged_archbishop_to_mediate(coder: Coder) -> None:
    body = LEAD_DOCKS + "The union urged the archbishop to mediate in the dispute."
    found = undated_in(coder, body, 1)
    assert [(e.cameo_code, e.target.sector if e.target else None) for e in found][:1] == [
        ("028", "REL")
    ]


def test_private_dispute_put_to_a_priest_stays_out(coder: Coder) -> None:
    body = LEAD_DOCKS + "A landlord in Colon asked the parish priest to mediate with his tenants."
    assert undated_in(coder, body, 1) == []
