"""Acts of a news site's non-political sentences, round 28: praise, approval and defence
aimed at no party ("the mayor praised the new tram line", "the minister defended the
budget") are a comment on a thing, not diplomatic cooperation (CAMEO 05) with anyone. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, types


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Lyon praised the new tram line as a model for other cities.",
        "Spain's finance minister defended the budget in parliament on Tuesday.",
        "The regional governor welcomed the investment in the steelworks.",
        "Voters in the canton approved a plan to build a new hospital.",
    ],
)
def test_praise_of_a_thing_is_no_support(coder: Coder, text: str) -> None:
    assert "SUPPORT" not in types(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The French president praised Italy's prime minister for her courage.",
        "Japan's foreign minister welcomed China's decision to lift the ban on seafood.",
    ],
)
def test_praise_of_a_party_stays(coder: Coder, text: str) -> None:
    assert "SUPPORT" in types(coder, text)


def test_welcoming_an_earlier_act_keeps_its_maker(coder: Coder) -> None:
    text = (
        "China lifted its ban on Japanese seafood imports on Friday. "
        "Japan's foreign minister welcomed the decision."
    )
    support = [e for e in article(coder, text) if e.plover_type == "SUPPORT"]
    assert support and support[0].target is not None and support[0].target.code.startswith("CHN")


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister postponed a planned trip abroad to deal with the floods.",
        "The governor of Texas cancelled a trip to Washington after the storm.",
    ],
)
def test_ones_own_trip_called_off_is_no_sanction_codes_nothing(coder: Coder, text: str) -> None:
    assert types(coder, text) == set()


def test_a_state_visit_called_off_to_another_state_stays(coder: Coder) -> None:
    text = "Japan's prime minister cancelled a visit to Beijing in protest at the arrests."
    assert "SANCTION" in types(coder, text)


def test_la_liga_is_no_mexican_guerrilla_codes_nothing(coder: Coder) -> None:
    text = "La Liga rejected the complaint from the club on Monday."
    codes = {e.source.code for e in events(coder, text) if e.source is not None}
    assert codes == set()
