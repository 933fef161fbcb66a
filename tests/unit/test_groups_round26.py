"""Parties named as groups of people, round 26 (actors8): a modifier that also names a party
("military", "general") as the subject of a past tense; pensioners, war veterans and protest
leaders as a country's people; a refusal or reproach by people organised by their trade
(labour, education, health) naming no one is of their own state. Every sentence in these
tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain import clause_words
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, evaluation_coder, in_sentence

coder = evaluation_coder

LEAD = "MADRID (Reuters) - Spain's government announced a pension reform on Monday. "


def words(text: str) -> list[str]:
    return text.lower().replace(".", " .").split()


@pytest.mark.parametrize(
    ("text", "head", "subject"),
    [
        ("The military accused the opposition of plotting a coup .", 2, True),
        ("The army's general rejected the offer .", 3, True),
        ("Spain's military detained two activists .", 2, True),
        ("the military accused of abuses denied it .", 2, False),  # a reduced relative
        ("new military drills angered the opposition .", 2, False),  # no past tense
        ("military accused the opposition .", 1, False),  # no article before the party
    ],
)
def test_a_modifier_naming_a_party_before_a_past_tense(text: str, head: int, subject: bool) -> None:
    assert clause_words.party_subject(words(text), head) is subject


def test_the_military_accusing_the_opposition_is_the_source(coder: Coder) -> None:
    body = LEAD + "The military accused the opposition of plotting a coup."
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.sector == "MIL"
    assert (country(event.source), country(event.target)) == ("ESP", "ESP")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pensioners protested outside parliament against the cuts.",
        "War veterans accused the government of betraying them.",
        "Protest leaders accused the government of ignoring the marchers.",
    ],
)
def test_groups_of_people_are_the_countrys_people(coder: Coder, sentence: str) -> None:
    found = [e for e in in_sentence_all(coder, LEAD + sentence) if e.source is not None]
    assert found, sentence
    assert country(found[0].source) == "ESP"


def in_sentence_all(coder: Coder, body: str) -> list[TensionEvent]:
    """The events of the article's second sentence."""
    return [e for e in article(coder, body) if e.sentence_index == 1]


@pytest.mark.parametrize(
    ("sentence", "plover"),
    [
        ("The teachers' union condemned the reform as an attack on public schools.", "ACCUSE"),
        ("Doctors rejected the offer, saying it did not cover overtime.", "REJECT"),
    ],
)
def test_a_trades_reproach_naming_no_one_is_of_its_state(
    coder: Coder, sentence: str, plover: str
) -> None:
    event = in_sentence(coder, LEAD + sentence, 1, plover)
    assert event.target is not None
    assert (country(event.target), event.target.sector) == ("ESP", "GOV")


def test_residents_condemning_an_attack_name_no_state(coder: Coder) -> None:
    body = LEAD + "Residents condemned the attack on the mosque."
    found = [e for e in in_sentence_all(coder, body) if e.plover_type == "ACCUSE"]
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # 'condemned' is 11 ACCUSE by the guide (guide section 3, point 8).
    assert all(e.target is None or e.target.sector != "GOV" for e in found)
