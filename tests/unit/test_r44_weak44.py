"""Round 44 (weak44): named weak points of round 43 (docs/coder.md, Known weak points), each
with a test that fails without its rule and a near miss. Every sentence here was written for
this module."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


def test_they_after_a_list_with_no_and_is_the_first(coder: Coder) -> None:
    # "Peru, Bolivia said they": both speakers, the first named leads (section 2), as with "and"
    text = "Peru, Bolivia said they would impose tariffs on Chilean copper."
    assert first_dyad(coder, text) == ("THREATEN", "1312", "PER", "CHL")


def test_they_after_a_fronted_phrase_is_the_speaker(coder: Coder) -> None:
    # near miss: the comma closes a fronted phrase; the speaker is the country after it
    text = "After talks with Chile, Bolivia said they would impose tariffs on Argentine copper."
    assert first_dyad(coder, text) == ("THREATEN", "1312", "BOL", "ARG")


def test_it_after_a_list_with_no_and_is_the_last(coder: Coder) -> None:
    # near miss: "it" is one speaker, the one just named
    text = "Peru, Bolivia said it would impose tariffs on Chilean copper."
    assert first_dyad(coder, text) == ("THREATEN", "1312", "BOL", "CHL")
