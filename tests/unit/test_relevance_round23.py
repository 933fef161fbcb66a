"""Relevance, round 23: in agency copy, the sentences around the news (history, plans,
stances, trends, analysis) yield no event (docs/labelling.md, section 1), and the acts of the
day next to them keep theirs. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, events

coder = evaluation_coder  # the thresholds the evaluation uses


WIRE_LEAD = (
    "NIAMEY, Niger (Reuters) - Niger's junta expelled the European Union's ambassador on "
    "Tuesday, accusing the bloc of meddling in its affairs. "
)
PAPER_LEAD = (
    "Niger's junta expelled the European Union's ambassador on Tuesday, accusing the bloc of "
    "meddling in its affairs. "
)


def second(coder: Coder, text: str, lead: str = WIRE_LEAD) -> list[str]:
    """The PLOVER types of the events of `text` as the second sentence of a report."""
    return [e.plover_type for e in article(coder, lead + text) if e.sentence_index == 1]


@pytest.mark.parametrize(
    "text",
    [
        # a perfect act in a sentence dated years back
        "Niger and France have clashed repeatedly over uranium contracts, most recently in "
        "2023, when the junta revoked a French licence.",
        # an act in a relative clause that describes the subject
        "Tiani, who was detained by his own guards after a failed plot, leads the junta.",
        # an act hung on a clause dated years back
        "Tiani took office in 2023 promising to restore ties with Algeria.",
        # a past period named: a year's war, last month, earlier this year
        "Nigerien soldiers fought alongside French troops during the 2013 war in Mali.",
        "The EU's envoy met Tiani in Niamey last month.",
        "Wagner fighters arrived in Mali earlier this year, the bloc said.",
    ],
)
def test_history_around_the_news_is_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bloc said its monitors would visit the mines.",
        "The union said it would stage more strikes at the uranium mines.",
        "The junta plans to expel two more French diplomats.",
        "The junta is expected to sign a defence pact with Moscow by the end of the year.",
        "Brussels is weighing fresh sanctions on Niamey.",
        "Brussels is considering new sanctions on Niamey.",
        "The junta remained committed to signing the peace accord with the rebels.",
    ],
)
def test_plans_options_and_stances_are_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and jihadist groups has intensified in the west.",
        "Russia occupies a fifth of Ukraine.",
        "The junta denies the uranium deal breaks any French contract.",
        "Analysts say the expulsion shows the junta's growing isolation.",
        "Mali, backed by Russia and Turkey, does not recognise the new border.",
        "Chad, trained by Qatar and Oman, does not recognise the new border.",
    ],
)
def test_trends_standing_positions_and_analysis_are_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Niger warned it would retaliate against any sanctions.", "THREATEN"),
        # round 51 (false51): "will meet ... on Thursday" is a plan (docs/labelling.md, section 1)
        ("Niger's foreign minister met his Malian counterpart on Thursday.", "CONSULT"),
        ("The junta pledged to respect the transition timetable.", "AGREE"),
        ("Brussels imposed fresh sanctions on Niamey.", "SANCTION"),
        (
            "Jihadists attacked an army post in the Tillaberi region, killing 12 soldiers.",
            "ASSAULT",
        ),
        ("The junta, backed by Russia, accused Paris of plotting a coup.", "ACCUSE"),
        ("Police detained 40 protesters during the march.", "COERCE"),
    ],
)
def test_the_act_of_the_day_keeps_its_event(coder: Coder, text: str, plover: str) -> None:
    assert second(coder, text)[:1] == [plover]


def test_a_plan_stays_an_intention_without_a_dateline(coder: Coder) -> None:
    # the plan rules are for agency copy: a newspaper's report keeps the coder's reading
    text = "The junta plans to expel two more French diplomats."
    assert second(coder, text, PAPER_LEAD) != []
    assert second(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The standoff was triggered by a raid on a French-run mine, which the junta blamed on "
        "saboteurs.",
        "A U.N. report said 40 people may have been killed during the protests.",
        "The figures come from a group that tracks arrests and abductions.",
        "The group claimed responsibility in a post on Telegram.",
    ],
)
def test_a_cause_a_time_a_tracker_or_a_follow_up_claim_is_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a span of earlier acts after "after" dates the news ("anti-French" makes a noun)
        "Tiani took charge after months of anti-French protests in Niamey.",
        # a state the parties are in, not the day's meeting
        "The junta has been in talks with Moscow on a security pact.",
    ],
)
def test_a_span_of_earlier_acts_or_a_state_of_talks_is_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "The junta seized power after two days of fighting with the presidential guard.",
            "COERCE",
        ),
        ("Students staged anti-junta protests in Niamey on Wednesday.", "PROTEST"),
    ],
)
def test_the_act_after_a_span_or_before_a_hyphened_noun_keeps_its_event(
    coder: Coder, text: str, plover: str
) -> None:
    assert second(coder, text)[:1] == [plover]


@pytest.mark.parametrize("lead", [WIRE_LEAD, PAPER_LEAD])
@pytest.mark.parametrize(
    "text",
    [
        # round 54 (miss54f): concern over reports, not over the act told (that is point 28's
        # criticism of its maker, below)
        "The European Union said it was deeply concerned by reports of the expulsion.",
        "Germany and Italy also expressed concern.",
    ],
)
def test_a_comment_in_a_reports_body_is_no_event(coder: Coder, lead: str, text: str) -> None:
    # plain statements (CAMEO 010-014, 017-019): no PLOVER type, no labelled event
    assert second(coder, text, lead) == []


@pytest.mark.parametrize("lead", [WIRE_LEAD, PAPER_LEAD])
def test_concern_over_the_act_told_criticises_its_maker(coder: Coder, lead: str) -> None:
    # round 54 (miss54f): docs/labelling.md point 28, concern over a named side's act is 11
    # ACCUSE aimed at its doer; this sentence was a comment here until the guide wrote it so
    text = "The European Union said it was deeply concerned by the expulsion."
    assert second(coder, text, lead) == ["ACCUSE"]


def test_a_denial_stays_and_a_comment_coded_alone_keeps_its_statement(coder: Coder) -> None:
    # a denial (016) is labelled; a sentence coded alone (the type sets) keeps its 012
    assert second(coder, "The bloc denied the accusation.") == ["REJECT"]
    alone = events(coder, "Germany and Italy also expressed concern over the expulsion.")
    assert [e.cameo_code for e in alone] == ["012"]


@pytest.mark.parametrize(
    "text",
    [
        "The junta's leader has vowed in the past to expel every French soldier.",
        "The army, which has drones from Turkey, has carried out frequent airstrikes on "
        "jihadist camps.",
        "The junta is accused of jailing hundreds of opponents.",
    ],
)
def test_an_act_in_the_past_a_tally_or_a_standing_charge_is_no_event(
    coder: Coder, text: str
) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The army has carried out frequent airstrikes on jihadist camps since Sunday.", "ASSAULT"),
        ("The junta vowed in the past 24 hours to expel every French soldier.", "THREATEN"),
    ],
)
def test_a_tally_or_a_vow_of_the_day_keeps_its_event(coder: Coder, text: str, plover: str) -> None:
    assert second(coder, text)[:1] == [plover]
