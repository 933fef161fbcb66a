"""Round 43, learn43: a mention that starts inside a sentence's last token.

The actor index finds "terrorists" inside the hyphenated last word "narco-terrorists"; the
layout took the mention to begin one token past the sentence's end and the coder raised an
IndexError on the sentence (at the recommended floors too). The mention is now the last
token's."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_dyad, recommended_coder

coder = recommended_coder


def targets(coder: Coder, text: str) -> list[str | None]:
    return [e.target.code if e.target else None for e in events(coder, text)]


def test_hyphenated_last_word_is_coded(coder: Coder) -> None:
    # raised IndexError before: the mention's first token was len(words)
    found = first_dyad(coder, "Chilean marines fought narco-smugglers and narco-terrorists.")
    assert found == ("ASSAULT", "190", "CHL", "CHL")
    assert targets(coder, "Chilean marines fought narco-terrorists.") == ["CHLINS"]


def test_hyphenated_word_mid_sentence_unchanged(coder: Coder) -> None:
    # near miss: the same word with more words after it never crashed; its dyad is kept
    text = "Chilean marines fought narco-terrorists near the northern border on Tuesday."
    assert first_dyad(coder, text) == ("ASSAULT", "190", "CHL", "CHL")
    assert targets(coder, "Chilean marines fought rebels.") == ["CHLREB"]
