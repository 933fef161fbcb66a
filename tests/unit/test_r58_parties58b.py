"""Round 58 (parties58b): an opposition's criticism of a pact is of its own government.

Labelling guide point 19: criticising a deal targets its author, the critic's own government if
it made it. An opposition or party criticising "the agreement" or "the Peruvian deal" its own
government signed aims at that government, not at the pact's foreign partner: neither the maker
of the pact the article told before nor a country word inside the pact's phrase (a quoted
description up to its comma included; `roles.home_pact_criticised`)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, sides_of

coder = recommended_coder


def _criticism_sides(coder: Coder, body: str) -> tuple[str | None, str | None]:
    found = [event for event in article(coder, body) if event.cameo_code.startswith("11")]
    assert found
    return sides_of(found[-1])


# a country word inside the pact's phrase is its partner, not the opposition's target
def test_country_word_of_the_pact_is_no_target(coder: Coder) -> None:
    body = (
        "Ecuador and Peru signed a border security agreement in Quito on Friday. "
        "Opposition leader Marta Villacis criticised the Peruvian deal, saying it gave "
        "foreign patrols too much room."
    )
    assert _criticism_sides(coder, body) == ("ECU", "ECU")


# the foreign maker of the pact told before (a quoted description naming its seat inside the
# pact's phrase) gives way to the opposition's own government
def test_pact_maker_told_before_gives_way(coder: Coder) -> None:
    body = (
        "WINDHOEK, May 14 (Reuters) - The European Union and Namibia signed a 60-million-euro "
        "agreement on Tuesday to build a green hydrogen terminal at Luderitz. "
        "The EU's trade commissioner, Anna Berglund, also met President Netumbo Nandi-Ndaitwah. "
        'The main opposition party criticised the agreement as "a handout to Brussels," saying '
        "the cabinet had kept its terms secret."
    )
    assert _criticism_sides(coder, body) == ("NAM", "NAM")
