"""Round 36, wrong parties (sides3), tested on sentences written for them.

- "Ana Ruiz, the head of the union, said the offer fell short and called on the government
  to ...": a finite reporting verb right after an aside's closing comma, with no party after
  it, reports the clause that follows as "X said" does (`clauses.Layout._after_aside`); it is
  no trailing ", said X", whose words after the verb are all the speaker's and are stepped
  over, so the party called on was lost.
- An unknown name holding an office of an international body is that body's, not a party
  of the article's country (`names._office_holder`): "The European Union's enlargement
  commissioner, X,", "EU enlargement commissioner X", "EU foreign policy chief Kaja Kallas
  and enlargement commissioner X", "X, the U.N. humanitarian coordinator in Ghana,"; so is
  one named after a party's office and the party ("the co-chair of the Orange Democratic
  Movement, X,"). A title's post may stand before the apposition ends ("X, the U.S. senior
  adviser for Africa,"), and ranks before the name ("spokeswoman, Lt. Col. X,").
- "Fighters overran a military base", "a drone strike hit an army base": violence done to a
  site its agent word modifies is done to that agent (`targets._site_object`), as the passive
  already was ("An army base was struck"); a site only near the object is not.
- "The rebels seized two villages", "Troops recaptured the base": territory taken from no one
  named is the article's country's, a place with no sector (`roles.territory_here`;
  labelling guide, section 2).
- "Nigerian oil companies urged the government to halt fuel exports to the United States": a
  bare "government" that borrowed another country is the one the country's own people,
  parties, trades and firms press, and a federal government is the source's own
  (`coder._own_government`); a foreign state's appeal keeps what it had.
- "Nairobi's foreign ministry condemned the remarks": remarks are an accusation or an appeal
  or demand, and of the kinds a criticised noun names the latest act told answers it
  (`roles.criticised`), not an older accusation of the article.
- "appealed to the abductors", "the captors": the agent words kidnappers go by
  (`data/agents.tsv`, INS) are parties of the story's country, as "kidnappers" were.
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.context import ArticleContext
from tensionwatch.domain.references import resolve
from tests.unit.coding import actor_index, evaluation_coder, undated_in

coder = evaluation_coder
index = actor_index

FARM_LEAD = "Farmers blocked roads across Chile on Monday. "


def _dyads(coder: Coder, body: str, index: int = 1) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in undated_in(coder, body, index)
    ]


def test_a_call_after_an_aside_and_a_reported_clause_keeps_its_addressee(coder: Coder) -> None:
    body = FARM_LEAD + (
        "Tomas Verholt, the head of the SNFA, said the offer fell short and called on the "
        "government to suspend the new rules."
    )
    assert _dyads(coder, body) == [("REQUEST", "CHL", "CHLGOV")]


def test_a_demand_after_an_aside_and_a_reported_clause_keeps_its_target(coder: Coder) -> None:
    body = FARM_LEAD + (
        "Tomas Verholt, the head of the farmers' union, said the offer was not enough and "
        "demanded that the president resign."
    )
    # the farmers' union is a union, `CVL` (round 50, actors50)
    assert _dyads(coder, body) == [("REQUEST", "CHLCVL", "CHLGOV")]


def test_a_trailing_speaker_with_an_aside_is_still_no_party(coder: Coder) -> None:
    body = FARM_LEAD + (
        "Police arrested 40 farmers in Santiago, said Tomas Verholt, the head of the SNFA."
    )
    assert _dyads(coder, body) == [("COERCE", "CHLCOP", "CHLCVL")]


def test_the_reported_clause_after_an_aside_keeps_its_own_subject(coder: Coder) -> None:
    body = FARM_LEAD + "Tomas Verholt, the head of the SNFA, said police had arrested 40 farmers."
    assert _dyads(coder, body) == [("COERCE", "CHLCOP", "CHLCVL")]


ACCRA_LEAD = "Police detained the opposition leader in Accra on Monday. "


def _source(coder: Coder, body: str) -> str | None:
    found = undated_in(coder, body, 1)
    assert found
    return found[0].source.code if found[0].source else None


def test_an_international_bodys_commissioner_set_off_by_commas_is_the_bodys(
    coder: Coder,
) -> None:
    body = ACCRA_LEAD + (
        "The European Union's enlargement commissioner, Hanna Kostrova, urged Accra to release him."
    )
    assert _source(coder, body) == "IGOEUREEC"


def test_an_international_bodys_commissioner_before_the_name_is_the_bodys(coder: Coder) -> None:
    body = ACCRA_LEAD + "EU enlargement commissioner Hanna Kostrova urged Accra to release him."
    assert _source(coder, body) == "IGOEUREEC"


def test_a_second_office_of_the_same_body_is_the_bodys(coder: Coder) -> None:
    body = ACCRA_LEAD + (
        "EU foreign policy chief Kaja Kallas and enlargement commissioner Hanna Kostrova urged "
        "Accra to release him."
    )
    assert _source(coder, body) == "IGOEUREEC"


def test_an_office_of_the_un_after_the_name_is_the_uns(coder: Coder) -> None:
    body = ACCRA_LEAD + (
        "Lars Ekdahl, the U.N. humanitarian coordinator in Ghana, called for his release."
    )
    assert _source(coder, body) == "IGOUNO"


def test_a_titles_post_before_the_apposition_ends_keeps_the_title(coder: Coder) -> None:
    body = (
        ACCRA_LEAD + "Tomas Brand, the U.S. senior adviser for Africa, urged Accra to release him."
    )
    assert _source(coder, body) == "USAGOV"


def test_a_rank_between_the_title_and_the_name_keeps_the_title(coder: Coder) -> None:
    body = (
        ACCRA_LEAD + "Ghana's defence ministry spokeswoman, Lt. Col. Ama Serwaa, denied the claim."
    )
    assert _source(coder, body) == "GHAGOV"


def test_an_office_named_before_a_party_is_the_partys(coder: Coder) -> None:
    body = "Police detained the opposition leader in Nairobi on Monday. " + (
        "The co-chair of the Orange Democratic Movement, Otieno Wekesa, called on the "
        "government to release him."
    )
    assert _source(coder, body) == "KENOPP"  # the party, written OPP (round 45, sector45)


def _codes(index: ActorIndex, text: str) -> dict[str, str]:
    context = ArticleContext()
    context.home = "GHA"
    mentions = resolve(text, index.find(text, date(2024, 5, 1)), context)
    return {text[m.start : m.end]: m.actor.code for m in mentions}


def test_a_name_after_an_office_of_the_body_is_the_bodys(index: ActorIndex) -> None:
    text = "Lars Ekdahl, the U.N. coordinator in Ghana, said so."
    assert _codes(index, text)["Lars Ekdahl"] == "IGOUNO"


def test_a_name_after_a_plain_word_and_a_body_stays_the_articles(index: ActorIndex) -> None:
    text = "EU funds and Hanna Kostrova arrived in Accra."
    assert _codes(index, text)["Hanna Kostrova"] == "GHA"


def test_a_body_named_after_a_name_with_no_office_lends_it_nothing(index: ActorIndex) -> None:
    text = "Lars Ekdahl, the U.N. correspondent of the paper, said so."
    assert _codes(index, text)["Lars Ekdahl"] == "GHA"


SOMALI_LEAD = "Fighting spread across central Somalia on Saturday. "


def test_fighters_who_overran_a_military_base_attacked_the_army(coder: Coder) -> None:
    body = SOMALI_LEAD + "Al-Shabaab militants overran an army outpost near Beledweyne before dawn."
    assert _dyads(coder, body) == [("ASSAULT", "SOMREB", "SOMMIL")]


def test_gunmen_who_attacked_a_military_convoy_attacked_the_army(coder: Coder) -> None:
    body = SOMALI_LEAD + "Gunmen attacked a military convoy in the town."
    # insurgents are written REB in the event (labelling guide section 2; round 43, sector43)
    assert _dyads(coder, body) == [("ASSAULT", "SOMREB", "SOMMIL")]


def test_an_attack_near_an_army_base_does_not_hit_the_army(coder: Coder) -> None:
    body = SOMALI_LEAD + "Al-Shabaab fighters attacked the town near an army base."
    # not the army; since round 41 (sides8f) the town attacked, of no side named, is the
    # story's country named as a whole (labelling guide section 2), as the villages below
    assert _dyads(coder, body) == [("ASSAULT", "SOMREB", "SOM")]


def test_villages_seized_from_no_one_named_are_the_articles_country(coder: Coder) -> None:
    body = SOMALI_LEAD + "Al-Shabaab fighters seized two villages after heavy fighting."
    assert _dyads(coder, body) == [("COERCE", "SOMREB", "SOM")]


def test_a_town_seized_from_a_named_side_keeps_that_side(coder: Coder) -> None:
    body = SOMALI_LEAD + "Al-Shabaab fighters seized two villages from Somali troops."
    assert _dyads(coder, body) == [("COERCE", "SOMREB", "SOMMIL")]


TARIFF_LEAD = (
    "ABUJA (Reuters) - The United States imposed new tariffs on Nigerian oil on Monday. "
    "Washington said the tariffs would stay. "
)


def _third(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    return _dyads(coder, TARIFF_LEAD + text, 2)


def test_firms_urging_the_government_press_their_own(coder: Coder) -> None:
    text = "Nigerian oil companies urged the government to halt fuel exports to the United States."
    assert _third(coder, text) == [("REQUEST", "NGABUS", "NGAGOV")]


def test_a_governor_urging_the_federal_government_presses_his_own(coder: Coder) -> None:
    text = (
        "Lagos Governor Tunde Bakare urged the federal government to halt fuel exports to the "
        "United States."
    )
    assert _third(coder, text) == [("REQUEST", "NGAGOV", "NGAGOV")]


def test_a_foreign_state_urging_the_government_keeps_its_target(coder: Coder) -> None:
    # not the urger's own (CHNGOV): what reference gave it. Since round 40 (refs8) that is the
    # dateline's government, the one exporting fuel to the United States: "Washington said
    # the tariffs would stay" names the U.S. as no party of an act, so it lends the next
    # sentence's bare "the government" no country (it gave USAGOV before)
    text = "Beijing urged the government to halt fuel exports to the United States."
    assert _third(coder, text) == [("REQUEST", "CHNGOV", "NGAGOV")]


DETENTION_LEAD = (
    "Police in Nairobi detained the opposition leader Otieno Wekesa on Monday. "
    "Wekesa's party accused the government of silencing its critics. "
)


def test_remarks_condemned_answer_the_appeal_just_told(coder: Coder) -> None:
    body = DETENTION_LEAD + (
        "The European Union's envoy, Hanna Kostrova, urged Nairobi to release him. "
        "Kenya's foreign ministry condemned the comments as meddling in its affairs."
    )
    assert _dyads(coder, body, 3) == [("ACCUSE", "KENGOV", "IGOEUREEC")]


def test_remarks_condemned_after_an_accusation_answer_its_maker(coder: Coder) -> None:
    body = (
        DETENTION_LEAD
        + "Kenya's foreign ministry condemned the comments as meddling in its affairs."
    )
    assert _dyads(coder, body, 2) == [("ACCUSE", "KENGOV", "KENOPP")]


KIDNAP_LEAD = "Gunmen kidnapped two priests in northern Ghana on Sunday. "


def test_an_appeal_to_the_abductors_is_aimed_at_them(coder: Coder) -> None:
    body = KIDNAP_LEAD + "Bishop Kwame Asante appealed to the abductors to free the two priests."
    # insurgents are written REB in the event (labelling guide section 2; round 43, sector43)
    assert _dyads(coder, body) == [("REQUEST", "GHAREL", "GHAREB")]


def test_an_appeal_to_the_captors_is_aimed_at_them(coder: Coder) -> None:
    body = KIDNAP_LEAD + "Bishop Kwame Asante appealed to the captors to free the two priests."
    # insurgents are written REB in the event (labelling guide section 2; round 43, sector43)
    assert _dyads(coder, body) == [("REQUEST", "GHAREL", "GHAREB")]
