"""Round 61 (tokens61): a contraction is two tokens, each read as the word it stands for.

"didn't" reads as "did not", "won't" as "will not", "we'll" as "we will", "they'd agreed" as
"they had agreed" and "we'd welcome" as "we would welcome", so every rule written for the full
words reads the quoted, contracted form alike; the tokens' spans stay the text's characters.
Names, possessives and "it's" are not split. A pattern that lists a contraction or one of its
pieces ("won't", "n't") could never match and is refused."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import parse, tokenize
from tests.unit.coding import dated, evaluation_coder, first_dyad

coder = evaluation_coder

HEADER = "code\tweight\tpattern\n"


def _read(text: str) -> tuple[list[str], list[str]]:
    tokens = tokenize(text)
    return tokens.words, [text[start:end] for start, end in tokens.spans]


def test_a_negated_auxiliary_is_two_tokens_read_as_its_words() -> None:
    assert _read("Seoul didn't reply.") == (
        ["seoul", "did", "not", "reply"],
        ["Seoul", "did", "n't", "reply"],
    )
    assert _read("They WON’T go") == (["they", "will", "not", "go"], ["They", "WO", "N’T", "go"])
    assert _read("we can't") == (["we", "can", "not"], ["we", "ca", "n't"])


def test_a_pronoun_clitic_is_read_as_its_modal_or_verb() -> None:
    assert _read("We'll act")[0] == ["we", "will", "act"]
    assert _read("they're here, we've left")[0] == [
        "they",
        "are",
        "here",
        ",",
        "we",
        "have",
        "left",
    ]


def test_a_d_is_had_before_a_participle_and_would_before_a_verb() -> None:
    assert _read("they'd agreed")[0] == ["they", "had", "agreed"]
    assert _read("she'd been")[0] == ["she", "had", "been"]
    assert _read("we'd welcome talks")[0] == ["we", "would", "welcome", "talks"]
    assert _read("I'd")[0] == ["i", "would"]


def test_names_and_possessives_stay_one_token_beside_a_contraction() -> None:
    words, _ = _read("Sa'd O'Neill Japan's it's ma'am we'll")
    assert words == ["sa'd", "o'neill", "japan's", "it's", "ma'am", "we", "will"]


@pytest.mark.parametrize(
    ("contracted", "full"),
    [
        (
            '"We won\'t return to the talks with Washington," the Iranian negotiator said.',
            '"We will not return to the talks with Washington," the Iranian negotiator said.',
        ),
        (
            '"We won\'t accept sanctions from Washington," the Iranian foreign minister said.',
            '"We will not accept sanctions from Washington," the Iranian foreign minister said.',
        ),
        (
            "The Kremlin didn't comment on the report.",
            "The Kremlin did not comment on the report.",
        ),
    ],
)
def test_a_contracted_negation_is_coded_as_the_full_one(
    coder: Coder, contracted: str, full: str
) -> None:
    found = first_dyad(coder, contracted)
    assert found is not None and found == first_dyad(coder, full)


def test_a_contracted_modal_makes_an_intention(coder: Coder) -> None:
    for text in (
        "China said it wouldn't hesitate to use force against Taiwan.",
        '"We\'ll expel the Russian diplomats," the Polish foreign minister said.',
        "Seoul said it'd impose sanctions on Pyongyang.",
    ):
        found = dated(coder, text)
        assert found and all(modality == "intended" for _, _, modality in found), text


@pytest.mark.parametrize("pattern", ["{not|n't} comment", "{won't|refuse~} to talk", "wo not act"])
def test_a_pattern_writing_a_contraction_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="contraction"):
        parse(f"{HEADER}011\t0.8\t{pattern}\n")
