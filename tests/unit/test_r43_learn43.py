"""Round 43, learn43: a mention that starts inside a sentence's last token.

The actor index finds "terrorists" inside the hyphenated last word "narco-terrorists"; the
layout took the mention to begin one token past the sentence's end and the coder raised an
IndexError on the sentence (at the recommended floors too). The mention is now the last
token's."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, first_dyad, recommended_coder

coder = recommended_coder


def targets(coder: Coder, text: str) -> list[str | None]:
    return [e.target.code if e.target else None for e in events(coder, text)]


def test_hyphenated_last_word_is_coded(coder: Coder) -> None:
    # raised IndexError before: the mention's first token was len(words)
    found = first_dyad(coder, "Chilean marines fought narco-smugglers and narco-terrorists.")
    assert found == ("ASSAULT", "190", "CHL", "CHL")
    # insurgents are written REB in the event (labelling guide section 2; round 43, sector43)
    assert targets(coder, "Chilean marines fought narco-terrorists.") == ["CHLREB"]


def test_hyphenated_word_mid_sentence_unchanged(coder: Coder) -> None:
    # near miss: the same word with more words after it never crashed; its dyad is kept
    text = "Chilean marines fought narco-terrorists near the northern border on Tuesday."
    assert first_dyad(coder, text) == ("ASSAULT", "190", "CHL", "CHL")
    assert targets(coder, "Chilean marines fought rebels.") == ["CHLREB"]


# One act told twice in a sentence: the rules after scoring made the second act's code and
# parties the first's (same event id); the coder returned both.
NORWAY = (
    "OSLO, Feb 11 (Reuters) - Norway said Iranian agents had followed a dissident in Bergen. "
    "Officials summoned the Iranian ambassador and passed her a note of protest."
)


def test_one_event_per_id_in_a_sentence(coder: Coder) -> None:
    found = [e for e in article(coder, NORWAY) if e.sentence_index == 1]
    assert [(e.cameo_code, e.dyad) for e in found] == [("114", "IRN|NOR")]


def test_two_acts_of_other_codes_both_kept(coder: Coder) -> None:
    # near miss: a second act of another code in the same sentence stays
    body = NORWAY.replace("passed her a note of protest", "expelled two of her attaches")
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [e.cameo_code for e in found] == ["114", "161"]
