"""Round 31, recall on news-site copy: relevant sentences that gave no event. An act told by a
past verb before a pluperfect that hangs on it ("freed two officers it had kidnapped in July":
neither the "had" nor the month after it dates the release), "pinned the blame for ... on"
(a noun after "the", no standing present accusation), armed sides that "advanced on" or
"pushed back" the other, police that "pushed back the marchers", and a host who "received" a
guest "for talks". Each has a near miss that stays without the act. Every sentence in these
tests was written for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, first_dyad, recommended_coder

coder = recommended_coder


def _body(coder: Coder, *sentences: str) -> list[tuple[int, str]]:
    """(sentence index, CAMEO code) of the events of an undated news-site article."""
    return [(e.sentence_index, e.cameo_code) for e in article(coder, " ".join(sentences))]


FIGHT_OPENING = (
    "Colombian soldiers clashed with ELN guerrillas in the department of Arauca on Friday, "
    "the army said."
)


def test_release_before_a_pluperfect_relative_is_news(coder: Coder) -> None:
    coded = _body(
        coder,
        FIGHT_OPENING,
        "The ELN freed two police officers it had kidnapped in July, handing them over to a "
        "church commission.",
    )
    assert (1, "0841") in coded


def test_pluperfect_main_clause_stays_background(coder: Coder) -> None:
    coded = _body(
        coder,
        FIGHT_OPENING,
        "The ELN had kidnapped two police officers in July on a road near the border.",
    )
    assert not [code for index, code in coded if index == 1]


def test_month_of_an_earlier_act_does_not_date_the_act(coder: Coder) -> None:
    coded = _body(
        coder,
        "Malian soldiers clashed with jihadists near Gao on Monday, the army said.",
        "The jihadists freed three lorry drivers they had abducted in March near the border.",
    )
    assert [code for index, code in coded if index == 1]


def test_act_dated_by_a_month_stays_background(coder: Coder) -> None:
    coded = _body(
        coder,
        "Malian soldiers clashed with jihadists near Gao on Monday, the army said.",
        "The jihadists seized three lorries in March on the road to Niamey.",
    )
    assert not [code for index, code in coded if index == 1]


def test_pinned_the_blame_accuses(coder: Coder) -> None:
    coded = _body(
        coder,
        "Fighting resumed in the east of Congo on Monday.",
        "The Congolese government pinned the blame for the offensive on neighbouring Rwanda.",
    )
    assert (1, "112") in coded


def test_present_blame_stays_standing(coder: Coder) -> None:
    coded = _body(
        coder,
        "Fighting resumed in the east of Congo on Monday.",
        "The Congolese government blames Rwanda for the violence in the east.",
    )
    assert not [code for index, code in coded if index == 1]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels advanced on the provincial capital of Bunia on Friday.",
        "RSF fighters were closing in on the city of El Obeid, residents said.",
        "Kenyan troops pushed the militants back from the border town of Mandera on Sunday.",
        "Ugandan soldiers pushed back the rebels after a night of fighting near Beni.",
    ],
)
def test_armed_advance_and_push_back_are_fighting(coder: Coder, text: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[0] == "ASSAULT" and act[1] == "190"


@pytest.mark.parametrize(
    "text",
    [
        "Parliament pushed back the vote on the budget to next week.",
        "Talks advanced on several fronts, officials said.",
        "The ruling party was pushed back into third place in the polls.",
    ],
)
def test_pushed_back_vote_and_advancing_talks_are_no_force(coder: Coder, text: str) -> None:
    assert first_dyad(coder, text) is None


def test_police_pushing_back_marchers_is_repression(coder: Coder) -> None:
    act = first_dyad(coder, "Police in Nairobi pushed back the marchers with shields and batons.")
    assert act is not None and act[0] == "ASSAULT" and act[1] == "175" and act[2] == "KEN"


def test_received_for_talks_hosts_a_visit(coder: Coder) -> None:
    act = first_dyad(
        coder,
        "Malawi's president received Zambia's Hakainde Hichilema in Lilongwe on Monday for "
        "talks on the border.",
    )
    assert act is not None and act[:3] == ("CONSULT", "043", "MWI")


def test_received_an_award_is_no_visit(coder: Coder) -> None:
    assert first_dyad(coder, "The president received an award for his work in Geneva.") is None


@pytest.mark.parametrize(
    "text",
    [
        "The opposition gave the Malawian government a week to release its leader.",
        "Uganda gave the UN human rights office two weeks to leave the country.",
    ],
)
def test_term_given_to_act_is_an_ultimatum(coder: Coder, text: str) -> None:
    # an ultimatum is a demand (docs/labelling.md, section 3; round 48, types48)
    act = first_dyad(coder, text)
    assert act is not None and act[:2] == ("REQUEST", "100")


def test_term_given_to_rest_is_no_ultimatum(coder: Coder) -> None:
    assert (
        first_dyad(coder, "The coach gave his players two weeks to rest before the final.") is None
    )


def test_beating_supporters_is_assault(coder: Coder) -> None:
    act = first_dyad(coder, "Police in Harare beat dozens of opposition supporters with batons.")
    assert act is not None and act[:3] == ("ASSAULT", "182", "ZWE")


def test_beating_a_team_before_supporters_is_sport(coder: Coder) -> None:
    assert first_dyad(coder, "Arsenal beat Chelsea 2-0 in front of 60,000 supporters.") is None
