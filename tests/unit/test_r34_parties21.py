"""Round 34, parties of right-typed events in news-site copy (parties21), tested on sentences
written for them.

- "A and B signed a pact ending the dispute between their two countries", "... the feud
  between them": a "between" phrase that names the subjects themselves ("their", "them") is
  their own quarrel, not a third pair they mediate (`roles._mediated`), so the act stays
  between the two subjects; "Qatar and Oman offered to host talks between Kenya and Somalia"
  still joins the pair after "between";
- a country visited on a trip ("during a trip to Y", "on a tour of ...") and a capital set
  off after a visited country ("during a visit to Y's capital, City") are the occasion's
  place, no target (`clauses.Layout._nested`);
- "The Progressive Workers Party and the National Renewal Party met": two unknown names of
  organisations joined by "and the" are two parties (`names._runs`), not one run of eight
  words that names nobody (the meeting had no party at all);
- "offered to work with the conservatives": a party family in lower case is a party of the
  story's country (`data/agents.tsv`, PTY); the adjective "conservative" is not.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, country, evaluation_coder, of_type, undated

coder = evaluation_coder


def _first(coder: Coder, body: str) -> tuple[str | None, str | None, str]:
    found = undated(coder, body)
    assert found, "no event"
    return country(found[0].source), country(found[0].target), found[0].plover_type


def test_between_their_countries_is_the_subjects_own_quarrel(coder: Coder) -> None:
    body = (
        "The presidents of Ghana and Togo signed an accord on Monday ending a long quarrel "
        "between their two countries over fishing rights."
    )
    assert _first(coder, body) == ("GHA", "TGO", "SUPPORT")


def test_between_them_is_the_subjects_own_quarrel(coder: Coder) -> None:
    body = "Laos and Cambodia signed a deal to settle the row between them over the river."
    assert _first(coder, body) == ("LAO", "KHM", "SUPPORT")


def test_mediators_of_another_pair_stay_one_side(coder: Coder) -> None:
    body = "Qatar and Oman offered to host talks between Kenya and Somalia next month."
    found = undated(coder, body)
    assert any(country(e.target) == "KEN" for e in found)
    assert all(country(e.target) != "OMN" for e in found)


def test_a_trip_is_the_occasion_not_the_target(coder: Coder) -> None:
    body = "Ecuador's foreign minister accused Colombia of spying during a trip to Bolivia."
    assert _first(coder, body)[:2] == ("ECU", "COL")
    body = "Ecuador's president called the plan reckless on a trip to Bolivia."
    assert _first(coder, body)[1] != "BOL"


def test_a_capital_set_off_after_a_visited_country_is_no_target(coder: Coder) -> None:
    body = (
        "Chile's president unveiled a plan to sell the northern port. Days later, Peru's "
        "leader called the plan absurd during a visit to Bolivia's capital, La Paz."
    )
    found = undated(coder, body)
    accusations = [e for e in found if e.plover_type == "ACCUSE"]
    assert accusations
    assert country(accusations[-1].target) != "BOL"


def test_a_visited_capital_stays_the_host_of_the_visit(coder: Coder) -> None:
    body = "Peru's president arrived in La Paz on a visit to Bolivia's capital."
    assert _first(coder, body)[:2] == ("PER", "BOL")
    body = "Peru's president criticised Bolivia's capital, La Paz, over its smog."
    assert _first(coder, body)[1] == "BOL"


THAI_LEAD = "Voters in Thailand go to the polls on Sunday after a bitter campaign. "


def test_two_party_names_joined_by_and_the_are_two_parties(coder: Coder) -> None:
    body = (
        THAI_LEAD + "The Progressive Workers Party and the National Renewal Party held talks "
        "on Tuesday on backing a single candidate."
    )
    event = of_type(undated(coder, body), "CONSULT")
    assert event.source is not None and event.source.text == "Progressive Workers Party"
    assert event.target is not None and event.target.text == "National Renewal Party"


def test_a_name_joined_to_a_plain_word_stays_one_run(coder: Coder) -> None:
    body = THAI_LEAD + "The Ministry of Agriculture and the Environment accused the army of lying."
    found = [e for e in undated(coder, body) if e.plover_type == "ACCUSE"]
    assert found
    assert coded_as(found) == [("ACCUSE", "112", "THAGOV", "THAMIL")]
    assert found[0].source is not None and found[0].source.text == "Ministry"


def test_the_conservatives_are_a_party_of_the_story(coder: Coder) -> None:
    body = (
        "Voters in Romania went to the polls on Sunday. The nationalist leader offered to "
        "work with the conservatives, saying his door remained open."
    )
    assert country(of_type(undated(coder, body), "AGREE").target) == "ROU"


def test_a_conservative_adjective_is_no_party(coder: Coder) -> None:
    body = "Voters in Romania went to the polls on Sunday. The conservative mayor met the premier."
    found = [e for e in undated(coder, body) if e.plover_type == "CONSULT"]
    assert coded_as(found) == [("CONSULT", "040", "ROUGOV", "ROUGOV")]
