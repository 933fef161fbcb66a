"""Round 41, weak41: weak points round 40 found and left (docs/coder.md, Known weak points),
each first shown real by a sentence coded wrong, then mended. A past verb in "-eed" ("agreed",
"freed", "decreed") is a past, not a base form as "need" or "proceed" are
(`existence._past_tense`), so "had every right to appeal and freed four drivers" keeps its
release; a strike's maker of another country named after "of" or "from" ("the drones of the
Bolivian navy") makes the strike no act of the force that reports it
(`roles._forces_own_strike`, whose owner check read only the strike's article); a tally over a
span of months after a place's "in the" ("in the north in the first four months") is a figure
of the period (`relevance._counted_in_span` read only the first "in the"); "the two
neighbours", "both neighbours", "between the neighbours" are states, no civil case's parties
(`relevance._crime_words`); supporters of a government ("government supporters", "the
government's supporters", "ruling party supporters") are `CVL`, not the opposition
(labelling guide point 38, `coder._government_supporters`). Round 39 left
`roles._passive_release`'s passive check untested: a release by masked men no one names is
no state's. "Peru's foreign minister (pictured) said he would ...": an aside in brackets
between an office holder and "said" no longer loses the pronoun's antecedent
(`references._SPEAKER_GAP`). Each has a near miss that keeps what it had. Every sentence in
these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain import existence
from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, events_in, recommended_coder, sides_of, undated_in

coder = recommended_coder

LIMA = (
    "LIMA, June 3 (Reuters) - Peru accused Bolivia on Tuesday of arming smugglers along their "
    "shared border, the foreign minister said. "
)


def body_acts(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of the sentence after LIMA."""
    return [(e.cameo_code, *sides_of(e)) for e in events_in(coder, LIMA + text, 1)]


# (1) "-eed"


@pytest.mark.parametrize("word", ["agreed", "freed", "decreed", "guaranteed", "accused", "fled"])
def test_a_past_in_eed_is_a_past(word: str) -> None:
    assert existence._past_tense(word)


@pytest.mark.parametrize("word", ["need", "speed", "proceed", "succeed", "feed", "free"])
def test_a_base_form_in_eed_is_no_past(word: str) -> None:
    assert not existence._past_tense(word)


def test_a_release_after_a_right_to_appeal_is_the_courts_next_act(coder: Coder) -> None:
    # round 40 read "freed" as no past: an item of the right's list, dropped
    text = (
        "The court said the detainees had every right to appeal and freed four Bolivian truck "
        "drivers on Monday."
    )
    assert [code for code, _, _ in body_acts(coder, text)] == ["0841"]


def test_a_release_a_law_empowers_stays_a_possibility(coder: Coder) -> None:
    # near miss: "free" in the base form is an item of the list after "the power to"
    text = (
        "The new law gives judges the power to jail smugglers and free Bolivian detainees held "
        "without charge."
    )
    assert body_acts(coder, text) == []


def test_a_list_verb_in_eed_is_read_as_a_base_form() -> None:
    # near miss: a base form in "-eed" stays an item of the powers' list
    words = "the decree gives the army powers to detain suspects and proceed".split()
    assert existence.complement(words, len(words) - 1)
    words[-1] = "agreed"
    assert not existence.complement(words, len(words) - 1)


# (2) a strike's maker named after its noun


def test_drones_of_another_states_navy_are_no_strike_of_the_reporting_army(
    coder: Coder,
) -> None:
    text = (
        "LIMA, June 3 (Reuters) - The Peruvian army said the drones of the Bolivian navy "
        "attacked a river patrol on Monday."
    )
    strike = [e for e in events(coder, text) if e.cameo_code == "195"]
    # round 40 gave the strike to the army that reports it (PER); its maker is no party coded
    assert [sides_of(e)[0] for e in strike] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the force's own unit, and a place of the other state after "near"
        "The Peruvian army said the drones of its river brigade attacked a smugglers' camp on "
        "Monday.",
        "The Peruvian army said an airstrike near the Bolivian border destroyed a rebel camp on "
        "Monday.",
    ],
)
def test_a_strike_of_the_forces_own_unit_or_near_a_place_stays_its_own(
    coder: Coder, text: str
) -> None:
    found = [e for e in events(coder, "LIMA, June 3 (Reuters) - " + text) if e.cameo_code == "195"]
    assert [sides_of(e)[0] for e in found] == ["PER"]


# (3) a tally's span after a place


