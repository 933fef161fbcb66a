"""Round 40, wrong parties in agency copy (sides7w), tested on sentences written for them.

- A definite act told by its verb ("Gang members attacked a police station") is noted under
  the nouns a later criticism names it by ("condemned the attack"), as an act told by its noun
  was (`coder.ACT_VERB_NOUNS`, `ArticleContext.act_nouns`): the criticism is aimed at that
  act's maker, though a later sentence told another side's act of the type (the police's fire
  back at the gunmen, the gang's revenge).
- An act by an armed group or a gang is no act of the critic's own side when the critic is of
  another sector ("a lawmaker condemned the attack" by gangs of her own country: the gang, not
  her own people, `roles._own_act`); a critic of the group's own sector still condemns no one.
- A country or body whose flags a crowd carries ("waving American flags", "carrying European
  Union flags") is no party of the protest (`clauses.EMBLEMS`, `Layout._modifies_noun`); a flag
  burned is the act's object and keeps its country as the target.
- An air strike the clause a state's armed force reports names by its noun alone, with no maker
  ("The Myanmar army said an airstrike had wiped out ...", "the military said the jets had
  bombed ..."), is that force's own (`roles._forces_own_strike`); a ministry's report of one
  names no maker, and a strike "by" a named group stays the group's.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad_in, evaluation_coder, events_in, in_sentence, sides_of

coder = evaluation_coder

GANG_ATTACK = (
    "SAN PEDRO SULA, Honduras, Feb 9 (AP) - Gang members attacked a police station in the "
    "northern city on Sunday, burning two patrol cars, officials said. "
)


def _target(coder: Coder, body: str, index: int) -> tuple[str | None, str | None]:
    event = in_sentence(coder, body, index, "ACCUSE")
    assert event.target is not None
    return event.target.country, event.target.sector


def test_an_attack_told_by_its_verb_is_condemned_after_the_police_fire_back(
    coder: Coder,
) -> None:
    body = GANG_ATTACK + (
        "Officers shot dead two of the assailants as they fled, a police spokesman said. "
        "President Xiomara Castro condemned the attack on Monday."
    )
    assert _target(coder, body, 2) == ("HND", "CRM")


def test_the_attack_condemned_is_the_soldiers_though_a_gang_took_revenge(
    coder: Coder,
) -> None:
    body = (
        "SAN PEDRO SULA, Honduras, Feb 9 (AP) - Soldiers attacked a gang hideout in the "
        "northern city on Sunday, killing two men, officials said. Gang members burned two "
        "patrol cars in revenge. Congresswoman Ana Beatriz Lopez condemned the attack and "
        "called for calm."
    )
    assert _target(coder, body, 2) == ("HND", "MIL")


def test_a_lawmaker_condemning_a_gang_attack_condemns_the_gang(coder: Coder) -> None:
    body = GANG_ATTACK + "Congresswoman Ana Beatriz Lopez condemned the attack and called for calm."
    assert _target(coder, body, 1) == ("HND", "CRM")


def test_a_rebel_faction_condemning_a_rebel_attack_is_not_aimed_at_the_rebels(
    coder: Coder,
) -> None:
    body = (
        "SAN PEDRO SULA, Honduras, Feb 9 (AP) - Rebels attacked a police station in the "
        "northern city on Sunday, burning two patrol cars, officials said. A second rebel "
        "faction condemned the attack and called for calm."
    )
    assert _target(coder, body, 1) != ("HND", "REB")


def test_flags_a_crowd_waves_are_no_target_of_its_rally(coder: Coder) -> None:
    text = (
        "TBILISI, May 3 (Reuters) - Opposition supporters formed a human chain along Rustaveli "
        "Avenue in Tbilisi on Saturday, waving American flags and chanting against the ruling "
        "party."
    )
    found = events_in(coder, text, 0)
    assert found and all(sides_of(event) == ("GEO", "GEO") for event in found)


def test_a_bloc_whose_flags_marchers_carry_is_no_target(coder: Coder) -> None:
    text = (
        "TBILISI, May 3 (Reuters) - Several hundred people marched through the centre of "
        "Tbilisi on Saturday, carrying European Union flags and demanding new elections."
    )
    event = in_sentence(coder, text, 0, "PROTEST")
    assert event.target is not None
    assert (event.target.country, event.target.sector) == ("GEO", "GOV")


def test_a_flag_burned_keeps_its_country_as_the_target(coder: Coder) -> None:
    text = (
        "SKOPJE, May 3 (Reuters) - Protesters burned a Greek flag outside the parliament "
        "building in Skopje on Saturday."
    )
    assert dyad_in(coder, text, 0, "PROTEST") == ("MKD", "GRC")


def test_an_airstrike_an_army_reports_with_no_maker_is_its_own(coder: Coder) -> None:
    text = (
        "YANGON, June 3 (Reuters) - The Myanmar army said an airstrike had wiped out a rebel "
        "training camp in the Sagaing region."
    )
    assert dyad_in(coder, text, 0, "ASSAULT") == ("MMR", "MMR")


def test_the_jets_a_military_reports_are_its_own(coder: Coder) -> None:
    text = (
        "NAIROBI, June 3 (Reuters) - The Kenyan military said the jets had bombed al-Shabaab "
        "camps in Somalia's Lower Juba region overnight."
    )
    assert dyad_in(coder, text, 0, "ASSAULT") == ("KEN", "SOM")


def test_an_airstrike_a_ministry_reports_has_no_maker(coder: Coder) -> None:
    text = (
        "YANGON, June 3 (Reuters) - The health ministry said an airstrike hit a crowded "
        "market in the Sagaing region, killing 30 civilians."
    )
    assert dyad_in(coder, text, 0, "ASSAULT") == (None, "MMR")


def test_a_strike_by_a_named_group_the_military_reports_stays_the_groups(coder: Coder) -> None:
    text = (
        "NAIROBI, June 3 (Reuters) - The Kenyan military said a strike by al-Shabaab fighters "
        "on a base near the Somali border killed three soldiers."
    )
    # the source only: the soldiers killed are Kenya's, which the coder does not yet read
    assert dyad_in(coder, text, 0, "ASSAULT")[0] == "SOM"
