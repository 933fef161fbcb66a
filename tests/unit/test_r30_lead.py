"""Round 30, the lead's reading of the article set: a plural act two words after a
preposition that takes no clause ("sought a meeting over rebel attacks", "amid the militia
raids") is the phrase's noun, the reason of the act before it, not a second act of the
sentence's subject; seeking a meeting or talks asks to meet (026), no meeting is held. Every
sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder, types

coder = recommended_coder


def test_attacks_a_meeting_is_sought_over_are_no_act_of_the_seeker(coder: Coder) -> None:
    found = events(coder, "The Fijian minister sought a meeting over rebel attacks on Tuesday.")
    assert [e.plover_type for e in found] == ["REQUEST"]
    assert found[0].source is not None and found[0].source.country == "FJI"


def test_a_determiner_before_the_modifier_changes_nothing(coder: Coder) -> None:
    text = "Samoa's premier sought talks with Tonga over the militia raids on Monday."
    assert types(coder, text) == {"REQUEST"}


def test_a_plural_after_of_or_after_stays_a_verb(coder: Coder) -> None:
    # "of" ends a subject ("The President of Zambia visits"), "after" may open a clause
    assert "CONSULT" in types(coder, "The President of Zambia visits China.")
    assert "ASSAULT" in types(coder, "After Moscow attacks Kyiv, Nato meets.")


def test_a_past_tense_after_the_phrase_is_still_the_verb(coder: Coder) -> None:
    # only a plural "-s" reads as the phrase's noun: "Clashes over land killed five"
    text = "Gunmen angry over land seizures attacked a police post in Malawi on Sunday."
    found = events(coder, text)
    assert "ASSAULT" in {e.plover_type for e in found}


def test_seeking_a_meeting_asks_for_one(coder: Coder) -> None:
    found = events(coder, "The Fijian prime minister sought a meeting with his Samoan counterpart.")
    assert [e.cameo_code for e in found] == ["026"]
    assert found[0].target is not None and found[0].target.country == "WSM"


def test_a_meeting_held_is_still_a_meeting(coder: Coder) -> None:
    found = events(coder, "The Fijian prime minister met his Samoan counterpart on Monday.")
    assert [e.cameo_code[:2] for e in found] == ["04"]
