"""Round 57 (article57): a party named by a deed the story already told.

A comma-set "which"/"who" clause whose past verb takes a definite object ("the council, which
drafted the plan, says ...", "the union, which called the strike.") describes its antecedent by a
known deed, a back-reference (docs/labelling.md, section 1: background and context), and holds no
act of the sentence (`existence.deed_relative`). The clause's act is still an act when it names a
day of the story, when its object has no determiner, or when the clause goes on with "and"."""

from __future__ import annotations

from tensionwatch.domain import existence
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


def _head(sentence: str, verb: str) -> tuple[list[str], int]:
    words = tokenize(sentence).words
    return words, words.index(verb)


# the only act of the sentence is the clause's: no event
def test_deed_clause_alone_is_no_event(coder: Coder) -> None:
    text = (
        "Somalia's president told reporters that the Turkish government, which proposed the "
        "talks, hopes they will resume within a week."
    )
    assert code_list(coder, text) == []


# the sentence's own act stays, the clause's act closing the sentence goes
def test_deed_clause_after_main_act(coder: Coder) -> None:
    text = (
        "Police in Kathmandu arrested three leaders of the Nepali Students' Union, which "
        "organized the march."
    )
    found = code_list(coder, text)
    assert found and found[0].startswith("17")
    assert not any(code.startswith("14") for code in found)


def test_deed_relative_reads_the_clause() -> None:
    words, head = _head("The rebels, which seized the town, said they would leave.", "seized")
    assert existence.deed_relative(words, head)
    # a day of the story named in the clause: the act may be the news
    words, head = _head("The rebels, which seized the town on Monday, said so.", "seized")
    assert not existence.deed_relative(words, head)
    # no determiner before the object: "which invaded Ukraine"
    words, head = _head("Russia, which invaded Ukraine, said it would respond.", "invaded")
    assert not existence.deed_relative(words, head)
    # the clause goes on with another verb
    words, head = _head("The union, which called the strike and blocked roads, met.", "called")
    assert not existence.deed_relative(words, head)
    # no comma before the relative: a restrictive clause
    words, head = _head("It was the army which shelled the town, residents said.", "shelled")
    assert not existence.deed_relative(words, head)
