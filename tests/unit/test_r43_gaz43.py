"""Round 43, gaz43: name coverage. The country table's people nouns ("Danes", "Kazakhs"),
ethnic demonyms of more than one country ("Serbs" in Kosovo), a crowd counted by its people's
name inside a rally's phrase, and the rows added to the actor table for every UN member
(legislatures, security forces, office holders 2019-2026), each with a near miss. Every
sentence here was written for these tests (invented people, places and wording)."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, events_in, recommended_coder

coder = recommended_coder
index = actor_index


def _found(index: ActorIndex, text: str, on: date | None = None) -> list[tuple[str, str]]:
    """(words, code) of each actor the index finds in `text`."""
    return [(text[m.start : m.end], m.actor.code) for m in index.find(text, on)]


def _sides(coder: Coder, body: str, at: int = 0) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of each event of sentence `at`."""
    return [
        (
            event.cameo_code,
            event.source.code if event.source else None,
            event.target.code if event.target else None,
        )
        for event in events_in(coder, body, at)
    ]


# --- people nouns: a demonym's plural names the country's people -------------------------


def test_people_nouns_beyond_an_and_i_are_found(index: ActorIndex) -> None:
    text = "Danes, Kazakhs, Icelanders and Slovenes signed the letter with Swedes."
    assert [code for _, code in _found(index, text)] == ["DNK", "KAZ", "ISL", "SVN", "SWE"]


def test_adjective_only_demonyms_get_no_plural(index: ActorIndex) -> None:
    # near miss: "Polishs" and "Icelandics" are no words; the adjectives keep their country
    assert _found(index, "The Polishs and Icelandics were listed.") == []
    assert _found(index, "a Polish and an Icelandic trawler") == [
        ("Polish", "POL"),
        ("Icelandic", "ISL"),
    ]


# --- ethnic demonyms of more than one country --------------------------------------------


def test_serbs_in_a_kosovo_story_are_kosovo_s(coder: Coder) -> None:
    body = (
        "GRACANICA, Kosovo, March 9 (Reuters) - Kosovo police detained four Serbs at a "
        "checkpoint near Gracanica on Sunday over an unlicensed rally, a spokesman said."
    )
    found = _sides(coder, body)
    assert found and found[0][1] == "XKXCOP" and found[0][2] is not None
    assert found[0][2].startswith("XKX")


def test_serbs_in_a_belgrade_story_stay_serbia_s(coder: Coder) -> None:
    # near miss: the article's places are Serbia's, so its Serbs are
    body = (
        "NOVI SAD, Serbia, March 9 (Reuters) - Serbian police detained four Serbs at a "
        "checkpoint near Novi Sad on Sunday over an unlicensed rally, a spokesman said."
    )
    found = _sides(coder, body)
    assert found and found[0][2] is not None and found[0][2].startswith("SRB")


# --- a crowd counted by its people's name protests ---------------------------------------


def test_counted_people_in_a_rally_protest_against_their_government(coder: Coder) -> None:
    body = (
        "Thousands of Finns massed outside the harbour office in Turku on Saturday, protesting "
        "against a plan to sell the ferry terminal."
    )
    assert ("141", "FINCVL", "FINGOV") in _sides(coder, body)


def test_people_counted_without_their_name_keep_their_reading(coder: Coder) -> None:
    # near miss: "thousands of people" named no country; the rally keeps its protesters' side
    body = (
        "Thousands of people massed outside the harbour office in Turku on Saturday, protesting "
        "against a plan to sell the ferry terminal."
    )
    found = _sides(coder, body)
    assert found and found[0][0] == "141" and found[0][1] != "FIN"


# --- an ethnic group with no place "in" and no story: the other state named --------------


def test_ethnic_people_with_no_place_belong_to_the_other_state_named(coder: Coder) -> None:
    body = (
        "Up to 800 ethnic Kazakhs began a sit-in on Tuesday to protest against Norway's "
        "decision to return them to Uzbekistan."
    )
    found = _sides(coder, body)
    assert found and found[0][1] == "NORCVL"


def test_ethnic_people_placed_in_a_country_are_its_own(coder: Coder) -> None:
    # near miss: a place after "in" says where they live, before any other state named
    body = (
        "Up to 800 ethnic Kazakhs in Uzbekistan began a sit-in on Tuesday to protest against "
        "Norway's decision to close its consulate."
    )
    found = _sides(coder, body)
    assert found and found[0][1] == "UZBCVL"


