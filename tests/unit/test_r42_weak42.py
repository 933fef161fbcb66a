"""Round 42, weak42: known weak points of round 41 mended by general rules, and the ones left
pinned as strict xfails that say what is still wrong. Every sentence in these tests was written
for them (invented people, places and wording)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events_in, recommended_coder

coder = recommended_coder

KITWE = "KITWE, Zambia, June 3 (Reuters) - "


def _sides(coder: Coder, body: str, index: int = 0) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event of sentence `index`."""
    return [
        (
            event.cameo_code,
            event.source.code if event.source else None,
            event.target.code if event.target else None,
        )
        for event in events_in(coder, body, index)
    ]


# Labelling guide point 38: supporters of a person, a force or a cause are civilians (CVL); the
# of-phrase no longer hides the head ("supporters of former President X" was coded X, GOV).
def test_supporters_of_a_former_president_are_civilians(coder: Coder) -> None:
    body = (
        KITWE + "Supporters of former President Mwila Chanda blocked the Chingola road on Monday."
    )
    found = _sides(coder, body)
    assert found and found[0][1] == "ZMBCVL"


def test_supporters_of_a_cleric_fired_on_are_civilians(coder: Coder) -> None:
    body = (
        KITWE + "Police fired tear gas at supporters of the jailed preacher Joel Tembo on Monday."
    )
    assert ("175", "ZMBCOP", "ZMBCVL") in _sides(coder, body)


def test_supporters_of_a_party_stay_the_opposition(coder: Coder) -> None:
    body = KITWE + "Police fired tear gas at supporters of the banned Copperbelt Front on Monday."
    assert ("175", "ZMBCOP", "ZMBOPP") in _sides(coder, body)


def test_a_former_president_himself_keeps_his_sector(coder: Coder) -> None:
    body = (
        KITWE + "Former President Mwila Chanda accused the police of beating his aides on Monday."
    )
    found = _sides(coder, body)
    assert found and found[0][1] != "ZMBCVL"


# An act named as the object of another act of the same maker is someone else's: a welcomed
# release is praised, not made, by the welcomer (guide point 32); protests met with force are
# not the force's protests.
TASHKENT = "TASHKENT, June 3 (Reuters) - Uzbekistan freed a jailed blogger on Monday. "


def test_a_welcomed_release_frees_no_one(coder: Coder) -> None:
    found = _sides(coder, TASHKENT + "Germany welcomed the release.", 1)
    assert found == [("051", "DEU", "UZBGOV")]


def test_a_release_told_after_a_welcome_stays(coder: Coder) -> None:
    text = "Germany welcomed the talks, and Uzbek authorities released two more bloggers."
    codes = [code for code, _, _ in _sides(coder, TASHKENT + text, 1)]
    assert "0841" in codes and "051" in codes


SAMARKAND = "SAMARKAND, Uzbekistan, June 3 (Reuters) - Taxi drivers blocked a highway on Monday. "


def test_protests_cracked_down_on_are_not_the_forces_protest(coder: Coder) -> None:
    text = (
        "Scores of people died when security forces cracked down on protests after the April poll."
    )
    found = _sides(coder, SAMARKAND + text, 1)
    assert found and found[0][0].startswith("17")
    assert [code for code, _, _ in found if code.startswith("14")] == []


def test_a_protest_by_the_crowd_after_force_stays(coder: Coder) -> None:
    text = (
        "Police cracked down on the drivers, and the drivers staged protests outside the city hall."
    )
    codes = [code for code, _, _ in _sides(coder, SAMARKAND + text, 1)]
    assert any(code.startswith("17") for code in codes)
    assert any(code.startswith("14") for code in codes)
