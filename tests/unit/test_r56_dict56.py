"""Round 56 (dict56): the actor dictionaries by class, third round: a person the article
introduces in full against another country's politician of the same surname in the tables,
and the other classes of names several countries share. Sentences written for these tests
(none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, evaluation_coder

coder = evaluation_coder


# A person the article introduces in full with a title ("Ecuador's Interior Minister Paula
# Harris", "Interior Minister Ana Clinton of Peru") is the one its later bare surname names,
# not the other country's politician the tables file under that surname (docs/labelling.md
# section 2: a person takes the country they act for; actors.ActorIndex.find keeps the surname
# in the holder's name, references._namesake gives the later surname the holder's country).


def test_a_titled_minister_s_later_surname_is_hers(coder: Coder) -> None:
    body = (
        "QUITO (Reuters) - Ecuador's Interior Minister Paula Harris announced a curfew in "
        "Guayaquil on Monday.\n\nThe opposition demanded that the curfew be lifted.\n\n"
        "Harris rejected the demand, saying the city needed calm."
    )
    assert coded_in(article(coder, body), 2) == [("120", "ECUGOV", "ECUOPP")]


def test_a_minister_of_a_country_named_after_the_name(coder: Coder) -> None:
    body = (
        "LIMA (Reuters) - Interior Minister Ana Clinton of Peru ordered police to clear the road "
        "blockades on Monday.\n\nUnions condemned the order.\n\nClinton accused the unions of "
        "holding the country hostage."
    )
    assert coded_in(article(coder, body), 2) == [("112", "PERGOV", "PERCVL")]


def test_a_minister_by_demonym_then_by_surname_alone(coder: Coder) -> None:
    body = (
        "SANTIAGO (Reuters) - Chile's Mining Minister Rosa Blinken met union leaders on Monday."
        "\n\nThe unions threatened a strike.\n\nBlinken warned the unions that a strike would be "
        "illegal."
    )
    assert ("130", "CHLGOV", "CHLCVL") in coded_in(article(coder, body), 2)


def test_near_miss_the_tables_person_named_in_full_keeps_his_country(coder: Coder) -> None:
    body = (
        "WASHINGTON (Reuters) - Secretary of State Marco Rubio met the Saudi foreign minister on "
        "Monday.\n\nRubio criticised Iran over the seizure of a tanker."
    )
    assert coded_in(article(coder, body), 1) == [("111", "USA", "IRNGOV")]


def test_near_miss_a_namesake_of_the_same_country_leaves_the_tables_person(coder: Coder) -> None:
    body = (
        "BOGOTA (Reuters) - Colombian prosecutors charged a former mayor, Luis Harris, with fraud "
        "on Monday.\n\nVice President Kamala Harris criticised Venezuela over the arrest of two "
        "Americans."
    )
    assert coded_in(article(coder, body), 1) == [("111", "USAGOV", "VENGOV")]


# A party named by its initials, or by words that hold them ("the NDP", "a DPP lawmaker"), is
# the story's party when the article spells the initials out by a name of its own and names
# the country the table files those initials under by no other word (docs/labelling.md section
# 2: parties take the country they act in or belong to, from the story); a country's name
# right before a party's name or initials is its owner ("Malawi's Democratic Progressive
# Party"). A foreign party named by its initials alone keeps the table's country
# (test_r50_roles50's "Lindiwe Zulu (ANC)" in Harare). (actor_data.party_forms,
# references._namesake_parties, _initials_spelt, actors._local_institution)


def test_initials_of_a_party_in_a_story_of_another_country(coder: Coder) -> None:
    body = (
        "CAIRO (Reuters) - Egyptian police arrested five members of the National Democratic "
        "Party in Alexandria on Monday.\n\nThe NDP condemned the arrests."
    )
    assert [(c, s, t) for c, s, t in coded_in(article(coder, body), 1)] == [
        ("111", "EGYOPP", "EGYCOP")
    ]


def test_supporters_of_a_party_by_initials_are_the_story_s(coder: Coder) -> None:
    body = (
        "ACCRA (Reuters) - Supporters of the Convention People's Party marched through Accra on "
        "Monday.\n\nThe CPP accused the electoral commission of bias."
    )
    assert coded_in(article(coder, body), 1) == [("112", "GHAOPP", "GHAGOV")]


def test_a_lawmaker_of_a_party_by_initials(coder: Coder) -> None:
    body = (
        "TOKYO (Reuters) - The Democratic Party for the People rejected an offer from the "
        "ruling coalition on Monday.\n\nA DPP lawmaker accused the prime minister of ignoring "
        "voters."
    )
    assert coded_in(article(coder, body), 1) == [("112", "JPNOPP", "JPNGOV")]


def test_a_country_s_possessive_before_a_party_s_full_name_is_its_owner(coder: Coder) -> None:
    body = (
        "BLANTYRE (Reuters) - Malawi's Democratic Progressive Party accused the electoral "
        "commission of rigging the count on Monday.\n\nThe DPP demanded a recount in three "
        "districts."
    )
    found = article(coder, body)
    assert coded_in(found, 0) == [("112", "MWIGOV", "MWIGOV")]
    assert coded_in(found, 1) == [("100", "MWIOPP", "MWIGOV")]


def test_near_miss_initials_a_country_s_name_owns_keep_that_country(coder: Coder) -> None:
    body = (
        "JOHANNESBURG (Reuters) - South African police detained two officials of the Czech SPD "
        "at the airport on Monday."
    )
    assert coded_in(article(coder, body), 0) == [("173", "ZAFCOP", "CZEOPP")]


def test_near_miss_the_initials_in_their_own_country_keep_it(coder: Coder) -> None:
    body = (
        "TAIPEI (Reuters) - China's military staged drills near Taiwan on Monday.\n\n"
        "The DPP accused Beijing of intimidation."
    )
    assert coded_in(article(coder, body), 1) == [("112", "TWNGOV", "CHNGOV")]


def test_near_miss_a_party_whose_country_the_article_names_keeps_it(coder: Coder) -> None:
    body = (
        "PARIS (Reuters) - German Chancellor Olaf Scholz met French President Emmanuel Macron on "
        "Monday.\n\nThe SPD criticised Paris over its nuclear policy."
    )
    assert coded_in(article(coder, body), 1) == [("111", "DEUOPP", "FRAGOV")]


def test_near_miss_initials_never_spelt_out_keep_the_table_s_country(coder: Coder) -> None:
    body = (
        "LUSAKA (Reuters) - A delegation of the ODM met Zambian ministers in Lusaka on Monday.\n\n"
        "ODM officials criticised the arrest of two Zambian journalists."
    )
    assert coded_in(article(coder, body), 1)[:1] == [("111", "KENOPP", "ZMBMED")]


# A name joined to its family name by "al-" or "el-" ("Hamza el-Warfalli") is one name: an
# office, a bloc's title or a group's spokesman set before it with a comma is its holder
# (docs/labelling.md section 2: a person takes the country or body they act for), not an
# unknown first name alone of the story's country (names._RUN).


def test_a_minister_named_with_el_in_apposition_takes_the_office(coder: Coder) -> None:
    body = (
        "TRIPOLI (Reuters) - Gunmen attacked a checkpoint west of Tripoli on Monday.\n\n"
        "Libya's interior minister, Hamza el-Warfalli, accused armed groups of attacking the "
        "checkpoint."
    )
    assert coded_in(article(coder, body), 1) == [("112", "LBYGOV", "LBYREB")]


def test_a_bloc_s_secretary_general_named_with_al_is_the_bloc(coder: Coder) -> None:
    body = (
        "KUWAIT CITY (Reuters) - Kuwait hosted Gulf ministers on Monday.\n\nThe secretary-general "
        "of the Gulf Cooperation Council, Nasser al-Dosari, urged Baghdad to respect the "
        "maritime border."
    )
    assert coded_in(article(coder, body), 1) == [("025", "IGOMEAGCC", "IRQGOV")]


def test_a_rebel_spokesman_named_with_al_is_the_rebels(coder: Coder) -> None:
    body = (
        "SANAA (Reuters) - Saudi-led jets struck Hodeidah on Monday.\n\nA spokesman for the "
        "rebels, Yahya al-Qadi, condemned the strikes on the port."
    )
    assert coded_in(article(coder, body), 1) == [("111", "YEMREB", "SAUMIL")]


def test_near_miss_a_town_with_al_stays_a_place(coder: Coder) -> None:
    body = (
        "BAGHDAD (Reuters) - Iraqi police arrested three men in al-Amarah on Monday.\n\n"
        "The men were accused of smuggling fuel."
    )
    assert coded_in(article(coder, body), 0) == [("173", "IRQCOP", "IRQCVL")]
