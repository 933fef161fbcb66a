"""Round 42, nsd42: the natural news feed (news_stream_dev), read whole.

A reporting verb that a quotation opens right after (`said "...`, `said: "...`) or a participle
of saying whose audience a quotation follows (", telling a crowd of farmers, "...") reports
that quotation: it is no inverted ", said X" attribution, so the party named first inside the
quotation is not taken for the speaker (and blocked), and the demand quoted ("X must go") runs
from the speaker to X. Near misses: a trailing inverted attribution after a quotation keeps its
speaker, and ", telling reporters that ..." keeps the press out of the event. A demand told
after ", saying" ("..., saying Y must pay") is voiced by the subject of the clause the
participle ends, not left to no one; one after "and" is not. A short capitalised name in
brackets right after a party ("the ... Ministry of Foreign Affairs (MFA) said") is that party's
abbreviation, and a name right after a title's bracket ("Deputy Trade Minister (DTM) Ange
Nduwimana said") is that title's person, not strangers given the nearest state.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_dyad, recommended_coder, sides_of

coder = recommended_coder


def test_said_then_quote_is_the_speakers_demand(coder: Coder) -> None:
    found = first_dyad(
        coder,
        'Chilean senator Rosa Valdes, speaking to students in Santiago, said "Maduro must go."',
    )
    assert found is not None
    assert found[2:] == ("CHL", "VEN")


def test_said_colon_quote_is_the_speakers_demand(coder: Coder) -> None:
    found = first_dyad(
        coder,
        'Chilean senator Rosa Valdes, speaking to students in Santiago, said: "Maduro must step '
        'down."',
    )
    assert found is not None
    assert found[2:] == ("CHL", "VEN")


def test_telling_an_audience_a_quote_is_the_subjects_demand(coder: Coder) -> None:
    found = first_dyad(
        coder,
        "Chilean senator Rosa Valdes spoke at length on the crisis, telling a crowd of farmers "
        'in Temuco, "Maduro must go."',
    )
    assert found is not None
    assert found[2:] == ("CHL", "VEN")


def test_inverted_attribution_after_a_quote_keeps_its_speaker(coder: Coder) -> None:
    found = first_dyad(
        coder,
        '"Maduro must go," said Chilean senator Rosa Valdes, speaking to students in Santiago.',
    )
    assert found is not None
    assert found[2:] == ("CHL", "VEN")


def test_telling_reporters_that_keeps_the_press_out(coder: Coder) -> None:
    found = first_dyad(
        coder,
        "Chilean senator Rosa Valdes brushed off the complaint, telling reporters in Temuco that "
        'Argentina had "nothing to teach us".',
    )
    assert found is not None
    assert found[2] == "CHL"
    assert found[3] != "CHL"


def _demands(coder: Coder, text: str) -> list[tuple[str | None, str | None]]:
    return [sides_of(e) for e in events(coder, text) if e.cameo_code.startswith("10")]


def test_demand_after_saying_is_the_subjects(coder: Coder) -> None:
    text = (
        "Chile's fisheries minister spoke for an hour about the trawler dispute, saying Argentina "
        "must pay for every damaged net."
    )
    assert _demands(coder, text) == [("CHL", "ARG")]


def test_demand_after_and_has_no_participle_speaker_codes_nothing(coder: Coder) -> None:
    text = (
        "Chile's fisheries minister spoke for an hour about the trawler dispute, and Argentina "
        "must now pay for every damaged net."
    )
    assert _demands(coder, text) == []


def test_bracketed_abbreviation_is_the_body_before_it(coder: Coder) -> None:
    text = (
        '"We urge Rwanda to reopen the border crossing at once," the Burundian Ministry of '
        "Foreign Affairs (MFA) said."
    )
    found = first_dyad(coder, text)
    assert found is not None
    assert found[2:] == ("BDI", "RWA")


def test_name_after_a_titles_bracket_is_that_title(coder: Coder) -> None:
    text = (
        '"I ask Rwanda to reopen the border crossing at once," Burundian Deputy Trade Minister '
        "(DTM) Ange Nduwimana said."
    )
    found = first_dyad(coder, text)
    assert found is not None
    assert found[2:] == ("BDI", "RWA")


def test_bracketed_country_after_a_party_is_no_abbreviation(coder: Coder) -> None:
    text = (
        '"We urge Rwanda to reopen the border crossing at once," the Burundian Ministry of '
        "Foreign Affairs (Burundi) said."
    )
    found = first_dyad(coder, text)
    assert found is not None
    assert found[3] == "RWA"
