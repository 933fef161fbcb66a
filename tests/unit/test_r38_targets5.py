"""Round 38, targets5: targets left empty where the sentence names one (sentences written for
these tests; docs/labelling.md, section 2: the parties).
A verb after "and" that opens a "that" clause is the sentence subject's own act, no second
participle of a passive before it: "... after its nets were seized and demanded that Vietnam
pay a fine" is a demand aimed at Vietnam (roles._active_with_clause; near misses: a passive
pair "were stopped and deported" keeps its target, and "were gathered and warned that" keeps
its passive reading).
An appeal by a legislator to people named by a common noun with no country ("the speaker
called on residents to resettle") is to its own people, as a state body's is
(roles._own_people), and "the displaced" and "evacuees" are such people (near miss: "Thai
migrants", a demonym, is not).
"Several of them, including a senator, were forced into police vans": a pronoun after a
partitive that opens the sentence, before "were", "are" or a comma, is the subject the
partitive counts, no object of "of" (clauses._partitive_subject; near miss: "Some of them broke
through a barricade" is left as it was, since "them" would take the police told before the
crowd)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    dyad,
    dyad_in,
    in_sentence,
    recommended_coder,
    sides_of,
    types,
)

coder = recommended_coder


def test_a_demand_after_a_passive_clause_keeps_its_addressee(coder: Coder) -> None:
    text = (
        "Thailand detained the trawler's crew after its nets were seized and demanded that "
        "Vietnam pay a fine for the catch."
    )
    assert dyad(coder, text, "REQUEST") == ("THA", "VNM")


def test_a_coordinated_passive_keeps_its_target(coder: Coder) -> None:
    text = "Two Lao activists were stopped and deported on Monday."
    assert dyad(coder, text, "COERCE")[1] == "LAO"


def test_a_passive_warned_of_a_clause_stays_passive_codes_nothing(coder: Coder) -> None:
    # the students were warned; they warned no one
    text = "Lao students were gathered and warned that Thai police would arrest them."
    assert types(coder, text) == set()


ASSEMBLY = (
    "PHNOM PENH (AP) — Thousands of Cambodians began going back to border villages on Thursday "
    "after a truce took hold. National Assembly President Khuon Sudary called on {} to resettle "
    "in their villages before the rains."
)


def test_a_speakers_appeal_to_the_displaced_is_to_its_own_people(coder: Coder) -> None:
    assert dyad_in(coder, ASSEMBLY.format("the displaced"), 1, "REQUEST") == ("KHM", "KHM")


def test_an_armys_appeal_to_evacuees_is_to_its_own_people(coder: Coder) -> None:
    body = ASSEMBLY.replace("National Assembly President Khuon Sudary", "Cambodia's army")
    assert dyad_in(coder, body.format("the evacuees"), 1, "REQUEST") == ("KHM", "KHM")


def test_a_speakers_appeal_to_foreign_people_is_not_to_its_own(coder: Coder) -> None:
    assert dyad_in(coder, ASSEMBLY.format("Thai migrants"), 1, "REQUEST")[1] != "KHM"


MARCH = (
    "Hundreds of Thai opposition lawmakers marched to the election office in Bangkok on "
    "Monday to protest against the new voter rolls. {}"
)


def test_a_partitive_of_them_opening_a_passive_is_its_target(coder: Coder) -> None:
    body = MARCH.format("Several of them, including a senator, were forced into police vans.")
    assert sides_of(in_sentence(coder, body, 1, "COERCE"))[1] == "THA"


def test_a_partitive_of_them_acting_keeps_the_crowd_as_its_subject(coder: Coder) -> None:
    body = (
        "Police in Vientiane shot dead three demonstrators outside the national assembly on "
        "Monday. Crowds of young people, many of them university students, had gathered at the "
        "assembly. Some of them broke through a police barricade."
    )
    source = in_sentence(coder, body, 2, "PROTEST").source
    assert source is not None and source.code != "LAOCOP"  # the police broke through nothing
