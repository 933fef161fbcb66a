"""Round 40, the maker of a denied act (makers8), tested on sentences written for them.

- An armed group's denial of a charge in a war within its own country ("the militia denied
  ambushing the convoy", "denied that its fighters had ...") answers its state, which reported
  or charged the act (`roles.DENIERS`, `roles._denied_charge`): the target is the government,
  not the group's own people and not no one. A war between two states keeps the other side.
- A denial's "that" clause is the charge, no object of the denial: "its" in "denied that its
  fighters" names no object that stops the target being filled (`roles._object_words`).
- An act told by "stormed" or "ambushed" ("Separatist fighters stormed a gendarmerie post") is
  noted under "the attack" (`coder.ACT_VERB_NOUNS`), so a later "condemned the attack" is aimed
  at the stormers, not at the forces that answered them in the sentence before; an attack
  told after the storming is the one condemned. So is a sentence or conviction told by its verb
  under "the verdict" ("A court sentenced her ... called the verdict a mockery"): the court's,
  not the police's who acted after it.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, in_sentence

coder = evaluation_coder


def _denial_target(coder: Coder, body: str, index: int) -> tuple[str | None, str | None]:
    event = in_sentence(coder, body, index, "REJECT")
    assert event.target is not None
    return event.target.country, event.target.sector


def test_a_militia_denying_an_ambush_the_army_reported_answers_the_state(coder: Coder) -> None:
    body = (
        "BAHIR DAR, Ethiopia, March 3 (Reuters) - Fano militiamen and federal troops fought "
        "outside the town of Debre Tabor on Sunday, residents said. The Ethiopian army said the "
        "militia had ambushed a supply convoy on the highway, killing four drivers. Fano denied "
        "ambushing the convoy on Monday."
    )
    assert _denial_target(coder, body, 2) == ("ETH", "GOV")


def test_a_rebel_denial_of_what_its_fighters_did_answers_the_state(coder: Coder) -> None:
    body = (
        "SITTWE, Myanmar, Aug 14 (AP) - The Arakan Army and junta forces clashed near the "
        "port of Sittwe on Tuesday, local media said. Myanmar's military government accused the "
        "Arakan Army of burning homes in two fishing villages. The Arakan Army denied that its "
        "fighters had set fire to any homes."
    )
    assert _denial_target(coder, body, 2) == ("MMR", "GOV")


def test_an_armed_group_denial_in_a_war_between_states_keeps_the_other_state(
    coder: Coder,
) -> None:
    body = (
        "GARISSA, Kenya, June 2 (Reuters) - Kenyan troops clashed with al Shabaab fighters "
        "near the Somali border on Monday, the Kenyan army said. Kenya's defence ministry said "
        "the militants had planted roadside bombs along the border road. Al Shabaab denied "
        "planting the bombs."
    )
    assert _denial_target(coder, body, 2)[0] == "KEN"


def test_a_state_denial_at_home_is_still_aimed_at_its_own_people(coder: Coder) -> None:
    body = (
        "HARARE, Zimbabwe, Oct 9 (AP) - Police fired tear gas at vendors who "
        "marched through central Harare on Wednesday, witnesses said. The police denied any "
        "wrongdoing."
    )
    assert _denial_target(coder, body, 1) == ("ZWE", "CVL")


def _criticism_target(coder: Coder, body: str, index: int) -> tuple[str | None, str | None]:
    event = in_sentence(coder, body, index, "ACCUSE")
    assert event.target is not None
    return event.target.country, event.target.sector


def test_a_storming_is_the_attack_condemned_after_the_police_answer(coder: Coder) -> None:
    body = (
        "BAMENDA, Cameroon, Jan 20 (AFP) - Separatist fighters stormed a gendarmerie post "
        "outside Bamenda on Sunday, killing three gendarmes, officials said. Gendarmes shot "
        "dead two of the assailants as they fled into the forest, the defence ministry said. "
        "The U.S. embassy in Yaounde condemned the attack on Monday."
    )
    assert _criticism_target(coder, body, 2) == ("CMR", "REB")


def test_an_ambush_is_the_attack_condemned(coder: Coder) -> None:
    body = (
        "MAIDUGURI, Nigeria, May 4 (Reuters) - Boko Haram fighters ambushed an army patrol near "
        "the town of Bama on Saturday, killing six soldiers, military sources said. Troops "
        "killed four of the insurgents in a gunfight, the army said. The European Union "
        "condemned the attack."
    )
    assert _criticism_target(coder, body, 2)[1] in ("REB", "INS")


def test_an_attack_told_after_the_storming_is_the_one_condemned(coder: Coder) -> None:
    body = (
        "BAMENDA, Cameroon, Jan 20 (AFP) - Separatist fighters stormed a gendarmerie post "
        "outside Bamenda on Sunday, officials said. On Tuesday soldiers attacked a separatist "
        "camp in the hills, killing seven fighters. A separatist leader condemned the attack."
    )
    assert _criticism_target(coder, body, 2) == ("CMR", "MIL")


def test_a_verdict_condemned_is_the_courts_after_the_police_detain_relatives(
    coder: Coder,
) -> None:
    body = (
        "PHNOM PENH, Cambodia, Sept 9 (AFP) - A Phnom Penh court sentenced opposition activist "
        "Sok Vanna to eight years in prison on Monday for incitement. Police detained two of "
        "her relatives outside the courthouse after the hearing. Human Rights Watch called "
        "the verdict a mockery of justice."
    )
    assert _criticism_target(coder, body, 2) == ("KHM", "JUD")
