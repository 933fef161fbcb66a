"""Round 36, wrong parties in agency copy (sides3b), tested on sentences written for them.

- "National Security Council" is a body many states have: it is an agent word (GOV) that
  takes the story's country, no longer the USA's by Phoenix's table; "White House National
  Security Council" stays the USA's (scripts/build_phoenix_actors.py, NOT_ALIASES);
- a state's government meeting its own executive's council ("convened a meeting of the
  National Security Council", "met the cabinet") is no act between sides, as a minister
  meeting their own staff is (`relevance.own_staff_meeting`, OWN_COUNCILS);
- "Kuwait, the United Arab Emirates, Morocco and Jordan broke off ties": a country set off by
  commas inside a listed subject is the list's second state, no apposition, and the list acts
  through its first (`roles._list_conjunct`);
- "sent two frigates to patrol the waters around Cyprus", "patrol vessels to guard the
  cable": what a show of force is sent to guard or patrol is no party it faces
  (docs/labelling.md 2: a target only when aimed at someone; `roles._not_guarded`);
- "held a clerk of the U.S. Embassy ... The embassy called for": a bare "the embassy" is the
  state's embassy the article named, not the host's government (`context.MISSION_HEADS`);
- "The U.N. mission in South Sudan said it had received reports and called for": a body's
  own noun between its organisation and the place it is posted in leaves the organisation
  the speaker, whom the verb after "and" goes on with (`clauses.Layout._placed_speaker`,
  clause_words.POSTED_BODIES);
- "Amnesty International Kenya condemned": a non-governmental body's name and a country right
  after it name the body's national branch, not the country (`actors._national_branch`).
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, codes, evaluation_coder, events_in, sides_of

coder = evaluation_coder
index = actor_index

DAY = date(2024, 5, 15)
COLOMBO_LEAD = "COLOMBO, Sri Lanka (AP) — Indian trawlers entered Sri Lankan waters on Monday. "


def _first_sides(coder: Coder, body: str, sentence: int = 1) -> tuple[str | None, str | None]:
    found = events_in(coder, body, sentence)
    assert found
    return sides_of(found[0])


def _source_code(coder: Coder, body: str, sentence: int = 1) -> str | None:
    found = events_in(coder, body, sentence)
    assert found
    return found[0].source.code if found[0].source else None


# --- National Security Council ---------------------------------------------------------------


def test_national_security_council_takes_the_storys_country(coder: Coder) -> None:
    body = COLOMBO_LEAD + (
        "National Security Council spokesman Ravi Perera accused New Delhi of violating the "
        "island's sovereignty."
    )
    assert _first_sides(coder, body) == ("LKA", "IND")


def test_the_council_alone_is_the_storys_government(coder: Coder) -> None:
    body = COLOMBO_LEAD + "The National Security Council accused India of provoking the navy."
    assert _source_code(coder, body) == "LKAGOV"


def test_white_house_national_security_council_stays_american(index: ActorIndex) -> None:
    found = codes(index, "The White House National Security Council said on Monday.", DAY)
    assert list(found.values()) == ["USAGOV"]


def test_the_un_security_council_is_no_national_council(index: ActorIndex) -> None:
    found = codes(index, "The U.N. Security Council deplored the shelling of the port.", DAY)
    assert found == {"U.N. Security Council": "IGOUNO"}


def test_a_meeting_of_the_own_council_is_no_act(coder: Coder) -> None:
    body = COLOMBO_LEAD + (
        "Sri Lankan President Anura Kumara Dissanayake convened an emergency meeting of the "
        "National Security Council."
    )
    assert [e.cameo_code for e in events_in(coder, body, 1)] == []


def test_a_meeting_of_the_own_cabinet_is_no_act(coder: Coder) -> None:
    body = COLOMBO_LEAD + "The Sri Lankan president met the cabinet on Tuesday."
    assert [e.cameo_code for e in events_in(coder, body, 1)] == []


def test_a_meeting_with_another_states_minister_keeps_it(coder: Coder) -> None:
    body = COLOMBO_LEAD + "The Sri Lankan president met the Indian foreign minister in Colombo."
    assert _first_sides(coder, body) == ("LKA", "IND")


def test_a_meeting_with_the_own_opposition_keeps_it(coder: Coder) -> None:
    body = COLOMBO_LEAD + "The Sri Lankan president met opposition leaders in Colombo."
    found = events_in(coder, body, 1)
    assert found and found[0].target is not None and found[0].target.code == "LKAOPP"


# --- a listed subject with a country set off by commas ---------------------------------------

MUSCAT_LEAD = "MUSCAT (Reuters) - Talks on the dispute collapsed on Sunday. "


def test_a_list_of_four_states_acts_through_its_first(coder: Coder) -> None:
    body = MUSCAT_LEAD + (
        "Kuwait, the United Arab Emirates, Morocco and Jordan broke off diplomatic ties with "
        "Iran on Friday."
    )
    assert _first_sides(coder, body) == ("KWT", "IRN")


def test_a_list_of_three_states_still_acts_through_its_first(coder: Coder) -> None:
    body = MUSCAT_LEAD + (
        "Bahrain, the United Arab Emirates and Oman cut diplomatic ties with Qatar."
    )
    assert _first_sides(coder, body) == ("BHR", "QAT")


def test_a_possessors_ally_set_off_is_no_list_head(coder: Coder) -> None:
    body = MUSCAT_LEAD + (
        "Jordan's closest ally, the United Arab Emirates, Bahrain and Kuwait cut diplomatic "
        "ties with Qatar on Monday."
    )
    assert _first_sides(coder, body)[0] != "JOR"


# --- what a show of force is sent to guard ---------------------------------------------------


def test_frigates_sent_to_patrol_waters_around_an_island_face_no_one(coder: Coder) -> None:
    body = "ATHENS (Reuters) - Tensions rose on Thursday. " + (
        "Greece sent two frigates to patrol the waters around Cyprus on Friday, the ministry said."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "MOBILIZE"
    assert found[0].target is None


def test_vessels_sent_to_guard_a_cable_face_no_one(coder: Coder) -> None:
    body = "HELSINKI (Reuters) - A cable in the Baltic Sea was damaged on Wednesday. " + (
        "Latvia's navy sent two patrol boats to guard the undersea gas pipeline near Liepaja, "
        "the armed forces said."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "MOBILIZE"
    assert found[0].target is None


def test_boats_sent_to_shadow_ships_face_their_owner(coder: Coder) -> None:
    body = "TAIPEI (Reuters) - Chinese ships neared the island on Monday. " + (
        "Taiwan's coast guard deployed three cutters to shadow the Chinese flotilla."
    )
    assert _first_sides(coder, body) == ("TWN", "CHN")


def test_warships_sent_toward_an_island_face_it(coder: Coder) -> None:
    body = "TAIPEI (Reuters) - Tensions rose on Sunday. China sent warships toward Taiwan."
    assert _first_sides(coder, body) == ("CHN", "TWN")


# --- "the embassy" after a state's embassy was named -----------------------------------------

MINSK_DETENTION = (
    "MINSK (AP) — Belarusian police held a clerk of the U.S. Embassy on Tuesday, accusing him "
    "of passing papers to exiles. "
)


def test_the_embassy_is_the_embassy_named_before(coder: Coder) -> None:
    body = MINSK_DETENTION + "The embassy called for the clerk to be freed at once."
    found = events_in(coder, body, 1)
    assert found and found[0].source is not None and found[0].source.code == "USAGOV"


def test_the_embassy_named_after_of_is_the_same(coder: Coder) -> None:
    body = (
        "MINSK (AP) — Belarusian police held a staff member of the U.S. Embassy on Tuesday. "
        "The embassy demanded that the staff member be freed without delay."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].source is not None and found[0].source.code == "USAGOV"


def test_the_government_after_an_embassy_stays_the_hosts(coder: Coder) -> None:
    body = (
        "MINSK (AP) — Belarusian police detained ten protesters on Wednesday. The U.S. embassy "
        "condemned the arrests. The government rejected the criticism."
    )
    found = events_in(coder, body, 2)
    assert found and sides_of(found[0]) == ("BLR", "USA")


# --- "The U.N. mission in X said ...": the mission speaks ------------------------------------


def _first_source(coder: Coder, body: str) -> str | None:
    found = events_in(coder, "JUBA (AP) — Fighting spread on Monday. " + body, 1)
    assert found
    return found[0].source.code if found[0].source else None


def test_the_un_mission_in_a_country_goes_on_after_said(coder: Coder) -> None:
    body = (
        "The United Nations mission in Mali said it had received reliable accounts that twenty "
        "herders had been shot and called for an inquiry."
    )
    assert _first_source(coder, body) == "IGOUNO"


def test_an_eu_delegation_in_a_capital_goes_on_after_said(coder: Coder) -> None:
    body = "The EU delegation in Juba said it had received reports and called for restraint."
    assert _first_source(coder, body) == "IGOEUREEC"


def test_an_embassy_in_a_capital_stays_its_states(coder: Coder) -> None:
    body = "China's embassy in Juba said it had received reports and called for restraint."
    assert _first_source(coder, body) == "CHNGOV"


# --- a non-governmental body's national branch -----------------------------------------------


def test_an_ngos_national_branch_is_the_ngo(index: ActorIndex) -> None:
    # round 39: one actor still, of its country (labelling guide section 2: a national section
    # of an international group takes its country)
    found = codes(index, "Amnesty International Kenya condemned the killings.", DAY)
    assert found == {"Amnesty International Kenya": "KENNGO"}


def test_an_ngos_branch_speaks_for_the_ngo(coder: Coder) -> None:
    body = "NAIROBI (Reuters) - Police shot protesters on Monday. " + (
        "Amnesty International Kenya condemned the killings."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].source is not None and found[0].source.code == "KENNGO"
    assert found[0].target is not None and found[0].target.country == "KEN"


def test_a_country_after_an_ngo_and_a_verb_stays_a_party(index: ActorIndex) -> None:
    found = codes(index, "Amnesty International said Kenya must investigate.", DAY)
    assert found == {"Amnesty International": "NGOHRIAMN", "Kenya": "KEN"}


def test_a_country_after_the_security_council_stays_a_party(index: ActorIndex) -> None:
    found = codes(index, "He told the U.N. Security Council Iran had enriched uranium.", DAY)
    assert found.get("Iran") == "IRN"
