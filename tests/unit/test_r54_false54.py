"""Round 54 (false54): a passive that names who organised or called a protest the story tells
elsewhere ("the march was organised by ...") is no act of its own; and a participle joined by
"and" to a perfect habit ("have repeatedly looted villages and kidnapped ...") is a habit too.

docs/labelling.md section 1: descriptions and plain statements are not relevant, and one act
is labelled once, in the sentence that reports it. A protest named by a definite determiner or a
possessive ("the march", "the general strike", "Sunday's rally") whose passive only says who stood
behind it describes the protest another sentence reported; the open sets label every such
sentence irrelevant (10 of 10, nine sets). Sentences written for the class (none copied from the
labelled sets) in several forms: the simple past, a plural, the past perfect, the present
perfect, a possessive, a modifier before the noun, and after a speaker. Near misses that stay
coded: an indefinite protest in the passive (news), the active voice, and an accusation that a
protest was organised by foreign agents.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, recommended_coder, undated, undated_in

coder = recommended_coder

LEAD = (
    "Thousands of dairy farmers drove tractors into central Vilnius on Tuesday to demand "
    "higher milk prices from the government. "
)
PORT_LEAD = (
    "Thousands of Romanian teachers marched on the education ministry in Bucharest on Monday "
    "to demand a pay rise. "
)
LEAD_EVENT = [("PROTEST", "141", "LTUCVL", "LTUGOV")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rallies were organised by a coalition of farm unions.",
        "The demonstration had been convened by the opposition Farmers' Union.",
        "The marches have been organised by the opposition Farmers' Union.",
        "Tuesday's protest was staged by the Lithuanian Farmers' Union.",
        "The rallies have been staged by a coalition of farm unions.",
        "The tractor rally was organised by the opposition Farmers' Union.",
        "Organisers said the protest was called by three farm unions.",
    ],
)
def test_who_organised_a_told_protest_is_no_act(coder: Coder, sentence: str) -> None:
    found = undated(coder, LEAD + sentence)
    assert coded_as(found) == LEAD_EVENT, coded_as(found)


def test_who_called_a_told_strike_is_no_act(coder: Coder) -> None:
    body = PORT_LEAD + (
        "The general strike was called by the teachers' federation, which says wages have "
        "lagged behind prices for years."
    )
    assert [e.sentence_index for e in undated(coder, body)] == [0]


def test_an_indefinite_protest_in_the_passive_stays_coded(coder: Coder) -> None:
    body = LEAD + "A second protest was organised by the opposition in Kaunas on Wednesday."
    assert coded_as(undated_in(coder, body, 1)) == [("PROTEST", "140", "LTUOPP", "LTUGOV")]


def test_the_active_voice_stays_coded(coder: Coder) -> None:
    body = LEAD + "The opposition organised a second protest in Kaunas on Wednesday."
    assert coded_as(undated_in(coder, body, 1)) == [("PROTEST", "141", "LTUOPP", "LTUGOV")]


def test_an_accusation_about_the_organisers_stays_coded(coder: Coder) -> None:
    body = LEAD + (
        "Lithuania's agriculture minister said the protest had been organised by foreign agents "
        "seeking to destabilise the country."
    )
    assert coded_as(undated_in(coder, body, 1)) == [("ACCUSE", "112", "LTUGOV", "LTUCVL")]


# docs/labelling.md section 1 ("habits and trends: 'has repeatedly called for'") and section 4,
# point 14 (a perfect act is background "with a habit or span"): the participle after "and"
# shares the auxiliary and the adverb of repetition after it. Forms: a plural subject, a singular
# one, another adverb; near misses: a new clause with its own day, no adverb, and a speaker's own
# verb after a reported pluperfect ("said his country had always respected ... and accused").
def body_acts(coder: Coder, body: str) -> list[tuple[str, str, str | None, str | None]]:
    return coded_as([event for event in article(coder, body) if event.sentence_index == 1])


GOMA = "GOMA, Congo (Reuters) - Rebels attacked an army base near Goma on Sunday, the army said. "


@pytest.mark.parametrize(
    "body",
    [
        GOMA + "Armed groups in the province have repeatedly looted villages and kidnapped aid "
        "workers from Uganda.",
        "YANGON (Reuters) - Myanmar's junta detained three reporters on Sunday, a press group "
        "said. The junta has often raided newsrooms and expelled foreign reporters.",
        "DIYARBAKIR, Turkey (Reuters) - Turkish troops clashed with Kurdish militants on Sunday, "
        "officials said. The militants have regularly ambushed army convoys on the highway and "
        "shelled border posts.",
    ],
)
def test_a_participle_sharing_a_habit_is_background(coder: Coder, body: str) -> None:
    assert body_acts(coder, body) == []


def test_a_new_clause_with_its_day_stays_coded(coder: Coder) -> None:
    body = GOMA + (
        "Armed groups in the province have repeatedly looted villages, and on Monday they "
        "kidnapped two aid workers from Uganda."
    )
    assert ("ASSAULT", "181", "CODREB", "UGANGO") in body_acts(coder, body)


def test_two_acts_without_a_habit_stay_coded(coder: Coder) -> None:
    body = GOMA + "Armed groups in the province have looted two villages and kidnapped aid workers."
    assert body_acts(coder, body)[0][:2] == ("ASSAULT", "181")


def test_a_speakers_verb_after_a_reported_habit_stays_coded(coder: Coder) -> None:
    body = (
        "BISHKEK (Reuters) - Kyrgyzstan closed a border crossing on Sunday. Tajikistan's foreign "
        "minister said his country had always respected the truce and accused Kyrgyzstan of "
        "provoking the clashes."
    )
    assert body_acts(coder, body) == [("ACCUSE", "112", "TJKGOV", "KGZGOV")]


# docs/labelling.md section 1: "events named only as a time reference" are background. A "when"
# clause that defines an earlier point named after "since" tells what happened then, whatever
# the point is ("since the end of the war", not only a month or a year), and an "and" joining two
# words of the clause's subject ("when farmers and miners blockaded") does not end the clause.
# Near misses: a casualty before "when" (how it came about, the news) and a recent "since".
MARCH = (
    "Tens of thousands of Slovenians marched in Ljubljana on Saturday against a pension reform. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The march was the biggest the city has seen since the spring of 2019, when farmers and "
        "miners blockaded the parliament over subsidies.",
        "Tension has run high since the end of the war, when police arrested two opposition "
        "leaders.",
        "Slovenia's president entered politics when workers and students marched against "
        "Yugoslav rule.",
    ],
)
def test_an_act_that_only_dates_an_earlier_point_is_background(coder: Coder, sentence: str) -> None:
    assert coded_as(undated_in(coder, MARCH + sentence, 1)) == []


def test_a_casualty_before_a_paired_when_stays_coded(coder: Coder) -> None:
    body = MARCH + "Two marchers were injured when police and protesters clashed near parliament."
    assert coded_as(undated_in(coder, body, 1)) == [("PROTEST", "145", "SVNCOP", "SVNGOV")]


def test_a_recent_since_stays_coded(coder: Coder) -> None:
    body = MARCH + (
        "The unrest has grown since Thursday, when police and soldiers arrested two opposition "
        "leaders."
    )
    assert coded_as(undated_in(coder, body, 1)) == [("COERCE", "173", "SVNCOP", "SVNOPP")]
