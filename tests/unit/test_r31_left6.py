"""Round 31, left6: wrong codings other helpers left (an opposition party named with its
adjective, a campaign's quoted title, the offence a fine punishes), each a general fact of
news writing tested on sentences written for it, with the near misses that stay."""

from __future__ import annotations

from datetime import date

import pytest

from tensionwatch.domain.actors import default_index
from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, codes, evaluation_coder, events, first_act

coder = evaluation_coder
DAY = date(2025, 6, 1)


# --- "the opposition Green Party" is in opposition ------------------------------------------


def test_a_party_called_opposition_is_the_opposition() -> None:
    found = codes(default_index(), "The opposition Green Party walked out of the vote.", DAY)
    assert found == {"opposition Green Party": "OPP"}


def test_a_party_named_alone_stays_a_party() -> None:
    found = codes(default_index(), "The Green Party walked out of the vote.", DAY)
    assert found == {"Green Party": "PTY"}


def test_a_member_of_the_opposition_party_speaks_for_it(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Maria Lopes of the opposition Social Democratic Party accused the "
        "Zambian government of rigging the census on Monday."
    )
    event = article(coder, body)[0]
    assert event.source is not None and event.source.code == "ZMBOPP"
    assert event.target is not None and event.target.code == "ZMBGOV"


def test_a_name_before_of_the_and_a_place_takes_no_party_sector(coder: Coder) -> None:
    body = "LUSAKA (Reuters) - Maria Lopes of the Copperbelt accused the Zambian government."
    event = article(coder, body)[0]
    assert event.source is not None and event.source.sector not in ("OPP", "PTY")
    assert (event.source.code, event.target and event.target.code) == ("ZMB", "ZMBGOV")


# --- a campaign's quoted title names no judge or police ------------------------------------


def test_a_quoted_campaign_title_is_no_judge() -> None:
    text = "Members of the 'Justice for All' movement marched through the capital."
    assert "JUD" not in codes(default_index(), text, DAY).values()


def test_a_justice_named_outside_quotes_stays_a_judge() -> None:
    text = "Justice Mary Phiri of the Supreme Court dismissed the petition."
    assert "Justice Mary Phiri" in codes(default_index(), text, DAY)


def test_police_quoted_in_speech_stay_police(coder: Coder) -> None:
    text = 'A witness told reporters: "Police fired on us" as the march went on.'
    assert any(e.source is not None and e.source.sector == "COP" for e in events(coder, text))


# --- the offence a penalty punishes is no event of its own ---------------------------------


def test_a_rally_the_fined_leader_held_is_no_second_event(coder: Coder) -> None:
    body = (
        "NAIROBI (Reuters) - A court in Nairobi fined opposition leader Joseph Kamau on Monday "
        "for holding an unauthorised rally."
    )
    assert [event.plover_type for event in article(coder, body)] == ["COERCE"]


def test_students_arrested_for_organising_a_protest_are_one_arrest(coder: Coder) -> None:
    text = "Police in Nairobi arrested twelve students for organising a protest outside parliament."
    assert [event.plover_type for event in events(coder, text)] == ["COERCE"]


def test_a_rally_held_after_a_fine_is_still_told(coder: Coder) -> None:
    text = "Opposition supporters held a rally in Nairobi after the court fined their leader."
    assert "PROTEST" in [event.plover_type for event in events(coder, text)]


# --- training another side's troops is military aid (072) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "British instructors trained soldiers of Zambia in demining on Monday.",
        "Britain is training soldiers for the Zambian army.",
        "British officers trained Zambian pilots at a base near Lusaka on Monday.",
    ],
)
def test_training_another_states_troops_is_military_aid(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_code") == ("AID", "072", 2)


@pytest.mark.parametrize(
    "text",
    [
        "Highly trained soldiers of the Zambian army guarded the border on Monday.",
        "The army trained its own soldiers at a camp near Lusaka.",
        "Zambian troops held joint training with US forces near the border.",
    ],
)
def test_trained_as_an_adjective_or_a_drill_is_no_aid(coder: Coder, text: str) -> None:
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # joint training (drills) is 15 MOBILIZE by the guide.
    assert "AID" not in [event.plover_type for event in events(coder, text)]
