"""Round 35, unicode35: words with accented letters. The tokenizer and the name rules read
ASCII letters, so "Erdoğan" was the tokens "erdo" "an" and "chargé" was "charg". The coder now
codes a sentence with accented Latin letters on its folded text (`lexicon.fold`: each letter
as its ASCII base, one character for one), and the actor and trigger tables are folded as they
load, so accented and plain copy are coded alike; the events still quote the sentence as
written, at the same offsets. Every sentence here was written for these tests (places outside
the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import fold, tokenize
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, events, recommended_coder, sides_of

coder = recommended_coder


def _dyads(found: list[TensionEvent]) -> list[tuple[str, str | None, str | None]]:
    return [(event.cameo_code, *sides_of(event)) for event in found]


# --- the folding itself ---


def test_fold_keeps_one_character_for_each() -> None:
    text = "Erdoğan, Łukaszenka, Ålesund, Gdańsk, Côte d’Ivoire, São Paulo, Đorđe, Kırıkkale"
    folded = fold(text)
    plain = "Erdogan, Lukaszenka, Alesund, Gdansk, Cote d’Ivoire, Sao Paulo, Dorde, Kirikkale"
    assert folded == plain
    assert len(folded) == len(text)


def test_fold_leaves_ascii_text_as_it_is() -> None:
    text = "Ankara summoned the envoy."
    assert fold(text) is text  # the fast path: no copy


def test_fold_keeps_other_scripts_and_punctuation() -> None:
    # near miss: only Latin letters with marks fold; a Cyrillic letter with a breve, the
    # sharp s, quotes and dashes stay (folding them would change the offsets or the words)
    text = "«Москва» — Straße, “Йошкар-Ола”"
    assert fold(text) == text


def test_an_accented_word_is_one_token_once_folded() -> None:
    assert tokenize(fold("the chargé d'affaires of Türkiye")).words == [
        "the",
        "charge",
        "d'affaires",
        "of",
        "turkiye",
    ]


# --- sentences ---


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdoğan accused Sweden of harbouring militants.",
        "Turkish President Recep Tayyip Erdogan accused Sweden of harbouring militants.",
    ],
)
def test_erdogan_accuses_with_or_without_the_breve(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert _dyads(found)[:1] == [("112", "TUR", "SWE")]
    assert found[0].source is not None and found[0].source.code == "TURGOV"


def test_the_accented_name_is_quoted_as_written(coder: Coder) -> None:
    text = "Turkish President Recep Tayyip Erdoğan accused Sweden of harbouring militants."
    event = events(coder, text)[0]
    assert event.sentence == text
    assert event.source is not None and event.source.text.endswith("Erdoğan")
    assert event.evidence == text[event.char_start : event.char_end] == "accused"


def test_a_charge_d_affaires_summoned(coder: Coder) -> None:
    text = "Warsaw summoned the Belarusian chargé d'affaires on Monday over the border incident."
    found = events(coder, text)
    assert _dyads(found)[:1] == [("114", "POL", "BLR")]
    assert "chargé" in found[0].evidence
    assert found[0].evidence == text[found[0].char_start : found[0].char_end]


def test_evidence_offsets_point_at_the_accented_characters(coder: Coder) -> None:
    text = "Kazakhstan expelled a Kyrgyz attaché and two diplomats from Astana on Friday."
    event = events(coder, text)[0]
    assert event.cameo_code == "161"
    assert "attaché" in event.evidence
    assert text[event.char_start : event.char_end] == event.evidence


@pytest.mark.parametrize(
    ("dateline", "home"),
    [("REYKJAVÍK", "ISL"), ("ŁÓDŹ", "POL"), ("REYKJAVIK", "ISL"), ("LODZ", "POL")],
)
def test_an_accented_town_as_dateline(coder: Coder, dateline: str, home: str) -> None:
    # the dateline's town is the home of "police" with or without its accents (before the
    # folding, "REYKJAVÍK" and "ŁÓDŹ" gave police of no country)
    body = (
        f"{dateline}, May 14 (Reuters) - Police fired tear gas at hundreds of farmers who "
        "marched on the parliament on Tuesday."
    )
    found = article(coder, body)
    assert found and found[0].cameo_code == "175"
    assert sides_of(found[0]) == (home, home)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Police arrested two leaders of Fianna Fáil in Dublin on Monday.", "Fianna Fáil"),
        ("Police arrested two leaders of Fianna Fail in Dublin on Monday.", "Fianna Fail"),
        ("Prime Minister Justin Trudeau criticised the Bloc Québécois.", "Bloc Québécois"),
    ],
)
def test_an_accented_party_name(coder: Coder, text: str, party: str) -> None:
    event = events(coder, text)[0]
    assert event.target is not None and event.target.code.endswith("OPP")  # a party (round 45)
    assert event.target.text.endswith(party)  # as written


def test_an_ascii_sentence_is_coded_as_before(coder: Coder) -> None:
    # near miss: the same sentence without accents is untouched (same object, same events)
    text = "Warsaw summoned the Belarusian charge d'affaires on Monday over the border incident."
    assert _dyads(events(coder, text))[:1] == [("114", "POL", "BLR")]
