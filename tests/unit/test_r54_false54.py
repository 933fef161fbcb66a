"""Round 54 (false54): a passive that names who organised or called a protest the story tells
elsewhere ("the march was organised by ...") is no act of its own.

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
from tests.unit.coding import coded_as, recommended_coder, undated, undated_in

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
