"""Round 39, wrong parties in agency copy (sides6), tested on sentences written for them.

- A threat that reports what the threatener's own side will do ("warned that Baku would answer
  any provocation from Armenia", "said the movement's fighters would respond to any attack by
  X") names that side as the subject of the reported clause; the party threatened is the one
  after it (`targets._own_reported_subject`), also after "by" or "from" behind the hostile act
  answered. The own side had been taken for the object and then
  dropped as a self-target, so another party of the story, or none, took its place.
- With no party after it the own side stays the object ("warned that the army would be sent
  onto the streets": a threat at home), unless the threat vows to answer an act ("would respond",
  "would retaliate"): then the maker of the act answered, which the sentence before names
  (`targets._answer`, `roles.retaliation`).
- Victims named by a verb of suffering right before "when" ("Six Afghan civilians were killed
  when Pakistani rockets hit a fuel depot", "X was killed and his two brothers were wounded on
  Monday when a border patrol opened fire on them", "guards died when jets bombed the area")
  are the target of the violent act the
  "when" clause tells, when nothing after its verb is (`roles._victims_when`); not across a
  comma ("were wounded when a bomb went off, and troops opened fire": the troops' fire is no
  act on the wounded).
- A criticism of a definite act by its noun ("condemned the raid", "the strikes") is aimed at
  the maker of the act of the last sentence that told an act of its type with that word
  ("Turkish soldiers arrested four farmers during a raid"), though a later sentence told another
  party's act of that type (`ArticleContext.act_nouns`, `roles.criticised`); a raid is force
  or arrests. Only the nouns of force, arrests, shows of force and sanctions: remarks are
  named in passing ("In his opening remarks, the mayor rejected ...").
- Another state as the reported subject ("warned that Baku would pay a heavy price for any
  attack on Armenian villages") is still the one threatened.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad_in, evaluation_coder, in_sentence

coder = evaluation_coder

TEST_FIRED = (
    "BAKU, March 9 (Reuters) - Azerbaijan test-fired a new rocket system on Monday, the "
    "defence ministry said. "
)
SHELLED = (
    "BAKU, March 9 (Reuters) - Armenian troops shelled Azerbaijani positions near the village "
    "of Sofulu on Sunday, the defence ministry said. "
)
BLOCKED = (
    "ALMATY, Jan 6 (Reuters) - Protesters blocked roads in several Kazakh cities on Wednesday. "
)


def test_a_threat_to_answer_a_provocation_from_a_state_is_aimed_at_it(coder: Coder) -> None:
    body = TEST_FIRED + (
        "Defence Minister Zakir Hasanov, who watched the test, warned that Baku would answer "
        "any provocation from Armenia and its allies with a decisive blow."
    )
    assert dyad_in(coder, body, 1, "THREATEN") == ("AZE", "ARM")


def test_the_maker_of_an_attack_answered_after_by_is_threatened(coder: Coder) -> None:
    body = (
        "GAZA, June 2 (AP) - A truce between Israel and Hamas took effect on Monday. Hamas "
        "spokesman Hazem Qassem said the movement's fighters would respond to any incursion by "
        "Israeli troops."
    )
    assert dyad_in(coder, body, 1, "THREATEN") == ("PSE", "ISR")


def test_a_violation_by_a_neighbours_forces_names_the_one_threatened(coder: Coder) -> None:
    body = (
        "CARACAS, May 2 (Reuters) - Venezuela moved troops to the border with Guyana on "
        "Friday. Venezuela's defence minister said the government would respond to any "
        "incursion by Guyanese troops."
    )
    assert dyad_in(coder, body, 1, "THREATEN") == ("VEN", "GUY")


def test_a_vow_to_respond_answers_the_troops_that_struck(coder: Coder) -> None:
    body = SHELLED + (
        "A ministry spokesman said Azerbaijan would respond to the shelling, calling it a "
        "violation of its sovereignty."
    )
    target = in_sentence(coder, body, 1, "THREATEN").target
    assert target is not None
    assert (target.country, target.sector) == ("ARM", "MIL")


def test_a_threat_at_home_keeps_its_own_army(coder: Coder) -> None:
    body = BLOCKED + (
        "The interior minister warned that the army would be sent onto the streets should the "
        "blockades go on."
    )
    target = in_sentence(coder, body, 1, "THREATEN").target
    assert target is not None
    assert (target.country, target.sector) == ("KAZ", "MIL")


def test_a_threat_at_home_keeps_its_own_government(coder: Coder) -> None:
    body = BLOCKED + (
        "The president warned that the government would act with full force against anyone who "
        "occupied public buildings."
    )
    target = in_sentence(coder, body, 1, "THREATEN").target
    assert target is not None
    assert (target.country, target.sector) == ("KAZ", "GOV")


def test_another_state_as_the_reported_subject_is_still_threatened(coder: Coder) -> None:
    body = (
        "YEREVAN, March 9 (Reuters) - Armenia's defence ministry said Azerbaijani troops had "
        "fired on its positions on Sunday. The minister warned that Baku would pay a heavy "
        "price for any attack on Armenian villages."
    )
    event = in_sentence(coder, body, 1, "THREATEN")
    assert event.target is not None
    assert (event.source and event.source.country, event.target.text) == ("ARM", "Baku")


KUNAR = "KABUL, May 2 (Reuters) - "


def test_victims_killed_when_rockets_hit_are_the_target(coder: Coder) -> None:
    body = KUNAR + (
        "At least six Afghan civilians, including a child, were killed when Pakistani rockets "
        "hit a fuel depot and shops in the border district, Taliban officials said."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("PAK", "AFG")


def test_a_named_victim_wounded_on_a_day_when_a_patrol_fired_is_the_target(
    coder: Coder,
) -> None:
    body = KUNAR + (
        "Karim Wardak was killed and his two brothers were wounded on Monday when a Pakistani "
        "border patrol opened fire on them near the frontier, Afghan officials said."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("PAK", "AFG")


def test_fire_after_a_comma_is_no_act_on_the_wounded(coder: Coder) -> None:
    body = (
        "PESHAWAR, May 2 (Reuters) - Two Pakistani soldiers were wounded when a bomb went off, "
        "and troops opened fire."
    )
    target = in_sentence(coder, body, 0, "ASSAULT").target
    assert target is None or target.text != "Pakistani soldiers"


def test_guards_who_died_when_jets_bombed_are_the_target(coder: Coder) -> None:
    body = (
        "PESHAWAR, May 2 (Reuters) - Border guards of the Afghan Taliban died when Pakistani "
        "jets bombed the area, officials said."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("PAK", "AFG")


def test_a_raid_condemned_is_the_raiders_though_another_attack_came_before(
    coder: Coder,
) -> None:
    body = (
        "IDLIB, Syria (Reuters) - Rebel fighters shelled government positions near Saraqeb on "
        "Monday, a war monitor said. On Tuesday, Turkish soldiers arrested four farmers during "
        "a raid on a hamlet near Afrin, the local council said. Damascus condemned the raid as "
        "an act of aggression and asked the Security Council to intervene."
    )
    assert dyad_in(coder, body, 2, "ACCUSE") == ("SYR", "TUR")


def test_strikes_condemned_are_the_strikers_though_rockets_were_fired_since(
    coder: Coder,
) -> None:
    body = (
        "DARAA, Syria (AFP) - Israeli air strikes on an olive farm near Daraa killed two "
        "shepherds on Sunday, Syrian state media said. Militants fired rockets at an Israeli "
        "army post in the Golan on Monday, the Israeli military said. Syria's foreign minister "
        "condemned the strikes as a breach of the 1974 accord and urged Moscow to press Israel "
        "to stop."
    )
    assert dyad_in(coder, body, 2, "ACCUSE") == ("SYR", "ISR")


def test_remarks_named_in_passing_are_not_the_criticised_act(coder: Coder) -> None:
    body = (
        "ISTANBUL, May 2 (Reuters) - In his opening remarks, the jailed opposition mayor "
        "rejected the charges and accused the government of persecution. The German foreign "
        "minister urged Ankara to free him. Turkey's foreign ministry condemned the remarks as "
        "meddling in the work of its courts."
    )
    target = in_sentence(coder, body, 2, "ACCUSE").target
    assert target is not None and target.country != "TUR"
