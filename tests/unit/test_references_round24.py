"""References that depend on the article, round 24: a surname with a possessive, "he" after a
spokesman named by title, an official named with a bare title, a country listed before an
organisation as the subject, and targets the article's earlier acts imply. Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, in_sentence

# --- "Machar's party": a known surname with its possessive -------------------------------

AIDES = (
    "LUSAKA, May 2 (Reuters) - Zambian police arrested two aides of opposition leader Makebi "
    "Zulu on Friday, his lawyer said. "
    "Zulu's party condemned the arrests as harassment."
)


def test_a_surname_with_its_possessive_is_the_person_named_before(coder: Coder) -> None:
    event = in_sentence(coder, AIDES, 1, "ACCUSE")
    assert country(event.source) == "ZMB"


# --- "He urged": the spokesman a title named in the sentence before ---------------------

NOTE = (
    "TOKYO, Oct 3 (Reuters) - Japan protested to Russia on Thursday after a Russian helicopter "
    "flew over its territory near Hokkaido. "
    "A Russian embassy spokesman in Tokyo said the flight had been planned well in advance. "
    "He urged Japan to refrain from provocative statements."
)


def test_he_is_the_spokesman_named_by_title_before(coder: Coder) -> None:
    event = in_sentence(coder, NOTE, 2, "REQUEST")
    assert (country(event.source), country(event.target)) == ("RUS", "JPN")


# --- "Interior Minister Jan Kowal": an official with a bare title is the story's --------

FENCE = (
    "WARSAW, May 6 (Reuters) - Poland summoned Belarus's envoy on Monday after migrants "
    "attacked a border patrol, the foreign ministry said. "
    "The ministry said it held Minsk responsible for the attack. "
    "Interior Minister Jan Kowalewicz accused Belarusian soldiers of cutting the fence."
)


def test_an_official_named_with_a_bare_title_is_of_the_dateline_country(coder: Coder) -> None:
    event = in_sentence(coder, FENCE, 2, "ACCUSE")
    assert (country(event.source), country(event.target)) == ("POL", "BLR")


CALL = (
    "ATHENS, May 7 (AP) - Greece protested to Turkey on Tuesday after Turkish jets flew over "
    "a Greek island. "
    "The Turkish defence ministry said its aircraft had flown in international airspace. "
    "Prime Minister Andreas Karamanos later spoke by telephone with the Turkish president."
)


def test_a_bare_title_after_the_other_sides_ministry_is_still_the_story_s(coder: Coder) -> None:
    event = in_sentence(coder, CALL, 2, "CONSULT")
    assert (country(event.source), country(event.target)) == ("GRC", "TUR")


# --- "The United States and the European Union urged": the first-named acts -------------


def test_a_country_listed_before_an_organisation_is_the_source(coder: Coder) -> None:
    body = (
        "HARARE, May 9 (Reuters) - Police in Harare detained 40 activists on Sunday. "
        "The United States and the European Union urged the authorities to free them."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert (country(event.source), country(event.target)) == ("USA", "ZWE")


# --- "rejected the call": an appeal's maker is answered too --------------------------------

APPEAL = (
    "NIAMEY, May 10 (Reuters) - The African Union urged Niger's junta on Friday to set a date "
    "for elections. "
    "The junta rejected the call, saying the country's security came first."
)


def test_a_rejected_call_answers_the_appeal_before(coder: Coder) -> None:
    event = in_sentence(coder, APPEAL, 1, "REJECT")
    assert event.target is not None and event.target.code.startswith("IGOAFR")


RECOUNT = (
    "LILONGWE, May 11 (AP) - President Peter Banda called on the electoral commission on "
    "Saturday to order a full recount. "
    "Commission chairwoman Grace Mwale rejected the call, saying the count was sound."
)


def test_a_call_between_two_bodies_of_one_state_is_answered(coder: Coder) -> None:
    event = in_sentence(coder, RECOUNT, 1, "REJECT")
    assert country(event.target) == "MWI"


# --- "was sentenced": the court of the country whose citizen it sentences ----------------

JAILED = (
    "HANOI, May 12 (Reuters) - Vietnam's government said on Sunday it would not tolerate "
    "protests against the new coal plant. "
    "A local activist, Nguyen Van Hoa, was sentenced to six years in prison on Monday."
)


def test_a_sentence_with_no_court_named_is_the_state_s(coder: Coder) -> None:
    event = in_sentence(coder, JAILED, 1, "COERCE")
    assert (country(event.source), country(event.target)) == ("VNM", "VNM")


# --- "The two countries signed": the pair that opens a sentence acts through the first ----

SIGNED = (
    "NEW DELHI, May 13 (Reuters) - Australia's prime minister met India's prime minister in "
    "New Delhi on Tuesday. "
    "The two countries signed agreements on critical minerals and defence research."
)


def test_a_pair_opening_the_sentence_acts_through_the_side_named_first(coder: Coder) -> None:
    event = in_sentence(coder, SIGNED, 1, "SUPPORT")
    assert (country(event.source), country(event.target)) == ("AUS", "IND")


# --- "called for his immediate release": aimed at who holds him --------------------------

HELD = (
    "WASHINGTON, May 14 (Reuters) - Belarusian police detained an American aid "
    "worker in Minsk on Tuesday, his employer said. "
    "The State Department called for his immediate release."
)


def test_a_call_for_a_release_is_aimed_at_the_detainer(coder: Coder) -> None:
    event = in_sentence(coder, HELD, 1, "REQUEST")
    assert (country(event.source), country(event.target)) == ("USA", "BLR")


# --- "Belarusian security officers": the demonym's police ---------------------------------


def test_security_officers_are_police_of_the_demonym_s_country(coder: Coder) -> None:
    body = (
        "WARSAW, May 15 (Reuters) - Belarusian security officers detained a Polish journalist "
        "in Grodno on Wednesday, Poland's foreign ministry said."
    )
    event = in_sentence(coder, body, 0, "COERCE")
    assert event.source is not None and event.source.code == "BLRCOP"


# --- aid to no one named goes to the story's country ---------------------------------------

FLOODS = (
    "HARARE, May 16 (Reuters) - Floods in eastern Zimbabwe have killed at least 40 people, "
    "the government said on Thursday. "
    "Japan sent a team of relief experts and two planes carrying tents and water pumps."
)


def test_aid_to_no_one_named_goes_to_the_article_s_country(coder: Coder) -> None:
    event = in_sentence(coder, FLOODS, 1, "AID")
    assert (country(event.source), country(event.target)) == ("JPN", "ZWE")


# --- "The two countries agreed to keep cooperating on intelligence": the pair's other -----

COOPERATING = (
    "CANBERRA, May 17 (Reuters) - Australia's defence minister met his Japanese counterpart "
    "in Canberra on Friday. "
    "The two countries agreed to keep cooperating on intelligence and military training."
)


def test_a_pair_agreeing_on_a_bare_sector_agrees_with_its_other_side(coder: Coder) -> None:
    event = in_sentence(coder, COOPERATING, 1, "AGREE")
    assert (country(event.source), country(event.target)) == ("AUS", "JPN")


# --- "Both armies": the pair of the last act -------------------------------------------


def test_both_armies_are_the_last_acts_two_sides(coder: Coder) -> None:
    body = (
        "NEW DELHI, May 18 (Reuters) - India's defence minister held talks with his Chinese "
        "counterpart in Moscow on Saturday. "
        "Both armies began pulling troops back from the border on Monday."
    )
    event = in_sentence(coder, body, 1, "RETREAT")
    assert (country(event.source), country(event.target)) == ("IND", "CHN")
