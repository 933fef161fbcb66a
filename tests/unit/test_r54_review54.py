"""Round 54 (review54): forms for the parts of round 53's rules that no unit test failed without.

docs/coder.md's Known weak points (round 53's review) listed parts of the round's rules that the
whole suite passed without. Each was taken out (as a patch) and the suite and every open row
coded again; these tests give each part a sentence of its own that it changes, so each fails
with its part taken out. Sentences written for the parts (other places, verbs and word orders
than the labelled rows); each with a near miss that keeps the rule's other reading.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import (
    code_list,
    coded_as,
    country,
    events,
    recommended_coder,
    undated,
)

__all__ = ["recommended_coder"]


def _sides(found: list[TensionEvent], index: int) -> list[tuple[str, object, object]]:
    """(CAMEO code, (source country, sector), target country) of sentence `index`."""
    return [
        (
            event.cameo_code,
            (country(event.source), event.source.sector if event.source else None),
            country(event.target),
        )
        for event in found
        if event.sentence_index == index
    ]


# docs/labelling.md point 32: "An agreement welcomed by a third party targets its first-named
# party". A party named after the agreement's phrase has ended (", and said", ", but urged",
# "as proof that") is of another clause: the welcome still targets the agreement's first party
# (`coder.PACT_BREAKS`); named inside the phrase ("the treaty with Belize") it is the target.
TREATY = (
    "Guatemala and Belize have signed a treaty that settles their long border dispute. "
    "The two foreign ministers signed the text in Belmopan on Tuesday. "
)


@pytest.mark.parametrize(
    ("sentence", "welcomer"),
    [
        (
            "Mexico's government welcomed the treaty and said Honduras should settle its own "
            "maritime claims the same way.",
            "MEX",
        ),
        (
            "Spain welcomed the accord but urged El Salvador to drop its island claims.",
            "ESP",
        ),
        ("Cuba's foreign ministry hailed the deal as proof that Washington was not needed.", "CUB"),
    ],
)
def test_a_party_of_a_later_clause_leaves_the_welcome_on_the_first_party(
    coder: Coder, sentence: str, welcomer: str
) -> None:
    assert _sides(undated(coder, TREATY + sentence), 2)[:1] == [("051", (welcomer, "GOV"), "GTM")]


def test_a_party_named_with_the_treaty_is_its_target(coder: Coder) -> None:
    body = TREATY + "Jamaica welcomed the treaty with Belize."
    assert _sides(undated(coder, body), 2) == [("051", ("JAM", "GOV"), "BLZ")]


# docs/labelling.md, the table: 11 disapprove, "111 Criticize or denounce". A party given a
# quoted name by a naming verb is criticised (`acts.EPITHET`); a quoted thing a party owns is no
# name given to the party ("labelled Norway's "quiet generosity" remarkable": `POSSESSIVE_ENDS`),
# nor a name in a relative clause that reports what someone calls the ones the sentence is
# about ("arrested men whom Nairobi dubbed Somali "raiders"": `NAMING_RELATIVES`).
@pytest.mark.parametrize(
    "sentence",
    [
        'The envoy labelled Norway\'s "quiet generosity" remarkable.',
        'She dubbed Austria\'s "neutral stance" the key to its success.',
        'The envoy called Norway\'s "quiet generosity" remarkable.',
    ],
)
def test_a_quoted_thing_a_party_owns_is_no_epithet(coder: Coder, sentence: str) -> None:
    assert "111" not in code_list(coder, sentence)


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ('Kenya\'s police arrested men whom Nairobi dubbed Somali "raiders" on Monday.', ["173"]),
        ('Kenyan police freed the herders whom Nairobi had dubbed Somali "raiders".', ["0841"]),
        (
            'The navy escorted the trawlers of what Lima dubbed Chilean "poachers" out of its '
            "waters.",
            [],
        ),
    ],
)
def test_a_name_told_in_a_relative_clause_is_no_epithet(
    coder: Coder, sentence: str, codes: list[str]
) -> None:
    assert code_list(coder, sentence) == codes


def test_an_epithet_given_to_a_party_is_criticism(coder: Coder) -> None:
    # near misses: the party itself named, after a possessive of its country
    assert coded_as(events(coder, 'The minister labelled Norway\'s leaders "cowards".')) == [
        ("ACCUSE", "111", "NORGOV", "NORGOV")
    ]
    assert code_list(coder, 'Nairobi dubbed the Somali militants "raiders".') == ["111"]


# docs/labelling.md guide point 6, section 2: the person arrested is the target. A bare passive
# capture ("were taken", "had been picked up") whose subject is no people is a thing taken
# (`existence.thing_captured`); the sentence's first word is capitalised whatever it is, so
# there a name ("Okonjo was taken") is told from a plural thing ("Rockets were intercepted") by
# its plural ending.
@pytest.mark.parametrize(
    "sentence",
    ["Okonjo was taken on Sunday near the market.", "Kimani had been picked up on Friday."],
)
def test_a_name_opening_the_sentence_is_a_person_captured(coder: Coder, sentence: str) -> None:
    assert code_list(coder, sentence) == ["173"]


@pytest.mark.parametrize(
    "sentence",
    ["Rockets were intercepted over the bay.", "Drones were intercepted near the airport."],
)
def test_a_plural_thing_opening_the_sentence_is_no_capture(coder: Coder, sentence: str) -> None:
    assert "173" not in code_list(coder, sentence)


# docs/labelling.md section 1 ("Not relevant": business, tourism, ...): a weak act in the body of
# a site story that has told no act and named no political actor needs more confidence
# (`coder._quiet`). A story that told an act two sentences back, with a sentence between whose
# act has no maker (and so leaves the last sentence's acts empty), has told one: its history.
PROTEST_THEN_QUESTIONING = (
    "Taxi drivers in Ohrid blocked the lakeside road with their cars on Monday. "
    "Two Greek hikers were questioned and released. "
)


def test_a_weak_act_after_an_act_told_earlier_in_the_story_stays(
    recommended_coder: Coder,
) -> None:
    body = (
        PROTEST_THEN_QUESTIONING + "Struga welcomed more Albanian visitors than ever this summer."
    )
    assert [e.cameo_code for e in undated(recommended_coder, body) if e.sentence_index == 2] == [
        "051"
    ]


def test_the_same_weak_act_in_a_story_with_no_act_is_dropped(recommended_coder: Coder) -> None:
    # near miss: the same sentences with no act before them
    body = (
        "Tickets for the lake ferry will cost about ten euros. The boats sail twice a day. "
        "Struga welcomed more Albanian visitors than ever this summer."
    )
    assert [e.cameo_code for e in undated(recommended_coder, body) if e.sentence_index == 2] == []


# docs/labelling.md section 1: "If a sentence reports two acts, label the first one in the
# sentence." Two main clauses joined by ", and": the first clause's act goes first when it is a
# verb with its subject before it (`coder._first_clause`); an act named by a noun in the first
# clause's subject ("Nigeria's ban on ... began in May") is no act that clause reports.
@pytest.mark.parametrize(
    ("sentence", "critic"),
    [
        (
            "Nigeria's ban on Beninese rice began in May, and Benin's president condemned the "
            "decision.",
            "BEN",
        ),
        (
            "Vietnam's ban on Chinese fishing boats began on Friday, and China's foreign ministry "
            "criticised the decision.",
            "CHN",
        ),
    ],
)
def test_a_noun_act_in_the_first_clause_s_subject_does_not_go_first(
    coder: Coder, sentence: str, critic: str
) -> None:
    found = events(coder, sentence)
    assert [(e.cameo_code, country(e.source)) for e in found][:1] == [("111", critic)]


# docs/labelling.md section 2: attacks name those attacked; places are not parties. Violence on a
# thing in a place, with people killed told after it, is aimed at those people
# (`targets._victims_after`); people the sentence gives no country of their own, whom the
# attacker's demonym lent its country, are the place's people, not the attacker's.
@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("A Turkish drone hit a car in Raqqa, killing two people.", ("TUR", "SYR")),
        ("A Russian drone hit a bus in Kherson, killing four people.", ("RUS", "UKR")),
        # near miss: the dead named with their own country
        (
            "A Pakistani shell hit a house in Kandahar, killing five Afghan civilians.",
            ("PAK", "AFG"),
        ),
    ],
)
def test_people_killed_with_no_country_of_their_own_are_the_place_s(
    coder: Coder, sentence: str, sides: tuple[str, str]
) -> None:
    found = events(coder, sentence)
    assert [(country(e.source), country(e.target)) for e in found][:1] == [sides]
