"""Round 51 (miss51f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- "has blamed the attack on the rebel alliance that has fought the state since late 2020": a
  relative clause in the perfect after the act tells the history of the party it describes; a
  year in it dates that history, not the site's perfect act (docs/labelling.md point 14;
  `relevance._perfect_relative`). A year that dates the act itself stays background.
- "The head of the Civil Service Association warned": the one who leads a body speaks for it;
  the body after "head/leader/chief/chairman of" is the subject, as after "a spokesman for"
  (`clause_words.AFFILIATED`).
- "fighters of the Coalition of Patriots for Change ... A spokesman for the coalition denied":
  an organisation a title names is "the coalition" later, as a named one is
  (`ArticleContext._remember_org`).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import coded_as, recommended_coder, undated_in

coder = recommended_coder


def _first(found: list[TensionEvent]) -> tuple[str, str | None, str | None, str | None]:
    assert found, "no event"
    event = found[0]
    source = event.source
    target = event.target
    return (
        event.cameo_code[:2],
        source.country if source else None,
        source.sector if source else None,
        target.country if target else None,
    )


# --- a year in a relative clause after the act ---------------------------------------------


def test_blame_on_group_described_since_a_year(coder: Coder) -> None:
    body = (
        "Gunmen have attacked a market in northern Burkina Faso, killing nine traders. "
        "The government in Ouagadougou has blamed the attack on JNIM, the jihadist alliance "
        "that has fought the state since 2016."
    )
    assert _first(undated_in(coder, body, 1))[:3] == ("11", "BFA", "GOV")


def test_condemned_arrest_of_leader_who_has_led_since(coder: Coder) -> None:
    body = (
        "Police in Lusaka have detained the opposition leader Hakainde Mwila. "
        "Zambia's main opposition party has condemned the arrest of Mwila, who has led the "
        "party since 2019."
    )
    assert _first(undated_in(coder, body, 1))[:2] == ("11", "ZMB")


def test_accused_group_which_has_held_since(coder: Coder) -> None:
    body = (
        "Mali's army said on Monday its convoy was ambushed near Kidal. The junta has accused "
        "the separatist coalition, which has held the town since 2012, of planting mines."
    )
    assert _first(undated_in(coder, body, 1))[:2] == ("11", "MLI")


def test_year_that_dates_the_perfect_act_stays_background(coder: Coder) -> None:
    body = (
        "Gunmen have attacked a market in northern Burkina Faso, killing nine traders. "
        "The government has blamed such attacks on JNIM since 2016, a group that has "
        "no political wing."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- the head of a body speaks for it -------------------------------------------------------


def test_head_of_association_warns_of_strike(coder: Coder) -> None:
    body = (
        "Hundreds of nurses have marched through Kingstown to demand higher pay. "
        "The head of the Civil Service Association warned that members would strike if talks "
        "did not resume."
    )
    assert _first(undated_in(coder, body, 1))[:2] == ("13", "VCT")


def test_leader_of_named_party_condemns(coder: Coder) -> None:
    body = (
        "Police in Maseru have arrested two journalists. The leader of the opposition Basotho "
        "Action Party condemned the arrests."
    )
    assert _first(undated_in(coder, body, 1))[:3] == ("11", "LSO", "OPP")


def test_chairman_of_council_rejected_the_plan(coder: Coder) -> None:
    body = (
        "Botswana's government has proposed a new levy on cattle exports. The chairman of the "
        "opposition Umbrella for Democratic Change rejected the plan."
    )
    assert _first(undated_in(coder, body, 1))[:3] == ("12", "BWA", "OPP")


def test_person_named_after_leader_of_is_no_party_noun(coder: Coder) -> None:
    # "the killing of the leader of the militia": the militia is killed, not the killer
    body = (
        "Fighting has flared in Ituri. Congolese troops killed the leader of the CODECO "
        "militia in a raid on Tuesday."
    )
    assert _first(undated_in(coder, body, 1))[:2] == ("19", "COD")


# --- an organisation named by a title, then "the coalition" ---------------------------------


def test_front_named_by_supporters_of(coder: Coder) -> None:
    body = (
        "The Taliban have accused supporters of the National Resistance Front of ambushing a "
        "patrol in Panjshir. A spokesman for the front denied the accusation."
    )
    assert _first(undated_in(coder, body, 1)) == ("01", "AFG", "REB", "AFG")


def test_front_named_bare_later(coder: Coder) -> None:
    body = (
        "The Taliban have accused supporters of the National Resistance Front of ambushing a "
        "patrol in Panjshir. The front denied the accusation."
    )
    assert _first(undated_in(coder, body, 1))[:3] == ("01", "AFG", "REB")


def test_coalition_named_by_fighters_of(coder: Coder) -> None:
    body = (
        "Gunmen have attacked a village near Bouar, killing five herders. The government has "
        "blamed fighters of the Coalition of Patriots for Change for the attack. The coalition "
        "denied that it had been involved."
    )
    assert _first(undated_in(coder, body, 2))[:3] == ("01", "CAF", "REB")
