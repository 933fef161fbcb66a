"""Round 37, feedfalse4: false events in news-site copy (sentences written for these tests;
docs/labelling.md, section 1: background, consequences, habits).
A sentence that opens on a month of a named year ("In March 2023, ...") or on an event dated by
its year ("In the 2020 election, ...") tells what happened then (existence._dated_opening; near
misses: a bare year opening, which the article set codes, and the day's act dated later in the
sentence by a clause of its own).
A standing denial reaches its charge over one or two determiners ("denies all the charges",
"denies any wrongdoing"; existence._charge_after_determiners; near miss: "rejects all the
proposals" turns down an offer).
Property damaged with no doer named ("buses were burned", "destroyed hundreds of houses") is a
consequence, no act (relevance.DAMAGE; near misses: a doer named, by a word or a party).
A subject dated by its year that did the act ("A 2019 court ruling annulled ...") tells that
year's deed (existence._dated_subject; near miss: the court itself acting).
Blame told in a relative clause on an event (", which officials blamed on ...") is how that event
is seen (existence._object_relative; near miss: the subject's own blame in the main clause).
An office defending its own state's plan or forces in a news site's body is a comment
(relevance.own_defence; near misses: a defence of another country's side, a sentence alone).
Lexicon: failing to meet "its contractual obligations" is no meeting refused (a discard; near
misses: "met the minister to discuss targets" stays a meeting, and a bare "had not met its
obligations" keeps an event).
The bare noun "request" after a definite determiner ("voted to block the request", "was
examining the request") names a request told elsewhere (existence.named_request; near misses: a
request sent, and the verb "requested").
An office holder who resigns in a news site's body leaves an office, no act aimed at a party
(relevance.QUIT; near misses: the lead's resignation, one coded alone, and yielding to demands).
Lexicon: a leader chairing a meeting of their own government's body runs their office, no
consultation (a discard; near misses: a meeting with a foreign envoy, talks chaired between
two states)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder, undated_in

coder = recommended_coder


def test_an_act_after_a_month_and_year_opening_is_background(coder: Coder) -> None:
    text = "In March 2023, Kazakh police arrested 40 protesters in Almaty."
    assert code_list(coder, text) == []


def test_a_downing_after_a_month_and_year_opening_is_background(coder: Coder) -> None:
    text = "In September 2022, Uzbek troops shot down two drones over the border."
    assert code_list(coder, text) == []


def test_an_act_after_a_dated_event_opening_is_background(coder: Coder) -> None:
    text = (
        "In the 2020 election, the Zambian opposition leader came second, a result he "
        "rejected as fraudulent."
    )
    assert code_list(coder, text) == []


def test_an_act_after_a_bare_year_opening_is_still_coded(coder: Coder) -> None:
    # near miss: "In 2013, the tribunal found ..." is coded by the article set
    text = "In 2023, Kazakh police arrested 40 protesters in Almaty."
    assert code_list(coder, text) == ["173"]


def test_an_act_of_the_day_after_a_place_opening_is_coded(coder: Coder) -> None:
    # near miss: "In" opens on a place, no date
    text = "In Almaty, Kazakh police arrested 40 protesters on Monday."
    assert code_list(coder, text) == ["173"]


def test_an_act_after_an_opening_on_the_capital_is_coded(coder: Coder) -> None:
    # near miss: "In the" opens on a place, no year
    text = "In the capital, Kazakh police arrested 40 protesters on Monday."
    assert code_list(coder, text) == ["173"]


def test_a_denial_of_all_the_charges_is_a_standing_one(coder: Coder) -> None:
    assert code_list(coder, "He denies all the charges.") == []
    assert code_list(coder, "The former mayor denies any wrongdoing.") == []


def test_a_rejection_of_all_the_proposals_is_still_coded(coder: Coder) -> None:
    # near miss: the determiners lead to an offer turned down, no charge
    assert code_list(coder, "The minister rejects all the proposals.") == ["120"]


RIOT_LEAD = "Thousands of people marched through Lusaka on Friday against fuel prices. "


def test_property_burned_by_no_one_named_is_no_act(coder: Coder) -> None:
    body = RIOT_LEAD + "Buses were burned and shops were looted overnight."
    assert undated_in(coder, body, 1) == []


def test_houses_destroyed_by_a_flood_are_no_act(coder: Coder) -> None:
    text = "Last year a flood killed twelve people and destroyed hundreds of houses."
    assert code_list(coder, text) == []


def test_property_burned_by_a_named_doer_is_coded(coder: Coder) -> None:
    # near misses: the doer is named, by a word of its own or by a party
    assert code_list(coder, "Gunmen burned ten houses in the village of Kiwanja on Sunday.") == [
        "1712"
    ]
    text = "Unknown attackers set fire to a branch office of the Kurdish party in Mersin."
    assert code_list(coder, text) == ["1712"]


def test_an_act_of_a_subject_dated_by_its_year_is_background(coder: Coder) -> None:
    assert code_list(coder, "A 2019 court ruling annulled the mining licence.") == []


def test_a_court_annulling_a_licence_on_a_day_is_coded(coder: Coder) -> None:
    # near miss: no year on the subject
    text = "The Bolivian court annulled the mining licence on Monday."
    assert code_list(coder, text) == ["120"]


def test_blame_in_a_relative_clause_on_an_event_is_no_act(coder: Coder) -> None:
    text = "Turnout was lower than in 2019, which officials blamed partly on the new rules."
    assert code_list(coder, text) == []


def test_blame_in_a_relative_clause_of_the_days_news_is_coded(coder: Coder) -> None:
    # near miss: the sentence names the news's day, the blame goes with the march
    text = "Crowds marched on Sunday over the death of a student, which activists blamed on police."
    assert "112" in code_list(coder, text)


def test_blame_in_the_main_clause_is_coded(coder: Coder) -> None:
    # near miss: the government's own blame, told as the sentence's act
    text = "The Bolivian government blamed the unrest on the opposition."
    assert code_list(coder, text) == ["112"]


POLICY_LEAD = "Bolivia's government unveiled a pension reform on Monday. "


def test_a_minister_defending_the_plan_in_a_site_body_is_a_comment(coder: Coder) -> None:
    body = POLICY_LEAD + (
        "The Bolivian pensions minister defended the plan on the radio, saying the system "
        "would go broke."
    )
    assert undated_in(coder, body, 1) == []
    body = POLICY_LEAD + (
        "The Bolivian interior minister defended the police's handling of the march, saying "
        "officers had shown restraint."
    )
    assert undated_in(coder, body, 1) == []


def test_a_defence_of_another_countrys_side_is_coded(coder: Coder) -> None:
    # near miss: the defence takes a foreign side
    body = POLICY_LEAD + "The United States defended the right of Turkish troops to fire."
    assert [e.cameo_code for e in undated_in(coder, body, 1)] == ["052"]


def test_a_defence_coded_alone_keeps_its_event(coder: Coder) -> None:
    # near miss: a sentence coded alone, as ConfliBERT's rows code it
    text = "The Bolivian interior minister defended the police response on Monday."
    assert code_list(coder, text) == ["052"]


def test_obligations_not_met_are_no_meeting_refused(coder: Coder) -> None:
    text = "The firm had failed to meet its contractual obligations, the Zambian court found."
    assert code_list(coder, text) == []


def test_a_meeting_to_discuss_targets_is_a_meeting(coder: Coder) -> None:
    # near miss: the target word is the meeting's subject, after the party met
    text = "The Zambian president met the Bolivian minister to discuss targets."
    assert code_list(coder, text) == ["040"]


def test_a_state_that_had_not_met_its_obligations_keeps_an_event(coder: Coder) -> None:
    # near miss: a bare "its obligations", a reproach between parties, is not discarded
    text = "The bloc regretted that Bolivia had not met its obligations under the trade pact."
    assert code_list(coder, text) != []


def test_a_request_named_after_the_is_no_appeal(coder: Coder) -> None:
    assert code_list(coder, "Uzbek lawmakers voted to block the request.") == []
    text = "The ministry said it was examining the request under the extradition treaty."
    assert code_list(coder, text) == []


def test_a_request_sent_is_still_an_appeal(coder: Coder) -> None:
    # near misses: a request made ("sent a request"), and the verb
    text = "Kazakhstan sent a request to Uzbekistan for the extradition of the banker."
    assert code_list(coder, text) == ["021"]
    text = "The Kazakh government requested the extradition of the banker."
    assert code_list(coder, text) == ["021"]


KYRGYZ_LEAD = "The Kyrgyz prime minister resigned on Tuesday after police shot dead two students. "


def test_a_resignation_in_a_site_body_is_no_act(coder: Coder) -> None:
    body = KYRGYZ_LEAD + (
        "The interior minister resigned later in the evening, saying he took responsibility "
        "for the deaths."
    )
    assert undated_in(coder, body, 1) == []


def test_a_resignation_in_the_lead_or_alone_is_coded(coder: Coder) -> None:
    # near misses: the article's lead, and a sentence coded alone (PLOVER's GSR codes it)
    assert [e.cameo_code for e in undated_in(coder, KYRGYZ_LEAD, 0)][:1] == ["0831"]
    assert code_list(coder, "The Kyrgyz president resigned on Sunday.") == ["0831"]


def test_yielding_to_demands_in_a_site_body_is_coded(coder: Coder) -> None:
    # near miss: a concession to the protesters, not an office left
    body = KYRGYZ_LEAD + "The president bowed to the protesters' main demand on Wednesday."
    assert [e.cameo_code for e in undated_in(coder, body, 1)][:1] == ["083"]


def test_chairing_a_meeting_of_the_governments_committee_is_no_consultation(
    coder: Coder,
) -> None:
    text = (
        "The Kyrgyz prime minister chaired a meeting of the government's emergency committee "
        "on Saturday morning."
    )
    assert code_list(coder, text) == []
    text = "The Kyrgyz president chaired a meeting of his cabinet on Monday."
    assert code_list(coder, text) == []


def test_a_meeting_with_an_envoy_or_talks_chaired_between_states_are_coded(coder: Coder) -> None:
    # near misses: a consultation with a foreign party, a mediation between two states
    text = "The Kyrgyz prime minister met the Uzbek ambassador on Saturday morning."
    assert code_list(coder, text) == ["040"]
    text = "Kazakhstan chaired talks between Armenia and Azerbaijan in Almaty."
    assert code_list(coder, text) == ["046"]
