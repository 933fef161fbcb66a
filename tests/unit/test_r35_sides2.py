"""Round 35, wave 2, wrong parties (sides2), tested on sentences written for them.

- "criticised the mass arrests", "condemned the deadly shelling", "condemned Sunday's
  shelling": a criticism of a definite act with one word describing it, or a day's possessive
  for its determiner, reaches the act's maker as "criticised the arrests" does
  (`roles.criticised_noun`); a word that opens another phrase ("the ban on", "that the")
  describes nothing.
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
    body = MINSK_LEAD + "Amnesty International criticised the mass arrests as disproportionate."
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
