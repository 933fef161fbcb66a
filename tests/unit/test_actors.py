"""The actor recogniser: countries, people, organisations and agent words in a sentence."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actor_data import Entry, Kind
from tensionwatch.domain.actors import (
    _MEMO_LIMIT,
    ActorIndex,
    ActorMatch,
    _Form,
    _merge,
    _remember,
    _Unit,
    default_index,
)
from tests.unit.coding import actor_index

index = actor_index


def found(index: ActorIndex, text: str, on: date | None = None) -> list[tuple[str, str]]:
    return [(match.actor.text, match.actor.code) for match in index.find(text, on)]


def only(index: ActorIndex, text: str, on: date | None = None) -> ActorMatch:
    matches = index.find(text, on)
    assert len(matches) == 1, matches
    return matches[0]


def test_the_index_is_loaded_once_and_knows_thousands_of_forms() -> None:
    assert default_index() is default_index()
    assert default_index().size > 3000


def test_a_country_name_gives_the_country_with_no_sector(index: ActorIndex) -> None:
    match = only(index, "Talks with Portugal resumed after a long pause.")
    assert match.actor.code == "PRT"
    assert match.actor.country == "PRT"
    assert match.actor.sector is None


def test_country_variants_share_one_iso_code(index: ActorIndex) -> None:
    text = "Britain, the UK, the United Kingdom, the U.S., the United States and America met."
    assert [code for _, code in found(index, text)] == ["GBR", "GBR", "GBR", "USA", "USA", "USA"]


def test_north_korea_is_known_by_its_official_names(index: ActorIndex) -> None:
    text = "The DPRK, formally the Democratic People's Republic of Korea, tested a rocket."
    assert found(index, text) == [
        ("DPRK", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
    ]


def test_a_demonym_alone_gives_the_country_with_no_sector(index: ActorIndex) -> None:
    match = only(index, "A Norwegian ship docked at the port.")
    assert (match.actor.code, match.actor.sector) == ("NOR", None)


def test_a_demonym_with_an_agent_word_takes_the_agent_sector(index: ActorIndex) -> None:
    assert found(index, "Russian troops crossed the river.") == [("Russian troops", "RUSMIL")]
    assert found(index, "Chinese officials declined to comment.") == [
        ("Chinese officials", "CHNGOV")
    ]
    assert found(index, "Egyptian police dispersed the crowd.")[0] == ("Egyptian police", "EGYCOP")


def test_the_kremlin_is_the_russian_government(index: ActorIndex) -> None:
    match = only(index, "The Kremlin rejected the proposal on Friday.")
    assert (match.actor.text, match.actor.code) == ("Kremlin", "RUSGOV")


def test_capitals_stand_for_their_governments(index: ActorIndex) -> None:
    text = "Pyongyang warned Seoul and Tokyo while Kyiv and Kiev waited for Washington."
    assert [code for _, code in found(index, text)] == [
        "PRKGOV",
        "KORGOV",
        "JPNGOV",
        "UKRGOV",
        "UKRGOV",
        "USAGOV",
    ]


def test_the_pentagon_is_the_american_military(index: ActorIndex) -> None:
    assert found(index, "The Pentagon confirmed the deployment.") == [("Pentagon", "USAMIL")]


def test_an_agent_word_alone_gives_only_a_sector(index: ActorIndex) -> None:
    match = only(index, "The rebels seized the airport at dawn.")
    assert (match.actor.text, match.actor.code, match.actor.country) == ("rebels", "REB", None)
    assert only(index, "The government denied it.").actor.sector == "GOV"


def test_a_generic_title_alone_is_not_an_actor(index: ActorIndex) -> None:
    assert index.find("The spokesman said nothing more.") == []


def test_sectors_come_from_many_agent_words(index: ActorIndex) -> None:
    text = "Insurgents, protesters, lawmakers, judges, refugees and journalists were there."
    assert [code for _, code in found(index, text)] == ["INS", "OPP", "LEG", "JUD", "REF", "MED"]


def test_government_troops_are_military(index: ActorIndex) -> None:
    assert found(index, "Government troops shelled the town.") == [("Government troops", "MIL")]


def test_a_title_country_and_person_make_one_actor(index: ActorIndex) -> None:
    text = "Russian President Vladimir Putin met the delegation."
    match = index.find(text)[0]
    assert (match.start, match.end) == (0, 32)
    assert (match.actor.text, match.actor.code) == ("Russian President Vladimir Putin", "RUSGOV")


def test_a_ministry_with_its_country_is_the_government(index: ActorIndex) -> None:
    text = "The North Korean Ministry of Foreign Affairs issued a statement."
    assert found(index, text) == [("North Korean Ministry of Foreign Affairs", "PRKGOV")]


def test_an_envoy_with_an_unlisted_name_keeps_the_name(index: ActorIndex) -> None:
    text = "Canadian envoy Marie Tremblay arrived on Monday."
    assert found(index, text) == [("Canadian envoy Marie Tremblay", "CANGOV")]


def test_a_possessive_country_joins_its_officials(index: ActorIndex) -> None:
    text = "Russia's Deputy foreign Minister Igor Morgulov met the Chinese ambassador."
    assert found(index, text) == [
        ("Russia's Deputy foreign Minister Igor Morgulov", "RUSGOV"),
        ("Chinese ambassador", "CHNGOV"),
    ]


def test_a_title_of_a_country_is_that_countrys_government(index: ActorIndex) -> None:
    assert found(index, "The President of Kenya flew home.") == [("President of Kenya", "KENGOV")]


def test_a_surname_alone_finds_a_leader(index: ActorIndex) -> None:
    assert found(index, "Erdogan and Modi spoke by phone.") == [
        ("Erdogan", "TURGOV"),
        ("Modi", "INDGOV"),
    ]


def test_trump_in_2019_was_the_american_government(index: ActorIndex) -> None:
    match = only(index, "Trump praised the deal.", on=date(2019, 6, 1))
    assert (match.actor.code, match.actor.sector) == ("USAGOV", "GOV")


def test_trump_in_2023_was_out_of_office_so_has_no_sector(index: ActorIndex) -> None:
    match = only(index, "Trump praised the deal.", on=date(2023, 6, 1))
    assert (match.actor.code, match.actor.country, match.actor.sector) == ("USA", "USA", None)


def test_without_a_date_a_person_takes_the_latest_role(index: ActorIndex) -> None:
    assert only(index, "Guterres appealed for calm.").actor.code == "IGOUNO"
    assert only(index, "Guterres appealed for calm.", on=date(1999, 1, 1)).actor.code == "PRTGOV"


def test_kim_resolves_to_the_leader_of_the_day(index: ActorIndex) -> None:
    assert only(index, "Kim Jong-Un inspected a factory.").actor.code == "PRKGOV"
    assert only(index, "Kim Jong Un inspected a factory.").actor.code == "PRKGOV"
    assert only(index, "Kim inspected a factory.", on=date(2005, 3, 1)).actor.code == "PRKGOV"


def test_pompeo_was_cia_before_he_was_secretary_of_state(index: ActorIndex) -> None:
    assert only(index, "Pompeo visited.", date(2017, 6, 1)).actor.code == "USASPY"
    assert only(index, "Pompeo visited.", date(2019, 6, 1)).actor.code == "USAGOV"


def test_international_bodies_have_igo_codes(index: ActorIndex) -> None:
    text = "NATO, the UN Security Council, the IAEA and the European Union met."
    assert found(index, text) == [
        ("NATO", "IGOWSTNAT"),
        ("UN Security Council", "IGOUNO"),
        ("IAEA", "IGOUNOIAE"),
        ("European Union", "IGOEUREEC"),
    ]
    assert only(index, "The IMF approved a loan.").actor.country is None


def test_a_un_official_with_a_name_is_one_actor(index: ActorIndex) -> None:
    text = "UN Secretary-General Antonio Guterres called for a ceasefire."
    assert found(index, text) == [("UN Secretary-General Antonio Guterres", "IGOUNO")]


def test_armed_groups_keep_their_country_and_sector(index: ActorIndex) -> None:
    text = "Hezbollah fighters and Houthi rebels fired rockets."
    assert found(index, text) == [("Hezbollah fighters", "LBNREB"), ("Houthi rebels", "YEMREB")]


def test_names_are_case_sensitive(index: ActorIndex) -> None:
    assert index.find("we roasted a turkey and bought china plates") == []
    assert found(index, "Turkey and China signed") == [("Turkey", "TUR"), ("China", "CHN")]


def test_us_in_capitals_is_a_country_but_us_is_a_pronoun(index: ActorIndex) -> None:
    assert index.find("Let us wait for them.") == []
    assert found(index, "The US said no.") == [("US", "USA")]


def test_headlines_in_capitals_are_recognised(index: ActorIndex) -> None:
    assert found(index, "IRAN WARNS ISRAEL") == [("IRAN", "IRN"), ("ISRAEL", "ISR")]


def test_agent_words_match_in_any_case(index: ActorIndex) -> None:
    assert found(index, "The Foreign Ministry and the FOREIGN MINISTRY") == [
        ("Foreign Ministry", "GOV"),
        ("FOREIGN MINISTRY", "GOV"),
    ]


def test_offsets_point_into_the_text(index: ActorIndex) -> None:
    text = "Yesterday, Iraqi troops and Iranian officials met near Basra."
    for match in index.find(text):
        assert text[match.start : match.end] == match.actor.text
    assert [(m.start, m.end) for m in index.find(text)] == [(11, 23), (28, 45), (55, 60)]


def test_offsets_survive_text_whose_lower_case_changes_length(index: ActorIndex) -> None:
    text = "İzmir police met Greek officials."
    assert found(index, text) == [("police", "COP"), ("Greek officials", "GRCGOV")]
    assert [match.start for match in index.find(text)] == [6, 17]


def test_matches_do_not_overlap_and_the_longest_wins(index: ActorIndex) -> None:
    text = "South Korea and North Korean soldiers"
    assert found(index, text) == [("South Korea", "KOR"), ("North Korean soldiers", "PRKMIL")]


def test_a_word_inside_another_word_is_not_a_match(index: ActorIndex) -> None:
    assert index.find("The BUSINESS of UNESCOland") == []


def test_a_name_after_a_title_keeps_its_particles_but_not_a_possessive(index: ActorIndex) -> None:
    text = "President Omar al-Bashir's envoy and President Jean-Pierre Dubois spoke."
    assert [actor for actor, _ in found(index, text)] == [
        "President Omar al-Bashir",
        "envoy",
        "President Jean-Pierre Dubois",
    ]


def test_a_longer_name_beats_an_agent_word_starting_at_the_same_place(index: ActorIndex) -> None:
    assert found(index, "The General Assembly and the general met.") == [
        ("General Assembly", "IGOUNO"),
        ("general", "MIL"),
    ]


def test_a_longer_agent_word_beats_a_name_starting_at_the_same_place() -> None:
    name = _Unit(4, 11, _Form.of((Entry(Kind.PLACE, "RUS", None),)))
    agent = _Unit(4, 18, _Form.of((Entry(Kind.BODY, "", "MIL"),)))
    later = _Unit(20, 25, name.form)
    assert _merge([name, later], [agent]) == [agent, later]
    assert _merge([agent], [name]) == [agent]


def test_one_person_resolves_by_the_day_each_time_the_day_changes(index: ActorIndex) -> None:
    days = [date(2017, 6, 1), date(2019, 6, 1), date(2017, 6, 1), None]
    codes = [only(index, "Pompeo spoke.", day).actor.code for day in days]
    assert codes == ["USASPY", "USAGOV", "USASPY", "USAGOV"]


def test_the_memo_is_emptied_when_full() -> None:
    memo: dict[int, int] = {}
    for key in range(_MEMO_LIMIT + 1):
        _remember(memo, key, key)
    assert memo == {_MEMO_LIMIT: _MEMO_LIMIT}
