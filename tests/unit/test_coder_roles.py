"""Who did it to whom: roles from clause structure and references within an article.

Every sentence here was written for these tests; each test names the failure pattern it
guards against (issue 8: speakers, datelines, places, passives, reported speech, pronouns,
metonyms, bare sectors, ambiguous demonyms, self-targets)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import Lexicon, parse
from tests.unit.coding import article, coded_as, country, events, of_type

# --- speakers, datelines and places are not parties ------------------------------------------


def test_the_speaker_of_a_trailing_attribution_is_not_the_target(coder: Coder) -> None:
    text = (
        "Venezuela expelled two Guyanese diplomats on Tuesday, "
        "Brazilian Foreign Minister Mauro Vieira said."
    )
    event = of_type(events(coder, text), "SANCTION")
    assert country(event.source) == "VEN"
    assert country(event.target) != "BRA"


def test_according_to_names_a_reporter_not_a_party(coder: Coder) -> None:
    text = "Ethiopian troops shelled an Eritrean border post, according to Kenyan officials."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.source) == "ETH"
    assert country(event.target) == "ERI"


def test_a_dateline_is_not_a_party(coder: Coder) -> None:
    found = article(
        coder,
        "DOHA, Qatar (AP) — Somali militants attacked a Kenyan police convoy on Monday.",
    )
    event = of_type(found, "ASSAULT")
    assert country(event.source) != "QAT"
    assert country(event.target) == "KEN"


def test_an_embassy_in_a_capital_is_not_the_target(coder: Coder) -> None:
    text = "Norway lodged a protest with Belarus through its embassy in Warsaw."
    event = of_type(events(coder, text), "ACCUSE")
    assert country(event.source) == "NOR"
    assert country(event.target) == "BLR"


def test_a_launch_toward_a_sea_has_no_target_named_after_the_sea(coder: Coder) -> None:
    text = "North Korea launched two cruise missiles into the Sea of Japan before dawn."
    event = of_type(events(coder, text), "MOBILIZE")
    assert country(event.source) == "PRK"
    assert country(event.target) != "JPN"


def test_a_launch_from_the_capital_is_not_a_self_target(coder: Coder) -> None:
    text = "North Korea launched two cruise missiles from its capital Pyongyang."
    event = of_type(events(coder, text), "MOBILIZE")
    assert country(event.source) == "PRK"
    assert event.target is None


# --- voice and reported speech -------------------------------------------------------------


def test_coming_under_bombardment_makes_the_subject_the_target(coder: Coder) -> None:
    text = "Kyiv came under heavy bombardment from Russian forces overnight."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.target) == "UKR"
    assert country(event.source) == "RUS"


def test_sanctions_by_a_country_are_imposed_by_it(coder: Coder) -> None:
    text = "The new sanctions by Canada on Iranian banks took effect on Monday."
    found = [e for e in events(coder, text) if e.plover_type == "SANCTION"]
    assert coded_as(found) == [("SANCTION", "163", "CANGOV", "IRNBUS")]


def test_a_passive_with_by_names_the_agent_as_source(coder: Coder) -> None:
    text = "A Nigerian army patrol was ambushed by Chadian rebels near the border."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.source) == "TCD"
    assert country(event.target) == "NGA"


def test_reported_speech_codes_the_reported_act_between_its_own_parties(coder: Coder) -> None:
    text = "The Iraqi foreign ministry said Turkish jets bombed Kurdish villages in Syria."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.source) == "TUR"


def test_a_possessive_actor_owns_the_noun_act(coder: Coder) -> None:
    text = "Moldova condemned Transnistria's blockade of Romanian trucks."
    event = of_type(events(coder, text), "ACCUSE")
    assert country(event.source) == "MDA"


def test_a_verb_joined_by_and_shares_the_subject(coder: Coder) -> None:
    text = "Sudanese paramilitaries shot three Chadian traders and kidnapped a fourth one."
    kidnap = [e for e in events(coder, text) if e.cameo_code.startswith("181")]
    assert kidnap and country(kidnap[0].source) == "SDN"


def test_a_relative_clause_takes_its_antecedent_as_subject(coder: Coder) -> None:
    text = "The Dutch frigate, which arrived in Djibouti on Friday, escorted Kenyan ships."
    found = events(coder, text)
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a frigate arriving in a port is coded a visit to its state.
    assert all(country(e.source) != "DJI" for e in found)


def test_subject_pronouns_are_never_targets(coder: Coder) -> None:
    text = "Argentina criticised the Chilean plan, which he called reckless."
    event = of_type(events(coder, text), "ACCUSE")
    assert coded_as([event]) == [("ACCUSE", "111", "ARGGOV", "CHLGOV")]


# --- references within an article ----------------------------------------------------------


def test_the_north_is_north_korea_in_a_korean_story(coder: Coder) -> None:
    found = article(
        coder,
        "SEOUL: South Korea put its forces on alert on Sunday.\n\n"
        "The North fired two artillery shells at a South Korean island.",
    )
    event = of_type(found, "ASSAULT")
    assert country(event.source) == "PRK"
    assert country(event.target) == "KOR"


def test_pronouns_take_their_antecedents(coder: Coder) -> None:
    found = article(
        coder,
        "Polish President Andrzej Duda arrived in Kyiv on Tuesday.\n\n"
        "He praised Ukrainian troops in a speech to parliament.",
    )
    event = of_type(found, "SUPPORT")
    assert country(event.source) == "POL"
    assert event.source is not None and event.source.text == "He"


def test_a_bare_sector_takes_the_dateline_country(coder: Coder) -> None:
    found = article(
        coder,
        "NAIROBI: Police arrested twelve opposition activists outside parliament on Monday.",
    )
    event = of_type(found, "COERCE")
    assert country(event.source) == "KEN"


def test_the_ministry_takes_the_country_named_for_it_before(coder: Coder) -> None:
    found = article(
        coder,
        "The Turkish defence ministry announced an operation in northern Iraq.\n\n"
        "The ministry said its jets struck Kurdish militants near Dohuk.",
    )
    attack = of_type(found, "ASSAULT")
    assert country(attack.source) == "TUR"


def test_an_ambiguous_demonym_follows_the_article_places(coder: Coder) -> None:
    found = article(
        coder,
        "Protests spread across Kinshasa on Friday.\n\n"
        "Congolese police fired tear gas at students near the university.",
    )
    event = found[-1]
    assert country(event.source) == "COD"


def test_a_name_introduced_with_a_title_is_known_later(coder: Coder) -> None:
    found = article(
        coder,
        "NAIROBI: Opposition lawmaker Odongo Wekesa led a march on Monday.\n\n"
        "Wekesa accused the interior minister of ordering the arrests.",
    )
    event = of_type(found, "ACCUSE")
    assert country(event.source) == "KEN"


def test_the_headline_is_coded_first_with_offsets_into_the_title(coder: Coder) -> None:
    title = "Ghana expels Togolese envoy"
    found = article(coder, "The expulsion followed a border incident.", title=title)
    headline = [e for e in found if e.headline]
    assert headline
    assert title[headline[0].char_start : headline[0].char_end] == headline[0].evidence


def test_a_known_surname_inside_another_name_is_not_that_person(coder: Coder) -> None:
    text = "Opposition leader Petro Kovalenko urged Kuchma to resign."
    found = article(coder, "KIEV: Ukraine's parliament met on Monday.\n\n" + text)
    event = of_type(found, "REQUEST")
    assert event.source is not None and event.source.country != "COL"


def test_a_body_named_before_a_document_is_no_party(coder: Coder) -> None:
    text = "Pakistani leaders called for a vote under United Nations Security Council resolutions."
    event = of_type(events(coder, text), "REQUEST")
    assert coded_as([event]) == [("REQUEST", "020", "PAKGOV", None)]


def test_a_short_bracket_after_the_subject_does_not_hide_it(coder: Coder) -> None:
    text = "Senator Hal Brennan (R-Tex.) rejected the governor's proposal on Friday."
    event = of_type(article(coder, "AUSTIN, Texas: The state senate met.\n\n" + text), "REJECT")
    assert event.source is not None and "Brennan" in event.source.text


def test_said_before_a_pronoun_clause_reports_it(coder: Coder) -> None:
    text = "Ravi Kumar, head of the Chennai dock union (CDWU), said they would not end the strike."
    event = of_type(events(coder, text), "REJECT")
    assert event.evidence.startswith("end the strike")


def test_declining_an_invitation_is_a_rejection_by_the_subject(coder: Coder) -> None:
    event = of_type(events(coder, "Chile declined Peru's invitation to the summit."), "REJECT")
    assert (country(event.source), country(event.target)) == ("CHL", "PER")


def test_a_national_adjective_before_a_noun_act_is_its_agent(coder: Coder) -> None:
    text = "Six people were killed in Turkish artillery shelling of Afrin on Monday."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.source) == "TUR"


def test_a_place_before_a_noun_act_is_not_its_agent(coder: Coder) -> None:
    found = events(coder, "The Kharkiv bombing was condemned by Poland.")
    # Pinned to the part that is right by the guide (round 48's list):
    # the target is the bombing's doer, not Ukraine.
    assert [act[:3] for act in coded_as(found)] == [("ACCUSE", "111", "POLGOV")]


def test_the_trigger_s_own_preposition_takes_its_object(coder: Coder) -> None:
    event = of_type(events(coder, "Armenian troops fired shells at Azerbaijani posts."), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("ARM", "AZE")


def test_a_bare_sector_from_a_country_belongs_to_it(coder: Coder) -> None:
    text = "The French president met exiled dissidents from Belarus in Paris."
    found = article(coder, "PARIS: France hosted a forum.\n\n" + text)
    event = next(event for event in found if event.evidence == "met")
    assert country(event.target) == "BLR"


def test_cities_of_ukraine_and_iraq_are_places_of_their_country(coder: Coder) -> None:
    event = of_type(events(coder, "Russian forces shelled Kharkiv and Odesa overnight."), "ASSAULT")
    assert country(event.target) == "UKR"
    event = of_type(events(coder, "Turkish jets bombed Sinjar."), "ASSAULT")
    assert country(event.target) == "IRQ"


def test_an_act_after_a_subordinator_is_not_the_object_of_a_condemnation(coder: Coder) -> None:
    found = events(coder, "Ankara condemned after Greek boats fired on a Turkish vessel.")
    event = of_type(found, "ASSAULT")
    assert country(event.source) == "GRC"


def test_a_verb_after_and_with_an_auxiliary_shares_the_subject(coder: Coder) -> None:
    text = "Hungary condemned the leaders of Serbia and has threatened to close the border."
    event = of_type(events(coder, text), "THREATEN")
    assert country(event.source) == "HUN"


def test_the_agency_is_a_government_body_of_the_article_country(coder: Coder) -> None:
    found = article(coder, "NAIROBI: Kenya's ministry spoke.\n\nThe agency rejected the request.")
    event = of_type(found, "REJECT")
    assert event.source is not None and event.source.code == "KENGOV"


def test_a_resolution_that_acts_is_its_author_s_act(coder: Coder) -> None:
    text = "UN resolutions bar Eritrea from buying foreign arms."
    found = article(coder, "ASMARA: Eritrea protested.\n\n" + text)
    event = next(event for event in found if event.evidence.startswith("bar"))
    assert event.source is not None and event.source.code == "IGOUNO"


def test_the_by_agent_of_a_subject_noun_is_the_source(coder: Coder) -> None:
    text = "A campaign by Germany forced Poland to drop its veto."
    event = next(e for e in events(coder, text) if e.evidence.startswith("forced"))
    assert (country(event.source), country(event.target)) == ("DEU", "POL")


def test_the_party_written_to_is_the_target_of_the_request(coder: Coder) -> None:
    text = (
        "Nepal's premier has written to the Indian prime minister (Narendra Modi) "
        "to request a meeting."
    )
    event = of_type(events(coder, text), "REQUEST")
    assert (country(event.source), country(event.target)) == ("NPL", "IND")


def test_a_trigger_that_starts_with_its_agent_word_takes_it_as_source(coder: Coder) -> None:
    body = "DHAKA: Bangladeshi police faced a crowd.\n\nProtesters threw stones at police."
    found = article(coder, body)
    event = of_type(found, "PROTEST")
    assert country(event.source) == "BGD"


def test_a_named_organisation_does_not_lend_its_country_to_the_government(coder: Coder) -> None:
    body = "WASHINGTON: US officials met on Monday.\n\nThey discussed the PLO.\n\n"
    found = article(coder, body + "The administration condemned Libya.")
    event = of_type(found, "ACCUSE")
    assert (country(event.source), country(event.target)) == ("USA", "LBY")


def test_a_denial_answers_the_accuser_of_the_denier(coder: Coder) -> None:
    text = "Serbia accused Kosovo of provoking the clashes, which Pristina denied."
    event = of_type(events(coder, text), "REJECT")
    assert (country(event.source), country(event.target)) == ("XKX", "SRB")


def test_a_sentence_wholly_in_brackets_keeps_its_subject(coder: Coder) -> None:
    found = events(coder, "(The Thai government proposed talks with Cambodia on Monday.)")
    event = next(event for event in found if event.evidence.startswith("proposed"))
    assert country(event.source) == "THA"


def test_a_clause_after_in_which_has_its_own_subject(coder: Coder) -> None:
    text = (
        "It was the deadliest raid by Houthi rebels in which four Saudi soldiers were "
        "killed, the coalition said."
    )
    event = next(e for e in events(coder, text) if e.evidence == "killed")
    assert country(event.target) == "SAU"


def test_the_owner_of_a_declined_invitation_is_the_one_who_invited(coder: Coder) -> None:
    body = (
        "President Lula of Brazil invited Argentina's leader to Brasilia.\n\n"
        "Javier Milei declined his invitation on Tuesday."
    )
    event = of_type(article(coder, body), "REJECT")
    assert (country(event.source), country(event.target)) == ("ARG", "BRA")


def test_a_party_after_said_with_its_own_verb_is_the_reported_subject(coder: Coder) -> None:
    text = "Speaking on condition of anonymity, an envoy said Ghana would expel the diplomats."
    event = next(e for e in events(coder, text) if e.evidence.startswith("expel"))
    assert country(event.source) == "GHA"
    text = "An aide to the minister, speaking privately, said Peru had rejected the offer."
    assert country(of_type(events(coder, text), "REJECT").source) == "PER"


def test_an_offer_dismissed_later_answers_whoever_made_it(coder: Coder) -> None:
    body = (
        "BAKU: Armenia has made a peace proposal to Azerbaijan.\n\n"
        "Azerbaijan dismissed the offer on Tuesday."
    )
    event = of_type(article(coder, body), "REJECT")
    assert (country(event.source), country(event.target)) == ("AZE", "ARM")


def test_another_after_a_coordinated_verb_is_of_the_first_object_s_side(coder: Coder) -> None:
    text = "Rebels shot two Malian soldiers and abducted another near Gao on Sunday."
    event = next(e for e in events(coder, text) if e.evidence == "abducted")
    assert country(event.target) == "MLI"


def test_who_must_act_is_the_target_of_the_speaker_s_demand(coder: Coder) -> None:
    text = "The Brazilian government declared that Venezuela must release the prisoners."
    event = of_type(events(coder, text), "REQUEST")
    assert (country(event.source), country(event.target)) == ("BRA", "VEN")
    event = of_type(events(coder, "Moscow must withdraw its troops, Kyiv said."), "REQUEST")
    assert (country(event.source), country(event.target)) == ("UKR", "RUS")


def test_a_gunfight_between_two_sides_names_both(coder: Coder) -> None:
    text = "The gunfight between Colombian troops and Venezuelan guerrillas lasted two hours."
    event = of_type(events(coder, text), "ASSAULT")
    assert {country(event.source), country(event.target)} == {"COL", "VEN"}


def test_intelligence_information_is_no_party(coder: Coder) -> None:
    text = "Nigerian troops cordoned off the village acting on intelligence information."
    event = of_type(events(coder, text), "COERCE")
    assert coded_as([event])[0][:3] == ("COERCE", "191", "NGAMIL")
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the cordoned village is coded no target (its villagers, NGA/CVL, by section 3's sites?).
    assert event.target is None or event.target.sector != "SPY"


def test_an_act_with_no_party_goes_on_with_the_act_just_reported(coder: Coder) -> None:
    body = (
        "DAKAR: Senegal's president met Mali's junta leader in Bamako on Monday.\n\n"
        "The two leaders discussed border security."
    )
    found = [e for e in article(coder, body) if e.evidence == "discussed"]
    assert found and (country(found[0].source), country(found[0].target)) == ("SEN", "MLI")


def test_a_sea_named_after_a_country_is_no_party(coder: Coder) -> None:
    text = "Iran seized an oil tanker in the Gulf of Oman, accusing it of smuggling."
    found = events(coder, text)
    assert found and all(country(e.target) != "OMN" for e in found)


def test_coming_under_a_national_bombardment_names_its_source(coder: Coder) -> None:
    event = of_type(
        events(coder, "Kharkiv came under heavy Russian shelling overnight."), "ASSAULT"
    )
    assert (country(event.source), country(event.target)) == ("RUS", "UKR")


def test_it_after_a_military_that_speaks_is_that_military(coder: Coder) -> None:
    text = "Turkey's military said it killed a senior PKK commander in a drone strike in Iraq."
    found = [e for e in events(coder, text) if e.plover_type == "ASSAULT"]
    assert len(found) == 1 and country(found[0].source) == "TUR"


def test_the_north_is_north_korea_when_the_sentence_names_a_korea(coder: Coder) -> None:
    text = "South Korea's army said the North fired artillery near the border island."
    event = of_type(events(coder, text), "ASSAULT")
    assert country(event.source) == "PRK"


def test_the_south_china_sea_is_neither_china_nor_the_south(coder: Coder) -> None:
    body = (
        "SEOUL: North Korea fired a missile.\n\nVietnam sent two warships to the South China Sea."
    )
    found = [e for e in article(coder, body) if "Vietnam" in e.sentence]
    assert found and all(country(e.target) not in ("CHN", "KOR") for e in found)


# --- implied sides: protesters, unnamed people, owners of what is turned down ----------------


def test_a_protest_without_protesters_is_made_by_people_of_the_story_country(
    coder: Coder,
) -> None:
    body = (
        "LIMA: Peru's president dissolved the congress on Friday.\n\n"
        "Rallies against President Dina Boluarte grew larger in the capital on Sunday."
    )
    found = [e for e in article(coder, body) if e.plover_type == "PROTEST"]
    assert found and country(found[0].source) == "PER"
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert found[0].source is not None and found[0].source.sector == "CVL"


def test_the_association_is_the_association_named_before(coder: Coder) -> None:
    body = (
        "KAMPALA: The Lakeside Boda Riders Association sued the transport ministry on "
        "Monday.\n\nThe ministry rejected the association's proposal to cap fuel prices."
    )
    found = [e for e in article(coder, body) if e.plover_type == "REJECT"]
    assert found and found[0].target is not None
    assert found[0].target.text == "association" and country(found[0].target) == "UGA"


def test_a_possessor_an_editor_put_in_brackets_is_the_owner(coder: Coder) -> None:
    body = (
        "KAMPALA: The Lakeside Boda Riders Association sued the transport ministry on "
        "Monday.\n\n'The ministry has rejected (the association's) proposal,' a rider said."
    )
    found = [e for e in article(coder, body) if e.plover_type == "REJECT"]
    assert found and found[0].target is not None and found[0].target.text == "association"


def test_a_passive_inside_in_which_is_done_by_the_agent_of_the_act_before(coder: Coder) -> None:
    # round 35: "answered", as "The strike followed an ambush ..." is now a context sentence
    # (existence._in_context_sentence), whose acts are no news
    text = (
        "The strike answered an ambush carried out by Houthi rebels in which four Saudi "
        "soldiers were killed."
    )
    event = next(e for e in events(coder, text) if e.evidence == "killed")
    assert (country(event.source), country(event.target)) == ("YEM", "SAU")


def test_a_subject_with_an_apposition_who_told_reporters_that_reports_a_clause(
    coder: Coder,
) -> None:
    text = (
        "Amina Yusuf, the governor of the region, told reporters that Chad had shelled "
        "two Nigerian villages."
    )
    event = of_type(events(coder, text), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("TCD", "NGA")


def test_an_organisation_named_after_its_country_in_a_title_run_is_a_speaker(
    coder: Coder,
) -> None:
    body = (
        "ACCRA: Farmers met in the capital on Monday.\n\n"
        "Chairman Ghana Cocoa Growers Alliance Kwame Mensah in his speech said for all "
        "their quarrels, his alliance stands with the government over the export levy."
    )
    event = of_type(article(coder, body), "SUPPORT")
    assert event.source is not None and "Alliance" in event.source.text
    assert country(event.source) == "GHA"


def test_kadafi_is_a_spelling_of_the_libyan_leader(coder: Coder) -> None:
    body = "Kadafi flew to Cairo on Monday.\n\nHis regime expelled two Egyptian diplomats."
    event = of_type(article(coder, body), "SANCTION")
    assert (country(event.source), country(event.target)) == ("LBY", "EGY")


def test_a_clause_after_a_place_and_a_comma_is_no_apposition(coder: Coder) -> None:
    text = (
        "In the northern province of Kunduz, an Afghan soldier guarding the road was shot "
        "by Pakistani troops, said a local official."
    )
    event = of_type(events(coder, text), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("PAK", "AFG")


def test_an_agreement_with_no_object_answers_who_asked_in_the_sentence_before(
    coder: Coder,
) -> None:
    body = (
        "NDJAMENA: Chad's president asked Niger's president to join the talks.\n\n"
        "Niger's president agreed, saying the threat was shared."
    )
    event = next(e for e in article(coder, body) if e.evidence == "agreed")
    assert (country(event.source), country(event.target)) == ("NER", "TCD")


def test_an_agreement_two_sentences_after_a_request_answers_nobody(coder: Coder) -> None:
    body = (
        "NDJAMENA: Chad's president asked Niger's president to join the talks.\n\n"
        "Rains flooded the road.\n\nNiger's president agreed, saying the threat was shared."
    )
    event = next(e for e in article(coder, body) if e.evidence == "agreed")
    assert country(event.target) is None


def test_the_neighbouring_countries_are_those_the_article_named_besides_its_own(
    coder: Coder,
) -> None:
    body = (
        "Kenya's foreign minister flew to Uganda on Monday and praised Uganda's "
        "president.\n\nThe Kenyan minister will visit the neighbouring countries again in May."
    )
    event = next(e for e in article(coder, body) if e.sentence_index == 1)
    assert (country(event.source), country(event.target)) == ("KEN", "UGA")


def test_the_two_countries_and_the_developing_countries_are_no_single_party(
    coder: Coder,
) -> None:
    body = (
        "Kenya's foreign minister flew to Uganda on Monday.\n\n"
        "The Kenyan minister criticised the developing countries for the delay."
    )
    event = next(e for e in article(coder, body) if e.sentence_index == 1)
    assert country(event.target) != "UGA"


def test_the_object_of_a_trigger_ending_in_a_preposition_is_no_nested_phrase(
    coder: Coder,
) -> None:
    lexicon = Lexicon(parse("code\tweight\tpattern\n032\t0.8\twork along with\n"))
    alone = Coder(min_confidence=0.0, lexicon=lexicon, fallback=False)
    text = "Ecuador's president said Quito would work along with the Colombian government."
    event = next(e for e in events(alone, text) if e.evidence.startswith("work"))
    assert country(event.target) == "COL"


def test_a_lawsuit_that_opens_a_sentence_acts_for_whoever_filed_it(coder: Coder) -> None:
    body = (
        "NAIROBI: The Lakeside Bar Association sued Uganda's government on Monday.\n\n"
        "The suit urges the Ugandan government to release the detained lawyers."
    )
    event = of_type(article(coder, body), "REQUEST")
    assert event.source is not None and "Association" in event.source.text
    assert country(event.target) == "UGA"


def test_the_requesting_state_is_the_state_named_before_it(coder: Coder) -> None:
    text = (
        "A fugitive wanted in Argentina for embezzlement was extradited to the requesting state "
        "on Tuesday by a Madrid court."
    )
    event = next(e for e in events(coder, text) if e.evidence.startswith("extradit"))
    assert country(event.target) == "ARG"
    assert event.target is not None and event.target.text == "the requesting state"


def test_the_requesting_state_is_the_state_that_asked_for_it(coder: Coder) -> None:
    body = (
        "LISBON: Argentina asked Portugal to hand over a fugitive banker.\n\n"
        "The fugitive was extradited to the requesting state on Friday."
    )
    event = next(e for e in article(coder, body) if e.evidence.startswith("extradit"))
    assert country(event.target) == "ARG"
