"""Agency acts, round 30 (left4): "police surrounded the home of" and "troops encircled the
town" are a siege (191); "insisted that X halt" (an uninflected verb after its subject) is a
demand (100), "insisted that it would not halt" and "insisted that the move was lawful" are
not; "the town fell to the rebels" is the rebels' taking of it (192), the party after "to" the
source. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder

coder = evaluation_coder


def _codes(found: list) -> list[str]:  # type: ignore[type-arg]
    return [event.cameo_code for event in found]


def test_police_surrounding_a_home_is_a_siege(coder: Coder) -> None:
    body = "Zambian police surrounded the home of opposition leader Mwila Banda on Tuesday."
    found = [e for e in article(coder, body) if e.cameo_code == "191"]
    assert found
    assert (found[0].source.code if found[0].source else None) == "ZMBCOP"


def test_a_place_surrounded_by_hills_or_a_controversy_surrounding_is_no_act_codes_nothing(
    coder: Coder,
) -> None:
    assert not article(coder, "The town lies in a farming region surrounded by rivers.")
    body = "The controversy surrounding the palace has hurt the Zambian coalition."
    assert _codes(article(coder, body)) == []


def test_insisted_that_x_halt_is_a_demand(coder: Coder) -> None:
    found = article(coder, "Zambia insisted that Malawi halt the construction of the dam.")
    demand = next(e for e in found if e.cameo_code.startswith("10"))
    assert country(demand.source) == "ZMB"
    assert country(demand.target) == "MWI"


def test_insisted_that_it_would_not_halt_is_no_demand(coder: Coder) -> None:
    found = article(coder, "Malawi insisted that it would not halt the work on the dam.")
    assert not [e for e in found if e.cameo_code.startswith("10")]
    found = article(coder, "Zambia insisted that the operation was lawful.")
    assert not [e for e in found if e.cameo_code.startswith("10")]


def test_a_town_falling_to_the_rebels_is_taken_by_them(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Zambian rebels attacked a police post on Saturday. "
        "The town of Kasama fell to the rebels on Sunday."
    )
    taken = [e for e in article(coder, body) if e.cameo_code == "192"]
    assert taken
    assert (taken[0].source.code if taken[0].source else None) == "ZMBREB"


def test_a_figure_falling_to_a_level_is_no_act_codes_nothing(coder: Coder) -> None:
    body = "Support for the Zambian ruling party fell to 30 percent among soldiers."
    assert _codes(article(coder, body)) == []
    assert not article(coder, "Turnout in Zambia fell to the lowest level since 1990.")


def test_offering_to_compensate_is_a_promise_of_redress(coder: Coder) -> None:
    body = "LILONGWE (Reuters) - Malawi's government offered to compensate the victims' families."
    found = [e for e in article(coder, body) if e.cameo_code.startswith("03")]
    assert found
    assert country(found[0].source) == "MWI"


def test_refusing_or_demanding_compensation_is_no_promise(coder: Coder) -> None:
    found = article(coder, "Malawi's government refused to compensate the families.")
    assert not [e for e in found if e.cameo_code.startswith("03")]
    found = article(coder, "The families demanded that Malawi's government compensate them.")
    assert not [e for e in found if e.cameo_code.startswith("03")]


def test_a_party_fighting_alongside_another_is_not_the_subject(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - A militia fighting alongside the army attacked a village in "
        "northern Zambia on Monday."
    )
    attack = next(e for e in article(coder, body) if e.cameo_code.startswith("18"))
    assert attack.source is not None and "militia" in attack.source.text.lower()


def test_the_subject_before_alongside_still_acts(coder: Coder) -> None:
    body = "LUSAKA (Reuters) - The army attacked a village in northern Zambia alongside a militia."
    attack = next(e for e in article(coder, body) if e.cameo_code.startswith("18"))
    assert attack.source is not None and "army" in attack.source.text.lower()
