"""Round 43 (wire43): parties in agency copy. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events_in, in_sentence, recommended_coder

coder = recommended_coder

# A story filed from Bogota whose sentence before the arrest has a neighbour's troops act
RIVER_LEAD = (
    "BOGOTA, June 2 (Reuters) - Colombia protested to Venezuela on Monday over soldiers posted on "
    "a river island near Arauca. "
    "Venezuelan troops fired on a Colombian fishing boat near the island on Saturday. "
)


def _target(coder: Coder, body: str, index: int) -> tuple[str | None, str | None]:
    """The country and sector of the target of the first event of sentence `index`."""
    found = events_in(coder, body, index)
    assert found and found[0].target is not None
    return found[0].target.country, found[0].target.sector


# --- "security forces in <a city>" are the city's country's --------------------------------------


def test_security_forces_in_a_city_are_its_country(coder: Coder) -> None:
    """ "Security forces in Medellin": the bare forces the city is named with are Colombia's,
    not those of the neighbour whose troops the sentence before made act."""
    body = (
        RIVER_LEAD + "Security forces in Medellin arrested a community radio presenter on Thursday."
    )
    event = in_sentence(coder, body, 2, "COERCE")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("COL", "COP")


def test_security_forces_named_with_a_demonym_keep_it(coder: Coder) -> None:
    """Near miss: "Venezuelan security forces in Caracas" are Venezuela's."""
    body = (
        RIVER_LEAD + "Venezuelan security forces in Caracas arrested a community radio presenter."
    )
    event = in_sentence(coder, body, 2, "COERCE")
    assert event.source is not None
    assert event.source.country == "VEN"


# --- force's or an arrest's people, before a clause naming someone else -------------------------

PERU_LEAD = "LIMA, Oct 7 (Reuters) - Peru's cabinet approved a new budget on Monday. "


def test_arrested_people_before_an_after_clause_are_the_target(coder: Coder) -> None:
    """ "detained a street artist after he painted a mural mocking the president": the artist
    is detained, not the president his mural mocked."""
    body = (
        PERU_LEAD
        + "Police in Cusco detained a street artist after he painted a mural mocking the Chilean "
        "president."
    )
    assert _target(coder, body, 1) == ("PER", "CVL")


def test_arrested_people_before_a_relative_clause_are_the_target(coder: Coder) -> None:
    body = PERU_LEAD + "Riot police beat back hundreds of farmers who tried to storm the Congress."
    assert _target(coder, body, 1) == ("PER", "CVL")


def test_arrested_people_of_a_party_keep_the_party(coder: Coder) -> None:
    """Near miss: "supporters of the opposition leader": the party the people belong to, named
    before any clause, stays the target."""
    body = PERU_LEAD + "Police arrested supporters of the opposition leader after a march."
    assert _target(coder, body, 1) == ("PER", "OPP")


def test_named_object_before_a_clause_stays_the_target(coder: Coder) -> None:
    """Near miss: a named party right after the verb is the object, whatever follows."""
    body = (
        PERU_LEAD + "Police detained the mayor of Arequipa after he refused to hand over "
        "municipal records."
    )
    assert _target(coder, body, 1)[1] != "CVL"
