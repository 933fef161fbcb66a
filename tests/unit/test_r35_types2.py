"""Round 35, wrong event types, second pass (types2): people described by a deportation are no
deportation of the sentence, whether the participle stands before them as the object of a
present participle ("two planes carrying deported Guatemalans") or after them with where they
were sent from ("would not accept citizens deported from Spain"); the deportation told as done
keeps its event (near misses). A charge verb between a pronoun and its own preposition ("others it
accused of undermining the courts", "men they charged with treason") opens a relative clause on
the noun before it, the "whom" left out: the charge describes whom the sanction or arrest was
done to and is no act of the sentence; "It accused Russia of ..." keeps its accusation. An
attack's noun "blamed on" a party right after it ("A bombing blamed on Islamist militants killed
12 soldiers") is the attack, made by that party; no accusation, which names no accuser. "The
government blamed the attack on ..." and "the bombing, which activists blamed on the police"
keep their accusations. A negation ends with a negated copula's complement before "and" ("said
the dismissal was not enough and demanded that the president step down"): the demand after it is
not negated; a participle after the negation ("were not arrested and charged") stays negated.
Every sentence in these tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, evaluation_coder, first_act, first_dyad

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "The air force turned back two planes carrying deported Guatemalans on Sunday.",
        "A charter flight carrying deported Malians landed in Bamako on Tuesday.",
        "Ghana said on Thursday it would not accept more of its citizens deported from Italy.",
        "Mali's government said it would refuse entry to migrants expelled from Algeria.",
    ],
)
def test_people_described_by_a_deportation_are_no_deportation(coder: Coder, text: str) -> None:
    assert not [code for code in code_list(coder, text) if code.startswith("174")]


@pytest.mark.parametrize(
    "text",
    [
        "Italy deported 40 Ghanaians from Milan on Thursday.",
        "The United States deported 40 Guatemalans on Thursday.",
        "Algeria expelled hundreds of Malian migrants from its southern towns last week.",
        "Officials said Spain deported dozens of Malians from the Canary Islands on Monday.",
    ],
)
def test_a_deportation_done_keeps_its_event(coder: Coder, text: str) -> None:
    assert "174" in code_list(coder, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The U.S. Treasury on Friday sanctioned two Hungarian ministers and others it accused "
            "of undermining the courts.",
            "163",
        ),
        ("Police arrested three men they accused of plotting an attack on the embassy.", "173"),
        ("Uganda detained four activists it charged with treason after the rally.", "173"),
    ],
)
def test_a_charge_in_a_contact_relative_clause_is_no_act(
    coder: Coder, text: str, code: str
) -> None:
    assert code_list(coder, text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "It accused Russia of funding the militia in the east.",
        "Two ministers said they accused the judges of bias in the election case.",
        "Britain accused Russia of funding the militia in the east.",
    ],
)
def test_a_charge_with_its_object_keeps_its_event(coder: Coder, text: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[1] == "112"


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "A bombing blamed on Islamist militants killed 12 soldiers in northern Mali on Sunday.",
            "183",
            "MLI",
            "MLI",
        ),
        (
            "An ambush blamed on Tuareg rebels killed four Malian soldiers near Kidal.",
            "190",
            "MLI",
            "MLI",
        ),
    ],
)
def test_an_attack_blamed_on_a_party_is_its_attack(
    coder: Coder, text: str, code: str, source: str, target: str
) -> None:
    assert code_list(coder, text)[:1] == [code]
    found = first_dyad(coder, text)
    assert found is not None and found[2:] == (source, target)
    assert "112" not in code_list(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government blamed the attack on Islamist militants in the north.",
        "Students marched on Tuesday over the killing of a classmate, which activists blamed on "
        "the police.",
        "The interior minister blamed on Monday the bombing on rebels from the north.",
    ],
)
def test_a_blame_with_its_blamer_keeps_its_accusation(coder: Coder, text: str) -> None:
    assert "112" in code_list(coder, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The opposition said the dismissal was not enough and demanded that the president "
            "step down.",
            "1041",
        ),
        (
            "The union said the new curfew was not lawful and urged the interior minister to "
            "resign.",
            "0241",
        ),
    ],
)
def test_a_negated_complement_before_and_leaves_the_next_act(
    coder: Coder, text: str, code: str
) -> None:
    assert code_list(coder, text)[:1] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The two activists were not arrested and charged, their lawyer said.",
        "Police did not arrest and charge the activists.",
        "The opposition said it was not demanding that the president step down.",
    ],
)
def test_a_negation_over_the_act_still_holds(coder: Coder, text: str) -> None:
    assert not [code for code in code_list(coder, text) if code[:2] in ("10", "17")]
