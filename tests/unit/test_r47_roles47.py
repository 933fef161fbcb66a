"""Round 47 (roles47): parties read by the labelling guide's conventions where the opened blind
sets broke them: a language's adjective ("English-speaking", "Russian-language") names no
country. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

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