def test_victims_counted_in_a_region_over_months_are_a_figure(coder: Coder) -> None:
    text = (
        "Smuggling gangs killed more than 200 villagers in the south in the first four months "
        "of the year, a rights group said."
    )
    assert body_acts(coder, text) == []


def test_victims_counted_in_a_region_over_hours_stay(coder: Coder) -> None:
    # near miss: a place, then hours of a raid, no span of months
    text = (
        "Smuggling gangs killed more than 20 villagers in the south in the first hours of the "
        "raid, police said."
    )
    assert [code for code, _, _ in body_acts(coder, text)] == ["190"]


# (4) "neighbours"


def test_arrests_as_tensions_rise_between_the_two_neighbours_stay_acts(coder: Coder) -> None:
    text = (
        "Peruvian police arrested dozens of Bolivian migrants in Puno as tensions rose between "
        "the two neighbours."
    )
    assert [code for code, _, _ in body_acts(coder, text)] == ["173"]


@pytest.mark.parametrize("whose", ["his", "the"])
def test_a_quarrel_with_the_neighbours_stays_a_crime_report(coder: Coder, whose: str) -> None:
    # near miss: a person's neighbours, a private quarrel
    text = f"Police in Arequipa arrested a man after a quarrel with {whose} neighbours over a wall."
    assert events(coder, text) == []


# (6) supporters of a government (labelling guide point 38)


def _sectors(coder: Coder, text: str) -> list[tuple[str | None, str | None]]:
    found = events(coder, "LIMA, June 3 (Reuters) - " + text)
    return [
        (e.source.sector if e.source else None, e.target.sector if e.target else None)
        for e in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Government supporters attacked students in central Lima on Monday, police said.",
        "Ruling party supporters attacked students in central Lima on Monday, police said.",
        "Pro-government supporters attacked students in central Lima on Monday, police said.",
    ],
)
def test_supporters_of_the_government_who_act_are_civilians(coder: Coder, text: str) -> None:
    assert _sectors(coder, text) == [("CVL", "EDU")]  # the students attacked: EDU (round 44)


def test_the_governments_supporters_addressed_are_civilians(coder: Coder) -> None:
    text = "The president urged the government's supporters to stay off the streets on Monday."
    assert _sectors(coder, text) == [("GOV", "CVL")]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # near misses: the opposition's supporters, and supporters the government acts on
        (
            "Police fired tear gas at opposition supporters in central Lima on Monday.",
            [("COP", "OPP")],
        ),
        (
            "The government arrested supporters in central Lima on Monday, police said.",
            [("GOV", "OPP")],
        ),
    ],
)
def test_opposition_supporters_and_supporters_a_government_acts_on_stay(
    coder: Coder, text: str, sides: list[tuple[str | None, str | None]]
) -> None:
    assert _sectors(coder, text) == sides


# round 39's passive release

HELD = (
    "Police in Lima broke up a march by opposition supporters on Saturday. "
    "Several of the opposition lawmakers were detained. "
)


def test_a_release_by_men_no_one_names_is_no_states(coder: Coder) -> None:
    # near miss of "They were released": active, with a maker the index does not know
    found = undated_in(coder, HELD + "A group of masked men freed two of them late on Sunday.", 2)
    assert [(e.cameo_code, e.source) for e in found] == [("0841", None)]


def test_a_release_in_the_passive_is_the_states(coder: Coder) -> None:
    found = undated_in(coder, HELD + "They were released late on Sunday.", 2)
    assert [(e.cameo_code, e.source and e.source.code) for e in found] == [("0841", "PERGOV")]


# a pronoun after an aside in brackets (round 40's known weak points)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Peru's foreign minister (pictured) said he would summon the Bolivian ambassador.",
            "114",
        ),
        (
            "The Peruvian president (speaking late on Monday) said she would recall the ambassador "
            "to Bolivia.",
            "161",  # round 42 (types42): a recall announced is the decision, not a threat (1313)
        ),
    ],
)
def test_he_or_she_after_an_aside_in_brackets_is_the_office_holder(
    coder: Coder, text: str, code: str
) -> None:
    found = events(coder, "LIMA, June 3 (Reuters) - " + text)
    assert [(e.cameo_code, *sides_of(e)) for e in found] == [(code, "PER", "BOL")]


def test_he_after_a_ministrys_aside_in_brackets_is_someone_else(coder: Coder) -> None:
    # near miss: a body said "he", not itself, with or without the aside
    text = (
        "LIMA, June 3 (Reuters) - Peru's foreign ministry (in a statement) said he would summon "
        "the Bolivian ambassador."
    )
    assert [sides_of(e) for e in events(coder, text)] == [(None, "BOL")]
