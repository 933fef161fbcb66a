"""Round 60 (miss60): the negation of a passive does not reach an active verb after "and".

"said the procession was never licensed and warned its organisers that ...": the verb after "and"
takes an addressee of its own and then its content ("to", "that"), so it is the subject's next
act, not a second participle of the negated passive. A verb the passive shares ("were not
detained and questioned by", "was not invited and told to stay away") stays negated.

A period after the object of an act told by a participle in "-ing" ("..., turning down a request
the government renewed last month") dates the clause that ends in it, not the act."""

from __future__ import annotations

from typing import Final

from tensionwatch.domain.acts import find_candidates
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import coded_in, first_dyad, recommended_coder, second_events

coder = recommended_coder


def _codes(coder: Coder, text: str) -> list[str]:
    return [c.code for c in find_candidates(tokenize(text), coder.lexicon, coder.fallback)]


def test_warning_after_a_negated_passive_is_coded(coder: Coder) -> None:
    text = (
        "HARARE, May 14 (Reuters) - Home Affairs Minister Tendai Moyo said the procession had "
        "not been approved and warned the opposition party's supporters that any new gathering "
        "would be broken up by the police."
    )
    assert first_dyad(coder, text) == ("THREATEN", "130", "ZWE", "ZWE")


def test_request_after_a_negated_passive_keeps_its_act(coder: Coder) -> None:
    text = (
        "The foreign ministry said Bhutan had not been informed and asked Beijing to halt the "
        "road works near the plateau."
    )
    assert [code[:2] for code in _codes(coder, text)] == ["02"]


def test_a_verb_the_passive_shares_stays_negated(coder: Coder) -> None:
    text = "The two reporters had not been detained and questioned by police, their editor said."
    assert _codes(coder, text) == []
    text = "The envoy said he had not been invited and asked to stay away from the talks."
    assert not any(code.startswith("02") for code in _codes(coder, text))


LEAD: Final = (
    "RABAT, May 15 (Reuters) - Morocco on Wednesday ruled out new talks with Algeria on the "
    "disputed border crossing, the foreign ministry said. "
)


def test_a_period_after_a_participles_object_dates_its_own_clause(coder: Coder) -> None:
    text = (
        "The Moroccan foreign minister said Rabat would not return to the old plan, turning "
        "down a request the Algerian government renewed last month."
    )
    assert coded_in(second_events(coder, text, LEAD), 1) == [("120", "MARGOV", "DZAGOV")]
