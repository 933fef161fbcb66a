"""Round 44 (weak44): named weak points of round 43 (docs/coder.md, Known weak points), each
with a test that fails without its rule and a near miss. Every sentence here was written for
this module."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


def test_they_after_a_list_with_no_and_is_the_first(coder: Coder) -> None:
    # "Peru, Bolivia said they": both speakers, the first named leads (section 2), as with "and"
    text = "Peru, Bolivia said they would impose tariffs on Chilean copper."
    assert first_dyad(coder, text) == ("THREATEN", "1312", "PER", "CHL")


def test_they_after_a_fronted_phrase_is_the_speaker(coder: Coder) -> None:
    # near miss: the comma closes a fronted phrase; the speaker is the country after it
    text = "After talks with Chile, Bolivia said they would impose tariffs on Argentine copper."
    assert first_dyad(coder, text) == ("THREATEN", "1312", "BOL", "ARG")


def test_it_after_a_list_with_no_and_is_the_last(coder: Coder) -> None:
    # near miss: "it" is one speaker, the one just named
    text = "Peru, Bolivia said it would impose tariffs on Chilean copper."
    assert first_dyad(coder, text) == ("THREATEN", "1312", "BOL", "CHL")


def test_georgia_with_a_governor_is_the_us_state(coder: Coder) -> None:
    # a US state's office next to the name: "Georgia" is the state, not the country
    text = "Georgia Gov. Maria Delgado condemned the Mexican government over the detained truckers."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "USA", "MEX")


def test_governor_of_georgia_is_the_us_state(coder: Coder) -> None:
    text = "The governor of Georgia accused China of stealing research from local universities."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "USA", "CHN")


def test_georgia_listed_with_another_state_is_the_us_state(coder: Coder) -> None:
    text = "Georgia and Alabama sued Mexico over the water treaty."
    assert first_dyad(coder, text) == ("ACCUSE", "115", "USA", "MEX")


def test_georgias_parliament_is_the_country(coder: Coder) -> None:
    # near miss: no US state's cue
    text = "Georgia's parliament condemned Russia over the occupation of Abkhazia."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "GEO", "RUS")


def test_georgias_republican_party_is_the_country(coder: Coder) -> None:
    # near miss: "Georgia's Republican Party" is a party of the country, "Georgia Republicans"
    # would be the state's
    text = "Georgia's Republican Party accused Russia of occupying Abkhazia."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "GEO", "RUS")


def test_us_senators_accusing_georgia_keep_the_country(coder: Coder) -> None:
    # near miss: senators of the US, not next to the name, accuse the country
    text = "Two U.S. senators accused Georgia's government of drifting toward Moscow."
    assert first_dyad(coder, text) == ("ACCUSE", "112", "USA", "GEO")
