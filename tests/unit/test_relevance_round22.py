"""Relevance, round 22: sentences with no political act of their own yield no event, by their
structure and their place in the article (docs/labelling.md, section 1), and the acts close
to them keep theirs. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.relevance import agency_aside
from tests.unit.coding import article, evaluation_coder, events

coder = evaluation_coder  # the thresholds the evaluation uses


def sentence_events(coder: Coder, body: str, index: int) -> list[tuple[str, str, str]]:
    """(PLOVER type, source code, target code) of each event of the article's sentence."""
    return [
        (e.plover_type, e.source.code if e.source else "-", e.target.code if e.target else "-")
        for e in article(coder, body)
        if e.sentence_index == index
    ]


# A newspaper report: no dateline, its lead a political act.
PAPER_LEAD = (
    "Lithuania expelled two Belarusian diplomats on Tuesday over a string of balloon "
    "incursions across the border. "
)
WIRE_LEAD = (
    "VILNIUS, Lithuania (AP) — Lithuania expelled two Belarusian diplomats on Tuesday over a "
    "string of balloon incursions across the border. "
)


# --- asides in the body of a report without a dateline -------------------------------------


def test_no_answer_to_questions_is_no_event_in_a_paper_report(coder: Coder) -> None:
    body = PAPER_LEAD + "Belarusian officials did not respond to questions about the balloons."
    assert sentence_events(coder, body, 1) == []


def test_a_trip_next_week_is_no_event_in_a_paper_report(coder: Coder) -> None:
    body = PAPER_LEAD + "The Lithuanian foreign minister is due to travel to Warsaw next week."
    assert sentence_events(coder, body, 1) == []


def test_a_trip_made_keeps_its_event_in_a_paper_report(coder: Coder) -> None:
    body = PAPER_LEAD + "The Lithuanian foreign minister travelled to Warsaw on Wednesday."
    assert [t for t, _, _ in sentence_events(coder, body, 1)] == ["CONSULT"]


def test_a_standalone_sentence_is_no_body_sentence(coder: Coder) -> None:
    # a sentence coded alone (a sentence set, not an article) keeps the coder's reading
    found = events(coder, "Belarusian officials did not respond to questions about the balloons.")
    assert [e.cameo_code for e in found] == ["011"]


def test_the_feeds_long_held_demand_stays_an_act_without_a_dateline(coder: Coder) -> None:
    # the natural feed codes "have long demanded" as a demand: the habit rule stays agency-only
    body = PAPER_LEAD + "Opposition figures have long demanded that Riga shut the crossing."
    assert [t for t, _, _ in sentence_events(coder, body, 1)] == ["REQUEST"]
    wire = WIRE_LEAD + "Opposition figures have long demanded that Riga shut the crossing."
    assert sentence_events(coder, wire, 1) == []


def test_the_wire_flag_keeps_the_feeds_acts() -> None:
    words = "opposition figures have long demanded that riga shut the crossing".split()
    assert agency_aside("100", words, 4, 4)
    assert not agency_aside("100", words, 4, 4, wire=False)
    declined = "officials did not respond to questions about it".split()
    assert agency_aside("011", declined, 3, 6, wire=False)


# --- what a party has said: a standing position ----------------------------------------------


def test_content_of_a_perfect_saying_is_a_standing_position(coder: Coder) -> None:
    body = WIRE_LEAD + "Minsk has said Vilnius must first stop its support for exiled dissidents."
    assert sentence_events(coder, body, 1) == []


def test_content_of_a_long_argued_claim_is_no_act(coder: Coder) -> None:
    body = PAPER_LEAD + (
        "Minsk has long argued that the drills near its border are what it calls a rehearsal "
        "for aggression."
    )
    assert sentence_events(coder, body, 1) == []


def test_content_of_a_repeated_saying_is_no_act(coder: Coder) -> None:
    body = WIRE_LEAD + (
        "Belarus has repeatedly said its troops are deployed only to defend the border "
        "against smugglers."
    )
    assert sentence_events(coder, body, 1) == []


def test_a_demand_said_today_keeps_its_event(coder: Coder) -> None:
    body = WIRE_LEAD + "Minsk said Vilnius must stop its support for exiled dissidents."
    assert ("REQUEST", "BLRGOV", "LTUGOV") in sentence_events(coder, body, 1)


def test_a_perfect_saying_with_its_day_keeps_its_event(coder: Coder) -> None:
    body = WIRE_LEAD + (
        "Minsk has said on Wednesday that Vilnius must stop its support for exiled dissidents."
    )
    assert ("REQUEST", "BLRGOV", "LTUGOV") in sentence_events(coder, body, 1)


def test_the_perfect_saying_rule_looks_at_what_is_said_only() -> None:
    words = "minsk has said vilnius must stop its support for exiled dissidents".split()
    assert agency_aside("100", words, 4, 4)
    assert not agency_aside("100", "minsk said vilnius must stop it".split(), 3, 3)
    # a break ends what was said: "but" opens a clause of its own
    but = "minsk has said it wants calm but the army shelled a village".split()
    assert not agency_aside("190", but, 10, 10)


