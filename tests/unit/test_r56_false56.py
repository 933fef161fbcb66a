"""Round 56 (false56): "it" resolved through a place's name on a page of another topic.

In a site's business story (a hostile bid, a price war) the context resolved "it" through an
earlier place or people's name ("its Peruvian rival", "a maker based in Tokyo") to that state,
which then counted as a government: a firm's board rejecting a bid, complaining or accusing
the bidder was coded as an act aimed at a state, and the sentence lost the page's frame
(docs/labelling.md, section 1: business is not relevant). Such an "it" (`relevance.placed_it`)
is no known side on a page with a frame and does not lift the frame; a government named in the
sentence, a body named by its noun, and the same pronoun in a political story stand."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, recommended_coder, undated_in

coder = recommended_coder

OPEN = (
    "Santiago-based copper trader Andes Metales has made a hostile bid for its Peruvian rival "
    "Minera Huallaga, offering 9 dollars a share in cash, a premium of 30 percent on the "
    "company's closing price."
)
TAIL = (
    " Shares in Minera Huallaga rose 18 percent on the Lima stock exchange on Tuesday, and "
    "analysts expect a higher offer. The combined group would control about a tenth of the "
    "market for refined copper, and its shares trade in London and New York. Profits at both "
    "firms fell last year as copper prices slid."
)

# a firm's board answering the bid, in four forms: a phrasal verb in the past, the present
# perfect with a second clause, a complaint with "it" as the subject of its clause, an
# accusation with "it" as the object
BOARD_ANSWERS = [
    "Huallaga's directors turned down the bid on Tuesday and said it badly undervalues the miner.",
    "Huallaga's board has rejected the offer and said it undervalues the miner.",
    "Huallaga's directors complained that it had given them no warning of the bid.",
    "Huallaga's directors accused it of trying to buy the company on the cheap.",
]


@pytest.mark.parametrize("sentence", BOARD_ANSWERS)
def test_a_boards_answer_to_a_bid_is_business(coder: Coder, sentence: str) -> None:
    assert undated_in(coder, f"{OPEN} {sentence}{TAIL}", 1) == []


def test_a_government_named_in_the_business_story_stands(coder: Coder) -> None:
    sentence = (
        "Peru's government said it would block the takeover, accusing Chile of trying to "
        "control the country's copper."
    )
    found = undated_in(coder, f"{OPEN} {sentence}{TAIL}", 1)
    assert [(e.cameo_code[:2], country(e.source), country(e.target)) for e in found] == [
        ("11", "PER", "CHL")
    ]
    assert found[0].source is not None and found[0].source.sector == "GOV"


def test_a_body_named_by_its_noun_stands(coder: Coder) -> None:
    sentence = (
        "Peru's mining ministry said it would review the bid, and the ministry accused Andes "
        "Metales of hiding its debts."
    )
    found = undated_in(coder, f"{OPEN} {sentence}{TAIL}", 1)
    assert [(e.cameo_code, country(e.source)) for e in found] == [("112", "PER")]
    assert found[0].source is not None and found[0].source.sector == "GOV"


def test_it_in_a_political_story_stands(coder: Coder) -> None:
    body = (
        "Peru recalled its ambassador from Santiago on Monday in a row over fishing rights. "
        "The Chilean government accused it of breaking the maritime treaty. Talks between the "
        "two foreign ministers are due next week."
    )
    found = undated_in(coder, body, 1)
    assert [(e.cameo_code, country(e.source), country(e.target)) for e in found] == [
        ("112", "CHL", "PER")
    ]


# --- a coalition or an army described by what it fights (existence.described_fighters) -----
# "with the coalition fighting them", "as part of a coalition fighting Islamic State": a
# "fighting" right after a coalition, an alliance or an army that a preposition or a verb of
# arming or sending holds names what that side is (docs/labelling.md, section 1: background and
# context, a relative clause describing an actor), no battle of the day.
WIRE_LEAD = (
    "NIAMEY, Niger (Reuters) - Niger's military government expelled a Belgian aid worker on "
    "Friday, the interior ministry said."
)
DESCRIBED_COALITIONS = [
    "Belgium keeps about 300 soldiers in the region as part of a coalition fighting the jihadists.",
    "Benin has sent 500 troops to reinforce the coalition fighting the insurgents.",
    "France has long trained the army and armed the coalition fighting the insurgents.",
]


def _second(coder: Coder, sentence: str) -> list[tuple[str, str | None, str | None]]:
    found = [e for e in article(coder, f"{WIRE_LEAD} {sentence}") if e.sentence_index == 1]
    return [(e.cameo_code, country(e.source), country(e.target)) for e in found]


@pytest.mark.parametrize("sentence", DESCRIBED_COALITIONS)
def test_a_coalition_described_by_its_war_fights_no_battle(coder: Coder, sentence: str) -> None:
    assert all(not code.startswith("19") for code, _s, _t in _second(coder, sentence))


def test_the_envoys_of_a_described_coalition_meet(coder: Coder) -> None:
    sentence = "Envoys of the coalition fighting the militants met in Lome on Thursday."
    assert [code for code, _s, _t in _second(coder, sentence)] == ["040"]


# near misses: the coalition or the army as the clause's subject, or fighting as its verb
def test_a_coalitions_own_strike_stands(coder: Coder) -> None:
    sentence = "The coalition fighting the militants said its drones struck a camp on Thursday."
    assert [code[:2] for code, _s, _t in _second(coder, sentence)] == ["19"]


def test_an_army_fighting_as_its_verb_stands(coder: Coder) -> None:
    sentence = "The army is fighting the insurgents near the Malian border."
    assert _second(coder, sentence) == [("190", "NER", "NER")]


def test_an_army_fighting_that_shells_a_village_stands(coder: Coder) -> None:
    sentence = "The army fighting the insurgents shelled a village on Thursday."
    assert _second(coder, sentence)[0][:2] == ("180", "NER")
