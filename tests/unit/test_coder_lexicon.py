"""The trigger lexicon: inflections, phrase expansion, gaps and discards."""

from __future__ import annotations

import pytest

from tensionwatch.domain.acts import select
from tensionwatch.domain.coder import Coder, _verdict_nouns
from tensionwatch.domain.lexicon import (
    Lexicon,
    compile_pattern,
    default_lexicon,
    inflections,
    parse,
    tokenize,
)
from tests.unit.coding import dyad, events


def codes(lexicon: Lexicon, text: str) -> list[str]:
    return [match.pattern.code for match in lexicon.find(tokenize(text))]


def test_regular_inflections_include_doubled_consonants() -> None:
    assert {"expel", "expels", "expelled", "expelling"} <= inflections("expel")
    assert {"deny", "denies", "denied", "denying"} <= inflections("deny")
    assert {"agree", "agreed", "agreeing"} <= inflections("agree")


def test_braces_with_phrases_expand_to_separate_patterns() -> None:
    patterns = compile_pattern("{airstrike|air_strike}", "195", 0.9)
    assert len(patterns) == 2
    lexicon = Lexicon(patterns)
    assert codes(lexicon, "An air strike hit the town.") == ["195"]
    assert codes(lexicon, "The airstrike hit the town.") == ["195"]


def test_gap_spans_a_few_words_but_not_a_clause_break() -> None:
    lexicon = Lexicon(parse("code\tweight\tpattern\n163\t0.8\t{impose~} * sanctions\n"))
    assert codes(lexicon, "They imposed new economic sanctions.") == ["163"]
    assert codes(lexicon, "They imposed a curfew; sanctions came later.") == []
    assert codes(lexicon, "They imposed a very long list of new targeted sanctions.") == []


def test_tokens_keep_offsets_into_the_text() -> None:
    tokens = tokenize("Kenya’s army, not police, won't act.")
    assert "kenya's" in tokens.words and tokens.words[-3:] == ["will", "not", "act"]
    assert [tokens.text[start:end] for start, end in tokens.spans[-3:]] == ["wo", "n't", "act"]
    start, end = tokens.spans[tokens.words.index("army")]
    assert tokens.text[start:end] == "army"


def test_project_lexicon_knows_accusation_phrases() -> None:
    lexicon = default_lexicon()
    assert "112" in codes(lexicon, "They said Hanoi was behind the hacking.")
    assert "112" in codes(lexicon, "Seoul claimed that the drones came from the north.")
    assert "112" in codes(lexicon, "Manila holds Beijing responsible for the collision.")


def test_discards_win_over_triggers_they_overlap() -> None:
    lexicon = default_lexicon()
    assert select(lexicon.find(tokenize("The minister was behind schedule."))) == []


def test_acts_with_long_object_phrases_are_found() -> None:
    lexicon = default_lexicon()
    lifted = "Oman lifted the long-standing trade and travel restrictions on Qatar."
    provided = "Norway has provided Mali with more than 40 million dollars in assistance."
    assert "081" in codes(lexicon, lifted)
    assert "070" in codes(lexicon, provided)
    assert "075" in codes(lexicon, "Greece opened its borders to refugees from Turkey.")


def test_the_verdict_nouns_are_the_verdict_patterns_own() -> None:
    """The coder reads the nouns a copula's verdict judges from data/triggers.tsv's pattern
    (its copy had missed the manoeuvres and interceptions the pattern gained in round 26)."""
    nouns = _verdict_nouns()
    assert {"actions", "protest", "manoeuvre", "maneuvers", "interception"} <= nouns
    assert codes(default_lexicon(), "He said the interception was unsafe.") == ["111"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Canada's defence minister said the Chinese manoeuvre was unsafe.", ("CAN", "CHN")),
        ("Norway said the Russian interception was dangerous and provocative.", ("NOR", "RUS")),
    ],
)
def test_a_speakers_verdict_on_a_manoeuvre_is_the_speakers_charge(
    coder: Coder, text: str, sides: tuple[str, str]
) -> None:
    assert dyad(coder, text, "ACCUSE") == sides


def test_a_legal_case_launched_in_a_reported_clause_is_no_speakers_verdict(coder: Coder) -> None:
    """ "launch" is a verdict noun ("the launch was reckless") and opens "launch a legal case"
    (115): the case is the reported subject's, against its object."""
    text = (
        "The foreign ministry said the opposition would launch a legal case against the "
        "electoral commission."
    )
    found = [e for e in events(coder, text) if e.cameo_code == "115"]
    assert found and found[0].source is not None and found[0].target is not None
    assert found[0].source.text == "opposition"
    assert found[0].target.text == "electoral commission"
