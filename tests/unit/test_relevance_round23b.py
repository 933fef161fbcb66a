"""Relevance, round 23 (second part): what agency copy still told around its news and the
coder coded as acts: a participle joined to a perfect verb, a deed planned for the coming
weeks, an act dated last year, the occasion a speaker spoke at, a standing appeal, people
taken somewhere, a step a procedure requires, an arrest a report of last week told. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain import relevance
from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder

WIRE_LEAD = (
    "LUSAKA, Zambia (AP) — Zambian police detained a prominent opposition leader on Tuesday, "
    "accusing him of inciting violence at a rally in the Copperbelt. "
)
PAPER_LEAD = (
    "Zambian police detained a prominent opposition leader on Tuesday, accusing him of "
    "inciting violence at a rally in the Copperbelt. "
)


coder = evaluation_coder  # the thresholds the evaluation uses


def second(coder: Coder, text: str, lead: str = WIRE_LEAD) -> list[str]:
    """The PLOVER types of the events of `text` as the second sentence of a report."""
    return [e.plover_type for e in article(coder, lead + text) if e.sentence_index == 1]


@pytest.mark.parametrize(
    "text",
    [
        # a participle joined by "and" to a perfect verb shares its auxiliary
        "Zambia has built new police posts along the Congo border and deployed hundreds of "
        "officers to the mining towns.",
        "Gangs have killed hundreds of traders and kidnapped dozens more for ransom in the "
        "Copperbelt.",
        # a deed under a bare modal dated ahead is a plan
        "The army said it would send 500 more soldiers to the border in the coming weeks.",
        "The opposition said it would stage more marches later this week.",
        # an act dated last year, in a relative clause of the clause it dates
        "Security services detained several activists last year who opposed a border deal "
        "with Congo.",
        # a standing appeal in the perfect
        "The IMF has urged Lusaka to cut fuel subsidies.",
        # people carried somewhere
        "The detained men were taken to the northern town of Kasama, a police spokesman said.",
        # a step a procedure requires, told by no one
        "Both parliaments must ratify the border treaty before it takes effect.",
        # an arrest a report of last week told
        "Police said last week that they had arrested 20 people over the riots.",
        # a charge in the present is a standing one
        "Prosecutors allege the leader paid youths to disrupt the rally.",
        # a relative clause hung on a main clause dated years back
        "A court banned the party's newspaper in 2023 at the request of the police, who "
        "accused it of spreading falsehoods.",
        # a ruling dated years back tells an older act
        "The International Court of Justice ruled in 2021 that Zambia had violated a treaty "
        "with Congo by allowing rebel bases.",
        # a perfect act in a relative clause describes a noun
        "The youths belonged to the Kanyama gang, a group that the government has designated "
        "a terrorist organisation.",
        # an act in the simple present done often is a habit
        "Rebels often attack farmers they accuse of informing the army.",
        # an act's noun before a title
        "Mwamba, a former student protest leader, joined the party in 2019.",
    ],
)
def test_the_context_of_wire_copy_is_no_event(coder: Coder, text: str) -> None:
    assert second(coder, text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # the day's acts next to them keep their events
        ("Police deployed hundreds of officers to the mining towns on Wednesday.", "MOBILIZE"),
        ("The opposition warned it would stage more marches later this week.", "THREATEN"),
        (
            "Zambia's foreign minister met his Congolese counterpart in Lusaka on Wednesday.",
            "CONSULT",
        ),
        ("The IMF urged Lusaka to cut fuel subsidies.", "REQUEST"),
        ("Police arrested 20 people over the riots, a spokesman said.", "COERCE"),
        ("The army said it would deploy 500 more soldiers to the border on Friday.", "MOBILIZE"),
        ("Prosecutors accused the leader of paying youths to disrupt the rally.", "ACCUSE"),
        ("Protest leaders called on supporters to march on parliament.", "REQUEST"),
        ("Police repeatedly fired tear gas at the marchers.", "ASSAULT"),
        ("The government designated the Kanyama gang a terrorist organisation.", "SANCTION"),
    ],
)
def test_the_act_of_the_day_keeps_its_event(coder: Coder, text: str, plover: str) -> None:
    assert second(coder, text)[:1] == [plover]


def test_the_wire_rules_leave_a_newspaper_report_alone(coder: Coder) -> None:
    text = "The IMF has urged Lusaka to cut fuel subsidies."
    assert second(coder, text, PAPER_LEAD) != []
    assert second(coder, text) == []


def test_the_occasion_a_speaker_spoke_at_is_no_act() -> None:
    words = "tusk , speaking at a meeting with army commanders , said poland would hold .".split()
    meeting = words.index("meeting")
    assert relevance.agency_aside("040", words, meeting, meeting)
    words = "tusk held a meeting with army commanders on monday .".split()
    meeting = words.index("meeting")
    assert not relevance.agency_aside("040", words, meeting, meeting)