# --- a people counted makes no visit ------------------------------------------------------


def test_counted_people_travelling_make_no_visit_codes_nothing(coder: Coder) -> None:
    body = "Thousands of Danes flew to Crete for a cheap package holiday in February."
    assert _sides(coder, body) == []


def test_counted_officials_travelling_make_a_visit(coder: Coder) -> None:
    # near miss: officials counted are the state's envoys
    body = "Dozens of Danish officials flew to Vilnius for talks on grid security on Monday."
    assert ("042", "DNKGOV", "LTUGOV") in _sides(coder, body)


# --- the actor table's new rows -----------------------------------------------------------


def test_legislatures_by_their_own_name(index: ActorIndex) -> None:
    text = "The Althing and the Mejlis both passed it, and so did the Saeima."
    assert [code for _, code in _found(index, text)] == ["ISLLEG", "TKMLEG", "LVALEG"]


def test_a_generic_chamber_keeps_no_country(index: ActorIndex) -> None:
    # near miss: "the National Assembly" is every country's; the story gives it one
    assert [code for _, code in _found(index, "the National Assembly passed it")] == ["LEG"]


def test_security_forces_by_their_own_name(index: ActorIndex) -> None:
    text = "The Metropolitan Police, the FARDC and the Rosgvardia were all named."
    assert [code for _, code in _found(index, text)] == ["GBRCOP", "CODMIL", "RUSMIL"]


def test_a_ruler_named_after_a_place_is_the_ruler(index: ActorIndex) -> None:
    on = date(2019, 3, 1)
    assert _found(index, "Sheikh Sabah al-Ahmad al-Sabah spoke.", on) == [
        ("Sheikh Sabah al-Ahmad al-Sabah", "KWTGOV")
    ]


def test_the_place_alone_stays_the_place(index: ActorIndex) -> None:
    # near miss: the Malaysian state on Borneo, and the Kivu town no surname row took
    assert _found(index, "Floods hit Sabah and Masisi.") == [("Sabah", "MYS"), ("Masisi", "COD")]
    assert _found(index, "Mokgweetsi Masisi spoke.", date(2020, 5, 1)) == [
        ("Mokgweetsi Masisi", "BWAGOV")
    ]


def test_a_leader_ousted_is_opposition_after_his_term(index: ActorIndex) -> None:
    text = "Muhyiddin Yassin spoke."
    assert _found(index, text, date(2021, 1, 5)) == [("Muhyiddin Yassin", "MYSGOV")]
    assert _found(index, text, date(2024, 1, 5)) == [("Muhyiddin Yassin", "MYSOPP")]


def test_the_guineas_and_the_congos_stay_apart(index: ActorIndex) -> None:
    text = "Guinea, Equatorial Guinea, Papua New Guinea, Congo and the Republic of Congo met."
    assert [code for _, code in _found(index, text)] == ["GIN", "GNQ", "PNG", "COD", "COG"]


# --- names two countries share: the story decides (shared_places.tsv) ---------------------


def test_colorado_in_a_paraguayan_story_is_the_party(coder: Coder) -> None:
    # the article names Paraguay more than the US, so "Colorado" is Paraguay's (its ruling
    # party), not the US state (review43: the first sentence written for this test passed
    # before the rule too)
    body = (
        "ASUNCION, Paraguay, May 2 (Reuters) - Paraguay's lower house approved the budget on "
        "Tuesday. Opposition deputies accused the Colorado majority of shutting them out of the "
        "finance committee."
    )
    found = _sides(coder, body, 1)
    assert found and found[0][0].startswith("11")
    assert found[0][2] is not None and found[0][2].startswith("PRY")


def test_colorado_in_a_us_story_stays_the_state(coder: Coder) -> None:
    # near miss: a story that names the US (Washington) keeps the US state
    body = (
        "DENVER, May 2 (Reuters) - Mexico's environment ministry wrote to Washington on Tuesday "
        "about mining waste in the river. Mexico accused Colorado of polluting the river."
    )
    found = _sides(coder, body, 1)
    assert found and found[0][2] is not None and found[0][2].startswith("USA")


def test_a_north_kosovo_town_is_kosovo_s(index: ActorIndex) -> None:
    assert _found(index, "Clashes broke out in Zvecan and Leposavic.") == [
        ("Zvecan", "XKX"),
        ("Leposavic", "XKX"),
    ]
