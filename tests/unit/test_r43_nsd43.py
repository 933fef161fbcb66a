"""Round 43 (nsd43): misses of the natural feed and the older open feeds, by cause.

Appeals for calm or restraint, and appeals for political change or to yield (CAMEO 024, 025),
are politics on any page: a protest story whose last sentences tell the day's markets and
weather takes an off-topic frame, and the home penalty (an official's public-service advice at
home) took such appeals under the bar. Safety advice at home stays no act. A reporting verb
of a relative clause set off by commas reports only that clause ("X, who says ..., called on");
and a call's object of the speaker's country but a rival sector is regained as its addressee."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    code_list,
    coded_as,
    events,
    first_dyad,
    recommended_coder,
    site_codes_in,
)

coder = recommended_coder

# a protest story that ends on the markets and the weather (an off-topic frame)
PROTEST_STORY = (
    "Thousands of teachers marched through central Lisbon on Tuesday to demand higher pay. "
    "Riot police fired water cannon at marchers near the finance ministry. "
    "{appeal} "
    "The stock index slipped 2 percent and the currency weakened against the dollar. "
    "Shares in the largest banks fell in early trading. "
    "Forecasters expect heavy rain and thunderstorms over the capital on Wednesday. "
    "Retail sales were flat in the third quarter, the statistics office said. "
    "The weather service issued a storm warning for the northern coast."
)


def _appeal_codes(coder: Coder, appeal: str) -> set[str]:
    return site_codes_in(coder, PROTEST_STORY.format(appeal=appeal), 2)


def test_appeal_for_calm_in_framed_protest_story(coder: Coder) -> None:
    found = _appeal_codes(
        coder,
        "In a speech on state television, Portuguese Prime Minister Ilan Marchetti urged the "
        "nation to remain calm.",
    )
    assert any(code.startswith("02") for code in found), found


def test_appeal_for_release_in_framed_story(coder: Coder) -> None:
    found = _appeal_codes(
        coder,
        "Portugal's former prime minister Oskar Delane addressed the marchers and called "
        "for the release of the detained union leaders.",
    )
    assert "0253" in found, found


def test_appeal_to_end_protest_in_framed_story(coder: Coder) -> None:
    found = _appeal_codes(
        coder, "Portugal's education minister appealed to the teachers to end their protest."
    )
    assert "0252" in found, found


def test_safety_advice_in_framed_story_stays_uncoded(coder: Coder) -> None:
    # near miss: an official's advice to the public at home is a public service
    found = _appeal_codes(
        coder,
        "Portugal's health minister urged people to drink bottled water until the pipes were "
        "repaired.",
    )
    assert not found, found


# "X, who says ..., called on ...": the relative clause's reporting verb reports only that
# clause; the main verb after its closing comma is the antecedent's own act.
def test_relative_saying_aside_leaves_the_main_verb_its_subject(coder: Coder) -> None:
    found = first_dyad(
        coder,
        "Moldovan opposition leader Radu Ciobanu, who says he broke no law, called on his "
        "followers to stay calm.",
    )
    assert found is not None and found[0] == "REQUEST" and found[2] == "MDA", found


def test_relative_saying_clause_to_the_end_still_reports(coder: Coder) -> None:
    # near miss: the relative clause runs to the end (its last comma opens an apposition, no
    # act follows it), so the one who says it only reports the charge and is no party to it
    found = events(
        coder,
        "Leading the march was Radu Ciobanu, a retired judge, who says the vote was rigged to "
        "help the party in power, the Union of Patriots.",
    )
    charges = [event for event in found if event.cameo_code.startswith("11")]
    assert charges and all(event.source is None for event in charges), found


# "X said Y was ... and called on him to quit": the object lost with the reported
# clause's subject is regained for the speaker when it is a rival of the speaker's country
def test_domestic_rival_regained_as_the_addressee(coder: Coder) -> None:
    found = events(
        coder,
        "At a rally in Plovdiv, Bulgarian opposition leader Ivan Petrov said President Boris "
        "Kolev was no longer fit to govern and called on him to quit.",
    )
    assert found and found[0].cameo_code == "0241", found
    assert found[0].target is not None and found[0].target.code == "BGRGOV", found[0].target


def test_domestic_call_with_no_rival_object_keeps_no_target(coder: Coder) -> None:
    # near miss: the call's object is the crowd ("them"), not the president of the clause
    found = events(
        coder,
        "At a rally in Plovdiv, Bulgarian opposition leader Ivan Petrov said President Boris "
        "Kolev was no longer fit to govern and called on them to march peacefully.",
    )
    assert found and found[0].source is not None, found
    assert coded_as(found[:1]) == [("REQUEST", "020", "BGROPP", None)], found[0].target


# "had failed and urged": a verb of failing with no "to", closed by "and", negates nothing after
def test_failing_verb_closed_by_and_does_not_negate_the_next_act(coder: Coder) -> None:
    found = code_list(
        coder,
        "Chile's labour minister said the wage talks had failed and called on both unions to "
        "return to the table.",
    )
    assert found and found[0].startswith("02"), found


def test_failing_verb_with_its_infinitive_still_negates(coder: Coder) -> None:
    # near miss: "failed to" takes the act into its scope (no agreement was reached)
    found = code_list(
        coder, "Chile's labour minister said the unions had failed to reach an agreement."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # unions that failed to agree are coded a rejection.
    assert "030" not in found, found
