"""Round 58 (miss58): relevant sentences that got no event.

A period after a past form right after a noun of the act's object ("the truce their commanders
arranged last year", "a food programme agreed in March", "a press law passed in 2020") dates that
clause, not the act before it (`relevance._clause_dated_at`). The trigger lexicon: a state's
battalions, tanks and rocket launchers ordered or moved into an area (154), staple foods delivered
(070) and copies of a reporter's work held up by a crowd outside a building (141)."""

from __future__ import annotations

from tensionwatch.domain import relevance
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import article, coded_in, recommended_coder, undated

coder = recommended_coder

LEAD = (
    "KHARTOUM, May 3 (Reuters) - Sudanese army troops shelled rebel positions near El Obeid on "
    "Tuesday, the army said. The rebels denied losing ground. "
)


def _span(sentence: str, verb: str) -> tuple[list[str], int]:
    words = tokenize(sentence).words
    return words, words.index(verb)


# a clause without its pronoun after the appeal's object: the year is the clause's
def test_contact_clause_period_leaves_the_appeal(coder: Coder) -> None:
    body = LEAD + (
        "Egypt later called on Sudan and the rebels to respect the truce their commanders "
        "arranged last year."
    )
    assert [code[:2] for code, _, _ in coded_in(article(coder, body), 2)] == ["02"]


# a reduced relative's month after the aid given: the deal's, not the delivery's (a story of May)
def test_reduced_relative_month_leaves_the_aid() -> None:
    words, first = _span(
        "Separately, Japan has delivered 20,000 tonnes of rice to Haiti under a food programme "
        "agreed in March.",
        "delivered",
    )
    assert not relevance._dated_before_lead(words, first, first, 5, 15)
    # the month after the act itself still dates it
    words, first = _span("Japan delivered 20,000 tonnes of rice to Haiti in March.", "delivered")
    assert relevance._dated_before_lead(words, first, first, 5, 15)


# a reduced relative's year after a perfect charge: the law's, not the charge's
def test_reduced_relative_year_leaves_the_charge(coder: Coder) -> None:
    body = (
        "A journalist in Togo was arrested on Monday, his lawyer said. Prosecutors have charged "
        "him with insulting the president under a press law passed in 2020. Rights groups "
        "condemned the arrest."
    )
    found = [(e.sentence_index, e.cameo_root) for e in undated(coder, body)]
    assert (1, "17") in found


def test_clause_dated_at_reads_the_form() -> None:
    words, first = _span(
        "France urged Mali to respect the deal its leaders signed last year.", "urged"
    )
    assert relevance._clause_dated_at(words, first, first, len(words)) < len(words)
    # the act's own noun as the subject: the period is the act's
    words, first = _span("Talks between Congo and Rwanda collapsed in December.", "talks")
    assert relevance._clause_dated_at(words, first, first, len(words)) == len(words)
    # no adjunct after the past form: an object follows ("the army that shelled the town")
    words, first = _span("Police arrested men who attacked the town last week.", "arrested")
    assert relevance._clause_dated_at(words, first, first, len(words)) == len(words)


def test_battalions_ordered_into_an_area_mobilize(coder: Coder) -> None:
    body = (
        "ACCRA, May 3 (Reuters) - Clashes between two clans in northern Ghana killed six people "
        "on Tuesday, police said. The president ordered three battalions into the northern "
        "district after the clashes. Residents said the town was calm."
    )
    assert [code for code, _, _ in coded_in(article(coder, body), 1)] == ["154"]


def test_tanks_moved_into_a_region_mobilize(coder: Coder) -> None:
    body = (
        "ASMARA, May 3 (Reuters) - Ethiopia accused Eritrea on Tuesday of arming rebels in "
        "Tigray. Eritrean troops moved tanks and rocket launchers into the Gash-Barka region, "
        "state television said. Ethiopia did not comment."
    )
    assert [code for code, _, _ in coded_in(article(coder, body), 1)] == ["154"]


def test_staple_food_delivered_is_aid(coder: Coder) -> None:
    body = (
        "JUBA, May 3 (Reuters) - Fighting in Upper Nile state has displaced 20,000 people, the "
        "United Nations said on Tuesday. UNICEF trucks delivered 35 tonnes of maize and lentils "
        "to a camp near Malakal, the agency said. Aid groups warned of hunger."
    )
    assert [code for code, _, _ in coded_in(article(coder, body), 1)] == ["070"]


def test_copies_held_outside_a_court_protest(coder: Coder) -> None:
    body = (
        "BELGRADE, May 3 (Reuters) - Serbian police detained an investigative reporter on "
        "Tuesday, her newspaper said. Dozens of students stood outside the court in Nis, holding "
        "copies of the banned weekly. Police declined to comment."
    )
    assert [code[:2] for code, _, _ in coded_in(article(coder, body), 1)] == ["14"]
