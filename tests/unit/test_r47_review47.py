"""Round 47, review47: the trigger tables' syntax, checked when they load."""

from __future__ import annotations

import pytest

from tensionwatch.domain.lexicon import Lexicon, default_lexicon, parse, tokenize

HEADER = "code\tweight\tpattern\n"


def codes(lexicon: Lexicon, text: str) -> list[str]:
    return [match.pattern.code for match in lexicon.find(tokenize(text))]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Frigates of the Ruritanian navy made a show of force near the strait.", "150"),
        ("The governor of Eastmark escaped an assassination attempt on Tuesday.", "185"),
        ("Border guards sent warning shots over the heads of the smugglers.", "150"),
    ],
)
def test_a_phrase_outside_braces_is_written_with_spaces(text: str, code: str) -> None:
    """`show_of_force`, `assassination_attempt` and `warning_shots` stood alone in
    triggers.tsv: an underscore is read only inside braces, so each was one form no token
    has and the line never matched."""
    assert code in codes(default_lexicon(), text)


def test_the_mended_phrases_still_need_all_their_words() -> None:
    assert "150" not in codes(default_lexicon(), "The army made a show of support for the mayor.")
    assert "185" not in codes(default_lexicon(), "The assassination of the archduke was studied.")
