"""Round 54 (dict54): the actor dictionaries checked by class, not row by row: institutions whose
name names no country, a bloc's offices, letters that name a structure, parties' sectors.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, article, coded_as, evaluation_coder, events

coder = evaluation_coder
index = actor_index


def _found(index: ActorIndex, text: str) -> list[tuple[str, str, str | None]]:
    """(text, code, sector) of each actor the index finds."""
    return [(m.actor.text, m.actor.code, m.actor.sector) for m in index.find(text)]


# An institution whose name is made of words that name no country ("Metropolitan Police", "Royal
# Navy", "State Department") is filed under the one country whose copy names it so; another
# country's or city's name right before it (or its possessive) makes it that place's own
# (docs/labelling.md section 2: parties take the country they belong to): actors._local_institution.


def test_a_city_s_metropolitan_police_is_that_city_s_country_s(coder: Coder) -> None:
    found = events(coder, "Lagos Metropolitan Police arrested 30 market traders on Sunday.")
    assert coded_as(found)[:1] == [("COERCE", "173", "NGACOP", "NGABUS")]


def test_the_same_in_the_passive_after_by(coder: Coder) -> None:
    text = "Thirty market traders were arrested by the Lima Metropolitan Police on Sunday."
    assert coded_as(events(coder, text))[:1] == [("COERCE", "173", "PERCOP", "PERBUS")]


def test_members_of_a_country_s_royal_navy_are_its_sailors(coder: Coder) -> None:
    text = "Sailors of the Thai Royal Navy seized a Cambodian fishing boat on Monday."
    assert coded_as(events(coder, text))[:1] == [("COERCE", "1711", "THAMIL", "KHM")]


def test_a_country_s_state_department_in_the_possessive(index: ActorIndex) -> None:
    found = _found(index, "Kenya's State Department for Foreign Affairs summoned the envoy.")
    assert found[0] == ("Kenya's State Department", "KENGOV", "GOV")


def test_near_miss_the_owner_s_own_city_keeps_its_force(coder: Coder) -> None:
    text = "London's Metropolitan Police arrested 12 climate activists on Monday."
    assert coded_as(events(coder, text))[:1] == [("COERCE", "173", "GBRCOP", "GBROPP")]


def test_near_miss_a_named_group_after_another_country_keeps_its_own(index: ActorIndex) -> None:
    # "Hezbollah" is a name, not institution words: Israel beside it is a party of its own
    found = _found(index, "The Israel Hezbollah truce held on Monday.")
    assert [code for _, code, _ in found] == ["ISR", "LBNREB"]


# A bloc's commissioner named with the bloc ("the EU commissioner for trade, X,", "European
# Commissioner X") is the bloc's office (IGO), and the name set off after it its holder: the
# actor table's `title` rows (data/actors.tsv; actors._Form keeps their code).


def test_a_bloc_commissioner_with_the_holder_in_apposition(coder: Coder) -> None:
    text = (
        "The EU commissioner for trade, Anna Berglund, criticised Kenya's new export tax on Monday."
    )
    assert coded_as(events(coder, text))[:1] == [("ACCUSE", "111", "IGOEUREEC", "KENGOV")]


def test_a_bloc_commissioner_as_the_title_before_a_name(coder: Coder) -> None:
    text = "European Commissioner Tomas Varga criticised Serbia's new media law."
    assert coded_as(events(coder, text))[:1] == [("ACCUSE", "111", "IGOEUREEC", "SRBGOV")]


def test_the_african_union_s_commissioner(coder: Coder) -> None:
    text = "The AU commissioner for peace and security, Jean Dossou, condemned the coup in Niger."
    assert coded_as(events(coder, text))[:1] == [("ACCUSE", "111", "IGOAFRAFU", None)]


def test_near_miss_a_police_commissioner_is_no_bloc_s(index: ActorIndex) -> None:
    found = _found(index, "The country's police commissioner, Jean Dossou, condemned them.")
    assert found[0][1:] == ("COP", "COP")


# Letters before a structure's noun in lower case ("the SNP bridge", "the CDU square") are the
# structure's name, not the party a table files under them: actors._head_of_longer_name.


def test_letters_naming_a_square_are_no_foreign_party(index: ActorIndex) -> None:
    text = "Riot police cleared protesters from the CDU square in Tirana on Friday."
    assert [code for _, code, _ in _found(index, text)] == ["COP", "OPP", "ALBGOV"]


def test_a_blockade_of_a_bridge_named_by_letters(coder: Coder) -> None:
    text = "Protesters blockaded the ANC bridge in Lome on Friday."
    assert coded_as(events(coder, text))[:1] == [("PROTEST", "144", "TGOCVL", "TGOGOV")]


def test_near_miss_a_party_s_offices_stay_the_party_s(coder: Coder) -> None:
    text = "Police raided the CDU headquarters in Berlin on Friday."
    assert coded_as(events(coder, text))[:1] == [("COERCE", "170", "DEUCOP", "DEUOPP")]


def test_near_miss_a_place_before_its_airport_stays(index: ActorIndex) -> None:
    found = _found(index, "Protesters gathered at Kabul airport.")
    assert ("Kabul", "AFGGOV", "GOV") in found


# docs/labelling.md point 37: a ruling party acting is GOV, an opposition party OPP. Taiwan's
# Democratic Progressive Party has governed since 2016 and the Kuomintang sits in opposition.


def test_taiwan_s_ruling_and_opposition_parties(index: ActorIndex) -> None:
    found = _found(index, "The Democratic Progressive Party and the Kuomintang both met.")
    assert [(code, sector) for _, code, sector in found] == [("TWNGOV", "GOV"), ("TWNOPP", "OPP")]


# Offices that name their country or body in other words ("Taoiseach", "Chief Cabinet
# Secretary", "UN chief", "EU foreign policy chief") are titles (data/actors.tsv `title` rows):
# an unknown name right after one, or set off after it by commas, is its holder, of its code;
# as bodies (`org`) they left the name to the story's country.


def test_an_office_named_by_its_own_word_gives_its_holder_its_country(index: ActorIndex) -> None:
    found = _found(index, "Taoiseach Brendan Cullen spoke to the Norwegian premier.")
    assert found[0] == ("Taoiseach Brendan Cullen", "IRLGOV", "GOV")


def test_a_bloc_office_with_its_holder_set_off_after_it(coder: Coder) -> None:
    body = (
        "KHARTOUM (Reuters) - Fighting flared again in Darfur on Monday. The UN chief, Elena "
        "Duarte, criticised the RSF for blocking food convoys."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert coded_as(found)[:1] == [("ACCUSE", "111", "IGOUNO", "SDNREB")]


def test_the_office_alone_is_still_its_country_s_government(index: ActorIndex) -> None:
    assert _found(index, "The Taoiseach said talks would resume.") == [
        ("Taoiseach", "IRLGOV", "GOV")
    ]


# "San Pedro" is the spaced variant of Cote d'Ivoire's "San-Pedro" (GeoNames) and the name of
# towns of several other countries: data/shared_places.tsv lets the article decide, as for
# "Valencia". Troops ordered into a town of the story's own country are moved, no aid to Abidjan.


def test_a_town_name_of_several_countries_is_the_story_s(coder: Coder) -> None:
    body = (
        "MANILA (Reuters) - Floods killed 40 people in the Philippines' Laguna province this "
        "week. The president ordered 500 soldiers into San Pedro on Friday to help with the "
        "relief effort."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert coded_as(found)[:1] == [("MOBILIZE", "154", "PHLGOV", None)]
