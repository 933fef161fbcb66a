"""Round 37, wrong parties in news-site copy (sides4f), tested on sentences written for them.

- "Muscat told reporters", "said Mr. Masisi": a town or capital named by one word that is the
  surname of a person the article introduced in full is that person
  (`references._surnamed_places`); with no such person the place stays.
- "Italian F-35 jets based in X as part of NATO's mission were scrambled to intercept the
  Russian planes", "Two Swiss Air Force F/A-18 Hornets were scrambled": jets scrambled in the
  passive are the force of the country heading the subject, sent at the party the trigger
  names after the verb (`roles._scrambled_force`, `roles._intercepted_craft`); a scramble
  answers another side's flight, so "condemned the violation" later is of the intruder
  (`coder._acts_of`).
- "condemned the coup, and the West African bloc threatened": the coup's country, not the
  party of the next clause; "condemned the drills ..., and said Japan would not be
  intimidated": the critic's own country past the clause is no target, the story's other
  side is (`roles.criticised_past_clause`).
- "said he was open to talks with X", "the government was open to dialogue": "open" ends like
  a participle but makes no passive (`roles.EN_WORDS`), so the one open to talks makes the
  offer; a passive with a participle in -en keeps its agent.
- "X, a spokesman for China's Taiwan Affairs Office,", "X, the deputy head of China's foreign
  ministry,", "X, the vice-president of Equatorial Guinea,": an unknown name set off with an
  office of a state or its body is that state's (`names._state_office_holder`), not a party of
  the article's country; a lawyer for a firm stays as it was.
- "The Iran-aligned group, which has been fighting a Saudi-led coalition ..., said it had
  fired": a group described by its patron ("X-aligned", "-backed", "-linked") is the armed
  group named last (`references._GROUP`), so "it" after the relative clause is that group,
  not the country the clause names; "the Kinshasa-based group" is not.
- "Estonia summoned Russia's ambassador ... The ministry said it had handed Ambassador Ivan
  Petrov a protest note", "The ambassador rejected the protest": an envoy named by the bare
  title is the one the article named with a country (`ArticleContext.titled_country` reads one
  word for an envoy, where "the president" alone stays the host's).
- "called in Ecuador's ambassador in Bogota to protest": an envoy called in with a country's
  possessive before it is a summons (114, `data/triggers.tsv`), the ambassador its target, and
  no street protest of the envoy's; "called in the army" is none.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, undated_in

coder = evaluation_coder


def _dyads(coder: Coder, body: str, index: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.plover_type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in undated_in(coder, body, index)
    ]


def test_a_surname_that_is_a_capital_names_the_person_introduced_earlier(coder: Coder) -> None:
    body = (
        "Maltese police questioned former prime minister Joseph Muscat on Monday over the sale "
        "of a state power station. Muscat accused the government of staging a witch hunt "
        "against him."
    )
    assert _dyads(coder, body, 1) == [("ACCUSE", "MLT", "MLT")]


def test_a_surname_that_is_a_town_after_mr_names_the_person(coder: Coder) -> None:
    body = (
        "Botswana's President Mokgweetsi Masisi threatened to send elephants to Germany in a "
        "row over trophy imports on Monday. Mr. Masisi accused German politicians of hypocrisy."
    )
    assert _dyads(coder, body, 1) == [("ACCUSE", "BWA", "DEU")]


def test_a_capital_with_no_person_of_its_name_stays_the_place(coder: Coder) -> None:
    body = (
        "Oman's foreign minister met envoys from Tehran on Sunday. Police in Muscat arrested two "
        "activists on Monday."
    )
    assert _dyads(coder, body, 1) == [("COERCE", "OMN", "OMN")]


FLIGHT = (
    "Two Russian fighter jets entered Lithuanian airspace on Friday, the Lithuanian army said. "
)


def test_jets_scrambled_in_the_passive_are_the_force_of_the_country_heading_them(
    coder: Coder,
) -> None:
    body = FLIGHT + (
        "Spanish Eurofighter jets stationed in Lithuania as part of NATO's Baltic mission were "
        "scrambled to intercept the Russian planes."
    )
    assert _dyads(coder, body, 1) == [("MOBILIZE", "ESP", "RUS")]


def test_an_air_force_scrambled_to_identify_an_aircraft_faces_the_story_s_other_side(
    coder: Coder,
) -> None:
    body = (
        "A Russian surveillance plane entered Swiss airspace near Basel on Tuesday, the defence "
        "ministry said. Three Swiss Air Force F/A-18 Hornets were scrambled to escort the "
        "aircraft, the military said."
    )
    assert _dyads(coder, body, 1) == [("MOBILIZE", "CHE", "RUS")]


def test_a_violation_condemned_after_a_scramble_is_the_intruder_s(coder: Coder) -> None:
    body = FLIGHT + (
        "Spanish Eurofighter jets stationed in Lithuania as part of NATO's Baltic mission were "
        "scrambled to intercept the Russian planes. The European Commission condemned the "
        "violation as a provocation."
    )
    assert _dyads(coder, body, 2) == [("ACCUSE", None, "RUS")]


def test_jets_scrambled_in_the_active_keep_their_subject(coder: Coder) -> None:
    body = FLIGHT + "Poland scrambled fighter jets to intercept the Russian planes."
    assert _dyads(coder, body, 1)[0][:2] == ("MOBILIZE", "POL")


def test_a_coup_condemned_before_another_clause_targets_the_coup_s_country(coder: Coder) -> None:
    body = (
        "Soldiers seized power in Gabon on Wednesday and detained the president. The African "
        "Union and the Economic Community of Central African States condemned the coup, and "
        "the Central African bloc threatened sanctions."
    )
    assert _dyads(coder, body, 1)[0] == ("ACCUSE", None, "GAB")


DRILLS = (
    "China's navy held live-fire drills near Japan's southern islands on Monday. Japan sent "
    "warships to monitor the Chinese vessels. "
)


def test_the_critic_s_own_country_past_the_clause_is_no_target(coder: Coder) -> None:
    body = DRILLS + (
        "Prime Minister Shigeru Ishiba condemned the drills as a dangerous provocation, and said "
        "Japan would not be intimidated."
    )
    assert _dyads(coder, body, 2) == [("ACCUSE", "JPN", "CHN")]


def test_the_critic_s_own_act_gives_way_to_the_party_addressed_past_the_clause(
    coder: Coder,
) -> None:
    body = DRILLS + (
        "Prime Minister Shigeru Ishiba condemned the drills and urged Beijing to show restraint."
    )
    assert _dyads(coder, body, 2)[0] == ("ACCUSE", "JPN", "CHN")


ZAMBIA = "Zambia's opposition leader accused the government of rigging the vote on Sunday. "


def test_a_leader_open_to_talks_offers_them_to_the_party_named(coder: Coder) -> None:
    body = (
        ZAMBIA
        + "President Hakainde Hichilema said he was open to talks with the opposition leader."
    )
    assert _sides(coder, body, 1) == [("AGREE", "ZMBGOV", "ZMBOPP")]


def test_a_government_open_to_dialogue_is_the_one_offering(coder: Coder) -> None:
    body = (
        "Ghanaian nurses went on strike on Monday over unpaid wages. The information minister "
        "said the government was open to dialogue and offered to meet the union leaders."
    )
    assert _sides(coder, body, 1) == [("AGREE", "GHAGOV", "GHACVL")]


def test_a_passive_in_en_keeps_its_agent(coder: Coder) -> None:
    body = (
        ZAMBIA + "Two opposition activists were taken into custody by police in Lusaka on Monday."
    )
    assert _sides(coder, body, 1) == [("COERCE", "ZMBCOP", "ZMBOPP")]


def _sides(coder: Coder, body: str, index: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in undated_in(coder, body, index)
    ]


SHOAL = (
    "Philippine President Ferdinand Marcos visited troops on Palawan on Monday. Manila accused "
    "China of harassing Philippine fishermen near the shoal. "
)


def test_a_name_set_off_as_spokesman_for_a_state_body_is_that_state_s(coder: Coder) -> None:
    body = SHOAL + (
        "Li Wenhao, a spokesman for China's Taiwan Affairs Office, rejected the accusation."
    )
    assert _dyads(coder, body, 2) == [("REJECT", "CHN", "PHL")]


def test_a_name_set_off_as_deputy_head_of_a_ministry_is_its_state_s(coder: Coder) -> None:
    body = (
        SHOAL + "Wen Haolin, the deputy head of China's foreign ministry, rejected the accusation."
    )
    assert _sides(coder, body, 2) == [("REJECT", "CHNGOV", "PHLGOV")]


def test_a_name_set_off_as_vice_president_of_a_country_is_its(coder: Coder) -> None:
    body = (
        "Brazil's federal police opened an inquiry into gold smuggling on Monday. A Brasilia "
        "court sentenced Ramon Esono Ndong, the vice-president of Equatorial Guinea and a son "
        "of its president, to three years in prison."
    )
    assert _sides(coder, body, 1)[0][1:] == ("BRAJUD", "GNQGOV")


def test_a_lawyer_for_a_foreign_firm_keeps_the_story_s_country(coder: Coder) -> None:
    body = SHOAL + (
        "Tom Reddick, a lawyer for China's largest fishing firm, rejected the accusation."
    )
    assert _sides(coder, body, 2)[0][1] == "PHL"


GOMA = "M23 rebels attacked army positions near Goma in Congo on Monday. "


def test_a_group_described_by_its_patron_is_the_armed_group_named_last(coder: Coder) -> None:
    body = GOMA + (
        "The Rwanda-backed group, which has been fighting a Burundian-led force that includes "
        "Congolese troops since 2022, said it had fired rockets at the airport."
    )
    assert _sides(coder, body, 1)[0][:2] == ("ASSAULT", "CODREB")


def test_a_group_based_somewhere_is_no_armed_group(coder: Coder) -> None:
    body = GOMA + "The Kinshasa-based group condemned the attack."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a 'Kinshasa-based group' is coded the government.
    assert all(source != "CODREB" for _, source, _ in _sides(coder, body, 1))


SUMMONED = "Estonia summoned Russia's ambassador on Monday after a drone crashed near Narva. "


def test_an_ambassador_named_by_the_bare_title_is_the_envoy_named_before(coder: Coder) -> None:
    body = SUMMONED + (
        "The ministry said it had handed Ambassador Ivan Petrov a protest note condemning the "
        "violation of Estonian airspace."
    )
    assert _sides(coder, body, 1) == [("ACCUSE", "ESTGOV", "RUSGOV")]


def test_the_ambassador_is_the_envoy_named_before(coder: Coder) -> None:
    body = SUMMONED + "The ambassador rejected the protest as groundless."
    assert _sides(coder, body, 1)[0][:2] == ("REJECT", "RUSGOV")


def test_an_ambassador_with_no_envoy_named_before_keeps_the_story_s_country(
    coder: Coder,
) -> None:
    body = (
        "Estonian police detained two Russian citizens near Narva on Monday. Ambassador Kaja "
        "Tamm accused Moscow of sending spies."
    )
    assert _sides(coder, body, 1)[0][:2] == ("ACCUSE", "ESTGOV")


CLOSED = "Bolivia closed two border crossings with Peru on Monday. "


def test_an_envoy_called_in_by_a_country_s_possessive_is_summoned(coder: Coder) -> None:
    body = CLOSED + (
        "Peru's foreign ministry called in Bolivia's ambassador in Lima to protest against the "
        "closure, which it described as a breach of regional trade rules."
    )
    found = undated_in(coder, body, 1)
    assert found[0].cameo_code == "114"
    assert _sides(coder, body, 1)[0] == ("ACCUSE", "PERGOV", "BOLGOV")
    assert "PROTEST" not in {e.plover_type for e in found}


def test_the_army_called_in_is_no_summons(coder: Coder) -> None:
    body = (
        "Protesters blocked roads in Cusco on Monday. The governor called in the army to reopen "
        "the roads."
    )
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # the army called in against a blockade may be an act of its own.
    assert all(e.cameo_code != "114" for e in undated_in(coder, body, 1))
