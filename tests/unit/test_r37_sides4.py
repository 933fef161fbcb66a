"""Round 37, wrong parties in agency copy (sides4), tested on sentences written for them.

- "The Australian ambassador condemned the ramming": a ramming is an attack the criticism
  answers (`roles.CRITICISED`), so the condemnation is aimed at the ship's state that rammed,
  as "condemned the attack" already was.
- 'condemned the "reckless" attack': one quoted word describing the criticised noun is a
  modifier like any other (`roles.criticised_at`); the quote tokens hid the noun, and the
  criticism lost the attacker.
- Organisations' codes (`data/actors.tsv`): "SPLA-IO" is South Sudan's armed opposition, not
  the Sudanese SPLA of the older row; the Inter-American Commission on Human Rights is the
  OAS's; the Danish Refugee Council is a relief agency of no country, as the Norwegian one
  is; "Chief Cabinet Secretary" is Japan's office.
- "appealed for calm and said she had accepted the resignations of two ministers": an appeal
  for something, to no one named, is not aimed at a party named only after a coordinator
  that follows it (`coder._appeal_for_alone`; labelling guide, section 2: an appeal to no
  one in particular has no target, and the first act is the one labelled). Parties before
  the coordinator ("called for the government and the prosecutor to step down") and a pair
  after "between" stay.
- "Commanders from both sides met", "and the two later held talks": the pair of the last act
  with two sides acts. A bare sector's one word before "from" or "of" and the pair is the
  pair's members (`references._pair_member`; "from" had made the pair a place's words, and
  the commanders took one side alone), and "the two" before an irregular past ("held",
  "met", "spoke") is the pair as before a regular one.
- "South African President Cyril Ramaphosa sent special envoys to Gaborone to meet Boko": the
  envoys a state's leader sends are that state's (`references._ordered_forces`, which read
  only verbs of command), not the story's country's; envoys received or met stay the other
  side.
- "killed four armed smugglers as they tried to cross from Afghanistan", "exchanged fire with
  smugglers trying to cross the Panj river from Afghanistan": force met by people crossing
  from a country is aimed at that country (`coder._crossed_from`), not at the river crossed
  (a place of the source's own country) nor at the source's own people; a party named as
  the target, and a crossing from the source's own country, stay.
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.roles import criticised_at
from tests.unit.coding import (
    actor_index,
    codes,
    dyad_in,
    evaluation_coder,
    first_dyad,
    undated_dyads,
)

coder = evaluation_coder
index = actor_index

DAY = date(2025, 6, 1)
RAMMED = (
    "MANILA (AP) — A Chinese coast guard ship rammed a Philippine supply boat near a disputed "
    "reef on Saturday, the Philippine coast guard said. "
)


def test_a_condemned_ramming_is_aimed_at_the_state_that_rammed(coder: Coder) -> None:
    body = RAMMED + "The Australian ambassador condemned the ramming and said Canberra stood by it."
    assert dyad_in(coder, body, 1, "ACCUSE") == ("AUS", "CHN")


def test_a_quoted_word_before_the_condemned_attack_keeps_the_attacker(coder: Coder) -> None:
    body = RAMMED + 'The Australian ambassador condemned the "reckless" attack on Sunday.'
    assert dyad_in(coder, body, 1, "ACCUSE") == ("AUS", "CHN")


def test_a_condemned_attack_with_a_plain_modifier_still_finds_the_attacker(coder: Coder) -> None:
    body = RAMMED + "The Australian ambassador condemned the reckless attack on Sunday."
    assert dyad_in(coder, body, 1, "ACCUSE") == ("AUS", "CHN")


def test_only_one_quoted_word_is_read_as_the_nouns_modifier() -> None:
    one = tokenize('condemned the "reckless" attack').words
    assert criticised_at(one, 1) == 5
    phrase = tokenize('condemned the "very reckless" attack').words
    assert criticised_at(phrase, 1) == -1
    quoted_noun = tokenize('condemned the "attack" on Sunday').words
    assert criticised_at(quoted_noun, 1) == -1


def test_spla_io_is_south_sudans_armed_opposition(index: ActorIndex) -> None:
    found = codes(index, "Police detained three SPLA-IO officials in the capital.", DAY)
    assert found == {"Police": "COP", "SPLA-IO officials": "SSDREB"}


def test_the_spla_alone_keeps_its_older_sudanese_code(index: ActorIndex) -> None:
    assert codes(index, "SPLA fighters attacked the garrison.", DAY)["SPLA fighters"] == "SDNREB"


def test_the_inter_american_commission_is_the_oas(index: ActorIndex) -> None:
    text = "The Inter-American Commission on Human Rights asked the state to free them."
    assert codes(index, text, DAY) == {"Inter-American Commission on Human Rights": "IGOOAS"}


def test_the_danish_refugee_council_is_a_relief_agency_of_no_country(index: ActorIndex) -> None:
    found = codes(index, "Rebels freed aid workers of the Danish Refugee Council.", DAY)
    assert found["aid workers of the Danish Refugee Council"] == "NGOHLH"


def test_a_chief_cabinet_secretary_is_japans(index: ActorIndex) -> None:
    # round 54 (dict54): the office is a title (data/actors.tsv), the name after it its holder's
    assert codes(index, "Chief Cabinet Secretary Hiro Sato said.", DAY) == {
        "Chief Cabinet Secretary Hiro Sato": "JPNGOV"
    }
    # a cabinet secretary alone is an office of many states
    assert codes(index, "Cabinet Secretary Hiro Sato said.", DAY) == {
        "Cabinet Secretary Hiro Sato": "GOV"
    }


def test_an_appeal_for_calm_is_not_aimed_at_ministers_named_after_and(coder: Coder) -> None:
    text = (
        "Paraguayan President Ana Ruiz appealed for calm and said she had accepted the "
        "resignations of two ministers."
    )
    assert first_dyad(coder, text) == ("REQUEST", "0256", "PRY", None)


def test_an_appeal_for_calm_before_a_call_on_all_parties_has_no_target(coder: Coder) -> None:
    body = (
        "KATHMANDU (Reuters) - Nepalese police fired tear gas at protesters in Birgunj on "
        "Sunday. Prime Minister Sita Karki appealed for calm and asked all parties to keep "
        "their rallies peaceful."
    )
    assert undated_dyads(coder, body)[1] == ("0256", "NPL", None)


def test_parties_before_the_coordinator_stay_the_appeals_target(coder: Coder) -> None:
    text = (
        "Bulgarian opposition figure Dimitar Kolev called for the cabinet and the interior "
        "minister to resign."
    )
    assert first_dyad(coder, text) == ("REQUEST", "025", "BGR", "BGR")
    restraint = "The European Union called for restraint from Armenia and Azerbaijan."
    assert first_dyad(coder, restraint) == ("REQUEST", "0256", None, "ARM")


def test_talks_between_two_parties_keep_the_first_as_target(coder: Coder) -> None:
    text = "The European Union called for talks between Armenia and Azerbaijan."
    assert first_dyad(coder, text) == ("REQUEST", "026", None, "ARM")


CLASH = (
    "BATKEN, Kyrgyzstan (Reuters) - Kyrgyz and Tajik border guards clashed overnight near a "
    "disputed water point, officials said. "
)


def test_commanders_from_both_sides_meet_as_the_pair(coder: Coder) -> None:
    body = CLASH + "Commanders from both sides met near the checkpoint the next morning."
    assert undated_dyads(coder, body)[1] == ("040", "KGZ", "TJK")


def test_commanders_from_a_region_are_no_pair(coder: Coder) -> None:
    body = CLASH + "Commanders from the Batken region met near the checkpoint the next morning."
    assert undated_dyads(coder, body)[1][2] is None


def test_the_two_before_an_irregular_past_are_the_pair(coder: Coder) -> None:
    body = (
        "QUITO (Reuters) - Peruvian President Jose Jeri arrived in Quito on Monday for a "
        "two-day visit. Noboa greeted Jeri on the tarmac, and the two later held talks over "
        "lunch."
    )
    code, source, target = undated_dyads(coder, body)[1]
    assert (code, {source, target}) == ("040", {"ECU", "PER"})


TAKEOVER = (
    "GABORONE (Reuters) - Botswana's army took control of the parliament building on Saturday. "
)


def test_envoys_a_leader_sends_are_his_states(coder: Coder) -> None:
    body = TAKEOVER + (
        "South African President Cyril Ramaphosa sent special envoys to Gaborone to talk with Boko."
    )
    assert undated_dyads(coder, body)[1] == ("040", "ZAF", "BWA")


def test_envoys_a_leader_receives_stay_the_other_side(coder: Coder) -> None:
    body = TAKEOVER + "South African President Cyril Ramaphosa met special envoys in Pretoria."
    assert undated_dyads(coder, body)[1] == ("040", "ZAF", "BWA")


def test_smugglers_crossing_from_a_country_are_its(coder: Coder) -> None:
    text = (
        "DUSHANBE (AFP) - Tajik border guards killed four armed smugglers as they tried to "
        "cross from Afghanistan, the border service said."
    )
    assert undated_dyads(coder, text) == [("190", "TJK", "AFG")]


def test_the_river_crossed_is_no_party(coder: Coder) -> None:
    text = (
        "DUSHANBE (AFP) - Tajik border guards exchanged fire with armed smugglers trying to "
        "cross the Panj river from Afghanistan overnight."
    )
    assert undated_dyads(coder, text) == [("193", "TJK", "AFG")]


def test_a_named_target_and_a_crossing_from_home_stay(coder: Coder) -> None:
    named = (
        "DUSHANBE (AFP) - Tajik border guards clashed with Kyrgyz troops trying to cross "
        "from Afghanistan."
    )
    assert undated_dyads(coder, named)[0][2] == "KGZ"
    home = (
        "DUSHANBE (AFP) - Tajik border guards killed four armed smugglers as they tried to "
        "cross from Tajikistan into the mountains."
    )
    assert undated_dyads(coder, home)[0][2] != "AFG"