# --- a passive in the simple present with its agent: how parties stand ------------------------


def test_a_present_passive_with_its_agent_describes_a_party(coder: Coder) -> None:
    body = WIRE_LEAD + "The smuggling rings are backed by Belarusian border guards."
    assert sentence_events(coder, body, 1) == []
    alone = "The separatist militia, which is funded by Moscow, held a rally in the capital."
    assert [e.plover_type for e in events(coder, alone)] == ["PROTEST"]


def test_a_past_passive_with_its_agent_is_the_act(coder: Coder) -> None:
    found = events(coder, "The border post was attacked by Belarusian troops on Tuesday.")
    assert [(e.plover_type, e.source.code if e.source else "-") for e in found][:1] == [
        ("ASSAULT", "BLRMIL")
    ]


def test_the_passive_rule_needs_is_or_are_and_by() -> None:
    from tensionwatch.domain.existence import background

    words = "the rebels are backed by rwanda".split()
    assert background(words, 3, 3)
    assert not background("the rebels were backed by rwanda".split(), 3, 3)
    assert not background("the rebels are backed and armed".split(), 3, 3)


# --- an accusation in the simple present: a standing one ---------------------------------------


def test_a_present_accusation_in_the_body_is_a_standing_one(coder: Coder) -> None:
    body = WIRE_LEAD + "Vilnius accuses Minsk of using migrants as a weapon against the EU."
    assert sentence_events(coder, body, 1) == []
    paper = PAPER_LEAD + "Lithuania and Poland accuse Belarus of staging the incursions."
    assert sentence_events(coder, paper, 1) == []


def test_the_days_accusation_keeps_its_event(coder: Coder) -> None:
    body = WIRE_LEAD + "Vilnius accused Minsk of using migrants as a weapon against the EU."
    assert [(t, s, g) for t, s, g in sentence_events(coder, body, 1)][:1] == [
        ("ACCUSE", "LTUGOV", "BLRGOV")
    ]


def test_a_present_accusation_alone_or_with_its_day_keeps_its_event(coder: Coder) -> None:
    alone = "Vilnius accuses Minsk of using migrants as a weapon against the EU."
    assert [e.plover_type for e in events(coder, alone)][:1] == ["ACCUSE"]
    body = WIRE_LEAD + "On Wednesday, Vilnius accuses Minsk of staging the incursions."
    assert [t for t, _, _ in sentence_events(coder, body, 1)][:1] == ["ACCUSE"]


def test_the_accusation_rule_reads_the_tense() -> None:
    assert agency_aside("112", "vilnius accuses minsk of it".split(), 1, 1)
    assert not agency_aside("112", "vilnius will accuse minsk of it".split(), 2, 2)
    assert not agency_aside("112", "vilnius did not accuse minsk".split(), 3, 3)


# --- a clause that ends in a past period ("in 2012", "in April 2023") -------------------------


def test_an_act_whose_clause_ends_in_a_past_year_is_history(coder: Coder) -> None:
    body = WIRE_LEAD + (
        "Belarus annexed the small river island after a long quarrel with the Lithuanian "
        "border service in 2009."
    )
    assert sentence_events(coder, body, 1) == []
    paper = PAPER_LEAD + (
        "The border post was stormed by Belarusian militiamen in the first weeks of the crisis "
        "in August 2021."
    )
    assert sentence_events(coder, paper, 1) == []


def test_an_act_with_its_day_keeps_its_event(coder: Coder) -> None:
    body = WIRE_LEAD + (
        "Belarusian militiamen stormed the border post on Wednesday after a standoff with "
        "Lithuanian guards."
    )
    assert [t for t, _, _ in sentence_events(coder, body, 1)][:1] == ["ASSAULT"]


def test_a_days_date_far_after_the_act_is_the_news_date() -> None:
    from tensionwatch.domain.existence import background

    words = (
        "the chief minister and the finance minister attend the party meeting at the state "
        "guest house in lucknow on june 21 , 2019"
    ).split()
    assert not background(words, 6, 6)
    period = "troops seized the town after a battle with the rebels in 2012".split()
    assert background(period, 1, 1)


# --- an act named as the subject of a relating verb ------------------------------------------


def test_an_act_named_by_a_relating_verb_is_no_report(coder: Coder) -> None:
    body = (
        WIRE_LEAD
        + "Lithuania's interior minister said the expulsion showed the government's resolve."
    )
    assert sentence_events(coder, body, 1) == []
    paper = (
        PAPER_LEAD + "Belarusian state media said the blockade followed a court ruling in Minsk."
    )
    assert sentence_events(coder, paper, 1) == []


def test_an_act_that_goes_on_keeps_its_event(coder: Coder) -> None:
    body = WIRE_LEAD + (
        "Lithuania's interior minister said the shelling of the border post continued overnight."
    )
    assert [t for t, _, _ in sentence_events(coder, body, 1)][:1] == ["ASSAULT"]


def test_the_relating_verb_must_follow_the_act() -> None:
    from tensionwatch.domain.existence import classified

    assert classified("officials said the seizure followed a court order".split(), 3, 3)
    assert not classified("officials said the seizure of the ship was illegal".split(), 3, 3)
