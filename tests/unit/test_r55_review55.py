"""Round 55 (review55): what earlier reviews left.

Sentences written for the review (other places, verbs and word orders than the labelled rows);
each positive form fails with its change taken out, each near miss keeps its coding.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, events, recommended_coder

__all__ = ["recommended_coder"]


def _dyad(coder: Coder, text: str) -> tuple[str, str | None, str | None, str | None]:
    """(CAMEO code, source country, target country, target sector) of the first event."""
    found = events(coder, text)
    assert found, text
    event = found[0]
    return (
        event.cameo_code,
        country(event.source),
        country(event.target),
        event.target.sector if event.target else None,
    )


# One table of the forces named by a common noun (`context.FORCE_NOUNS`), read by coder's riots
# (labelling guide point 42: the force hit is the target, its sector) and by roles' releases
# (section 2: the one released is the target). Before, two hand tables of the one mapping held
# different members: "at a soldier" or "at servicemen" hit the government, "freed three
# gendarmes" with no country word named no one.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Protesters in Bamako threw stones at a soldier outside the ministry on Monday.",
            ("145", "MLI", "MLI", "MIL"),
        ),
        (
            "Protesters in Lome threw stones at servicemen manning a checkpoint.",
            ("145", "TGO", "TGO", "MIL"),
        ),
        # near misses: the police hit, and people freed who are no force
        (
            "Striking miners in Lusaka threw rocks at the police outside the mine.",
            ("145", "ZMB", "ZMB", "COP"),
        ),
        (
            "The separatists in Cameroon freed three teachers on Tuesday.",
            ("0841", "CMR", "CMR", "EDU"),
        ),
    ],
)
def test_one_table_of_force_nouns(
    recommended_coder: Coder, sentence: str, expected: tuple[str, str, str, str]
) -> None:
    assert _dyad(recommended_coder, sentence) == expected


def test_force_freed_by_the_common_table(recommended_coder: Coder) -> None:
    """ "freed three gendarmes" in an article whose sentence names no gendarmes' country: the
    freeing side's own police (the table's "gendarmes"; before, FREED_FORCES had no such noun
    and the release named no one)."""
    found = article(
        recommended_coder,
        "The kidnappers in Cameroon's Anglophone region freed three gendarmes on Tuesday.",
    )
    assert [(e.cameo_code, country(e.target), e.target and e.target.sector) for e in found] == [
        ("0841", "CMR", "COP")
    ]
