"""Round 50 (miss50f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- "Prime Minister Dickon Mitchell's cabinet ... Mitchell condemned the walkout": a person the
  actor index knows, first named as the owner of a government body (the index makes one person
  of "X's government", "X's cabinet", "X's ministry"), is named by surname later; the article
  remembered the name with its "'s" (`ArticleContext._remember_names`), so the later surname
  found no one and the act no source. A possessor names no one anew: "Muscat's allies" after
  "Joseph Muscat" keeps the person, not the Omani capital.
- "has rejected the demand, telling reporters that the port would open in 2029": a year in what
  is told after ", telling" dates what is told, as after ", saying" (`relevance.REASON_GIVEN`);
  the site's perfect act stays the day's news (docs/labelling.md point 14). A year that dates
  the act itself ("has rejected the demand it made in 2019") is left as it was.
- "Kenya's embassy in Kampala, which also covers Burundi, has condemned": a relative clause
  after a town or capital that says where a party stands describes the place; the party is the
  main verb's subject (`roles._in_relative`, `roles._placed_owner`).
- "accused the opposition Tautua party of ...", then "Tautua rejected the accusation": a party
  named once between "opposition" and a lower-case "party" (movement, coalition) is that party
  in opposition (OPP, point 38) when a later sentence names it bare (`names._opposition_named`).
  A bare name the article never tied to the opposition stays no party.
- "said it regretted the decision by Tanzania to expel its ambassador": regret over a named
  side's act, its maker named after "by", is a criticism of it (111, docs/labelling.md point 28).
  Regret over a loss, over one's own decision, or over a decision with no maker named stays none.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, first_root_sides, recommended_coder, undated_in

coder = recommended_coder


# --- a known person's surname after a possessive -------------------------------------------


def test_surname_after_possessive_cabinet(coder: Coder) -> None:
    body = (
        "Grenada's opposition walked out of parliament in protest at Prime Minister Dickon "
        "Mitchell's cabinet on Tuesday. Mitchell condemned the walkout as a stunt."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("11", "GRD", "GOV")


def test_surname_after_possessive_government(coder: Coder) -> None:
    body = (
        "Thousands of protesters marched against President Isaac Herzog's government in "
        "Jerusalem. Herzog has urged the parliament to halt the judicial overhaul."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("02", "ISR", "GOV")


def test_surname_after_possessive_ministry(coder: Coder) -> None:
    body = (
        "Foreign Minister Penny Wong's ministry summoned the Chinese ambassador in Canberra. "
        "Wong has accused Beijing of endangering an Australian navy crew."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "AUS", "GOV", "CHN")


def test_possessor_keeps_the_person_named_in_full(coder: Coder) -> None:
    body = (
        "Former prime minister Joseph Muscat was charged with fraud in Valletta on Monday. "
        "Muscat's allies said he would fight the case. "
        "Muscat accused prosecutors of waging a political vendetta against him."
    )
    assert first_root_sides(undated_in(coder, body, 2))[:2] == ("11", "MLT")


# --- a year in what is told after ", telling" -------------------------------------------------


def test_year_in_what_is_told_does_not_date_the_act(coder: Coder) -> None:
    body = (
        "Belize's opposition demanded an inquiry into the port contract on Monday. "
        "Prime Minister John Briceno has rejected the demand, telling reporters that the port "
        "would open on schedule in 2029."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("12", "BLZ")


def test_year_told_to_parliament(coder: Coder) -> None:
    body = (
        "Fiji's opposition tabled a motion against the sugar levy. The finance minister has "
        "dismissed the motion as a stunt, telling parliament that the levy was agreed in 2019."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("12", "FJI")


def test_year_that_dates_the_act_stays_background(coder: Coder) -> None:
    body = (
        "Fiji's opposition tabled a motion against the sugar levy. The finance minister has "
        "rejected similar motions in 2019 and 2021, telling parliament they were stunts."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- a party before a town described by a relative clause ----------------------------------


def test_embassy_in_capital_which_covers(coder: Coder) -> None:
    body = (
        "Burundi has expelled two Kenyan aid workers. Kenya's embassy in Kampala, which also "
        "covers Burundi, has condemned the expulsions."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "KEN", "GOV", "BDI")


def test_officials_in_town_which_was_hit(coder: Coder) -> None:
    body = (
        "Ethiopia has closed two crossings on its border with Somalia. Somali officials in "
        "Beledweyne, which was flooded last month, condemned the closures."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:2] == ("11", "SOM")


# --- a party named between "opposition" and "party" ------------------------------------------


def test_opposition_party_named_bare_later(coder: Coder) -> None:
    body = (
        "A government spokesman in Apia accused the opposition Tautua party of stirring "
        "unrest. Tautua rejected the accusation."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("01", "WSM", "OPP", "WSM")


def test_opposition_party_with_apposition(coder: Coder) -> None:
    body = (
        "A government spokesman in Apia accused the opposition Tautua party of stirring "
        "unrest. Tautua, the party of the former premier, rejected the accusation."
    )
    assert first_root_sides(undated_in(coder, body, 1))[:3] == ("01", "WSM", "OPP")


def test_opposition_movement_condemns(coder: Coder) -> None:
    body = (
        "Police in Apia arrested two leaders of the main opposition Tautua movement on "
        "Monday. Tautua denounced the arrests."
    )
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "WSM", "OPP", "WSM")


def test_bare_name_never_tied_to_opposition_stays_none(coder: Coder) -> None:
    body = (
        "A government spokesman in Apia accused the opposition of stirring unrest. "
        "Tautua rejected the accusation."
    )
    assert coded_as(undated_in(coder, body, 1)) == []


# --- regret over a named side's act (point 28) --------------------------------------------------


def test_regretted_decision_by_state(coder: Coder) -> None:
    body = (
        "Kenya's government said on Monday it regretted the decision by Tanzania to expel "
        "its envoy."
    )
    assert first_root_sides(undated_in(coder, body, 0)) == ("11", "KEN", "GOV", "TZA")


def test_regrets_closure_by_state(coder: Coder) -> None:
    body = "Uganda regrets the closure of the border crossings by Rwanda."
    assert first_root_sides(undated_in(coder, body, 0)) == ("11", "UGA", "GOV", "RWA")


def test_deeply_regretted_recent_decision(coder: Coder) -> None:
    body = (
        "Chile said it deeply regretted the recent decision by Bolivia to suspend gas "
        "deliveries to the north."
    )
    assert first_root_sides(undated_in(coder, body, 0))[:2] == ("11", "CHL")


def test_regretted_loss_or_own_decision_stays_none(coder: Coder) -> None:
    body = (
        "The president said he regretted the loss of life caused by the storm. "
        "The minister said he regretted his decision to run for the presidency."
    )
    assert coded_as(undated_in(coder, body, 0)) == []
    assert coded_as(undated_in(coder, body, 1)) == []
