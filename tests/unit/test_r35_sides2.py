"""Round 35, wave 2, wrong parties (sides2), tested on sentences written for them.

- "criticised the mass arrests", "condemned the deadly shelling", "condemned Sunday's
  shelling": a criticism of a definite act with one word describing it, or a day's possessive
  for its determiner, reaches the act's maker as "criticised the arrests" does
  (`roles.criticised_noun`); a word that opens another phrase ("the ban on", "that the")
  describes nothing;
- "condemned the attack on Yerevan", "the strikes against Armenian villages": the party after
  "on" or "against" past the criticised act is its sufferer, and the criticism is aimed at
  the act's maker (`roles._victim_named`, in `roles.criticised_past_clause`; docs/labelling.md
  2: the one condemned is the doer of the condemned act); "blamed the attack on X" accuses X,
  and with no maker reported the party stays.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.roles import criticised_noun
from tests.unit.coding import evaluation_coder, sides_of, undated_in

coder = evaluation_coder

MINSK_LEAD = "Police in Minsk arrested 200 opposition supporters on Sunday. "
SHELLING_LEAD = "Azerbaijani troops shelled villages in Armenia on Sunday. "


def _accusation_sides(coder: Coder, body: str) -> tuple[str | None, str | None]:
    found = [e for e in undated_in(coder, body, 1) if e.plover_type == "ACCUSE"]
    assert found
    return sides_of(found[0])


def test_criticised_mass_arrests_reach_the_police(coder: Coder) -> None:
    body = MINSK_LEAD + "Human Rights Watch criticised the mass arrests as heavy-handed and cruel."
    found = [e for e in undated_in(coder, body, 1) if e.plover_type == "ACCUSE"]
    assert found
    assert found[0].target is not None and found[0].target.code == "BLRCOP"


def test_criticised_arrests_with_no_word_between_still_reach_the_police(coder: Coder) -> None:
    body = MINSK_LEAD + "Amnesty International criticised the arrests as disproportionate."
    found = [e for e in undated_in(coder, body, 1) if e.plover_type == "ACCUSE"]
    assert found
    assert found[0].target is not None and found[0].target.code == "BLRCOP"


def test_condemned_deadly_shelling_reaches_the_shooter(coder: Coder) -> None:
    body = SHELLING_LEAD + "Moscow condemned the deadly shelling."
    assert _accusation_sides(coder, body) == ("RUS", "AZE")


def test_condemned_a_days_shelling_reaches_the_shooter(coder: Coder) -> None:
    body = SHELLING_LEAD + "Moscow condemned Sunday's shelling."
    assert _accusation_sides(coder, body) == ("RUS", "AZE")


def test_a_criticism_naming_its_target_keeps_it(coder: Coder) -> None:
    body = SHELLING_LEAD + "Moscow condemned the deadly shelling by Armenian forces."
    assert _accusation_sides(coder, body) == ("RUS", "ARM")


def test_criticised_noun_reads_one_describing_word() -> None:
    assert criticised_noun("the mass arrests".split(), 0) == "arrests"
    assert criticised_noun("sunday's shelling".split(), 0) == "shelling"
    assert criticised_noun("the arrests".split(), 0) == "arrests"


def test_criticised_noun_reads_no_other_phrase() -> None:
    assert criticised_noun("that the attack".split(), 0) is None
    assert criticised_noun("the said attack".split(), 0) is None
    assert criticised_noun("the mass rally".split(), 0) is None
    assert criticised_noun("monday shelling".split(), 0) is None


def test_condemned_attack_on_a_place_reaches_the_attacker(coder: Coder) -> None:
    body = SHELLING_LEAD + "Moscow condemned the attack on Yerevan."
    assert _accusation_sides(coder, body) == ("RUS", "AZE")


def test_condemned_strikes_against_civilians_reach_the_attacker(coder: Coder) -> None:
    body = SHELLING_LEAD + "Moscow condemned the deadly strikes against Armenian civilians."
    assert _accusation_sides(coder, body) == ("RUS", "AZE")


def test_blamed_attack_on_a_side_accuses_that_side(coder: Coder) -> None:
    body = SHELLING_LEAD + "Baku blamed the attack on Armenian saboteurs."
    assert _accusation_sides(coder, body) == ("AZE", "ARM")


def test_condemned_attack_on_a_place_with_no_maker_reported_keeps_it(coder: Coder) -> None:
    body = "Moscow said on Monday it condemned the attack on Yerevan."
    found = [e for e in undated_in(coder, body, 0) if e.plover_type == "ACCUSE"]
    assert found
    assert sides_of(found[0]) == ("RUS", "ARM")
