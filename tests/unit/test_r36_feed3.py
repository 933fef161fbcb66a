"""Round 36, feed3: news-site copy, missed relevant lines and false events (sentences written for
these tests; docs/labelling.md, sections 1-3).
"Until further notice" sets no condition (landed first by another helper's modality rule, 1d0301a;
kept here as a news-site case): an accusation after "... would stay closed until further notice
and accused X" is the speaker's act; near miss: an act after "until" a party acts stays a
condition.
Lexicon (data/triggers.tsv): a vow or threat "to return to the streets" is a threat of protest
(141 under the vow: 133), not traffic or residents allowed back; "would not go unanswered" warns
of a response (130), not letters unanswered; "jets were scrambled" is the passive of 152.
False events: the bare noun "the protests" names protests told elsewhere (existence.named_protests;
near misses: "Protests erupted", "The protests spread" keep theirs); a refusal held "so far" is a
standing position (relevance._refused_so_far; near misses: a refusal on a day, arrests counted
"so far"); an official's trip "to oversee the relief effort" is no visit and no aid (a discard;
near miss: a trip abroad for talks).
Recall: a sentence given with no article ("were given life terms", "gave the two men 12-year
sentences") is passed (173); activists' protest against a firm is a protest
(relevance.firm_dealings; near miss: workers' protest against their company stays business).
A news site's protest on the calendar with its day named ("said it would hold new protests next
weekend") is a plan (relevance._site_protest_plan; near misses: the same protest threatened with
"unless", or held on a day); a police call for witnesses to come forward is no appeal (a discard;
near miss: "appealed for calm").
An act told before "and had ..." keeps its own tense (relevance._pluperfect: "warships were
shadowing the vessel and had been ordered to remain on alert"; near miss: the pluperfect main
clause stays background)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, code_list, events, recommended_coder, sides_of, undated_in

coder = recommended_coder


def test_an_accusation_after_until_further_notice_is_coded(coder: Coder) -> None:
    text = (
        "Latvia's interior minister said the crossings would remain closed until further "
        "notice and accused Belarus of staging a hybrid attack."
    )
    found = [e for e in events(coder, text) if e.cameo_code == "112"]
    assert [sides_of(e) for e in found] == [("LVA", "BLR")]


def test_an_act_after_until_a_party_acts_stays_a_condition_codes_nothing(coder: Coder) -> None:
    # near miss: "until" followed by a party's act is the condition, no accusation made
    text = "The ministry said the crossings would stay closed until Belarus accused the smugglers."
    assert code_list(coder, text) == []


def test_a_vow_to_return_to_the_streets_is_a_threat_of_protest(coder: Coder) -> None:
    text = (
        "Kenyan student groups vowed to return to the streets on Friday unless the tax bill "
        "was dropped."
    )
    assert code_list(coder, text)[:1] == ["133"]


def test_residents_allowed_back_on_the_streets_are_no_protest(coder: Coder) -> None:
    # near miss: people allowed to go out again after a curfew do not protest
    text = "Shoppers were allowed to return to the streets of Nairobi after the curfew was lifted."
    assert code_list(coder, text) == []


def test_traffic_returning_to_the_streets_is_no_protest(coder: Coder) -> None:
    assert code_list(coder, "Traffic returned to the streets of Nairobi on Monday.") == []


def test_a_step_that_would_not_go_unanswered_is_a_warning(coder: Coder) -> None:
    text = "A Kremlin spokesman said the expulsions would not go unanswered."
    assert code_list(coder, text)[:1] == ["130"]


def test_letters_that_go_unanswered_are_no_warning(coder: Coder) -> None:
    # near miss: no negation, no response promised
    assert code_list(coder, "The ombudsman said most letters would go unanswered.") == []


def test_jets_scrambled_in_the_passive_are_a_show_of_force(coder: Coder) -> None:
    text = "Two Hungarian Gripen jets were scrambled as the drone neared the border."
    assert code_list(coder, text)[:1] == ["152"]


def test_the_protests_named_in_passing_are_no_protest(coder: Coder) -> None:
    text = "The minister was in Geneva at the height of the protests."
    assert code_list(coder, text) == []


def test_protests_described_by_a_leader_are_no_protest(coder: Coder) -> None:
    text = (
        "Vucic has often described the protests as an effort by rivals and foreign-backed groups "
        "to bring down his cabinet."
    )
    assert code_list(coder, text) == []


def test_protests_that_erupt_or_spread_are_still_coded(coder: Coder) -> None:
    # near misses: the noun with its own verb of happening reports the protest
    assert code_list(coder, "Protests erupted in the capital on Monday.") == ["140"]
    assert code_list(coder, "The protests spread to five cities on Sunday.") == ["140"]


LEAD = "Israeli jets struck targets in southern Lebanon on Tuesday. "


def test_a_refusal_held_so_far_is_background(coder: Coder) -> None:
    body = (
        LEAD + "The militia has so far refused to lay down its arms, calling them its only shield."
    )
    assert undated_in(coder, body, 1) == []


def test_a_refusal_on_a_day_is_coded(coder: Coder) -> None:
    # near miss: the refusal is the day's news
    body = LEAD + "Hezbollah refused to disarm on Monday."
    assert [e.cameo_code for e in undated_in(coder, body, 1)] == ["1246"]


def test_arrests_counted_so_far_are_coded(coder: Coder) -> None:
    # near miss: "so far" with a count is the tally of the news, not a standing refusal
    body = LEAD + "Police have so far arrested 40 protesters."
    assert [e.cameo_code for e in undated_in(coder, body, 1)] == ["173"]


def test_a_trip_to_oversee_relief_is_no_visit(coder: Coder) -> None:
    text = "The Thai prime minister flew to Chiang Rai to oversee the relief effort."
    assert code_list(coder, text) == []


def test_a_trip_abroad_for_talks_is_a_visit(coder: Coder) -> None:
    # near miss: a trip to a host for talks, relief only their subject
    text = "The Thai prime minister flew to Vientiane for talks on the flood relief effort."
    assert code_list(coder, text) == ["042"]


def test_prisoners_given_life_terms_are_sentenced(coder: Coder) -> None:
    assert code_list(coder, "The two activists were given 12-year sentences.") == ["173"]
    assert code_list(coder, "The Bahraini court gave the two men life terms.") == ["173"]


def test_sentences_to_translate_are_no_sentencing(coder: Coder) -> None:
    # near miss: the words of a lesson, no court
    assert code_list(coder, "The teacher gave the pupils sentences to translate.") == []


def test_activists_protesting_against_a_firm_stage_a_protest(coder: Coder) -> None:
    text = "About 300 environmental activists staged a protest against the mining company Glencore."
    assert code_list(coder, text) == ["141"]


def test_workers_protesting_against_their_company_stay_business(coder: Coder) -> None:
    # near miss: a workplace dispute (relevance.firm_dealings)
    text = "Hundreds of workers staged a protest against the mining company."
    assert code_list(coder, text) == []


PROTEST_LEAD = "Police in Nairobi fired tear gas at student protesters on Tuesday. "


MARCH_LEAD = "Thousands of young Kenyans marched in Nairobi on Saturday against the finance bill. "


def test_a_protest_announced_for_next_weekend_is_a_plan(coder: Coder) -> None:
    body = MARCH_LEAD + (
        "The group said on its website it would stage fresh rallies next Saturday in at least "
        "six towns."
    )
    assert undated_in(coder, body, 1) == []


def test_a_protest_threatened_for_next_weekend_stays_a_threat(coder: Coder) -> None:
    # near miss: "warned ... unless" makes the announced protest a threat (133)
    body = MARCH_LEAD + (
        "The movement warned it would hold new protests next weekend unless the bill was dropped."
    )
    assert [e.cameo_code for e in undated_in(coder, body, 1)][:1] == ["133"]


def test_a_protest_held_on_a_day_is_news(coder: Coder) -> None:
    # near miss: held, not announced
    body = MARCH_LEAD + "The movement held new protests on Sunday in at least ten cities."
    assert [e.cameo_code for e in undated_in(coder, body, 1)] == ["141"]


def test_a_police_call_for_witnesses_is_no_appeal(coder: Coder) -> None:
    body = PROTEST_LEAD + (
        "Police appealed for anyone with dashcam footage from around Moi Avenue to come forward."
    )
    assert undated_in(coder, body, 1) == []


def test_a_police_appeal_for_calm_stays_an_appeal(coder: Coder) -> None:
    # near miss: an appeal to the crowd, no witnesses sought
    body = PROTEST_LEAD + "Police appealed for calm."
    assert [e.cameo_code for e in undated_in(coder, body, 1)] == ["0256"]


SHADOW_LEAD = (
    "VALLETTA \u2014 Malta protested to Libya on Thursday after a Libyan patrol boat entered its "
    "waters. "
)


def _second(coder: Coder, sentence: str) -> list[tuple[str, str | None, str | None]]:
    found = article(coder, SHADOW_LEAD + sentence)
    return [(e.cameo_code, *sides_of(e)) for e in found if e.sentence_index == 1]


def test_an_act_before_and_had_keeps_its_tense(coder: Coder) -> None:
    sentence = (
        "Maltese patrol boats were shadowing the Libyan vessel and had been ordered to remain "
        "on alert, an army spokesman said."
    )
    assert _second(coder, sentence)[:1] == [("150", "MLT", "LBY")]


def test_a_pluperfect_main_clause_stays_background(coder: Coder) -> None:
    # near miss: the shadowing itself told in the pluperfect
    sentence = (
        "Maltese patrol boats had shadowed the Libyan vessel for hours before it left, an army "
        "spokesman said."
    )
    assert _second(coder, sentence) == []
