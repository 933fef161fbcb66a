"""Round 56 (dict56): the actor dictionaries by class, third round: a person the article
introduces in full against another country's politician of the same surname in the tables,
and the other classes of names several countries share. Sentences written for these tests
(none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, evaluation_coder

coder = evaluation_coder


def _in(found: list[TensionEvent], index: int) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event of sentence `index`."""
    return [
        (e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in found
        if e.sentence_index == index
    ]


# A person the article introduces in full with a title ("Ecuador's Interior Minister Paula
# Harris", "Interior Minister Ana Clinton of Peru") is the one its later bare surname names,
# not the other country's politician the tables file under that surname (docs/labelling.md
# section 2: a person takes the country they act for; actors.ActorIndex.find keeps the surname
# in the holder's name, references._namesake gives the later surname the holder's country).


def test_a_titled_minister_s_later_surname_is_hers(coder: Coder) -> None:
    body = (
        "QUITO (Reuters) - Ecuador's Interior Minister Paula Harris announced a curfew in "
        "Guayaquil on Monday.\n\nThe opposition demanded that the curfew be lifted.\n\n"
        "Harris rejected the demand, saying the city needed calm."
    )
    assert _in(article(coder, body), 2) == [("120", "ECUGOV", "ECUOPP")]


def test_a_minister_of_a_country_named_after_the_name(coder: Coder) -> None:
    body = (
        "LIMA (Reuters) - Interior Minister Ana Clinton of Peru ordered police to clear the road "
        "blockades on Monday.\n\nUnions condemned the order.\n\nClinton accused the unions of "
        "holding the country hostage."
    )
    assert _in(article(coder, body), 2) == [("112", "PERGOV", "PERCVL")]


def test_a_minister_by_demonym_then_by_surname_alone(coder: Coder) -> None:
    body = (
        "SANTIAGO (Reuters) - Chile's Mining Minister Rosa Blinken met union leaders on Monday."
        "\n\nThe unions threatened a strike.\n\nBlinken warned the unions that a strike would be "
        "illegal."
    )
    assert ("130", "CHLGOV", "CHLCVL") in _in(article(coder, body), 2)


def test_near_miss_the_tables_person_named_in_full_keeps_his_country(coder: Coder) -> None:
    body = (
        "WASHINGTON (Reuters) - Secretary of State Marco Rubio met the Saudi foreign minister on "
        "Monday.\n\nRubio criticised Iran over the seizure of a tanker."
    )
    assert _in(article(coder, body), 1) == [("111", "USA", "IRNGOV")]


def test_near_miss_a_namesake_of_the_same_country_leaves_the_tables_person(coder: Coder) -> None:
    body = (
        "BOGOTA (Reuters) - Colombian prosecutors charged a former mayor, Luis Harris, with fraud "
        "on Monday.\n\nVice President Kamala Harris criticised Venezuela over the arrest of two "
        "Americans."
    )
    assert _in(article(coder, body), 1) == [("111", "USAGOV", "VENGOV")]
