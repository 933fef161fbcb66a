"""Round 55 (dict55): the actor dictionaries by class, second round: acronyms an article defines
for a body the index knows by another code, epithets of bodies, place names of several countries.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, evaluation_coder

coder = evaluation_coder


# An acronym in brackets right after a body's name is that body's, in the sentence and for the
# rest of the article (docs/labelling.md section 2: parties take the country they belong to), not
# another country's group the index files under the same letters (references._note_acronyms,
# _named_before): "Reporters Without Borders (RSF)" is no Sudanese paramilitary, "the Singapore
# Armed Forces (SAF)" not Sudan's army. A name the index knows only by its demonym ("the
# Australian Defence Force (ADF)") gives the acronym that country (_country_inside).

RSF_STORY = (
    "DODOMA (Reuters) - Tanzanian police detained two radio journalists in Arusha on Saturday, "
    "their station said.\n\nReporters Without Borders (RSF) condemned the detentions.\n\n"
    "RSF urged the Tanzanian authorities to free the two men without delay."
)


def test_a_watchdog_s_acronym_later_is_the_watchdog(coder: Coder) -> None:
    assert coded_in(article(coder, RSF_STORY), 2) == [("025", "NGOHRIMED", "TZAGOV")]


def test_an_army_s_acronym_in_the_passive_is_that_army(coder: Coder) -> None:
    body = (
        "SINGAPORE (Reuters) - Singapore and Indonesia held joint naval drills in the Strait of "
        "Malacca on Wednesday.\n\nThe Singapore Armed Forces (SAF) said the exercise would run "
        "for five days.\n\nMalaysia's navy was invited by the SAF to observe the final day."
    )
    assert coded_in(article(coder, body), 2) == [("036", "SGPMIL", "MYSMIL")]


def test_an_acronym_spelt_out_after_a_demonym_takes_its_country(coder: Coder) -> None:
    body = (
        "DARWIN (Reuters) - A Chinese navy helicopter flew within 30 metres of an Australian "
        "patrol plane over the Timor Sea on Sunday, the Australian Defence Force (ADF) said.\n\n"
        "The ADF has protested to Beijing over what it called an unsafe manoeuvre."
    )
    assert coded_in(article(coder, body), 1)[:1] == [("114", "AUSMIL", "CHNGOV")]


def test_near_miss_the_group_the_index_files_under_the_letters_keeps_them(coder: Coder) -> None:
    body = (
        "RAQQA, Syria (Reuters) - Turkish drones struck a fuel depot near Raqqa on Monday, the "
        "Syrian Democratic Forces (SDF) said.\n\nThe SDF accused Ankara of targeting civilian "
        "infrastructure."
    )
    assert coded_in(article(coder, body), 1) == [("112", "SYRREB", "TURGOV")]


def test_near_miss_an_acronym_after_its_own_army_stays_that_army(coder: Coder) -> None:
    body = (
        "PORT SUDAN (Reuters) - The Sudanese army (SAF) shelled positions of its rivals near "
        "Omdurman on Thursday.\n\nThe SAF accused the paramilitary of looting a hospital."
    )
    assert coded_in(article(coder, body), 1) == [("112", "SDNMIL", "SDNREB")]


# "the world body" is the United Nations (references._world_body; docs/labelling.md section 2:
# U.N. bodies are `UNO`), whether or not a UN body was named before; not a sports federation
# named by what it governs.


def test_the_world_body_accused_is_the_un(coder: Coder) -> None:
    body = (
        "KHARTOUM (Reuters) - Sudan's army-led government accused the world body on Tuesday of "
        "ignoring attacks on civilians in El Fasher."
    )
    assert coded_in(article(coder, body), 0) == [("112", "SDNGOV", "IGOUNO")]


def test_the_world_body_as_the_subject_after_a_un_envoy(coder: Coder) -> None:
    body = (
        "NAIROBI (Reuters) - Kenya's foreign minister met the U.N. envoy for Somalia in Nairobi "
        "on Monday.\n\nThe world body condemned the bombing of a market in Mogadishu that killed "
        "14 people."
    )
    assert [source for _, source, _ in coded_in(article(coder, body), 1)] == ["IGOUNO"]


def test_near_miss_a_world_body_of_a_sport_is_not_the_un(coder: Coder) -> None:
    body = (
        "NAIROBI (Reuters) - Kenya's sports minister accused the world body of athletics on "
        "Thursday of bias against Kenyan runners."
    )
    assert coded_in(article(coder, body), 0) == [("112", "KENGOV", "KENCVL")]


# A town's name that is the surname of a person the article named in full is that person later,
# also when the full name was one the index does not know, with no title before it
# (references._unknown_person: "took NAME, a coordinator", "detained NAME, a reporter"): a
# Brazilian town's or an Ecuadorean city's name as a Mozambican's or a Peruvian's surname.


def test_a_surname_that_is_a_foreign_town_after_a_bare_full_name(coder: Coder) -> None:
    body = (
        "MAPUTO (Reuters) - Police in Beira detained Armando Jose Mafra, a reporter for a weekly "
        "newspaper, on Tuesday, his editor said.\n\nThe prosecutor general charged Mafra with "
        "inciting violence during the election protests."
    )
    assert coded_in(article(coder, body), 1) == [("173", "MOZJUD", "MOZ")]


def test_the_same_surname_as_the_object_of_an_accusation(coder: Coder) -> None:
    body = (
        "LIMA (Reuters) - Plainclothes officers took Rosa Elena Cuenca, a leader of the farmers' "
        "federation in Puno, from a bus on Friday, the federation said.\n\nPeru's interior "
        "minister has accused Cuenca of organising road blockades."
    )
    assert coded_in(article(coder, body), 1) == [("112", "PERGOV", "PER")]
