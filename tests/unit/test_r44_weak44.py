"""Round 44 (weak44): named weak points of round 43 (docs/coder.md, Known weak points), each
with a test that fails without its rule and a near miss. Every sentence here was written for
this module."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.segmenter import segment
from tests.unit.coding import article, first_dyad, recommended_coder, sides_of, undated

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


def test_a_us_city_in_a_capitals_dateline_is_the_story_home(coder: Coder) -> None:
    # "DENVER" is in no city table (a surname too): AP's stand-alone dateline cities are read
    body = (
        "DENVER (AP) — Nurses marched outside the state Capitol on Thursday against the "
        "hospital closures.\n\nPolice detained nine marchers who blocked a highway ramp."
    )
    found = article(coder, body)
    assert [sides_of(event) for event in found][:2] == [("USA", "USA"), ("USA", "USA")]


def test_a_us_town_with_its_state_in_the_dateline_is_the_story_home(coder: Coder) -> None:
    body = (
        "GLENVILLE, Pa. (AP) — Dairy farmers protested on Monday against the milk price cap."
        "\n\nPolice detained three of the organisers."
    )
    found = article(coder, body)
    assert found and all(sides_of(event)[0] == "USA" for event in found)


def test_tbilisi_georgia_dateline_is_the_country(coder: Coder) -> None:
    # near miss: "Georgia" written in full after a town is the country, not the state
    body = (
        "TBILISI, Georgia (AP) — Opposition supporters marched outside parliament on Sunday "
        "against the new media law."
    )
    found = article(coder, body)
    assert found and sides_of(found[0])[0] == "GEO"


def test_a_dateline_state_abbreviation_does_not_end_the_sentence() -> None:
    body = "GLENVILLE, Pa. (AP) — Dairy farmers protested on Monday against the milk price cap."
    assert len(segment("a", body)) == 1


def test_pa_before_a_sentence_starter_still_ends_it() -> None:
    # near miss: an abbreviation of the kind ends a sentence before a usual sentence starter
    body = "The letter was signed by her Pa. The farm was sold a year later."
    assert len(segment("a", body)) == 2


def test_a_bare_party_after_foreign_dissidents_is_the_datelines(coder: Coder) -> None:
    # "Iranian dissidents" named first lend the Social Democrats no country: the dateline's
    body = (
        "VIENNA, Austria (Reuters) - Austrian police detained a man suspected of spying on "
        "Iranian dissidents living in Vienna, prosecutors said on Friday.\n\nThe Social "
        "Democrats accused the interior minister of ignoring repeated warnings from the "
        "intelligence service."
    )
    found = article(coder, body)
    assert sides_of(found[-1]) == ("AUT", "AUT")


def test_a_bare_party_after_another_countrys_party_is_that_countrys(coder: Coder) -> None:
    # near miss: a party of another country named before it ("Hungarian conservatives")
    body = (
        "VIENNA, Austria (Reuters) - Hungarian conservatives accused the European Commission "
        "on Monday of withholding funds from farmers.\n\nThe Social Democrats accused the "
        "prime minister of ignoring repeated warnings from the farm unions."
    )
    found = article(coder, body)
    assert sides_of(found[-1]) == ("HUN", "HUN")


def test_a_current_title_in_undated_copy_gives_the_office(coder: Coder) -> None:
    # undated copy: the latest role of the tables is opposition leader, but the sentence's own
    # words name him head of government
    text = "Prime Minister Boyko Borissov accused Moscow of funding a smear campaign."
    found = undated(coder, text)
    assert found and found[0].source is not None and found[0].source.code == "BGRGOV"


def test_a_former_title_in_undated_copy_keeps_the_latest_role(coder: Coder) -> None:
    # near miss: "former" says the office is behind him
    text = "Former Prime Minister Boyko Borissov accused Moscow of funding a smear campaign."
    found = undated(coder, text)
    assert found and found[0].source is not None and found[0].source.code == "BGROPP"


def test_a_current_title_before_a_government_in_undated_copy(coder: Coder) -> None:
    # "Prime Minister X's government": the title and the agent word after the name
    text = (
        "Farmers in Plovdiv demanded the resignation of Prime Minister Boyko Borissov's "
        "government over the grain subsidies."
    )
    found = undated(coder, text)
    assert found and found[0].target is not None and found[0].target.code == "BGRGOV"
