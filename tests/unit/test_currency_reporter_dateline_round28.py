"""Lead, round 28: parties named by mistake, three themes. A currency written with a letter
prefix ("C$", "NZ$", "R$") names no party: the capital before the dollar sign was read as an
unknown name and took the article's country, so a fine "of C$ 2 million" had "C" as its target.
"its reporter" is the named outlet's, not of the state whose police detain him. A dateline
naming a town in capitals ("MUMBAI (Reuters) -") sets the story's home country. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.context import as_written
from tests.unit.coding import article, events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Canadian government imposed fines of C$ 4 million on the mining company.", "CANBUS"),
        (
            "Canada froze C$ 40 million in assets held by Russian officials, the foreign "
            "ministry said.",
            "RUSGOV",
        ),
        (
            "Prime Minister Lula's government promised R$ 2 billion in aid to the flooded state.",
            None,
        ),
    ],
)
def test_a_currency_prefix_is_not_a_party(coder: Coder, text: str, target: str | None) -> None:
    found = events(coder, text)
    assert found, "the act is coded"
    event = found[0]
    assert (event.target.code if event.target else None) == target, text


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Washington Post said its reporter had been detained by police in Moscow.", "USAMED"),
        (
            "The BBC said on Monday that its correspondent was arrested by police in Minsk.",
            "GBRMED",
        ),
    ],
)
def test_a_reporter_owned_by_a_named_outlet_keeps_the_outlets_country(
    coder: Coder, text: str, target: str
) -> None:
    """ "its reporter" is the outlet's, even when the police that detain them are of the
    place the sentence names: the police's country is not the reporter's."""
    found = events(coder, text)
    assert found and found[0].target is not None
    assert found[0].target.code == target


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("MUMBAI (Reuters) - Police detained 40 opposition activists on Monday.", "INDCOP"),
        ("SAO PAULO (Reuters) - Police detained 40 protesters on Monday.", "BRACOP"),
        ("RIO DE JANEIRO (Reuters) - Riot police detained 12 protesters on Monday.", "BRACOP"),
        ("LYON (Reuters) - Police detained 12 protesters on Monday.", "FRACOP"),
    ],
)
def test_a_town_dateline_in_capitals_sets_the_home_country(
    coder: Coder, body: str, source: str
) -> None:
    """A dateline names a town in capitals ("MUMBAI (Reuters) -"); the town lists hold names
    only as written ("Mumbai"), so the bare police of the story had no country."""
    found = article(coder, body)
    assert found and found[0].source is not None
    assert found[0].source.code == source


def test_a_name_in_capitals_is_read_as_written() -> None:
    assert as_written("RIO DE JANEIRO") == "Rio de Janeiro"
    assert as_written("PORT-AU-PRINCE") == "Port-au-Prince"
    assert as_written("LA PAZ") == "La Paz"
