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


@pytest.mark.parametrize(
    ("pattern", "fault"),
    [
        ("pledged {that|} * ceasefire", "empty alternative"),
        ("{|vowed} * truce", "empty alternative"),
        ("{} truce", "brace"),
        ("{halt~|stop~ * truce", "brace"),
        ("{halt~|{stop~|end~}} truce", "brace"),
        ("re{call~|fuse~} envoy", "brace"),
        ("broke_off talks", "no token takes"),
        ("{will|'ll} retaliate", "no token takes"),
        ("{sign~|inked} pact {.|;}", "no token takes"),
        ("Sanctions imposed", "no token takes"),
        ("sanctions  imposed", "two spaces"),
    ],
)
def test_a_pattern_no_sentence_could_match_is_rejected(pattern: str, fault: str) -> None:
    with pytest.raises(ValueError, match=fault) as raised:
        parse(f"{HEADER}# a comment\n163\t0.8\t{pattern}\n", "mine.tsv")
    assert "mine.tsv line 3" in str(raised.value)


@pytest.mark.parametrize(
    ("line", "fault"),
    [
        ("163\t0.8", "2 fields"),
        ("163\t0.8\tpact\textra", "4 fields"),
        ("163\t1.8\tpact", "outside 0-1"),
        ("163\thigh\tpact", "no number"),
        ("16a\t0.8\tpact", "CAMEO code"),
    ],
)
def test_a_line_with_bad_fields_is_rejected(line: str, fault: str) -> None:
    with pytest.raises(ValueError, match=fault):
        parse(f"{HEADER}{line}\n")


def test_every_form_of_the_syntax_still_loads() -> None:
    """The near miss: gaps, braces with phrases, inflections, a mid-word `~`, digits with
    commas, clause punctuation, and a modal's negation that reads a contraction ("won't")."""
    text = (
        f"{HEADER}---\t0.9\tcease~ fire~\n"
        "195\t0.9\t{bomb~|air_strike~} ** {town|city}\n"
        '190\t1\tfire~d * 1,000 {shells|rockets} {,|;|"}\n'
        "125\t0.6\t{will|would} not {accept|sign~} * offer~s\n"
    )
    lexicon = Lexicon(parse(text))
    assert len(lexicon) == 1 + 2 + 1 + 1  # the phrase in braces is a pattern of its own
    assert codes(lexicon, "The jets bombed the outskirts of the city.") == ["195"]
    assert codes(lexicon, "Officials said they won't accept the latest offers.") == ["125"]
