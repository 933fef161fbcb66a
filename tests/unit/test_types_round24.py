"""Event types that agency copy mixes up (round 24): two spoken acts joined by "and" (the
first is the sentence's act), a participle describing the object of an act, a praise "but" an
appeal. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, first_act

# --- 1. two spoken acts joined by "and": the first is the act (docs/labelling.md, one event) ---

ARTICLE = (
    "BRUSSELS (Reuters) - The European Union suspended part of its funding to Slovakia on "
    "Thursday over concerns about corruption. Slovakia's government called the decision "
    "political blackmail and threatened to block the bloc's next budget. Soldiers fired live "
    "rounds at protesters demanding the resignation of the governor, killing three."
)


def _first_in(coder: Coder, body: str, index: int) -> str:
    found = [e for e in article(coder, body) if e.sentence_index == index]
    assert found, f"no event in sentence {index}"
    return found[0].cameo_code


def test_first_of_two_spoken_acts(coder: Coder) -> None:
    # the criticism, reported first, is the act; the threat after "and" is not
    assert _first_in(coder, ARTICLE, 1)[:2] == "11"


def test_material_acts_joined_keep_their_order(coder: Coder) -> None:
    # a raid and the arrests it made: not spoken acts, the rule leaves them alone
    text = "Police raided the party's offices in Lusaka and detained five activists."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[1] == "17"


# --- 2. a participle right after a noun describes it --------------------------------------------


def test_participle_after_the_object_is_no_demand(coder: Coder) -> None:
    assert _first_in(coder, ARTICLE, 2)[:2] == "19"


def test_protest_demanding_stays_the_protest(coder: Coder) -> None:
    text = "Thousands of teachers marched in Bucharest demanding higher wages."
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- 3. a praise "but" an appeal: the praise, reported first -----------------------------------


def test_welcomed_but_urged_is_the_praise(coder: Coder) -> None:
    text = "Brazil's president welcomed the truce but urged both sides to free their prisoners."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SUPPORT", "05")
