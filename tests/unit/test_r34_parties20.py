"""Round 34, parties of right-typed events (parties20): causes found on the opened sets
(wire_probe_2..9, feed_probe_1..4), tested on sentences written for them.

- an arrest told by a verb phrase around its noun, passive with no agent ("was placed under
  house arrest", "was taken into custody"), is the police's of the country (`roles.ARREST_NOUNS`);
  the noun alone ("Banda's arrest drew protests") names no arrester;
- a reproach of "the resolution" or "the statement", "the violation", "the repression" targets
  the maker the article named before, also where a story of one country would have assumed its
  own people (`roles.criticised`, `roles._home_default`);
- "accused its organisers of", "accused the freed prisoners of", "accused the aide of": a
  state's own people (`roles.OWN_PEOPLE`, `roles.PEOPLE_MODIFIERS`), not no one.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, evaluation_coder, events_in

coder = evaluation_coder

LILONGWE = "LILONGWE, Malawi (AP) — "


def _first(coder: Coder, body: str, index: int) -> tuple[str | None, str | None, str]:
    found = events_in(coder, body, index)
    assert found, f"no event in sentence {index}"
    event = found[0]
    return country(event.source), country(event.target), event.plover_type


def test_house_arrest_in_the_passive_is_the_polices(coder: Coder) -> None:
    body = (
        LILONGWE + "Gunfire was heard near the presidential palace on Monday. "
        "Mr Banda was placed under house arrest days after the vote and charged with treason."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].source is not None
    assert (found[0].source.country, found[0].source.sector) == ("MWI", "COP")
    assert country(found[0].target) == "MWI"


def test_taken_into_custody_with_no_arrester_named(coder: Coder) -> None:
    body = (
        LILONGWE + "Opposition leaders met in the capital on Monday. "
        "An opposition lawmaker was taken into custody on Tuesday after returning from abroad."
    )
    assert _first(coder, body, 1) == ("MWI", "MWI", "COERCE")


def test_the_noun_of_an_arrest_alone_names_no_arrester(coder: Coder) -> None:
    body = (
        LILONGWE + "Gunfire was heard near the presidential palace on Monday. "
        "Banda's arrest drew protests in the capital."
    )
    for event in events_in(coder, body, 1):
        assert event.source is None or event.source.text != "(police)"


def test_condemned_the_resolution_targets_the_body_that_passed_it(coder: Coder) -> None:
    body = (
        "GENEVA (AP) — The U.N. Human Rights Council passed a resolution on Friday censuring "
        "Eritrea for the detention of journalists. "
        "Eritrea's Information Ministry condemned the resolution as biased."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "ACCUSE"
    assert found[0].target is not None and found[0].target.sector == "IGO"


def test_rejected_the_statement_targets_its_maker(coder: Coder) -> None:
    body = (
        "ADDIS ABABA (Reuters) — The European Union called on Eritrea to free jailed journalists. "
        "Eritrea's foreign ministry rejected the statement as interference in its internal affairs."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "REJECT"
    assert found[0].target is not None and found[0].target.sector == "IGO"


def test_a_resolution_with_no_maker_told_stays_at_home(coder: Coder) -> None:
    """Near miss: no earlier act made the resolution, so the story's own people remain."""
    body = (
        "ASMARA, Eritrea (AP) — Eritrea's Information Ministry condemned the resolution as biased."
    )
    assert _first(coder, body, 0) == ("ERI", "ERI", "ACCUSE")


def test_accused_its_organisers_of_a_plot(coder: Coder) -> None:
    body = (
        LILONGWE + "Thousands marched in Lilongwe against the fuel price rise. "
        "The interior minister accused its organisers of trying to seize power."
    )
    assert _first(coder, body, 1) == ("MWI", "MWI", "ACCUSE")


def test_accused_the_freed_prisoners(coder: Coder) -> None:
    body = (
        LILONGWE + "Malawi freed 12 political prisoners on Friday. "
        "President Banda accused the freed prisoners of working for foreign powers."
    )
    assert _first(coder, body, 1) == ("MWI", "MWI", "ACCUSE")


def test_accused_its_neighbours_is_no_home_target(coder: Coder) -> None:
    """Near miss: "its" before a word that names no people of the state's own."""
    body = LILONGWE + "Malawi accused its neighbours of smuggling fuel."
    found = events_in(coder, body, 0)
    assert found and found[0].plover_type == "ACCUSE"
    assert found[0].target is None or found[0].target.sector != "CVL"
