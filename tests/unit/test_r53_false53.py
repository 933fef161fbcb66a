"""Round 53 (false53): a weak act in the body of a news site's story that has told no act and
named no political actor yet.

docs/labelling.md section 1: business, sport, weather, ordinary crime and culture are not
relevant. A site story whose earlier sentences tell no act and name no government, parliament,
party, armed force or rebels, in a sentence that names none either, is such a story; a body act
the coder scores weakly there (a port that "hosts" ships, tourists "questioned and released") is
the story's, not politics, and needs the confidence `coder.QUIET_MIN_CONFIDENCE`. Sentences
written for the class (none copied from the labelled sets), in five forms: the present, the
present perfect, the passive, the simple past, and a passive with the speaker after it (a
speaker before the act, "the operator said Kotor had hosted", scores over the floor). Near
misses that stay coded: a strong act in such a story, a weak act after an earlier sentence
told an act or named a government, a weak act as the story's lead, a sentence coded alone.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    coded_as,
    events,
    recommended_coder,
    undated,
    undated_in,
)

coder = recommended_coder

FERRY_LEAD = (
    "A new ferry line between Bari and Durres will start sailing in June, the operator said "
    "on Tuesday. Tickets will cost about 40 euros each way. "
)
TUNNEL_LEAD = (
    "Engineers in western Georgia finished a 12-kilometre tunnel under the Rikoti pass on "
    "Thursday, cutting two hours from the drive between Kutaisi and Batumi. The work took six "
    "years. "
)


@pytest.mark.parametrize(
    "body",
    [
        FERRY_LEAD + "Kotor hosts most of the cruise ships that visit Montenegro.",
        FERRY_LEAD + "Bari has hosted most of the ferries that cross to Albania since the spring.",
        TUNNEL_LEAD + "Two Slovak tourists were questioned and released.",
        FERRY_LEAD + "Split welcomed more Montenegrin visitors than ever this summer.",
        FERRY_LEAD + "Most of the cruise ships that visit Montenegro are welcomed in Kotor, the "
        "operator said.",
    ],
)
def test_a_weak_act_in_a_story_that_told_no_act_is_dropped(coder: Coder, body: str) -> None:
    assert coded_as(undated(coder, body)) == []


def test_the_same_sentences_coded_alone_stay_coded(coder: Coder) -> None:
    # no article: the rule reads the story so far, and a lone sentence has none
    assert coded_as(events(coder, "Two Slovak tourists were questioned and released.")) == [
        ("RETREAT", "0841", None, "SVKCVL")
    ]
    assert coded_as(
        events(coder, "Kotor hosts most of the cruise ships that visit Montenegro.")
    ) == [("CONSULT", "043", None, "MNEGOV")]


def test_a_strong_act_in_a_quiet_story_stays(coder: Coder) -> None:
    body = TUNNEL_LEAD + (
        "Georgia's prime minister accused the Turkish builders of ignoring repeated safety "
        "warnings."
    )
    found = undated_in(coder, body, 2)
    assert [(e.cameo_code, e.source.country if e.source else None) for e in found][:1] == [
        ("112", "GEO")
    ]


def test_a_weak_act_after_an_act_of_the_story_stays(coder: Coder) -> None:
    body = (
        FERRY_LEAD
        + "Croatia's prime minister met his Montenegrin counterpart in Dubrovnik on Tuesday. "
        + "Kotor hosts most of the cruise ships that visit Montenegro."
    )
    assert [e.cameo_code for e in undated_in(coder, body, 2)] == ["040"]
    found = undated_in(coder, body, 3)
    assert [(e.cameo_code, e.target.country if e.target else None) for e in found] == [
        ("043", "MNE")
    ]


def test_a_weak_act_as_the_lead_stays(coder: Coder) -> None:
    body = "Kotor hosts most of the cruise ships that visit Montenegro. " + FERRY_LEAD
    found = undated_in(coder, body, 0)
    assert [(e.cameo_code, e.target.country if e.target else None) for e in found] == [
        ("043", "MNE")
    ]


def test_a_weak_act_in_a_story_that_named_a_government_stays(coder: Coder) -> None:
    # the lead tells no act but names a political actor (a government, a parliament, a
    # party...): the story may be political, so the body's weak act keeps the usual floor
    # (so does a sentence that names one itself: test_r34_parties21's conservatives)
    body = (
        "Albania's prime minister opened a new ferry terminal in Durres on Tuesday. Tickets "
        "will cost about 40 euros each way. Kotor hosts most of the cruise ships that visit "
        "Montenegro."
    )
    found = undated_in(coder, body, 2)
    assert [(e.cameo_code, e.target.country if e.target else None) for e in found] == [
        ("043", "MNE")
    ]
