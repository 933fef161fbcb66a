"""Round 47 (roles47): parties read by the labelling guide's conventions where the opened blind
sets broke them: a language's adjective ("English-speaking", "Russian-language") names no
country. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder, second_events, sides_of, undated_in

coder = recommended_coder


# --- a language's adjective is no country (actors._LANGUAGE) ---


def test_speakers_of_a_language_take_the_story_country(coder: Coder) -> None:
    """ "the French-speaking western region": a region's language, not France; the fighters
    killed there are the story's own (section 2: armed groups take the country they act in)."""
    text = (
        "Kenya's army has killed five separatist fighters in a raid near a village in the "
        "French-speaking western region."
    )
    assert first_dyad(coder, text) == ("ASSAULT", "190", "KEN", "KEN")


def test_a_language_speaking_activist_is_no_foreign_party(coder: Coder) -> None:
    """ "a Russian-speaking activist" held by police in Riga is Latvia's, not Russia's."""
    text = "Police in Riga detained a Russian-speaking activist who organised a march."
    assert first_dyad(coder, text) == ("COERCE", "173", "LVA", "LVA")


def test_a_language_newspaper_is_no_foreign_party(coder: Coder) -> None:
    """ "a Spanish-language weekly" raided in Manila is no Spanish party."""
    text = "Police in Manila raided the offices of a Spanish-language weekly on Friday."
    found = first_dyad(coder, text)
    assert found is not None and found[3] != "ESP"


def test_a_nationality_still_names_its_country(coder: Coder) -> None:
    """Near miss: "a British journalist" detained in Yaounde is Britain's."""
    text = "Police in Yaounde detained a British journalist on Tuesday."
    assert first_dyad(coder, text) == ("COERCE", "173", "CMR", "GBR")


# --- an apposition with a relative clause (clauses.Layout._described, roles._in_relative) ---

LEAD = "SAN JOSE, May 3 (Reuters) - Costa Rican President Luis Mendoza on Friday sacked his "
LEAD += "security minister.\n"


def _second_sides(coder: Coder, text: str) -> tuple[str | None, str | None, str | None]:
    """(source country, source sector, target country) of the first event of the second
    sentence of a report that named the president first."""
    found = second_events(coder, text, LEAD)
    assert found, text
    source = found[0].source
    return (
        source.country if source else None,
        source.sector if source else None,
        sides_of(found[0])[1],
    )


def test_an_apposition_with_a_relative_clause_is_stepped_over(coder: Coder) -> None:
    """ "Mendoza, a former World Bank economist who took office in 2021, accused": the
    apposition describes the president; the bank he once worked for is no party."""
    text = (
        "Mendoza, a former World Bank economist who took office in 2021, accused the chief "
        "prosecutor of plotting against him."
    )
    assert _second_sides(coder, text) == ("CRI", "GOV", "CRI")


def test_a_described_job_is_not_the_party(coder: Coder) -> None:
    """ "Mendoza, a former economist who ...": the president accuses, not "economist"."""
    text = (
        "Mendoza, a former economist who took office in 2021, accused the chief prosecutor of "
        "plotting against him."
    )
    assert _second_sides(coder, text) == ("CRI", "GOV", "CRI")


def test_a_relative_clause_after_the_name_is_unchanged(coder: Coder) -> None:
    """Near miss: "Mendoza, who took office in 2021, accused": the relative clause's own
    antecedent (the president) acts, as before."""
    text = "Mendoza, who took office in 2021, accused the chief prosecutor of plotting against him."
    assert _second_sides(coder, text) == ("CRI", "GOV", "CRI")


def test_a_clause_between_commas_is_no_apposition(coder: Coder) -> None:
    """Near miss: an opening phrase and a "that" clause on a crowd: the police fire, and the
    story's country is theirs."""
    text = (
        "In Limon, the police fired tear gas at a crowd that had gathered outside the port, "
        "officials said."
    )
    assert _second_sides(coder, text)[0] == "CRI"


# --- "Congo" alone in a story of the Republic of the Congo (references._congo_of_story) ---

CONGO_TAIL = "\nPolice said the capital was calm on Wednesday."


def test_bare_congo_in_a_brazzaville_story_is_the_republic(coder: Coder) -> None:
    """ "BRAZZAVILLE ... Congo's main opposition party": the story's Congo (COG), as an
    ambiguous demonym is the article's (`COD` is the tables' reading of "Congo" alone)."""
    body = (
        "BRAZZAVILLE, May 3 (AFP) - Congo's largest opposition movement on Tuesday rejected "
        "the official count, calling it rigged." + CONGO_TAIL
    )
    found = undated_in(coder, body, 0)
    assert found and sides_of(found[0])[0] == "COG"


def test_bare_congo_in_a_kinshasa_story_stays_kinshasa(coder: Coder) -> None:
    """Near miss: the same words datelined Kinshasa are Kinshasa's Congo."""
    body = (
        "KINSHASA, May 3 (AFP) - Congo's largest opposition movement on Tuesday rejected "
        "the official count, calling it rigged." + CONGO_TAIL
    )
    found = undated_in(coder, body, 0)
    assert found and sides_of(found[0])[0] == "COD"


def test_a_named_democratic_republic_stays_kinshasa(coder: Coder) -> None:
    """Near miss: "the Democratic Republic of Congo's army" in a Brazzaville story says which
    Congo it is."""
    body = (
        "BRAZZAVILLE, May 3 (AFP) - The Democratic Republic of Congo's army shelled an island "
        "in the river on Tuesday, the government said." + CONGO_TAIL
    )
    found = undated_in(coder, body, 0)
    assert found and sides_of(found[0])[0] == "COD"


# --- a shared demonym the dateline resolved stays the story's (references._minorities) ---

KOSOVO_TAIL = "\nPolice said the three were held for questioning."


def test_ethnic_serbs_of_a_pristina_story_stay_kosovo_with_belgrade_named(coder: Coder) -> None:
    """ "PRISTINA - Kosovo police detained two ethnic Serbs ..., angering Belgrade": the Serbs
    the dateline's country took (SHARED_NAMES) are Kosovo's, not the people of the other state
    the sentence names."""
    body = (
        "PRISTINA, Jun 14 (Reuters) - Kosovo police detained two ethnic Serbs near Leposavic on "
        "Thursday over a roadblock, angering Belgrade." + KOSOVO_TAIL
    )
    found = undated_in(coder, body, 0)
    assert found and sides_of(found[0]) == ("XKX", "XKX")


def test_ethnic_turks_protesting_a_foreign_decision_are_unchanged(coder: Coder) -> None:
    """Near miss: "ethnic Turks" in an Ankara story are no shared demonym: the round-43 reading
    (the other state the sentence names) stands."""
    body = (
        "ANKARA, Jun 14 (Reuters) - Ethnic Turks staged a sit-in against Sweden's decision "
        "on Wednesday." + KOSOVO_TAIL
    )
    found = undated_in(coder, body, 0)
    assert found and sides_of(found[0])[1] == "SWE"
