"""Round 32, feedrel18: news-site copy that gave false events on sentences that report no
political act (sentences written for these tests; docs/labelling.md, section 1: ordinary crime
between private persons, court reports, business and charity are not acts between political
actors)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tensionwatch.domain.pipeline import code_article
from tests.unit.coding import recommended_coder, undated, undated_codes

coder = recommended_coder


def _in_sentence(coder: Coder, sentences: list[str], index: int) -> list[TensionEvent]:
    """The events of sentence `index` of an article made of `sentences`."""
    found = code_article(coder, "t", "\n\n".join(sentences)).events
    return [event for event in found if event.sentence_index == index and not event.headline]


# --- "the court heard": a court report's attribution, the court no doer ------------------------
@pytest.mark.parametrize(
    "sentences",
    [
        [
            "A Glasgow man who hit a neighbour with a spade has been jailed for three years.",
            "The court heard he struck the victim several times during a row over a parking space.",
        ],
        [
            "A Cardiff man who attacked a bus driver has been jailed for two years.",
            "The court heard he had threatened another driver a week earlier.",
        ],
    ],
)
def test_what_a_court_heard_is_no_act_of_the_court(coder: Coder, sentences: list[str]) -> None:
    assert _in_sentence(coder, sentences, 1) == []


def test_a_trailing_court_heard_is_an_attribution(coder: Coder) -> None:
    assert (
        undated_codes(coder, "He threatened the taxi driver with a bottle, the court heard.") == []
    )


def test_force_an_inquiry_heard_of_keeps_its_doer(coder: Coder) -> None:
    # near miss: the act reported after "heard" is still coded, with its own doer
    found = undated(coder, "The inquiry heard that soldiers opened fire on the crowd.")
    assert found
    assert found[0].source is not None and found[0].source.sector == "MIL"


# --- a verdict's and a sentence's words make a court report -----------------------------------
def test_an_arrest_in_a_court_report_of_ordinary_crime_is_no_event(coder: Coder) -> None:
    sentences = [
        "A Perth bus driver was found guilty on Tuesday of assaulting a passenger.",
        "Police arrested him at the depot a day after the incident.",
        "He will be sentenced next month.",
    ]
    assert _in_sentence(coder, sentences, 1) == []


def test_a_court_sentencing_an_opposition_leader_stays(coder: Coder) -> None:
    sentences = [
        "A court in Lima convicted the opposition leader Ana Ruiz of sedition on Tuesday.",
        "She was sentenced to five years in prison.",
    ]
    for index in (0, 1):
        found = _in_sentence(coder, sentences, index)
        assert found and found[0].cameo_code.startswith("17")
        assert found[0].target is not None and found[0].target.sector == "OPP"


# --- a judge's ruling on a claim is no denial --------------------------------------------------
def test_a_judge_rejecting_a_defendants_claim_is_no_event(coder: Coder) -> None:
    sentences = [
        "A Sydney man who attacked a neighbour with a garden spade has been jailed.",
        "The judge rejected his claim that he had acted in self-defence.",
    ]
    assert _in_sentence(coder, sentences, 1) == []


@pytest.mark.parametrize(
    ("text", "source_sector"),
    [
        # near misses: a court's rejection aimed at a government, a prosecutor's own denial
        ("The court rejected the government's claim that the rally was illegal.", "JUD"),
        ("Prosecutors denied that the case was politically motivated.", "JUD"),
    ],
)
def test_a_courts_rejection_of_a_party_or_a_prosecutors_denial_stays(
    coder: Coder, text: str, source_sector: str
) -> None:
    found = undated(coder, text)
    assert found and found[0].cameo_code == "016"
    assert found[0].source is not None and found[0].source.sector == source_sector


# --- a charity's dealings with firms and churches ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Supermarkets pledged to donate more surplus food to charities.",
        "The bishop met volunteers at a food bank on Sunday.",
    ],
)
def test_a_charitys_dealings_with_a_firm_or_a_church_are_no_event(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # near misses: a charity's appeal to a government, its accusation of a firm
        ("Aid agencies urged the government to open the border crossings.", "02"),
        ("Aid agencies accused the mining company of ignoring abuses at its mines.", "11"),
    ],
)
def test_a_charity_facing_a_state_or_accusing_a_firm_stays(
    coder: Coder, text: str, root: str
) -> None:
    assert any(code.startswith(root) for code in undated_codes(coder, text))


# --- an act with no party in a news site's lead ----------------------------------------------
def test_a_lead_act_with_no_party_is_no_event_on_a_news_site(coder: Coder) -> None:
    sentences = [
        "The two rivals met on Sunday for the first time since their bitter divorce.",
        "Nobody was hurt.",
    ]
    assert _in_sentence(coder, sentences, 0) == []


def test_a_lead_protest_or_a_sentence_coded_alone_keeps_its_act(coder: Coder) -> None:
    # near misses: a march implies its crowd's side; a sentence coded alone (a single-sentence
    # set) is not a news site's article
    sentences = [
        "Thousands of people marched through the capital on Saturday against the new tax.",
        "Nobody was hurt.",
    ]
    assert [event.cameo_code[:2] for event in _in_sentence(coder, sentences, 0)] == ["14"]
    text = "The two rivals met on Sunday for the first time since their bitter divorce."
    assert [code[:2] for code in undated_codes(coder, text)] == ["04"]


# --- a parade is no protest march --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people marched through the city centre on Saturday in a colourful parade.",
        "Veterans marched with the town's brass band at the annual festival.",
        "The school's marching band led the procession.",
    ],
)
def test_marching_in_a_parade_is_no_protest_codes_nothing(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


def test_a_march_against_a_government_stays_a_protest(coder: Coder) -> None:
    text = (
        "Thousands marched through the capital on Saturday to demand the president's resignation."
    )
    assert any(code.startswith("14") for code in undated_codes(coder, text))
