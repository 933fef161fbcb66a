"""Round 23, second feed helper: structural rules for a news site's copy (no dateline)."""

from __future__ import annotations

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain import relevance
from tensionwatch.domain.pipeline import code_article
from tensionwatch.settings import Settings

CODER = build_coder(Settings())


def _events(text: str) -> list[tuple[int, str]]:
    return [(e.sentence_index, e.cameo_code) for e in code_article(CODER, "t", text).events]


def test_act_with_no_party_in_a_web_report_body_is_not_coded() -> None:
    # "A bridge gave way, sending a lorry into the river", "gangs demand weekly payments"
    body = relevance.SentenceCues(body=True)
    assert relevance.score("070", None, None, body) < relevance.MIN_RELEVANCE
    assert relevance.score("100", None, None, body) < relevance.MIN_RELEVANCE
    assert relevance.score("190", None, None, body) < relevance.MIN_RELEVANCE


def test_act_with_no_party_in_a_lead_or_agency_copy_is_left_alone() -> None:
    lead = relevance.SentenceCues()
    wire = relevance.SentenceCues(body=True, agency=True)
    assert relevance.score("100", None, None, lead) >= relevance.MIN_RELEVANCE
    assert relevance.score("100", None, None, wire) >= relevance.MIN_RELEVANCE


def test_players_country_on_the_sports_pages_is_no_state() -> None:
    text = (
        "Jannik Sinner reached the quarter-finals of the Paris Masters with a straight-sets win.\n"
        "The top seed hit 12 aces and saved every break point he faced in the tournament.\n"
        "Italy's Lorenzo Musetti fought back from a set down to beat Tommy Paul in the tiebreak.\n"
        "The Spaniard attacked the net throughout the second set.\n"
        "The tennis continues on Thursday with the remaining last-16 matches."
    )
    found = _events(text)
    assert not [e for e in found if e[0] in (2, 3)], found


def test_a_state_on_the_sports_pages_still_acts() -> None:
    text = (
        "The football federation has banned the club from European competition for two years.\n"
        "The players' union said the ruling was harsh and the club's coach called it unfair.\n"
        "Moscow condemned the ban as political.\n"
        "The club plays its league match against the champions on Sunday."
    )
    assert (2, "11") in [(i, c[:2]) for i, c in _events(text)]


def test_an_act_at_the_time_is_background() -> None:
    text = (
        "Chile's government has approved a new pension law after two years of debate.\n"
        "The law replaces a system set up under military rule in 1981.\n"
        "Santiago recalled its ambassador from Lima at the time.\n"
        "The president at the time condemned the strike as an attack on the economy.\n"
        "The law takes effect in January."
    )
    found = _events(text)
    assert not [e for e in found if e[0] in (2, 3)], found


def test_at_the_time_of_the_act_is_no_background() -> None:
    words = "police arrested him at the time of the attack".split()
    assert not relevance._at_the_time(words)
    assert relevance._at_the_time("he condemned it at the time .".split())
