"""Round 40, align41: the coder follows the labelling guide's newest lines (docs/labelling.md,
commits f9896ed and 78b9652). An appeal or a warning addressed to a crowd targets its people,
`CVL` (point 33), where the actor index gives a bare crowd the opposition's sector; what a
crowd does, and opposition supporters addressed, keep `OPP` (point 38). Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder

coder = recommended_coder

LILONGWE = (
    "LILONGWE, May 2 (Reuters) - Thousands of Malawians marched on Thursday against a fuel tax. "
)


def target_sectors(found: list) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, target country, target sector) of each event."""
    return [
        (
            e.cameo_code,
            e.target.country if e.target else None,
            e.target.sector if e.target else None,
        )
        for e in found
    ]


def test_an_appeal_to_protesters_targets_civilians(coder: Coder) -> None:
    text = "Malawi's president urged the protesters in Blantyre to go home peacefully."
    found = target_sectors(events(coder, text))
    assert found and found[0][1:] == ("MWI", "CVL")


def test_an_appeal_to_demonstrators_in_a_story_targets_civilians(coder: Coder) -> None:
    body = (
        LILONGWE + "The police chief called on the demonstrators to leave the square before dark."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [t[1:] for t in target_sectors(found)] == [("MWI", "CVL")]
    assert found[0].cameo_code.startswith("02")


def test_a_warning_to_the_crowd_targets_civilians(coder: Coder) -> None:
    text = "Malawi's police chief threatened to arrest the protesters if they blocked the highway."
    found = target_sectors(events(coder, text))
    assert found and found[0][0].startswith("13") and found[0][1:] == ("MWI", "CVL")


def test_an_appeal_to_opposition_supporters_keeps_their_sector(coder: Coder) -> None:
    text = "Malawi's president urged opposition supporters in Blantyre to go home peacefully."
    found = target_sectors(events(coder, text))
    assert found and found[0][1:] == ("MWI", "OPP")


def test_force_used_on_protesters_is_no_appeal(coder: Coder) -> None:
    text = "Malawian police fired tear gas at the protesters in Blantyre on Friday."
    found = target_sectors(events(coder, text))
    assert found == [("175", "MWI", "OPP")]
