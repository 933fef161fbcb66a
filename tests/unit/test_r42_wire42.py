"""Round 42 (wire42): parties in agency copy. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import is_noun
from tests.unit.coding import dyad_in, first_dyad, recommended_coder

coder = recommended_coder

DEPOT_LEAD = (
    "JUBA, March 3 (Reuters) - Sudan's air force bombed a fuel depot near the South Sudanese "
    "border town of Renk on Monday. "
)


# --- a quantifier floated after a listed subject ----------------------------------------------


def test_floated_all_leaves_the_verb_a_verb(coder: Coder) -> None:
    """ "Kenya, Uganda and Tanzania all condemned the strike": "condemned" after "all" is the
    list's verb, so the condemnation reaches the strike's maker, not the next clause's party."""
    body = (
        DEPOT_LEAD + "Kenya, Uganda and Tanzania all condemned the strike, and Kenya's president "
        "telephoned his South Sudanese counterpart."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("KEN", "SDN")


def test_floated_quantifier_reads_past_tense_as_verb() -> None:
    assert not is_noun("kenya and uganda all condemned the raid".split(), 4)
    assert not is_noun("the two envoys both rejected the plan".split(), 4)


def test_quantifier_after_a_preposition_stays_a_determiner() -> None:
    """Near miss: "the release of all detained protesters" is a noun phrase."""
    assert is_noun("the court ordered the release of all detained protesters".split(), 6)


# --- two sides that each release what they hold ------------------------------------------------


def test_each_freed_is_an_exchange(coder: Coder) -> None:
    """Labelling guide point 41: a release by each side is made to the other."""
    found = first_dyad(coder, "Armenia and Azerbaijan each freed a dozen detainees on Sunday.")
    assert found is not None
    assert (found[0], found[2], found[3]) == ("RETREAT", "ARM", "AZE")


def test_one_side_freeing_names_no_other(coder: Coder) -> None:
    """Near miss: one side's release names no one it is made to."""
    found = first_dyad(coder, "Armenia freed a dozen detainees at the border on Sunday.")
    assert found is not None
    assert (found[2], found[3]) == ("ARM", None)


# --- a sentence that opens with a prepositional phrase ------------------------------------------


def test_opening_phrase_comma_is_no_apposition(coder: Coder) -> None:
    """ "At a summit in Addis Ababa, the Netherlands, Belgium and Denmark urged": the comma
    closes the opening phrase, so the first-named state of the list is the subject."""
    found = first_dyad(
        coder,
        "At a summit in Addis Ababa, the Netherlands, Belgium and Denmark urged Sudan's army "
        "to open aid corridors.",
    )
    assert found is not None
    assert (found[0], found[2], found[3]) == ("REQUEST", "NLD", "SDN")


def test_apposition_after_a_subject_stays_enclosed(coder: Coder) -> None:
    """Near miss: a party set off by commas after the subject itself is its apposition."""
    found = first_dyad(
        coder,
        "Ghana's ambassador, the former foreign minister of Togo, urged Mali to open aid "
        "corridors.",
    )
    assert found is not None
    assert (found[2], found[3]) == ("GHA", "MLI")
