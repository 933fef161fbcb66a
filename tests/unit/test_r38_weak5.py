"""Round 38, known weak points (weak5), tested on sentences written for them.

- "Ghana responded by ordering a Togolese embassy attaché to leave Accra": the "by" before the
  act's own gerund governs the act, not the party after it, so the one ordered out is the
  object (`targets._target_preposition`), where the walk from the attaché back to "by" made it
  a "by" phrase hanging from the object and the target fell to the city. A plain "ordered a
  Togolese diplomat to leave Accra" and "responded by firing tear gas at protesters" keep
  what they had.
- "The Ghanaian government condemned the detentions as an abduction and called on the African
  Union to secure the fishermen's release": an international body asked for help after "and"
  and a verb of appeal is the second act's addressee, not the one condemned
  (`targets._appeal_joined` ends the condemnation's object search at "and"). An appeal to the
  authorities condemned, and a party named right after "condemned", keep their target.
- "In a speech on state radio, the putschists suspended the constitution, dissolved parliament
  and imposed a curfew": "putschist" and "coup leader" are the military's agent words
  (`data/agents.tsv`, MIL, as "military junta"); the party after an opening phrase's comma that
  a past verb and a determiner follow is a clause's subject, no apposition
  (`clauses.Layout._verb_with_object`; "In Accra, the ruling party rejected the proposal" has a
  source too); and the last verb of a list ("suspended X, dissolved Y and imposed Z") shares the
  first verb's subject (`roles._verb_list`). An apposition with a participle ("the general
  appointed in 2023,") stays an apposition.
- 'Ghana condemned the "barbaric" attack': quote marks around one or two words inside the
  phrase (scare quotes) close no clause between the condemnation and the act it names
  (`modality._unscared`), so the attack is the condemnation's object, not a second event, as
  with single quotes or none. Three words in quotes with "and" still part them.
- "vowed in a radio address that his forces would take Bawku": one's own force that "would
  take / capture / seize" is a taking (data/triggers.tsv, 192), which the vow governs: a threat
  of force (1382), where the vow alone was a promise (030). "troops would take control" (no
  possessive) and "its forces would take part in drills" keep what they had.
- "Foreign Minister X said the Togolese ambassador had been declared persona non grata over
  repeated interference by Togo's authorities": a "by" phrase after a noun of cause ("over",
  "amid") hangs from that noun and is no agent of the act (`roles._cause_before`); an envoy
  expelled with no agent was expelled by the state whose government speaker announces it
  (`roles._announcing_state`, 161 only, not the speaker's own state's envoy). "was expelled by
  Ghana over interference" keeps Ghana.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, code_list, dyad, evaluation_coder, events

coder = evaluation_coder


def test_an_attache_ordered_out_by_an_answer_is_the_target(coder: Coder) -> None:
    text = "Ghana responded on Friday by ordering a Togolese embassy attaché to leave Accra."
    assert dyad(coder, text, "SANCTION") == ("GHA", "TGO")


def test_a_diplomat_ordered_out_by_a_government_in_answer_is_the_target(coder: Coder) -> None:
    text = "Ghana's government responded by ordering a Nigerian diplomat to leave Accra."
    assert dyad(coder, text, "SANCTION") == ("GHA", "NGA")


def test_a_plain_order_to_leave_keeps_its_target(coder: Coder) -> None:
    text = "Ghana ordered a Togolese diplomat to leave Accra within 72 hours."
    assert dyad(coder, text, "SANCTION") == ("GHA", "TGO")


def test_protesters_fired_on_in_answer_keep_their_target(coder: Coder) -> None:
    text = "Ghanaian police responded by firing tear gas at protesters in Accra."
    assert dyad(coder, text, "ASSAULT") == ("GHA", "GHA")


def test_an_international_body_asked_for_help_is_no_target_of_the_condemnation(
    coder: Coder,
) -> None:
    text = (
        'The Ghanaian government denounced the seizure of its trawlers as "piracy" and called on '
        "the African Union to help free the crews."
    )
    condemned = [e for e in events(coder, text) if e.cameo_code == "111"]
    assert [e.target for e in condemned] == [None]


def test_the_united_nations_urged_after_a_condemned_noun_is_no_target(coder: Coder) -> None:
    text = "The Ghanaian government condemned the arrests and urged the United Nations to act."
    condemned = [e for e in events(coder, text) if e.cameo_code == "111"]
    assert [e.target for e in condemned] == [None]


def test_a_condemned_state_before_the_appeal_keeps_its_target(coder: Coder) -> None:
    text = "Ghana condemned Togo and called on the United Nations to act."
    assert dyad(coder, text, "ACCUSE") == ("GHA", "TGO")


def test_the_appeal_itself_keeps_its_addressee(coder: Coder) -> None:
    text = "The Ghanaian government condemned the arrests and urged the United Nations to act."
    appeal = [e for e in events(coder, text) if e.cameo_code == "020"]
    assert appeal and appeal[0].target is not None
    assert appeal[0].target.text == "United Nations"


def test_putschists_after_an_opening_phrase_impose_the_curfew(coder: Coder) -> None:
    text = (
        "In a speech on state radio, the putschists suspended the constitution and the "
        "parliament, closed the country's borders and imposed a nationwide curfew in Libreville."
    )
    curfew = [e for e in events(coder, text) if e.cameo_code == "1723"]
    assert curfew and curfew[0].source is not None
    assert curfew[0].source.sector == "MIL"


def test_coup_leaders_are_the_military(coder: Coder) -> None:
    text = "The coup leaders imposed a curfew in Libreville on Thursday."
    curfew = [e for e in events(coder, text) if e.cameo_code == "1723"]
    assert curfew and curfew[0].source is not None
    assert curfew[0].source.sector == "MIL"


def test_the_last_verb_of_a_list_shares_the_first_verbs_subject(coder: Coder) -> None:
    text = (
        "The soldiers dissolved the government, closed the country's borders and imposed a "
        "nationwide curfew."
    )
    curfew = [e for e in events(coder, text) if e.cameo_code == "1723"]
    assert curfew and curfew[0].source is not None
    assert curfew[0].source.text == "soldiers"


def test_a_body_after_a_place_opening_keeps_its_source(coder: Coder) -> None:
    text = (
        "In Accra, the Ghanaian parliament rejected a Togolese proposal for a joint commission, "
        "calling it interference."
    )
    assert dyad(coder, text, "REJECT") == ("GHA", "TGO")


def test_an_apposition_with_a_participle_stays_an_apposition(coder: Coder) -> None:
    text = "Gabon's army chief, the general appointed in 2023, imposed a curfew in Libreville."
    assert dyad(coder, text, "COERCE") == ("GAB", "GAB")


def test_a_scare_quoted_attack_is_the_object_of_the_condemnation(coder: Coder) -> None:
    text = 'Ghana condemned the "barbaric" attack on the police post in Bawku.'
    assert code_list(coder, text) == ["111"]


def test_a_curly_scare_quoted_attack_is_the_object_of_the_condemnation(coder: Coder) -> None:
    text = "Ghana’s president condemned the “cowardly” attack and ordered an inquiry."
    assert code_list(coder, text) == ["111"]


def test_a_condemned_attack_without_quotes_stays_one_event(coder: Coder) -> None:
    assert code_list(coder, "Ghana condemned the barbaric attack.") == ["111"]


def test_a_vow_that_ones_forces_would_take_a_town_is_a_threat(coder: Coder) -> None:
    text = (
        "The rebel commander vowed in a radio address that his forces would take Bawku and "
        "warned residents to leave."
    )
    assert code_list(coder, text)[0] == "1382"


def test_a_vow_that_their_fighters_would_take_a_town_is_a_threat(coder: Coder) -> None:
    text = "The militia leader vowed that their fighters would take Tamale within weeks."
    assert "030" not in code_list(coder, text)
    assert code_list(coder, text)[0].startswith("13")


def test_forces_taking_part_in_drills_are_no_taking(coder: Coder) -> None:
    text = "The army said its forces would take part in joint drills with Togo."
    assert code_list(coder, text) == ["150"]


def test_troops_taking_control_keep_their_reading(coder: Coder) -> None:
    text = "The minister said troops would take control of the border crossings."
    assert code_list(coder, text) == ["1382"]


DATELINE = "ACCRA, May 3 (Reuters) - "


def expulsion_sides(coder: Coder, sentence: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in article(coder, DATELINE + sentence)
        if e.cameo_code == "161"
    ]


def test_an_envoy_expelled_over_interference_is_expelled_by_the_announcing_state(
    coder: Coder,
) -> None:
    sentence = (
        "Foreign Minister Samuel Ablakwa said Togo's envoy had been declared persona non grata "
        "over what he called meddling by Togolese officials in Ghana's elections."
    )
    assert expulsion_sides(coder, sentence) == [("GHA", "TGO")]


def test_the_cause_of_an_expulsion_is_no_agent(coder: Coder) -> None:
    sentence = (
        "The Togolese ambassador had been declared persona non grata amid interference by Togo's "
        "authorities in Ghana's internal affairs."
    )
    assert expulsion_sides(coder, sentence) == [(None, "TGO")]


def test_an_agent_before_the_cause_keeps_the_act(coder: Coder) -> None:
    sentence = "The Togolese ambassador was declared persona non grata by Ghana over interference."
    assert expulsion_sides(coder, sentence) == [("GHA", "TGO")]


def test_a_speaker_of_the_envoys_own_state_is_no_expeller(coder: Coder) -> None:
    sentence = (
        "Togolese Foreign Minister Robert Dussey said the Togolese ambassador had been declared "
        "persona non grata."
    )
    assert expulsion_sides(coder, sentence) == [(None, "TGO")]
