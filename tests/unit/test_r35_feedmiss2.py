"""Round 35, feedmiss2: relevant lines of news-site copy the coder missed (sentences written for
these tests; docs/labelling.md, sections 1-2). A welcome of an act told earlier ("welcomed the
judgment", "welcomed the summons") is aimed at the act's maker on the welcomer's own side too
(roles.criticised with `welcome`), where a criticism still is not: an opposition leader welcomes
a court's ruling or the government's summons of an envoy. A summons is an act named by its
noun (roles.CRITICISED). Near misses: a welcome of the welcomer's own act, and of a thing that
is no act, stay unaimed and are not coded."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, sides_of, undated_in

coder = recommended_coder

RULING = (
    "Zambia's Constitutional Court annulled the results of the August presidential election "
    "on Monday. "
)
SUMMONS = (
    "Romania summoned Russia's ambassador on Tuesday to protest against remarks by a Russian "
    "general. "
)


def _welcomes(coder: Coder, body: str) -> list[tuple[str | None, str | None]]:
    """The sides of the second sentence's welcomes (CAMEO 051)."""
    return [sides_of(e) for e in undated_in(coder, body, 1) if e.cameo_code == "051"]


def test_an_opposition_leader_welcoming_a_ruling_is_coded(coder: Coder) -> None:
    body = RULING + "Opposition leader Hakainde Hichilema welcomed the judgment as a victory."
    assert _welcomes(coder, body) == [("ZMB", "ZMB")]


def test_an_opposition_party_welcoming_a_summons_targets_the_summoner(coder: Coder) -> None:
    body = SUMMONS + "Opposition leader Marcel Ciolacu welcomed the summons."
    assert _welcomes(coder, body) == [("ROU", "ROU")]


def test_a_government_welcoming_its_own_summons_is_no_welcome(coder: Coder) -> None:
    # near miss: the state that summoned the envoy does not welcome itself
    body = SUMMONS + "The Romanian government welcomed the summons."
    assert _welcomes(coder, body) == []


def test_a_welcome_of_a_thing_that_is_no_act_stays_unaimed(coder: Coder) -> None:
    # near miss: the weather is no act, and has no maker to be aimed at
    body = RULING + "Opposition leader Hakainde Hichilema welcomed the weather."
    assert _welcomes(coder, body) == []


def test_a_criticism_of_a_ruling_keeps_its_target(coder: Coder) -> None:
    # near miss: a criticism is still aimed as before (the government, not the court)
    body = RULING + "Opposition leader Hakainde Hichilema condemned the judgment."
    assert [e.cameo_code[:2] for e in undated_in(coder, body, 1)] == ["11"]
