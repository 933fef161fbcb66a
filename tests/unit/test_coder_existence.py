"""No invented events: existence (descriptive nouns, names, goals, proposals, inversions,
negated or called-off acts, double coding) and relevance (ordinary crime, sport, business,
culture and metaphor yield nothing; police and courts against political actors, protests and
terrorism do).

Every sentence here was written for these tests, after the failure patterns of issue 8."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import is_noun
from tensionwatch.domain.models import Sentence, TensionEvent
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.relevance import sentence_cues
from tests.unit.coding import feed_floor_coder

PUBLISHED = datetime(2024, 5, 15, 9, 0, tzinfo=UTC)


coder = feed_floor_coder


def events(coder: Coder, text: str) -> list[TensionEvent]:
    sentence = Sentence(article_id="t", index=0, text=text, char_start=0, char_end=len(text))
    return coder.code_sentence(sentence, PUBLISHED)


def types(coder: Coder, text: str) -> set[str]:
    return {event.plover_type for event in events(coder, text)}


def codes(coder: Coder, text: str) -> set[str]:
    return {event.cameo_code for event in events(coder, text)}


# --- descriptive words and names -----------------------------------------------------------


def test_a_noun_describing_a_thing_is_no_threat_codes_nothing(coder: Coder) -> None:
    text = "A surveillance balloon that posed a threat to shipping was tracked by Japanese radar."
    assert types(coder, text) == set()


def test_releasing_names_is_no_release(coder: Coder) -> None:
    text = "The ministry released the names of the soldiers killed."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # soldiers killed named in a noun phrase (a figure) code 190.
    assert not any(code.startswith("084") for code in codes(coder, text))


def test_a_request_for_comment_is_no_request_codes_nothing(coder: Coder) -> None:
    text = "Officials in Ankara did not respond to a request for comment."
    assert types(coder, text) == set()


def test_a_name_holding_a_trigger_word_is_no_act(coder: Coder) -> None:
    assert events(coder, "The Popular Mobilization Forces said the convoy was safe.") == []


def test_talks_taking_place_in_a_capital_occupy_nothing(coder: Coder) -> None:
    found = events(coder, "Negotiations taking place in the Egyptian capital resumed on Monday.")
    assert found == []


# --- goals, proposals, inversions, called-off acts ------------------------------------------


def test_a_goal_pressed_for_is_not_done(coder: Coder) -> None:
    text = "Washington is pressing Tehran into freeing the detained sailors."
    found = events(coder, text)
    assert not any(event.cameo_code.startswith("084") for event in found)
    assert "REQUEST" in {event.plover_type for event in found}


def test_a_proposed_truce_is_not_declared(coder: Coder) -> None:
    text = "Diplomats discussed a proposed three-week truce in Sudan."
    found = codes(coder, text)
    # no 087 (a truce declared) and no 030: the talks alone
    assert found == {"040"}


def test_a_truce_violation_is_no_truce(coder: Coder) -> None:
    text = "Israel accused Hezbollah of a truce violation on Sunday."
    found = events(coder, text)
    assert not any(event.cameo_code.startswith("087") for event in found)
    assert "ACCUSE" in {event.plover_type for event in found}


def test_suspended_talks_are_no_talks_codes_nothing(coder: Coder) -> None:
    assert types(coder, "Talks between Serbia and Kosovo were suspended on Tuesday.") == set()


def test_a_postponed_visit_is_no_visit_codes_nothing(coder: Coder) -> None:
    text = "The planned visit by the Japanese premier to Seoul was postponed."
    assert types(coder, text) == set()


def test_a_missile_launch_into_the_sea_is_a_show_of_force(coder: Coder) -> None:
    text = "Pakistan launched two cruise missiles into the sea off its southern coast."
    found = events(coder, text)
    assert {event.plover_type for event in found} == {"MOBILIZE"}
    assert found[0].target is None


# --- one act, one event; reduced relatives --------------------------------------------------


def test_one_strike_that_killed_is_coded_once(coder: Coder) -> None:
    text = "Russian drone strikes have killed four people in Odesa, Ukraine said."
    assert [event.plover_type for event in events(coder, text)] == ["ASSAULT"]


def test_soldiers_killed_were_not_killed_by_the_ministry_naming_them(coder: Coder) -> None:
    text = "The ministry released the names of the soldiers killed."
    for event in events(coder, text):
        # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
        # soldiers named in a noun phrase are coded killed (190), see round 48's list.
        assert event.source is None or event.source.sector != "GOV"


def test_a_death_in_action_long_ago_is_no_event(coder: Coder) -> None:
    text = "The council named the library in honour of a former pupil killed in action in 1944."
    assert events(coder, text) == []


# --- relevance ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A motorist was arrested after police found she was four times over the drink-drive limit.",
        "Police arrested two men suspected of stealing cars in Leeds.",
        "The chancellor kicked off her re-election campaign in Hamburg on Saturday.",
        "The striker scored twice as Arsenal beat Chelsea.",
        "Apple sued Samsung over patents.",
        "The hospital's new MRI scanner attacked the backlog of patients.",
    ],
)
def test_crime_sport_business_and_metaphor_yield_nothing(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Riot police arrested the opposition leader during a rally in Dhaka.", "COERCE"),
        ("A court in Moscow jailed the anti-corruption activist for five years.", "COERCE"),
        ("Thousands of protesters marched on parliament in Nairobi.", "PROTEST"),
        ("A suicide bomber killed nine people at a checkpoint in Mogadishu.", "ASSAULT"),
    ],
)
def test_political_coercion_protest_and_terror_yield_events(
    coder: Coder, text: str, plover: str
) -> None:
    found = [event for event in events(coder, text) if event.plover_type == plover]
    assert found
    assert all(0.5 <= event.relevance <= 1.0 for event in found)


def test_the_police_arrest_the_opposition_not_the_city(coder: Coder) -> None:
    text = "Riot police arrested the opposition leader during a rally in Dhaka."
    event = next(e for e in events(coder, text) if e.plover_type == "COERCE")
    assert event.target is not None and event.target.sector == "OPP"


def test_skipped_sentences_are_counted(coder: Coder) -> None:
    body = (
        "Police arrested two men suspected of stealing cars in Leeds.\n\n"
        "Thousands of protesters marched on parliament in Nairobi."
    )
    coded = code_article(coder, "a", body, published_at=PUBLISHED)
    assert coded.skipped == 1
    assert [event.sentence_index for event in coded.events] == [1]


def test_a_gerund_with_a_by_agent_reads_as_a_noun() -> None:
    words = "steady lobbying by the mayor won the vote".split()
    assert is_noun(words, 1)
    assert not is_noun("they were protesting by blocking roads".split(), 2)


def test_must_demands_only_of_a_named_party(coder: Coder) -> None:
    text = "We must ensure that China plays by the rules, the US president said."
    assert types(coder, text) == set()
    assert "REQUEST" in types(coder, "Moscow must withdraw its troops, Kyiv said.")


def test_declining_to_be_named_is_no_rejection_codes_nothing(coder: Coder) -> None:
    text = "A Brazilian diplomat, declining to be identified, said the talks would resume."
    assert types(coder, text) == set()


def test_a_weapon_named_again_after_a_launch_is_one_act(coder: Coder) -> None:
    text = "Iran fired two cruise missiles or rockets into the Gulf on Monday."
    assert len(events(coder, text)) == 1


def test_a_noun_act_and_the_verb_it_is_subject_of_are_one_act(coder: Coder) -> None:
    text = "Sustained shelling by Armenian forces killed two Azerbaijani soldiers."
    assert len([e for e in events(coder, text) if e.plover_type == "ASSAULT"]) == 1


def test_releasing_a_letter_or_a_poll_is_no_release_codes_nothing(coder: Coder) -> None:
    text = "The Chilean senator released a letter to Bolivian lawmakers on Monday."
    assert types(coder, text) == set()


def test_free_as_an_adjective_frees_nobody_codes_nothing(coder: Coder) -> None:
    text = "Canada's foreign minister outlined her vision of a free and peaceful Arctic."
    assert types(coder, text) == set()


def test_the_host_of_a_show_hosts_no_visit_codes_nothing(coder: Coder) -> None:
    text = "A senior journalist and host of Egypt's most popular show produced evidence."
    assert types(coder, text) == set()


def test_complaining_of_symptoms_is_no_complaint_codes_nothing(coder: Coder) -> None:
    text = "US diplomats in Cuba complained of symptoms such as dizziness."
    assert types(coder, text) == set()


def test_attacks_a_speaker_raises_are_referred_to_not_reported(coder: Coder) -> None:
    text = "The Irish minister criticised London and raised several earlier attacks."
    assert types(coder, text) == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Millions of Nigerian voters went to the polls on Saturday to elect a president.",
        "Some 1,500 Zambian and overseas observers were deployed to watch the ballot.",
        "Ghana's electoral commission opened telephone hotlines for voters.",
        "Officials said the names of the Peruvian victims were not immediately released.",
        "Detectives executed a search warrant at the Canadian suspect's home.",
        "The Brazilian coach said he had a fighting team that would win in Argentina.",
    ],
)
def test_everyday_phrases_with_trigger_words_are_no_acts(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_insurance_and_escrow_are_business_cues() -> None:
    text = "The insurer told policyholders the money in escrow was safe."
    cues = sentence_cues(text.lower().replace(".", " .").split(), text)
    assert cues.offtopic >= 2


def test_investigating_the_cause_of_a_fire_is_no_political_act(coder: Coder) -> None:
    assert (
        events(coder, "Turkish officials said the cause of the fire was being investigated.") == []
    )


def test_destroying_emails_or_documents_coerces_nobody_codes_nothing(coder: Coder) -> None:
    text = "The Brazilian minister's destroying of 3,000 emails angered Argentina's envoy."
    assert types(coder, text) == set()


def test_attacks_a_ceremony_marks_are_referred_to_not_reported_codes_nothing(coder: Coder) -> None:
    text = "Modi spoke at a ceremony marking the November 26, 2008, attacks in Mumbai."
    assert types(coder, text) == set()


def test_a_noun_act_that_qualifies_another_noun_is_no_act_codes_nothing(coder: Coder) -> None:
    text = "The Nepali rebel, known for his abduction rackets, was seen near the Indian border."
    assert types(coder, text) == set()


def test_an_act_described_by_is_the_nth_incident_is_not_reported(coder: Coder) -> None:
    text = "The abduction of the Kenyan engineer is the third incident of its kind in Somalia."
    assert events(coder, text) == []
    text = "The attack was carried out by Somali militants, Kenyan police said."
    assert "ASSAULT" in types(coder, text)


def test_showing_dissatisfaction_is_the_act_itself(coder: Coder) -> None:
    text = "Tehran showed dissatisfaction with the way Washington led the negotiations."
    assert "ACCUSE" in types(coder, text)


def test_named_attacks_a_speaker_raises_are_referred_to(coder: Coder) -> None:
    text = "The Irish minister criticised London and raised several other Loyalist attacks."
    assert types(coder, text) == {"ACCUSE"}


def test_support_for_a_theory_is_no_aid_codes_nothing(coder: Coder) -> None:
    text = "Papers published by Soviet and French authors provide indirect support for this theory."
    assert types(coder, text) == set()


def test_a_visit_needs_someone_who_makes_it(coder: Coder) -> None:
    text = "The notification went to the Mexican Senate as a routine matter, an official said."
    assert types(coder, text) == set()
    text = "The Chinese president went to Moscow on Monday for talks with Russian leaders."
    assert "CONSULT" in types(coder, text)


def test_it_was_agreed_names_no_party_and_no_act_codes_nothing(coder: Coder) -> None:
    text = "At the Geneva seminar it was agreed that Swiss firms must adapt to older workers."
    assert types(coder, text) == set()


def test_speculation_about_why_an_act_happened_reports_no_act(coder: Coder) -> None:
    text = "Ugandan police said the bombing of the market could have been in retaliation for raids."
    assert types(coder, text) == set()
    text = "Ugandan police said the bombing of the market was carried out by Somali militants."
    assert "ASSAULT" in types(coder, text)


def test_a_bill_that_heads_to_parliament_visits_nobody_codes_nothing(coder: Coder) -> None:
    body = "NAIROBI: Kenya's cabinet approved the finance bill.\n\nIt now heads to parliament."
    found = code_article(coder, "a", body, published_at=PUBLISHED).events
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        '"We want prices to come down," said a shopper in Nairobi.',
        "If Serbia does not support the plan, the talks will fail.",
        "The convoy would have been attacked if the soldiers had stayed.",
        "The Bolivian minister would have resigned had the vote gone the other way.",
        "Turkey could have invaded Cyprus again in 1975.",
        '"I hope the police arrest the men who did this," the Kenyan senator said.',
        "Zambia said it hoped Malawi would release the detained fishermen.",
    ],
)
def test_wishes_conditions_and_counterfactuals_are_no_acts(coder: Coder, text: str) -> None:
    assert not events(coder, text)


def test_a_hope_expressed_is_a_statement_not_the_act_hoped_for(coder: Coder) -> None:
    assert types(coder, "Zambia hoped that Malawi would release the detained fishermen.") == {
        "SUPPORT"  # CAMEO 013, an optimistic comment
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of neighbours have offered to cook meals for the night shift.",
        "Hundreds of residents pledged to rebuild the old church by Christmas.",
    ],
)
def test_an_intention_with_no_known_party_is_not_political(coder: Coder, text: str) -> None:
    assert not events(coder, text)


def test_an_intention_of_a_state_is_political(coder: Coder) -> None:
    assert types(coder, "Egypt offered to mediate between Israel and Hamas.") == {"AGREE"}


def test_an_act_named_after_a_preposition_with_a_participle_adjective_is_described(
    coder: Coder,
) -> None:
    text = (
        "The Hungarian cabinet approved new fines for unauthorised demonstrations near parliament."
    )
    assert types(coder, text) == {"COERCE"}


def test_allegations_someone_is_barred_from_spreading_are_not_made(coder: Coder) -> None:
    text = "Croatia asked a court to bar the tabloid from printing or spreading allegations."
    assert types(coder, text) == {"REQUEST"}


def test_a_verb_after_to_is_no_noun(coder: Coder) -> None:
    text = "Serbia and Kosovo failed to reach an agreement on the border crossings."
    assert types(coder, text) == {"REJECT"}


@pytest.mark.parametrize(
    "text",
    [
        "The new Chilean constitution guarantees the right to protest.",
        "The Senate has the power to impeach the Brazilian president.",
    ],
)
def test_an_act_named_as_a_right_or_power_is_no_act(coder: Coder, text: str) -> None:
    assert not events(coder, text)


def test_an_act_a_trip_is_aimed_at_is_a_goal_codes_nothing(coder: Coder) -> None:
    text = "The Danish envoy began a regional tour aimed at pressing for a ceasefire in Yemen."
    assert types(coder, text) == set()


def test_an_act_only_supposed_to_have_happened_is_no_act(coder: Coder) -> None:
    assert not events(coder, "Hackers in Ruritania may have launched cyber attacks against Peru.")


@pytest.mark.parametrize(
    "text",
    [
        "I am with my family in Lagos this week.",
        "We are with friends at the beach.",
        "I want you to know that I love this city.",
        "Her parents want her to study law.",
        "He asked me, a total stranger, to help with the bags.",
        "The engineers worked closely with the designers on the new car.",
        "She was outraged by the price of the tickets.",
        "He raised the issue with his boss on Monday.",
        "Fans rose up and cheered the team.",
        "My neighbour helped me carry the sofa.",
        "The chef defended his handling of the kitchen.",
        "Fans pushed for a refund after the concert was cancelled.",
        "He asked for a glass of water.",
        "The lawyer presented evidence against the defendant in the murder trial.",
        "Doctors advised against travel for pregnant women.",
        "The student got a loan from the bank.",
    ],
)
def test_everyday_lookalikes_of_the_general_phrasings_give_no_event(
    coder: Coder, text: str
) -> None:
    assert not events(coder, text)


def test_claiming_an_everyday_deed_is_not_claiming_an_attack(coder: Coder) -> None:
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a private claim codes ACCUSE.
    assert "CONCEDE" not in types(
        coder, "The boys claimed that they had hit the ball over the fence."
    )


def test_a_compound_noun_after_a_preposition_only_describes(coder: Coder) -> None:
    text = "Portugal's government approved the new fines at a cabinet meeting on Thursday."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # fines approved with no one fined are coded coercion.
    assert "CONSULT" not in types(coder, text)


# --- private parties and the article's frame ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The landlord threatened the tenants with eviction over unpaid rent.",
        "Shareholders threatened to vote against the chief executive's pay award.",
        "Drivers accuse cyclists of ignoring red lights on the ring road.",
        "The club threatened to sue its former goalkeeper over unpaid fines.",
    ],
)
def test_threats_and_charges_between_private_parties_are_not_political(
    coder: Coder, text: str
) -> None:
    assert events(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("North Korea threatened the South with nuclear strikes on Tuesday.", "THREATEN"),
        ("The rebels threatened to attack the capital if talks failed.", "THREATEN"),
        ("Pakistan accused India of ignoring the ceasefire in Kashmir.", "ACCUSE"),
    ],
)
def test_threats_and_charges_between_political_parties_still_are(
    coder: Coder, text: str, plover: str
) -> None:
    assert plover in types(coder, text)


SPORTS_PAGE = (
    "Leeds beat Norwich 3-1 on Saturday to climb to second in the table.\n\n"
    "The visiting coach said his players had surrendered after the break.\n\n"
    "Leeds host Burnley on Tuesday, while Norwich travel to Hull."
)
MARKETS_PAGE = (
    "The Dow attacked its 50-day moving average on Friday before sellers pushed it lower.\n\n"
    "Investors bought shares of software companies after strong quarterly earnings.\n\n"
    "The index has gained 14 percent since January."
)


@pytest.mark.parametrize("body", [SPORTS_PAGE, MARKETS_PAGE])
def test_an_article_of_the_sports_or_markets_pages_yields_nothing(coder: Coder, body: str) -> None:
    """Cities and countries on the sports pages are teams, and a sentence of a markets story
    with no cue of its own is still off the topic."""
    assert code_article(coder, "a", body, published_at=PUBLISHED).events == []


def test_a_political_article_with_a_market_sentence_keeps_its_events(coder: Coder) -> None:
    body = (
        "Russian troops attacked the Ukrainian town of Vovchansk on Monday.\n\n"
        "Kyiv accused Moscow of targeting civilians.\n\n"
        "Wheat prices rose 3 percent on the news."
    )
    found = {e.plover_type for e in code_article(coder, "a", body, published_at=PUBLISHED).events}
    assert {"ASSAULT", "ACCUSE"} <= found


def test_officials_in_an_article_of_the_business_pages_are_still_political(coder: Coder) -> None:
    body = (
        "Shares of Norvik Telecom fell 8 percent after quarterly earnings missed forecasts.\n\n"
        "Investors worried about the company's debts.\n\n"
        "The finance ministry rejected the company's bid for a state loan."
    )
    found = code_article(coder, "a", body, published_at=PUBLISHED).events
    assert [e.plover_type for e in found] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a woman, 41, after a knife was found in her handbag at a nightclub.",
        "A man who threatened a shopkeeper with a knife was jailed for three years.",
        "A teenager held over the burglary was released on bail pending further inquiries.",
    ],
)
def test_ordinary_crime_by_age_knife_or_bail_yields_nothing(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Police arrested an opposition lawmaker, 52, in Nairobi for inciting protests.", "COERCE"),
        ("Armed men threatened journalists covering the election in Juba.", "THREATEN"),
        (
            "Truck drivers called off their strike after the government cut diesel prices.",
            "CONCEDE",
        ),
    ],
)
def test_arrests_threats_and_strikes_of_political_parties_still_yield_events(
    coder: Coder, text: str, plover: str
) -> None:
    assert plover in types(coder, text)


def test_a_name_ending_in_a_company_word_is_a_business(coder: Coder) -> None:
    """ "Halcyon Freight", "Kestrel Biotech", "Barnsworth FC": private parties, also when the
    article names them again by their first word."""
    body = (
        "Dunmore Logistics of Leeds agreed to buy its rival Halcyon Freight for $900 million.\n\n"
        "Halcyon rejected an earlier offer in March.\n\n"
        "Kestrel Biotech threatened to sue Dunmore over the deal."
    )
    assert code_article(coder, "a", body, published_at=PUBLISHED).events == []
    assert "REJECT" in types(coder, "Sudan's army rejected an earlier offer of talks in March.")


def test_a_crime_story_yields_nothing_even_where_a_sentence_has_no_crime_word(
    coder: Coder,
) -> None:
    """The article is a police report: its arrests and appeals are ordinary policing; the
    same sentences after an attack by militants are not."""
    crime = (
        "A 23-year-old man was stabbed outside a pub in Derby on Friday night.\n\n"
        "Two men were arrested nearby on Saturday.\n\n"
        "Detectives urged anyone with information to come forward.\n\n"
        "The victim's family said he was a devoted father."
    )
    assert code_article(coder, "a", crime, published_at=PUBLISHED).events == []
    attack = (
        "Militants attacked a police post in Quetta on Friday, killing two officers.\n\n"
        "Two men were arrested nearby on Saturday.\n\n"
        "Police urged residents to stay indoors."
    )
    found = code_article(coder, "a", attack, published_at=PUBLISHED).events
    assert {"ASSAULT", "COERCE"} <= {e.plover_type for e in found}


def test_capitals_on_the_sports_pages_are_teams_not_governments(coder: Coder) -> None:
    sports = (
        "Madrid beat Valencia 2-0 on Sunday to stay top of the league.\n\n"
        "The coach praised his defence after the match.\n\n"
        "Madrid travel to Lisbon on Wednesday."
    )
    assert code_article(coder, "a", sports, published_at=PUBLISHED).events == []
    politics = "Moscow expelled two Estonian diplomats on Monday.\n\nTallinn vowed to respond."
    assert code_article(coder, "a", politics, published_at=PUBLISHED).events


def test_a_disaster_report_is_off_the_topic(coder: Coder) -> None:
    body = (
        "A wildfire forced the evacuation of 2,000 people near Athens on Monday.\n\n"
        "Firefighters attacked the flames from helicopters and planes.\n\n"
        "No injuries were reported."
    )
    assert code_article(coder, "a", body, published_at=PUBLISHED).events == []


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters issued an amber warning for heavy snow across northern Scotland.",
        "The company's plant near Lyon makes missiles for the French navy.",
        "The reaction released enough heat to melt the steel container.",
    ],
)
def test_weather_warnings_weapons_made_and_heat_released_are_no_acts(
    coder: Coder, text: str
) -> None:
    assert events(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("North Korea warned Seoul that it would respond with force.", "THREATEN"),
        ("Hezbollah fired rockets at northern Israel on Sunday.", "ASSAULT"),
        ("The junta released 200 political prisoners on Sunday.", "RETREAT"),
    ],
)
def test_warnings_rockets_and_releases_between_parties_still_are(
    coder: Coder, text: str, plover: str
) -> None:
    assert plover in types(coder, text)


def test_a_walkout_by_nurses_is_labour_action_on_the_health_pages(coder: Coder) -> None:
    body = (
        "Junior doctors at two hospitals in Leeds walked out on Tuesday in a row over pay.\n\n"
        "The hospitals said patients would face delays for routine operations.\n\n"
        "Waiting lists for routine operations are already at a record high."
    )
    found = code_article(coder, "a", body, published_at=PUBLISHED).events
    assert [(e.sentence_index, e.plover_type) for e in found] == [(0, "PROTEST")]


@pytest.mark.parametrize(
    "body",
    [
        "Leicester beat Newcastle 24-17 on Saturday.\n\n"
        "The home winger scored two tries before the break.\n\n"
        "Leicester visit Bath next week.",
        "Japan beat Samoa 28-22 in Toulouse on Saturday.\n\n"
        "Japan host Chile at the World Cup next week.",
        "Maria Sakkari pulled out of Wimbledon on Monday with a wrist injury.\n\n"
        "The Greek said she would fight to be fit for the Olympics in Paris.",
    ],
)
def test_teams_players_and_sporting_events_make_the_sports_pages(coder: Coder, body: str) -> None:
    assert code_article(coder, "a", body, published_at=PUBLISHED).events == []


def test_politics_on_the_sports_pages_keeps_its_states(coder: Coder) -> None:
    """One state alone is no team: a ban and the answer to it are still acts of states."""
    body = (
        "Belarus was banned from the Olympics on Thursday over the repression of athletes.\n\n"
        "Minsk condemned the decision as politically motivated.\n\n"
        "Belarusian athletes may still compete at the Olympics as neutrals."
    )
    found = code_article(coder, "a", body, published_at=PUBLISHED).events
    assert {e.sentence_index for e in found} >= {0, 1}


def test_a_court_report_with_a_named_age_is_a_crime_story(coder: Coder) -> None:
    body = (
        "A man has been jailed for attacking a taxi driver in Cardiff.\n\n"
        "Liam Price, 29, punched the driver after a row over the fare.\n\n"
        "Officers arrested him at his home the next day."
    )
    assert code_article(coder, "a", body, published_at=PUBLISHED).events == []
    politics = "Officers arrested the opposition leader at his home in Harare."
    assert "COERCE" in types(coder, politics)


def test_an_extradition_case_is_no_crime_story(coder: Coder) -> None:
    """Fraud, an age and an arrest make a crime story, unless states handle the case."""
    body = (
        "A fugitive businessman wanted in Britain was arrested in Dubai on Monday.\n\n"
        "Dubai police detained him after Britain asked for his extradition.\n\n"
        "Prosecutors say he stole $40 million from investors in a fraud.\n\n"
        "His lawyer, 61, said he had been defrauded himself.\n\n"
        "A court in Dubai will rule on the extradition request next month."
    )
    found = code_article(coder, "a", body, published_at=PUBLISHED).events
    assert {"COERCE", "REQUEST"} <= {e.plover_type for e in found}
