"""Parties in agency copy, round 25: "declared X persona non grata" (the declaring state
acts), a criticism of "the ruling" or "the sentences" (the maker of the act reported before),
jets scrambled (at the other side of the story, labelling guide case 18), a state's organs
acting on "two men" or "a man" (their own people), and a listed subject "A, B and the Gulf
states" (acts through A). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import is_noun
from tests.unit.coding import coded_as, country, dyad, dyad_in, events, in_sentence, of_type

# --- "declared X persona non grata": the declaring state expels X ---------------------------


def test_declaring_a_diplomat_persona_non_grata_is_the_declarers_act(coder: Coder) -> None:
    text = "Chile on Friday declared a Bolivian diplomat persona non grata over spying claims."
    assert dyad(coder, text, "SANCTION") == ("CHL", "BOL")


def test_the_plural_form_is_an_expulsion_too(coder: Coder) -> None:
    text = "Romania declared two Russian military attaches personae non gratae on Tuesday."
    assert dyad(coder, text, "SANCTION") == ("ROU", "RUS")


# --- a criticism of "the ruling", "the sentences": the maker of the act before -------------


def test_condemning_the_sentences_targets_the_court_that_passed_them(coder: Coder) -> None:
    body = (
        "MINSK (Reuters) - A Belarusian court sentenced three opposition activists to ten years "
        "in prison on Thursday. The European Union condemned the sentences as politically "
        "motivated."
    )
    assert dyad_in(coder, body, 1, "ACCUSE")[1] == "BLR"


def test_calling_the_ruling_unjust_targets_its_maker(coder: Coder) -> None:
    body = (
        "HARARE (Reuters) - A court in Zimbabwe jailed two opposition lawmakers on Monday. The "
        "U.N. human rights office called the ruling a blow to free speech."
    )
    assert dyad_in(coder, body, 1, "ACCUSE")[1] == "ZWE"


# --- jets scrambled: at the other side of the story (guide, case 18) -----------------------


def test_jets_scrambled_are_sent_at_the_other_side(coder: Coder) -> None:
    body = (
        "TOKYO (Reuters) - Two Russian bombers flew over the Sea of Japan on Tuesday, the "
        "defence ministry said. Japan protested to Russia through diplomatic channels. Japan's "
        "air force scrambled fighter jets, the ministry said."
    )
    assert dyad_in(coder, body, 2, "MOBILIZE") == ("JPN", "RUS")


def test_a_deployment_with_no_other_side_still_has_no_target(coder: Coder) -> None:
    body = (
        "ATHENS (Reuters) - Greece sent two frigates to the Aegean on Monday after Turkey "
        "announced a survey. The navy also put three more ships on alert."
    )
    event = in_sentence(coder, body, 1, "MOBILIZE")
    assert event.target is None


# --- a state's organs acting on "two men", "a man": their own people -----------------------


def test_prosecutors_charging_two_men_charge_their_own_people(coder: Coder) -> None:
    body = (
        "KAMPALA (Reuters) - Ugandan prosecutors charged two men on Tuesday with treason, the "
        "police said."
    )
    assert dyad_in(coder, body, 0, "COERCE") == ("UGA", "UGA")


def test_a_state_named_as_a_whole_executing_a_man_acts_on_its_own(coder: Coder) -> None:
    body = "RIYADH (Reuters) - Saudi Arabia executed a man convicted of smuggling weapons."
    assert dyad_in(coder, body, 0, "ASSAULT") == ("SAU", "SAU")


# --- "A, B and the Gulf states": the list acts through A ------------------------------------


def test_a_list_closed_by_an_uncoded_group_acts_through_its_first_party(coder: Coder) -> None:
    text = "Qatar, Oman and the Gulf states voiced support for Jordan's king."
    source, _ = dyad(coder, text, "SUPPORT")
    assert source == "QAT"


def test_a_place_list_before_and_no_subject_is_unchanged(coder: Coder) -> None:
    text = "Canada and Mexico voiced support for the Chilean bid on Monday."
    source, _ = dyad(coder, text, "SUPPORT")
    assert source == "CAN"


# --- "an investigation into X": X is the one investigated ---------------------------------


def test_an_investigation_into_a_named_leader_targets_him(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - Zambian opposition leader Hakainde Hichilema called for protests on "
        "Monday. Prosecutors opened an investigation into Hichilema over the unrest."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("ZMB", "ZMB")


def test_an_investigation_into_events_in_a_place_has_no_place_target(coder: Coder) -> None:
    text = "Indian prosecutors opened an investigation into alleged fraud in Gujarat."
    event = of_type(events(coder, text), "ACCUSE")
    assert event.target is None


# --- an arrest or a charge in the passive, no agent: the state's police or courts ---------


def test_a_leader_detained_with_no_agent_is_detained_by_his_countrys_police(
    coder: Coder,
) -> None:
    body = (
        "HARARE (Reuters) - Zimbabwean opposition leader Nelson Chamisa was detained in Mutare "
        "on Saturday for holding a rally without a permit."
    )
    assert dyad_in(coder, body, 0, "COERCE") == ("ZWE", "ZWE")


def test_a_leader_charged_with_no_agent_is_charged_by_his_countrys_courts(
    coder: Coder,
) -> None:
    body = (
        "LUANDA (Reuters) - Angolan activist Luaty Beirao was charged with rebellion on "
        "Thursday, his lawyer said."
    )
    assert dyad_in(coder, body, 0, "COERCE")[0] == "AGO"


# --- "responded by recalling its envoy": a gerund with an object after "by" is a verb -----


def test_a_gerund_with_its_object_after_by_keeps_its_target(coder: Coder) -> None:
    text = "Madrid responded by recalling its ambassador from Buenos Aires on Tuesday."
    assert dyad(coder, text, "SANCTION") == ("ESP", "ARG")


def test_a_gerund_with_no_object_after_by_is_still_a_noun() -> None:
    words = "Two soldiers were killed by shelling near the town".split()
    assert is_noun(words, words.index("shelling"))
    words = "Warsaw answered by expelling two Belarusian diplomats".split()
    assert not is_noun(words, words.index("expelling"))


# --- where a show of force stands is no target: home ground, the far side of a border -----


def test_troops_deployed_to_the_border_with_a_neighbour_aim_at_no_one(coder: Coder) -> None:
    text = "Hungary deployed 1,500 more soldiers to its border with Romania on Friday."
    event = of_type(events(coder, text), "MOBILIZE")
    assert event.target is None


def test_troops_deployed_in_a_city_of_their_own_country_aim_at_no_one(coder: Coder) -> None:
    body = (
        "BRASILIA (Reuters) - Brazil's army deployed 3,000 troops in Rio de Janeiro on Sunday "
        "after a week of gang violence."
    )
    event = in_sentence(coder, body, 0, "MOBILIZE")
    assert event.target is None


def test_forces_sent_into_another_country_still_target_it(coder: Coder) -> None:
    text = "Rwanda deployed troops in Mozambique's Cabo Delgado province on Friday."
    assert dyad(coder, text, "MOBILIZE")[1] == "MOZ"


# --- an appeal to people no party names: not the party inside what it asks for ------------


def test_an_appeal_to_the_international_community_has_no_coded_addressee(coder: Coder) -> None:
    body = (
        "NAIROBI (Reuters) - South Sudan's opposition leader called on the international "
        "community on Monday to press the government in Juba to hold elections."
    )
    event = in_sentence(coder, body, 0, "REQUEST")
    assert event.target is None


def test_an_appeal_to_a_named_state_keeps_it(coder: Coder) -> None:
    text = "France called on Belarus to release the jailed journalists."
    assert dyad(coder, text, "REQUEST") == ("FRA", "BLR")


def test_a_states_appeal_to_young_people_is_to_its_own_people(coder: Coder) -> None:
    body = (
        "DAKAR (Reuters) - Senegal's interior minister urged young people on Sunday to stay off "
        "the streets and let the government restore order."
    )
    assert dyad_in(coder, body, 0, "REQUEST") == ("SEN", "SEN")


# --- "the Commission" after "the European Commission": that body -------------------------


def test_a_bare_head_word_of_an_organisation_named_before_is_that_organisation(
    coder: Coder,
) -> None:
    body = (
        "BRUSSELS (Reuters) - The European Commission fined Poland on Monday over its courts. "
        "Hungarian Prime Minister Viktor Orban criticised the Commission's decision in Budapest."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None and event.target.code.startswith("IGOEUR")


def test_a_commission_of_a_state_not_named_before_stays_the_states(coder: Coder) -> None:
    body = (
        "MEXICO CITY (Reuters) - Mexico's electoral Commission fined the ruling party on "
        "Monday. The opposition criticised the Commission's decision."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert coded_as([event]) == [("ACCUSE", "111", "MEXOPP", "MEXGOV")]


# --- "lodged a protest and demanded his release": "his" is the second verb's --------------


def test_a_possessive_past_and_does_not_stop_the_other_side_filling(coder: Coder) -> None:
    body = (
        "BEIJING (Reuters) - Chinese police detained a Canadian businessman in Dalian on "
        "Monday, the foreign ministry said. Canada lodged a protest and demanded his release."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("CAN", "CHN")


def test_an_uncoded_object_right_after_the_act_still_stops_it(coder: Coder) -> None:
    body = (
        "BEIJING (Reuters) - Chinese police detained a Canadian businessman in Dalian on "
        "Monday. Canada criticised its own allies for staying silent."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is None


# --- "denied that X did Y": the denial answers the accuser, not X ------------------------


def test_a_denial_that_a_party_acted_answers_the_accuser(coder: Coder) -> None:
    body = (
        "CARACAS (Reuters) - Colombia's president accused Venezuelan troops of crossing the "
        "border on Monday. Venezuela's defence minister denied that Venezuelan troops had "
        "entered Colombia."
    )
    event = in_sentence(coder, body, 1, "REJECT")
    assert country(event.target) == "COL"
