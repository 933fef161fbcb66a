"""Round 56 (miss56): misses of copy first scored blind, by the stage that dropped them.

Forms the lexicon, the act nouns or the dating rules did not know: a threat of a measure for a
measure told by its manner's noun ("would respond in a proportionate manner") and a threat that
"would not hesitate" to do harm named by any verb of force or command (`data/triggers.tsv`, 13,
labelling guide point 9); thanks for help the speaker's words name ("for what he called its
support") and goods handed with no "over" (05 and 07); a gesture welcomed, aimed at its maker
(`roles.CRITICISED`, point 32); a site's present perfect act whose year stands in a relative
clause in the simple past ("talks that collapsed in 2017": `relevance._perfect_relative`, point
14); and a month after "ahead of", the month of what is to come (`relevance.MONTH_STOPS`).
The sentences are written for these tests, on other countries, verbs and word orders than the
rows that showed the classes."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    article,
    coded_as,
    country,
    events,
    first_dyad,
    recommended_coder,
    undated_in,
)

coder = recommended_coder


# --- 13: a measure for a measure told by the manner's noun; "would not hesitate to" -----------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # reported speech with the speaker after it
        (
            "Tehran would respond in a proportionate manner to any new sanctions, the Iranian "
            "foreign ministry said.",
            "IRN",
        ),
        # the manner quoted, "react" and "way"
        (
            'Beijing will react "in a reciprocal way" to the new tariffs, a Chinese commerce '
            "ministry spokesman said.",
            "CHN",
        ),
    ],
)
def test_a_response_in_a_proportionate_manner_is_a_threat(
    coder: Coder, text: str, source: str
) -> None:
    found = events(coder, text)
    assert found, text
    assert found[0].cameo_root == "13"
    assert country(found[0].source) == source


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        # the words quoted, a verb of force after them
        (
            'Serbia\'s army said it would "not hesitate" to shoot down any drone that entered '
            "its airspace.",
            "138",
            "SRB",
        ),
        # "never", a command
        (
            "The Georgian president said she would never hesitate to order the police to clear "
            "the road.",
            "130",
            "GEO",
        ),
        # expulsion held out
        (
            "Pakistan's interior minister said the government would not hesitate to expel "
            "diplomats who broke the law.",
            "130",
            "PAK",
        ),
    ],
)
def test_not_hesitating_to_do_harm_is_a_threat(
    coder: Coder, text: str, code: str, source: str
) -> None:
    found = events(coder, text)
    assert found, text
    assert found[0].cameo_code == code
    assert country(found[0].source) == source


def test_near_misses_of_the_threat_lines(coder: Coder) -> None:
    # a choice no one threatens; a response done, not announced
    assert (
        events(coder, "Voters would not hesitate to choose another party, the pollster said.") == []
    )
    found = events(
        coder, "Police responded in a proportionate manner to the riot, the inspector said."
    )
    assert [e.cameo_root for e in found] == ["14"]


# --- 05: thanks for help named in the speaker's words, in agency copy --------------------------
@pytest.mark.parametrize(
    ("body", "index", "sides"),
    [
        (
            "ACCRA, May 3 (Reuters) - Ghana's parliament approved a flood relief budget on "
            "Friday. Ghana's foreign minister, Ama Owusu, thanked Nigeria for what she called its "
            "generous help during the floods, the ministry said.",
            1,
            ("GHA", "NGA"),
        ),
        (
            "NAIROBI, May 3 (Reuters) - Kenya's president, William Ruto, thanked Uganda for what "
            "he described as its steady support in the talks, his office said.",
            0,
            ("KEN", "UGA"),
        ),
    ],
)
def test_thanks_for_help_named_in_the_speakers_words(
    coder: Coder, body: str, index: int, sides: tuple[str, str]
) -> None:
    found = [e for e in article(coder, body) if e.sentence_index == index]
    assert found, body
    assert found[0].cameo_code == "051"
    assert (country(found[0].source), country(found[0].target)) == sides
    assert found[0].confidence > 0.75  # over the agency floor by a margin


# --- 07: goods handed with no "over" ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Japan handed 200 tonnes of rice and blankets to Nepalese officials in Kathmandu on "
            "Tuesday.",
            ("JPN", "NPL"),
        ),
        (
            "Turkey is handing medicines and tents to Syrian health officials at the border "
            "crossing, the ministry said.",
            ("TUR", "SYR"),
        ),
    ],
)
def test_goods_handed_are_aid(coder: Coder, text: str, sides: tuple[str, str]) -> None:
    assert first_dyad(coder, text) == ("AID", "070", *sides)


def test_a_petition_or_flowers_handed_are_no_aid(coder: Coder) -> None:
    assert events(coder, "The fans handed flowers to the players after the match.") == []
    assert coded_as(events(coder, "The protesters handed a petition to the governor.")) == [
        ("REQUEST", "020", "CVL", "GOV")
    ]


# --- 05: a gesture welcomed or praised is aimed at its maker ----------------------------------
@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "KAMPALA, May 3 (Reuters) - Uganda freed 12 Kenyan fishermen on Friday, the foreign "
            "ministry said. Kenya's foreign ministry welcomed the gesture as a sign of goodwill "
            "between the neighbours.",
            ("KEN", "UGA"),
        ),
        (
            "TBILISI, May 3 (Reuters) - Azerbaijan returned the bodies of two Georgian soldiers on "
            "Friday, the ministry said. Georgia's president praised the gesture in a speech to "
            "parliament.",
            ("GEO", "AZE"),
        ),
    ],
)
def test_a_gesture_welcomed_targets_its_maker(
    coder: Coder, body: str, sides: tuple[str, str]
) -> None:
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found, body
    assert found[0].cameo_root == "05"
    assert (country(found[0].source), country(found[0].target)) == sides


def test_a_gesture_spoken_of_with_no_act_before_is_no_event(coder: Coder) -> None:
    body = (
        "TBILISI, May 3 (Reuters) - Georgia's president spoke of a gesture of goodwill in a "
        "speech to parliament on Friday."
    )
    assert article(coder, body) == []


# --- 04: a site's present perfect, a year in a relative clause in the simple past -------------
LEAD = "Voters in the region went to the polls on Sunday. "


@pytest.mark.parametrize(
    ("sentence", "code", "sides"),
    [
        (
            "Norway's foreign minister has met the Sri Lankan president in Colombo to revive "
            "peace talks that stalled in 2009.",
            "040",
            ("NOR", "LKA"),
        ),
        (
            "Peru's foreign minister has visited the Chilean president, who was elected in 2022, "
            "to discuss the border.",
            "042",
            ("PER", "CHL"),
        ),
    ],
)
def test_a_year_in_a_past_relative_clause_dates_no_perfect_act(
    coder: Coder, sentence: str, code: str, sides: tuple[str, str]
) -> None:
    found = undated_in(coder, LEAD + sentence, 1)
    assert found, sentence
    assert found[0].cameo_code == code
    assert (country(found[0].source), country(found[0].target)) == sides


def test_a_perfect_habit_since_a_year_stays_background(coder: Coder) -> None:
    sentence = (
        "Norway's foreign minister has met the Sri Lankan president several times since 2019."
    )
    assert undated_in(coder, LEAD + sentence, 1) == []


# --- 11: a month after "ahead of" is the month of what is to come ------------------------------
def test_a_month_ahead_of_an_election_dates_no_act(coder: Coder) -> None:
    sentence = (
        "Estonia's opposition leader accused the government of packing the electoral board ahead "
        "of local elections in October."
    )
    found = undated_in(coder, LEAD + sentence, 1)
    assert found, sentence
    assert found[0].cameo_root == "11"
    assert (country(found[0].source), country(found[0].target)) == ("EST", "EST")


def test_an_act_dated_by_a_month_alone_stays_background(coder: Coder) -> None:
    sentence = (
        "Estonia's opposition leader accused the government of packing the electoral board in "
        "October."
    )
    assert undated_in(coder, LEAD + sentence, 1) == []
